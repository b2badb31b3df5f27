"""Probe every candidate setting at once, stream the results, rank them and make a plan.

    entries = entries_for(resolve(profile, isp_address="taro@abc.ocn.ne.jp"))   # or entries_for_setting(s)
    plan = run_plan(entries, ProbeOptions(sender="info@example.jp", password=secret), profile,
                    cancel=token, progress=callback)

``progress`` receives, from worker threads, :class:`CandidateStarted`, :class:`CandidateStep` (each step as it starts
and ends) and :class:`CandidateDone` (as each probe finishes, in finishing order). The returned :class:`Plan` lists
every entry ranked (works first; then TLS > STARTTLS > plain; then profile order), the recommended setting, and
warnings that join the profile's facts with what the probes found.

Entries whose placeholders cannot be filled (``{subdomain}`` for an address at the bare provider domain), whose host
is not a valid host name, or that may not be probed as they stand (no password; a password in plaintext without the
user's consent) are *skipped* with a reason and never contacted.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields

from wizard.core.cancel import NEVER, CancelToken
from wizard.core.catalog.resolve import BAD_HOST, Resolution
from wizard.core.catalog.trust import source_kind_words
from wizard.core.findings import Finding, Severity, finding
from wizard.core.inputs.address import valid_host_name
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate
from wizard.core.model import Candidate, IspProfile, RelaySetting, Security, SenderRule, Tri
from wizard.core.smtp.result import DNS_NO_ANSWER_TITLE, NEEDS_PASSWORD, ProbeParams, ProbeRequest, ProbeResult, check_request
from wizard.core.smtp.session import probe
from wizard.core.smtp.steps import Verdict, verdict_title
from wizard.core.secrets import Secret

MAX_PARALLEL = 16
SECURITY_RANK = {Security.TLS: 0, Security.STARTTLS: 1, Security.PLAIN: 2}


@dataclass(frozen=True)
class Entry:
    """One candidate to probe (``setting`` concrete) or to skip (``skip`` says why)."""

    index: int  # position in the profile: the last tie-breaker of the ranking
    label: str  # host:port (security), with placeholders when it could not be filled
    setting: RelaySetting | None
    candidate: Candidate | None = None
    skip: Msg | None = None


@dataclass(frozen=True, kw_only=True)
class ProbeOptions(ProbeParams):
    """The shared probe parameters, plus passwords per setting (e.g. from the keyring) over ``password``."""

    passwords: Mapping[RelaySetting, Secret] = field(default_factory=dict)

    def request(self, setting: RelaySetting) -> ProbeRequest:
        shared = {f.name: getattr(self, f.name) for f in fields(ProbeParams)}
        shared["password"] = self.passwords.get(setting, self.password)
        return ProbeRequest(setting=setting, **shared)


@dataclass(frozen=True)
class Outcome:
    entry: Entry
    result: ProbeResult | None = None
    skip: Msg | None = None  # why it was not probed

    @property
    def works(self) -> bool:
        return self.result is not None and self.result.works

    @property
    def verdict(self) -> str:
        return self.result.verdict.value if self.result is not None else "skipped"

    @property
    def explanation(self) -> Msg:
        if self.result is not None:
            return self.result.explanation
        return self.skip or Msg.of(QT_TRANSLATE_NOOP("core", "Not tested."))

    @property
    def title(self) -> Msg:
        """A few words for the outcome (a table cell, a status line)."""
        if self.result is not None:
            if not self.result.dns_answered and self.result.verdict is Verdict.DNS_ERROR:
                return Msg.of(DNS_NO_ANSWER_TITLE)
            return verdict_title(self.result.verdict)
        return Msg.of(QT_TRANSLATE_NOOP("core", "not tested"))

    @property
    def setting(self) -> RelaySetting | None:
        return self.entry.setting

    def as_dict(self, translate: Translate | None = None) -> dict:
        """One candidate in the ``relay-wizard probe --json`` contract: the probe's fields
        (:meth:`ProbeResult.as_dict`), or the same fields empty for a skipped one, plus the profile's facts."""
        cand = self.entry.candidate
        if self.result is not None:
            d = self.result.as_dict(translate)
        else:
            filled = self.entry.setting  # None when the templates could not be filled: then the candidate's own
            s = filled if filled is not None else cand.setting if cand is not None else None
            host, port, security = (s.host, s.port, s.security.value) if s is not None else (self.entry.label, 0, "")
            d = {
                "host": host,
                "port": port,
                "security": security,
                "verdict": self.verdict,
                "explanation": self.explanation.render(translate),
                "steps": [],
                "tls": None,
                "transcript": [],
                "auth": s.auth.value if s is not None else None,
                "username": filled.username if filled is not None else "",
                "server_reply": "",
                "detail": None,
                "addresses": None,
                "connects": [],
                "size_limit": None,
                "auth_offered": [],
                "auth_used": "",
                "elapsed_ms": 0,
                "dns_answered": True,  # nothing was asked
            }
        d["own_domain_sender"] = cand.own_domain_sender.value.value if cand is not None else None
        d["own_lines_only"] = cand.own_lines_only.value.value if cand is not None else None
        return d


