"""Going back to the rental server's own SMTP once every list has cleared it (docs/WATCH.md).

Nothing here runs on its own: the window's banner calls :func:`go_back` only when the user presses its button.

- :func:`previous_server`: what Thunderbird sent through before the wizard's change, read from the newest backup that
  :func:`wizard.core.thunderbird.edit.apply` made (the identities' server, else the default server; never the relay's
  own key, which the backup's journal names).
- :func:`go_back`: the existing undo (:func:`wizard.core.thunderbird.edit.undo`): the backup is put back, the current
  ``prefs.js`` kept beside it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.thunderbird.edit import JOURNAL_SUFFIX, UndoResult, backups, undo
from wizard.core.thunderbird.prefs_js import PREFS, Prefs, decode

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


def previous_server(profile_dir: str | Path) -> RelaySetting | None:
    """The outgoing server Thunderbird used before the change (None when the backup does not say)."""
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
    keys = [prefs.get(n) for n in linked]
    keys += [v for n, v in prefs.values.items() if _IDENTITY_SERVER.fullmatch(n)]
    keys.append(prefs.get("mail.smtp.defaultserver"))
    for key in keys:
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
        return RelaySetting(host, port, security, auth, user if isinstance(user, str) else "")
    return None


def go_back(profile_dir: str | Path) -> UndoResult:
    """Undo the wizard's change to the profile (ThunderbirdError, a WizardError, saying what is wrong)."""
    return undo(Path(profile_dir))
