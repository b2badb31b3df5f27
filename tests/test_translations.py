"""Every message reaches the user translated: the Japanese catalogue is complete and its placeholders match.

The core's messages are collected from the source code itself (every ``QT_TRANSLATE_NOOP("core", "...")``), not
from the .ts file, so a message added without running ``make lupdate`` fails here too. Each one is rendered through
a Japanese translator compiled from the .ts file by lrelease, the way the app loads it. A translation whose
placeholders differ from the English would make :meth:`Msg.render` fall back to English (a broken ``{name}`` hides
the message), so the placeholder sets must be equal, for the core and for every page string.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO
from wizard.core.messages import Msg

TS = REPO / "resources" / "i18n" / "relay_wizard_ja.ts"
PLACEHOLDER = re.compile(r"\{(\w*)(?:[:!][^{}]*)?\}|%(\d)")
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# English source texts that stay the same in Japanese (names, protocol words)
SAME_IN_JAPANESE = {"SPF", "DMARC", "SSL/TLS", "STARTTLS", "you@your-company.jp", "smtp.example.ne.jp",
                    "  {name}: {before} → {after}"}


def core_sources() -> dict[str, str]:
    """Every QT_TRANSLATE_NOOP("core", ...) text in wizard/, with the file and line it is in."""
    found: dict[str, str] = {}
    for path in sorted((REPO / "wizard").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None))
                    == "QT_TRANSLATE_NOOP" and len(node.args) == 2
                    and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)):
                context, text = node.args[0].value, node.args[1].value
                if context == "core":
                    found.setdefault(text, f"{path.relative_to(REPO)}:{node.lineno}")
    return found


def placeholders(text: str) -> set[str]:
    return {m.group(1) if m.group(1) is not None else "%" + m.group(2)
            for m in PLACEHOLDER.finditer(text.replace("{{", "").replace("}}", ""))}


def ts_messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for ctx in root.iter("context") for m in ctx.iter("message")]


@pytest.fixture(scope="module")
def ja_translate(tmp_path_factory):
    """A translate function over the .qm compiled from the .ts file now (not a stale build)."""
    from PySide6.QtCore import QTranslator

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease not found next to the Python interpreter"
    qm = tmp_path_factory.mktemp("qm") / "ja.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    translate.translator = translator
    return translate


def test_the_source_scan_finds_the_core_messages():
    sources = core_sources()
    assert len(sources) > 250
    assert "Unexpected error: {kind}. Details are in the log file." in sources


def test_no_entry_is_unfinished_or_empty():
    bad = [(ctx, src) for ctx, src, tr in ts_messages()
           if tr is None or tr.get("type") in ("unfinished",) or not (tr.text or "").strip()]
    assert bad == [], "run `make lupdate` and translate these (see BRIEF: /work/tr/<branch>_ja.json)"


def test_every_core_message_renders_in_japanese(ja_translate):
    untranslated, broken = [], []
    for text, where in core_sources().items():
        names = placeholders(text)
        args = {n: f"<{n}>" for n in names if not n.startswith("%")}
        rendered = Msg.of(text, **args).render(ja_translate)
        if text not in SAME_IN_JAPANESE and (rendered == Msg.of(text, **args).render() or not JAPANESE.search(rendered)):
            untranslated.append(f"{where}: {text}")
        elif any(f"<{n}>" not in rendered for n in args):
            broken.append(f"{where}: {text} -> {rendered}")
    assert untranslated == []
    assert broken == []


def test_placeholders_match_in_every_context():
    wrong = []
    for ctx, src, tr in ts_messages():
        if tr is not None and tr.text and placeholders(tr.text) != placeholders(src):
            wrong.append(f"[{ctx}] {src!r} -> {tr.text!r}")
    assert wrong == []


def test_mnemonics_survive_translation():
    """A label with &X in English keeps one shortcut in Japanese ("(&X)"), so Alt+X still works."""
    wrong = []
    for ctx, src, tr in ts_messages():
        if tr is None or not tr.text:
            continue
        has = re.search(r"&[^&\s]", src.replace("&&", "")) is not None
        if has != (re.search(r"&[^&\s]", tr.text.replace("&&", "")) is not None):
            wrong.append(f"[{ctx}] {src!r} -> {tr.text!r}")
    assert wrong == []
