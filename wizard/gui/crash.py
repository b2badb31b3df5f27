"""A dialog instead of a silent exit: uncaught exceptions (UI thread and other threads) are logged and shown.

:func:`install` replaces ``sys.excepthook`` and ``threading.excepthook``. The hook writes the exception to the log
(redacted, wizard/core/logs.py) and emits a signal on a QObject that lives on the UI thread, so a crash on a worker
thread reaches the dialog through a queued connection. The dialog (wizard/gui/crash_dialog.py, imported only when
needed: start-up stays fast) is modeless (``show()``): the wizard stays usable where it can, and tests can find the
dialog without a blocked event loop.

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

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from wizard import APP_NAME, __version__
from wizard.core.logs import redact, setup_logging
from wizard.gui.first_paint import FirstPaint

log = logging.getLogger(__name__)


def crash_text(exc_type, exc, tb) -> str:
    """The details shown and copied: version, platform, the redacted traceback."""
    import platform  # lazy: ~1.5 ms of start-up (python -X importtime), needed only after a crash

    body = "".join(traceback.format_exception(exc_type, exc, tb))
    return redact(f"{APP_NAME} {__version__} on {platform.platform()}, Python {platform.python_version()}\n\n{body}")


class CrashReporter(QObject):
    """Owns the hooks and the dialog. Create it on the UI thread after the QApplication exists."""

    crashed = Signal(str)
    shown = Signal(object)  # the dialog, after it was shown (tests)

    def __init__(self, log_path: Path | None, parent=None):
        super().__init__(parent)
        self.log_path = log_path
        self.dialog = None  # the CrashDialog (wizard/gui/crash_dialog.py, imported when first needed)
        self.count = 0
        self._old_hooks = None
        # Auto connection: queued from other threads (the reporter lives on the UI thread), direct on the UI thread,
        # where the dialog is modeless. (No Qt namespace enum here: importing ``Qt`` costs ~40 ms of start-up.)
        self.crashed.connect(self._show)

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
            setup_logging()  # (the app sets it up after the first paint; a crash before that sets it up here)
            log.critical("uncaught exception in %s", where, exc_info=(exc_type, exc, tb))
            details = crash_text(exc_type, exc, tb)
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            details = f"{exc_type.__name__} (details could not be formatted)"
        if sys.stderr is not None:  # a terminal sees it too (a windowed app on Windows has no stderr)
            try:
                sys.stderr.write(details + "\n")
            except (OSError, ValueError):
                pass
        self.crashed.emit(details)  # the dialog opens on the UI thread

    # -- UI thread ---------------------------------------------------------------------------------------------------
    def _show(self, details: str) -> None:
        self.count += 1
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(details)
            return
        from wizard.gui.crash_dialog import CrashDialog  # lazy: the dialog's widgets are no start-up cost

        parent = QApplication.activeWindow()
        self.dialog = CrashDialog(details, self.log_path, parent)
        self.dialog.show()
        if QGuiApplication.platformName() != "offscreen":
            self.dialog.raise_()
        self.shown.emit(self.dialog)
        if os.environ.get("RELAY_WIZARD_TEST_CRASH") == "1":
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
    def boom() -> None:
        raise RuntimeError("RELAY_WIZARD_TEST_CRASH: a deliberate error to show the crash dialog")

    window._crash_test = FirstPaint(window.currentPage(), boom)
