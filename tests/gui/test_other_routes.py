"""No dead end: the provider refuses the own domain on every setting, a relay service accepts it.

The local world of tests/fixtures/routes_world.py, walked by the real buttons from the provider page to the export
page, in Japanese and in English: the relay test offers the other routes, the chosen service goes through the same
credentials -> relay test -> domain check (its records list) -> export pages.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from tests.fixtures.routes_world import API_KEY, ISP_ADDRESS, routes_world
from tests.gui.helpers import type_text
from wizard.core.catalog.loader import load_catalog
from wizard.core.inputs.address import parse_domain
from wizard.core.inputs.flow import Step
from wizard.gui.language import install_translators
from wizard.gui.wizard import RelayWizard

OWN = {"ja": "info@山田商店.jp", "en": "info@yamada-shoten.jp"}


@pytest.fixture
def language(request):
    app = QApplication.instance()
    installed = install_translators(app, request.param)
    yield request.param
    for t in installed:
        app.removeTranslator(t)


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_(qtbot, w) -> None:
    click(qtbot, w.button(QWizard.WizardButton.NextButton))


JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.mark.parametrize("language", ["ja", "en"], indirect=True)
def test_refused_everywhere_then_a_service_to_the_export(qtbot, smtp_ca, user_isp_dir, language):
    lang = language
    own_domain = parse_domain(OWN[lang].split("@")[1]).ascii
    with routes_world(smtp_ca, user_isp_dir, own_domain) as (dns, provider, service):
        w = RelayWizard(lang=lang, catalog=load_catalog())
        w.state.resolver = dns.address
        w.state.ca_file = smtp_ca.pem
        w.setStartId(int(Step.PROVIDER))
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)

        # -- provider: the refusing ISP; the services are in the list too, marked -----------------------------------
        page = w.currentPage()
        type_text(qtbot, page.address_edit, OWN[lang])
        assert page.select_provider("refuser")
        texts = [page.list.item(i).text() for i in range(page.list.count())]
        marked = [t for t in texts if "ローカル送信サービス" in t or "Local Relay Service" in t]
        assert len(marked) == 1 and ("送信サービス" in marked[0] or "(sending service)" in marked[0])
        next_(qtbot, w)

        # -- credentials for the provider ------------------------------------------------------------------------------
        page = w.currentPage()
        assert w.currentId() == Step.CREDENTIALS
        type_text(qtbot, page.isp_address_edit, ISP_ADDRESS)
        type_text(qtbot, page.password_edit, "pw")
        qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
        next_(qtbot, w)

        # -- relay test: refused; the other routes are offered -------------------------------------------------------
        page = w.currentPage()
        assert w.currentId() == Step.RELAY_TEST
        qtbot.waitUntil(lambda: page.plan is not None and not page.running, timeout=30_000)
        assert page.rows[0].outcome.verdict == "sender_rejected"
        routes = page.other_routes
        assert routes.isVisible()
        intro = routes.intro.text()
        assert ("拒否プロバイダ" in intro) if lang == "ja" else ("Refusing ISP" in intro)
        if lang == "ja":
            assert JAPANESE.search(routes.title()) and JAPANESE.search(intro)
        lines = [routes.list.item(i).text() for i in range(routes.list.count())]
        assert any("SendGrid" in t for t in lines)  # the built-in services are offered too
        ours = next(i for i, t in enumerate(lines) if "ローカル送信サービス" in t or "Local Relay Service" in t)
        assert ("月100通まで無料" if lang == "ja" else "Free up to 100 messages a month") in lines[ours]
        assert ("CNAME を1つ追加" if lang == "ja" else "add one CNAME") in lines[ours]
        routes.list.setCurrentRow(ours)
        click(qtbot, routes.use_button)

        # -- credentials again, for the service: the literal login, the API key as password --------------------------
        page = w.currentPage()
        assert w.currentId() == Step.CREDENTIALS and w.state.isp.id == "local-relay"
        qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
        page.password_edit.clear()
        type_text(qtbot, page.password_edit, API_KEY)
        qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
        next_(qtbot, w)

        # -- relay test of the service: probed like a provider relay, and it works ------------------------------------
        page = w.currentPage()
        assert w.currentId() == Step.RELAY_TEST
        qtbot.waitUntil(lambda: page.plan is not None and not page.running, timeout=30_000)
        assert page.rows[0].outcome.verdict == "ok" and page.plan.works
        assert not page.other_routes.isVisible()
        assert service.auth_results and service.auth_results[-1][1:] == ("apikey", True)
        next_(qtbot, w)

        # -- domain check: the records list ---------------------------------------------------------------------------
        page = w.currentPage()
        assert w.currentId() == Step.DOMAIN_CHECK
        qtbot.waitUntil(lambda: page.result is not None and not page.job.running, timeout=20_000)
        assert page.records.isVisible()
        text = page.records.text.text()
        assert text.startswith("✔") and f"rw1._domainkey.{own_domain}" in text and "1024" in text
        if lang == "ja":
            assert JAPANESE.search(text) and JAPANESE.search(page.records.title())
        codes = {f.code for f in page.result.warnings}
        assert "records.dkim_aligned" in codes
        next_(qtbot, w)

        # -- export: the service's host and login ---------------------------------------------------------------------
        assert w.currentId() == Step.EXPORT
        chosen = w.state.chosen
        assert (chosen.host, chosen.port, chosen.username) == ("127.0.0.1", service.port, "apikey")
