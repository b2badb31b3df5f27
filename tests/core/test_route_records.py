"""The records a relay service needs, checked against a real (local dnslib) DNS server.

DKIM keys are generated here with `cryptography` and published; whether a key is readable is also asked of
`cryptography` (a parser we did not write), and must agree with the verdict."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.fixtures.dns_server import SERVFAIL, DnsServer
from wizard.cli import main
from wizard.core.catalog.loader import load_catalog
from wizard.core.domaincheck import RelayRequest, check_domain
from wizard.core.records import RecordState, check_records


def _key(bits=2048) -> str:
    k = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    der = k.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(der).decode()


KEY = _key()
BAD_KEY = KEY[:40] + "!!notbase64" + KEY[60:120]  # damaged in the middle, cut short
SG = "u123.wl045.sendgrid.net"


def _txt(value: str) -> str:
    # TXT strings are at most 255 octets: split like a zone file would
    return " ".join(f'"{value[i:i + 250]}"' for i in range(0, len(value), 250))


ZONE = {
    # SendGrid right: return path and both DKIM CNAMEs, the keys at the targets
    ("em77.good.jp", "CNAME"): [f"CNAME {SG}."],
    ("s1._domainkey.good.jp", "CNAME"): [f"CNAME s1.domainkey.{SG}."],
    ("s2._domainkey.good.jp", "CNAME"): [f"CNAME s2.domainkey.{SG}."],
    (f"s1.domainkey.{SG}", "TXT"): [_txt(f"v=DKIM1; k=rsa; p={KEY}")],
    (f"s2.domainkey.{SG}", "TXT"): [_txt(f"k=rsa; p={KEY}")],
    ("_dmarc.good.jp", "TXT"): ['"v=DMARC1; p=reject"'],
    # SendGrid: s1 points elsewhere, s2 missing, em77 right
    ("em77.half.jp", "CNAME"): [f"CNAME {SG}."],
    ("s1._domainkey.half.jp", "CNAME"): ["CNAME s1.domainkey.example-esp.test."],
    ("_dmarc.half.jp", "TXT"): ['"v=DMARC1; p=quarantine"'],
    ("half.jp", "TXT"): ['"v=spf1 -all"'],
    # Brevo: verification right, DKIM TXT whose key does not parse
    ("shop.jp", "TXT"): ['"v=spf1 ~all"', '"brevo-code:0a1b2c"'],
    ("mail._domainkey.shop.jp", "TXT"): [_txt(f"k=rsa; p={BAD_KEY}")],
    # Brevo right, with a readable DKIM TXT
    ("ok.jp", "TXT"): ['"brevo-code:ffee"'],
    ("mail._domainkey.ok.jp", "TXT"): [_txt(f"k=rsa; p={KEY}")],
    ("_dmarc.ok.jp", "TXT"): ['"v=DMARC1; p=reject"'],
    # SES custom MAIL FROM: two MX (wrong) and the SPF TXT right
    ("bounce.ses.jp", "MX"): ["MX 10 feedback-smtp.ap-northeast-1.amazonses.com.", "MX 20 mx.other.test."],
    ("bounce.ses.jp", "TXT"): ['"v=spf1 include:amazonses.com ~all"'],
    ("ses.jp", "A"): ["192.0.2.1"],
    # hostile or broken answers: a DKIM TXT of junk, a key of the wrong type, a server failure
    ("mail._domainkey.junk.jp", "TXT"): ['"p=\\255\\000\\001;;==;k=rsa"'],
    ("junk.jp", "TXT"): ['"brevo-code:aa"'],
    ("mail._domainkey.edkey.jp", "TXT"): ['"v=DKIM1; k=dsa; p=AAAA"'],
    ("edkey.jp", "TXT"): ['"brevo-code:aa"'],
    ("down.jp", "ANY"): SERVFAIL,
    ("mail._domainkey.down.jp", "ANY"): SERVFAIL,
}


@pytest.fixture(scope="module")
def server():
    with DnsServer(ZONE) as s:
        yield s


@pytest.fixture(scope="module")
def cat():
    return load_catalog(user=None)


def _readable_by_cryptography(b64: str) -> bool:
    try:
        serialization.load_der_public_key(base64.b64decode(b64, validate=True))
        return True
    except Exception:
        return False


def states(checks):
    return [(c.name, c.state) for c in checks]


def test_sendgrid_records_right(server, cat):
    checks = check_records("good.jp", server.resolver(1), cat.get("sendgrid"), {"id": "77"})
    assert states(checks) == [
        ("em77.good.jp", RecordState.FOUND),
        ("s1._domainkey.good.jp", RecordState.FOUND),
        ("s2._domainkey.good.jp", RecordState.FOUND),
    ]
    assert [c.key_bits for c in checks] == [None, 2048, 2048]
    assert _readable_by_cryptography(KEY)


def test_sendgrid_dkim_elsewhere_and_missing_with_the_record_to_add(server, cat):
    checks = check_records("half.jp", server.resolver(1), cat.get("sendgrid"), {"id": "77", "token": "123", "token_b": "045"})
    assert states(checks) == [
        ("em77.half.jp", RecordState.FOUND),
        ("s1._domainkey.half.jp", RecordState.WRONG),
        ("s2._domainkey.half.jp", RecordState.MISSING),
    ]
    s1, s2 = checks[1], checks[2]
    assert s1.found == ("s1.domainkey.example-esp.test",)
    assert "s1.domainkey.example-esp.test" in s1.msg.render()
    assert s2.record == f"s2._domainkey.half.jp. CNAME s2.domainkey.{SG}"
    assert s2.record in s2.msg.render()


def test_names_from_the_panel_not_given_are_unchecked_not_missing(server, cat):
    checks = check_records("good.jp", server.resolver(1), cat.get("sendgrid"))
    assert checks[0].state is RecordState.UNCHECKED and "id" in checks[0].msg.render()
    assert checks[1].state is RecordState.FOUND  # s1._domainkey needs no panel value to be found


def test_dkim_txt_key_that_does_not_parse_is_wrong_and_agrees_with_cryptography(server, cat):
    checks = check_records("shop.jp", server.resolver(1), cat.get("brevo"))
    assert states(checks) == [("shop.jp", RecordState.FOUND), ("mail._domainkey.shop.jp", RecordState.WRONG)]
    assert "cannot be read" in checks[1].msg.render()
    assert not _readable_by_cryptography(BAD_KEY)
    ok = check_records("ok.jp", server.resolver(1), cat.get("brevo"))
    assert [c.state for c in ok] == [RecordState.FOUND, RecordState.FOUND]


def test_a_missing_txt_name_is_missing(server, cat):
    checks = check_records("ses.jp", server.resolver(1), cat.get("brevo"))
    assert [c.state for c in checks] == [RecordState.MISSING, RecordState.MISSING]


def test_ses_mail_from_needs_exactly_one_mx(server, cat):
    checks = check_records("ses.jp", server.resolver(1), cat.get("amazon-ses-tokyo"), {"mail_from": "bounce"})
    by = {(c.name, c.spec.rtype): c.state for c in checks}
    assert by[("bounce.ses.jp", "MX")] is RecordState.WRONG
    assert by[("bounce.ses.jp", "TXT")] is RecordState.FOUND
    assert [c.state for c in checks if c.spec.purpose.value == "dkim"] == [RecordState.UNCHECKED] * 3


def test_dmarc_advice_follows_dkim_alignment(server, cat):
    good = check_domain("good.jp", server.resolver(1), RelayRequest(isp=cat.get("sendgrid"), record_values=(("id", "77"),)))
    codes = {f.code for f in good.warnings}
    assert "records.dkim_aligned" in codes and "relay.no_dkim" not in codes
    # SendGrid sends with its own return path: nothing is proposed for the apex SPF from smtp.sendgrid.net's addresses
    assert "records.spf_by_service" in codes and good.relay is None and good.proposal is None
    mailgun = check_domain("half.jp", server.resolver(1), RelayRequest(isp=cat.get("mailgun")))
    assert mailgun.relay is not None and mailgun.relay.include == "mailgun.org"  # an SPF include: as for a provider
    half = check_domain("half.jp", server.resolver(1), RelayRequest(isp=cat.get("sendgrid"), record_values=(("id", "77"),)))
    assert "records.dkim_missing_enforced" in {f.code for f in half.warnings}
    assert half.needs_action
    gmail = check_domain("ok.jp", server.resolver(1), RelayRequest(isp=cat.get("google-workspace"), host="ok.jp"))
    assert "records.no_own_dkim_enforced" in {f.code for f in gmail.warnings}


def test_cli_dns_reports_the_records_list(capsys, server):
    code = main(["--lang", "en", "dns", "half.jp", "--isp", "sendgrid", "--record-value", "id=77", "--json",
                 "--resolver", server.address, "--timeout", "1"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert {"domain", "spf", "dmarc", "relay", "warnings", "needs_action", "dns_state"} <= set(data)
    assert [(r["name"], r["state"]) for r in data["records"]] == [
        ("em77.half.jp", "found"), ("s1._domainkey.half.jp", "wrong"), ("s2._domainkey.half.jp", "missing")]
    assert data["records"][2]["record"].startswith("s2._domainkey.half.jp. CNAME s2.domainkey.u{token}")
    with pytest.raises(SystemExit) as exc:
        main(["--lang", "ja", "dns", "half.jp", "--isp", "sendgrid", "--record-value", "bogus=1",
              "--resolver", server.address])
    assert exc.value.code == 2 and "bogus=1" in capsys.readouterr().err


def test_cli_dns_without_records_keeps_an_empty_list(capsys):
    # a provider has no [[records]]: the field is there and empty (no DNS needed for this: --relay-ip, bad resolver)
    from wizard.core.catalog.records import profile_as_dict

    p = load_catalog(user=None).get("ocn")
    assert profile_as_dict(p)["records"] == [] and profile_as_dict(p)["kind"] == "provider"


@pytest.mark.parametrize("domain", ["junk.jp", "edkey.jp"])
def test_junk_and_unknown_key_types_are_wrong_not_a_crash(server, cat, domain):
    checks = check_records(domain, server.resolver(1), cat.get("brevo"))
    assert [c.state for c in checks] == [RecordState.FOUND, RecordState.WRONG]
    assert "cannot be read" in checks[1].msg.render()


def test_a_dns_failure_is_no_answer_not_missing(server, cat):
    checks = check_records("down.jp", server.resolver(1), cat.get("brevo"))
    assert [c.state for c in checks] == [RecordState.NO_ANSWER, RecordState.NO_ANSWER]
    result = check_domain("down.jp", server.resolver(1), RelayRequest(isp=cat.get("brevo")))
    assert [r["state"] for r in result.as_dict()["records"]] == ["no_answer", "no_answer"]


def test_key_verdicts_agree_with_cryptography_on_mutated_keys():
    """The key check (dkimpy's parser) against `cryptography` on 300 keys: intact, cut short, bytes flipped, junk
    appended. A key counts as readable for `cryptography` when it loads as an RSA public key."""
    import random

    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

    from wizard.core.records import _dkim_key

    rnd = random.Random(16)
    base = [base64.b64decode(_key(bits)) for bits in (1024, 2048)]
    samples = []
    for i in range(300):
        der = bytearray(base[i % 2])
        kind = i % 4
        if kind == 1:
            der = der[: rnd.randrange(1, len(der))]
        elif kind == 2:
            for _ in range(rnd.randrange(1, 4)):
                der[rnd.randrange(len(der))] = rnd.randrange(256)
        elif kind == 3:
            der += bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 8)))
        samples.append(bytes(der))

    def ours(der: bytes) -> bool:
        txt = "v=DKIM1; k=rsa; p=" + base64.b64encode(der).decode()
        check = _dkim_key("s._domainkey.x.jp", [txt], lambda state, *a, **k: state, ())
        return check is RecordState.FOUND

    def theirs(der: bytes) -> bool:
        try:
            return isinstance(serialization.load_der_public_key(der), RSAPublicKey)
        except Exception:
            return False

    verdicts = [(ours(d), theirs(d)) for d in samples]
    agree = sum(a == b for a, b in verdicts)
    readable = sum(b for _, b in verdicts)
    print(f"key verdicts: {agree}/{len(verdicts)} agree with cryptography; {readable} readable")
    for k in range(4):
        part = verdicts[k::4]
        print(f"  kind {k}: {sum(a == b for a, b in part)}/{len(part)} agree, ours readable {sum(a for a, _ in part)}, "
              f"theirs {sum(b for _, b in part)}")
    assert 0 < readable < len(verdicts)  # both kinds of key are in the sample
    # intact, cut short, junk appended: the same verdict on every key
    assert all(a == b for k in (0, 1, 3) for a, b in verdicts[k::4])
    # flipped bytes: never a false alarm (a key cryptography reads is never called unreadable); the rest is reported
    assert not [i for i, (a, b) in enumerate(verdicts) if b and not a]
