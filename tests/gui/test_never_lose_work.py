"""Never lose work by accident: after the relay test, Cancel, Esc and closing the window ask first (the real
QMessageBox, clicked); declining keeps the window and the results."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from tests.fixtures.local_isp import local_isp
from tests.conftest import ASK_BEFORE_QUIT
from tests.gui.test_relay_test_page import dns, make_wizard, wait_done  # noqa: F401 - dns is a fixture
from wizard.core.inputs.flow import Step
from wizard.gui.wizard import RelayWizard

# the offscreen platform cannot size a message box to its hints; the box itself works
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def asking(monkeypatch):
    monkeypatch.setattr(RelayWizard, "confirm_quit", ASK_BEFORE_QUIT)


def answer(qtbot, role: QMessageBox.ButtonRole, seen: list) -> None:
    """Click the button with ``role`` in the quit question as soon as it shows (it runs its own event loop)."""
    def click() -> None:
        box = next((b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if box.buttonRole(b) is role)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, click)


def after_the_relay_test(qtbot, smtp_ca, dns):  # noqa: F811 - dns: the fixture's value
    w, page = make_wizard(qtbot, smtp_ca, dns)
    wait_done(qtbot, page)
    assert w.currentId() == Step.RELAY_TEST and w.state.relay_plan is not None
    return w, page


@pytest.mark.parametrize("how", ["cancel", "esc", "close"])
def test_after_the_relay_test_quitting_asks_and_no_keeps_everything(qtbot, smtp_ca, dns, user_isp_dir, asking, how):  # noqa: F811
    with local_isp(smtp_ca, user_isp_dir):
        w, page = after_the_relay_test(qtbot, smtp_ca, dns)
        plan = w.state.relay_plan
        seen: list[str] = []
        answer(qtbot, QMessageBox.ButtonRole.RejectRole, seen)
        if how == "cancel":
            qtbot.mouseClick(w.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
        elif how == "esc":
            qtbot.keyClick(w, Qt.Key.Key_Escape)
        else:
            w.close()
        assert seen and "will be lost" in seen[0]
        assert w.isVisible() and w.currentId() == Step.RELAY_TEST and w.state.relay_plan is plan
        # and "Quit" really quits
        answer(qtbot, QMessageBox.ButtonRole.DestructiveRole, seen)
        w.close()
        assert len(seen) == 2 and not w.isVisible()


def test_before_the_relay_test_closing_does_not_ask(qtbot, smtp_ca, dns, asking):  # noqa: F811
    w = RelayWizard(lang="en")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert not w.has_unsaved_work()
    w.close()  # a question here would block: the test would hang, not pass
    assert not w.isVisible()


def test_the_question_is_in_japanese(qtbot, smtp_ca, dns, user_isp_dir, asking):  # noqa: F811
    from wizard.gui.language import set_language

    set_language("ja")
    try:
        with local_isp(smtp_ca, user_isp_dir):
            w, page = after_the_relay_test(qtbot, smtp_ca, dns)
            seen: list[str] = []
            answer(qtbot, QMessageBox.ButtonRole.DestructiveRole, seen)
            w.reject()
            assert seen and "終了" in seen[0] and not w.isVisible()
    finally:
        set_language("en")


# -- the done page: the steps in the domain page's order, the password only where it is, one warning per fact --------
def done_page(qtbot, *, works=True, from_keyring=None, saved_keys=()):
    from wizard.core.catalog.loader import load_catalog
    from wizard.core.inputs.address import parse_address
    from wizard.core.messages import Msg
    from wizard.core.model import Auth, RelaySetting, Security
    from wizard.gui.pages.relay_test import CONTINUE_WARNING
    from wizard.gui.password import PasswordChoice
    from wizard.core.secrets import Secret

    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    st = w.state
    st.isp = st.catalog.get("ocn")
    st.address = parse_address("info@山田商店.jp")
    st.chosen = RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, "taro@abc.ocn.ne.jp")
    st.chosen_works = works
    st.spf_record = "v=spf1 include:abc.ocn.ne.jp ~all"
    size = Msg.of("The provider limits a message to 10 MB.")
    st.warnings = [size, Msg.of("The provider limits a message to 10 MB.")]  # the same fact from two pages
    if not works:
        st.warnings.append(Msg.of(CONTINUE_WARNING))
    w.passwords.choice = PasswordChoice(Secret("pw"), (from_keyring,), from_keyring=from_keyring) if from_keyring else None
    for key in saved_keys:
        w.passwords.saved.emit([key], Secret("pw"))
    w.show()
    qtbot.waitExposed(w)
    w.setStartId(int(Step.DONE))
    w.restart()
    return w, w.currentPage().body.text()


def test_done_lists_spf_first_and_one_warning_per_fact(qtbot):
    w, html = done_page(qtbot, works=False)
    assert html.index("Publish this SPF record") < html.index("Use this outgoing server: smtp.ocn.ne.jp")
    # a Japanese domain: DNS panels may want either form, so both are named (the A-label as the DNS stores it)
    assert "Publish this SPF record (TXT) for 山田商店.jp (xn--" in html
    assert html.index("Use this outgoing server") < html.index("Send a test mail")
    assert html.count("limits a message to 10 MB") == 1
    assert html.count("no setting worked") + html.count("did not pass the live test") == 1


def test_done_says_where_the_password_is_only_when_it_was_saved(qtbot):
    _, html = done_page(qtbot)
    assert "did not save it" in html and "keyring" not in html
    _, html = done_page(qtbot, saved_keys=[("smtp.ocn.ne.jp", 465, "taro@abc.ocn.ne.jp")])
    assert "saved it in the system keyring" in html and "did not save" not in html
    _, html = done_page(qtbot, from_keyring=("smtp.ocn.ne.jp", 465, "taro@abc.ocn.ne.jp"))
    assert "saved it in the system keyring" in html
