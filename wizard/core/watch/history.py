"""The blocklist watch list and its history (docs/WATCH.md).

A watched target is the rental server (host name or IP address). Each check stores, per target, address and list,
the result and the time in the app's one database (:mod:`wizard.core.store`, tables ``watch`` and ``watch_check``),
one transaction per target. The history answers: when was it first seen listed, on which lists is it still listed,
when did each list clear it; and what changed since a given time (the banner: since the window last showed it).

Rules (the same as the blocklist check's, docs/DNSBL.md): only a list's own listing codes are "listed"; an
``unknown`` answer (timeout, error code, failed test points) never clears a listing nor makes one: the last known
answer stands. Listings on information-only lists (UCEPROTECT levels 2 and 3) are kept but do not count.

Written on the stdlib ``sqlite3`` through the store on purpose: a few queries and a walk over the rows in Python;
no query builder earns its weight here.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate
from wizard.core.store import UNUSABLE, Store

LISTED, CLEAN, UNKNOWN = "listed", "clean", "unknown"

E_NOT_WATCHED = QT_TRANSLATE_NOOP("core", "{target} is not on the watch list.")
E_READ_ONLY = QT_TRANSLATE_NOOP(
    "core", "The watch list cannot be changed: the file of remembered results can only be read (see above)."
)
DATE = QT_TRANSLATE_NOOP("core", "{month}/{day}")
B_CLEARED = QT_TRANSLATE_NOOP("core", "{list} removed the listing on {date}.")
B_LISTED = QT_TRANSLATE_NOOP("core", "{list} listed {address} on {date}.")
B_STILL = QT_TRANSLATE_NOOP("core", "Still listed on {lists}.")
B_ALL_CLEAR = QT_TRANSLATE_NOOP("core", "{target} is no longer on any blocklist that was checked.")
B_NOT_CHECKED = QT_TRANSLATE_NOOP("core", "{target} could not be checked: {reason}")
B_NO_ANSWER = QT_TRANSLATE_NOOP("core", "No blocklist answered about {target}; the last known results stand.")


def now_utc() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def _iso(t: _dt.datetime) -> str:
    return t.astimezone(_dt.UTC).isoformat(timespec="microseconds")


def _time(text: str) -> _dt.datetime:
    return _dt.datetime.fromisoformat(text)


def date_msg(t: _dt.datetime) -> Msg:
    """A day in the user's words (12/5, 12月5日), in local time."""
    local = t.astimezone()
    return Msg.of(DATE, month=local.month, day=local.day)


@dataclass(frozen=True)
class Watched:
    target: str
    note: str = ""
    added_at: _dt.datetime | None = None
    tb_profile: str = ""  # the Thunderbird profile switched to the relay, for going back ("" none)
    seen_at: _dt.datetime | None = None

    def as_dict(self) -> dict:
        return {
            "target": self.target,
            "note": self.note,
            "added_at": _iso(self.added_at) if self.added_at else "",
            "thunderbird_profile": self.tb_profile,
        }


def normal_target(target: str) -> str:
    """The stored form of a target (IP normalised, host name in ASCII lower case); DnsblError for a bad one."""
    from wizard.core.dns.blocklist import parse_target  # lazy: dnspython only when a target is added or checked

    return str(parse_target(target)).lower()


def _fail(store: Store, exc: sqlite3.Error) -> None:
    store.problems.append(Msg.of(UNUSABLE, reason=str(exc)))


def _writable(store: Store) -> bool:
    if store.conn is None:
        return False
    if store.read_only:
        store.problems.append(Msg.of(E_READ_ONLY))
        return False
    return True


def add(store: Store, target: str, note: str = "", tb_profile: str = "", now: _dt.datetime | None = None) -> bool:
    """Watch ``target`` (already watched: the note and profile are updated when given). False when not written."""
    target = normal_target(target)
    if not _writable(store):
        return False
    try:
        with store.conn:
            store.conn.execute(
                "INSERT INTO watch (target, note, added_at, tb_profile) VALUES (?, ?, ?, ?) ON CONFLICT (target) DO "
                "UPDATE SET note = CASE WHEN excluded.note = '' THEN note ELSE excluded.note END, "
                "tb_profile = CASE WHEN excluded.tb_profile = '' THEN tb_profile ELSE excluded.tb_profile END",
                (target, note, _iso(now or now_utc()), tb_profile),
            )
    except sqlite3.Error as exc:
        _fail(store, exc)
        return False
    return True


