"""DMARC (RFC 7489): fetch ``_dmarc`` at the domain and at its organisational domain, parse the tags, and say in plain
words what the policy means for mail sent through a provider's relay.

The organisational domain is the registrable domain: one label below the public suffix. The suffix rules come from
the system's Public Suffix List when one is installed (Debian/Ubuntu ``publicsuffix``), else from the small embedded
list below, which covers ``.jp`` (co.jp, ne.jp, or.jp, ... and the 47 prefecture domains) and common suffixes
elsewhere. Japanese city domains (``example.chiyoda.tokyo.jp``) need the full list; docs/SPF.md says more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path

from wizard.core.cancel import CancelToken
from wizard.core.dns.query import Status, ask
from wizard.core.findings import Finding, Severity, finding
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg

SYSTEM_PSL = Path("/usr/share/publicsuffix/public_suffix_list.dat")

_JP_SLD = "ac ad co ed go gr lg ne or".split()
_JP_PREFECTURES = (
    "aichi akita aomori chiba ehime fukui fukuoka fukushima gifu gunma hiroshima hokkaido hyogo ibaraki ishikawa iwate "
    "kagawa kagoshima kanagawa kochi kumamoto kyoto mie miyagi miyazaki nagano nagasaki nara niigata oita okayama "
    "okinawa osaka saga saitama shiga shimane shizuoka tochigi tokushima tokyo tottori toyama wakayama yamagata "
    "yamaguchi yamanashi"
).split()
_OTHER_SUFFIXES = (
    "co.uk org.uk ac.uk gov.uk com.au net.au org.au co.nz com.cn net.cn org.cn com.tw org.tw co.kr or.kr com.hk "
    "com.sg com.br co.in co.th com.my co.id com.ph com.vn"
).split()


def embedded_rules() -> set[str]:
    rules = {"jp", *(f"{s}.jp" for s in _JP_SLD), *(f"{p}.jp" for p in _JP_PREFECTURES)}
    rules |= {f"*.{p}.jp" for p in _JP_PREFECTURES}  # city domains: <city>.<prefecture>.jp are suffixes too
    rules |= {f"!pref.{p}.jp" for p in _JP_PREFECTURES} | {f"!metro.{p}.jp" for p in ("tokyo",)}
    rules |= set(_OTHER_SUFFIXES)
    return rules


@lru_cache(maxsize=1)
def suffix_rules() -> frozenset[str]:
    """The Public Suffix List's rules (system copy if installed, else the embedded subset)."""
    try:
        text = SYSTEM_PSL.read_text(encoding="utf-8")
    except OSError:
        return frozenset(embedded_rules())
    rules = set()
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("//"):
            rules.add(line.split()[0].lower())
    return frozenset(rules) if rules else frozenset(embedded_rules())


def organizational_domain(domain: str, rules=None) -> str:
    """The registrable domain of ``domain`` (ASCII form): the public suffix plus one label (RFC 7489 3.2)."""
    rules = suffix_rules() if rules is None else rules
    labels = domain.lower().rstrip(".").split(".")
    suffix_len = 1  # the implicit "*" rule: every TLD is a suffix
    for i in range(len(labels)):
        candidate = ".".join(labels[i:])
        wildcard = ".".join(["*", *labels[i + 1 :]])
        if f"!{candidate}" in rules:
            suffix_len = max(suffix_len, len(labels) - i - 1)
            break  # an exception rule wins
        if candidate in rules or (i + 1 < len(labels) and wildcard in rules):
            suffix_len = max(suffix_len, len(labels) - i)
    if suffix_len >= len(labels):
        return ".".join(labels)  # the domain is itself a public suffix
    return ".".join(labels[-(suffix_len + 1) :])


class Policy(str, Enum):
    NONE = "none"
    QUARANTINE = "quarantine"
    REJECT = "reject"


@dataclass(frozen=True)
class DmarcRecord:
    text: str
    tags: dict
    p: Policy | None
    sp: Policy | None
    adkim: str  # "r" relaxed / "s" strict
    aspf: str
    pct: int
    rua: tuple[str, ...]


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
        return self.policy in (Policy.QUARANTINE, Policy.REJECT) and (self.record.pct if self.record else 0) > 0

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


_TAG = re.compile(r"^\s*([a-z]+)\s*=\s*(.*?)\s*$", re.IGNORECASE)


