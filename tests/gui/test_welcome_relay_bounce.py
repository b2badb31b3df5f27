"""A pasted Gmail "use the SMTP relay at your service provider" bounce: the welcome page offers the relay route."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.core.diagnosis.test_bounce import DATA
from tests.fixtures.dns_server import DnsServer
from tests.fixtures.dnsbl_data import good_points, line
from wizard.core.catalog.loader import load_catalog
from wizard.core.dns.whereami import sources_at
from wizard.core.dns.zones import load_zones, select_zones
from wizard.core.inputs.flow import Step
from wizard.gui.wizard import RelayWizard

ZONES = select_zones(load_zones(), ["spamhaus-zen"])
OFFER = "Click Next to choose your provider and send through its server."


@pytest.fixture(scope="module")
def server():
    with DnsServer({**good_points(ZONES[0].zone), **line("203.0.113.80", "p1-ipngn.tokyo.ocn.ne.jp.")}) as s:
        yield s


@pytest.mark.parametrize(("sample", "offered"), [("gmail-not-authorized.eml", True), ("postfix-spamhaus.eml", False)])
def test_the_relay_route_is_offered_only_when_the_receiver_asks_for_it(qtbot, server, sample, offered):
    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    page = w.page(Step.WELCOME)
    page.ip_sources = sources_at(server.address)
    page.zones = ZONES
    page.timeout = 1.5
    page.resolver_edit.setText(server.address)
    page.bounce_edit.setPlainText((DATA / sample).read_bytes().decode("utf-8"))
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)
    text = page.bounce_label.text()
    assert (OFFER in text) is offered
    assert ("exactly what this wizard sets up" in text) is offered
    if offered:
        w.button(QWizard.WizardButton.NextButton).click()
        assert w.currentId() == Step.PROVIDER
