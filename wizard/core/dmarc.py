"""DMARC (RFC 7489): policy discovery at the domain and at its organisational domain (section 6.6.3), the report
destinations' authorisation (section 7.1), and what the policy means, in plain words, for mail sent through a
provider's relay. The record grammar lives in :mod:`wizard.core.dmarc_record`.

The organisational domain (section 3.2) is the registrable domain: one label below the public suffix, taken from the
real Public Suffix List as the ``publicsuffixlist`` package bundles it (the same snapshot on every OS, no download,
no system file). The private section counts too (``*.blogspot.com`` style suffixes), as RFC 7489 names the list
without restriction. docs/DMARC.md says where DMARCbis differs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from publicsuffixlist import PublicSuffixList

from wizard.core.cancel import CancelToken
from wizard.core.dmarc_record import DmarcRecord, Policy, Version, mailto_host, parse, version_of
from wizard.core.dns.query import Status, ask
from wizard.core.findings import Finding, Severity, finding
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg

__all__ = ["DmarcRecord", "DmarcReport", "Policy", "check", "organizational_domain", "parse", "relay_warnings"]


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    return PublicSuffixList()  # the package's bundled snapshot


def registrable_domain(domain: str) -> str | None:
    """The registrable domain of ``domain`` (ASCII form), or None when ``domain`` is itself a public suffix."""
    return _psl().privatesuffix(domain.lower().rstrip("."))


def organizational_domain(domain: str) -> str:
    """The Organizational Domain of RFC 7489 3.2 (a public suffix is its own)."""
    domain = domain.lower().rstrip(".")
    return registrable_domain(domain) or domain


@dataclass
class DmarcReport:
    domain: str
    org_domain: str
    found_at: str | None  # the name the record was found under (_dmarc.<domain or org domain>)
    record: DmarcRecord | None
    problems: list[Finding] = field(default_factory=list)
    readable: bool = True  # False when DNS failed

    @property
    def policy(self) -> Policy | None:
        """The policy that applies to mail from ``domain`` (sp for a subdomain covered by its organisation's record)."""
        r = self.record
        if r is None:
            return None
        if self.found_at and self.found_at != f"_dmarc.{self.domain}" and r.sp is not None:
            return r.sp
        return r.p

    @property
    def enforcing(self) -> bool:
        """quarantine or reject, whatever pct says: with pct below 100 the rest of the failing mail gets the next
        weaker policy (RFC 7489 6.6.4), so even p=reject; pct=0 still sends failing mail to spam."""
        return self.policy in (Policy.QUARANTINE, Policy.REJECT)

    def as_dict(self, translate=None) -> dict:
        r = self.record
        return {
            "record": r.text if r else None,
            "policy": self.policy.value if self.policy else None,
            "found_at": self.found_at,
            "org_domain": self.org_domain,
            "tags": dict(r.tags) if r else {},
            "problems": [p.as_dict(translate) for p in self.problems],
        }


def _lookup(resolver, name: str, cancel) -> tuple[list[str] | None, list[str], Msg | None]:
    """(DMARC records or None on DNS failure, records with a wrongly written version, reason)."""
    a = ask(resolver, name, "TXT", cancel)
    if a.status is Status.ERROR:
        return None, [], a.reason
    if a.status is not Status.OK:
        return [], [], None
    records, wrong = [], []
    for raw in a.texts():
        text = raw.decode("utf-8", "replace")
        kind = version_of(text)
        if kind is Version.EXACT:
            records.append(text)
        elif kind is Version.WRONG_CASE:
            wrong.append(text)
    return records, wrong, None


def check(resolver, domain: str, cancel: CancelToken | None = None) -> DmarcReport:
    domain = domain.lower().rstrip(".")
    org = organizational_domain(domain)
    report = DmarcReport(domain, org, None, None)
    names = [f"_dmarc.{domain}"] + ([f"_dmarc.{org}"] if org != domain else [])
    misspelled = False
    for name in names:
        records, wrong, reason = _lookup(resolver, name, cancel)
        if records is None:
            report.readable = False
            report.problems.append(
                finding(
                    "dmarc.dns_error",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP("core", "The DMARC record at {name} could not be read: {reason}."),
                    name=name,
                    reason=reason,
                )
            )
            return report
        for text in wrong:
            misspelled = True
            report.problems.append(
                finding(
                    "dmarc.version_case",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The record “{record}” at {name} is not read as DMARC: the version must be written exactly "
                        "“v=DMARC1” (capital letters). Correct this record; do not add a second one.",
                    ),
                    record=text[:60],
                    name=name,
                )
            )
        if len(records) > 1:
            report.found_at = name
            report.problems.append(
                finding(
                    "dmarc.multiple",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "core", "{name} has {count} DMARC records; receivers then ignore DMARC entirely. Keep only one."
                    ),
                    name=name,
                    count=len(records),
                )
            )
            return report
        if records:
            report.found_at = name
            record, problems = parse(records[0])
            report.record = record
            report.problems.extend(problems)
            break
    if report.record is None and report.found_at is None:
        if not misspelled:
            report.problems.append(
                finding(
                    "dmarc.none",
                    Severity.INFO,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{domain} has no DMARC record. That is allowed for a small sender (Gmail and Yahoo require one "
                        "only from senders of more than 5,000 mails a day). To get reports first, publish a TXT record "
                        "at _dmarc.{domain} with “v=DMARC1; p=none; rua=mailto:(your address)”.",
                    ),
                    domain=domain,
                )
            )
        return report
    r = report.record
    if r is None:
        return report
    if report.found_at != f"_dmarc.{domain}":
        report.problems.append(
            finding(
                "dmarc.inherited",
                Severity.INFO,
                QT_TRANSLATE_NOOP("core", "{domain} has no DMARC record of its own; the record of {org} applies (policy “{policy}”)."),
                domain=domain,
                org=org,
                policy=report.policy.value if report.policy else "-",
            )
        )
    if report.policy is Policy.NONE:
        report.problems.append(
            finding(
                "dmarc.monitor",
                Severity.INFO,
                QT_TRANSLATE_NOOP("core", "The DMARC policy is “none”: receivers only report, they do not refuse mail that fails."),
            )
        )
    if r.pct < 100 and report.enforcing:
        text = (
            QT_TRANSLATE_NOOP(
                "core",
                "pct={pct}: receivers refuse {pct}% of the mail that fails DMARC and put the rest into spam (pct "
                "lowers the policy one step for the remaining mail; it does not switch it off, even at pct=0).",
            )
            if report.policy is Policy.REJECT
            else QT_TRANSLATE_NOOP(
                "core",
                "pct={pct}: receivers put {pct}% of the mail that fails DMARC into spam and treat the rest as p=none. "
                "Many receivers ignore pct (the newer DMARC standard drops it), so expect the full policy.",
            )
        )
        report.problems.append(finding("dmarc.pct", Severity.INFO, text, pct=r.pct))
    if not r.rua:
        report.problems.append(
            finding(
                "dmarc.no_rua",
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "core",
                    "The record has no rua= address, so you get no reports on who sends as your domain. Adding one helps "
                    "you see whether mail through the provider passes.",
                ),
            )
        )
    report.problems.extend(_report_authorisation(resolver, report.found_at.removeprefix("_dmarc."), r, cancel))
    return report


