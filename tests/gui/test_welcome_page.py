"""The welcome/diagnosis page with real widgets against a real DNS server on 127.0.0.1."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.core.diagnosis.test_bounce import DATA
from tests.fixtures.dns_server import SILENT, DnsServer
from tests.fixtures.dnsbl_data import good_points, line, listing, q
from tests.gui.helpers import type_text
from wizard.cli import main
from wizard.core.catalog.loader import load_catalog
from wizard.core.dns.zones import load_zones, select_zones
from wizard.core.inputs.flow import Step
from wizard.core.dns.whereami import sources_at
from wizard.gui.wizard import RelayWizard

RENTAL = "203.0.113.45"
ZONES = select_zones(load_zones(), ["spamhaus-zen", "spamcop"])


ZONE = {
    **{k: v for z in ZONES for k, v in good_points(z.zone).items()},
    **listing(RENTAL, "zen.spamhaus.org", ["127.0.0.2", "127.0.0.4"], "https://check.spamhaus.org/sbl/query/SBL99"),
    **listing(RENTAL, "bl.spamcop.net", ["127.255.255.254"]),
    ("sv123.rental.example.jp", "A"): ["198.51.100.99"],
    **listing("198.51.100.99", "zen.spamhaus.org", ["127.0.0.10"]),
    **line("203.0.113.80", "p1-ipngn.tokyo.ocn.ne.jp."),
}


@pytest.fixture(scope="module")
def server():
    with DnsServer(ZONE) as s:
        yield s


@pytest.fixture
def wiz(qtbot):
    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def prepare(page, server, timeout=1.5):
    page.ip_sources = sources_at(server.address)
    page.zones = ZONES
    page.timeout = timeout
    page.resolver_edit.setText(server.address)


def check_and_wait(qtbot, page):
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.running and page.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)


def table_rows(page):
    t = page.table
    return [
        (t.item(r, 0).text(), t.item(r, 1).text(), t.item(r, 2).text(), t.item(r, 2).data(Qt.ItemDataRole.UserRole),
         t.item(r, 2).icon().isNull())
        for r in range(t.rowCount())
    ]


def test_pasted_bounce_is_read_checked_and_agrees_with_the_cli(qtbot, wiz, server, capsys):
    page = wiz.currentPage()
    assert wiz.currentId() == Step.WELCOME
    prepare(page, server)
    page.bounce_edit.setPlainText((DATA / "postfix-spamhaus.eml").read_bytes().decode("utf-8"))
    check_and_wait(qtbot, page)

    assert "on a blocklist" in page.bounce_label.text() and RENTAL in page.bounce_label.text()
    assert "sv123.rental.example.jp" in page.bounce_label.text()
    rows = table_rows(page)
    assert len(rows) == 2
    assert rows[0][:4] == (RENTAL, "Spamhaus ZEN", "Listed", "listed") and not rows[0][4]  # icon + word
    assert rows[1][2:4] == ("Unknown", "unknown") and not rows[1][4]
    assert "not one of this list's listing codes" in page.table.item(1, 3).text()
    assert page.table.cellWidget(0, 4) is not None  # the delisting page link
    assert page.summary_label.text().startswith("✖ ") and "Spamhaus ZEN" in page.summary_label.text()
    assert "203.0.113.80" in page.line_label.text() and "OCN" in page.line_label.text()
    assert wiz.state.detected_isp == "ocn" and wiz.state.resolver == server.address

    # The CLI on the same DNS data says the same.
    code = main(["blocklist", RENTAL, "--resolver", server.address, "--zones", "spamhaus-zen,spamcop",
                 "--timeout", "1.5", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    cli = {(r["address"], r["zone"], r["status"]) for r in data["results"]}
    gui = {(r.address, r.zone.zone, r.status.value) for r in page.report.results}
    assert cli == gui

    # The detected provider is preselected on the next page.
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wiz.currentId() == Step.PROVIDER
    assert wiz.state.isp is not None and wiz.state.isp.id == "ocn"


def test_rental_host_with_a_pbl_listing_is_explained(qtbot, wiz, server):
    page = wiz.currentPage()
    prepare(page, server)
    type_text(qtbot, page.host_edit, "sv123.rental.example.jp")
    check_and_wait(qtbot, page)
    rows = table_rows(page)
    assert rows[0][:4] == ("198.51.100.99", "Spamhaus ZEN", "Listed", "listed")
    assert "through its provider" in page.table.item(0, 3).text()
    assert "Listed only on the PBL" in page.summary_label.text()


def test_bad_inputs_say_why_and_start_nothing(qtbot, wiz, server):
    page = wiz.currentPage()
    prepare(page, server)
    type_text(qtbot, page.host_edit, "not a host!")
    page.resolver_edit.setText("dns.google")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert not {"line", "blocklist"} & set(page.jobs.started) and not page.running
    text = page.input_status.text()
    assert "neither an IP address nor a host name" in text and "not a resolver address" in text


def test_without_a_target_only_the_line_is_checked(qtbot, wiz, server):
    page = wiz.currentPage()
    prepare(page, server)
    check_and_wait(qtbot, page)
    assert set(page.jobs.started) - {"warm-up", "watch"} == {"line"}
    assert not page.table.isVisible()
    assert "paste a returned message" in page.summary_label.text()
    assert "OCN" in page.line_label.text()


def test_stop_ends_a_check_against_a_silent_server_at_once(qtbot, wiz):
    silent = DnsServer({(q("127.0.0.2", z.zone), "ANY"): SILENT for z in ZONES}
                       | {(q(RENTAL, z.zone), "ANY"): SILENT for z in ZONES}
                       | {(q("127.0.0.1", z.zone), "ANY"): SILENT for z in ZONES}
                       | {("myip.opendns.com", "ANY"): SILENT, ("o-o.myaddr.l.google.com", "ANY"): SILENT})
    with silent:
        page = wiz.currentPage()
        prepare(page, silent, timeout=20)
        type_text(qtbot, page.host_edit, RENTAL)
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
        assert page.running
        qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.running, timeout=5_000)  # far below the 20 s timeout
    assert page.summary_label.text() == "Stopped." and page.check_button.isEnabled()
