"""The domain-check page against a real DNS server: findings, proposal, copy button, and the same data as the CLI."""

from __future__ import annotations

import json

import pytest

from wizard.cli.common import JSON_SCHEMA
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from tests.fixtures.dns_server import DnsServer, SILENT
from tests.fixtures.domain_zone import OCN_ADDRESS, RELAY_IP, ZONE
from tests.gui.helpers import type_text
from wizard.cli import main
from wizard.core.inputs.address import parse_address
from wizard.core.catalog.loader import load_catalog
from wizard.core.inputs.flow import Step
from wizard.core.model import Auth, RelaySetting, Security
from wizard.gui.pages.domain_check import DomainCheckPage
from wizard.gui.wizard import RelayWizard

WAIT_MS = 15000


@pytest.fixture(scope="module")
def server():
    with DnsServer({**ZONE, ("slow.jp", "ANY"): SILENT}) as s:
        yield s


def open_page(qtbot, server, address="info@example.co.jp", chosen=True, resolver=None, start=Step.DOMAIN_CHECK):
    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    st = w.state
    st.address = parse_address(address)
    st.isp = st.catalog.get("ocn")
    st.isp_address = OCN_ADDRESS
    if chosen:
        st.chosen = RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.PLAIN, OCN_ADDRESS)
    st.resolver = resolver or server.address
    w.setStartId(int(start))
    w.show()
    qtbot.waitExposed(w)
    return w, w.page(int(Step.DOMAIN_CHECK))


def wait_done(qtbot, page):
    # the button comes back in the page's slot for the job's last signal, after the result has been shown
    qtbot.waitUntil(lambda: page.job is not None and not page.job.running and page.check_button.isEnabled(), timeout=WAIT_MS)


def codes(page) -> set[str]:
    found = {page.findings.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.findings.count())}
    return found - {None}  # section headings carry no code


def test_page_shows_the_proposal_and_copies_it(qtbot, server):
    w, page = open_page(qtbot, server)
    wait_done(qtbot, page)
    assert page.result is not None and w.state.domain_check is page.result
    expected = "v=spf1 include:_spf.rental.test include:abc.ocn.ne.jp ~all"
    assert page.proposal_box.isVisible()
    assert page.proposed.toPlainText() == expected
    assert "ns1.rental.test" in page.where.text() and "2 of 10" in page.lookups.text()  # the count: under the details
    assert RELAY_IP in page.evaluation.text() and "softfail" in page.evaluation.text() and "pass" in page.evaluation.text()
    assert {"relay.no_dkim", "dmarc.needs_spf_change"} <= codes(page)
    assert page.tree.topLevelItem(0).child(0).text(0).startswith("include:_spf.rental.test")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == expected
    assert w.button(QWizard.WizardButton.NextButton).isEnabled()


def test_gui_and_cli_agree_on_the_same_dns_data(qtbot, server, capsys):
    _, page = open_page(qtbot, server)
    wait_done(qtbot, page)
    code = main(
        ["--lang", "en", "dns", "example.co.jp", "--isp", "ocn", "--isp-address", OCN_ADDRESS,
         "--relay-host", "smtp.ocn.ne.jp", "--resolver", server.address, "--json"]
    )
    assert code == 1
    cli = json.loads(capsys.readouterr().out)
    assert cli.pop("schema") == JSON_SCHEMA  # the CLI adds the schema version; the rest is the core's one dict
    assert cli == json.loads(json.dumps(page.result.as_dict(), ensure_ascii=False))


def test_domain_without_records_gets_a_fresh_record(qtbot, server):
    _, page = open_page(qtbot, server, address="info@bare.jp")
    wait_done(qtbot, page)
    assert page.proposed.toPlainText() == "v=spf1 include:abc.ocn.ne.jp ~all"
    assert {"spf.none", "proposal.fresh", "dmarc.none"} <= codes(page)
    assert not page.tree.isVisible()


