"""Settings files for mail clients: a registry of formats, one module per format.

Each format module has ``ID``, ``SUFFIX``, ``filename(inp) -> str`` and ``render(inp) -> bytes`` (pure). Adding a
format is one module and one line in :data:`_MODULES`: the only list of formats (``relay-wizard export --format``
and the export page offer what is here). Build the input with :func:`make_input`; no input has a field
for a password, so no export can contain one. Details: docs/EXPORT.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from types import ModuleType

from wizard.core.export.base import (
    ExportError,
    ExportInput,
    IncomingServer,
    IncomingType,
    guess_incoming,
    make_input,
)
from wizard.core.files import atomic_write
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg

# format id -> (module, title shown to the user)
_MODULES = {
    "thunderbird-autoconfig": ("thunderbird_autoconfig", QT_TRANSLATE_NOOP("core", "Thunderbird (autoconfig file)")),
    "outlook-prf": ("outlook_prf", QT_TRANSLATE_NOOP("core", "Outlook classic (PRF profile file)")),
    "outlook-autodiscover": ("outlook_autodiscover", QT_TRANSLATE_NOOP("core", "Outlook (Autodiscover XML)")),
    "apple-mobileconfig": ("apple_mobileconfig", QT_TRANSLATE_NOOP("core", "Apple Mail, iPhone, iPad (profile)")),
    "sheet-html": ("sheet_html", QT_TRANSLATE_NOOP("core", "Printable settings sheet (HTML)")),
}


@dataclass(frozen=True)
class ExportFormat:
    id: str
    title: Msg
    module_name: str  # under wizard.core.export

    @property
    def module(self) -> ModuleType:
        # lazy: a format's module (xml.etree, plistlib, html) loads on its first use, not on every CLI start
        return import_module(f"{__name__}.{self.module_name}")

    @property
    def suffix(self) -> str:
        return self.module.SUFFIX

    def filename(self, inp: ExportInput) -> str:
        return self.module.filename(inp)

    def render(self, inp: ExportInput) -> bytes:
        return self.module.render(inp)

    def preview(self, data: bytes) -> str:
        """The file as text for a preview pane."""
        if data.startswith(b"\xff\xfe"):
            return data.decode("utf-16-le")[1:]
        return data.decode("utf-8")


FORMATS: dict[str, ExportFormat] = {fid: ExportFormat(fid, Msg.of(title), mod) for fid, (mod, title) in _MODULES.items()}
FORMAT_IDS = tuple(FORMATS)


def get(format_id: str) -> ExportFormat:
    try:
        return FORMATS[format_id]
    except KeyError:
        raise ExportError(Msg.of(QT_TRANSLATE_NOOP("core", "Unknown export format “{id}”."), id=format_id)) from None


def render(format_id: str, inp: ExportInput) -> bytes:
    return get(format_id).render(inp)


def save(path: Path, data: bytes) -> None:
    """Write an exported file atomically (:func:`wizard.core.files.atomic_write`); raises :class:`ExportError`
    saying why it cannot be written."""
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise ExportError(Msg.of(QT_TRANSLATE_NOOP("core", "Cannot write {file}: {reason}"), file=str(path),
                                 reason=exc.strerror or str(exc))) from None


__all__ = [
    "FORMATS", "FORMAT_IDS", "ExportError", "ExportFormat", "ExportInput", "IncomingServer", "IncomingType", "get",
    "guess_incoming", "make_input", "render", "save",
]