@dataclass(frozen=True)
class Plan:
    outcomes: tuple[Outcome, ...]  # ranked
    recommended: Outcome | None  # the best working one
    warnings: tuple[Finding, ...]  # codes "plan.*"

    @property
    def works(self) -> bool:
        return self.recommended is not None

    def as_dict(self, translate: Translate | None = None) -> dict:
        """The whole run in the ``relay-wizard probe --json`` contract (candidates ranked, recommended, warnings)."""
        rec = self.recommended.setting if self.recommended is not None else None
        return {
            "candidates": [o.as_dict(translate) for o in self.outcomes],
            "recommended": (
                {
                    "host": rec.host,
                    "port": rec.port,
                    "security": rec.security.value,
                    "username": rec.username,
                    "auth": rec.auth.value,
                }
                if rec is not None
                else None
            ),
            "warnings": [w.msg.render(translate) for w in self.warnings],
        }


# progress events (sent from worker threads)
@dataclass(frozen=True)
class CandidateStarted:
    index: int


@dataclass(frozen=True)
class CandidateStep:
    index: int
    event: object  # probe.StepStarted | probe.StepFinished


@dataclass(frozen=True)
class CandidateDone:
    outcome: Outcome


@dataclass(frozen=True)
class Recommended:
    """Sent once, as soon as a working candidate is known to be the recommendation: every candidate still running
    ranks below it, so none can take its place (Thunderbird's guess stops lower-ranked tries the same way). The
    run goes on until the others end or are cancelled; the plan's recommendation is this outcome."""

    outcome: Outcome


# -- building the entries ------------------------------------------------------------------------------------------------


def entries_for(resolution: Resolution) -> list[Entry]:
    """The candidates for the user's provider address (from :func:`wizard.core.catalog.resolve.resolve`), each
    concrete or skipped with the reason (a placeholder the user's values do not fill, a host that is not valid)."""
    return [Entry(r.index, r.filled.label(), r.setting, r.candidate, r.problem) for r in resolution.applicable()]


def entries_for_setting(setting: RelaySetting) -> list[Entry]:
    if not valid_host_name(setting.host, ip=True):
        return [Entry(0, setting.label(), None, None, Msg.of(BAD_HOST, host=setting.host))]
    return [Entry(0, setting.label(), setting, None)]


# -- running ------------------------------------------------------------------------------------------------------------


