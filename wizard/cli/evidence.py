"""`relay-wizard evidence [--json]`: the live-test results remembered on this computer;
`relay-wizard evidence export -o FILE`: write them as an evidence file for a catalogue maintainer (docs/CATALOG.md).

Exit codes: 0 done; 1 the file of remembered results could not be used or the export could not be written; 2 usage.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from wizard.cli.common import print_json, translator

from . import EXIT_OK, EXIT_PROBLEM


def register(sub) -> None:
    p = sub.add_parser(
        "evidence",
        help="list the live-test results remembered on this computer, or export them for a maintainer",
        description=(
            "List what finished live tests remembered on this computer (provider, server, port, security, verdict, "
            "whether your own domain was accepted as sender, the line's provider, the date; never an address, a "
            "password or a server reply). `evidence export -o FILE` writes them as an evidence file (JSON, see "
            "docs/CATALOG.md) that a catalogue maintainer can read and that the app reads from its profile folder. "
            "Exit codes: 0 done; 1 the results could not be read or the file not written; 2 usage error."
        ),
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--isp", metavar="ID", help="only the results for this provider profile")
    actions = p.add_subparsers(dest="evidence_action", metavar="ACTION")
    e = actions.add_parser("export", help="write the remembered results as an evidence file")
    e.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write (JSON)")
    e.add_argument("--isp", metavar="ID", dest="export_isp", help="only the results for this provider profile")
    p.set_defaults(func=run)


def run(args) -> int:
    from wizard.core.catalog.evidence import export_document  # lazy: sqlite3 only when the command runs
    from wizard.core.files import atomic_write
    from wizard.core.store import open_store

    tr = translator(args.lang)
    isp = getattr(args, "export_isp", None) or args.isp
    with open_store(create=False) as store:  # listing or exporting never creates the file
        rows = store.evidence(isp)
        problems = list(store.problems)
        usable = store.conn is not None or not store.path.exists()
    for m in problems:
        print(f"relay-wizard: {m.render(tr)}", file=sys.stderr)
    if args.evidence_action == "export":
        data = json.dumps(export_document(rows), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
        try:
            atomic_write(Path(args.output), data)
        except OSError as exc:
            print(f"relay-wizard: {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_PROBLEM
        print(f"{len(rows)} result(s) written to {args.output}")
        return EXIT_OK if usable else EXIT_PROBLEM
    if args.json:
        print_json({"results": [r.as_dict() for r in rows], "problems": [m.render(tr) for m in problems]})
    elif not rows:
        print("No live-test results are remembered on this computer yet.")
    else:
        for r in rows:
            line = f" from a {r.line_isp} line" if r.line_isp else ""
            print(f"{r.tested_on}  {r.isp_id or '-':10} {r.host}:{r.port} ({r.security})  {r.verdict:18} "
                  f"own domain: {r.own_domain}{line}")
    return EXIT_OK if usable else EXIT_PROBLEM
