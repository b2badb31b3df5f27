"""A dialog instead of a silent exit: uncaught exceptions (UI thread and other threads) are logged and shown.

:func:`install` replaces ``sys.excepthook`` and ``threading.excepthook``. The hook writes the exception to the log
(redacted, wizard/core/logs.py) and emits a signal on a QObject that lives on the UI thread, so a crash on a worker
thread reaches the dialog through a queued connection. The dialog is modeless (``show()``): the wizard stays usable
where it can, and tests can find the dialog without a blocked event loop.

``RELAY_WIZARD_TEST_CRASH=1`` raises an exception in a slot right after the first page has painted; the dialog then
prints ``crash-dialog <log file>`` once it has painted and quits. The packaging test proves with it that the bundled
app shows this dialog.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from wizard import APP_NAME, __version__
from wizard.core.logs import redact

log = logging.getLogger(__name__)


def crash_text(exc_type, exc, tb) -> str:
    """The details shown and copied: version, platform, the redacted traceback."""
    import platform

    body = "".join(traceback.format_exception(exc_type, exc, tb))
    return redact(f"{APP_NAME} {__version__} on {platform.platform()}, Python {platform.python_version()}\n\n{body}")


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path | None, parent=None):
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("Relay Wizard: unexpected error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = self.tr(
            "Sorry, something went wrong inside Relay Wizard. What you entered on this page may not have been "
            "taken over. Please copy the details and send them to the person who helps you with your computer."
        )
        if log_path is not None:
            text += "\n\n" + self.tr("The details are also saved in the log file:\n{path}").format(path=log_path)
        self.message = QLabel(text)
        self.message.setObjectName("crash_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crash_details")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(160)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setObjectName("copy_details")
        self.copy_button.clicked.connect(self.copy)
        self.status = QLabel()
        self.status.setObjectName("copy_status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def add(self, details: str) -> None:
        """A further exception while the dialog is open: appended, no second dialog."""
        self.details.appendPlainText("\n" + details)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.status.setText(self.tr("Copied. Paste the details into your e-mail or chat (Ctrl+V)."))


class CrashReporter(QObject):
    """Owns the hooks and the dialog. Create it on the UI thread after the QApplication exists."""

    crashed = Signal(str)
    shown = Signal(object)  # the dialog, after it was shown (tests)

    def __init__(self, log_path: Path | None, parent=None):
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self.count = 0
        self._old_hooks = None
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- hooks (any thread) -------------------------------------------------------------------------------------------
    def install(self) -> CrashReporter:
        if self._old_hooks is None:
            self._old_hooks = (sys.excepthook, threading.excepthook)
            sys.excepthook = self.excepthook
            threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if self._old_hooks is not None:
            sys.excepthook, threading.excepthook = self._old_hooks
            self._old_hooks = None

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        self.report(exc_type, exc, tb, where="UI thread")

    def thread_excepthook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, where=f"thread {name}")

    def report(self, exc_type, exc, tb, where: str) -> None:
        try:
            log.critical("uncaught exception in %s", where, exc_info=(exc_type, exc, tb))
            details = crash_text(exc_type, exc, tb)
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            details = f"{exc_type.__name__} (details could not be formatted)"
        self.crashed.emit(details)  # queued: the dialog opens on the UI thread

    # -- UI thread ---------------------------------------------------------------------------------------------------
    def _show(self, details: str) -> None:
        self.count += 1
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(details)
            return
        parent = QApplication.activeWindow()
        self.dialog = CrashDialog(details, self.log_path, parent)
        self.dialog.show()
        if QGuiApplication.platformName() != "offscreen":
            self.dialog.raise_()
        self.shown.emit(self.dialog)
        if os.environ.get("RELAY_WIZARD_TEST_CRASH") == "1":
            from PySide6.QtCore import QTimer

            from wizard.gui.wizard import FirstPaint

            def done() -> None:
                print(f"crash-dialog {self.log_path}", flush=True)
                QApplication.quit()

            self.dialog._report = FirstPaint(self.dialog, done)
            QTimer.singleShot(0, self.dialog.update)


def install(log_path: Path | None) -> CrashReporter:
    app = QApplication.instance()
    reporter = CrashReporter(log_path, app)
    return reporter.install()


def crash_for_test(window) -> None:
    """``RELAY_WIZARD_TEST_CRASH=1``: raise in a slot once the first page has painted (packaging test)."""
    if os.environ.get("RELAY_WIZARD_TEST_CRASH") != "1":
        return
    from wizard.gui.wizard import FirstPaint

    def boom() -> None:
        raise RuntimeError("RELAY_WIZARD_TEST_CRASH: a deliberate error to show the crash dialog")

    window._crash_test = FirstPaint(window.currentPage(), boom)
