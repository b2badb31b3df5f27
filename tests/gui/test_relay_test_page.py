"""The relay-test page against real SMTP servers on 127.0.0.1, clicked through with real widgets.

The credentials page fills isp_address/password in real use; here the state fields are set directly.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.fixtures.dns_server import DnsServer
from tests.fixtures.local_isp import USERS, local_isp, write_profile
from tests.fixtures.smtp_server import SmtpServer
from wizard.core.inputs.address import parse_address
from wizard.core.catalog.loader import load_catalog
from wizard.core.inputs.flow import Step
from wizard.core.smtp.result import Timeouts
from wizard.core.secrets import Secret
from wizard.gui.wizard import RelayWizard


@pytest.fixture
def dns():
    """No test may ask the system's DNS: {subdomain}.test-isp.example resolves here, to 127.0.0.1."""
    with DnsServer({("abc.test-isp.example", "A"): ["127.0.0.1"]}) as server:
        yield server


@pytest.fixture
def servers(smtp_ca, user_isp_dir, dns):
    with local_isp(smtp_ca, user_isp_dir) as servers:
        yield servers


def make_wizard(qtbot, smtp_ca, dns, *, password="pw", start=Step.RELAY_TEST, isp_address="taro@abc.test-isp.example"):
    w = RelayWizard(lang="en", catalog=load_catalog())
    st = w.state
    st.resolver = dns.address
    st.isp = st.catalog.get("local")
    st.address = parse_address("info@example.jp")
    st.isp_address = isp_address
    st.set_password(Secret(password))
    st.ca_file = smtp_ca.pem
    page = w.page(int(Step.RELAY_TEST))
    page.timeouts = Timeouts(connect=0.5, read=2.0)
    w.setStartId(int(start))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w, page


def next_button(w):
    return w.button(QWizard.WizardButton.NextButton)


def wait_done(qtbot, page, timeout=15000):
    qtbot.waitUntil(lambda: page.plan is not None and not page.running, timeout=timeout)


def test_rows_verdicts_and_next_writes_the_state(qtbot, smtp_ca, dns, servers):
    tls, starttls, blocked = servers
    w, page = make_wizard(qtbot, smtp_ca, dns, isp_address="taro@test-isp.example")
    wait_done(qtbot, page)
    # the {subdomain} candidate is not tested: the provider address has no subdomain
    rows = page.rows
    assert rows[0].status.text() == "✔ Works"
    assert rows[1].status.text() == "✘ Does not work: your address refused as sender"
    assert "Sender address rejected" in rows[1].reply.text() and rows[1].reply.text().startswith("Server reply: 553")
    assert rows[2].status.text() == "○ Not tested"
    assert "part after @" in rows[2].explanation.text()
    assert "✔ Login" in rows[1].steps_text() and "✘ Recipient" in rows[1].steps_text()
    assert rows[0].radio.isChecked() and rows[0].radio.isEnabled() and not rows[1].radio.isEnabled()
    assert "Recommended: 127.0.0.1, port" in page.plan_label.text()
    # the transcript opens on demand
    assert not rows[0].transcript.isVisible()
    qtbot.mouseClick(rows[0].toggle, Qt.MouseButton.LeftButton)
    assert rows[0].transcript.isVisible()
    assert "~> AUTH CRAM-MD5" in rows[0].transcript.toPlainText()
    assert "pw" not in rows[0].transcript.toPlainText().split()
    assert next_button(w).isEnabled()
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.currentId() == Step.DOMAIN_CHECK
    st = w.state
    assert (st.chosen.host, st.chosen.port, st.chosen.username) == ("127.0.0.1", tls.port, "taro@test-isp.example")
    assert st.chosen_works is True
    assert any("up to 20 MB" in w_.render() for w_ in st.warnings)


def test_gui_and_cli_give_the_same_verdicts(qtbot, smtp_ca, dns, servers, capsys, monkeypatch):
    import io
    import sys

    from wizard.cli import main

    w, page = make_wizard(qtbot, smtp_ca, dns)
    wait_done(qtbot, page)
    gui = {(o.entry.label, o.verdict) for o in page.plan.outcomes}
    monkeypatch.setattr(sys, "stdin", io.StringIO("pw\n"))
    code = main(["probe", "--isp", "local", "--isp-address", "taro@abc.test-isp.example", "--from", "info@example.jp",
                 "--password-stdin", "--ca-file", smtp_ca.pem, "--connect-timeout", "0.5", "--timeout", "2", "--json",
                 "--resolver", dns.address])
    data = json.loads(capsys.readouterr().out)
    cli = {(f"{c['host']}:{c['port']} ({c['security']})", c["verdict"]) for c in data["candidates"]}
    assert code == 0
    assert gui == cli
    assert {v for _, v in gui} == {"ok", "sender_rejected", "port_blocked"}  # abc.test-isp.example: dropped SYNs