def remove(store: Store, target: str) -> bool:
    """Stop watching ``target`` and forget its history (one transaction). False when it was not watched."""
    target = normal_target(target)
    if not _writable(store):
        return False
    try:
        with store.conn:
            row = store.conn.execute("SELECT id FROM watch WHERE target = ?", (target,)).fetchone()
            if row is None:
                return False
            store.conn.execute("DELETE FROM watch_check WHERE watch_id = ?", (row[0],))
            store.conn.execute("DELETE FROM watch WHERE id = ?", (row[0],))
    except sqlite3.Error as exc:
        _fail(store, exc)
        return False
    return True


def watched(store: Store) -> list[Watched]:
    """The watch list, oldest first."""
    if store.conn is None:
        return []
    try:
        rows = store.conn.execute(
            "SELECT target, note, added_at, tb_profile, seen_at FROM watch ORDER BY added_at, id"
        ).fetchall()
    except sqlite3.Error as exc:
        _fail(store, exc)
        return []
    out = []
    for target, note, added, profile, seen in rows:
        try:
            out.append(Watched(target, note, _time(added), profile, _time(seen) if seen else None))
        except (TypeError, ValueError):  # a row edited by hand: skip it
            continue
    return out


def record(store: Store, target: str, report, now: _dt.datetime | None = None) -> _dt.datetime | None:
    """Store one check of ``target`` (a BlocklistReport): every result in one transaction. Returns its time."""
    target = normal_target(target)
    if not _writable(store):
        return None
    at = now or now_utc()
    try:
        with store.conn:
            row = store.conn.execute("SELECT id FROM watch WHERE target = ?", (target,)).fetchone()
            if row is None:
                store.problems.append(Msg.of(E_NOT_WATCHED, target=target))
                return None
            store.conn.executemany(
                "INSERT INTO watch_check (watch_id, checked_at, address, zone, list, status, info_only) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(row[0], _iso(at), r.address, r.zone.zone, r.zone.name, r.status.value, int(r.zone.info_only))
                 for r in report.results],
            )
    except sqlite3.Error as exc:
        _fail(store, exc)
        return None
    return at


def mark_seen(store: Store, target: str, at: _dt.datetime) -> None:
    """The window has shown the changes up to ``at``."""
    if store.conn is None or store.read_only:
        return
    try:
        with store.conn:
            store.conn.execute("UPDATE watch SET seen_at = ? WHERE target = ?", (_iso(at), normal_target(target)))
    except sqlite3.Error as exc:
        _fail(store, exc)


# -- what the history says ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    kind: str  # "listed" or "cleared"
    list: str
    zone: str
    address: str
    at: _dt.datetime

    def msg(self) -> Msg:
        if self.kind == LISTED:
            return Msg.of(B_LISTED, list=self.list, address=self.address, date=date_msg(self.at))
        return Msg.of(B_CLEARED, list=self.list, date=date_msg(self.at))

    def as_dict(self) -> dict:
        return {"kind": self.kind, "list": self.list, "zone": self.zone, "address": self.address,
                "at": _iso(self.at)}


@dataclass(frozen=True)
class ListState:
    """One address on one list, over every check."""

    address: str
    zone: str
    list: str
    info_only: bool
    status: str  # the last known answer: listed | clean | not_applicable | unknown (never known)
    first_listed: _dt.datetime | None
    cleared_at: _dt.datetime | None  # when it is clean now after a listing: the first clean check after the last one
    last_checked: _dt.datetime
    changes: tuple[Change, ...] = ()

    @property
    def counts_as_listed(self) -> bool:
        return self.status == LISTED and not self.info_only

    def as_dict(self) -> dict:
        return {
            "address": self.address, "zone": self.zone, "list": self.list, "info_only": self.info_only,
            "status": self.status,
            "first_listed": _iso(self.first_listed) if self.first_listed else None,
            "cleared_at": _iso(self.cleared_at) if self.cleared_at else None,
            "last_checked": _iso(self.last_checked),
        }


