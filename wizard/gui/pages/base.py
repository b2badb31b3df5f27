"""Common base of the wizard pages, and the busy indicator every page that runs work shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget, QWizardPage

from wizard.core.inputs.flow import Step, WizardState, next_step
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

    def join(self, *sentences: str) -> str:
        """Sentences in a row: Japanese puts no space between them."""
        return ("" if self.lang.startswith("ja") else " ").join(s for s in sentences if s)

    def security_word(self, value: str) -> str:
        """The encryption of a setting in the user's words (what mail programs call it)."""
        # one context for every page (self.tr would look the text up under the subclass's name)
        return {
            "tls": QCoreApplication.translate("BasePage", "SSL/TLS"),
            "starttls": QCoreApplication.translate("BasePage", "STARTTLS"),
            "plain": QCoreApplication.translate("BasePage", "no encryption"),
        }.get(value, value)

    def setting_text(self, setting) -> str:
        """A relay setting for people: "smtp.example.jp, port 465 (SSL/TLS)"."""
        return QCoreApplication.translate("BasePage", "{host}, port {port} ({security})").format(
            host=setting.host, port=setting.port, security=self.security_word(setting.security.value)
        )


class BusyBar(QWidget):
    """A progress bar with a line of text, shown only while work runs: counts when the total is known, else a
    moving bar. The text says what is being done; the bar alone never carries the meaning."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("busy")
        self.bar = QProgressBar()
        self.bar.setObjectName("busy_bar")
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(140)
        self.bar.setMaximumHeight(14)
        self.label = QLabel()
        self.label.setObjectName("busy_text")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.setVisible(False)

    def start(self, text: str, total: int = 0) -> None:
        self.bar.setRange(0, total)  # 0..0: a moving bar
        self.bar.setValue(0)
        self.label.setText(text)
        self.setVisible(True)

    def progress(self, done: int, total: int, text: str | None = None) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if text is not None:
            self.label.setText(text)

    def stop(self) -> None:
        self.setVisible(False)
        self.label.clear()

    @property
    def busy(self) -> bool:
        return not self.isHidden()
