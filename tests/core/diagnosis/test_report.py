"""The diagnostic report: everything support needs from a real session, and never the password.

The session is real: probes log in with a sentinel password at SMTP servers on 127.0.0.1 (one accepts it, one
refuses it, one even echoes it back in its reply), the domain check and the blocklist check ask a DNS server on
127.0.0.1. The report in English and in Japanese is then scanned for the sentinel in every form (tests/leakscan.py).
"""

from __future__ import annotations

import pytest

from tests.fixtures.dns_server import DnsServer
from tests.fixtures.dnsbl_data import good_points, listing
from tests.fixtures.domain_zone import OCN_ADDRESS, ZONE
from tests.fixtures.smtp_server import SmtpServer
from tests.leakscan import assert_no_leak
from wizard.core import domaincheck
from wizard.core.dns import blocklist as dnsbl
from wizard.core.smtp import probing
from wizard.core.inputs.address import parse_address
from wizard.core.diagnosis.bounce import read_bounce
from wizard.core.catalog.loader import load_catalog
from wizard.core.dns.resolver import make_resolver
from wizard.core.dns.zones import load_zones, select_zones
from wizard.core.inputs.flow import WizardState
from wizard.core.messages import Msg
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.smtp.result import Timeouts
from wizard.core.diagnosis.report import build_report
from wizard.core.secrets import Secret
from wizard.i18n import make_translate

SENTINEL = "S3ntinel-Report-Probe-ÄÖ-c0ffee"
USER = "taro@abc.ocn.ne.jp"
RENTAL = "203.0.113.45"
ZONES = select_zones(load_zones(), ["spamhaus-zen"])


@pytest.fixture(scope="module")
def dns():
    data = {**ZONE, **good_points("zen.spamhaus.org"), **listing(RENTAL, "zen.spamhaus.org", ["127.0.0.2"])}
    with DnsServer(data) as server:
        yield server


@pytest.fixture
def session(smtp_ca, dns):
    """A state as the wizard leaves it after every check, with the sentinel as the password."""
    with (
        SmtpServer(smtp_ca, "starttls", users={USER: SENTINEL}) as good,
        SmtpServer(smtp_ca, "tls", users={USER: "another-password"}) as refusing,
        SmtpServer(smtp_ca, "starttls", users={USER: SENTINEL}, mail_reply=f"550 5.7.1 password {SENTINEL} not allowed")
        as echoing,
    ):
        catalog = load_catalog()
        st = WizardState(_catalog=catalog, isp=catalog.get("ocn"), address=parse_address("info@example.co.jp"),
                         isp_address=USER, password=Secret(SENTINEL), resolver=dns.address, ca_file=smtp_ca.pem)
        settings = [
            RelaySetting(good.host, good.port, Security.STARTTLS, Auth.AUTO, USER),
            RelaySetting(refusing.host, refusing.port, Security.TLS, Auth.LOGIN, USER),
            RelaySetting(echoing.host, echoing.port, Security.STARTTLS, Auth.PLAIN, USER),
        ]
        entries = [probing.Entry(i, s.label(), s) for i, s in enumerate(settings)]
        options = probing.ProbeOptions(sender="info@example.co.jp", password=st.password, ca_file=smtp_ca.pem,
                                       timeouts=Timeouts(connect=1.0, read=3.0))
        st.relay_plan = plan = probing.run_plan(entries, options)
        assert [o.verdict for o in plan.outcomes][:1] == ["ok"]  # the sentinel really logged in
        assert good.saw("AUTH") and refusing.saw("AUTH") and echoing.saw("AUTH")
        st.chosen, st.chosen_works = plan.recommended.setting, True
        st.warnings = [*(f.msg for f in plan.warnings), Msg.of("Login {x} failed", x=SENTINEL)]  # even a careless message
        st.domain_check = domaincheck.check_with_resolver(
            "example.co.jp", domaincheck.RelayRequest(isp=st.isp, isp_address=OCN_ADDRESS, host="smtp.ocn.ne.jp"),
            dns.address)
        st.blocklists = dnsbl.check_target(RENTAL, resolver=make_resolver(dns.address, timeout=2), zones=ZONES)
        st.bounce = read_bounce(
            "Reporting-MTA: dns; sv123.rental.example.jp\n\n"
            f"550 5.7.1 Service unavailable; Client host [{RENTAL}] blocked using zen.spamhaus.org\n"
        )
        yield st


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_report_has_what_support_needs_and_no_password(session, lang):
    text = build_report(session, make_translate(lang), lang=lang, environment={"Qt": "6.x"})
    # what support needs
    assert "relay-wizard 0." in text and "Qt: 6.x" in text and f"language: {lang}" in text
    assert "ocn" in text and "example.co.jp" in text and "info@example.co.jp" not in text.split("transcript")[0]
    assert text.count("transcript:") == 3 and "EHLO" in text and "AUTH" in text
    assert "ok" in text and "auth_failed" in text or "auth" in text
    assert "include:abc.ocn.ne.jp" in text  # the proposal
    assert "zen.spamhaus.org: listed" in text and RENTAL in text
    assert "5.7.1" in text
    if lang == "ja":
        assert "診断レポート" in text
    # and never the password, in any spelling
    assert_no_leak(SENTINEL, texts={"report": text}, users=[USER])


def test_report_of_a_fresh_start_says_what_was_not_run():
    st = WizardState(_catalog=load_catalog())
    text = build_report(st)
    assert text.count("Not run in this session.") == 4
    assert "provider: -" in text

