"""Live results against the catalogue: contradictions, the evidence remembered from finished probes, and evidence
files that IT helpers send in (``relay-wizard evidence export``), read back as dated ``headers``-kind sources.

- :func:`contradictions` compares a probe run with the catalogue facts of its candidates (own-domain sender,
  own lines only, the size limit) and says which fact and what the server did (``probe --json``
  ``catalogue_contradictions``, the relay-test page, the report).
- :func:`evidence_rows` turns a finished run into :class:`~wizard.core.store.EvidenceRow` records (no address, no
  password, no server text); :func:`remember` writes them to the app's store.
- :func:`export_document` / :func:`apply_evidence_files` are the file format of ``docs/CATALOG.md`` ("Evidence files").
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from wizard.core.catalog.loader import Catalog, CatalogError, _Invalid, read_limited
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate
from wizard.core.model import Candidate, Fact, IspProfile, SenderRule, Source, SourceKind, Tri
from wizard.core.store import EvidenceRow, Store

FORMAT = "relay-wizard-evidence"
VERSION = 1
EVIDENCE_SUFFIX = ".evidence.json"  # in the user override folder, beside the *.toml profiles
MAX_EVIDENCE_BYTES = 2 * 1024 * 1024

# Verdicts after which the server has answered MAIL FROM with the own address.
_SENDER_ACCEPTED = {"ok", "recipient_rejected"}
_SENDER_REFUSED = {"sender_rejected"}

CAUTION = QT_TRANSLATE_NOOP(
    "core",
    "The server accepted your own address as sender (the envelope). Check that your first real message arrives "
    "and is not changed or refused later.",
)
C_ALLOWED_REFUSED = QT_TRANSLATE_NOOP(
    "core",
    "The catalogue says {setting} accepts your own domain as sender ({kind}), but the server refused it: {reply}",
)
C_REFUSED_ACCEPTED = QT_TRANSLATE_NOOP(
    "core", "The catalogue says {setting} refuses your own domain as sender ({kind}), but the server accepted it."
)
C_OWN_LINES = QT_TRANSLATE_NOOP(
    "core",
    "The catalogue says {setting} works only from the provider's own lines ({kind}), but it worked from a line of "
    "{line}.",
)
C_SIZE = QT_TRANSLATE_NOOP(
    "core", "The catalogue says up to {mb} MB per message ({kind}), but the server announces {server_mb} MB (SIZE)."
)
LIVE_WINS = QT_TRANSLATE_NOOP("core", "The live test shows otherwise: {what}")
LAST_TESTED = QT_TRANSLATE_NOOP(
    "core", "Last tested from this computer on {date}: {setting}, {result}; your own domain as sender: {own}."
)
OWN_WORDS = {
    "accepted": QT_TRANSLATE_NOOP("core", "accepted"),
    "refused": QT_TRANSLATE_NOOP("core", "refused"),
    "not_reached": QT_TRANSLATE_NOOP("core", "not reached"),
}
WORKED = QT_TRANSLATE_NOOP("core", "worked")
FAILED = QT_TRANSLATE_NOOP("core", "did not work ({verdict})")
BAD_EVIDENCE = QT_TRANSLATE_NOOP("core", "This is not an evidence file of Relay Wizard ({reason}).")


def own_domain_result(verdict: str) -> str:
    if verdict in _SENDER_ACCEPTED:
        return "accepted"
    if verdict in _SENDER_REFUSED:
        return "refused"
    return "not_reached"


@dataclass(frozen=True)
class Contradiction:
    """A catalogue fact that a live result contradicts."""

    fact: str  # own_domain_sender | own_lines_only | max_message_mb
    host: str
    port: int
    security: str
    catalogue: Any  # the catalogue's value
    live: Any  # what the server did
    sources: tuple[Source, ...]
    msg: Msg

    def as_dict(self, translate: Translate | None = None) -> dict:
        return {
            "fact": self.fact,
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "catalogue": self.catalogue,
            "live": self.live,
            "sources": [{"key": s.key, "kind": s.kind.value, "url": s.url} for s in self.sources],
            "text": self.msg.render(translate),
        }


def _kind(fact: Fact) -> Msg:
    from wizard.core.catalog.trust import source_kind_words  # the words live with the other plain words

    return source_kind_words(fact)


def contradictions(outcomes: Iterable, profile: IspProfile | None, line_isp: str = "") -> list[Contradiction]:
    """Every catalogue fact of the probed candidates that the live results contradict. ``outcomes`` are the plan's
    (``Outcome`` with ``entry.candidate`` and ``result``); ``line_isp`` the provider of this line as detected."""
    out: list[Contradiction] = []
    mb_fact = profile.limits.max_message_mb if profile is not None else None
    size_done = False
    for o in outcomes:
        cand: Candidate | None = o.entry.candidate
        r = o.result
        if cand is None or r is None:
            continue
        s = r.setting
        where = dict(host=s.host, port=s.port, security=s.security.value)
        seen = own_domain_result(r.verdict.value)
        rule = cand.own_domain_sender.value
        if rule is SenderRule.ALLOWED and seen == "refused":
            out.append(Contradiction("own_domain_sender", **where, catalogue=rule.value, live=seen,
                                     sources=cand.own_domain_sender.sources,
                                     msg=Msg.of(C_ALLOWED_REFUSED, setting=s.label(), kind=_kind(cand.own_domain_sender),
                                                reply=r.server_reply or "-")))
        elif rule is SenderRule.REFUSED and seen == "accepted":
            out.append(Contradiction("own_domain_sender", **where, catalogue=rule.value, live=seen,
                                     sources=cand.own_domain_sender.sources,
                                     msg=Msg.of(C_REFUSED_ACCEPTED, setting=s.label(), kind=_kind(cand.own_domain_sender))))
        if (cand.own_lines_only.value is Tri.YES and r.works and line_isp and profile is not None
                and line_isp != profile.id):
            out.append(Contradiction("own_lines_only", **where, catalogue="yes", live=f"worked from {line_isp}",
                                     sources=cand.own_lines_only.sources,
                                     msg=Msg.of(C_OWN_LINES, setting=s.label(), kind=_kind(cand.own_lines_only),
                                                line=line_isp)))
        if mb_fact is not None and r.size_limit and not size_done and _size_differs(mb_fact.value, r.size_limit):
            size_done = True
            out.append(Contradiction("max_message_mb", **where, catalogue=mb_fact.value, live=r.size_limit,
                                     sources=mb_fact.sources,
                                     msg=Msg.of(C_SIZE, mb=mb_fact.value, kind=_kind(mb_fact),
                                                server_mb=_mib(r.size_limit))))
    return out


def _mib(size: int) -> str:
    """The server's SIZE in MB as the plan's size line shows it (binary megabytes)."""
    value = size / (1024 * 1024)
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


def _size_differs(mb: int, size: int) -> bool:
    """The catalogue's MB (decimal or binary, providers use both) against the server's SIZE in bytes, 5 % slack."""
    return all(abs(size - mb * unit) > 0.05 * mb * unit for unit in (1_000_000, 1024 * 1024))


def own_lines_disproved(outcome, profile: IspProfile | None, line_isp: str) -> bool:
    """"Usable only from the provider's own lines" must not be asserted: it just worked from another line."""
    return bool(outcome is not None and outcome.works and line_isp and profile is not None and line_isp != profile.id)


# -- remembering --------------------------------------------------------------------------------------------------------
def evidence_rows(outcomes: Iterable, isp_id: str, line_isp: str = "", today: _dt.date | None = None) -> list[EvidenceRow]:
    """One row per probed (not skipped, not cancelled) setting of a finished run."""
    day = today or _dt.date.today()
    rows = []
    for o in outcomes:
        r = o.result
        if r is None or r.verdict.value == "cancelled":
            continue
        s = r.setting
        rows.append(EvidenceRow(day, isp_id, s.host, s.port, s.security.value, r.verdict.value,
                                own_domain_result(r.verdict.value), line_isp, r.size_limit))
    return rows


def last_tested_text(row: EvidenceRow) -> Msg:
    result = Msg.of(WORKED) if row.verdict == "ok" else Msg.of(FAILED, verdict=row.verdict)
    return Msg.of(LAST_TESTED, date=row.tested_on.isoformat(), setting=f"{row.host}:{row.port} ({row.security})",
                  result=result, own=Msg.of(OWN_WORDS[row.own_domain]))


def remember(store: Store, outcomes: Iterable, isp_id: str, line_isp: str = "") -> int:
    return store.add_evidence(evidence_rows(outcomes, isp_id, line_isp))


def remember_run(outcomes: Iterable, isp_id: str, line_isp: str = "", path: Path | None = None, cancel=None,
                 progress=None) -> list[Msg]:
    """Open the app's store, remember a finished run, close it; returns what to tell the user (a page job)."""
    from wizard.core.store import open_store

    with open_store(path) as store:
        remember(store, outcomes, isp_id, line_isp)
        return list(store.problems)


