"""Going on at the recommendation, and Stop, keep what already worked (issue 18 item 5, issue 19 item 6).

Real servers on 127.0.0.1: an implicit-TLS server and a STARTTLS server that both accept the login and the own
address, and a listener whose accept queue is full (dropped SYNs: a connect that never completes, like a blocked
port 25) for the lower-ranked ``{subdomain}`` candidate. Its connect timeout is far longer than any wait below, so
a test that passes cannot have waited for it.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from tests.fixtures.local_isp import USERS, write_profile
from tests.fixtures.smtp_server import DroppingListener, SmtpServer
from tests.gui.test_relay_test_page import dns, make_wizard, next_button  # noqa: F401 - the dns fixture
from wizard.core.inputs.flow import Step
from wizard.core.smtp import probing
from wizard.core.smtp.result import Timeouts

HUNG_CONNECT = 30.0  # seconds: the hung candidate's connect timeout; every wait below is far shorter


@pytest.fixture
def three(smtp_ca, user_isp_dir):
    """Profile order: TLS (best ranked), STARTTLS (works too), {subdomain} port "25" plain (never answers)."""

    def make(tls_delay=0.0, starttls_delay=0.0):
        tls = SmtpServer(smtp_ca, "tls", users=USERS, delay=tls_delay).__enter__()
        starttls = SmtpServer(smtp_ca, "starttls", users=USERS, delay=starttls_delay).__enter__()
        hung = DroppingListener().__enter__()
        opened.extend([tls, starttls, hung])
        write_profile(user_isp_dir, tls.port, starttls.port, hung.port)
        return tls, starttls, hung

    opened: list = []
    yield make
    for thing in reversed(opened):
        thing.__exit__(None, None, None)


def wizard_for(qtbot, smtp_ca, dns, seen=None, connect=HUNG_CONNECT):  # noqa: F811 - the fixture's value
    w, page = make_wizard(qtbot, smtp_ca, dns)  # taro@abc.test-isp.example: the {subdomain} candidate is probed
    page.timeouts = Timeouts(connect=connect, read=5.0)
    if seen is not None:
        record_events(page, seen)
    page.retry()  # again with the long connect timeout (the first run started when the page was entered)
    return w, page


def record_events(page, seen: list) -> None:
    """The core's events in the order the page receives them, with the time since the start (monotonic)."""
    t0 = time.monotonic()
    original = page._on_progress

    def spy(event):
        if isinstance(event, probing.Recommended):
            seen.append(("recommended", event.outcome.entry.index, time.monotonic() - t0))
        elif isinstance(event, probing.CandidateDone):
            seen.append(("done", event.outcome.entry.index, time.monotonic() - t0))
        original(event)

    page._on_progress = spy  # the handler is bound when the job starts


