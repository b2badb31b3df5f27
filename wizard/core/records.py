"""The DNS records a route needs at the user's domain, checked: DKIM, custom return-path / MAIL FROM, verification.

SPF stays with :mod:`wizard.core.domaincheck` (the proposal and the evaluation); this module checks the other records a
relay or mailbox service lists under ``[[records]]`` in its profile (docs/CATALOG.md) and says for each one whether it
is found, missing or wrong, with the exact record to add. It also gives the DMARC advice of a route that signs with the
user's own domain (DKIM alignment) or does not.

DKIM keys are read with dkimpy's ``evaluate_pk`` (the parser its verifier uses), so "the key is readable" means what
it means to a receiver running dkimpy; an RSA key must also be exactly one DER element (dkimpy ignores data after
it, OpenSSL refuses it: a small hand-written length check, ``_one_der_element``, as neither library offers it without
`cryptography`, which is not a dependency). A DKIM CNAME is followed by asking the TXT of its target explicitly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from wizard.core.cancel import CancelToken
from wizard.core.dns.query import Status, ask
from wizard.core.findings import Finding, Severity, finding
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate
from wizard.core.model import IspProfile, RecordPurpose, RecordSpec, placeholders


class RecordState(str, Enum):
    FOUND = "found"
    MISSING = "missing"
    WRONG = "wrong"
    UNCHECKED = "unchecked"  # the name depends on values from the service's panel that were not given
    NO_ANSWER = "no_answer"  # the DNS did not answer: nothing is known


PURPOSE_WORDS = {
    RecordPurpose.DKIM: QT_TRANSLATE_NOOP("core", "DKIM signing key"),
    RecordPurpose.RETURN_PATH: QT_TRANSLATE_NOOP("core", "return path (MAIL FROM)"),
    RecordPurpose.VERIFICATION: QT_TRANSLATE_NOOP("core", "domain verification"),
}

T_FOUND = QT_TRANSLATE_NOOP("core", "{name}: found.")
T_KEY_OK = QT_TRANSLATE_NOOP("core", "{name}: found; the key is readable ({bits}-bit {algorithm}).")
T_MISSING = QT_TRANSLATE_NOOP("core", "{name}: missing. Add this record: {record}")
T_ELSEWHERE = QT_TRANSLATE_NOOP("core", "{name} points at {target}, not at {service}. Change it to: {record}")
T_WRONG_VALUE = QT_TRANSLATE_NOOP("core", "{name} has “{target}”, not the value {service} needs. Change it to: {record}")
T_BAD_KEY = QT_TRANSLATE_NOOP(
    "core", "{name}: the DKIM key cannot be read ({reason}). Publish the key exactly as {service} shows it: {record}"
)
T_NO_KEY_YET = QT_TRANSLATE_NOOP(
    "core", "{name} points at {target}, but no key is published there yet. {service} may still be setting it up; check again later."
)
T_MANY_MX = QT_TRANSLATE_NOOP("core", "{name} has {count} MX records; {service} needs exactly one: {record}")
T_MANY_SPF = QT_TRANSLATE_NOOP("core", "{name} has {count} SPF records; there must be exactly one: {record}")
T_UNCHECKED = QT_TRANSLATE_NOOP(
    "core",
    "{name}: this name holds values from {service}'s control panel ({fields}). Enter them to check the record; "
    "the record to add is: {record}",
)
T_NO_ANSWER = QT_TRANSLATE_NOOP("core", "{name}: the DNS did not answer ({reason}); this record could not be checked.")


@dataclass(frozen=True)
class RecordCheck:
    """One needed record: where, what to publish, what the DNS has and the verdict in words."""

    spec: RecordSpec
    name: str  # the full name asked (placeholders may remain when UNCHECKED)
    expected: str  # the value to publish (placeholders stay where the panel's values were not given)
    state: RecordState
    found: tuple[str, ...]
    msg: Msg
    key_bits: int | None = None

    @property
    def record(self) -> str:
        """The record to add, as a zone-file line."""
        value = f'"{self.expected}"' if self.spec.rtype == "TXT" else self.expected
        return f"{self.name}. {self.spec.rtype} {value}"

    def as_dict(self, translate: Translate | None = None) -> dict:
        return {
            "purpose": self.spec.purpose.value,
            "type": self.spec.rtype,
            "name": self.name,
            "expected": self.expected,
            "record": self.record,
            "state": self.state.value,
            "found": list(self.found),
            "key_bits": self.key_bits,
            "text": self.msg.render(translate),
            "to_verify": self.spec.to_verify,
            "sources": [s.url for s in self.spec.sources],
        }


def check_records(
    domain: str,
    resolver,
    profile: IspProfile,
    values: Mapping[str, str] | None = None,
    cancel: CancelToken | None = None,
) -> list[RecordCheck]:
    """Check every record ``profile`` lists for ``domain``; ``values`` fill the names and values taken from the
    service's control panel (``token``, ``selector``, ``mail_from``...)."""
    values = {k: v.strip().lower().rstrip(".") if k != "code" else v.strip() for k, v in (values or {}).items() if v.strip()}
    domain = domain.lower().rstrip(".")
    service = profile.display_name("en")
    return [_check(domain, resolver, spec, values, service, cancel) for spec in profile.records]


