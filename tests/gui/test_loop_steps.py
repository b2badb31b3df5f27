"""The closing steps in the GUI (docs/LOOP.md) against real local servers, clicked with real widgets:

- the done page's "Send a test message" with an aiosmtpd receiving server (trustme TLS, AUTH): one message per
  press, to the own address by default or the one typed, the final reply and queue id, the redacted transcript, the
  refusal after DATA as its own message, nothing sent for a bad address;
- the headers dialog with samples of tests/data/headers/ (the core's corpus, whose verdicts are fixed in
  tests/core/diagnosis/test_headers.py);
- the domain page's "Check" with dnslib authoritative servers on 127.0.0.2 and 127.0.0.3 that disagree (and a
  silent one on 127.0.0.4);
- the done page's "Where you stand" lines from the state, in English and Japanese.
"""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from tests.fixtures.dns_server import SILENT, DnsServer, free_port_on
from tests.fixtures.smtp_server import SmtpServer
from tests.gui.helpers import type_text
from wizard.core.catalog.loader import load_catalog
from wizard.core.inputs.address import parse_address
from wizard.core.inputs.flow import Step
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.secrets import Secret
from wizard.gui.language import install_translators
from wizard.gui.wizard import RelayWizard

DATA = Path(__file__).parents[1] / "data" / "headers"
USERS = {"taro": "right-pw"}
QUEUED = "250 2.0.0 Ok: queued as 4Xk9Lm2QzTz1"
OWN = "info@example.jp"
WAIT_MS = 15_000


def done_page(qtbot, srv, smtp_ca, *, password="right-pw", works=True):
    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    st = w.state
    st.isp = st.catalog.get("ocn")
    st.address = parse_address(OWN)
    st.chosen = RelaySetting(srv.host, srv.port, Security.TLS, Auth.AUTO, "taro")
    st.chosen_works = works
    st.set_password(Secret(password), hosts=[srv.host])
    st.ca_file = smtp_ca.pem
    st.connect_timeout = 0.5
    w.setStartId(int(Step.DONE))
    w.show()
    qtbot.waitExposed(w)
    return w, w.currentPage()


def press(qtbot, page):
    loop = page.loop
    assert loop.send_button.isEnabled()
    qtbot.mouseClick(loop.send_button, Qt.MouseButton.LeftButton)
    assert not loop.send_button.isEnabled()  # while it runs, a second press cannot start another
    qtbot.waitUntil(lambda: not page.jobs.running("send_test") and loop.send_button.isEnabled(), timeout=WAIT_MS)


def test_one_press_sends_exactly_one_message(qtbot, smtp_ca):
    with SmtpServer(smtp_ca, "tls", users=USERS, accept_data=QUEUED) as srv:
        w, page = done_page(qtbot, srv, smtp_ca)
        loop = page.loop
        assert loop.to_edit.text() == OWN  # default: the own address
        assert srv.messages == []  # entering the page sends nothing
        press(qtbot, page)
        assert len(srv.messages) == 1 and srv.envelopes == [(OWN, [OWN])]
        # a second press: exactly one more, to the address typed
        loop.to_edit.clear()
        type_text(qtbot, loop.to_edit, "shop.owner@example.com")
        press(qtbot, page)
        assert len(srv.messages) == 2 and srv.envelopes[1] == (OWN, ["shop.owner@example.com"])
        assert srv.commands().count("DATA") == 2
        msg = email.message_from_bytes(srv.messages[1], policy=email.policy.default)
    assert msg["From"].addresses[0].addr_spec == OWN and msg["To"].addresses[0].addr_spec == "shop.owner@example.com"
    assert msg["Message-ID"].endswith("@example.jp>")
    out = w.state.send_test
    assert out.sent and out.recipient == "shop.owner@example.com"
    assert loop.send_status.text().startswith("✔") and "shop.owner@example.com" in loop.send_status.text()
    assert "250 2.0.0 Ok: queued as 4Xk9Lm2QzTz1" in loop.reply.text() and "(queue id 4Xk9Lm2QzTz1)" in loop.reply.text()
    # the transcript on demand, redacted
    assert not loop.transcript.isVisible()
    qtbot.mouseClick(loop.toggle, Qt.MouseButton.LeftButton)
    transcript = loop.transcript.toPlainText()
    assert loop.transcript.isVisible() and "DATA" in transcript and "********" in transcript
    assert "right-pw" not in transcript
    assert "✔ Test message sent to shop.owner@example.com (queue id 4Xk9Lm2QzTz1)" in loop.standing.text()


