"""Find a sentinel password anywhere it must not be: files (also inside zip files), captured output, log records.

    leaks = scan(SENTINEL, paths=[home], texts={"stdout": out, "stderr": err}, users=["taro@abc.ocn.ne.jp"])
    assert not leaks, describe(leaks)        # or: assert_no_leak(...)

Forms searched (``forms``): the plain text (UTF-8), UTF-16 LE/BE, URL-encoded (``%xx`` and ``+``), JSON ``\\u``
escapes, hex, base64 and URL-safe base64 at every byte alignment (so the password is found inside any longer base64
blob: AUTH LOGIN, AUTH PLAIN with any user, a base64-encoded file), and AUTH PLAIN of each given user spelled out.
The sentinel must be long and unusual (at least 16 characters) so that the short base64 fragments cannot match by
chance.
"""

from __future__ import annotations

import base64
import io
import json
import os
import stat
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_plus

MIN_SENTINEL = 16


@dataclass(frozen=True)
class Leak:
    where: str  # a file path (with "!member" inside a zip) or the label of a text
    form: str  # how the password was written there
    offset: int

    def __str__(self) -> str:
        return f"{self.where} @{self.offset}: {self.form}"


def _b64_fragments(raw: bytes, urlsafe: bool) -> dict[str, bytes]:
    """The base64 characters that depend only on ``raw``, for each of the three positions it can start at."""
    enc = base64.urlsafe_b64encode if urlsafe else base64.b64encode
    name = "base64url" if urlsafe else "base64"
    out = {}
    for k in range(3):
        text = enc(b"\0" * k + raw)
        start = -(-8 * k // 6)  # first character that begins at or after the password's first bit
        end = (8 * (k + len(raw))) // 6  # last character that ends within the password
        out[f"{name} (offset {k})"] = text[start:end]
    return out


def forms(secret: str, users: Iterable[str] = ()) -> dict[str, bytes]:
    """Every spelling of ``secret`` the scan looks for, by name."""
    if len(secret) < MIN_SENTINEL:
        raise ValueError(f"use a sentinel of at least {MIN_SENTINEL} characters")
    raw = secret.encode("utf-8")
    found: dict[str, bytes] = {"plain": raw}
    found["utf-16-le"] = secret.encode("utf-16-le")
    found["utf-16-be"] = secret.encode("utf-16-be")
    found["url-encoded"] = quote(secret, safe="").encode("ascii")
    found["url-encoded (+)"] = quote_plus(secret, safe="").encode("ascii")
    found["json \\u escapes"] = json.dumps(secret)[1:-1].encode("ascii")
    found["hex"] = raw.hex().encode("ascii")
    found["HEX"] = raw.hex().upper().encode("ascii")
    found.update(_b64_fragments(raw, urlsafe=False))
    found.update(_b64_fragments(raw, urlsafe=True))
    for user in users:
        u = user.encode("utf-8")
        found[f"AUTH PLAIN for {user}"] = base64.b64encode(b"\0" + u + b"\0" + raw)
        found[f"AUTH PLAIN with authzid {user}"] = base64.b64encode(u + b"\0" + u + b"\0" + raw)
    # drop spellings that equal another (e.g. url-encoded == plain for a plain ASCII sentinel)
    unique: dict[str, bytes] = {}
    for name, needle in found.items():
        if needle and needle not in unique.values():
            unique[name] = needle
    return unique


def _scan_bytes(data: bytes, where: str, needles: Mapping[str, bytes], out: list[Leak]) -> None:
    for name, needle in needles.items():
        i = data.find(needle)
        if i >= 0:
            out.append(Leak(where, name, i))
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                for info in zf.infolist():
                    _scan_bytes(zf.read(info), f"{where}!{info.filename}", needles, out)
        except (zipfile.BadZipFile, OSError, RuntimeError):
            pass


def _files(path: Path) -> Iterable[Path]:
    if path.is_symlink():
        return
    if path.is_dir():
        for root, dirs, files in os.walk(path, followlinks=False):
            for name in files:
                yield Path(root) / name
    elif path.exists():
        yield path


def scan(
    secret: str,
    paths: Iterable[Path | str] = (),
    texts: Mapping[str, str | bytes] | None = None,
    users: Iterable[str] = (),
) -> list[Leak]:
    """Every place ``secret`` occurs, in any of its :func:`forms`, in the files under ``paths`` and in ``texts``."""
    needles = forms(secret, users)
    leaks: list[Leak] = []
    for base in paths:
        for file in _files(Path(base)):
            try:
                mode = file.lstat().st_mode
                if not stat.S_ISREG(mode):
                    continue  # sockets, fifos: nothing at rest
                data = file.read_bytes()
            except OSError:
                continue
            _scan_bytes(data, str(file), needles, leaks)
    for label, text in (texts or {}).items():
        data = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else bytes(text)
        _scan_bytes(data, label, needles, leaks)
    return leaks


def files_scanned(paths: Iterable[Path | str]) -> int:
    """How many regular files :func:`scan` reads under ``paths`` (a leak test asserts it scanned something)."""
    return sum(1 for base in paths for f in _files(Path(base)) if stat.S_ISREG(f.lstat().st_mode))


def describe(leaks: Iterable[Leak]) -> str:
    return "the sentinel password leaked:\n" + "\n".join(f"  {leak}" for leak in leaks)


def assert_no_leak(secret: str, paths=(), texts=None, users=()) -> None:
    leaks = scan(secret, paths, texts, users)
    assert not leaks, describe(leaks)