@dataclass(frozen=True)
class TargetHistory:
    target: str
    checks: tuple[_dt.datetime, ...]
    states: tuple[ListState, ...] = field(default=())

    @property
    def last_checked(self) -> _dt.datetime | None:
        return self.checks[-1] if self.checks else None

    @property
    def first_listed(self) -> _dt.datetime | None:
        """When any list that counts was first seen listing it."""
        seen = [s.first_listed for s in self.states if s.first_listed and not s.info_only]
        return min(seen) if seen else None

    @property
    def still_listed(self) -> list[ListState]:
        return [s for s in self.states if s.counts_as_listed]

    @property
    def cleared(self) -> list[ListState]:
        """Lists that listed it once and no longer do, with the time each cleared it."""
        return [s for s in self.states if s.cleared_at is not None and not s.info_only]

    @property
    def all_clear(self) -> bool:
        """It was listed once, and every list that counts now says clean (the time to go back)."""
        return self.first_listed is not None and not self.still_listed

    def changes_since(self, since: _dt.datetime | None) -> list[Change]:
        out = [c for s in self.states if not s.info_only for c in s.changes if since is None or c.at > since]
        return sorted(out, key=lambda c: (c.at, c.list, c.address))

    def as_dict(self) -> dict:
        return {
            "target": self.target,
            "checks": len(self.checks),
            "last_checked": _iso(self.last_checked) if self.last_checked else None,
            "first_listed": _iso(self.first_listed) if self.first_listed else None,
            "still_listed": sorted({s.list for s in self.still_listed}),
            "cleared": [{"list": s.list, "address": s.address, "at": _iso(s.cleared_at)} for s in self.cleared],
            "all_clear": self.all_clear,
            "lists": [s.as_dict() for s in self.states],
        }


def history(store: Store, target: str) -> TargetHistory:
    """Everything the checks of ``target`` say (an empty history when it was never checked)."""
    target = normal_target(target)
    if store.conn is None:
        return TargetHistory(target, ())
    try:
        rows = store.conn.execute(
            "SELECT c.checked_at, c.address, c.zone, c.list, c.status, c.info_only FROM watch_check c "
            "JOIN watch w ON w.id = c.watch_id WHERE w.target = ? ORDER BY c.checked_at, c.id",
            (target,),
        ).fetchall()
    except sqlite3.Error as exc:
        _fail(store, exc)
        return TargetHistory(target, ())
    checks: list[_dt.datetime] = []
    walk: dict[tuple[str, str], dict] = {}
    for at_text, address, zone, name, status, info in rows:
        try:
            at = _time(at_text)
        except ValueError:
            continue
        if not checks or checks[-1] != at:
            checks.append(at)
        w = walk.setdefault((address, zone), {"list": name, "info": bool(info), "status": UNKNOWN, "first": None,
                                               "cleared": None, "last": at, "changes": []})
        w["list"], w["info"], w["last"] = name, bool(info), at
        if status == UNKNOWN:  # no answer: the last known one stands
            continue
        before = w["status"]
        if status == LISTED:
            w["first"] = w["first"] or at
            w["cleared"] = None
            if before != LISTED:
                w["changes"].append(Change(LISTED, name, zone, address, at))
        elif status == CLEAN and before == LISTED:
            w["cleared"] = at
            w["changes"].append(Change("cleared", name, zone, address, at))
        w["status"] = status
    states = tuple(
        ListState(address, zone, w["list"], w["info"], w["status"], w["first"], w["cleared"], w["last"],
                  tuple(w["changes"]))
        for (address, zone), w in walk.items()
    )
    return TargetHistory(target, tuple(checks), states)