def test_refused_after_data_is_its_own_message(qtbot, smtp_ca):
    refusal = "550 5.7.1 Header From <info@example.jp> not permitted for this account"
    with SmtpServer(smtp_ca, "tls", users=USERS, accept_data=refusal) as srv:
        w, page = done_page(qtbot, srv, smtp_ca)
        press(qtbot, page)
    loop = page.loop
    assert not w.state.send_test.sent
    status = loop.send_status.text()
    assert status.startswith("✖") and "accepted your address but refused the message" in status
    assert "550 5.7.1 Header From" in loop.reply.text()
    assert "✖ Test message: not accepted" in loop.standing.text()


def test_a_bad_address_sends_nothing_and_says_why(qtbot, smtp_ca):
    with SmtpServer(smtp_ca, "tls", users=USERS, accept_data=QUEUED) as srv:
        w, page = done_page(qtbot, srv, smtp_ca)
        loop = page.loop
        loop.to_edit.clear()
        type_text(qtbot, loop.to_edit, "not an address")
        qtbot.mouseClick(loop.send_button, Qt.MouseButton.LeftButton)
        assert not page.jobs.running("send_test") and srv.messages == []
        assert loop.send_status.text().startswith("✖ The address is not valid")
        assert w.state.send_test is None


def test_wrong_password_sends_nothing(qtbot, smtp_ca):
    with SmtpServer(smtp_ca, "tls", users=USERS, accept_data=QUEUED) as srv:
        w, page = done_page(qtbot, srv, smtp_ca, password="wrong")
        press(qtbot, page)
        assert srv.messages == [] and not srv.saw("DATA")
    assert page.loop.send_status.text().startswith("✖") and not w.state.send_test.sent


def test_without_a_chosen_setting_the_button_is_off(qtbot):
    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    w.state.address = parse_address(OWN)
    w.setStartId(int(Step.DONE))
    w.show()
    qtbot.waitExposed(w)
    loop = w.currentPage().loop
    assert not loop.send_button.isEnabled()
    assert loop.standing.text().splitlines()[0] == "… Relay tested: not yet"


# -- the headers dialog ---------------------------------------------------------------------------------------------
def open_dialog(qtbot, page):
    qtbot.mouseClick(page.loop.headers_button, Qt.MouseButton.LeftButton)
    dialog = page.loop.dialog
    qtbot.waitExposed(dialog)
    return dialog


def paste_and_check(qtbot, dialog, name: str) -> None:
    dialog.source.setPlainText((DATA / name).read_text(encoding="utf-8"))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")  # offscreen: dialogs
def test_headers_dialog_softfail_says_what_to_change(qtbot, smtp_ca):
    with SmtpServer(smtp_ca, "tls", users=USERS) as srv:
        w, page = done_page(qtbot, srv, smtp_ca)
    dialog = open_dialog(qtbot, page)
    paste_and_check(qtbot, dialog, "gmail_softfail.eml")
    spf = dialog.method_labels["spf"].text()
    assert spf.startswith("✖ SPF: softfail") and "(for example.co.jp)" in spf and "matches the From domain" in spf
    assert "203.0.113.5" in spf and "publish the proposed record" in spf.lower()
    assert dialog.method_labels["dkim"].text().startswith("– DKIM: no result")
    assert dialog.method_labels["dmarc"].text().startswith("✖ DMARC: fail")
    assert dialog.status.text().startswith("✖")
    assert "mfsmax22.ocn.ad.jp [203.0.113.5]" in dialog.relay.text() and "google.com" in dialog.relay.text()
    hops = [dialog.hops.topLevelItem(i) for i in range(dialog.hops.topLevelItemCount())]
    assert [h.text(2) for h in hops] == ["mfsmax22.ocn.ad.jp", "mx.google.com", "2002:a05:6a10:8e04:b0:5a1:2c3f:1d0e"]
    assert hops[1].text(4) == "2 s"  # 17:02:05 JST at the provider, 01:02:07 PDT at Gmail
    assert w.state.received_headers is dialog.report
    assert "✖ Received message checked: neither SPF nor DKIM passes" in page.loop.standing.text()


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")  # offscreen: dialogs
def test_headers_dialog_pass_and_forged(qtbot, smtp_ca):
    with SmtpServer(smtp_ca, "tls", users=USERS) as srv:
        w, page = done_page(qtbot, srv, smtp_ca)
    dialog = open_dialog(qtbot, page)
    paste_and_check(qtbot, dialog, "yahoo.eml")
    assert dialog.method_labels["spf"].text().startswith("✔ SPF: pass")
    assert dialog.method_labels["dkim"].text().startswith("✔ DKIM: pass")
    assert dialog.status.text().startswith("✔") and w.state.received_headers.dmarc_would_pass
    assert "✔ Received message checked" in page.loop.standing.text()
    paste_and_check(qtbot, dialog, "forged.eml")  # the forged "pass" lines are not believed
    assert dialog.method_labels["spf"].text().startswith("✖ SPF: softfail")
    assert "Ignored (not written by the receiving server)" in dialog.notes.text()
    assert "evil.example.net" in dialog.notes.text()
    # not a message: a clear message, the last report stays in the state
    dialog.source.setPlainText("hello, this is just text")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("✖ This does not look like the source of a message")
    assert not dialog.results_box.isVisible()