def last_tested(isp_id: str, path: Path | None = None, cancel=None, progress=None) -> EvidenceRow | None:
    """The newest remembered test of this provider on this computer (the provider page's "last tested"); None when
    there is none or the store cannot be read. Never creates the file."""
    from wizard.core.store import open_store

    with open_store(path, create=False) as store:
        rows = store.evidence(isp_id)
    if not rows:
        return None
    newest = [r for r in rows if r.tested_on == rows[0].tested_on]
    return next((r for r in newest if r.verdict == "ok"), newest[0])  # of that day's run, a setting that worked


# -- the file an IT helper sends in ------------------------------------------------------------------------------------
def export_document(rows: Iterable[EvidenceRow], today: _dt.date | None = None) -> dict:
    rows = list(rows)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_on": (today or _dt.date.today()).isoformat(),
        "count": len(rows),
        "records": [r.as_dict() for r in rows],
    }


def parse_document(raw: bytes) -> list[EvidenceRow]:
    """The records of an evidence file; raises ``ValueError`` with the reason."""
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(str(exc)[:200]) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError(f"no \"format\": \"{FORMAT}\"")
    if doc.get("version") != VERSION:
        raise ValueError(f"version {doc.get('version')!r}")
    records = doc.get("records")
    if not isinstance(records, list):
        raise ValueError("no list of records")
    out = []
    for i, rec in enumerate(records):
        try:
            out.append(_row(rec))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"records[{i}]: {exc}") from None
    return out


