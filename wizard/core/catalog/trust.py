"""Plain words for how far a catalogue fact can be trusted: which kind of source it rests on, of when, and whether
anybody checked it. The provider and relay-test pages, the CLI and the report show these texts; warnings name the
kind of source ("the provider's page" only when it is the provider's page)."""

from __future__ import annotations

import datetime as _dt

from wizard.core.catalog.loader import NO_PROFILES, Catalog, builtin_dir
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
from wizard.core.model import Candidate, Confidence, Fact, IspProfile, SenderRule, SourceKind, main_source

KIND_WORDS = {
    SourceKind.OFFICIAL: QT_TRANSLATE_NOOP("core", "the provider's own page"),
    SourceKind.ISPDB: QT_TRANSLATE_NOOP("core", "Thunderbird's shared settings database (ISPDB)"),
    SourceKind.HEADERS: QT_TRANSLATE_NOOP("core", "real message headers or test results"),
    SourceKind.COMMUNITY: QT_TRANSLATE_NOOP("core", "a blog or another third-party page"),
    SourceKind.SEED: QT_TRANSLATE_NOOP("core", "an old article"),
    SourceKind.STANDARD: QT_TRANSLATE_NOOP("core", "the usual settings of the mail standards, not this provider"),
}
DATED_UNCHECKED = QT_TRANSLATE_NOOP(
    "core", "This information comes from {kind} ({year}) and has not been checked. Real test results take priority."
)
UNDATED_UNCHECKED = QT_TRANSLATE_NOOP(
    "core", "This information comes from {kind} and has not been checked. Real test results take priority."
)
OLD = QT_TRANSLATE_NOOP(
    "core", "This information comes from {kind} of {year}, which may be out of date. Real test results take priority."
)
TO_VERIFY = QT_TRANSLATE_NOOP(
    "core", "To verify: {kind} does not say this. Real test results take priority."
)
SETTING = QT_TRANSLATE_NOOP("core", "Recommended setting {setting}: {why}")
OWN_DOMAIN = QT_TRANSLATE_NOOP("core", "Sending from your own domain here: {why}")
OWN_UNKNOWN = QT_TRANSLATE_NOOP(
    "core", "No source says whether this provider accepts your own domain as sender: the real test decides."
)
CATALOG_PROBLEM = QT_TRANSLATE_NOOP("core", "A provider profile could not be used: {problem}")


def source_kind_words(fact: Fact) -> Msg:
    """The kind of the source a fact rests on, in words ("the provider's own page" only when it is one)."""
    best = main_source(tuple(fact.sources))
    return Msg.of(KIND_WORDS[best.kind]) if best is not None else Msg.of(KIND_WORDS[SourceKind.SEED])


def explain(sources, to_verify: bool = False, today: _dt.date | None = None) -> Msg | None:
    """Plain words when a fact rests on an unverified or old source; None when it is well supported."""
    best = main_source(tuple(sources), today)
    if best is None:
        return None
    kind = Msg.of(KIND_WORDS[best.kind])
    if to_verify:
        return Msg.of(TO_VERIFY, kind=kind)
    conf = best.confidence(today)
    year = str(best.as_of.year) if best.as_of else ""
    if conf is Confidence.UNVERIFIED:
        return Msg.of(DATED_UNCHECKED if year else UNDATED_UNCHECKED, kind=kind, year=year)
    if conf is Confidence.LOW:
        return Msg.of(OLD, kind=kind, year=year) if year else Msg.of(UNDATED_UNCHECKED, kind=kind, year="")
    return None


def explain_fact(fact: Fact | None, today: _dt.date | None = None) -> Msg | None:
    return None if fact is None else explain(fact.sources, fact.to_verify, today)


def candidate_warnings(c: Candidate, today: _dt.date | None = None) -> list[Msg]:
    """What the page says about a candidate: its setting's and its own-domain rule's weak sources."""
    out = []
    why = explain(c.sources, today=today)
    if why is not None:
        out.append(Msg.of(SETTING, setting=c.setting.label(), why=why))
    why = explain_fact(c.own_domain_sender, today)
    if c.own_domain_sender.value is SenderRule.UNKNOWN:
        out.append(Msg.of(OWN_UNKNOWN))
    elif why is not None:
        out.append(Msg.of(OWN_DOMAIN, why=why))
    return out


def profile_warnings(p: IspProfile, today: _dt.date | None = None) -> list[Msg]:
    """The provider page's confidence lines: about the first candidate (the one tried first)."""
    return candidate_warnings(p.candidates[0], today) if p.candidates and not p.user_host else []


def catalogue_problems(catalog: Catalog) -> list[Msg]:
    """What is wrong with the catalogue, one line each: no profile at all (an installation without its data), then
    each error naming the file and the field."""
    out = [Msg.of(NO_PROFILES, folder=str(builtin_dir()))] if len(catalog) == 0 else []
    for e in catalog.errors:
        where = f"{e.path.name}: {e.field}" if e.field else e.path.name
        out.append(Msg.of(CATALOG_PROBLEM, problem=Msg.of("{where}: {what}", where=where, what=e.msg)))
    return out
