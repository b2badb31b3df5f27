"""Writing files safely: a reader sees the old file or the new one, never a part of it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from wizard.core.export.base import ExportError
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg


def atomic_write(path: Path, data: bytes, tmp_name: str | None = None) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush and fsync it, then rename it over ``path``.

    On any failure the temporary file is removed and ``path`` is left as it was; the exception propagates.
    """
    path = Path(path)
    tmp = path.with_name(tmp_name or (path.name + ".relay-wizard-tmp"))
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            shutil.copymode(path, tmp)
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


def save(path: Path, data: bytes) -> None:
    """:func:`atomic_write` with a translated error: raises :class:`ExportError` saying why."""
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise ExportError(Msg.of(QT_TRANSLATE_NOOP("core", "Cannot write {file}: {reason}"), file=str(path),
                                 reason=exc.strerror or str(exc))) from None
