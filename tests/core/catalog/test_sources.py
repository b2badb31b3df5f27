"""Schema 2: each reference's kind, as_of and checked, and the confidence that follows (issue 14, item 1)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.catalog.test_catalog import write
from wizard.core.catalog.loader import load_catalog
from wizard.core.model import Confidence, Source, SourceKind

TODAY = dt.date(2026, 12, 3)

V2 = """\
schema = 2
id = "v2"
name = {{ ja = "テスト", en = "Test ISP" }}
domains = ["test-isp.example"]
source = "r"

[[candidates]]
host = "smtp.test-isp.example"
port = 587
security = "starttls"
auth = "auto"
username = "{{address}}"
source = "r"
own_domain_sender = {{ value = "unknown", source = "r" }}
own_lines_only = {{ value = "no", source = "r" }}

[refs.r]
url = "https://test-isp.example/smtp"
kind = "{kind}"
as_of = {as_of}
{checked}
"""


def src(kind, as_of=None, checked=TODAY):
    return Source("k", "https://x.example", SourceKind(kind), as_of, checked)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (src("official", dt.date(2025, 6, 1)), Confidence.HIGH),  # the provider's page of this year or last
        (src("official", None), Confidence.HIGH),  # undated official page read today: describes today
        (src("official", dt.date(2018, 1, 1)), Confidence.MEDIUM),
        (src("official", dt.date(2010, 1, 1)), Confidence.LOW),
        (src("ispdb", dt.date(2025, 1, 1)), Confidence.MEDIUM),
        (src("ispdb", dt.date(2010, 12, 31)), Confidence.LOW),
        (src("headers", dt.date(2024, 3, 22)), Confidence.MEDIUM),
        (src("headers", None), Confidence.LOW),
        (src("community", dt.date(2026, 1, 1)), Confidence.LOW),  # a blog of this year is still a blog
        (src("seed"), Confidence.UNVERIFIED),
        (src("standard", dt.date(2018, 1, 1)), Confidence.UNVERIFIED),
        (src("official", dt.date(2026, 1, 1), checked=None), Confidence.UNVERIFIED),  # nobody read it
    ],
)
def test_confidence_follows_kind_and_dates(source, expected):
    assert source.confidence(TODAY) is expected


def test_an_official_page_of_this_year_beats_a_2010_blog():
    assert src("official", dt.date(2026, 5, 1)).confidence(TODAY) > src("community", dt.date(2010, 1, 1)).confidence(TODAY)


@pytest.mark.parametrize(
    ("kind", "as_of", "checked", "field", "needle"),
    [
        ("rumour", "2020-01-01", "", "refs.r.kind", "not one of"),
        ("seed", "2020-01-01", "", "refs.r.kind", "seed"),  # only the seed article is of kind seed
        ("official", '"last year"', "", "refs.r.as_of", "a year or"),
        ("official", "1890", "", "refs.r.as_of", "a year or"),
        ("official", "2099-01-01", "", "refs.r.as_of", "future"),
        ("official", "2020-01-01", "checked = 2099-01-01", "refs.r.checked", "future"),
        ("official", "2020-01-01", "verified = true", "refs.r.verified", "Unknown field"),  # schema 1's flag
    ],
)
def test_schema_2_references_are_validated(tmp_path, kind, as_of, checked, field, needle):
    write(tmp_path, "v2.toml", V2.format(kind=kind, as_of=as_of, checked=checked))
    cat = load_catalog(user=tmp_path)
    assert len(cat.errors) == 1
    err = cat.errors[0]
    assert (err.path.name, err.field) == ("v2.toml", field) and needle in str(err)


def test_a_schema_2_file_loads_with_its_dates(tmp_path):
    write(tmp_path, "v2.toml", V2.format(kind="official", as_of="2010", checked="checked = 2026-11-30"))
    cat = load_catalog(user=tmp_path)
    assert cat.errors == []
    s = cat.get("v2").sources[0]
    assert (s.kind, s.as_of_text(), s.checked) == (SourceKind.OFFICIAL, "2010", dt.date(2026, 11, 30))


def test_schema_1_files_still_load_as_community_sources(tmp_path):
    from tests.core.catalog.test_catalog import MINIMAL

    write(tmp_path, "old.toml", MINIMAL.format(id="old", host="smtp.test-isp.example", port=587))
    cat = load_catalog(user=tmp_path)
    assert cat.errors == []
    s = cat.get("old").sources[0]
    assert s.kind is SourceKind.COMMUNITY and s.checked == dt.date(2026, 11, 1) and s.verified


def test_the_audit_fixes_are_in_the_builtin_catalogue():
    cat = load_catalog(user=None)
    ocn = cat.get("ocn")
    assert cat.for_domain("dream.com")[0] is ocn
    port25 = next(c for c in ocn.candidates if c.setting.port == 25)
    assert {s.key for s in port25.sources} == {"seed", "ocn-2019"}
    assert port25.confidence() is Confidence.UNVERIFIED  # the seed and a blog nobody has read yet
    assert ocn.spf_include.to_verify and cat.get("nifty").spf_include.to_verify
    assert cat.for_rdns("ntsitm268057.sitm.nt.ngn.ppp.infoweb.ne.jp").id == "nifty"
    assert cat.for_rdns("fpd2fa7e2a.ap.nuro.jp").id == "sonet"
    assert not any(c.setting.host == "mail.plala.or.jp" for c in cat.get("plala").candidates)
    asahi = cat.get("asahinet")
    by_port = {(c.setting.host, c.setting.port): c for c in asahi.candidates}
    assert by_port[("mail.asahi-net.or.jp", 465)].own_domain_sender.value.value == "unknown"  # headers show no TLS
    assert cat.for_domain("jcom.zaq.ne.jp")[0].id == "jcom"
    assert cat.for_domain("kyoto.zaq.ne.jp") is None or cat.for_domain("kyoto.zaq.ne.jp")[0].id != "jcom"
    # nothing claims more than its sources: no built-in fact rests on a source nobody read and is called verified
    for p in cat:
        for c in p.candidates:
            for f in (c.own_domain_sender, c.own_lines_only):
                assert f.verified == any(s.checked is not None and s.kind.value not in ("seed", "standard") for s in f.sources)


def test_at_least_21_providers_people_use():
    ids = set(load_catalog(user=None).profiles)
    new = {"tokai", "commufa", "bbiq", "pikara", "megaegg", "odn", "hiho", "tiki", "zaq"}
    assert new <= ids and len(ids) >= 21


def test_isps_json_gives_every_fact_kind_as_of_and_checked(capsys):
    import json

    from wizard.cli import main

    assert main(["--lang", "en", "isps", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["profiles"]) >= 21
    seen = 0
    for p in data["profiles"]:
        for c in p["candidates"]:
            for f in (c["own_domain_sender"], c["own_lines_only"]):
                for s in f["sources"]:
                    assert {"kind", "as_of", "checked", "confidence"} <= set(s)
                    seen += 1
    assert seen > 100
