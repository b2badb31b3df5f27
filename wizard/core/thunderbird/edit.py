"""Apply a relay setting to a Thunderbird profile's ``prefs.js``, safely, and undo it.

- Nothing is written while Thunderbird runs (:mod:`wizard.core.thunderbird.lock`).
- ``prefs.js`` is backed up with a time stamp, then written atomically (temporary file, flush, fsync, rename). Only the
  lines for our server (and, when asked, the identities' ``smtpServer``) change; every other line stays byte for byte.
- The server goes under the next free ``smtpN`` key; running again updates the same server (found by its description,
  else by host name and user name) instead of adding a second. Applying what is already there writes nothing.
- No password is ever written: Thunderbird asks once and keeps it in its own store.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from wizard.core.export.base import TB_AUTH_METHOD, TB_TRY_SSL, check_setting
from wizard.core.files import atomic_write, write_unique
from wizard.core.inputs.address import Address
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
from wizard.core.model import RelaySetting
from wizard.core.thunderbird.errors import ThunderbirdError, err
from wizard.core.thunderbird.lock import ensure_closed
from wizard.core.thunderbird.prefs_js import (
    PREFS,
    USER_JS,
    Prefs,
    decode,
    encode,
    identities,
    read_prefs,
    server_label,
    smtp_keys,
)

BACKUP_PREFIX = "prefs.js.relay-wizard-"
BACKUP_SUFFIX = ".bak"
JOURNAL_SUFFIX = ".json"
BEFORE_UNDO_PREFIX = "prefs.js.before-undo-"
TMP_NAME = "prefs.js.relay-wizard-tmp"
DESCRIPTION_PREFIX = "Relay Wizard: "


def _next_key(prefs: Prefs) -> str:
    used = set(smtp_keys(prefs))
    for name in prefs.values:
        m = re.match(r"mail\.smtpserver\.([^.]+)\.", name)
        if m:
            used.add(m.group(1))
    n = 1
    while f"smtp{n}" in used:
        n += 1
    return f"smtp{n}"


def _address_forms(address: Address) -> set[str]:
    return {address.ascii.lower(), address.display.lower()}


def _find_server(prefs: Prefs, setting: RelaySetting, description: str) -> str | None:
    keys = smtp_keys(prefs)
    for key in keys:
        if prefs.get(f"mail.smtpserver.{key}.description") == description:
            return key
    for key in keys:
        host = str(prefs.get(f"mail.smtpserver.{key}.hostname", "") or "").lower().rstrip(".")
        user = str(prefs.get(f"mail.smtpserver.{key}.username", "") or "").lower()
        if host == setting.host and user == setting.username.lower():
            return key
    return None


@dataclass(frozen=True)
class Change:
    name: str
    before: object  # None when the pref was not there
    after: object


@dataclass(frozen=True)
class ApplyPlan:
    profile: Path
    key: str
    new_server: bool
    server_before: str  # label of the server before (empty for a new one)
    changes: tuple[Change, ...]
    linked: tuple[tuple[str, str, str], ...]  # (identity id, address, previous server label) that change now
    already_linked: tuple[tuple[str, str], ...]  # (identity id, address) that send through the server already
    link_requested: bool
    user_js_conflicts: tuple[str, ...]
    old_text: str = field(repr=False)
    new_text: str = field(repr=False)

    @property
    def changed(self) -> bool:
        return self.old_text != self.new_text

    def summary(self) -> list[Msg]:
        """Before/after, one line each, for people."""
        out: list[Msg] = []
        host = next((c.after for c in self.changes if c.name.endswith(".hostname")), None)
        if not self.changed:
            out.append(Msg.of(QT_TRANSLATE_NOOP("core", "Nothing to change: the profile already has this setting "
                                                         "(outgoing server {key})."), key=self.key))
        elif self.new_server:
            out.append(Msg.of(QT_TRANSLATE_NOOP("core", "New outgoing server {key}: {host}."), key=self.key,
                              host=host or ""))
        else:
            out.append(Msg.of(QT_TRANSLATE_NOOP("core", "Outgoing server {before} is updated."),
                              before=self.server_before))
        for c in self.changes:
            if c.name.startswith("mail.smtpserver.") or c.name == "mail.smtpservers" or c.name == "mail.smtp.defaultserver":
                label = c.name.rsplit(".", 1)[-1] if c.name.startswith("mail.smtpserver.") else c.name
                before = "-" if c.before is None else str(c.before)
                out.append(Msg.of(QT_TRANSLATE_NOOP("core", "  {name}: {before} → {after}"), name=label,
                                  before=before, after=str(c.after)))
        for ident, addr, prev in self.linked:
            out.append(Msg.of(QT_TRANSLATE_NOOP("core", "Identity {address}: sends through {after} (was {before})."),
                              address=addr, after=self.key, before=prev or "-"))
        for ident, addr in self.already_linked:
            out.append(Msg.of(QT_TRANSLATE_NOOP("core", "Identity {address} already sends through {key}."),
                              address=addr, key=self.key))
        if self.link_requested and not self.linked and not self.already_linked:
            out.append(Msg.of(QT_TRANSLATE_NOOP("core", "No identity in this profile has the address; choose the "
                                                         "outgoing server in the account settings by hand.")))
        for name in self.user_js_conflicts:
            out.append(Msg.of(QT_TRANSLATE_NOOP("core", "Warning: user.js sets {name}; Thunderbird applies it at "
                                                         "every start and would undo this change."), name=name))
        return out


def plan_apply(profile_dir: Path, setting: RelaySetting, address: Address, link_identity: bool = False) -> ApplyPlan:
    """What :func:`apply` would change, without writing anything."""
    s = check_setting(setting)
    data, prefs = read_prefs(Path(profile_dir))
    if prefs.open_comment:
        raise err(QT_TRANSLATE_NOOP("core", "{file} ends inside a comment (/* without */), so a change could not take "
                                             "effect. Nothing was changed; start Thunderbird once so that it writes "
                                             "the file anew."), file=str(Path(profile_dir) / PREFS))
    old_text = prefs.text()
    description = DESCRIPTION_PREFIX + address.display
    key = _find_server(prefs, s, description)
    new_server = key is None
    server_before = "" if new_server else server_label(prefs, key)
    if key is None:
        key = _next_key(prefs)
    had_servers = bool(smtp_keys(prefs))
    wanted: list[tuple[str, object]] = [
        (f"mail.smtpserver.{key}.hostname", s.host),
        (f"mail.smtpserver.{key}.port", s.port),
        (f"mail.smtpserver.{key}.try_ssl", TB_TRY_SSL[s.security]),
        (f"mail.smtpserver.{key}.authMethod", TB_AUTH_METHOD[s.auth]),
    ]
    if s.needs_auth or prefs.get(f"mail.smtpserver.{key}.username") is not None:
        wanted.append((f"mail.smtpserver.{key}.username", s.username))
    wanted += [
        (f"mail.smtpserver.{key}.description", description),
        (f"mail.smtpserver.{key}.type", "smtp"),
    ]
    keys = smtp_keys(prefs)
    if key not in keys:
        wanted.append(("mail.smtpservers", ",".join([*keys, key])))
    if not had_servers and prefs.get("mail.smtp.defaultserver") in (None, ""):
        wanted.append(("mail.smtp.defaultserver", key))
    linked, already = [], []
    if link_identity:
        forms = _address_forms(address)
        for ident, email in sorted(identities(prefs).items()):
            if email.strip().lower() in forms:
                name = f"mail.identity.{ident}.smtpServer"
                prev = prefs.get(name)
                if prev == key:
                    already.append((ident, email))
                    continue
                linked.append((ident, email, server_label(prefs, str(prev)) if prev else ""))
                wanted.append((name, key))
    changes = []
    for name, value in wanted:
        before = prefs.get(name)
        if prefs.set(name, value):
            changes.append(Change(name, before, value))
    conflicts: tuple[str, ...] = ()
    user_js = Path(profile_dir) / USER_JS
    if user_js.is_file():
        try:
            ujs = Prefs(decode(user_js.read_bytes()))
        except OSError:
            ujs = Prefs("")
        touched = {n for n, _ in wanted}
        conflicts = tuple(sorted(n for n in ujs.names() if n in touched))
    return ApplyPlan(
        profile=Path(profile_dir), key=key, new_server=new_server, server_before=server_before,
        changes=tuple(changes), linked=tuple(linked), already_linked=tuple(already), link_requested=link_identity, user_js_conflicts=conflicts,
        old_text=old_text, new_text=prefs.text(),
    )


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _stamp(now: _dt.datetime | None) -> str:
    return (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


@dataclass(frozen=True)
class ApplyResult:
    plan: ApplyPlan
    written: bool
    backup: Path | None


def _write_error(path: Path, exc: OSError) -> ThunderbirdError:
    return err(QT_TRANSLATE_NOOP("core", "Cannot write {file}: {reason}. Nothing was changed."), file=str(path),
                reason=exc.strerror or str(exc))


def apply(
    profile_dir: Path,
    setting: RelaySetting,
    address: Address,
    link_identity: bool = False,
    dry_run: bool = False,
    now: _dt.datetime | None = None,
) -> ApplyResult:
    """Add or update the outgoing server (and link identities); back up first; refuse while Thunderbird runs."""
    profile_dir = Path(profile_dir)
    ensure_closed(profile_dir)
    plan = plan_apply(profile_dir, setting, address, link_identity)
    if dry_run or not plan.changed:
        return ApplyResult(plan, written=False, backup=None)
    prefs_path = profile_dir / PREFS
    old_data, new_data = encode(plan.old_text), encode(plan.new_text)
    # The backup is exactly the bytes the plan was made from, in a new file: an earlier backup is never overwritten
    # (a second run in the same second gets "-2"). The journal beside it lets undo tell later changes apart.
    backup = journal_path = None
    try:
        backup = write_unique(profile_dir, BACKUP_PREFIX + _stamp(now), BACKUP_SUFFIX, old_data)
        journal = {"key": plan.key, "written_sha256": _sha(new_data), "backup_sha256": _sha(old_data)}
        journal_path = backup.with_suffix(JOURNAL_SUFFIX)
        journal_path.write_text(json.dumps(journal), encoding="utf-8")
    except OSError as exc:
        _remove_quietly(backup, journal_path)
        raise _write_error(backup or profile_dir / (BACKUP_PREFIX + "*" + BACKUP_SUFFIX), exc) from None
    try:
        ensure_closed(profile_dir)  # Thunderbird may have started meanwhile
        if _read_quietly(prefs_path) != old_data:  # changed since the plan was made: do not overwrite that change
            raise err(QT_TRANSLATE_NOOP("core", "{file} was changed by another program while this change was "
                                                 "prepared. Nothing was changed; try again."), file=str(prefs_path))
        atomic_write(prefs_path, new_data, TMP_NAME)
    except OSError as exc:
        _remove_quietly(backup, journal_path)  # prefs.js is as it was: this backup would only confuse undo
        raise _write_error(prefs_path, exc) from None
    except ThunderbirdError:
        _remove_quietly(backup, journal_path)
        raise
    return ApplyResult(plan, written=True, backup=backup)


def _read_quietly(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _remove_quietly(*paths: Path | None) -> None:
    for p in paths:
        if p is not None:
            try:
                p.unlink()
            except OSError:
                pass


def backups(profile_dir: Path) -> list[Path]:
    """Our backups of prefs.js, newest last."""
    pattern = re.compile(re.escape(BACKUP_PREFIX) + r"\d{8}-\d{6}(-\d+)?" + re.escape(BACKUP_SUFFIX) + "$")
    found = [p for p in Path(profile_dir).iterdir() if pattern.match(p.name)]

    def order(p: Path):
        m = re.search(r"(\d{8}-\d{6})(?:-(\d+))?", p.name)
        return (m.group(1), int(m.group(2) or 1)) if m else ("", 0)

    return sorted(found, key=order)


@dataclass(frozen=True)
class UndoResult:
    backup: Path
    restored: bool
    changed_since: bool  # prefs.js was changed (by Thunderbird or by hand) after our write: those changes go back too
    saved_current: Path | None


def undo(profile_dir: Path, dry_run: bool = False, now: _dt.datetime | None = None) -> UndoResult:
    """Put back the newest backup (the state before the last apply). The current prefs.js is kept beside it."""
    profile_dir = Path(profile_dir)
    ensure_closed(profile_dir)
    found = backups(profile_dir) if profile_dir.is_dir() else []
    if not found:
        raise err(QT_TRANSLATE_NOOP("core", "There is no Relay Wizard backup in {path}: nothing to undo."),
                   path=str(profile_dir))
    backup = found[-1]
    prefs_path = profile_dir / PREFS
    try:
        current = prefs_path.read_bytes() if prefs_path.exists() else b""
        restored = backup.read_bytes()
    except OSError as exc:
        raise err(QT_TRANSLATE_NOOP("core", "Cannot read {file}: {reason}"), file=str(backup),
                   reason=exc.strerror or str(exc)) from None
    journal_path = backup.with_suffix(JOURNAL_SUFFIX)
    changed_since = False
    try:
        journal = json.loads(journal_path.read_text(encoding="utf-8"))
        changed_since = journal.get("written_sha256") != _sha(current)
    except (OSError, ValueError):
        changed_since = True
    if dry_run:
        return UndoResult(backup, restored=False, changed_since=changed_since, saved_current=None)
    saved = None
    try:
        if current:  # kept beside the backups, in a new file: never over an earlier one
            saved = write_unique(profile_dir, BEFORE_UNDO_PREFIX + _stamp(now), BACKUP_SUFFIX, current)
        atomic_write(prefs_path, restored, TMP_NAME)
    except OSError as exc:
        _remove_quietly(saved)
        raise _write_error(prefs_path, exc) from None
    for p in (backup, journal_path):
        try:
            p.unlink()
        except OSError:
            pass
    return UndoResult(backup, restored=True, changed_since=changed_since, saved_current=saved)
