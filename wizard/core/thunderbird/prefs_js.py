"""Reading and writing ``prefs.js`` / ``user.js`` line by line: changing one pref replaces only its line, every other
line stays byte for byte (bytes that are not UTF-8 included)."""

from __future__ import annotations

import re
from pathlib import Path

from wizard.core.messages import QT_TRANSLATE_NOOP
from wizard.core.thunderbird.errors import err

PREFS = "prefs.js"
USER_JS = "user.js"


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


def decode(data: bytes) -> str:
    # surrogateescape keeps any byte that is not UTF-8 exactly as it was when the text is encoded again
    return data.decode("utf-8", errors="surrogateescape")


def encode(text: str) -> bytes:
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


def read_prefs(profile_dir: Path) -> tuple[bytes, Prefs]:
    """The bytes of the profile's prefs.js and the file read from them; ThunderbirdError saying what is wrong."""
    path = profile_dir / PREFS
    if not profile_dir.is_dir():
        raise err(QT_TRANSLATE_NOOP("core", "The profile folder {path} does not exist."), path=str(profile_dir))
    if not path.is_file():
        raise err(QT_TRANSLATE_NOOP("core", "{path} has no prefs.js: start Thunderbird once with this profile and set "
                                             "up your mail account first."), path=str(profile_dir))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise err(QT_TRANSLATE_NOOP("core", "Cannot read {file}: {reason}"), file=str(path),
                   reason=exc.strerror or str(exc)) from None
    return data, Prefs(decode(data))