# -- one check of the whole list ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TargetCheck:
    watched: Watched
    report: object | None  # the BlocklistReport; None when the target could not be checked
    error: Msg | None
    history: TargetHistory
    checked_at: _dt.datetime | None

    @property
    def listed(self) -> bool:
        return self.report is not None and bool(self.report.listed)

    @property
    def answered(self) -> bool:
        return self.report is not None and not self.report.nothing_usable

    def news(self, since: _dt.datetime | None) -> list[Msg]:
        """The banner's sentences: what changed since ``since``, then where it is still listed (or all clear)."""
        out: list[Msg] = []
        if self.error is not None:
            out.append(Msg.of(B_NOT_CHECKED, target=self.watched.target, reason=self.error))
        elif not self.answered:
            out.append(Msg.of(B_NO_ANSWER, target=self.watched.target))
        seen: set[tuple[str, str]] = set()
        for c in self.history.changes_since(since):
            if (c.kind, c.list) in seen:  # the IPv4 and IPv6 address on one list: one sentence
                continue
            seen.add((c.kind, c.list))
            out.append(c.msg())
        still = list(dict.fromkeys(s.list for s in self.history.still_listed))
        if still:
            out.append(Msg.of(B_STILL, lists=", ".join(still)))
        elif self.history.all_clear:
            out.append(Msg.of(B_ALL_CLEAR, target=self.watched.target))
        return out

    def as_dict(self, translate: Translate | None = None, since: _dt.datetime | None = None) -> dict:
        out = {"target": self.watched.target, "note": self.watched.note,
               "checked_at": _iso(self.checked_at) if self.checked_at else None,
               "listed": self.listed, "answered": self.answered,
               "error": self.error.render(translate) if self.error else "",
               "changes": [c.as_dict() for c in self.history.changes_since(since)],
               "history": self.history.as_dict(),
               "news": [m.render(translate) for m in self.news(since)]}
        if self.report is not None:
            out["blocklist"] = self.report.as_dict(translate)
        return out


@dataclass(frozen=True)
class WatchRun:
    checks: tuple[TargetCheck, ...]
    previous: dict = field(default_factory=dict)  # target -> time of the check before this one (None: first)

    @property
    def any_listed(self) -> bool:
        return any(c.listed for c in self.checks)

    @property
    def nothing_answered(self) -> bool:
        return bool(self.checks) and not any(c.answered for c in self.checks)


def check_all(
    store: Store,
    *,
    resolver,
    zones: Sequence | None = None,
    timeout: float | None = None,
    cancel=None,
    progress: Callable | None = None,
    now: _dt.datetime | None = None,
) -> WatchRun:
    """Check every watched target, store each result, and return what each history says now."""
    from wizard.core.cancel import NEVER
    from wizard.core.dns import BLOCKLIST_TIMEOUT
    from wizard.core.dns import blocklist as dnsbl  # lazy: dnspython only when a check runs
    from wizard.core.dns.zones import DnsblError, load_zones

    zones = list(zones) if zones is not None else load_zones()
    checks: list[TargetCheck] = []
    previous: dict = {}
    for w in watched(store):
        previous[w.target] = history(store, w.target).last_checked
        report, error, at = None, None, None
        try:
            report = dnsbl.check_target(w.target, resolver=resolver, zones=zones,
                                        timeout=timeout or BLOCKLIST_TIMEOUT, cancel=cancel or NEVER,
                                        progress=progress)
        except DnsblError as exc:
            error = exc.msg
        if report is not None:
            at = record(store, w.target, report, now=now)
        checks.append(TargetCheck(w, report, error, history(store, w.target), at))
    return WatchRun(tuple(checks), previous)


@dataclass(frozen=True)
class Banner:
    """What the window shows after its start-up check: sentences per target, and the targets that are all clear."""

    lines: tuple[Msg, ...]
    all_clear: tuple[Watched, ...]
    listed: bool

    @property
    def empty(self) -> bool:
        return not self.lines


def startup_check(path=None, resolver_spec: str = "", zones=None, timeout: float | None = None, *, cancel,
                  progress) -> Banner | None:
    """The window's background check (a page job): None when nothing is watched; else check, store, and say
    what changed since the window last showed it (then remember that it was shown)."""
    from wizard.core.dns.resolver import make_resolver  # lazy: dnspython, on the background thread
    from wizard.core.store import open_store

    with open_store(path, create=False) as store:
        if not watched(store):
            return None
        resolver = make_resolver(resolver_spec or None)
        run = check_all(store, resolver=resolver, zones=zones, timeout=timeout, cancel=cancel, progress=progress)
        lines: list[Msg] = list(store.problems)
        clear: list[Watched] = []
        for c in run.checks:
            lines += c.news(c.watched.seen_at)
            if c.history.all_clear:
                clear.append(c.watched)
            if c.checked_at is not None:
                mark_seen(store, c.watched.target, c.checked_at)
        return Banner(tuple(lines), tuple(clear), run.any_listed)
