"""The log file: rotating, in the user log folder, with secrets redacted before anything is written.

    path = setup_logging()          # once, at GUI start; returns the file's path
    redact("AUTH PLAIN AHRhcm8A...")   # -> "AUTH PLAIN [redacted]"

Every record goes through :class:`RedactingFormatter`: the message with its arguments *and* the formatted exception
(a traceback may show a password as a local value or an exception argument) are joined first and then redacted as one
text. Redaction removes, in this order:

* the value of every :class:`~wizard.core.secrets.Secret` still in memory, in every spelling a leak scan looks for
  (plain, URL-encoded, JSON-escaped, hex, and base64 at each byte alignment, as part of any longer base64 word);
* the arguments of SMTP ``AUTH`` commands and the client's base64 answers after a ``334`` challenge;
* ``password=...``, ``"password": "..."``, ``passwd``/``pwd``/``secret``/``token`` assignments.

The same :func:`redact` cleans the diagnostic report (wizard/core/diagnosis/report.py).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from wizard.core.paths import user_log_dir

LOG_NAME = "relay-wizard.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
MASK = "[redacted]"

# a client's AUTH command (not the server's "250-AUTH PLAIN LOGIN" capability line)
_AUTH = re.compile(r"(?im)(?<!\d\d\d[- ])\b(AUTH\s+(?:PLAIN|LOGIN|CRAM-MD5|XOAUTH2|OAUTHBEARER|DIGEST-MD5)\b)[ \t]+[^\s'\"][^\r\n'\"]*")
# a client line that answers a 334 challenge: ">>> " / "C: " prefixes of transcripts, then one base64 word
# (a word with a lower-case letter, digit or +/=, so that "STARTTLS" stays)
_AUTH_ANSWER = re.compile(r"(?m)^(\s*(?:>>>|C:|->|~>|client:)\s*)(?=[A-Z]*[a-z0-9+/=])[A-Za-z0-9+/=]{8,}\s*$")
_KEYVALUE = re.compile(
    r"(?i)([\"']?\b(?:password|passwd|passwort|pwd|secret|token|パスワード)[\"']?\s*[:=]\s*)"
    r"(\"[^\"]*\"|'[^']*'|[^\s,;&)}\]]+)"
)
_B64_WORD = re.compile(r"[A-Za-z0-9+/_\-]+=*")


def _b64_fragments(raw: bytes) -> list[str]:
    """The base64 characters that depend only on ``raw``, for each byte alignment (standard and URL-safe)."""
    import base64

    out = []
    for enc in (base64.b64encode, base64.urlsafe_b64encode):
        for k in range(3):
            text = enc(b"\0" * k + raw).decode("ascii")
            start = -(-8 * k // 6)
            end = (8 * (k + len(raw))) // 6
            frag = text[start:end]
            if len(frag) >= 6:
                out.append(frag)
    return out


def _spellings(secret: str) -> list[str]:
    import json
    from urllib.parse import quote, quote_plus

    raw = secret.encode("utf-8")
    forms = {
        secret,
        quote(secret, safe=""),
        quote_plus(secret, safe=""),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        repr(secret)[1:-1],
        raw.hex(),
        raw.hex().upper(),
    }
    return sorted((f for f in forms if f), key=len, reverse=True)


def redact(text: str, secrets: list[str] | None = None) -> str:
    """``text`` without passwords: see the module docstring. ``secrets`` adds values to the live Secrets."""
    from wizard.core.secrets import live_secrets

    values = [s for s in [*(secrets or []), *live_secrets()] if s]
    for value in values:
        for form in _spellings(value):
            text = text.replace(form, MASK)
        frags = _b64_fragments(value.encode("utf-8"))
        if frags and any(f in text for f in frags):
            text = _B64_WORD.sub(lambda m: MASK if any(f in m.group(0) for f in frags) else m.group(0), text)
    text = _AUTH.sub(lambda m: m.group(1) + " " + MASK, text)
    text = _AUTH_ANSWER.sub(lambda m: m.group(1) + MASK, text)
    text = _KEYVALUE.sub(lambda m: m.group(1) + MASK, text)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats the whole record (message, arguments, exception, stack) and then redacts it as one text."""

    def format(self, record: logging.LogRecord) -> str:
        try:
            text = super().format(record)
        except Exception:  # noqa: BLE001 - a bad format string must not lose the record (or show its arguments)
            text = f"{record.levelname} {record.name}: (unformattable message {record.msg!r})"
        return redact(text)

    def formatException(self, ei) -> str:  # noqa: N802 - logging API
        return redact(super().formatException(ei))


def log_file() -> Path:
    return user_log_dir() / LOG_NAME


_handler: logging.Handler | None = None


def setup_logging(path: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the root logger's records to the rotating, redacted log file (once per process; later calls return the
    same path). Returns None when the folder cannot be created (the app runs on without a log file)."""
    import logging.handlers  # (not at import: keeps start-up fast)

    global _handler
    if _handler is not None:
        return Path(_handler.baseFilename)
    path = path or log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    _handler = handler
    return path


def teardown_logging() -> None:
    """Remove the log file handler (tests; the app keeps it to the end)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
