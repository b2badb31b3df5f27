"""Common base of the wizard pages, and the busy indicator every page that runs work shows.

Texts and the language: a page sets every text it shows in :meth:`BasePage.retranslate` (the static ones) or
through :meth:`BasePage.live` (a text made from data: a status line, a result); both run again when Qt sends
``QEvent.LanguageChange`` (calibre's ``retranslateUi`` pattern), so a switch of language renders the page again from
the wizard state, and what the user typed stays as it is. Background work goes through :attr:`BasePage.jobs`
(wizard/gui/jobs.py); it is cancelled on Back and when the window closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget, QWizardPage

from wizard.core.inputs.flow import Step, WizardState, next_step
from wizard.core.messages import Msg
from wizard.gui.jobs import PageJobs
from wizard.gui.language import current_lang


class BasePage(QWizardPage):
    step: Step

    def __init__(self, state: WizardState, lang: str, parent=None):
        super().__init__(parent)
        self.state = state
        self.lang = lang
        self.jobs = PageJobs(self)
        self._live: dict[tuple[QWidget, str], Callable[[], str]] = {}

    # -- texts -----------------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every static text (and re-render results kept by the page) in the current language."""

    def live(self, widget, make: Callable[[], str], prop: str = "text") -> None:
        """Set ``widget``'s ``prop`` (text, toolTip, title...) from ``make()`` now and after every language change."""
        self._live[(widget, prop)] = make
        getattr(widget, "set" + prop[0].upper() + prop[1:])(make())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = current_lang()
            self.retranslate()
            for (widget, prop), make in list(self._live.items()):
                getattr(widget, "set" + prop[0].upper() + prop[1:])(make())
        super().changeEvent(event)

    # -- background work -------------------------------------------------------------------------------------------------
    def cleanupPage(self) -> None:  # noqa: N802 - Qt API: Back
        self.jobs.cancel()
        super().cleanupPage()

    def shutdown(self) -> None:
        """Cancel every background job of the page (the window closes); returns at once."""
        self.jobs.cancel()

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