# -- propagation on the domain page ---------------------------------------------------------------------------------
NEW = "v=spf1 include:spf.example.net include:abc.ocn.ne.jp ~all"
OLD = '"v=spf1 include:spf.example.net -all"'
SOA = "ns1.example.jp. hostmaster.example.jp. {serial} 3600 600 604800 300"


def auth_zone(spf: str, serial: int) -> dict:
    return {("example.jp", "TXT"): [spf], ("example.jp", "SOA"): [SOA.format(serial=serial)]}


@pytest.fixture(scope="module")
def dns_world():
    port = free_port_on("127.0.0.2", "127.0.0.3", "127.0.0.4")
    recursive = DnsServer({
        ("example.jp", "NS"): ["ns1.example.jp.", "ns2.example.jp.", "ns3.example.jp."],
        ("ns1.example.jp", "A"): ["127.0.0.2"],
        ("ns2.example.jp", "A"): ["127.0.0.3"],
        ("ns3.example.jp", "A"): ["127.0.0.4"],
        ("example.jp", "TXT"): [OLD],
    })
    servers = [DnsServer(auth_zone(f'"{NEW}"', 2025060302), host="127.0.0.2", port=port),
               DnsServer(auth_zone(OLD, 2025060301), host="127.0.0.3", port=port),
               DnsServer({("example.jp", "ANY"): SILENT}, host="127.0.0.4", port=port)]
    with recursive:
        for s in servers:
            s.start()
        try:
            yield recursive, servers, port
        finally:
            for s in servers:
                s.stop()


def domain_page(qtbot, dns_world):
    recursive, _servers, port = dns_world
    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    st = w.state
    st.isp = st.catalog.get("ocn")
    st.address = parse_address(OWN)
    st.resolver = recursive.address
    page = w.page(int(Step.DOMAIN_CHECK))
    page.propagation_port = port
    page.dns_timeout = 1.0
    w.setStartId(int(Step.DOMAIN_CHECK))
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: page.result is not None and not page.jobs.running(), timeout=WAIT_MS)
    return w, page


def test_propagation_two_servers_disagree_one_is_silent(qtbot, dns_world):
    w, page = domain_page(qtbot, dns_world)
    w.state.spf_record = NEW  # as if the proposal was this record
    box = page.propagation
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    assert not box.button.isEnabled()
    qtbot.waitUntil(lambda: not page.jobs.running("propagation") and box.button.isEnabled(), timeout=WAIT_MS)
    rows = {box.servers.topLevelItem(i).text(1): box.servers.topLevelItem(i)
            for i in range(box.servers.topLevelItemCount())}
    assert set(rows) == {"127.0.0.2", "127.0.0.3", "127.0.0.4"}
    assert rows["127.0.0.2"].text(2) == "✔ serves it" and rows["127.0.0.2"].text(3) == "2025060302"
    assert rows["127.0.0.3"].text(2) == "✖ still the old record" and rows["127.0.0.3"].text(3) == "2025060301"
    assert rows["127.0.0.2"].text(4) == "60"
    assert rows["127.0.0.4"].text(0) == "ns3.example.jp" and rows["127.0.0.4"].text(2).startswith("no answer")
    summary = box.summary.text()
    assert summary.startswith("… These name servers did not answer: ns3.example.jp (127.0.0.4)")
    p = w.state.propagation
    assert p is box.result and not p.complete
    # the done page's line for it (rendered from the state)
    loop = w.page(int(Step.DONE)).loop
    loop.refresh()
    assert "… SPF published and arrived: not yet." in loop.standing.text()
    # the user went back and the proposal changed (another relay): the answer was about the old record
    w.state.spf_record = NEW.replace("~all", "-all")
    w.state.drop_skipped()
    box.forget_stale()  # what entering the domain page again does
    assert w.state.propagation is None and box.result is None
    assert box.summary.text() == "" and not box.servers.isVisible() and box.servers.topLevelItemCount() == 0
    loop.refresh()
    assert "… SPF published and arrived: not checked yet" in loop.standing.text()