def test_next_at_the_recommendation_stops_the_rest_and_keeps_it(qtbot, smtp_ca, dns, three):  # noqa: F811
    # the best-ranked server waits 60 ms before every reply, as in bench/early_recommendation.py: the lower-ranked
    # STARTTLS one ends first, and the recommendation still waits for the best one only
    tls, starttls, hung = three(tls_delay=0.06)
    seen: list[tuple[str, int, float]] = []
    w, page = wizard_for(qtbot, smtp_ca, dns, seen)
    assert not next_button(w).isEnabled()
    qtbot.waitUntil(lambda: page.early is not None, timeout=10000)
    # shown at once, the user may go on, while the hung candidate still runs
    assert page.running and page.rows[2].outcome is None and page.rows[2].status.text().startswith("…")
    assert f"Recommended: 127.0.0.1, port {tls.port}" in page.plan_label.text()
    assert "You can go on now" in page.summary.text()
    assert page.rows[0].radio.isChecked() and page.rows[0].radio.isEnabled()
    assert next_button(w).isEnabled()
    # the event order: the best one's result, then at once the recommendation; the hung one has not ended
    kinds = [(k, i) for k, i, _ in seen]
    assert ("done", 0) in kinds and kinds.index(("recommended", 0)) == kinds.index(("done", 0)) + 1
    assert ("done", 2) not in kinds
    assert kinds.index(("done", 1)) < kinds.index(("done", 0))  # the lower-ranked result did not decide it
    job = page.job
    clicked = time.monotonic()
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.currentId() == Step.DOMAIN_CHECK
    assert job.token.cancelled  # Next stopped the remaining probes
    st = w.state
    assert (st.chosen.host, st.chosen.port) == ("127.0.0.1", tls.port) and st.chosen_works is True
    qtbot.waitUntil(lambda: not page.running, timeout=3000)  # the hung connect ends at the stop, not after 30 s
    at = {(k, i): t for k, i, t in seen}
    print(f"\nGUI: best done {at['done', 0] * 1000:.0f} ms, recommended {at['recommended', 0] * 1000:.0f} ms, "
          f"stopped {(time.monotonic() - clicked) * 1000:.0f} ms after Next (hung connect timeout {HUNG_CONNECT:.0f} s)")
    assert page.events[-3:] == ["recommended", "next", "stopped"] and "finished" not in page.events
    assert page.rows[2].status.text() == "■ Stopped before the end"
    plan = st.relay_plan
    assert plan.recommended.setting == st.chosen
    verdicts = {o.entry.index: o.verdict for o in plan.outcomes}
    assert verdicts[0] == "ok" and verdicts[2] == "cancelled"
    assert st.chosen.port == tls.port  # the late end of the run did not change the choice


def test_the_recommendation_in_japanese_at_once(qtbot, smtp_ca, dns, three):  # noqa: F811
    from wizard.gui.language import set_language

    three()
    w, page = wizard_for(qtbot, smtp_ca, dns)
    qtbot.waitUntil(lambda: page.early is not None, timeout=10000)
    try:
        set_language("ja")
        w.switch_language("ja")
        assert page.running and page.plan_label.text().startswith("<b>おすすめ: 127.0.0.1")
        assert "「次へ」を押すと先に進めます。" in page.summary.text() and next_button(w).isEnabled()
    finally:
        set_language("en")


def test_next_keeps_another_working_row_the_user_picked(qtbot, smtp_ca, dns, three):  # noqa: F811
    tls, starttls, hung = three()
    w, page = wizard_for(qtbot, smtp_ca, dns)
    qtbot.waitUntil(lambda: page.early is not None and page.rows[1].outcome is not None, timeout=10000)
    assert page.running and page.rows[1].outcome.works and page.rows[1].radio.isEnabled()
    qtbot.mouseClick(page.rows[1].radio, Qt.MouseButton.LeftButton)
    assert page.rows[1].radio.isChecked()
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.currentId() == Step.DOMAIN_CHECK
    assert (w.state.chosen.port, w.state.chosen_works) == (starttls.port, True)
    qtbot.waitUntil(lambda: not page.running, timeout=3000)
    assert w.state.chosen.port == starttls.port


def test_a_row_picked_while_the_rest_runs_stays_picked_at_the_end(qtbot, smtp_ca, dns, three):  # noqa: F811
    tls, starttls, hung = three()
    w, page = wizard_for(qtbot, smtp_ca, dns, connect=1.5)  # this time the hung candidate gives up by itself
    qtbot.waitUntil(lambda: page.early is not None and page.rows[1].outcome is not None, timeout=10000)
    qtbot.mouseClick(page.rows[1].radio, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=10000)
    assert page.events[-2:] == ["recommended", "finished"]
    assert page.rows[2].outcome.verdict == "port_blocked"
    assert page.rows[1].radio.isChecked() and f"Recommended: 127.0.0.1, port {tls.port}" in page.plan_label.text()
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.state.chosen.port == starttls.port


