"""The app's one local database (SQLite, stdlib ``sqlite3``) in the user data folder.

It holds what the app remembers between runs that is not a setting: the live-test evidence (``evidence`` table, see
``docs/CATALOG.md``) and the blocklist watch list with its check history (``watch``, ``watch_check``; see
``docs/WATCH.md`` and :mod:`wizard.core.watch.history`); later issues add their own tables through :data:`MIGRATIONS`. Nothing secret and no
personal data goes in: no password, no address, no server reply text.

- **Schema version**: SQLite's ``PRAGMA user_version``; :data:`MIGRATIONS` brings any older file up to date, each step
  in one transaction. A file from a newer version of the app is not touched (it is opened read-only for reading).
- **Crash safety**: every write is one transaction with ``synchronous=FULL`` (a process killed between writes loses
  at most the write in flight; ``tests/core/test_store.py`` kills one).
- **A corrupt file** is moved aside (``relay-wizard.sqlite3.corrupt-YYYYmmdd-HHMMSS``) and a fresh one is made; the
  caller gets a translated message to show, never an exception.

Written on the stdlib module on purpose: one file, three small tables at most, no ORM or migration framework earns
its weight here.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
from wizard.core.paths import user_data_dir

FILE_NAME = "relay-wizard.sqlite3"

# Each entry brings the schema from version i to i + 1 (index i). Append; never edit a released step. Statements are
# split on ";": none may appear inside a statement or its comments.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        tested_on TEXT NOT NULL,          -- ISO date of the live test (no time of day: less to identify a person)
        isp_id TEXT NOT NULL,             -- the profile tested ("" for a server typed by hand)
        host TEXT NOT NULL,
        port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
        security TEXT NOT NULL CHECK (security IN ('plain', 'starttls', 'tls')),
        verdict TEXT NOT NULL,            -- the probe's verdict (relay-wizard probe --json)
        own_domain TEXT NOT NULL CHECK (own_domain IN ('accepted', 'refused', 'not_reached')),
        line_isp TEXT NOT NULL DEFAULT '', -- the provider of the line the test ran from, as detected ("" unknown)
        size_limit INTEGER                -- the server's SIZE in bytes, NULL when not advertised
    );
    CREATE INDEX evidence_isp ON evidence (isp_id, host, port);
    """,
    # 1 -> 2: the blocklist watch list and its check history (wizard/core/watch/history.py, docs/WATCH.md)
    """
    CREATE TABLE watch (
        id INTEGER PRIMARY KEY,
        target TEXT NOT NULL UNIQUE,      -- the rental server: a host name (lower case) or an IP address
        note TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,           -- ISO time (UTC)
        tb_profile TEXT NOT NULL DEFAULT '', -- the Thunderbird profile switched to the relay ("" none): for going back
        seen_at TEXT NOT NULL DEFAULT ''     -- the newest check whose changes the window has shown ("" none)
    );
    CREATE TABLE watch_check (
        id INTEGER PRIMARY KEY,
        watch_id INTEGER NOT NULL,
        checked_at TEXT NOT NULL,         -- ISO time (UTC) of the check, one value for every row of one check
        address TEXT NOT NULL,
        zone TEXT NOT NULL,
        list TEXT NOT NULL,               -- the list's name when checked (for the history after dnsbl.toml changes)
        status TEXT NOT NULL CHECK (status IN ('listed', 'clean', 'not_applicable', 'unknown')),
        info_only INTEGER NOT NULL DEFAULT 0 CHECK (info_only IN (0, 1))
    );
    CREATE INDEX watch_check_by ON watch_check (watch_id, checked_at);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

MOVED_ASIDE = QT_TRANSLATE_NOOP(
    "core",
    "The file of remembered test results was damaged and has been set aside as {name}. A new, empty one was "
    "started; nothing else is affected.",
)
TOO_NEW = QT_TRANSLATE_NOOP(
    "core",
    "The file of remembered test results was written by a newer version of Relay Wizard; this version only reads "
    "it and does not add new results.",
)
UNUSABLE = QT_TRANSLATE_NOOP(
    "core", "The file of remembered test results cannot be used ({reason}); test results are not remembered."
)


@dataclass(frozen=True)
class EvidenceRow:
    """One finished live test, as remembered on this computer."""

    tested_on: _dt.date
    isp_id: str
    host: str
    port: int
    security: str
    verdict: str
    own_domain: str  # accepted | refused | not_reached
    line_isp: str = ""
    size_limit: int | None = None

    def as_dict(self) -> dict:
        return {
            "tested_on": self.tested_on.isoformat(),
            "isp_id": self.isp_id,
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "verdict": self.verdict,
            "own_domain": self.own_domain,
            "line_isp": self.line_isp,
            "size_limit": self.size_limit,
        }


_COLUMNS = ("tested_on", "isp_id", "host", "port", "security", "verdict", "own_domain", "line_isp", "size_limit")


@dataclass
class Store:
    """An open database. ``problem`` says in plain words what happened when it could not be opened normally."""

    path: Path
    conn: sqlite3.Connection | None
    read_only: bool = False
    problems: list[Msg] = field(default_factory=list)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- evidence ----------------------------------------------------------------------------------------------------
    def add_evidence(self, rows: Iterable[EvidenceRow]) -> int:
        """Remember ``rows`` in one transaction (all or none); returns how many were written."""
        rows = list(rows)
        if self.conn is None or self.read_only or not rows:
            return 0
        try:
            with self.conn:
                self.conn.executemany(
                    f"INSERT INTO evidence ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
                    [
                        (r.tested_on.isoformat(), r.isp_id, r.host, r.port, r.security, r.verdict, r.own_domain,
                         r.line_isp, r.size_limit)
                        for r in rows
                    ],
                )
        except sqlite3.Error as exc:
            self.problems.append(Msg.of(UNUSABLE, reason=str(exc)))
            return 0
        return len(rows)

    def evidence(self, isp_id: str | None = None) -> list[EvidenceRow]:
        """Every remembered test, newest first (only ``isp_id``'s when given)."""
        if self.conn is None:
            return []
        sql = f"SELECT {', '.join(_COLUMNS)} FROM evidence"
        args: tuple = ()
        if isp_id is not None:
            sql += " WHERE isp_id = ?"
            args = (isp_id,)
        try:
            rows = self.conn.execute(sql + " ORDER BY tested_on DESC, id DESC", args).fetchall()
        except sqlite3.Error as exc:
            self.problems.append(Msg.of(UNUSABLE, reason=str(exc)))
            return []
        out = []
        for r in rows:
            try:
                out.append(EvidenceRow(_dt.date.fromisoformat(r[0]), *r[1:]))
            except (TypeError, ValueError):  # a row edited by hand: skip it, keep the others
                continue
        return out


def default_path() -> Path:
    return user_data_dir() / FILE_NAME


def open_store(path: Path | None = None, create: bool = True) -> Store:
    """Open (create, migrate) the database. Never raises for a bad file: it is moved aside and a new one made.
    ``create=False``: a missing file stays missing (an empty store for reading)."""
    path = Path(path) if path is not None else default_path()
    if not create and not path.exists():
        return Store(path, None)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return Store(path, None, problems=[Msg.of(UNUSABLE, reason=exc.strerror or str(exc))])
    problems: list[Msg] = []
    for attempt in (1, 2):
        try:
            return _open(path, problems)
        except sqlite3.DatabaseError as exc:
            if attempt == 2 or not path.exists():
                problems.append(Msg.of(UNUSABLE, reason=str(exc)))
                return Store(path, None, problems=problems)
            aside = _move_aside(path)
            if aside is None:
                problems.append(Msg.of(UNUSABLE, reason=str(exc)))
                return Store(path, None, problems=problems)
            problems.append(Msg.of(MOVED_ASIDE, name=aside.name))
    raise AssertionError("unreachable")


def _open(path: Path, problems: list[Msg]) -> Store:
    conn = sqlite3.connect(path, timeout=5.0)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(check)
        if version > SCHEMA_VERSION:
            problems.append(Msg.of(TOO_NEW))
            return Store(path, conn, read_only=True, problems=problems)
        for step in range(version, SCHEMA_VERSION):
            with conn:  # one transaction per step: a crash leaves the file at a whole version
                conn.execute("BEGIN")
                for statement in _statements(MIGRATIONS[step]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {step + 1}")
    except BaseException:
        conn.close()
        raise
    return Store(path, conn, problems=problems)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _move_aside(path: Path) -> Path | None:
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    try:
        path.replace(target)
        for suffix in ("-journal", "-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
    except OSError:
        return None
    return target
