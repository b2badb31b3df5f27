"""Verify, then store: the password reaches the keyring only after a relay has accepted it (wizard/gui/password.py).

Real parts only: the SMTP test servers of tests/fixtures/local_isp.py (their accounts are USERS), a DNS server on
127.0.0.1, and a private Secret Service (tests/fixtures/secret_service.py), read back with another client.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.fixtures.dns_server import DnsServer
from tests.fixtures.local_isp import local_isp
from tests.gui.helpers import type_text
from wizard.core.catalog.loader import load_catalog
from wizard.core.inputs.address import parse_address
from wizard.core.inputs.flow import Step
from wizard.core.secrets import Secret, keyring_service, save_password
from wizard.core.smtp.result import Timeouts
from wizard.gui.wizard import RelayWizard

LOGIN = "taro@abc.test-isp.example"  # the login of every candidate that logs in (USERS: password "pw")

pytestmark = pytest.mark.system


@pytest.fixture
def servers(smtp_ca, user_isp_dir):
    with DnsServer({("abc.test-isp.example", "A"): ["127.0.0.1"]}) as dns, local_isp(smtp_ca, user_isp_dir) as s:
        yield dns, s


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def on_credentials(qtbot, smtp_ca, dns):
    w = RelayWizard(lang="en", catalog=load_catalog(), resolver=dns.address, ca_file=smtp_ca.pem)
    st = w.state
    st.isp = st.catalog.get("local")
    st.address = parse_address("info@example.jp")
    st.isp_address = LOGIN
    w.page(int(Step.RELAY_TEST)).timeouts = Timeouts(connect=0.5, read=2.0)
    w.setStartId(int(Step.CREDENTIALS))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    page = w.currentPage()
    qtbot.waitUntil(lambda: not page.busy(), timeout=15000)
    return w, page


def run_relay_test(qtbot, w):
    click(qtbot, w.button(QWizard.WizardButton.NextButton))
    assert w.currentId() == Step.RELAY_TEST
    relay = w.currentPage()
    qtbot.waitUntil(lambda: relay.plan is not None and not relay.jobs.running(), timeout=20000)
    return relay


def stored(ss, port):
    return ss.lookup(keyring_service("127.0.0.1", port), LOGIN)


def test_a_wrong_password_is_never_stored(qtbot, smtp_ca, servers, secret_service):
    dns, (tls, starttls, _blocked) = servers
    w, page = on_credentials(qtbot, smtp_ca, dns)
    assert page.save_check.isEnabled() and page.save_check.isChecked()
    type_text(qtbot, page.password_edit, "wrong")
    relay = run_relay_test(qtbot, w)
    assert relay.plan.recommended is None and tls.saw("AUTH")  # the login was tried and refused
    assert secret_service.items() == []
    assert "saved" not in relay.keyring_status.text() and not relay.forget_button.isVisible()
    click(qtbot, w.button(QWizard.WizardButton.BackButton))  # nothing is offered as a saved password
    assert not page.saved_box.isVisibleTo(page)


def test_the_right_password_is_stored_after_the_login_worked(qtbot, smtp_ca, servers, secret_service):
    dns, (tls, starttls, _blocked) = servers
    w, page = on_credentials(qtbot, smtp_ca, dns)
    type_text(qtbot, page.password_edit, "pw")
    click(qtbot, w.button(QWizard.WizardButton.NextButton))
    assert secret_service.items() == []  # Next wrote nothing: the test has not logged in yet
    relay = w.currentPage()
    qtbot.waitUntil(lambda: relay.plan is not None and not relay.jobs.running(), timeout=20000)
    # both relays accepted the login (the STARTTLS one refuses the sender only later, at RCPT)
    assert stored(secret_service, tls.port) == "pw" and stored(secret_service, starttls.port) == "pw"
    assert len(secret_service.items()) == 2
    assert "The login worked, so the password was saved in GNOME Keyring" in relay.keyring_status.text()
    click(qtbot, w.button(QWizard.WizardButton.BackButton))
    assert page.saved_box.isVisibleTo(page) and page.use_saved.isChecked()  # offered as the saved one now


def test_unticked_box_stores_nothing_even_after_a_good_login(qtbot, smtp_ca, servers, secret_service):
    dns, _ = servers
    w, page = on_credentials(qtbot, smtp_ca, dns)
    click(qtbot, page.save_check)
    type_text(qtbot, page.password_edit, "pw")
    relay = run_relay_test(qtbot, w)
    assert relay.plan.recommended is not None
    assert secret_service.items() == []


def test_a_refused_saved_password_is_offered_for_forgetting(qtbot, smtp_ca, servers, secret_service):
    dns, (tls, starttls, _blocked) = servers
    save_password("127.0.0.1", tls.port, LOGIN, Secret("changed-at-the-provider"))
    w, page = on_credentials(qtbot, smtp_ca, dns)
    assert page.saved_box.isVisibleTo(page) and page.using_saved()
    relay = run_relay_test(qtbot, w)
    assert relay.plan.recommended is None
    assert relay.forget_button.isVisible()
    assert "refused the password saved in the keyring" in relay.keyring_status.text()
    assert stored(secret_service, tls.port) == "changed-at-the-provider"  # nothing happens unasked
    click(qtbot, relay.forget_button)
    qtbot.waitUntil(lambda: not relay.jobs.running(), timeout=15000)
    assert secret_service.items() == []
    assert not relay.forget_button.isVisible() and "deleted" in relay.keyring_status.text()
    click(qtbot, w.button(QWizard.WizardButton.BackButton))  # the credentials page knows it is gone
    assert not page.saved_box.isVisibleTo(page) and page.password_edit.isEnabled()


def test_a_working_saved_password_is_not_offered_for_forgetting(qtbot, smtp_ca, servers, secret_service):
    dns, (tls, _starttls, _blocked) = servers
    save_password("127.0.0.1", tls.port, LOGIN, Secret("pw"))
    w, page = on_credentials(qtbot, smtp_ca, dns)
    relay = run_relay_test(qtbot, w)
    assert relay.plan.recommended is not None
    assert not relay.forget_button.isVisible()
    assert [i["username"] for i in secret_service.items()] == [LOGIN]  # not written again


def test_a_failed_save_says_why_and_the_user_goes_on(qtbot, smtp_ca, servers, secret_service):
    dns, _ = servers
    w, page = on_credentials(qtbot, smtp_ca, dns)
    type_text(qtbot, page.password_edit, "pw")
    qtbot.waitUntil(lambda: not page.busy(), timeout=15000)
    secret_service.lock()
    relay = run_relay_test(qtbot, w)
    text = relay.keyring_status.text()
    assert "could not be saved" in text and "is locked" in text and "until you close the program" in text
    assert w.button(QWizard.WizardButton.NextButton).isEnabled()
    click(qtbot, w.button(QWizard.WizardButton.NextButton))
    assert w.currentId() == Step.DOMAIN_CHECK and w.state.password == Secret("pw")
