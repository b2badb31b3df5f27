"""The SPF record grammar and its TXT strings (wizard.core.spf.record)."""

from __future__ import annotations

import pytest

from tests.core.spf.zone import codes
from wizard.core.spf.record import parse_record, split_strings


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
