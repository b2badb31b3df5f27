"""The Japanese rental servers: ``resources/rental_servers.toml`` loaded and checked, and a server recognised from its
host name or reverse (PTR) name, so the delisting letter can name the company and its support page.

The patterns are a small language of our own (documented in the data file) rather than regular expressions: a data
file, perhaps one a user edited, must not be able to hang the app with a catastrophic expression or match every name.
Each pattern turns into a linear expression built only from literal labels, ``[0-9]+`` and ``[a-z0-9-]*``; its last
two labels must be literal (a pattern always names a domain), and a name is at most 253 characters.
"""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, WizardError
from wizard.core.model import LocalText, Source, SourceKind
from wizard.core.paths import resources_dir

SCHEMA = 1
MAX_FILE_BYTES = 256 * 1024
MAX_PATTERNS = 20
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_LABEL = re.compile(r"^[a-z0-9*#-]{1,63}$")
_URL = re.compile(r"^https://[^\s\x00-\x1f\x7f]{3,2000}$")

E_RENTAL = QT_TRANSLATE_NOOP("core", "The rental server file {path} cannot be read: {detail}")


class RentalDataError(WizardError):
    pass


@dataclass(frozen=True)
class RentalServer:
    id: str
    name: LocalText
    company: LocalText
    patterns: tuple[str, ...]
    support_url: str
    support_verified: bool
    sources: tuple[Source, ...]
    _compiled: tuple[tuple[re.Pattern[str], int], ...] = ()  # (expression, literal characters) per pattern

    def match(self, name: str) -> int:
        """How specific the best pattern matching ``name`` is (its literal characters), 0 for no match."""
        n = _clean(name)
        return max((weight for rx, weight in self._compiled if rx.fullmatch(n)), default=0)


@dataclass(frozen=True)
class Recognised:
    """A rental server recognised from one of the names asked about."""

    server: RentalServer
    name: str  # the host or reverse name that matched


def _clean(name: str) -> str:
    return name.strip().lower().rstrip(".")[:254]


def compile_pattern(pattern: str) -> tuple[re.Pattern[str], int]:
    """The expression for one pattern and its weight; ValueError says what is wrong."""
    labels = pattern.lower().split(".")
    if len(pattern) > 253 or len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        raise ValueError(f"bad pattern {pattern!r}: dot-separated labels of a-z, 0-9, -, * and #")
    if any(c in label for label in labels[-2:] for c in "*#"):
        raise ValueError(f"bad pattern {pattern!r}: its last two labels must be written out")
    parts: list[str] = []
    weight = 0
    for i, label in enumerate(labels):
        if label == "**":
            if i != 0:
                raise ValueError(f"bad pattern {pattern!r}: ** only as the first label")
            parts.append(r"(?:[a-z0-9-]{1,63}\.)+")
            continue
        if "**" in label:
            raise ValueError(f"bad pattern {pattern!r}: ** only as a whole label")
        expr = "".join("[0-9]+" if c == "#" else "[a-z0-9-]*" if c == "*" else re.escape(c) for c in label)
        weight += sum(c not in "*#" for c in label)
        parts.append(expr + r"\.")
    return re.compile("".join(parts)[:-2]), weight


def rental_path() -> Path:
    return resources_dir() / "rental_servers.toml"


def load_rental_servers(path: Path | None = None) -> list[RentalServer]:
    """The servers of ``resources/rental_servers.toml`` (or ``path``); :class:`RentalDataError` names the problem."""
    path = path or rental_path()

    def bad(detail: str) -> RentalDataError:
        return RentalDataError(Msg.of(E_RENTAL, path=str(path), detail=detail))

    try:
        raw = path.read_bytes()
        if len(raw) > MAX_FILE_BYTES:
            raise bad(f"larger than {MAX_FILE_BYTES} bytes")
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise bad(str(exc)) from None
    if data.get("schema") != SCHEMA:
        raise bad(f"schema must be {SCHEMA}")
    entries = data.get("servers")
    if not isinstance(entries, list) or not entries:
        raise bad("no [[servers]]")
    servers: list[RentalServer] = []
    for i, entry in enumerate(entries):
        try:
            server = _server(entry)
        except (KeyError, TypeError, ValueError) as exc:
            raise bad(f"servers[{i}]: {exc}") from None
        if any(s.id == server.id for s in servers):
            raise bad(f"servers[{i}]: duplicate id {server.id}")
        servers.append(server)
    return servers


def _text(value: object, field: str) -> LocalText:
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) and value[k].strip() for k in ("ja", "en")):
        raise ValueError(f"{field} must be a table with non-empty ja and en texts")
    if any(ord(c) < 32 for k in ("ja", "en") for c in value[k]):
        raise ValueError(f"{field} must not contain control characters")
    return LocalText(ja=value["ja"].strip(), en=value["en"].strip())


def _url(value: object, field: str) -> str:
    if not isinstance(value, str) or not _URL.match(value):
        raise ValueError(f"{field} must be an https:// address")
    return value


def _server(entry: object) -> RentalServer:
    if not isinstance(entry, dict):
        raise ValueError("must be a table")
    sid = entry.get("id")
    if not isinstance(sid, str) or not _ID.match(sid):
        raise ValueError("id must be a short name of a-z, 0-9 and -")
    patterns = entry.get("patterns")
    if not isinstance(patterns, list) or not patterns or len(patterns) > MAX_PATTERNS:
        raise ValueError(f"patterns must be a list of 1 to {MAX_PATTERNS} host-name patterns")
    if not all(isinstance(p, str) for p in patterns):
        raise ValueError("patterns must be texts")
    compiled = tuple(compile_pattern(p) for p in patterns)
    verified = entry.get("support_verified")
    if not isinstance(verified, bool):
        raise ValueError("support_verified must be true or false")
    sources = entry.get("sources")
    if not isinstance(sources, list) or not sources:
        raise ValueError("sources must name at least one source")
    found = []
    for s in sources:
        if not isinstance(s, dict) or not isinstance(s.get("checked"), _dt.date) or not isinstance(s.get("verified"),
                                                                                               bool):
            raise ValueError("sources entries need url, checked (a date) and verified (true or false)")
        url = _url(s.get("url"), "sources.url")
        # verified = read on the company's own page: an official source; otherwise a third party's
        kind = SourceKind.OFFICIAL if s["verified"] else SourceKind.COMMUNITY
        found.append(Source(key=url, url=url, kind=kind, as_of=None, checked=s["checked"]))
    return RentalServer(
        id=sid,
        name=_text(entry.get("name"), "name"),
        company=_text(entry.get("company"), "company"),
        patterns=tuple(p.lower() for p in patterns),
        support_url=_url(entry.get("support_url"), "support_url"),
        support_verified=verified,
        sources=tuple(found),
        _compiled=compiled,
    )


def recognise(names: Iterable[str], servers: list[RentalServer] | None = None) -> Recognised | None:
    """The rental server that one of ``names`` (host names, reverse names) belongs to: the most specific pattern wins,
    then the earlier name. None when no server's pattern matches."""
    servers = load_rental_servers() if servers is None else servers
    best: tuple[int, Recognised] | None = None
    for name in names:
        if not name:
            continue
        for server in servers:
            weight = server.match(name)
            if weight and (best is None or weight > best[0]):
                best = (weight, Recognised(server, _clean(name)))
    return best[1] if best else None
