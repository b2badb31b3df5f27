"""Common base of the wizard pages, and the busy indicator every page that runs work shows.

Texts and the language: a page sets every text it shows in :meth:`BasePage.retranslate` (the static ones) or
through :meth:`BasePage.live` (a text made from data: a status line, a result); both run again when Qt sends
``QEvent.LanguageChange`` (calibre's ``retranslateUi`` pattern), so a switch of language renders the page again from
the wizard state, and what the user typed stays as it is. Background work goes through :attr:`BasePage.jobs`
(wizard/gui/jobs.py); it is cancelled on Back and when the window closes.

Every page leads with its answer: :meth:`BasePage.verdict` is the one-line verdict at the top (what was found, in
plain words) with the next action under it; :class:`Section` holds what opens on demand, closed at first:
:meth:`BasePage.advanced_section` the expert fields ("詳細設定": DNS server...), :meth:`BasePage.details_section` the
details of a result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wizard.core.inputs.flow import Step, WizardState, next_step
from wizard.core.messages import Msg
from wizard.gui.jobs import PageJobs
from wizard.gui.language import current_lang

if TYPE_CHECKING:  # QAbstractItemView's type set-up costs ~2 ms of the first page; only result views need it
    from PySide6.QtWidgets import QAbstractItemView


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

    def listing(self, items) -> str:
        """Items in a row: "、" between them in Japanese, ", " in English."""
        return ("、" if self.lang.startswith("ja") else ", ").join(str(i) for i in items)

    # -- the answer first, details on demand ------------------------------------------------------------------------
    def verdict(self) -> Verdict:
        """The page's verdict widget (created on first use; the page puts it at the top of its layout)."""
        if getattr(self, "_verdict_box", None) is None:
            self._verdict_box = Verdict(self)
        return self._verdict_box

    def say(self, answer: Callable[[], str], next_action: Callable[[], str] = str) -> None:
        """Show the verdict (one line in plain words) and the next action; both again after a language change.
        ``str`` (the empty text) for both hides the verdict."""
        box = self.verdict()
        self.live(box.answer, answer)
        self.live(box.next_action, next_action)
        box.refresh()

    def advanced_section(self, *rows) -> Section:
        """The expert fields in a closed "Advanced settings" section: each row a widget or a (label, field) pair."""
        section = Section(self, "advanced")
        self.live(section.toggle, lambda: QCoreApplication.translate("BasePage", "Advanced settings"))
        form = QFormLayout()
        for row in rows:
            if isinstance(row, tuple):
                form.addRow(*row)
            else:
                form.addRow(row)
        section.add(form)
        return section

    def details_section(self, *parts, name: str = "details") -> Section:
        """Details of a result, closed at first ("Details")."""
        section = Section(self, name)
        self.live(section.toggle, lambda: QCoreApplication.translate("BasePage", "Details"))
        for part in parts:
            section.add(part)
        return section

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


# -- what needs Qt's namespace enums waits for the first paint ----------------------------------------------------------
# Touching ``Qt`` (``from PySide6.QtCore import Qt``, or any ``Qt.X`` enum) makes PySide6 build all of Qt's namespace
# enums, about 25 ms: the first page must be on screen before that (bench/startup.py). Widgets on the first page hand
# such settings to :func:`after_first_paint`; RelayWizard calls :func:`first_paint_done` when the first page has
# painted (pages built later, and windows built without the lazy start, run them at once).
_painted = False
_pending: list[Callable[[], None]] = []


def after_first_paint(fn: Callable[[], None]) -> None:
    if _painted:
        fn()
    else:
        _pending.append(fn)


def first_paint_done() -> None:
    global _painted
    _painted = True
    while _pending:
        fn = _pending.pop(0)
        try:
            fn()
        except RuntimeError:  # its widget was deleted before the first paint
            pass


def qt():
    """Qt's namespace (its enums), for code that runs after the first paint."""
    from PySide6.QtCore import Qt  # lazy: see after_first_paint

    return Qt


def grow_to_contents(view: QAbstractItemView) -> None:
    """A list, tree or table inside a page that scrolls as a whole: it shows all its rows (its height follows
    them) and never scrolls by itself, so there is no scroll area inside a scroll area."""
    view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    view.setVerticalScrollBarPolicy(qt().ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    view.setMinimumHeight(0)


class Verdict(QWidget):
    """The one-line verdict at the top of a page (bold) and the next action under it; hidden while both are empty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("verdict")
        self.answer = QLabel()
        self.answer.setObjectName("verdict_answer")
        self.next_action = QLabel()
        self.next_action.setObjectName("verdict_next")
        for label in (self.answer, self.next_action):
            label.setWordWrap(True)
        after_first_paint(self._polish)
        font = self.answer.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.answer.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.answer)
        layout.addWidget(self.next_action)
        self.setVisible(False)

    def _polish(self) -> None:
        Qt = qt()
        for label in (self.answer, self.next_action):
            label.setTextFormat(Qt.TextFormat.PlainText)  # may hold names from DNS or servers: never HTML
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def refresh(self) -> None:
        self.answer.setVisible(bool(self.answer.text()))
        self.next_action.setVisible(bool(self.next_action.text()))
        self.setVisible(bool(self.answer.text() or self.next_action.text()))


class Section(QWidget):
    """A section that opens on demand: a button with an arrow (its title) over a body, closed at first."""

    def __init__(self, parent=None, name: str = "section"):
        super().__init__(parent)
        self.setObjectName(name)
        self.toggle = QToolButton()
        self.toggle.setObjectName(name + "_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(False)
        self.toggle.setAutoRaise(True)
        self.body = QWidget()
        self.body.setObjectName(name + "_body")
        self._body_layout = QVBoxLayout(self.body)
        self._body_layout.setContentsMargins(16, 0, 0, 0)
        self.body.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body, 1)
        self._layout = layout
        self._polished = False
        self.toggle.toggled.connect(self.set_open)
        after_first_paint(self._polish)

    def _polish(self) -> None:
        Qt = qt()
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._layout.setAlignment(self.toggle, Qt.AlignmentFlag.AlignLeft)
        self._polished = True
        self._show_arrow()

    def _show_arrow(self) -> None:
        if self._polished:
            Qt = qt()
            self.toggle.setArrowType(Qt.ArrowType.DownArrow if self.is_open else Qt.ArrowType.RightArrow)

    def add(self, part, stretch: int = 0) -> None:
        if isinstance(part, QLayout):
            self._body_layout.addLayout(part, stretch)
        else:
            self._body_layout.addWidget(part, stretch)

    @property
    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, opened: bool = True) -> None:
        if self.toggle.isChecked() != opened:
            self.toggle.setChecked(opened)  # comes back here through toggled
            return
        self._show_arrow()
        self.body.setVisible(opened)


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