def run_plan(
    entries: list[Entry],
    options: ProbeOptions,
    profile: IspProfile | None = None,
    *,
    values: Mapping[str, str] | None = None,
    cancel: CancelToken = NEVER,
    progress: Callable[[object], None] | None = None,
    line_isp: str = "",
) -> Plan:
    """Probe every entry concurrently (one thread each, at most MAX_PARALLEL at once) and return the plan.

    Returns when all probes ended; after a cancel that is within milliseconds (every probe watches the token).
    """
    emit = progress or (lambda e: None)
    outcomes: dict[int, Outcome] = {}
    lock = threading.Lock()
    recommended: list[Outcome] = []
    probed: list[Entry] = []  # the entries that are probed (filled in below, before any probe starts)

    def done(outcome: Outcome) -> None:
        with lock:
            outcomes[outcome.entry.index] = outcome
            # after a cancel the better-ranked probes end as cancelled, not as "could not work": nothing is certain
            final = None if recommended or cancel.cancelled else _final_recommendation(outcomes, probed)
            if final is not None:
                recommended.append(final)
        emit(CandidateDone(outcome))
        if final is not None:
            emit(Recommended(final))

    runnable = []
    for e in entries:
        if e.setting is None:
            done(Outcome(e, skip=e.skip))
            continue
        why = check_request(options.request(e.setting))
        if why is not None:
            done(Outcome(e, skip=why))
        else:
            runnable.append(e)

    def work(e: Entry) -> None:
        emit(CandidateStarted(e.index))
        result = probe(options.request(e.setting), cancel, lambda ev: emit(CandidateStep(e.index, ev)))
        done(Outcome(e, result))

    probed.extend(runnable)
    if runnable:
        with ThreadPoolExecutor(max_workers=min(MAX_PARALLEL, len(runnable)), thread_name_prefix="probe") as pool:
            futures = [pool.submit(work, e) for e in runnable]
            for f in futures:
                f.result()  # re-raise a bug in a probe here rather than lose it
    return make_plan([outcomes[e.index] for e in entries], profile, values, line_isp=line_isp)


def _place(e: Entry) -> tuple[int, int]:
    """Where a working candidate ranks among working ones: the safer connection first, then profile order."""
    return (SECURITY_RANK[e.setting.security] if e.setting is not None else 3, e.index)


def rank(outcomes: list[Outcome]) -> list[Outcome]:
    return sorted(outcomes, key=lambda o: (0 if o.works else 1 if o.result is not None else 2, *_place(o.entry)))


def _final_recommendation(finished: Mapping[int, Outcome], probed: list[Entry]) -> Outcome | None:
    """The best working outcome so far, when no candidate still running could outrank it (else None)."""
    working = [o for o in finished.values() if o.works]
    if not working:
        return None
    best = min(working, key=lambda o: _place(o.entry))
    pending = [e for e in probed if e.index not in finished]
    return best if all(_place(e) > _place(best.entry) for e in pending) else None


# -- the plan -----------------------------------------------------------------------------------------------------------


def _fact(cand: Candidate | None, name: str):
    if cand is None:
        return None
    fact = getattr(cand, name)
    return fact.value if fact is not None else None


