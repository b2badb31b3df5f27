"""Pages that later issues fill in; each says plainly what the step will do."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from wizard.core.flow import Step
from wizard.gui.pages.base import BasePage


class _Placeholder(BasePage):
    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self.body = QLabel()
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addStretch(1)


class CredentialsPage(_Placeholder):
    step = Step.CREDENTIALS

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Login at your provider"))
        self.body.setText(self.tr("Here you will enter the user name and password for your provider's mail server."))


