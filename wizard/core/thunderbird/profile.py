"""Apply a relay setting to a Thunderbird profile's ``prefs.js``, safely, and undo it.

- Profiles come from ``profiles.ini`` (``[ProfileN]`` and the newer ``[Install<hash>] Default=``) in the usual folder
  of each system (Windows %APPDATA%\\Thunderbird, macOS ~/Library/Thunderbird, Linux ~/.thunderbird and the Snap and
  Flatpak folders).
- Nothing is written while Thunderbird runs: a lock file alone proves nothing (it stays after a normal exit), so on
  Linux/macOS the ``lock`` link's PID is checked and ``.parentlock`` is tested with a non-blocking fcntl lock; on
  Windows ``parent.lock`` is opened (Thunderbird holds it open without sharing).
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
import os
import re
import sys
from collections.abc import Iterable
from configparser import ConfigParser, Error as ConfigError
from dataclasses import dataclass, field
from pathlib import Path

from wizard.core.inputs.address import Address
from wizard.core.export.base import TB_AUTH_METHOD, TB_TRY_SSL, check_setting
from wizard.core.files import atomic_write, write_unique
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, WizardError
from wizard.core.model import RelaySetting

PREFS = "prefs.js"
USER_JS = "user.js"
BACKUP_PREFIX = "prefs.js.relay-wizard-"
BACKUP_SUFFIX = ".bak"
JOURNAL_SUFFIX = ".json"
BEFORE_UNDO_PREFIX = "prefs.js.before-undo-"
TMP_NAME = "prefs.js.relay-wizard-tmp"
DESCRIPTION_PREFIX = "Relay Wizard: "


class ThunderbirdError(WizardError):
    """The profile cannot be read or changed; ``msg`` says why."""


class ThunderbirdRunning(ThunderbirdError):
    """Thunderbird uses the profile right now."""


def _err(text: str, **args: object) -> ThunderbirdError:
    return ThunderbirdError(Msg.of(text, **args))


# --- profiles ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    name: str
    path: Path
    default: bool = False
    root: Path | None = None

    @property
    def exists(self) -> bool:
        return (self.path / PREFS).is_file()


def default_roots() -> list[Path]:
    """The folders that hold ``profiles.ini`` on this system, most likely first."""
    home = Path.home()
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
        return [base / "Thunderbird"]
    if sys.platform == "darwin":
        return [home / "Library" / "Thunderbird"]
    return [
        home / ".thunderbird",
        home / "snap" / "thunderbird" / "common" / ".thunderbird",
        home / ".var" / "app" / "org.mozilla.Thunderbird" / ".thunderbird",
    ]


def read_profiles_ini(root: Path) -> list[Profile]:
    """The profiles listed in ``root/profiles.ini``; empty when there is none. Raises ThunderbirdError when broken."""
    ini = root / "profiles.ini"
    if not ini.is_file():
        return []
    cp = ConfigParser(interpolation=None, strict=False)
    cp.optionxform = str  # keys are case-sensitive (IsRelative, Path)
    try:
        cp.read_string(ini.read_bytes().decode("utf-8-sig", errors="replace"), source=str(ini))
    except (OSError, ConfigError) as exc:
        raise _err(QT_TRANSLATE_NOOP("core", "Cannot read {file}: {reason}"), file=str(ini), reason=str(exc)) from None

    def resolve(path: str, relative: bool) -> Path:
        p = Path(path.replace("\\", "/")) if relative else Path(path)
        return (root / p) if relative else p

    install_defaults: set[Path] = set()
    for section in cp.sections():
        if section.startswith("Install") and cp.has_option(section, "Default"):
            value = cp.get(section, "Default")
            p = Path(value) if Path(value).is_absolute() else root / value.replace("\\", "/")
            install_defaults.add(_norm(p))
    profiles = []
    for section in cp.sections():
        if not section.startswith("Profile") or not cp.has_option(section, "Path"):
            continue
        relative = cp.get(section, "IsRelative", fallback="1").strip() == "1"
        path = resolve(cp.get(section, "Path"), relative)
        marked = cp.get(section, "Default", fallback="0").strip() == "1"
        profiles.append(Profile(cp.get(section, "Name", fallback=section), path, marked, root))
    if install_defaults:  # newer Thunderbird: the [Install...] default wins over Default=1
        profiles = [Profile(p.name, p.path, _norm(p.path) in install_defaults, root) for p in profiles]
    return profiles


def _norm(p: Path) -> Path:
    try:
        return p.resolve()
    except OSError:
        return p.absolute()


def find_profiles(roots: Iterable[Path] | None = None) -> list[Profile]:
    """Every profile of every root, the default ones first."""
    out: list[Profile] = []
    for root in roots if roots is not None else default_roots():
        out.extend(read_profiles_ini(root))
    out.sort(key=lambda p: (not p.default, p.name.lower()))
    return out


# --- is Thunderbird running? ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LockState:
    running: bool
    reason: Msg | None = None


_LOCK_TARGET = re.compile(r"^(?P<ip>.*):\+(?P<pid>\d+)$")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by somebody else
    except OSError:
        return False
    return True


def _local_ip(ip: str) -> bool:
    if ip.startswith("127.") or ip in ("", "::1"):
        return True
    import socket

    try:
        return ip in socket.gethostbyname_ex(socket.gethostname())[2]
    except OSError:
        return False


def _fcntl_locked(path: Path) -> bool:
    import fcntl

    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        import errno

        return exc.errno in (errno.EACCES, errno.EAGAIN)
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _windows_locked(path: Path) -> bool:
    """Thunderbird keeps parent.lock open without sharing: opening it fails while it runs."""
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except PermissionError:
        return True
    except OSError:
        return False
    os.close(fd)
    return False


def lock_state(profile_dir: Path) -> LockState:
    """Whether Thunderbird (or another copy on another computer) has the profile open now."""
    if sys.platform == "win32":
        if _windows_locked(profile_dir / "parent.lock"):
            return LockState(True, Msg.of(QT_TRANSLATE_NOOP("core", "Thunderbird has this profile open.")))
        return LockState(False)
    link = profile_dir / "lock"
    if link.is_symlink():
        m = _LOCK_TARGET.match(os.readlink(link))
        if m:
            ip, pid = m.group("ip"), int(m.group("pid"))
            if not _local_ip(ip):
                return LockState(True, Msg.of(
                    QT_TRANSLATE_NOOP("core", "The profile is in use on another computer ({ip})."), ip=ip))
            if _pid_alive(pid):
                return LockState(True, Msg.of(
                    QT_TRANSLATE_NOOP("core", "Thunderbird (process {pid}) has this profile open."), pid=pid))
    parent = profile_dir / ".parentlock"
    if parent.exists() and _fcntl_locked(parent):
        return LockState(True, Msg.of(QT_TRANSLATE_NOOP("core", "Thunderbird has this profile open.")))
    return LockState(False)


def ensure_closed(profile_dir: Path) -> None:
    state = lock_state(profile_dir)
    if state.running:
        raise ThunderbirdRunning(Msg.of(
            QT_TRANSLATE_NOOP("core", "{reason} Close Thunderbird and try again."), reason=state.reason))


# --- prefs.js -------------------------------------------------------------------------------------------------------

_PREF = re.compile(r'^\s*user_pref\(\s*"(?P<name>(?:[^"\\]|\\.)*)"\s*,\s*(?P<value>.*?)\s*\)\s*;\s*$')
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "'": "'", "\\": "\\"}


def _unescape(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            if n in _ESCAPES:
                out.append(_ESCAPES[n])
                i += 2
                continue
            if n == "x" and re.fullmatch(r"[0-9a-fA-F]{2}", s[i + 2 : i + 4]):
                out.append(chr(int(s[i + 2 : i + 4], 16)))
                i += 4
                continue
            if n == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", s[i + 2 : i + 6]):
                out.append(chr(int(s[i + 2 : i + 6], 16)))
                i += 6
                continue
        out.append(c)
        i += 1
    return "".join(out)


def parse_value(raw: str) -> object:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return _unescape(raw[1:-1])
    if raw == "true":
        return True
    if raw == "false":
        return False
    try:
        return int(raw)
    except ValueError:
        return raw


_JS_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def js_value(value: object) -> str:
    """A pref value as prefs.js writes it; a string stays on one line (control characters escaped)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    out = []
    for c in str(value):
        if c in _JS_ESCAPES:
            out.append(_JS_ESCAPES[c])
        elif ord(c) < 0x20 or c in "\x7f\u2028\u2029\x85":
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