def _row(rec: Mapping[str, Any]) -> EvidenceRow:
    port = rec["port"]
    if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
        raise ValueError("port")
    if rec["security"] not in ("plain", "starttls", "tls") or rec["own_domain"] not in ("accepted", "refused",
                                                                                      "not_reached"):
        raise ValueError("security or own_domain")
    size = rec.get("size_limit")
    if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size < 0):
        raise ValueError("size_limit")
    strings = [rec[k] for k in ("isp_id", "host", "verdict")] + [rec.get("line_isp", "")]
    if not all(isinstance(v, str) and len(v) <= 255 for v in strings):
        raise ValueError("text field")
    return EvidenceRow(_dt.date.fromisoformat(rec["tested_on"]), rec["isp_id"], rec["host"].lower(), port,
                       rec["security"], rec["verdict"], rec["own_domain"], rec.get("line_isp", ""), size)


def _host_pattern(template: str) -> re.Pattern:
    parts = re.split(r"({[a-z_]+})", template)
    return re.compile("^" + "".join("[a-z0-9-]+(?:\\.[a-z0-9-]+)*" if p.startswith("{") else re.escape(p)
                                    for p in parts) + "$")


def _matches(c: Candidate, row: EvidenceRow) -> bool:
    s = c.setting
    return s.port == row.port and s.security.value == row.security and bool(_host_pattern(s.host).match(row.host))


def apply_evidence_files(folder: Path, cat: Catalog) -> None:
    """Read ``*.evidence.json`` in ``folder`` and let unanimous live results set the own-domain sender fact of the
    candidates they tested, as a dated ``headers``-kind source (docs/CATALOG.md). A bad file is a CatalogError."""
    try:
        paths = sorted(p for p in folder.iterdir() if p.name.lower().endswith(EVIDENCE_SUFFIX))
    except OSError:
        return  # the profile loader has reported the folder already
    rows: list[tuple[Path, EvidenceRow]] = []
    for path in paths:
        try:
            raw = read_limited(path, MAX_EVIDENCE_BYTES)
            rows += [(path, r) for r in parse_document(raw)]
        except _Invalid as exc:
            cat.errors.append(CatalogError(path, exc.field, exc.msg))
        except ValueError as exc:
            cat.errors.append(CatalogError(path, "", Msg.of(BAD_EVIDENCE, reason=str(exc))))
    for isp_id, profile in list(cat.profiles.items()):
        mine = [(p, r) for p, r in rows if r.isp_id == isp_id and r.own_domain != "not_reached"]
        if not mine:
            continue
        cands = []
        for c in profile.candidates:
            hits = [(p, r) for p, r in mine if _matches(c, r)]
            if hits and len({r.own_domain for _, r in hits}) == 1:
                value = SenderRule.ALLOWED if hits[0][1].own_domain == "accepted" else SenderRule.REFUSED
                latest = max(r.tested_on for _, r in hits)
                files = sorted({p.name for p, _ in hits})
                src = Source(
                    key="evidence", url="evidence file: " + ", ".join(files), kind=SourceKind.HEADERS, as_of=latest,
                    checked=latest, title=f"{len(hits)} live test(s) from IT helpers' evidence files, the last of {latest}",
                )
                old = c.own_domain_sender
                sources = (src, *old.sources) if old.value is value else (src,)
                c = replace(c, own_domain_sender=Fact(value, sources))
            cands.append(c)
        cat.profiles[isp_id] = replace(profile, candidates=tuple(cands))