def _check(domain, resolver, spec: RecordSpec, values, service, cancel) -> RecordCheck:
    rel, expected = spec.fill(values)
    name = domain if rel == "@" else f"{rel}.{domain}"
    args = {"name": name, "service": service}

    def out(state, text, found=(), key_bits=None, **more):
        check = RecordCheck(spec, name, expected, state, tuple(found), Msg(""), key_bits)
        return RecordCheck(spec, name, expected, state, tuple(found),
                           Msg.of(text, record=check.record, **args, **more), key_bits)

    unfilled = sorted(placeholders(rel))
    if unfilled:
        return out(RecordState.UNCHECKED, T_UNCHECKED, fields=", ".join(unfilled))
    exact = not placeholders(expected)
    if spec.rtype == "CNAME":
        return _cname(resolver, spec, name, expected, exact, out, cancel)
    if spec.rtype == "MX":
        return _mx(resolver, spec, name, expected, exact, out, cancel)
    return _txt(resolver, spec, name, expected, exact, out, cancel)


def _no_answer(a, out):
    return out(RecordState.NO_ANSWER, T_NO_ANSWER, reason=a.reason or Msg.of(QT_TRANSLATE_NOOP("core", "no answer")))


def _cname(resolver, spec, name, expected, exact, out, cancel) -> RecordCheck:
    a = ask(resolver, name, "CNAME", cancel)
    if a.status is Status.ERROR:
        return _no_answer(a, out)
    if a.status is not Status.OK or not a.rdatas:
        return out(RecordState.MISSING, T_MISSING)
    target = a.rdatas[0].target.to_text(omit_final_dot=True).lower()
    right = target == expected.lower() if exact else _under(target, spec.match)
    if not right:
        return out(RecordState.WRONG, T_ELSEWHERE, (target,), target=target)
    if spec.purpose is not RecordPurpose.DKIM:
        return out(RecordState.FOUND, T_FOUND, (target,))
    key = ask(resolver, target, "TXT", cancel)
    if key.status is Status.ERROR:
        return _no_answer(key, out)
    texts = _texts(key)
    if not texts:
        return out(RecordState.FOUND, T_NO_KEY_YET, (target,), target=target)
    return _dkim_key(name, texts, out, (target,))


def _mx(resolver, spec, name, expected, exact, out, cancel) -> RecordCheck:
    a = ask(resolver, name, "MX", cancel)
    if a.status is Status.ERROR:
        return _no_answer(a, out)
    if a.status is not Status.OK or not a.rdatas:
        return out(RecordState.MISSING, T_MISSING)
    hosts = [r.exchange.to_text(omit_final_dot=True).lower() for r in a.rdatas]
    found = [f"{r.preference} {h}" for r, h in zip(a.rdatas, hosts, strict=True)]
    if spec.purpose is RecordPurpose.RETURN_PATH and len(hosts) > 1:
        return out(RecordState.WRONG, T_MANY_MX, found, count=len(hosts))
    want = expected.split()[-1].lower() if exact else spec.match
    if not (hosts[0] == want if exact else _under(hosts[0], want)):
        return out(RecordState.WRONG, T_ELSEWHERE, found, target=hosts[0])
    return out(RecordState.FOUND, T_FOUND, found)


def _txt(resolver, spec, name, expected, exact, out, cancel) -> RecordCheck:
    a = ask(resolver, name, "TXT", cancel)
    if a.status is Status.ERROR:
        return _no_answer(a, out)
    texts = _texts(a)
    if spec.purpose is RecordPurpose.DKIM:
        keys = [t for t in texts if "p=" in t.replace(" ", "") or t.replace(" ", "").lower().startswith("v=dkim1")]
        if not keys:
            return out(RecordState.MISSING, T_MISSING)
        return _dkim_key(name, keys, out, tuple(keys))
    if "v=spf1" in spec.match.lower() or spec.match.lower().startswith(("include:", "ip4:", "ip6:")):
        spf = [t for t in texts if t.lower().startswith("v=spf1")]
        if len(spf) > 1:
            return out(RecordState.WRONG, T_MANY_SPF, spf, count=len(spf))
        texts = spf
    norm = " ".join(expected.split()).lower()
    for t in texts:
        if (" ".join(t.split()).lower() == norm) if exact else (spec.match.lower() in t.lower()):
            return out(RecordState.FOUND, T_FOUND, (t,))
    near = [t for t in texts if spec.match.lower() in t.lower() or t.lower().startswith("v=spf1")]
    if near:
        return out(RecordState.WRONG, T_WRONG_VALUE, near, target=near[0])
    return out(RecordState.MISSING, T_MISSING)


