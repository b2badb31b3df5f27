"""Common base of the wizard pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizardPage

from wizard.core.flow import Step, WizardState, next_step
from wizard.core.messages import Msg


class BasePage(QWizardPage):
    step: Step

    def __init__(self, state: WizardState, lang: str, parent=None):
        super().__init__(parent)
        self.state = state
        self.lang = lang

    def nextId(self) -> int:  # noqa: N802 - Qt API; cheap and free of side effects
        nxt = next_step(self.state, self.step)
        return -1 if nxt is None else int(nxt)

    @staticmethod
    def render(msg: Msg) -> str:
        """A core message in the UI language."""
        return msg.render(QCoreApplication.translate)