def _report_authorisation(resolver, policy_domain: str, r: DmarcRecord, cancel) -> list[Finding]:
    """RFC 7489 7.1: a report address whose organisational domain differs from the policy domain's needs the TXT
    record ``<policy domain>._report._dmarc.<address host>`` starting with v=DMARC1; without it no reports go there."""
    out: list[Finding] = []
    own = organizational_domain(policy_domain)
    seen: set[str] = set()
    for uri in (*r.rua, *r.ruf):
        host = mailto_host(uri)
        if host is None or host in seen:
            continue
        seen.add(host)
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            continue  # not a host name: the syntax finding already says so
        if organizational_domain(host) == own:
            continue
        name = f"{policy_domain}._report._dmarc.{host}"
        a = ask(resolver, name, "TXT", cancel)
        if a.status is Status.ERROR:
            out.append(
                finding(
                    "dmarc.report_unchecked",
                    Severity.INFO,
                    QT_TRANSLATE_NOOP("core", "Whether {host} accepts your DMARC reports could not be checked ({name}): {reason}."),
                    host=host,
                    name=name,
                    reason=a.reason,
                )
            )
        elif not any(version_of(t.decode("utf-8", "replace")) is Version.EXACT for t in a.texts()):
            out.append(
                finding(
                    "dmarc.report_unauthorised",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Reports to {uri} are not sent: {host} has not published the TXT record {name} with "
                        "“v=DMARC1” that allows reports for {domain} (RFC 7489 7.1). Ask the report service to publish "
                        "it, or use an address at {domain}.",
                    ),
                    uri=uri,
                    host=host,
                    name=name,
                    domain=policy_domain,
                )
            )
    return out


