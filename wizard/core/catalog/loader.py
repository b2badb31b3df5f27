"""The ISP catalogue: ``resources/isps/*.toml`` plus the user's override folder, validated field by field.

The file format is documented in ``docs/CATALOG.md``. A malformed file yields a :class:`CatalogError` that names the
file and the field; the other files still load. Profiles from the user folder replace built-in ones with the same id
and are marked :attr:`Origin.CUSTOM`.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import stat
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wizard.core.catalog import route_fields
from wizard.core.catalog.records import fact_as_dict, profile_as_dict, source_as_dict  # noqa: F401 (their old home)
from wizard.core.inputs.address import valid_host_name
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
from wizard.core.model import (
    HOST_PLACEHOLDERS,
    USERNAME_PLACEHOLDERS,
    Auth,
    Candidate,
    Fact,
    HostVariant,
    IspProfile,
    Limits,
    LocalText,
    Origin,
    ProfileKind,
    RelaySetting,
    Security,
    SenderRule,
    Source,
    SourceKind,
    Tri,
    placeholders,
    template_shape,
)
from wizard.core.paths import resources_dir, user_isp_dir

SCHEMA = 2
SCHEMAS = (1, 2)  # schema 1 files (before source kinds) still load: see docs/CATALOG.md
MAX_FILE_BYTES = 256 * 1024
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
SEED = "seed article"
UNDATED = "undated"

# The kinds of value a field expects, named in error messages (translated like every core message).
K_TEXT = QT_TRANSLATE_NOOP("core", "text")
K_TABLE = QT_TRANSLATE_NOOP("core", "a table")
K_BOOL = QT_TRANSLATE_NOOP("core", "true or false")
K_INT = QT_TRANSLATE_NOOP("core", "a whole number")
K_DOMAIN = QT_TRANSLATE_NOOP("core", "a domain name")
K_FACT = QT_TRANSLATE_NOOP("core", "a table with value and source")
K_LOCAL = QT_TRANSLATE_NOOP("core", "a table with ja and en")
K_REFS = QT_TRANSLATE_NOOP("core", "a table of references")
K_DOMAINS = QT_TRANSLATE_NOOP("core", "a list of domain names")
K_REF = QT_TRANSLATE_NOOP("core", "a reference name")
K_REF_LIST = QT_TRANSLATE_NOOP("core", "a list of reference names")
K_HOST = QT_TRANSLATE_NOOP("core", "a host name")
K_PORT = QT_TRANSLATE_NOOP("core", "a port number")
K_CANDIDATES = QT_TRANSLATE_NOOP("core", "a list of [[candidates]] tables")
K_VARIANTS = QT_TRANSLATE_NOOP("core", "a list of [[variants]] tables")


@dataclass(frozen=True)
class CatalogError:
    """A problem in one profile file: which file, which field, and what is wrong."""

    path: Path
    field: str
    msg: Msg

    def render(self, translate=None) -> str:
        where = f"{self.path.name}: {self.field}" if self.field else self.path.name
        return f"{where}: {self.msg.render(translate)}"

    def __str__(self) -> str:
        return self.render()


class _Invalid(Exception):
    def __init__(self, field: str, msg: Msg):
        super().__init__(field)
        self.field = field
        self.msg = msg


@dataclass
class Catalog:
    profiles: dict[str, IspProfile] = field(default_factory=dict)
    errors: list[CatalogError] = field(default_factory=list)

    def __iter__(self):
        return iter(self.profiles.values())

    def __len__(self) -> int:
        return len(self.profiles)

    def get(self, isp_id: str) -> IspProfile | None:
        return self.profiles.get(isp_id)

    def for_domain(self, domain: str) -> tuple[IspProfile, str] | None:
        """The profile whose mail domains cover ``domain`` (longest suffix wins), with the matched base domain."""
        best: tuple[IspProfile, str] | None = None
        for p in self.profiles.values():
            base = p.matches_domain(domain)
            if base and (best is None or len(base) > len(best[1])):
                best = (p, base)
        return best

    def for_rdns(self, name: str) -> IspProfile | None:
        """The profile whose access-line reverse-DNS suffixes cover ``name`` (longest suffix wins)."""
        n = name.lower().rstrip(".")
        best: tuple[IspProfile, str] | None = None
        for p in self.profiles.values():
            for suffix in p.access_rdns:
                if (n == suffix or n.endswith("." + suffix)) and (best is None or len(suffix) > len(best[1])):
                    best = (p, suffix)
        return best[0] if best else None


def builtin_dir() -> Path:
    return resources_dir() / "isps"


NO_PROFILES = QT_TRANSLATE_NOOP(
    "core",
    "No provider profiles were found in {folder}. This installation is missing its data: please reinstall Relay "
    "Wizard.",
)

def load_catalog(builtin: Path | None = None, user: Path | None | bool = True) -> Catalog:
    """Load the built-in profiles, then the user's override folder (``user=True`` for the default folder,
    a path for another one, ``None``/``False`` for none), then the evidence files in that folder."""
    cat = Catalog()
    loaded: list[IspProfile] = []
    _load_dir(builtin or builtin_dir(), Origin.BUILTIN, cat, loaded)
    if user is True:
        user = user_isp_dir()
    if user:
        _load_dir(Path(user), Origin.CUSTOM, cat, loaded)
    by_id: dict[str, IspProfile] = {}
    for p in loaded:
        by_id[p.id] = p  # custom ones come later and replace built-ins
    cat.profiles = dict(sorted(by_id.items(), key=lambda kv: (kv[1].rank, kv[1].name.en.lower())))
    if user and Path(user).is_dir():
        from wizard.core.catalog.evidence import apply_evidence_files  # lazy: it imports this module

        apply_evidence_files(Path(user), cat)
    return cat


def _load_dir(folder: Path, origin: Origin, cat: Catalog, out: list[IspProfile]) -> None:
    try:
        if not folder.exists():
            return
        if not folder.is_dir():
            cat.errors.append(CatalogError(folder, "", Msg.of(NOT_A_FOLDER, path=str(folder))))
            return
        paths = sorted(p for p in folder.iterdir() if p.name.lower().endswith(".toml") and not p.name.startswith("."))
    except OSError as exc:
        cat.errors.append(CatalogError(folder, "", Msg.of(UNREADABLE, reason=exc.strerror or str(exc))))
        return
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            profile = load_profile(path, origin)
        except _Invalid as exc:
            cat.errors.append(CatalogError(path, exc.field, exc.msg))
            continue
        if profile.id in seen:
            cat.errors.append(
                CatalogError(
                    path,
                    "id",
                    Msg.of(
                        QT_TRANSLATE_NOOP("core", "The id “{id}” is already used by {other}."),
                        id=profile.id,
                        other=seen[profile.id].name,
                    ),
                )
            )
            continue
        seen[profile.id] = path
        out.append(profile)


NOT_A_FOLDER = QT_TRANSLATE_NOOP("core", "{path} is a file, but it should be the folder of provider profiles.")
UNREADABLE = QT_TRANSLATE_NOOP("core", "The file cannot be read ({reason}).")
NOT_REGULAR = QT_TRANSLATE_NOOP("core", "This is not a regular file (a pipe, a device or a folder); it was not read.")
TOO_LARGE = QT_TRANSLATE_NOOP("core", "The file is larger than {limit} KiB.")
TOO_DEEP = QT_TRANSLATE_NOOP("core", "The file is nested too deeply to be a provider profile.")


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; raises ``_Invalid`` for anything else.

    Pipes and devices are refused before they are opened for reading (opening a FIFO would wait for a writer,
    reading a device would not end); the size is checked on the open descriptor before reading, and at most
    ``limit + 1`` bytes are read in case the file grows meanwhile."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise _Invalid("", Msg.of(NOT_REGULAR))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):  # replaced between the two looks
                raise _Invalid("", Msg.of(NOT_REGULAR))
            if st.st_size > limit:
                raise _Invalid("", Msg.of(TOO_LARGE, limit=limit // 1024))
            chunks, total = [], 0
            while total <= limit:
                chunk = os.read(fd, limit + 1 - total)
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        finally:
            os.close(fd)
    except OSError as exc:
        raise _Invalid("", Msg.of(UNREADABLE, reason=exc.strerror or str(exc))) from None
    raw = b"".join(chunks)
    if len(raw) > limit:
        raise _Invalid("", Msg.of(TOO_LARGE, limit=limit // 1024))
    return raw


def parse_toml(raw: bytes) -> dict[str, Any]:
    """TOML from UTF-8 bytes (a byte-order mark is accepted); raises ``_Invalid`` with the reason."""
    try:
        return tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise _Invalid("", Msg.of(QT_TRANSLATE_NOOP("core", "The file is not UTF-8 text."))) from None
    except tomllib.TOMLDecodeError as exc:
        raise _Invalid("", Msg.of(QT_TRANSLATE_NOOP("core", "The file is not valid TOML: {reason}"), reason=str(exc))) from None
    except RecursionError:
        raise _Invalid("", Msg.of(TOO_DEEP)) from None


def load_profile(path: Path, origin: Origin = Origin.BUILTIN) -> IspProfile:
    """Load and validate one profile file. Raises ``_Invalid`` (wrapped into CatalogError by the loader)."""
    data = parse_toml(read_limited(path))
    try:
        return _Parser(data, origin, path).profile()
    except RecursionError:
        raise _Invalid("", Msg.of(TOO_DEEP)) from None


class _Parser:
    def __init__(self, data: dict[str, Any], origin: Origin, path: Path):
        self.data = data
        self.origin = origin
        self.path = path
        self.refs: dict[str, Source] = {}
        self.schema = SCHEMA

    # -- helpers ---------------------------------------------------------------------------------------------------
    @staticmethod
    def fail(where: str, text: str, /, **args: object) -> _Invalid:
        return _Invalid(where, Msg.of(text, **args))

    def keys(self, table: dict[str, Any], where: str, allowed: Iterable[str], required: Iterable[str] = ()) -> None:
        allowed = set(allowed)
        for k in table:
            if k not in allowed:
                raise self.fail(_join(where, k), QT_TRANSLATE_NOOP("core", "Unknown field “{field}”."), field=k)
        for k in required:
            if k not in table:
                raise self.fail(_join(where, k), QT_TRANSLATE_NOOP("core", "This field is required."))

    def typed(self, value: Any, kind: type | tuple[type, ...], where: str, kind_name: str) -> Any:
        if isinstance(value, bool) and kind is not bool and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            raise self.fail(where, QT_TRANSLATE_NOOP("core", "Expected {kind}."), kind=Msg.of(kind_name))
        if not isinstance(value, kind):
            raise self.fail(where, QT_TRANSLATE_NOOP("core", "Expected {kind}."), kind=Msg.of(kind_name))
        return value

    def text(self, table: dict[str, Any], key: str, where: str, required: bool = False) -> str:
        if key not in table:
            if required:
                raise self.fail(_join(where, key), QT_TRANSLATE_NOOP("core", "This field is required."))
            return ""
        v = self.typed(table[key], str, _join(where, key), K_TEXT)
        if required and not v.strip():
            raise self.fail(_join(where, key), QT_TRANSLATE_NOOP("core", "This field must not be empty."))
        return v

    def local_text(self, table: dict[str, Any], key: str, where: str, required: bool = False) -> LocalText:
        w = _join(where, key)
        if key not in table:
            if required:
                raise self.fail(w, QT_TRANSLATE_NOOP("core", "This field is required."))
            return LocalText()
        v = self.typed(table[key], dict, w, K_LOCAL)
        self.keys(v, w, ("ja", "en"), ("ja", "en") if required else ())
        lt = LocalText(ja=self.text(v, "ja", w), en=self.text(v, "en", w))
        if required and not (lt.ja.strip() and lt.en.strip()):
            raise self.fail(w, QT_TRANSLATE_NOOP("core", "Both ja and en must be given."))
        return lt

    def domain_list(self, table: dict[str, Any], key: str, required: bool, where: str = "") -> tuple[str, ...]:
        w_key = _join(where, key)
        if key not in table:
            if required:
                raise self.fail(w_key, QT_TRANSLATE_NOOP("core", "This field is required."))
            return ()
        v = self.typed(table[key], list, w_key, K_DOMAINS)
        out = []
        for i, d in enumerate(v):
            w = f"{w_key}[{i}]"
            d = self.typed(d, str, w, K_DOMAIN).strip().lower().rstrip(".")
            if not valid_host_name(d):
                raise self.fail(w, QT_TRANSLATE_NOOP("core", "“{value}” is not a domain name."), value=d)
            out.append(d)
        if required and not out:
            raise self.fail(w_key, QT_TRANSLATE_NOOP("core", "The list must not be empty."))
        return tuple(out)

    def source_keys(self, table: dict[str, Any], where: str, required: bool = True) -> tuple[Source, ...]:
        if "source" in table and "sources" in table:
            raise self.fail(_join(where, "sources"), QT_TRANSLATE_NOOP("core", "Give either source or sources, not both."))
        if "source" in table:
            keys = [self.typed(table["source"], str, _join(where, "source"), K_REF)]
            w = _join(where, "source")
        elif "sources" in table:
            w = _join(where, "sources")
            keys = self.typed(table["sources"], list, w, K_REF_LIST)
        else:
            if required:
                raise self.fail(
                    _join(where, "sources"),
                    QT_TRANSLATE_NOOP("core", "Every fact needs a source: add source = \"name\" naming an entry under [refs]."),
                )
            return ()
        out = []
        for k in keys:
            if not isinstance(k, str) or k not in self.refs:
                raise self.fail(w, QT_TRANSLATE_NOOP("core", "“{name}” is not defined under [refs]."), name=str(k))
            out.append(self.refs[k])
        if required and not out:
            raise self.fail(w, QT_TRANSLATE_NOOP("core", "The list must not be empty."))
        return tuple(out)

    def fact(self, table: dict[str, Any], key: str, where: str, convert, required: bool = False) -> Fact | None:
        w = _join(where, key)
        if key not in table:
            if required:
                raise self.fail(w, QT_TRANSLATE_NOOP("core", "This field is required."))
            return None
        v = self.typed(table[key], dict, w, K_FACT)
        self.keys(v, w, ("value", "source", "sources", "note", "to_verify"), ("value",))
        value = convert(v["value"], _join(w, "value"))
        to_verify = self.typed(v.get("to_verify", False), bool, _join(w, "to_verify"), K_BOOL)
        return Fact(value=value, sources=self.source_keys(v, w), to_verify=to_verify)

    def enum(self, enum_cls, what: str):
        def convert(value: Any, where: str):
            try:
                return enum_cls(value)
            except ValueError:
                choices = ", ".join(e.value for e in enum_cls)
                raise self.fail(
                    where, QT_TRANSLATE_NOOP("core", "“{value}” is not one of: {choices}."), value=str(value), choices=choices
                ) from None

        return convert

    def positive_int(self, value: Any, where: str) -> int:
        self.typed(value, int, where, K_INT)
        if value <= 0:
            raise self.fail(where, QT_TRANSLATE_NOOP("core", "Expected a number greater than 0."))
        return value

    def host_template(self, value: Any, where: str) -> str:
        h = self.typed(value, str, where, K_HOST).strip().lower().rstrip(".")
        unknown = placeholders(h) - HOST_PLACEHOLDERS
        if unknown:
            raise self.fail(
                where,
                QT_TRANSLATE_NOOP("core", "Unknown placeholder {{{name}}}; allowed: {allowed}."),
                name=sorted(unknown)[0],
                allowed=", ".join("{" + p + "}" for p in sorted(HOST_PLACEHOLDERS)),
            )
        if not valid_host_name(template_shape(h), dotted=False):
            raise self.fail(where, QT_TRANSLATE_NOOP("core", "“{value}” is not a host name."), value=h)
        return h

    # -- the profile -----------------------------------------------------------------------------------------------
    def profile(self) -> IspProfile:
        d = self.data
        self.keys(
            d,
            "",
            (
                "schema", "id", "rank", "name", "domains", "access_rdns", "user_host", "notes", "account_hint",
                "spf_include", "sources", "source", "limits", "candidates", "variants", "refs", "kind", "route",
                "records",
            ),
            ("schema", "id", "name", "candidates", "refs"),
        )
        if isinstance(d["schema"], bool) or d["schema"] not in SCHEMAS:
            raise self.fail(
                "schema", QT_TRANSLATE_NOOP("core", "Unsupported schema {value}; this version reads schema {schema}."),
                value=str(d["schema"]), schema=SCHEMA,
            )
        self.schema = d["schema"]
        isp_id = self.typed(d["id"], str, "id", K_TEXT)
        if not _ID.match(isp_id):
            raise self.fail("id", QT_TRANSLATE_NOOP("core", "The id must be lower-case letters, digits and “-”, at most 40."))
        self.parse_refs(self.typed(d["refs"], dict, "refs", K_REFS))
        name = self.local_text(d, "name", "", required=True)
        user_host = bool(self.typed(d.get("user_host", False), bool, "user_host", K_BOOL))
        kind = route_fields.kind(self, d)
        domains = self.domain_list(d, "domains", required=not user_host and kind is ProfileKind.PROVIDER)
        access = self.domain_list(d, "access_rdns", required=False)
        rank = d.get("rank", 100)
        self.typed(rank, int, "rank", K_INT)

        cands_raw = self.typed(d["candidates"], list, "candidates", K_CANDIDATES)
        if not cands_raw:
            raise self.fail("candidates", QT_TRANSLATE_NOOP("core", "A profile needs at least one candidate."))
        candidates = tuple(self.candidate(c, f"candidates[{i}]", user_host) for i, c in enumerate(cands_raw))
        limits = Limits()
        if "limits" in d:
            lt = self.typed(d["limits"], dict, "limits", K_TABLE)
            self.keys(lt, "limits", ("max_message_mb", "max_recipients"))
            limits = Limits(
                max_message_mb=self.fact(lt, "max_message_mb", "limits", self.positive_int),
                max_recipients=self.fact(lt, "max_recipients", "limits", self.positive_int),
            )
        variants = tuple(
            self.variant(v, f"variants[{i}]")
            for i, v in enumerate(self.typed(d.get("variants", []), list, "variants", K_VARIANTS))
        )
        return IspProfile(
            id=isp_id,
            name=name,
            domains=domains,
            access_rdns=access,
            candidates=candidates,
            limits=limits,
            variants=variants,
            sources=self.source_keys(d, "", required=not user_host),
            notes=self.local_text(d, "notes", ""),
            account_hint=self.local_text(d, "account_hint", ""),
            spf_include=self.fact(d, "spf_include", "", self.host_template),
            user_host=user_host,
            rank=rank,
            kind=kind,
            route=route_fields.route(self, d, kind),
            records=route_fields.records(self, d),
            origin=self.origin,
            path=self.path,
        )

    def parse_refs(self, refs: dict[str, Any]) -> None:
        for key, r in refs.items():
            w = f"refs.{key}"
            self.typed(r, dict, w, K_TABLE)
            if self.schema == 1:
                self.keys(r, w, ("url", "title", "checked", "verified"), ("url", "checked", "verified"))
            else:
                self.keys(r, w, ("url", "title", "kind", "as_of", "checked"), ("url", "kind", "as_of"))
            url = self.text(r, "url", w, required=True).strip()
            if not (url.startswith(("https://", "http://")) or url == SEED):
                raise self.fail(
                    _join(w, "url"),
                    QT_TRANSLATE_NOOP("core", "Expected an http(s) URL or “{seed}”."),
                    seed=SEED,
                )
            title = self.text(r, "title", w)
            if self.schema == 1:
                # Before source kinds: a seed-article reference stays the seed, any other counts as a community
                # source; its `checked` date stands only where it said verified = true.
                checked = self.date(r["checked"], _join(w, "checked"))
                verified = self.typed(r["verified"], bool, _join(w, "verified"), K_BOOL)
                kind = SourceKind.SEED if url == SEED else SourceKind.COMMUNITY
                self.refs[key] = Source(key=key, url=url, kind=kind, as_of=None, checked=checked if verified else None,
                                        title=title)
                continue
            kind = self.enum(SourceKind, "kind")(r["kind"], _join(w, "kind"))
            if (kind is SourceKind.SEED) != (url == SEED):
                raise self.fail(_join(w, "kind"), QT_TRANSLATE_NOOP("core", "The seed article has kind “seed”, and only it."))
            as_of, year_only = self.as_of(r["as_of"], _join(w, "as_of"))
            checked = self.date(r["checked"], _join(w, "checked")) if "checked" in r else None
            today = _dt.date.today()
            for field_name, when in (("as_of", as_of), ("checked", checked)):
                if when is not None and when > today:
                    raise self.fail(_join(w, field_name), QT_TRANSLATE_NOOP("core", "The date {date} is in the future."),
                                    date=when.isoformat())
            self.refs[key] = Source(key=key, url=url, kind=kind, as_of=as_of, checked=checked, title=title,
                                    as_of_year_only=year_only)

    def date(self, value: Any, where: str) -> _dt.date:
        if isinstance(value, str):
            try:
                value = _dt.date.fromisoformat(value)
            except ValueError:
                pass
        if isinstance(value, _dt.datetime):
            value = value.date()
        if not isinstance(value, _dt.date):
            raise self.fail(where, QT_TRANSLATE_NOOP("core", "Expected a date such as 2026-11-29."))
        return value

    def as_of(self, value: Any, where: str) -> tuple[_dt.date | None, bool]:
        """``as_of``: a date, a year (``2010``) or ``"undated"``."""
        if value == UNDATED:
            return None, False
        if isinstance(value, int) and not isinstance(value, bool):
            if not 1990 <= value <= _dt.date.today().year:
                raise self.fail(where, QT_TRANSLATE_NOOP("core", "Expected a date, a year or “{undated}”."), undated=UNDATED)
            return min(_dt.date(value, 12, 31), _dt.date.today()), True
        try:
            return self.date(value, where), False
        except _Invalid:
            raise self.fail(where, QT_TRANSLATE_NOOP("core", "Expected a date, a year or “{undated}”."), undated=UNDATED) from None

    def candidate(self, c: Any, where: str, user_host: bool) -> Candidate:
        self.typed(c, dict, where, K_TABLE)
        self.keys(
            c,
            where,
            ("host", "port", "security", "auth", "username", "source", "sources", "own_domain_sender", "own_lines_only", "note",
             "for_domains"),
            ("host", "port", "security", "auth", "own_domain_sender", "own_lines_only"),
        )
        host = self.host_template(c["host"], _join(where, "host"))
        port = self.typed(c["port"], int, _join(where, "port"), K_PORT)
        if not 1 <= port <= 65535:
            raise self.fail(_join(where, "port"), QT_TRANSLATE_NOOP("core", "A port is a number from 1 to 65535."))
        security = self.enum(Security, "security")(c["security"], _join(where, "security"))
        auth = self.enum(Auth, "auth")(c["auth"], _join(where, "auth"))
        username = self.text(c, "username", where)
        unknown = placeholders(username) - USERNAME_PLACEHOLDERS
        if unknown:
            raise self.fail(
                _join(where, "username"),
                QT_TRANSLATE_NOOP("core", "Unknown placeholder {{{name}}}; allowed: {allowed}."),
                name=sorted(unknown)[0],
                allowed=", ".join("{" + p + "}" for p in sorted(USERNAME_PLACEHOLDERS)),
            )
        if auth is not Auth.NONE and not username:
            raise self.fail(
                _join(where, "username"),
                QT_TRANSLATE_NOOP("core", "A candidate with auth needs a username template such as {example}."),
                example="{address}",
            )
        return Candidate(
            setting=RelaySetting(host=host, port=port, security=security, auth=auth, username=username),
            sources=self.source_keys(c, where, required=not user_host),
            own_domain_sender=self.fact(c, "own_domain_sender", where, self.enum(SenderRule, "sender"), required=True),
            own_lines_only=self.fact(c, "own_lines_only", where, self.enum(Tri, "tri"), required=True),
            note=self.local_text(c, "note", where),
            for_domains=self.domain_list(c, "for_domains", required=False, where=where),
        )

    def variant(self, v: Any, where: str) -> HostVariant:
        self.typed(v, dict, where, K_TABLE)
        self.keys(v, where, ("id", "name", "host", "max_message_mb", "source", "sources", "note"), ("id", "name", "host"))
        vid = self.typed(v["id"], str, _join(where, "id"), K_TEXT)
        if not _ID.match(vid):
            raise self.fail(_join(where, "id"), QT_TRANSLATE_NOOP("core", "The id must be lower-case letters, digits and “-”, at most 40."))
        return HostVariant(
            id=vid,
            name=self.local_text(v, "name", where, required=True),
            host=self.host_template(v["host"], _join(where, "host")),
            max_message_mb=self.fact(v, "max_message_mb", where, self.positive_int),
            sources=self.source_keys(v, where),
            note=self.local_text(v, "note", where),
        )


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key
