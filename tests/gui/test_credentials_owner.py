"""A login and password belong to the provider/host they were entered for (issue: a password for company A must
never be offered to company B).

Two real SMTP servers (aiosmtpd, STARTTLS with a trustme certificate) stand for two providers, "Alpha" and "Beta",
with their relay names resolved to 127.0.0.1 by a local DNS server. Server B also knows Alpha's account, so that a
login with Alpha's details would be *accepted* there and show up in its AUTH log: the test looks at what B received.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.fixtures.dns_server import DnsServer
from tests.fixtures.smtp_server import SmtpServer
from tests.gui.helpers import type_text
from wizard.core.catalog.loader import load_catalog
from wizard.core.inputs.flow import Step
from wizard.core.secrets import Secret
from wizard.core.smtp.result import Timeouts
from wizard.gui.wizard import RelayWizard

pytestmark = pytest.mark.system

A_LOGIN, A_PW = "taro@alpha-isp.example", "alpha-secret"
B_LOGIN, B_PW = "hanako@beta-isp.example", "beta-secret"
A_RELAY, B_RELAY = "smtp.alpha-isp.example", "smtp.beta-isp.example"

PROFILE = """\
schema = 1
id = "{id}"
name = {{ ja = "{name}", en = "{name}" }}
domains = ["{domain}"]
source = "r"

[[candidates]]
host = "{relay}"
port = {port}
security = "starttls"
auth = "auto"
username = "{{address}}"
source = "r"
own_domain_sender = {{ value = "allowed", source = "r" }}
own_lines_only = {{ value = "no", source = "r" }}

