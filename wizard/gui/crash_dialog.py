"""The crash dialog: what happened, where the log is, the (redacted) details and a copy button (wizard/gui/crash.py
opens it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
)


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