def parse(text: str) -> tuple[DmarcRecord | None, list[Finding]]:
    """Parse a ``v=DMARC1`` record. Returns (record or None when unusable, problems)."""
    problems: list[Finding] = []
    tags: dict[str, str] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        m = _TAG.match(part)
        if not m:
            problems.append(
                finding("dmarc.syntax", Severity.WARNING, QT_TRANSLATE_NOOP("core", "“{part}” in the DMARC record is not a tag=value pair."), part=part.strip())
            )
            continue
        tags.setdefault(m.group(1).lower(), m.group(2))
    if tags.get("v") != "DMARC1":
        return None, [finding("dmarc.syntax", Severity.ERROR, QT_TRANSLATE_NOOP("core", "The DMARC record must start with “v=DMARC1”."))]

    def policy(tag: str) -> Policy | None:
        value = tags.get(tag)
        if value is None:
            return None
        try:
            return Policy(value.lower())
        except ValueError:
            problems.append(
                finding(
                    "dmarc.syntax",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP("core", "“{tag}={value}” is not a DMARC policy; use none, quarantine or reject."),
                    tag=tag,
                    value=value,
                )
            )
            return None

    p, sp = policy("p"), policy("sp")
    rua = tuple(u.strip() for u in tags.get("rua", "").split(",") if u.strip())
    if p is None:
        if any(u.lower().startswith("mailto:") for u in rua):
            problems.append(
                finding(
                    "dmarc.no_policy",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP("core", "The DMARC record has no valid “p=” tag; receivers read it as p=none. Add “p=none”."),
                )
            )
            p = Policy.NONE
        else:
            problems.append(
                finding(
                    "dmarc.no_policy",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP("core", "The DMARC record has no valid “p=” tag, so receivers ignore it. Add “p=none”."),
                )
            )
            return None, problems
    align = {}
    for tag in ("adkim", "aspf"):
        value = tags.get(tag, "r").lower()
        if value not in ("r", "s"):
            problems.append(
                finding("dmarc.syntax", Severity.WARNING, QT_TRANSLATE_NOOP("core", "“{tag}={value}” must be r or s; receivers use r."), tag=tag, value=tags[tag])
            )
            value = "r"
        align[tag] = value
    pct_text = tags.get("pct", "100")
    pct = int(pct_text) if pct_text.isdigit() and int(pct_text) <= 100 else 100
    if str(pct) != pct_text.lstrip("0") and pct_text not in ("100", "0"):
        problems.append(
            finding("dmarc.syntax", Severity.WARNING, QT_TRANSLATE_NOOP("core", "“pct={value}” must be a number from 0 to 100; receivers use 100."), value=pct_text)
        )
    for uri in rua:
        if not uri.lower().startswith("mailto:") or "@" not in uri:
            problems.append(
                finding("dmarc.syntax", Severity.WARNING, QT_TRANSLATE_NOOP("core", "The report address “{uri}” should look like mailto:dmarc@example.jp."), uri=uri)
            )
    return DmarcRecord(text, tags, p, sp, align["adkim"], align["aspf"], pct, rua), problems


def _lookup(resolver, name: str, cancel) -> tuple[list[str] | None, Msg | None]:
    a = ask(resolver, name, "TXT", cancel)
    if a.status is Status.ERROR:
        return None, a.reason
    if a.status is not Status.OK:
        return [], None
    records = []
    for raw in a.texts():
        if re.match(rb"^v\s*=\s*DMARC1\s*(;|$)", raw):
            records.append(raw.decode("utf-8", "replace"))
    return records, None


def check(resolver, domain: str, cancel: CancelToken | None = None) -> DmarcReport:
    domain = domain.lower().rstrip(".")
    org = organizational_domain(domain)
    report = DmarcReport(domain, org, None, None)
    names = [f"_dmarc.{domain}"] + ([f"_dmarc.{org}"] if org != domain else [])
    for name in names:
        records, reason = _lookup(resolver, name, cancel)
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
        report.problems.append(
            finding(
                "dmarc.none",
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "core",
                    "{domain} has no DMARC record. That is allowed for a small sender (Gmail and Yahoo require one only "
                    "from senders of more than 5,000 mails a day). To get reports first, publish a TXT record at "
                    "_dmarc.{domain} with “v=DMARC1; p=none; rua=mailto:(your address)”.",
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
    if r.pct < 100 and report.policy is not Policy.NONE:
        report.problems.append(
            finding(
                "dmarc.pct",
                Severity.INFO,
                QT_TRANSLATE_NOOP("core", "pct={pct}: the policy applies to {pct}% of the failing mail only."),
                pct=r.pct,
            )
        )
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
    return report


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