class Prefs:
    """A ``prefs.js`` / ``user.js`` as lines. Changing one pref replaces only its line; new prefs are appended."""

    def __init__(self, text: str):
        self.lines = text.splitlines(keepends=True)
        self.newline = "\r\n" if self.lines and self.lines[0].endswith("\r\n") else "\n"
        self.index: dict[str, int] = {}
        self.values: dict[str, object] = {}
        in_comment = False
        for i, line in enumerate(self.lines):
            stripped = line.strip()
            if in_comment:  # inside /* ... */: a user_pref line there is not a pref
                in_comment = "*/" not in stripped
                continue
            if stripped.startswith("/*"):
                in_comment = "*/" not in stripped[2:]
                continue
            m = _PREF.match(line.rstrip("\r\n"))
            if m:
                name = _unescape(m.group("name"))
                self.index[name] = i  # the last one wins, as in Thunderbird
                self.values[name] = parse_value(m.group("value"))
        self.open_comment = in_comment  # the file ends inside /* ...: anything appended would be a comment too

    def get(self, name: str, default: object = None) -> object:
        return self.values.get(name, default)

    def names(self) -> list[str]:
        return list(self.values)

    def set(self, name: str, value: object) -> bool:
        """Set ``name``; False when it already had that value (nothing changes then)."""
        if name in self.values and self.values[name] == value and type(self.values[name]) is type(value):
            return False
        line = f"user_pref({js_value(name)}, {js_value(value)});"
        if name in self.index:
            i = self.index[name]
            old = self.lines[i]
            ending = old[len(old.rstrip("\r\n")) :] or self.newline
            self.lines[i] = line + ending
        else:
            if self.lines and not self.lines[-1].endswith("\n"):
                self.lines[-1] += self.newline
            self.index[name] = len(self.lines)
            self.lines.append(line + self.newline)
        self.values[name] = value
        return True

    def text(self) -> str:
        return "".join(self.lines)