def test_stop_keeps_what_worked_and_lets_the_user_choose_it(qtbot, smtp_ca, dns, three):  # noqa: F811
    # the best-ranked server is slow: the STARTTLS one works first, no recommendation is certain yet
    tls, starttls, hung = three(tls_delay=3.0)
    w, page = wizard_for(qtbot, smtp_ca, dns)
    qtbot.waitUntil(lambda: page.rows[1].outcome is not None, timeout=10000)
    assert page.rows[1].outcome.works and page.early is None and not next_button(w).isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=3000)
    rows = page.rows
    assert rows[1].status.text() == "✔ Works" and rows[1].radio.isEnabled() and rows[1].radio.isChecked()
    for unfinished in (rows[0], rows[2]):
        assert unfinished.status.text() == "■ Stopped before the end" and not unfinished.radio.isEnabled()
    assert "Settings that worked before the stop: 1" in page.summary.text()
    assert f"Best of the settings tested before the stop: 127.0.0.1, port {starttls.port}" in page.plan_label.text()
    assert "Recommended" not in page.plan_label.text()  # a better one may not have finished
    assert page.retry_button.isEnabled() and next_button(w).isEnabled()
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.currentId() == Step.DOMAIN_CHECK
    assert (w.state.chosen.port, w.state.chosen_works) == (starttls.port, True)
    assert w.state.relay_plan.recommended.setting == w.state.chosen


def test_stop_after_the_recommendation_says_only_the_rest_was_stopped(qtbot, smtp_ca, dns, three):  # noqa: F811
    tls, starttls, hung = three()
    w, page = wizard_for(qtbot, smtp_ca, dns)
    qtbot.waitUntil(lambda: page.early is not None and page.rows[1].outcome is not None, timeout=10000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=3000)
    assert "Settings that work from your line: 2." in page.summary.text()
    assert "The remaining tests were stopped." in page.summary.text()
    assert f"Recommended: 127.0.0.1, port {tls.port}" in page.plan_label.text()
    assert page.rows[0].radio.isChecked() and page.rows[1].radio.isEnabled()
    assert page.rows[2].status.text() == "■ Stopped before the end"
    assert next_button(w).isEnabled()


def test_stop_before_anything_worked_leaves_nothing_to_choose(qtbot, smtp_ca, dns, three):  # noqa: F811
    tls, starttls, hung = three(tls_delay=3.0, starttls_delay=3.0)
    w, page = wizard_for(qtbot, smtp_ca, dns)
    qtbot.waitUntil(lambda: page.rows[0].status.text().startswith("… Testing"), timeout=5000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=3000)
    assert "stopped" in page.summary.text() and "Test again" in page.summary.text()
    assert not any(r.radio.isEnabled() for r in page.rows.values())
    assert not next_button(w).isEnabled()


@pytest.mark.system
def test_next_at_the_recommendation_still_stores_the_verified_password(qtbot, smtp_ca, dns, three,  # noqa: F811
                                                                        secret_service):
    from PySide6.QtWidgets import QWizard

    from tests.gui.helpers import type_text
    from tests.gui.test_verify_then_store import on_credentials, stored

    tls, starttls, hung = three()
    w, creds = on_credentials(qtbot, smtp_ca, dns)
    w.page(int(Step.RELAY_TEST)).timeouts = Timeouts(connect=HUNG_CONNECT, read=5.0)
    type_text(qtbot, creds.password_edit, "pw")
    qtbot.mouseClick(w.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = w.currentPage()
    qtbot.waitUntil(lambda: page.early is not None, timeout=10000)
    assert secret_service.items() == []
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.currentId() == Step.DOMAIN_CHECK
    qtbot.waitUntil(lambda: not page.jobs.running(), timeout=5000)  # the stop, then the keyring write
    assert stored(secret_service, tls.port) == "pw"
    assert "The login worked, so the password was saved" in page.keyring_status.text()