def test_already_authorised_hides_the_proposal(qtbot, server):
    _, page = open_page(qtbot, server, address="info@done.jp")
    wait_done(qtbot, page)
    assert not page.proposal_box.isVisible()
    assert "proposal.already_passes" in codes(page) or "proposal.unchanged" in codes(page)
    assert page.evaluation.text().startswith("✔")


def test_bad_resolver_is_explained_and_nothing_runs(qtbot, server):
    _, page = open_page(qtbot, server)
    wait_done(qtbot, page)
    page.resolver_edit.clear()
    type_text(qtbot, page.resolver_edit, "dns.example")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert "is not a resolver address" in page.status.text()
    assert not page.job.running


def test_back_cancels_a_running_check(qtbot, server, monkeypatch):
    monkeypatch.setattr(DomainCheckPage, "dns_timeout", 0.5)
    w, page = open_page(qtbot, server, address="info@slow.jp", start=Step.RELAY_TEST)
    relay = w.page(int(Step.RELAY_TEST))
    # the relay test runs against names the local DNS server does not know: every candidate fails fast
    qtbot.waitUntil(lambda: relay.plan is not None and relay.continue_check.isVisible(), timeout=WAIT_MS)
    relay.continue_check.setChecked(True)
    w.next()
    assert w.currentId() == Step.DOMAIN_CHECK
    job = page.job
    assert job is not None
    w.back()
    assert job.token.cancelled
    wait_done(qtbot, page)


def test_the_proposal_reaches_the_export_step(qtbot, server):
    w, page = open_page(qtbot, server)
    wait_done(qtbot, page)
    assert page.proposal_box.isVisible()
    assert w.state.spf_record == page.result.proposal.record
    assert w.state.spf_record.startswith("v=spf1") and "all" in w.state.spf_record


# -- offline is not "no record" ----------------------------------------------------------------------------------------
def closed_udp_port() -> str:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:  # bound, then closed: nothing listens there
        s.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{s.getsockname()[1]}"


@pytest.mark.slow  # waits out real DNS timeouts
def test_dns_not_answering_is_not_reported_as_no_record(qtbot, server):
    w, page = open_page(qtbot, server, resolver=closed_udp_port())
    wait_done(qtbot, page)
    assert page.result.dns_state.value == "no_answer"
    text = page.status.text()
    assert text.startswith("✖") and "did not answer" in text and "Internet connection" in text
    assert "Checked" not in text
    assert "No SPF record found" not in page.current.text() and "could not be checked" in page.current.text()
    assert page.findings.count() == 0 and not page.proposal_box.isVisible()
    assert w.state.spf_record == ""


def test_a_domain_that_does_not_exist_is_called_a_typo_not_a_missing_record(qtbot, server):
    w, page = open_page(qtbot, server, address="info@yamada-shten.jp")  # a typo: not in the zone (NXDOMAIN)
    wait_done(qtbot, page)
    assert page.result.dns_state.value == "nxdomain"
    assert "does not exist" in page.status.text() and "spelling" in page.status.text()
    assert "dmarc.none" not in codes(page) and "spf.none" not in codes(page)  # no "publish DMARC" advice
    assert not page.proposal_box.isVisible() and w.state.spf_record == ""


def test_a_domain_without_records_still_says_checked(qtbot, server):
    _, page = open_page(qtbot, server, address="info@bare.jp")
    wait_done(qtbot, page)
    assert page.result.dns_state.value == "answered" and page.status.text() == "Checked bare.jp."


@pytest.mark.slow  # waits out real DNS timeouts
def test_japanese_offline_verdict(qtbot, server):
    from PySide6.QtWidgets import QApplication

    from wizard.gui.language import install_translators

    app = QApplication.instance()
    installed = install_translators(app, "ja")
    try:
        _, page = open_page(qtbot, server, resolver=closed_udp_port())
        wait_done(qtbot, page)
        text = page.status.text()
        assert "応答" in text and "確認しました" not in text and "見つかりませんでした" not in page.current.text()
    finally:
        for t in installed:
            app.removeTranslator(t)
