"""Reading what an SMTP server says, with hard limits, and what its words mean.

:class:`ReplyParser` splits the byte stream into replies (RFC 5321 4.2) and keeps memory bounded; anything that is
not a reply line, or beyond :data:`MAX_LINE`/:data:`MAX_LINES`, raises :class:`ReplyError` (the probe's verdict is
then ``protocol_error``). The rest reads the EHLO keywords and the refusals at MAIL and RCPT.
"""

from __future__ import annotations

from collections.abc import Callable

from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, printable


class ReplyError(Exception):
    """Not an SMTP reply, or one beyond the limits (see :class:`ReplyParser`). ``why`` says which, for people."""

    def __init__(self, why: Msg, line: str = ""):
        super().__init__(line)
        self.why = why
        self.line = line


MAX_LINE = 8192  # bytes in one reply line, CRLF included (RFC 5321 asks for 512; real servers send longer ones)
MAX_LINES = 200  # lines in one multi-line reply (an EHLO answer has about a dozen)

G_TOO_LONG = QT_TRANSLATE_NOOP("core", "The server sent a line longer than {limit} bytes; a mail server never does.")
G_TOO_MANY = QT_TRANSLATE_NOOP("core", "The server sent a reply of more than {limit} lines; a mail server never does.")
G_NOT_SMTP = QT_TRANSLATE_NOOP("core", "The server sent something that is not an SMTP reply: “{line}”.")
G_MIXED = QT_TRANSLATE_NOOP(
    "core", "The server changed the reply code in the middle of a multi-line reply (“{first}” then “{line}”)."
)

_DIGITS = frozenset("0123456789")


def parse_line(line: str) -> tuple[int, bool]:
    """(code, more lines follow) of one reply line (without CRLF); raises :class:`ReplyError` for anything else.

    RFC 5321 4.2: three ASCII digits, the first 2 to 5, then a space, a hyphen (more lines follow) or nothing."""
    head = line[:3]
    if len(head) < 3 or not set(head) <= _DIGITS or head[0] not in "2345" or line[3:4] not in ("", " ", "-"):
        raise ReplyError(Msg.of(G_NOT_SMTP, line=line[:80]), line[:80])
    return int(head), line[3:4] == "-"


class ReplyParser:
    """Splits what the server sends into replies. Memory stays bounded: at most :data:`MAX_LINE` bytes wait for a
    line end, at most :data:`MAX_LINES` lines make one reply; beyond that, or on anything that is not a reply line,
    :meth:`next_reply` raises :class:`ReplyError` (the probe's verdict is then ``protocol_error``)."""

    def __init__(self, max_line: int = MAX_LINE, max_lines: int = MAX_LINES):
        self.max_line = max_line
        self.max_lines = max_lines
        self.buf = b""
        self._lines: list[str] = []
        self._code = 0

    def feed(self, data: bytes) -> None:
        self.buf += data

    def discard(self) -> int:
        """Throw away everything not yet read (and a half-read reply); returns how many bytes that was."""
        n = len(self.buf)
        self.buf = b""
        self._lines = []
        return n

    def next_reply(self, on_line: Callable[[str], None] | None = None) -> tuple[int, list[str]] | None:
        """The next complete reply as (code, lines), or None until more bytes are fed."""
        while True:
            i = self.buf.find(b"\n", 0, self.max_line)
            if i < 0:
                if len(self.buf) >= self.max_line:
                    head = printable(self.buf[:80].decode("utf-8", "replace"))
                    self.buf = b""
                    raise ReplyError(Msg.of(G_TOO_LONG, limit=self.max_line), head)
                return None
            raw, self.buf = self.buf[: i + 1], self.buf[i + 1 :]
            line = printable(raw.decode("utf-8", "replace").rstrip("\r\n"))
            if on_line is not None:
                on_line(line)
            code, more = parse_line(line)
            if self._lines and code != self._code:
                first, self._lines = self._lines[0], []
                raise ReplyError(Msg.of(G_MIXED, first=first[:80], line=line[:80]), line[:80])
            if not self._lines:
                self._code = code
            self._lines.append(line)
            if not more:
                lines, self._lines = self._lines, []
                return code, lines
            if len(self._lines) >= self.max_lines:
                self._lines = []
                raise ReplyError(Msg.of(G_TOO_MANY, limit=self.max_lines), line[:80])


def looks_like_smtp(data: bytes) -> bool:
    return len(data) >= 3 and data[:1] in b"2345" and data[:3].isdigit()


def size_limit(ext: dict[str, str]) -> int | None:
    """The SIZE the server advertises in bytes: 0 when it states no limit (or an unreadable one), None when absent."""
    if "SIZE" not in ext:
        return None
    arg = ext["SIZE"].strip()
    return int(arg) if arg.isascii() and arg.isdigit() and len(arg) <= 15 else 0


def extensions(text: str) -> dict[str, str]:
    """EHLO keywords (upper case) -> their parameters; the first line (the greeting) is skipped."""
    ext: dict[str, str] = {}
    for line in text.split("\n")[1:]:
        word, _, params = line.strip().partition(" ")
        if word.upper().startswith("AUTH="):  # the old form "AUTH=LOGIN PLAIN"
            word, params = "AUTH", word[5:] + " " + params
        if word:
            key = word.upper()
            ext[key] = (ext.get(key, "") + " " + params).strip() if key == "AUTH" else params
    return ext


def wants_auth(code: int, text: str) -> bool:
    t = text.lower()
    return code == 530 or "5.7.0 authentication required" in t or "authentication required" in t


def about_sender(text: str, sender: str, rcpt: str) -> bool:
    """Does a refusal at RCPT TO concern the sender (Postfix: "Sender address rejected: not owned by user")?"""
    t = text.lower()
    if "sender" in t:
        return True
    if sender.lower() != rcpt.lower() and f"<{sender.lower()}>" in t:
        return True
    enhanced = t.split(" ", 1)[0]
    return enhanced in ("5.1.7", "5.1.8", "4.1.7", "4.1.8", "5.7.1.sender")
