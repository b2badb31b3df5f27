"""Rental servers recognised from realistic host and reverse names (resources/rental_servers.toml), and hostile or
malformed data files (rental_servers.toml, the removal procedures of dnsbl.toml) rejected with a message that names
the problem."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from wizard.core.dns.zones import DnsblError, load_zones, zones_path
from wizard.core.watch.rental import RentalDataError, load_rental_servers, recognise, rental_path

# Names of the shapes the fact sheet (docs/WATCH.md) gives for each service: servers, mail gateways, initial domains.
NAMES = [
    ("sv10123.xserver.jp", "xserver"),
    ("SV8012.XSERVER.JP.", "xserver"),
    ("xs123456.xsrv.jp", "xserver"),
    ("www3456.sakura.ne.jp", "sakura"),
    ("abc12345.sakura.ne.jp", "sakura"),
    ("mail-gw204.lolipop.jp", "lolipop"),
    ("mx01.lolipop.jp", "lolipop"),
    ("mail5012.conoha.ne.jp", "conoha-wing"),
    ("www123.conoha.ne.jp", "conoha-wing"),
    ("sd1234.onamae.ne.jp", "onamae"),
    ("mail.example.secure.ne.jp", "cpi"),
    ("dmail.kagoya.net", "kagoya"),
    ("smtp12.kagoya.net", "kagoya"),
    ("user.heteml.jp", "heteml"),
    ("m1001.coreserver.jp", "coreserver"),
    ("s110.coreserver.jp", "coreserver"),
    ("shop.mixh.jp", "mixhost"),
]


@pytest.mark.parametrize("name, expected", NAMES)
def test_each_rental_server_is_recognised(name, expected):
    found = recognise([name])
    assert found is not None and found.server.id == expected
    assert found.name == name.lower().rstrip(".")
    assert found.server.support_url.startswith("https://") and found.server.company.ja and found.server.company.en


def test_every_server_in_the_file_is_covered_by_a_test_name():
    assert {s.id for s in load_rental_servers()} == {e for _, e in NAMES}


@pytest.mark.parametrize("name", [
    "xserver.jp.evil.example", "sv123.xserver.jp.example.com", "notxserver.jp", "sakura.ne.jp.attacker.example",
    "mail.example.co.jp", "p1234-ipngn.tokyo.ocn.ne.jp", "", "a" * 300, "sv12.xserver.jp/../x", "203.0.113.45",
])
def test_other_names_are_not_recognised(name):
    assert recognise([name]) is None


def test_the_first_matching_name_among_target_and_reverse_names():
    found = recognise(["www.shop-example.jp", "sv10123.xserver.jp"])
    assert found.server.id == "xserver" and found.name == "sv10123.xserver.jp"


def test_the_more_specific_pattern_wins(tmp_path):
    path = tmp_path / "r.toml"
    path.write_text(_server("wide", '"**.example.jp"') + _server("narrow", '"mail#.hosting.example.jp"'))
    assert recognise(["mail12.hosting.example.jp"], load_rental_servers(path)).server.id == "narrow"
    assert recognise(["www.example.jp"], load_rental_servers(path)).server.id == "wide"


def _server(sid: str, patterns: str, extra: str = "") -> str:
    head = "schema = 1\n" if sid in ("wide", "x") else ""
    return head + f"""
