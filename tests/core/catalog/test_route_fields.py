"""Relay and mailbox services in the catalogue: `kind`, `[route]` and `[[records]]` validated by the loader."""

from __future__ import annotations

import pytest

from wizard.core.catalog.loader import load_catalog
from wizard.core.catalog.resolve import resolve
from wizard.core.model import ProfileKind, RecordPurpose, SenderRule

SERVICES = {"sendgrid", "amazon-ses-tokyo", "brevo", "mailgun", "smtp2go", "blastengine"}
MAILBOXES = {"google-workspace", "microsoft-365"}

SERVICE = """\
schema = 2
id = "svc"
kind = "relay_service"
name = { ja = "サービス", en = "Service" }
source = "r"

[route]
cost = { value = { ja = "無料", en = "Free" }, source = "r" }
effort = { ja = "申し込み", en = "Sign up" }
signup = { value = "https://svc.example/", source = "r" }
dkim_own_domain = { value = true, source = "r" }

[[candidates]]
host = "smtp.svc.example"
port = 587
security = "starttls"
auth = "auto"
username = "apikey"
source = "r"
own_domain_sender = { value = "allowed", source = "r" }
own_lines_only = { value = "no", source = "r" }

[[records]]
purpose = "dkim"
type = "CNAME"
name = "{selector}._domainkey"
value = "{selector}.dkim.svc.example"
match = "svc.example"
source = "r"

[refs.r]
url = "https://svc.example/docs"
kind = "official"
as_of = "undated"
"""


def test_builtin_services_load_with_their_kind_route_and_records():
    cat = load_catalog(user=None)
    assert cat.errors == []
    kinds = {p.id: p.kind for p in cat}
    assert {i for i, k in kinds.items() if k is ProfileKind.RELAY_SERVICE} == SERVICES
    assert {i for i, k in kinds.items() if k is ProfileKind.MAILBOX_SERVICE} == MAILBOXES
    assert kinds["ocn"] is ProfileKind.PROVIDER  # the default
    for i in SERVICES | MAILBOXES:
        p = cat.get(i)
        assert p.route.cost and p.route.effort.ja and p.route.effort.en and p.route.signup, i
        assert str(p.route.signup.value).startswith("https://")
        for r in p.records:
            assert r.sources, i
    sg = cat.get("sendgrid")
    assert {c.setting.username for c in sg.candidates} == {"apikey"}
    assert [s.username for s in resolve(sg).settings()] == ["apikey"] * 3  # nothing to type but the API key
    assert [s.host for s in resolve(cat.get("brevo"), account="x@example.jp").settings()] == ["smtp-relay.brevo.com"] * 3
    assert all(c.own_domain_sender.value is SenderRule.ALLOWED for c in sg.candidates)
    ses = cat.get("amazon-ses-tokyo")
    assert [r.purpose for r in ses.records].count(RecordPurpose.DKIM) == 3
    assert cat.get("google-workspace").route.dkim_own_domain.value is False
    assert cat.get("google-workspace").route.dkim_own_domain.to_verify  # rests on the standard, not a Google page


def test_a_service_is_not_matched_by_an_address_domain():
    cat = load_catalog(user=None)
    assert cat.for_domain("abc.ocn.ne.jp")[0].id == "ocn"
    assert all(not p.domains for p in cat if p.is_service and p.id != "other")


@pytest.mark.parametrize(
    "mutate,field,needle",
    [
        (lambda t: t.replace('kind = "relay_service"', 'kind = "bank"'), "kind", "is not one of"),
        (lambda t: t.replace('kind = "relay_service"\n', ""), "domains", "required"),
        (lambda t: t.replace('type = "CNAME"', 'type = "SRV"'), "records[0].type", "is not one of"),
        (lambda t: t.replace('purpose = "dkim"', 'purpose = "spam"'), "records[0].purpose", "is not one of"),
        (lambda t: t.replace('name = "{selector}._domainkey"', 'name = "{selector}.dkim"'), "records[0].name", "_domainkey"),
        (lambda t: t.replace('{selector}._domainkey"', '{secret}._domainkey"'), "records[0].name", "Unknown placeholder"),
        (lambda t: t.replace('match = "svc.example"', 'match = "not a host"'), "records[0].match", "not a host name"),
        (lambda t: t.replace('value = "https://svc.example/"', 'value = "ftp://svc.example/"'), "route.signup.value", "http(s)"),
        (lambda t: t.replace('effort = { ja = "申し込み", en = "Sign up" }\n', ""), "route.effort", "required"),
        (lambda t: t.replace('{ ja = "無料", en = "Free" }', '{ ja = "無料" }'), "route.cost.value.en", "required"),
        (lambda t: t.replace('dkim_own_domain = { value = true', 'dkim_own_domain = { value = "yes"'),
         "route.dkim_own_domain.value", "true or false"),
        (lambda t: t.replace('kind = "relay_service"', 'kind = "provider"\ndomains = ["svc.example"]'), "route", "Only a relay"),
    ],
)
def test_bad_service_fields_name_the_field(tmp_path, mutate, field, needle):
    (tmp_path / "svc.toml").write_text(mutate(SERVICE), encoding="utf-8")
    cat = load_catalog(builtin=tmp_path, user=None)
    assert cat.get("svc") is None
    assert len(cat.errors) == 1 and cat.errors[0].field == field, cat.errors
    assert needle in cat.errors[0].render()


def test_the_minimal_service_loads(tmp_path):
    (tmp_path / "svc.toml").write_text(SERVICE, encoding="utf-8")
    cat = load_catalog(builtin=tmp_path, user=None)
    assert cat.errors == []
    p = cat.get("svc")
    assert p.is_service and p.records[0].fill({"selector": "s1"}) == ("s1._domainkey", "s1.dkim.svc.example")
