"""Fill unfinished entries of a Qt Linguist .ts file from donors (.ts files or JSON {context: {source: text}}).

Used after `make lupdate` and when merging branches that both added translations:
    python tools/ts_fill.py resources/i18n/relay_wizard_ja.ts donor1.ts donor2.json
Prints how many entries were filled and how many stay unfinished (listed with --list).
With --replace, finished entries the donors name are replaced too (a reviewed translation).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def table_from(path: Path) -> dict[tuple[str, str], str]:
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        return {(ctx, src): tr for ctx, entries in data.items() for src, tr in entries.items() if tr}
    out = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "vanished", "obsolete"):
                out[(name, m.findtext("source") or "")] = tr.text
    return out


def main(argv: list[str]) -> int:
    listing = "--list" in argv
    replace = "--replace" in argv
    argv = [a for a in argv if a not in ("--list", "--replace")]
    target = Path(argv[0])
    donors: dict[tuple[str, str], str] = {}
    for d in argv[1:]:
        donors.update(table_from(Path(d)))
    tree = ET.parse(target)
    filled = left = replaced = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            src = m.findtext("source") or ""
            if replace and tr is not None and tr.get("type") is None and (name, src) in donors:
                if tr.text != donors[(name, src)]:
                    tr.text = donors[(name, src)]
                    replaced += 1
                continue
            if tr is None or tr.get("type") != "unfinished":
                continue
            if (name, src) in donors:
                tr.text = donors[(name, src)]
                del tr.attrib["type"]
                filled += 1
            else:
                left += 1
                if listing:
                    print(f"unfinished [{name}] {src}")
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print(f"{target}: filled {filled}, unfinished {left}" + (f", replaced {replaced}" if replace else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
