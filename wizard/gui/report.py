"""The "Copy diagnostic report" button: the text of wizard/core/diagnosis/report.py, in the window's language, to the
clipboard. The report holds no password (the core redacts it); the button says "Copied" for a moment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from wizard.core import logs
from wizard.core.diagnosis.report import build_report

FEEDBACK_MS = 2500


def report_text(page) -> str:
    """The report for the wizard state ``page`` works on, in the page's language."""
    env = {"Qt": qVersion(), "platform plugin": QGuiApplication.platformName(), "log file": str(logs.log_file())}
    return build_report(page.state, QCoreApplication.translate, lang=page.lang, environment=env)


class ReportButton(QPushButton):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.setObjectName("copy_report")
        self.clicked.connect(self.copy)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        if self._timer.isActive():
            self.setText("✔ " + self.tr("Copied"))
        else:
            self.setText(self.tr("Copy diagnostic &report"))
        self.setToolTip(
            self.tr("Copies a report for the person who helps you: versions, the test results and transcripts. "
                    "It never contains your password.")
        )

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(report_text(self.page))
        self._timer.start(FEEDBACK_MS)
        self.retranslate()