def test_propagation_complete_says_by_when(qtbot, dns_world):
    recursive, servers, port = dns_world
    servers[1].load(auth_zone(f'"{NEW}"', 2025060302))
    servers[2].load(auth_zone(f'"{NEW}"', 2025060302))
    try:
        w, page = domain_page(qtbot, dns_world)
        w.state.spf_record = NEW
        box = page.propagation
        qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: box.result is not None and box.button.isEnabled(), timeout=WAIT_MS)
    finally:
        servers[1].load(auth_zone(OLD, 2025060301))
        servers[2].load({("example.jp", "ANY"): SILENT})
    import time

    hhmm = time.strftime("%H:%M", time.localtime(box.result.checked_at + 60))
    assert box.summary.text().startswith("✔ Every name server serves the record")
    assert f"by {hhmm} at the latest" in box.summary.text()
    loop = w.page(int(Step.DONE)).loop
    loop.refresh()
    assert "✔ SPF published and arrived: Every name server serves the record." in loop.standing.text()


# -- the language switch ---------------------------------------------------------------------------------------------
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")  # offscreen: dialogs
def test_closing_steps_in_japanese_and_back(qtbot, smtp_ca):
    app = QApplication.instance()
    with SmtpServer(smtp_ca, "tls", users=USERS, accept_data=QUEUED) as srv:
        w, page = done_page(qtbot, srv, smtp_ca)
        press(qtbot, page)
    dialog = open_dialog(qtbot, page)
    paste_and_check(qtbot, dialog, "gmail_softfail.eml")
    installed = install_translators(app, "ja")
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        loop = page.loop
        assert loop.send_button.text() == "テストメールを送る(&S)"
        assert loop.headers_button.text().startswith("受信したメールを確認")
        assert dialog.windowTitle() == "受信したメールを確認"
        assert "テストメール" in loop.standing.text() and "SPF" in loop.standing.text()
        assert loop.send_status.text().startswith("✔") and "送信しました" in loop.send_status.text()
        assert "softfail" in dialog.method_labels["spf"].text() and "一致" in dialog.method_labels["spf"].text()
    finally:
        for t in installed:
            app.removeTranslator(t)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert page.loop.send_button.text() == "&Send a test message"
    assert dialog.method_labels["spf"].text().startswith("✖ SPF: softfail")


def test_results_for_a_setting_no_longer_used_are_not_shown(qtbot, smtp_ca):
    # The user sent a test message, then went back and changed the address: entering the done page again must not
    # report the old test as done, and the recipient follows the new own address (the user had not typed one).
    with SmtpServer(smtp_ca, "tls", users=USERS, accept_data=QUEUED) as srv:
        w, page = done_page(qtbot, srv, smtp_ca)
        press(qtbot, page)
    loop = page.loop
    assert "✔ Test message sent to info@example.jp" in loop.standing.text()
    st = w.state
    st.address = parse_address("sales@example.jp")
    st.drop_skipped()  # what Next does on the page where the address changed
    page.initializePage()  # entering the done page again
    assert st.send_test is None
    assert "… Test message sent: not yet" in loop.standing.text()
    assert loop.send_status.text() == "" and not loop.reply.isVisible() and loop.transcript.toPlainText() == ""
    assert loop.to_edit.text() == "sales@example.jp"
    # an address the user typed is kept
    loop.to_edit.clear()
    type_text(qtbot, loop.to_edit, "owner@example.com")
    st.address = parse_address("info@example.jp")
    page.initializePage()
    assert loop.to_edit.text() == "owner@example.com"