def test_live_step_status_cancel_and_retry(qtbot, smtp_ca, dns, user_isp_dir):
    with local_isp(smtp_ca, user_isp_dir, delay=5.0):
        w, page = make_wizard(qtbot, smtp_ca, dns)
        qtbot.waitUntil(lambda: page.rows[0].status.text().startswith("… Testing: Greeting"), timeout=5000)
        assert "… Greeting" in page.rows[0].steps_text() and "✔ Encryption (SSL/TLS)" in page.rows[0].steps_text()
        job = page.job
        page.initializePage()  # entering again while it runs does not start a second test
        assert page.job is job
        assert page.cancel_button.isEnabled() and not page.retry_button.isEnabled()
        assert not next_button(w).isEnabled()
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.running, timeout=2000)  # would take 5 s per reply otherwise
        assert page.rows[0].status.text() == "■ Stopped before the end"
        assert "stopped" in page.summary.text()
        assert not next_button(w).isEnabled()
        assert page.retry_button.isEnabled()
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
        assert page.job is not job and page.running
        page.shutdown()
        qtbot.waitUntil(lambda: not page.running, timeout=2000)


def test_back_and_closing_cancel_the_work(qtbot, smtp_ca, dns, user_isp_dir):
    with local_isp(smtp_ca, user_isp_dir, delay=5.0):
        w, page = make_wizard(qtbot, smtp_ca, dns, start=Step.CREDENTIALS)
        w.next()
        assert w.currentId() == Step.RELAY_TEST and page.running
        job = page.job
        qtbot.mouseClick(w.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
        assert w.currentId() == Step.CREDENTIALS
        assert job.token.cancelled
        qtbot.waitUntil(lambda: not job.running, timeout=2000)
        w.next()
        job = page.job
        assert page.running and not job.token.cancelled
        w.close()
        assert job.token.cancelled
        qtbot.waitUntil(lambda: not job.running, timeout=2000)


def test_nothing_works_then_continue_anyway_records_a_warning(qtbot, smtp_ca, dns, servers):
    w, page = make_wizard(qtbot, smtp_ca, dns, password="wrong")
    wait_done(qtbot, page)
    assert page.plan.recommended is None
    assert "No setting worked" in page.summary.text()
    assert not next_button(w).isEnabled()
    assert page.continue_check.isVisible()
    page.continue_check.click()
    assert next_button(w).isEnabled()
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.currentId() == Step.DOMAIN_CHECK
    assert w.state.chosen is not None and w.state.chosen_works is False
    texts = [m.render() for m in w.state.warnings]
    assert any("continued although no setting worked" in t for t in texts)
    # going back and on again does not pile up the same warnings
    w.back()
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert [m.render() for m in w.state.warnings] == texts


def test_unencrypted_login_is_tested_only_after_the_user_agrees(qtbot, smtp_ca, dns, user_isp_dir):
    with (
        SmtpServer(smtp_ca, "tls", users=USERS, names=("other.test",)) as tls,  # certificate for another name
        SmtpServer(smtp_ca, "plain", users=USERS, auth_before_tls=True) as plain,
    ):
        write_profile(user_isp_dir, tls.port, plain.port, 1, second_security="plain")
        w, page = make_wizard(qtbot, smtp_ca, dns)
        wait_done(qtbot, page)
        assert page.rows[1].status.text() == "○ Not tested"
        assert "without encryption" in page.rows[1].explanation.text()
        assert plain.log == []
        assert page.plain_check.isVisible() and not next_button(w).isEnabled()
        page.plain_check.click()  # the user agrees: the test runs again
        wait_done(qtbot, page)
        assert page.rows[1].status.text() == "✔ Works"
        assert plain.saw("AUTH")
        assert page.rows[0].status.text() == "✘ Does not work: encryption failed"
        qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
        assert any("does not encrypt" in m.render() for m in w.state.warnings)


def test_japanese_page(qtbot, smtp_ca, dns, servers):
    from PySide6.QtWidgets import QApplication

    from wizard.gui.language import install_translators

    app = QApplication.instance()
    translators = install_translators(app, "ja")
    try:
        w, page = make_wizard(qtbot, smtp_ca, dns)
        wait_done(qtbot, page)
        assert page.rows[0].status.text() == "✔ 使用できます"
        assert "差出人" in page.rows[1].status.text()
        assert "送信" in page.rows[0].explanation.text()
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_a_dns_that_does_not_answer_is_not_called_server_name_not_found(qtbot, smtp_ca, servers):
    """Offline: the {subdomain} host cannot be looked up because no DNS server answers (a closed port on
    127.0.0.1), and the row says so instead of "server name not found"."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        closed = f"127.0.0.1:{s.getsockname()[1]}"

    class Closed:
        address = closed

    w, page = make_wizard(qtbot, smtp_ca, Closed)
    wait_done(qtbot, page)
    row = page.rows[2]  # abc.test-isp.example: needs the DNS
    assert row.status.text() == "✘ Does not work: DNS did not answer"
    assert "did not answer" in row.explanation.text() and "could not be found" not in row.explanation.text()
    assert "Internet" in row.explanation.text()