def _decode(data: bytes) -> str:
    # surrogateescape keeps any byte that is not UTF-8 exactly as it was when the text is encoded again
    return data.decode("utf-8", errors="surrogateescape")


def _encode(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogateescape")


def smtp_keys(prefs: Prefs) -> list[str]:
    return [k.strip() for k in str(prefs.get("mail.smtpservers", "") or "").split(",") if k.strip()]


def identities(prefs: Prefs) -> dict[str, str]:
    """identity id -> its e-mail address."""
    out = {}
    for name, value in prefs.values.items():
        m = re.fullmatch(r"mail\.identity\.([^.]+)\.useremail", name)
        if m and isinstance(value, str):
            out[m.group(1)] = value
    return out


def server_label(prefs: Prefs, key: str) -> str:
    host = prefs.get(f"mail.smtpserver.{key}.hostname")
    port = prefs.get(f"mail.smtpserver.{key}.port")
    if not host:
        return key
    return f"{key} ({host}:{port})" if port else f"{key} ({host})"


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


def _read_prefs(profile_dir: Path) -> tuple[bytes, Prefs]:
    path = profile_dir / PREFS
    if not profile_dir.is_dir():
        raise _err(QT_TRANSLATE_NOOP("core", "The profile folder {path} does not exist."), path=str(profile_dir))
    if not path.is_file():
        raise _err(QT_TRANSLATE_NOOP("core", "{path} has no prefs.js: start Thunderbird once with this profile and set "
                                             "up your mail account first."), path=str(profile_dir))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _err(QT_TRANSLATE_NOOP("core", "Cannot read {file}: {reason}"), file=str(path),
                   reason=exc.strerror or str(exc)) from None
    return data, Prefs(_decode(data))


def plan_apply(profile_dir: Path, setting: RelaySetting, address: Address, link_identity: bool = False) -> ApplyPlan:
    """What :func:`apply` would change, without writing anything."""
    s = check_setting(setting)
    data, prefs = _read_prefs(Path(profile_dir))
    if prefs.open_comment:
        raise _err(QT_TRANSLATE_NOOP("core", "{file} ends inside a comment (/* without */), so a change could not take "
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
            ujs = Prefs(_decode(user_js.read_bytes()))
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
    return _err(QT_TRANSLATE_NOOP("core", "Cannot write {file}: {reason}. Nothing was changed."), file=str(path),
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
    old_data, new_data = _encode(plan.old_text), _encode(plan.new_text)
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
            raise _err(QT_TRANSLATE_NOOP("core", "{file} was changed by another program while this change was "
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
        raise _err(QT_TRANSLATE_NOOP("core", "There is no Relay Wizard backup in {path}: nothing to undo."),
                   path=str(profile_dir))
    backup = found[-1]
    prefs_path = profile_dir / PREFS
    try:
        current = prefs_path.read_bytes() if prefs_path.exists() else b""
        restored = backup.read_bytes()
    except OSError as exc:
        raise _err(QT_TRANSLATE_NOOP("core", "Cannot read {file}: {reason}"), file=str(backup),
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
