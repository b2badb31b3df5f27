"""Going back to the rental server's own SMTP once every list has cleared it (docs/WATCH.md).

Nothing here runs on its own: the window's banner calls :func:`go_back` only when the user presses its button.

- :func:`previous_server`: what Thunderbird sent through before the wizard's change, read from the newest backup that
  :func:`wizard.core.thunderbird.edit.apply` made (the identities' server, else the default server; never the relay's
  own key, which the backup's journal names).
- :func:`export_previous`: settings files for that server, through the export registry (as the export page).
- :func:`go_back`: the existing undo (:func:`wizard.core.thunderbird.edit.undo`): the backup is put back, the current
  ``prefs.js`` kept beside it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.thunderbird.edit import JOURNAL_SUFFIX, UndoResult, backups, undo
from wizard.core.thunderbird.prefs_js import PREFS, Prefs, decode

E_NO_PREVIOUS = QT_TRANSLATE_NOOP(
    "core", "The Thunderbird backup does not say which server and address were used before the change."
)
_SECURITY = {0: Security.PLAIN, 1: Security.STARTTLS, 2: Security.STARTTLS, 3: Security.TLS}
_IDENTITY_SERVER = re.compile(r"mail\.identity\.[^.]+\.smtpServer")
_DEFAULT_PORT = {Security.PLAIN: 25, Security.STARTTLS: 587, Security.TLS: 465}


def newest_backup(profile_dir: str | Path) -> Path | None:
    """The backup :func:`go_back` would put back; None when there is none (nothing to go back to)."""
    try:
        found = backups(Path(profile_dir)) if profile_dir and Path(profile_dir).is_dir() else []
    except OSError:
        return None
    return found[-1] if found else None


@dataclass(frozen=True)
class Previous:
    """What Thunderbird sent through before the change, and for whom (from the backup)."""

    setting: RelaySetting
    email: str = ""  # the address of an identity that sent through it ("" unknown)
    full_name: str = ""


def previous_server(profile_dir: str | Path) -> RelaySetting | None:
    """The outgoing server Thunderbird used before the change (None when the backup does not say)."""
    found = previous(profile_dir)
    return found.setting if found is not None else None


def previous(profile_dir: str | Path) -> Previous | None:
    """The outgoing server before the change and an identity that used it (None when the backup does not say)."""
    backup = newest_backup(profile_dir)
    if backup is None:
        return None
    try:
        prefs = Prefs(decode(backup.read_bytes()))
    except (OSError, ValueError):
        return None
    relay_key = ""
    try:
        relay_key = str(json.loads(backup.with_suffix(JOURNAL_SUFFIX).read_text(encoding="utf-8")).get("key", ""))
    except (OSError, ValueError, AttributeError):
        pass
    # First the servers of the identities that now send through the relay, then every identity's, then the default.
    linked: list[str] = []
    try:
        now = Prefs(decode((Path(profile_dir) / PREFS).read_bytes()))
        linked = [n for n, v in now.values.items() if v == relay_key and _IDENTITY_SERVER.fullmatch(n)]
    except (OSError, ValueError):
        pass
    candidates = [(prefs.get(n), n) for n in linked]
    candidates += [(v, n) for n, v in prefs.values.items() if _IDENTITY_SERVER.fullmatch(n)]
    candidates.append((prefs.get("mail.smtp.defaultserver"), ""))
    for key, identity_pref in candidates:
        if not isinstance(key, str) or not key or key == relay_key:
            continue
        host = prefs.get(f"mail.smtpserver.{key}.hostname")
        if not isinstance(host, str) or not host:
            continue
        try_ssl = prefs.get(f"mail.smtpserver.{key}.try_ssl", 0)
        security = _SECURITY.get(try_ssl if isinstance(try_ssl, int) else 0, Security.PLAIN)
        port = prefs.get(f"mail.smtpserver.{key}.port")
        if not isinstance(port, int) or not 0 < port < 65536:
            port = _DEFAULT_PORT[security]
        auth = Auth.NONE if prefs.get(f"mail.smtpserver.{key}.authMethod") == 1 else Auth.AUTO
        user = prefs.get(f"mail.smtpserver.{key}.username", "")
        setting = RelaySetting(host, port, security, auth, user if isinstance(user, str) else "")
        if not identity_pref:  # the default server: any identity that sent through it, else the first one
            users = [n for n, v in prefs.values.items() if _IDENTITY_SERVER.fullmatch(n) and v == key]
            identity_pref = users[0] if users else ""
        ident = identity_pref.rsplit(".", 1)[0] if identity_pref else ""
        email = prefs.get(f"{ident}.useremail", "") if ident else ""
        name = prefs.get(f"{ident}.fullName", "") if ident else ""
        return Previous(setting, email if isinstance(email, str) else "", name if isinstance(name, str) else "")
    return None


def export_previous(found: Previous | None, folder: Path, formats: tuple[str, ...] | None = None) -> list[Path]:
    """Write settings files for the server Thunderbird used before the change (:func:`previous`) into ``folder``,
    the same way the export page does (the :mod:`wizard.core.export` registry). ExportError (a WizardError) saying
    what is wrong."""
    from wizard.core import export  # lazy: the export code only when the user asks for the files
    from wizard.core.inputs.address import AddressError, parse_address

    if found is None:
        raise export.ExportError(Msg.of(E_NO_PREVIOUS))
    try:
        address = parse_address(found.email)
    except AddressError:
        raise export.ExportError(Msg.of(E_NO_PREVIOUS)) from None
    inp = export.make_input(found.setting, address, display_name=found.full_name)
    written = []
    for fid in formats or export.FORMAT_IDS:
        fmt = export.get(fid)
        path = Path(folder) / fmt.filename(inp)
        export.save(path, fmt.render(inp))
        written.append(path)
    return written


def go_back(profile_dir: str | Path) -> UndoResult:
    """Undo the wizard's change to the profile (ThunderbirdError, a WizardError, saying what is wrong)."""
    return undo(Path(profile_dir))