[[servers]]
id = "{sid}"
name = {{ ja = "名前", en = "Name" }}
company = {{ ja = "会社", en = "Company" }}
patterns = [{patterns}]
support_url = "https://support.example.jp/"
support_verified = false
sources = [{{ url = "https://example.jp/", checked = 2026-12-01, verified = false }}]
{extra}"""


@pytest.mark.parametrize("text, words", [
    ("not toml [[[", "cannot be read"),
    ("schema = 2\n[[servers]]\n", "schema must be 1"),
    ("schema = 1\n", "no [[servers]]"),
    (_server("x", '"**.jp"'), "last two labels must be written out"),
    (_server("x", '"*.*"'), "last two labels"),
    (_server("x", '"(a+)+$.example.jp"'), "bad pattern"),
    (_server("x", '"a.**.example.jp"'), "** only as the first label"),
    (_server("x", '"a.b\\u0000.jp"'), "bad pattern"),
    (_server("x", ""), "patterns must be a list"),
    (_server("x", ", ".join(['"a.example.jp"'] * 21)), "patterns must be a list of 1 to 20"),
    (_server("x", "1"), "patterns must be texts"),
    (_server("x", '"a.example.jp"').replace("https://support", "javascript:alert(1)//support"), "support_url"),
    (_server("x", '"a.example.jp"').replace("checked = 2026-12-01", 'checked = "yesterday"'), "checked (a date)"),
    (_server("x", '"a.example.jp"').replace('ja = "会社"', 'ja = ""'), "company must be a table"),
    (_server("x", '"a.example.jp"').replace('ja = "会社"', 'ja = "会社\\u001b[31m"'), "control characters"),
    (_server("x", '"a.example.jp"').replace('id = "x"', 'id = "X Y"'), "id must be"),
    (_server("x", '"a.example.jp"') + _server("x", '"b.example.jp"'), "duplicate id x"),
])
def test_malformed_rental_files_are_rejected_with_the_reason(tmp_path, text, words):
    path = tmp_path / "rental_servers.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RentalDataError) as exc:
        load_rental_servers(path)
    assert words in str(exc.value) and str(path) in str(exc.value)


def test_huge_or_binary_files_are_rejected(tmp_path):
    path = tmp_path / "r.toml"
    path.write_bytes(b"#" * (300 * 1024))
    with pytest.raises(RentalDataError, match="larger than"):
        load_rental_servers(path)
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(RentalDataError, match="cannot be read"):
        load_rental_servers(path)


def test_patterns_stay_fast_on_hostile_names():
    servers = load_rental_servers()
    started = time.perf_counter()
    for name in ["a" * 63 + "." + "1" * 63 + ".xserver.jp", ("a." * 120) + "sakura.ne.jp", "9" * 250 + ".jp"]:
        recognise([name], servers)
    assert time.perf_counter() - started < 1.0  # linear expressions: milliseconds, not a hang


# -- the removal procedures in dnsbl.toml --------------------------------------------------------------------------
def test_the_shipped_procedures_load_with_sources():
    zones = {z.id: z for z in load_zones()}
    zen = zones["spamhaus-zen"]
    assert [r.who for r in zen.removals(["127.0.0.2"])] == ["owner"]
    assert [r.who for r in zen.removals(["127.0.0.4"])] == ["anyone"]
    assert [r.who for r in zen.removals(["127.0.0.10"])] == ["anyone"]
    assert [r.who for r in zones["spamcop"].removals(["127.0.0.2"])] == ["expires"]
    for z in zones.values():
        for r in z.removal:
            assert r.sources and all(s.url.startswith("https://") for s in r.sources)
            assert r.asks.ja and r.asks.en and r.time.ja and r.time.en


def _with_removal(table: str) -> str:
    text = zones_path().read_text(encoding="utf-8")
    return text + '\n[[zones]]\nid = "extra"\nzone = "bl.extra.example"\nname = "Extra"\nlisted = { "127.0.0.2" = "spam" }\n' \
        'delist_url = "https://extra.example/"\n\n[[zones.removal]]\n' + table


GOOD = ('who = "anyone"\nform = "https://extra.example/remove"\nasks = { ja = "あ", en = "a" }\n'
        'time = { ja = "い", en = "b" }\nsources = [{ url = "https://extra.example/", checked = 2026-12-01, verified = true }]\n')


def test_a_good_extra_procedure_loads(tmp_path):
    path = tmp_path / "dnsbl.toml"
    path.write_text(_with_removal(GOOD), encoding="utf-8")
    extra = [z for z in load_zones(path) if z.id == "extra"][0]
    assert extra.removal[0].form == "https://extra.example/remove" and not extra.removal[0].codes


@pytest.mark.parametrize("change, words", [
    (('who = "anyone"', 'who = "everybody"'), "removal.who"),
    (('form = "https://extra.example/remove"', 'form = "http://extra.example/remove"'), "removal.form"),
    (('asks = { ja = "あ", en = "a" }', 'asks = "a"'), "removal.asks"),
    (("checked = 2026-12-01, ", ""), "checked (a date)"),
    (("sources = [{", 'codes = ["127.0.0.9"]\nsources = [{'), "not listing codes"),
    (("sources = [{ url", 'codes = ["x"]\nsources = [{ url'), "zones["),
    (("sources = [{ url = \"https://extra.example/\", checked = 2026-12-01, verified = true }]", "sources = []"),
     "at least one source"),
])
def test_malformed_procedures_are_rejected(tmp_path, change, words):
    path = tmp_path / "dnsbl.toml"
    assert change[0] in GOOD
    path.write_text(_with_removal(GOOD.replace(*change)), encoding="utf-8")
    with pytest.raises(DnsblError) as exc:
        load_zones(path)
    assert words in str(exc.value)


def test_the_shipped_files_are_where_the_loaders_look():
    assert rental_path() == Path(__file__).resolve().parents[3] / "resources" / "rental_servers.toml"