def relay_warnings(report: DmarcReport, spf_current_pass: bool | None, spf_proposed_pass: bool | None) -> list[Finding]:
    """What the DMARC policy means for mail sent through a provider's relay, in plain words with what to do.

    The relay does not sign the customer's domain with DKIM, so DMARC can only pass through SPF, and only while the
    envelope sender stays the user's own address (aligned with the From domain).
    """
    out = [
        finding(
            "relay.no_dkim",
            Severity.INFO,
            QT_TRANSLATE_NOOP(
                "core",
                "Your provider's server does not add a DKIM signature for your domain. Receivers can therefore only check "
                "your mail with SPF: the provider's servers must be in your SPF record.",
            ),
        ),
        finding(
            "relay.envelope",
            Severity.INFO,
            QT_TRANSLATE_NOOP(
                "core",
                "Some providers replace the envelope sender (Return-Path) with your account at the provider. Then SPF is "
                "checked for the provider's domain, not yours, and DMARC does not pass. Send a test to a Gmail address "
                "and open “Show original”: SPF and DMARC should say PASS with your domain.",
            ),
        ),
        finding(
            "relay.mailbox_rules",
            Severity.INFO,
            QT_TRANSLATE_NOOP(
                "core",
                "Since February 2024 Gmail and Yahoo refuse mail that passes neither SPF nor DKIM (error 5.7.26), and "
                "senders of more than 5,000 mails a day also need DMARC.",
            ),
        ),
    ]
    r = report.record
    if r is not None and r.aspf == "s":
        out.append(
            finding(
                "dmarc.strict_spf",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "core",
                    "Your DMARC record asks for strict SPF alignment (aspf=s): the envelope sender must be exactly your "
                    "domain, not a subdomain. Keep aspf=r unless you know you need s.",
                ),
            )
        )
    if report.enforcing:
        if spf_proposed_pass is False or (spf_proposed_pass is None and spf_current_pass is False):
            out.append(
                finding(
                    "dmarc.will_fail",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Your DMARC policy is “{policy}” and mail through the provider does not pass SPF: receivers such as "
                        "Gmail will {action} it. Fix SPF first (see the proposed record), or set p=none until it passes.",
                    ),
                    policy=report.policy.value,
                    action=Msg.of(
                        QT_TRANSLATE_NOOP("core", "reject")
                        if report.policy is Policy.REJECT
                        else QT_TRANSLATE_NOOP("core", "put into spam")
                    ),
                )
            )
        elif spf_current_pass is False and spf_proposed_pass:
            out.append(
                finding(
                    "dmarc.needs_spf_change",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Your DMARC policy is “{policy}”: until the SPF record is changed, mail through the provider fails "
                        "DMARC. Change SPF before you switch your mail program to the provider.",
                    ),
                    policy=report.policy.value,
                )
            )
    return out
