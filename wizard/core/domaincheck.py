"""The domain check: SPF and DMARC of the user's domain against the relay the user will send through.

One call, :func:`check_domain`, used by the GUI's domain-check page and by ``relay-wizard dns``. The result,
:class:`DomainCheck`, owns what the faces show: :meth:`DomainCheck.as_dict` is the JSON of ``relay-wizard dns --json``
(docs/SPF.md documents every field), and its properties say what is proposed and whether anything needs doing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from wizard.core import dmarc
from wizard.core.cancel import CancelToken
from wizard.core.catalog.resolve import resolve
from wizard.core.dns.query import Status, addresses, ask
from wizard.core.dns.resolver import make_resolver, with_deadline
from wizard.core.findings import Finding, Severity, finding
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate
from wizard.core.model import IspProfile
from wizard.core.records import RecordCheck, check_records, dmarc_advice
from wizard.core.records import needs_action as records_need_action
from wizard.core.spf.evaluate import evaluate
from wizard.core.spf.lint import SpfReport, lint
from wizard.core.spf.proposal import Proposal, Relay, propose, unchanged, withheld
from wizard.core.spf.record import FetchStatus
from wizard.core.spf.result import Evaluation, Result, combined

BUDGET_QUESTIONS = 10  # the whole domain check ends within this many question timeouts


@dataclass(frozen=True)
class RelayRequest:
    """What the user told us about the relay. Any part may be empty."""

    isp: IspProfile | None = None
    isp_address: str = ""  # the provider mail address (fills {subdomain} in OCN's include)
    host: str = ""  # the relay host the mail program uses
    addresses: tuple[str, ...] = ()  # the relay's addresses, when given directly (--relay-ip)
    # values from a service's control panel that fill its records' names (token, selector, mail_from...)
    record_values: tuple[tuple[str, str], ...] = ()

    @property
    def given(self) -> bool:
        return bool(self.isp or self.host or self.addresses)


class DnsState(str, Enum):
    """Whether the DNS answered about the domain at all: offline is not "no record"."""

    ANSWERED = "answered"  # the records (or their absence) are what the DNS says
    NO_ANSWER = "no_answer"  # the DNS server did not answer (offline, wrong DNS server): nothing is known
    NXDOMAIN = "nxdomain"  # the domain does not exist (a typo?)


@dataclass
class DomainCheck:
    domain: str
    spf: SpfReport
    dmarc: dmarc.DmarcReport
    relay: Relay | None = None
    proposal: Proposal | None = None
    current: list[Evaluation] = field(default_factory=list)
    proposed: list[Evaluation] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)  # about the relay route as a whole
    dns_servers: list[str] = field(default_factory=list)  # the domain's name servers: where the record is changed
    where: Msg | None = None  # which record to change where, in words
    records: list[RecordCheck] = field(default_factory=list)  # the route's other records (DKIM, return path, ...)

    @property
    def current_result(self) -> Result | None:
        return combined(e.result for e in self.current)

    @property
    def proposed_result(self) -> Result | None:
        return combined(e.result for e in self.proposed)

    @property
    def change_needed(self) -> bool:
        return self.proposal is not None and self.proposal.changes

    @property
    def proposed_record(self) -> str | None:
        """The SPF record to publish, or None when nothing is to change (or nothing could be proposed)."""
        return self.proposal.record if self.change_needed else None

    def all_findings(self) -> list[Finding]:
        out = list(self.spf.problems) + list(self.dmarc.problems) + list(self.warnings)
        if self.proposal:
            out += self.proposal.problems
        return out

    @property
    def dns_state(self) -> DnsState:
        f = self.spf.fetched
        if f.status is FetchStatus.ERROR:
            return DnsState.NO_ANSWER
        if f.nxdomain:
            return DnsState.NXDOMAIN
        return DnsState.ANSWERED

    @property
    def needs_action(self) -> bool:
        """True when something must be fixed: an error-level finding, or the relay does not pass SPF today."""
        if any(f.severity is Severity.ERROR for f in self.all_findings()) or records_need_action(self.records):
            return True
        return self.current_result not in (None, Result.PASS)

    def as_dict(self, translate: Translate | None = None) -> dict:
        """The JSON of ``relay-wizard dns`` (docs/SPF.md documents every field; scripts depend on each one)."""

        def fl(findings):
            return [f.as_dict(translate) for f in findings]

        p = self.proposal
        cur, new = self.current_result, self.proposed_result
        return {
            "domain": self.domain,
            "spf": {
                "record": self.spf.record,
                "records": list(self.spf.fetched.records),
                "lookups": self.spf.lookups,
                "void_lookups": self.spf.void_lookups,
                "problems": fl(self.spf.problems),
                "tree": self.spf.tree.as_dict(translate) if self.spf.tree else None,
                "proposed": self.proposed_record,
                "proposal": p.as_dict(translate) if p else None,
                "evaluation": {
                    "current": cur.value if cur else None,
                    "proposed": new.value if new else None,
                    "addresses": [
                        {"ip": c.ip, "current": c.result.value, "proposed": n.result.value}
                        for c, n in zip(self.current, self.proposed, strict=False)
                    ],
                },
                "where": self.where.render(translate) if self.where else None,
                "dns_servers": self.dns_servers,
            },
            "dmarc": self.dmarc.as_dict(translate),
            "relay": self.relay.as_dict() if self.relay else None,
            "warnings": fl(self.warnings),
            "needs_action": self.needs_action,
            # added (issue 19): "answered", "no_answer" (no DNS server answered: nothing is known) or "nxdomain"
            "dns_state": self.dns_state.value,
            # added (issue 16): the route's DNS records besides SPF, each found / missing / wrong (docs/SPF.md)
            "records": [r.as_dict(translate) for r in self.records],
        }


def resolve_relay(request: RelayRequest, resolver, cancel: CancelToken | None = None) -> tuple[Relay | None, list[Finding]]:
    """Turn what the user gave into an include domain and relay addresses; notes say what is missing or approximate."""
    notes: list[Finding] = []
    isp = request.isp
    if isp is not None and isp.is_service and isp.spf_include is None and not (request.host or request.addresses):
        # The service sends with its own return path (a CNAME or custom MAIL FROM under the domain, or its own
        # domain): the submission host's addresses are not its sending servers, so nothing is proposed for the
        # domain's own SPF record; the records it needs are checked one by one (wizard/core/records.py).
        notes.append(finding(
            "records.spf_by_service",
            Severity.INFO,
            QT_TRANSLATE_NOOP(
                "core",
                "{service} sends with its own return path, so your domain's SPF record needs no change for it. The "
                "DNS records it needs are listed separately.",
            ),
            service=isp.display_name("en"),
        ))
        return None, notes
    resolution = resolve(isp, isp_address=request.isp_address) if isp is not None else None
    include = resolution.spf_include if resolution is not None else ""
    if resolution is not None and resolution.spf_include_needs_address:
        notes.append(
            finding(
                "relay.include_needs_address",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "core",
                    "{isp} publishes SPF for your provider mail domain. Enter your provider mail address (for example "
                    "taro@abc.{domain}) so that it can be included; until then the relay's addresses are used.",
                ),
                isp=isp.display_name("en"),
                domain=isp.domains[0] if isp.domains else "",
            )
        )
    if include and resolution.spf_include_to_verify:
        notes.append(
            finding(
                "relay.include_to_verify",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "core",
                    "The include “{include}” is what {isp} is believed to publish for its servers, but no page of "
                    "{isp} confirms it. Check it with {isp} before you publish the record; the evaluation below shows "
                    "whether it covers the relay today.",
                ),
                include=include,
                isp=isp.display_name("en"),
            )
        )
    host = request.host.strip().lower().rstrip(".")
    if not host and resolution is not None:
        host = resolution.relay_host.lower()
    addrs = tuple(request.addresses)
    if not addrs and host:
        found, reason = addresses(resolver, host, cancel)
        addrs = tuple(found)
        if not found:
            notes.append(
                finding(
                    "relay.unresolved",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP("core", "The addresses of {host} could not be found ({reason}); the relay cannot be evaluated."),
                    host=host,
                    reason=reason or Msg.of(QT_TRANSLATE_NOOP("core", "the name has no addresses")),
                )
            )
        else:
            notes.append(
                finding(
                    "relay.submission_addresses",
                    Severity.INFO,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The relay is evaluated with the addresses of {host} ({addresses}), the server your mail program "
                        "connects to. The provider may pass your mail on from other servers, so this is a good guess, not "
                        "proof.",
                    ),
                    host=host,
                    addresses=", ".join(found),
                )
            )
    if not include and not addrs:
        return None, notes
    return Relay(include=include, addresses=addrs, host=host), notes


def check_domain(
    domain: str,
    resolver,
    request: RelayRequest | None = None,
    *,
    cancel: CancelToken | None = None,
    progress: Callable[[object], None] | None = None,
    budget: float | None = None,
) -> DomainCheck:
    """Lint SPF and DMARC of ``domain``; with a relay, propose the SPF record and evaluate the relay against both.

    The whole check ends within ``budget`` seconds (default: :data:`BUDGET_QUESTIONS` question timeouts of the
    resolver): a hostile or broken DNS that answers every question just in time cannot stretch it. Questions asked
    after that fail as timeouts and are reported as unreadable records, like any other DNS failure."""
    say = progress or (lambda _e: None)
    if budget is None:
        budget = BUDGET_QUESTIONS * float(getattr(resolver, "lifetime", 3.0) or 3.0)
    resolver = with_deadline(resolver, budget)
    domain = domain.lower().rstrip(".")
    say(Msg.of(QT_TRANSLATE_NOOP("core", "Reading the SPF record of {domain}…"), domain=domain))
    report = lint(resolver, domain, cancel)
    say(Msg.of(QT_TRANSLATE_NOOP("core", "Reading the DMARC record…")))
    dm = dmarc.check(resolver, domain, cancel)
    result = DomainCheck(domain, report, dm)
    result.dns_servers = _name_servers(resolver, domain, dm.org_domain, cancel)
    request = request or RelayRequest()
    if request.given:
        say(Msg.of(QT_TRANSLATE_NOOP("core", "Looking up the relay…")))
        relay, notes = resolve_relay(request, resolver, cancel)
        result.relay = relay
        result.warnings.extend(notes)
        if relay is not None:
            say(Msg.of(QT_TRANSLATE_NOOP("core", "Preparing the proposed record…")))
            result.proposal = propose(report, relay, resolver, cancel)
            say(Msg.of(QT_TRANSLATE_NOOP("core", "Trying the relay's addresses against the records…")))
            for ip in relay.addresses:
                result.current.append(evaluate(resolver, ip, domain, cancel=cancel))
            if result.current and result.current_result is Result.PASS and not result.proposal.no_change:
                result.proposal = unchanged(
                    report,
                    finding(
                        "proposal.already_passes",
                        Severity.INFO,
                        QT_TRANSLATE_NOOP("core", "The current record already authorises the relay; nothing to change."),
                    ),
                )
            p = result.proposal
            for ev in result.current:
                if p.changes:
                    result.proposed.append(evaluate(resolver, ev.ip, domain, record=p.record, cancel=cancel))
                else:
                    result.proposed.append(ev)
            if p.changes and any(ev.result is Result.PERMERROR for ev in result.proposed):
                result.proposal = withheld(p)  # a record that is still an error is not offered as the fix
        isp = request.isp
        if isp is not None and isp.records:
            say(Msg.of(QT_TRANSLATE_NOOP("core", "Reading the records {service} needs…"), service=isp.display_name("en")))
            result.records = check_records(domain, resolver, isp, dict(request.record_values), cancel)
        cur = result.current_result
        prop = result.proposed_result
        if isp is not None and isp.is_service and isp.route.dkim_own_domain is not None:
            # a service that signs (or says it does not sign) with the own domain: DMARC rests on DKIM alignment
            policy = dm.policy.value if dm.policy else "none"
            result.warnings.extend(dmarc_advice(isp, result.records, dm.enforcing, policy))
        else:
            result.warnings.extend(
                dmarc.relay_warnings(
                    dm,
                    None if cur is None else cur is Result.PASS,
                    None if prop is None else prop is Result.PASS,
                )
            )
    result.where = _where(result)
    return result


def check_with_resolver(
    domain: str,
    request: RelayRequest | None,
    resolver: str = "",
    timeout: float = 3.0,
    *,
    cancel: CancelToken | None = None,
    progress: Callable[[object], None] | None = None,
) -> DomainCheck:
    """:func:`check_domain` through the system resolver, or the one named ``ADDR[:PORT]`` (for background jobs)."""
    resolver = make_resolver(resolver.strip() or None, timeout=timeout)
    return check_domain(domain, resolver, request, cancel=cancel, progress=progress)


def _name_servers(resolver, domain: str, org: str, cancel) -> list[str]:
    for name in dict.fromkeys((domain, org)):
        a = ask(resolver, name, "NS", cancel)
        if a.status is Status.OK:
            return sorted(r.target.to_text(omit_final_dot=True).lower() for r in a.rdatas)
    return []


def _where(c: DomainCheck) -> Msg | None:
    if not c.change_needed:
        return None
    if c.dns_servers:
        place = Msg.of(
            QT_TRANSLATE_NOOP(
                "core", "the company running the name servers {servers}, usually your rental server or domain registrar"
            ),
            servers=", ".join(c.dns_servers),
        )
    else:
        place = Msg.of(QT_TRANSLATE_NOOP("core", "usually your rental server or domain registrar"))
    if c.spf.fetched.status is FetchStatus.NONE:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Add a TXT record for {domain} (the host name is “@” or empty in most control panels) with the proposed "
            "value. Do it where your domain's DNS is managed: {place}.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "core",
            "Change the TXT record of {domain} that starts with “v=spf1” (the host name is “@” or empty in most control "
            "panels) to the proposed value; do not add a second SPF record. Do it where your domain's DNS is managed: "
            "{place}.",
        )
    return Msg.of(text, domain=c.domain, place=place)
