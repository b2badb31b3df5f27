"""The SPF record grammar and its TXT strings (wizard.core.spf.record)."""

from __future__ import annotations

import pytest

from tests.core.spf.zone import codes
from wizard.core.spf.evaluate import evaluate
from wizard.core.spf.record import parse_record, split_strings
from wizard.core.spf.result import Result


@pytest.mark.parametrize(
    "record",
    [
        "v=spf1 -all",
        "v=spf1 a mx/24 a:mail.example.jp/28//64 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.jp ~all",
        "v=spf1 exists:%{i}._spf.%{d} redirect=_spf.example.jp",
        "v=spf1 ?ptr:example.jp -all exp=explain.example.jp",
        "v=spf1  ip4:192.0.2.1  -all",
    ],
)
def test_valid_records_parse_cleanly(record):
    assert parse_record(record).problems == ()


@pytest.mark.parametrize(
    "record",
    [
        "v=spf1 ip4:192.0.2.256 -all",
        "v=spf1 ip4:192.0.2.0/33 -all",
        "v=spf1 ip6:192.0.2.1 -all",
        "v=spf1 include -all",
        "v=spf1 include:localhost -all",
        "v=spf1 a:example.jp/40 -all",
        "v=spf1 -all:foo",
        "v=spf1 frobnicate:example.jp -all",
        "v=spf1 redirect=a.example.jp redirect=b.example.jp",
        "spf1 -all",
    ],
)
def test_syntax_errors_are_found(record):
    assert "spf.syntax" in codes(parse_record(record).problems)


@pytest.mark.parametrize("length", [1, 254, 255, 256, 600])
def test_split_strings_round_trip(length):
    record = ("v=spf1 " + "ip4:192.0.2.1 " * 60)[:length]
    pieces = split_strings(record)
    assert "".join(pieces) == record and all(len(p) <= 255 for p in pieces)


# RFC 7208 section 12, class by class; each record here was misread by the hand-written parser this replaced.
VALID_BY_THE_ABNF = [
    "v=spf1 a:%{H}.example.jp -all",  # upper-case macro letters: URL-escaped (7.3)
    "v=spf1 exists:%{I}.%{D2}.rbl.example.jp -all",
    "v=spf1 exists:%{IR}.%{L-}._spf.%{d} -all",
    "v=spf1 a:foo:bar.example.jp -all",  # macro-literal ":" inside a domain-spec
    "v=spf1 mx:%%%_/.Clara.example.jp/27 -all",  # macro-literal "/" and the cidr after it
    "v=spf1 -all exp=%{L}.exp.example.jp",
    "V=SPF1 A MX:MAIL.EXAMPLE.JP -ALL",  # ABNF strings are case-insensitive
]
INVALID_BY_THE_ABNF = [
    "v=spf1 a:%{c}.example.jp -all",  # c, r, t only in exp text (7.1)
    "v=spf1 exists:%{r}.example.jp -all",
    "v=spf1 -all exp=%{t}.example.jp",
    "v=spf1 -all foo=%{C}",  # unknown modifier: its value is a macro-string
    "v=spf1 -all foo=%",
    "v=spf1 -all foo=%{z}",
    "v=spf1 -all foo=100%off",
    "v=spf1 exists:%{d}foo -all",  # domain-end: a toplabel after a dot, or a macro
    "v=spf1 exists:%{i}.example.jp/24 -all",  # no cidr on exists
    "v=spf1 a/024 -all",  # cidr lengths without leading zeros
    "v=spf1 ip6:fe80::1%eth0 -all",
    "v=spf1 -all redirect=%{c}.example.jp",
]


@pytest.mark.parametrize("record", VALID_BY_THE_ABNF)
def test_records_the_abnf_accepts(r, record):
    assert parse_record(record).problems == ()
    assert evaluate(r, "192.0.2.77", "chain.test", record=record).result is not Result.PERMERROR


@pytest.mark.parametrize("record", INVALID_BY_THE_ABNF)
def test_records_the_abnf_rejects_are_permerror_in_pyspf_too(r, record):
    assert "spf.syntax" in codes(parse_record(record).problems)
    assert evaluate(r, "192.0.2.77", "chain.test", record=record).result is Result.PERMERROR


def test_unparseable_terms_are_kept_in_words():
    parsed = parse_record("v=spf1 a  inclde:x.example.jp -all")
    assert parsed.words == ("a", "inclde:x.example.jp", "-all")
    assert [t.text for t in parsed.terms] == ["a", "-all"]


def test_macro_outside_exp_names_the_macro():
    (problem,) = parse_record("v=spf1 a:%{c5r}.example.jp -all").problems
    assert dict(problem.msg.args)["macro"] == "%{c5r}"