[refs.r]
url = "https://{domain}/smtp"
checked = 2026-11-01
verified = true
"""


@pytest.fixture
def world(smtp_ca, user_isp_dir):
    names = (A_RELAY, B_RELAY, "127.0.0.1")
    zone = {(A_RELAY, "A"): ["127.0.0.1"], (B_RELAY, "A"): ["127.0.0.1"]}
    both = {A_LOGIN: A_PW, B_LOGIN: B_PW}  # B would accept Alpha's login: a leak would be visible as a success
    with DnsServer(zone) as dns, SmtpServer(smtp_ca, users={A_LOGIN: A_PW}, names=names) as a, \
            SmtpServer(smtp_ca, users=both, names=names) as b:
        for isp_id, name, domain, relay, srv in (("alpha", "Alpha", "alpha-isp.example", A_RELAY, a),
                                                 ("beta", "Beta", "beta-isp.example", B_RELAY, b)):
            (user_isp_dir / f"{isp_id}.toml").write_text(
                PROFILE.format(id=isp_id, name=name, domain=domain, relay=relay, port=srv.port), encoding="utf-8")
        yield dns, a, b


def click(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_(qtbot, w):
    click(qtbot, w.button(QWizard.WizardButton.NextButton))


def back(qtbot, w):
    click(qtbot, w.button(QWizard.WizardButton.BackButton))


def make_wizard(qtbot, smtp_ca, dns):
    w = RelayWizard(lang="en", catalog=load_catalog(), resolver=dns.address, ca_file=smtp_ca.pem)
    w.page(int(Step.RELAY_TEST)).timeouts = Timeouts(connect=0.5, read=2.0)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def wait_relay(qtbot, w):
    relay = w.currentPage()
    assert w.currentId() == Step.RELAY_TEST
    qtbot.waitUntil(lambda: relay.plan is not None and not relay.jobs.running(), timeout=20000)
    return relay


def test_back_and_another_provider_clears_the_login_and_no_old_auth_reaches_the_new_server(qtbot, smtp_ca, world):
    dns, a, b = world
    w = make_wizard(qtbot, smtp_ca, dns)
    next_(qtbot, w)
    provider = w.currentPage()
    type_text(qtbot, provider.address_edit, "info@yamada-shoten.jp")
    assert provider.select_provider("alpha")
    next_(qtbot, w)
    cred = w.currentPage()
    qtbot.waitUntil(lambda: not cred.busy(), timeout=15000)
    type_text(qtbot, cred.isp_address_edit, A_LOGIN)
    type_text(qtbot, cred.password_edit, A_PW)
    next_(qtbot, w)
    relay = wait_relay(qtbot, w)
    assert relay.plan.recommended is not None  # Alpha's server accepted Alpha's login
    assert a.auth_results and {login for _m, login, _ok in a.auth_results} == {A_LOGIN}

    back(qtbot, w)
    back(qtbot, w)
    assert w.currentId() == Step.PROVIDER
    assert provider.select_provider("beta")
    next_(qtbot, w)
    assert w.currentId() == Step.CREDENTIALS
    # nothing typed for Alpha is left: not the address at Alpha, not the login, not the password
    assert (cred.isp_address_edit.text(), cred.login_edit.text(), cred.password_edit.text()) == ("", "", "")
    assert w.state.password is None and w.state.isp_address == "" and w.state.credentials_for is None
    assert cred.changed_note.isVisibleTo(cred) and "Alpha" in cred.changed_note.text()
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()  # it asks again
    qtbot.waitUntil(lambda: not cred.busy(), timeout=15000)
    type_text(qtbot, cred.isp_address_edit, B_LOGIN)
    type_text(qtbot, cred.password_edit, B_PW)
    next_(qtbot, w)
    relay = wait_relay(qtbot, w)
    assert relay.plan.recommended is not None
    assert b.auth_results, "Beta's server was logged in to"
    assert all(login == B_LOGIN and ok for _m, login, ok in b.auth_results), b.auth_results
    assert {login for _m, login, _ok in a.auth_results} == {A_LOGIN}  # and Alpha never saw Beta's
    # going Back once more, the page keeps Beta's details and the note is gone
    back(qtbot, w)
    assert cred.isp_address_edit.text() == B_LOGIN and not cred.changed_note.isVisibleTo(cred)


def test_the_probe_refuses_a_password_entered_for_another_host(qtbot, smtp_ca, world):
    """Even when a stale password reaches the relay test (a bug elsewhere), the probe does not send it."""
    dns, a, b = world
    w = make_wizard(qtbot, smtp_ca, dns)
    st = w.state
    from wizard.core.inputs.address import parse_address

    st.address = parse_address("info@yamada-shoten.jp")
    st.isp = st.catalog.get("alpha")
    st.isp_address = A_LOGIN
    st.set_password(Secret(A_PW))  # bound to smtp.alpha-isp.example
    assert st.password_hosts == frozenset({A_RELAY})
    st.isp = st.catalog.get("beta")  # changed behind the credentials page's back
    st.isp_address = A_LOGIN
    w.setStartId(int(Step.RELAY_TEST))
    w.restart()
    relay = wait_relay(qtbot, w)
    assert not b.saw("AUTH") and b.auth_results == []
    assert relay.plan.recommended is None
    row = next(iter(relay.rows.values()))
    assert "entered for another server" in relay.render(row.outcome.explanation)


def test_the_provider_page_forgets_the_details_of_another_provider_on_next(qtbot, smtp_ca, world):
    """WizardState.drop_stale_credentials runs on every Next: the state never carries Alpha's login into Beta."""
    dns, _a, _b = world
    w = make_wizard(qtbot, smtp_ca, dns)
    st = w.state
    st.isp = st.catalog.get("alpha")
    st.isp_address, st.login = A_LOGIN, "custom"
    st.set_password(Secret(A_PW))
    st.isp = st.catalog.get("beta")
    assert st.drop_stale_credentials()
    assert (st.password, st.isp_address, st.login, st.password_hosts) == (None, "", "", frozenset())
    st.isp = st.catalog.get("alpha")
    st.set_password(Secret(A_PW))
    assert not st.drop_stale_credentials() and st.password is not None  # same provider: kept
