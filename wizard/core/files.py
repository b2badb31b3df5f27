"""Writing files safely: a reader sees the old file or the new one, never a part of it; a new file never replaces
an existing one.

Crash safety (docs/SECURITY.md, tests/export/test_crash_safe.py): the new content goes to a temporary file beside the
target, is flushed and fsync'ed, and only then renamed over the target (one atomic step on POSIX and NTFS). A process
killed at any moment leaves the old file or the new one; at worst a stale temporary file, which the next write
removes. A write that fails (read-only folder, full disk) removes its temporary file and leaves the target as it was.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

# Fault injection for tests only: called with (temporary file, target) after the temporary file is complete and
# fsync'ed and before the rename. tests/export/test_crash_safe.py makes a child process hang here and kills it.
before_rename: Callable[[Path, Path], None] | None = None

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def _write_new(path: Path, data: bytes, mode: int = 0o666) -> None:
    """Create ``path`` (it must not exist, not even as a link) with ``data``, flushed to disk; ``mode`` before the
    umask. On failure nothing is left behind; raises FileExistsError when the name is taken."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        try:
            os.unlink(path)
        except OSError:
            pass
        raise


def atomic_write(path: Path, data: bytes, tmp_name: str | None = None, mode: int = 0o666) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush and fsync it, then rename it over ``path``.

    A new file gets ``mode`` (before the umask); a replaced one keeps its mode. On any failure the temporary file is
    removed and ``path`` is left as it was; the exception (an OSError) propagates. The one atomic write of the app.
    """
    path = Path(path)
    tmp = path.with_name(tmp_name or (path.name + ".relay-wizard-tmp"))
    try:
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()  # left by a run that was killed before its rename
        _write_new(tmp, data, mode)
        if path.exists():
            shutil.copymode(path, tmp)
        if before_rename is not None:
            before_rename(tmp, path)
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        try:
            fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError:
            pass


def write_unique(folder: Path, stem: str, suffix: str, data: bytes, mode: int = 0o600) -> Path:
    """Write ``data`` to a new file ``stem + suffix`` in ``folder``, or ``stem-2 + suffix``, ``stem-3``... if the
    name is taken: an existing file (an earlier backup) is never overwritten, even by a run in the same second."""
    n = 1
    while True:
        path = Path(folder) / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
        try:
            _write_new(path, data, mode)
            return path
        except FileExistsError:
            n += 1
            if n > 10000:
                raise

