"""Our DMARC reading against checkdmarc's, record by record, over the same local DNS server.

checkdmarc follows DMARCbis (it cites RFC 9989); this project follows RFC 7489. The two may differ only on the records
listed in DIFFERENT, each with the RFC 7489 rule that decides it (docs/DMARC.md repeats the list). Everything else
must agree: valid or not, the policy, and whether a report address lacks its authorisation record (section 7.1).
"""

from __future__ import annotations

import checkdmarc.dmarc as cd
import pytest

from tests.fixtures.dns_server import DnsServer
from wizard.core import dmarc

# {d} is the case's own domain; reports.test never authorises, ok.test authorises every case's domain.
SAME = [
    "v=DMARC1; p=none",
    "V=DMARC1; P=REJECT",  # tag names and keywords are case-insensitive (RFC 5234 2.3)
    "v=DMARC1; p=Quarantine; sp=Reject; pct=25",
    "v=dmarc1; p=reject",  # the version value is case-sensitive: not a DMARC record
    "v=DMARC1; p=none; p=reject",  # a repeated tag: invalid
    "v=DMARC1; p=reject; pct=0",
    "v=DMARC1; p=reject; sp=never",  # invalid sp and no rua: no DMARC
    "v=DMARC1; p=block",  # invalid p and no rua: no DMARC
    "v=DMARC1; rua=mailto:d@{d}",  # no p, a valid rua: p=none
    "v=DMARC1; rua=mailto:d@{d}; p=reject",  # p not second: both warn and use it
    "v=DMARC1; p=none; adkim=x",  # invalid alignment: default r
    "v=DMARC1; p=none; pct=101",
    "v=DMARC1; p=none; ri=soon",
    "v=DMARC1; p=none; future=1; future=2",  # unknown tags are ignored, repeated or not
    "v=DMARC1 ; p = reject ;",
    "v=DMARC1; p=none; rf=afrf",
    "v=DMARC1; p=none; rua=https://{d}/dmarc",  # a valid URI receivers need not support
    "v=DMARC1; p=none; rua=mailto:r@reports.test",  # external, not authorised
    "v=DMARC1; p=none; rua=mailto:r@ok.test",  # external, authorised
    "v=DMARC1; p=reject; rua=mailto:d@{d},mailto:r@reports.test; ruf=mailto:f@ok.test",
]
DIFFERENT = {
    "v=DMARC1": "no p and no valid rua: RFC 7489 6.6.3 step 6.2 applies no DMARC; DMARCbis reads p=none",
    "v=DMARC1; p=block; rua=mailto:d@{d}": "invalid p with a valid rua: RFC 7489 6.6.3 step 6.1 reads p=none; "
    "checkdmarc rejects the record",
    "v=DMARC1; p=reject; sp=never; rua=mailto:d@{d}": "invalid sp with a valid rua: RFC 7489 6.6.3 step 6.1 reads "
    "p=none; checkdmarc rejects the record",
    "v=DMARC1; p=none; fo=2": "a bad fo value: RFC 7489 6.3 discards syntax errors in favour of the default; "
    "checkdmarc rejects the record",
    "v=DMARC1; p=none; rua=foo": "a bad rua URI: RFC 7489 6.3 discards it; checkdmarc rejects the record",
    "v=DMARC1; p=none;; sp=none": "an empty tag between two separators: RFC 7489 6.3 discards the syntax error; "
    "checkdmarc rejects the record",
}
CASES = SAME + list(DIFFERENT)


def domain_of(i: int) -> str:
    return f"c{i}.jp"


@pytest.fixture(scope="module")
def r():
    zone = {("reports.test", "MX"): ["10 mx.reports.test."], ("ok.test", "MX"): ["10 mx.ok.test."]}
    for i, template in enumerate(CASES):
        d = domain_of(i)
        zone[(f"_dmarc.{d}", "TXT")] = [f'"{template.format(d=d)}"']
        zone[(d, "MX")] = [f"10 mx.{d}."]
        zone[(f"{d}._report._dmarc.ok.test", "TXT")] = ['"v=DMARC1"']
    with DnsServer(zone) as s:
        yield s.resolver(timeout=0.5)


def ours(r, domain: str) -> tuple:
    rep = dmarc.check(r, domain)
    if rep.record is None:
        return ("invalid",)
    unauthorised = any(f.code == "dmarc.report_unauthorised" for f in rep.problems)
    return ("valid", rep.record.p.value, unauthorised)


def theirs(r, record: str, domain: str) -> tuple:
    try:
        res = cd.parse_dmarc_record(record, domain, resolver=r, timeout=0.5, retries=0)
    except cd.DMARCError:
        return ("invalid",)
    unauthorised = any("does not indicate that it accepts" in w for w in res["warnings"])
    return ("valid", res["tags"]["p"]["value"], unauthorised)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[:40] for c in CASES])
def test_agrees_with_checkdmarc_except_where_rfc7489_decides(r, i):
    d = domain_of(i)
    record = CASES[i].format(d=d)
    a, b = ours(r, d), theirs(r, record, d)
    if CASES[i] in DIFFERENT:
        assert a != b, f"no longer differs: drop it from DIFFERENT and docs/DMARC.md ({DIFFERENT[CASES[i]]})"
    else:
        assert a == b


def test_the_cases_cover_both_verdicts_and_the_authorisation_check(r):
    verdicts = [ours(r, domain_of(i)) for i in range(len(SAME))]
    assert {v[0] for v in verdicts} == {"valid", "invalid"}
    assert {v[2] for v in verdicts if v[0] == "valid"} == {True, False}
    assert {v[1] for v in verdicts if v[0] == "valid"} == {"none", "quarantine", "reject"}