def _dkim_key(name: str, texts, out, found) -> RecordCheck:
    import dkim  # lazy: dkimpy only for the domain check of a route with DKIM records

    reason = ""
    for t in texts:
        try:
            pk, bits, ktag, _ = dkim.evaluate_pk(name.encode("ascii", "replace"), t.encode("ascii", "replace"))
        except Exception as exc:  # dkimpy raises KeyFormatError, and ValueError/TypeError on garbage
            reason = str(exc)[:120] or type(exc).__name__
            continue
        if pk is not None and ktag == b"rsa" and not _one_der_element(t):
            reason = "data after the end of the key"
            continue
        if pk is not None:
            return out(RecordState.FOUND, T_KEY_OK, found, bits, bits=bits or 0, algorithm=ktag.decode())
    return out(RecordState.WRONG, T_BAD_KEY, found, reason=reason)


def _one_der_element(txt: str) -> bool:
    """The p= key is exactly one DER element: dkimpy reads the first and ignores anything after it, strict parsers
    (OpenSSL's) refuse the key, so a pasted key with extra characters would fail at some receivers."""
    import base64
    import binascii

    tags = dict(part.strip().partition("=")[::2] for part in txt.split(";") if "=" in part)
    try:
        der = base64.b64decode("".join(tags.get("p", "").split()), validate=False)
    except (binascii.Error, ValueError):
        return False
    if len(der) < 2:
        return False
    first = der[1]
    if first < 0x80:
        return 2 + first == len(der)
    n = first & 0x7F
    if n == 0 or n > 4 or len(der) < 2 + n:
        return False
    return 2 + n + int.from_bytes(der[2:2 + n], "big") == len(der)


def _texts(a) -> list[str]:
    if a.status is not Status.OK:
        return []
    return [b"".join(r.strings).decode("utf-8", "replace") for r in a.rdatas]


def _under(host: str, suffix: str) -> bool:
    suffix = suffix.lower().rstrip(".")
    return host == suffix or host.endswith("." + suffix)


def needs_action(checks: list[RecordCheck]) -> bool:
    return any(c.state in (RecordState.MISSING, RecordState.WRONG) for c in checks)


def dmarc_advice(profile: IspProfile, checks: list[RecordCheck], enforcing: bool, policy: str) -> list[Finding]:
    """What DMARC means for mail through a service: DKIM alignment when it signs with the user's domain."""
    signs = profile.route.dkim_own_domain
    service = profile.display_name("en")
    if signs is None:
        return []
    if signs.value is False:
        if not enforcing:
            return [finding("records.no_own_dkim", Severity.WARNING, QT_TRANSLATE_NOOP(
                "core",
                "{service} does not sign your mail with your own domain unless you set up DKIM for your domain there. "
                "Without it DMARC does not pass for your domain; with p=quarantine or p=reject your mail would go to "
                "spam or be refused."), service=service)]
        return [finding("records.no_own_dkim_enforced", Severity.ERROR, QT_TRANSLATE_NOOP(
            "core",
            "Your DMARC policy is p={policy}. {service} does not sign your mail with your own domain unless you set up "
            "DKIM for your domain there: an own-domain From without your domain's DKIM fails DMARC alignment, and your "
            "mail goes to spam or is refused."), service=service, policy=policy)]
    dkim_checks = [c for c in checks if c.spec.purpose is RecordPurpose.DKIM]
    if dkim_checks and all(c.state is RecordState.FOUND for c in dkim_checks):
        return [finding("records.dkim_aligned", Severity.INFO, QT_TRANSLATE_NOOP(
            "core",
            "{service} signs your mail with your domain (DKIM), so DMARC passes through DKIM even where the envelope "
            "sender is the service's own."), service=service)]
    if enforcing:
        return [finding("records.dkim_missing_enforced", Severity.ERROR, QT_TRANSLATE_NOOP(
            "core",
            "Your DMARC policy is p={policy}: until the DKIM records of {service} are published and found, mail sent "
            "through it fails DMARC and goes to spam or is refused."), service=service, policy=policy)]
    return [finding("records.dkim_missing", Severity.WARNING, QT_TRANSLATE_NOOP(
        "core",
        "Until the DKIM records of {service} are published and found, mail sent through it does not pass DMARC for "
        "your domain."), service=service)]
