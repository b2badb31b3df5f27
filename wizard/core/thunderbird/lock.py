"""Is Thunderbird using a profile right now? A lock file alone proves nothing (it stays after a normal exit), so on
Linux/macOS the ``lock`` link's PID is checked and ``.parentlock`` is tested with a non-blocking fcntl lock; on Windows
``parent.lock`` is opened (Thunderbird holds it open without sharing)."""

from __future__ import annotations

import errno
import os
import re
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
from wizard.core.thunderbird.errors import ThunderbirdRunning


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
    try:
        return ip in socket.gethostbyname_ex(socket.gethostname())[2]
    except OSError:
        return False


def _fcntl_locked(path: Path) -> bool:
    import fcntl  # lazy: POSIX only (this module also runs on Windows)

    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
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
