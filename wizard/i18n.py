"""Languages: which one to use, and translation of core messages for the faces.

The GUI installs Qt translators (wizard/gui/language.py); the CLI only needs a translate function
(``make_translate``) and uses the same compiled ``.qm`` files, or the ``.ts`` source when they are not built.
"""

from __future__ import annotations

import locale
import os
from functools import lru_cache
from pathlib import Path

from wizard.core.messages import Translate
from wizard.core.paths import resources_dir

LANGS = ("ja", "en")
DOMAIN = "relay_wizard"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def system_lang() -> str:
    """``ja`` when the user's locale is Japanese, else ``en``. ``RELAY_WIZARD_LANG`` overrides."""
    forced = os.environ.get("RELAY_WIZARD_LANG", "")
    if forced in LANGS:
        return forced
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "ja" if loc.lower().startswith(("ja", "japanese")) else "en"


def resolve_lang(lang: str | None) -> str:
    return lang if lang in LANGS else system_lang()


def qm_path(lang: str) -> Path:
    return i18n_dir() / f"{DOMAIN}_{lang}.qm"


def ts_path(lang: str) -> Path:
    return i18n_dir() / f"{DOMAIN}_{lang}.ts"


@lru_cache(maxsize=4)
def _ts_table(path: Path) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET  # lazy: only without compiled translations (a source checkout), never at start-up

    table: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return table
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            src = m.findtext("source")
            tr = m.find("translation")
            if src is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                table[(name, src)] = tr.text
    return table


def make_translate(lang: str | None) -> Translate:
    """A translate function for ``lang`` (None = system language). English is the source: identity."""
    lang = resolve_lang(lang)
    if lang == "en":
        return lambda context, text: text
    qm = qm_path(lang)
    if qm.is_file():
        from PySide6.QtCore import QTranslator  # lazy: a CLI command loads Qt only to speak Japanese

        translator = QTranslator()
        if translator.load(str(qm)):
            def translate(context: str, text: str) -> str:
                return translator.translate(context, text) or text

            translate.translator = translator  # keep a reference alive
            return translate
    table = _ts_table(ts_path(lang))
    return lambda context, text: table.get((context, text), text)
