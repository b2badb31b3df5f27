"""The relay-test page says which catalogue facts the live test contradicts, cautions after an own-domain success,
and remembers the run; the provider page then shows "last tested from this computer" (issue 14, items 4-6)."""

from __future__ import annotations

import pytest

from tests.fixtures.dns_server import DnsServer
from tests.fixtures.local_isp import local_isp
from tests.gui.test_relay_test_page import make_wizard, wait_done
from wizard.core.inputs.flow import Step
from wizard.core.store import default_path, open_store


@pytest.fixture
def dns():
    with DnsServer({("abc.test-isp.example", "A"): ["127.0.0.1"]}) as server:
        yield server


def test_contradiction_caution_and_memory(qtbot, smtp_ca, dns, user_isp_dir):
    with local_isp(smtp_ca, user_isp_dir) as (tls, starttls, blocked):
        w, page = make_wizard(qtbot, smtp_ca, dns, isp_address="taro@test-isp.example")
        wait_done(qtbot, page)
        text = page.contradictions.text()
        assert page.contradictions.isVisible()
        # the profile says 25 MB, the server announces 20 MiB
        assert "The live test shows otherwise" in text and "25 MB" in text and "20 MB (SIZE)" in text
        assert "first real message arrives" in text
        qtbot.waitUntil(lambda: not page.jobs.running("remember"), timeout=5000)
        qtbot.waitUntil(lambda: default_path().exists() and bool(_rows()), timeout=5000)
        rows = _rows()
        assert sorted(r.verdict for r in rows) == ["ok", "sender_rejected"]

        provider = w.page(int(Step.PROVIDER))
        provider.initializePage()
        assert provider.select_provider("local")
        qtbot.waitUntil(lambda: "Last tested from this computer" in provider.confidence.text(), timeout=5000)
        assert f"127.0.0.1:{tls.port} (tls), worked" in provider.confidence.text()


def _rows():
    with open_store(create=False) as store:
        return store.evidence("local")
