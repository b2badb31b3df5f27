"""The crash dialog (an exception in a slot or a thread opens it; nothing secret in it or in the log) and the
remembered provider and addresses."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from tests.leakscan import assert_no_leak
from wizard.core import logs, prefs
from wizard.core.catalog.loader import load_catalog
from wizard.core.inputs.flow import Step
from wizard.core.secrets import Secret
from wizard.gui.crash import CrashReporter
from wizard.gui.wizard import RelayWizard

SENTINEL = "S3ntinel-Crash-Probe-ÄÖ-9b2e11"
# the offscreen platform cannot resize a top-level dialog whose size hints change after it was shown
OFFSCREEN_SIZE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def reporter(isolated_home):
    path = logs.setup_logging()
    rep = CrashReporter(path).install()
    yield rep
    rep.uninstall()
    if rep.dialog is not None:
        rep.dialog.close()
    logs.teardown_logging()


@OFFSCREEN_SIZE
@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_opens_the_dialog_without_blocking(qtbot, reporter, isolated_home):
    secret = Secret(SENTINEL)

    def boom() -> None:
        password = secret.reveal()  # noqa: F841 - a local value a traceback printer could show
        raise RuntimeError(f"login with {secret.reveal()} failed")

    button = QPushButton("boom")
    qtbot.addWidget(button)
    button.clicked.connect(boom)
    with qtbot.waitSignal(reporter.shown, timeout=5000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = blocker.args[0]
    assert dialog.isVisible() and not dialog.isModal()
    assert str(reporter.log_path) in dialog.message.text()
    details = dialog.details.toPlainText()
    assert "RuntimeError" in details and "boom" in details and logs.MASK in details
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details and dialog.status.text()
    logs._handler.flush()
    text = reporter.log_path.read_text(encoding="utf-8")
    assert "uncaught exception in UI thread" in text and "RuntimeError" in text
    assert_no_leak(SENTINEL, paths=[isolated_home], texts={"details": details, "clipboard": QGuiApplication.clipboard().text()})


@OFFSCREEN_SIZE
@pytest.mark.qt_no_exception_capture
def test_exception_in_a_thread_reaches_the_ui_thread_and_a_second_one_joins_the_dialog(qtbot, reporter):
    def worker() -> None:
        raise ValueError("worker broke")

    with qtbot.waitSignal(reporter.shown, timeout=5000) as blocker:
        t = threading.Thread(target=worker, name="probe-thread")
        t.start()
        t.join()
    dialog = blocker.args[0]
    assert dialog.thread() is QGuiApplication.instance().thread()  # built on the UI thread
    assert "worker broke" in dialog.details.toPlainText()
    t = threading.Thread(target=lambda: (_ for _ in ()).throw(KeyError("second")), name="second")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: reporter.count == 2, timeout=5000)
    assert "second" in dialog.details.toPlainText() and reporter.dialog is dialog


def test_remembered_choices_are_filled_in_on_the_next_start(qtbot, user_isp_dir):
    prefs.save(prefs.Prefs(isp="ocn", address="info@example.jp", isp_address="taro@abc.ocn.ne.jp", account="x1"))
    w = RelayWizard(lang="en", catalog=load_catalog(), lazy_pages=True, remembered=prefs.load())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.remembered is None, timeout=5000)  # restored once the pages exist
    provider = w.page(int(Step.PROVIDER))
    assert provider.address_edit.text() == "info@example.jp"
    assert w.state.isp.id == "ocn" and provider.list.currentItem().data(Qt.ItemDataRole.UserRole) == "ocn"
    assert w.state.isp_address == "taro@abc.ocn.ne.jp" and w.state.account == "x1"


def test_choices_are_saved_from_the_export_page_on_never_with_the_password(qtbot, isolated_home):
    from wizard.core.inputs.address import parse_address

    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    st = w.state
    st.isp = st.catalog.get("ocn")
    st.address = parse_address("info@example.jp")
    st.isp_address = "taro@abc.ocn.ne.jp"
    st.password = Secret(SENTINEL)
    w._page_changed(int(Step.DOMAIN_CHECK))
    assert not prefs.prefs_path().exists()  # nothing written before the export page
    w._page_changed(int(Step.EXPORT))
    saved = prefs.load()
    assert (saved.isp, saved.address, saved.isp_address) == ("ocn", "info@example.jp", "taro@abc.ocn.ne.jp")
    assert_no_leak(SENTINEL, paths=[isolated_home])


@pytest.mark.parametrize("step", [Step.RELAY_TEST, Step.DONE])
def test_copy_diagnostic_report_button(qtbot, step, isolated_home):
    from wizard.core.inputs.address import parse_address

    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    st = w.state
    st.isp = st.catalog.get("ocn")
    st.address = parse_address("info@example.jp")
    st.password = Secret(SENTINEL)
    page = w.page(int(step))
    button = page.findChild(QPushButton, "copy_report")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Relay Wizard diagnostic report") and "provider: ocn" in text and "example.jp" in text
    assert button.text() == "✔ Copied"
    qtbot.waitUntil(lambda: button.text() == "Copy diagnostic &report", timeout=5000)
    assert_no_leak(SENTINEL, paths=[isolated_home], texts={"clipboard": text})