def make_plan(
    outcomes: list[Outcome],
    profile: IspProfile | None = None,
    values: Mapping[str, str] | None = None,
    chosen: Outcome | None = None,
    line_isp: str = "",
) -> Plan:
    """Rank the outcomes, pick the recommended one and collect warnings as findings "plan.*" (pure: no I/O).

    ``values`` are the template values (Resolution.values) to show variant hosts concretely. ``chosen``:
    the setting the user picked instead of the recommended one; the warnings about "the" setting concern it.
    ``line_isp``: the provider of this line as detected; a success from another provider's line disproves "own lines
    only", which is then not asserted (the catalogue contradiction says so instead)."""
    ranked = rank(outcomes)
    recommended = ranked[0] if ranked and ranked[0].works else None
    best = recommended if chosen is None else (chosen if chosen.works else None)
    warnings: list[Finding] = []
    probed = [o for o in ranked if o.result is not None]

    # Port 25 blocked on this line, while the profile says only port 25 takes the own domain as sender.
    blocked25 = [o for o in probed if o.entry.setting.port == 25 and o.result.verdict is Verdict.PORT_BLOCKED]
    if blocked25:
        own_only_25 = any(_fact(o.entry.candidate, "own_domain_sender") is SenderRule.ALLOWED for o in blocked25)
        others_refuse = all(
            _fact(o.entry.candidate, "own_domain_sender") is SenderRule.REFUSED
            or (o.result is not None and o.result.verdict is Verdict.SENDER_REJECTED)
            for o in ranked
            if o.entry.setting is None or o.entry.setting.port != 25
        )
        if own_only_25 and others_refuse and recommended is None:
            warnings.append(
                finding(
                    "plan.op25b_only_route",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Port 25 is blocked on this line, and this provider accepts your own domain as sender only on "
                        "port 25 ({host}). This route cannot work from here: use it only from the provider's own "
                        "line, or send through another provider.",
                    ),
                    host=blocked25[0].entry.setting.host,
                )
            )
        else:
            warnings.append(
                finding(
                    "plan.op25b",
                    Severity.INFO,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Port 25 is blocked on this line (common practice against spam). Settings on port 587 or 465 "
                        "are not affected.",
                    )
                )
            )

    no_password = [o for o in ranked if o.result is None and o.skip is not None and o.skip.text == NEEDS_PASSWORD]
    if no_password:
        warnings.append(
            finding(
                "plan.needs_password",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "core",
                    "{count} setting(s) were not tested because they log in and no password was given: {settings}.",
                ),
                count=len(no_password),
                settings=", ".join(o.entry.label for o in no_password),
            )
        )
    if probed and not no_password and all(o.result.verdict is Verdict.PORT_BLOCKED for o in probed):
        warnings.append(
            finding(
                "plan.all_blocked",
                Severity.ERROR,
                QT_TRANSLATE_NOOP(
                    "core",
                    "No server answered on any port. A firewall or security software on this computer or network may "
                    "block outgoing mail connections.",
                )
            )
        )
    if probed and recommended is None and any(o.result.verdict is Verdict.SENDER_REJECTED for o in probed):
        warnings.append(
            finding(
                "plan.sender_rejected",
                Severity.ERROR,
                QT_TRANSLATE_NOOP(
                    "core",
                    "The provider's server refused your own address as sender. It sends only mail from the provider's "
                    "own addresses, so it cannot send your domain's mail.",
                )
            )
        )

    if best is not None:
        s = best.entry.setting
        cand = best.entry.candidate
        other_line = bool(line_isp and profile is not None and line_isp != profile.id)
        if _fact(cand, "own_lines_only") is Tri.YES and not other_line:
            warnings.append(
                finding(
                    "plan.own_lines_only",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{host} is usable only from the provider's own lines. It will stop working when this computer "
                        "is used on another line (another office, a mobile router, a hotel).",
                    ),
                    host=s.host,
                )
            )
        if _fact(cand, "own_domain_sender") is SenderRule.REFUSED:
            warnings.append(
                finding(
                    "plan.sender_documented_refused",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The catalogue says this server refuses other domains as sender ({kind}), but the live test "
                        "accepted your address. The provider may still change the sender or refuse later: check that "
                        "your first messages arrive.",
                    ),
                    kind=source_kind_words(cand.own_domain_sender),  # "the provider's page" only when it is one
                )
            )
        if s.security is Security.PLAIN:
            warnings.append(
                finding(
                    "plan.unencrypted",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "This setting does not encrypt the connection: your mail and your password can be read on the "
                        "way. Prefer an encrypted setting when one works.",
                    )
                )
            )
        warnings += _size_warnings(best, profile, values or {})
    return Plan(tuple(ranked), recommended, tuple(warnings))


def _size_warnings(best: Outcome, profile: IspProfile | None, values: Mapping[str, str]) -> list[Finding]:
    out: list[Finding] = []
    limits = profile.limits if profile is not None else None
    mb = limits.max_message_mb.value if limits is not None and limits.max_message_mb is not None else None
    size = best.result.size_limit if best.result is not None else None
    if size:  # the server states it: the live figure wins
        out.append(
            finding(
                "plan.size",
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "core",
                    "The server accepts messages up to {mb} MB (attachments included; they grow by about a third "
                    "when sent).",
                ),
                mb=_mb(size),
            )
        )
    elif mb:
        out.append(
            finding(
                "plan.size",
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "core",
                    "The provider accepts messages up to {mb} MB (attachments included; they grow by about a third "
                    "when sent).",
                ),
                mb=mb,
            )
        )
    if limits is not None and limits.max_recipients is not None:
        out.append(
            finding(
                "plan.max_recipients",
                Severity.INFO,
                QT_TRANSLATE_NOOP("core", "At most {count} recipients per message are accepted."),
                count=limits.max_recipients.value,
            )
        )
    if profile is not None:
        for v in profile.variants:
            if v.max_message_mb is not None:
                host = v.fill(values)
                out.append(
                    finding(
                        "plan.variant_size",
                        Severity.INFO,
                        QT_TRANSLATE_NOOP("core", "With the server {host} the limit is {mb} MB per message."),
                        host=host,
                        mb=v.max_message_mb.value,
                    )
                )
    return out


def _mb(size: int) -> str:
    value = size / (1024 * 1024)
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"
