"""The QWizard: one page per :class:`wizard.core.inputs.flow.Step`, sharing one :class:`WizardState`."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QActionGroup, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QToolButton, QWizard

# The step list's classes (QListWidget, QAbstractItemView, QStyle: ~11 ms of type set-up, QStyle alone ~8 ms) and
# QMessageBox are imported where they are used: the step list is built after the first paint, the quit question
# later still (bench/startup.py, bench/bundle.py).

from wizard.core import prefs
from wizard.core.inputs.flow import Step, WizardState
from wizard.gui.first_paint import FirstPaint
from wizard.gui.pages.base import first_paint_done
from wizard.gui.language import current_lang, set_language
from wizard.gui.password import PasswordFlow

# Page classes by step, as "module:Class": imported when the page is created.
PAGES = {
    Step.WELCOME: "wizard.gui.pages.welcome:WelcomePage",
    Step.PROVIDER: "wizard.gui.pages.provider:ProviderPage",
    Step.CREDENTIALS: "wizard.gui.pages.credentials:CredentialsPage",
    Step.RELAY_TEST: "wizard.gui.pages.relay_test:RelayTestPage",
    Step.DOMAIN_CHECK: "wizard.gui.pages.domain_check:DomainCheckPage",
    Step.EXPORT: "wizard.gui.pages.export:ExportPage",
    Step.DONE: "wizard.gui.pages.done:DonePage",
}


def page_class(step: Step):
    module, _, name = PAGES[step].partition(":")
    # lazy: a page's module (its widgets, the core modules it uses) loads when the page is built; only the first page
    # is built before the window shows, the others right after its first paint (RelayWizard(lazy_pages=True))
    return getattr(import_module(module), name)


class RelayWizard(QWizard):
    """The wizard window.

    With ``lazy_pages=True`` (the app's start-up) only the first page is built before the window shows; the other
    pages (and the widget classes and core modules they import) are built right after the first page has painted,
    before the user can click anything. Tests build every page at once.
    """

    def __init__(
        self,
        lang: str = "en",
        catalog=None,
        parent=None,
        lazy_pages: bool = False,
        remembered=None,
        *,
        resolver: str = "",
        ca_file: str = "",
        ip_server: str = "",
        connect_timeout: float = 0.0,
    ):
        super().__init__(parent)
        self.lang = lang
        # the network options of `relay-wizard gui` (wizard.cli.gui): the pages read them from the state
        self.state = WizardState(
            _catalog=catalog, resolver=resolver, ca_file=ca_file, ip_server=ip_server, connect_timeout=connect_timeout
        )
        self.remembered = remembered  # wizard.core.prefs.Prefs to fill in once the pages exist (None: nothing)
        self.passwords = PasswordFlow(self)  # verify, then store: the credentials and relay-test pages share it
        self._add_language_button()
        if not lazy_pages:
            self._add_step_list()  # else after the first paint (ensure_pages): it needs Qt's namespace enums
        self.currentIdChanged.connect(self._page_changed)
        self.setWindowTitle(self.tr("Relay Wizard: send your own domain's mail through your provider"))
        # (its icon is the application's, set once for every window in wizard.gui.app.ensure_app)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(QSize(720, 560))
        self.resize(self.default_size())
        self._built: set[Step] = set()
        self._add_page(Step.WELCOME)
        self.setStartId(int(Step.WELCOME))
        if lazy_pages:
            self._first_paint = FirstPaint(self.page(int(Step.WELCOME)), self.ensure_pages)
        else:
            self.ensure_pages()

    def default_size(self) -> QSize:
        """Room for the result tables: 920 x 720 where the screen allows, never below the minimum size."""
        screen = self.screen()
        size = QSize(920, 720)
        if screen is not None:
            avail = screen.availableGeometry().size() * 0.9
            size = size.boundedTo(avail)
        return size.expandedTo(self.minimumSize())

    def _add_page(self, step: Step) -> None:
        self.setPage(int(step), page_class(step)(self.state, self.lang))
        self._built.add(step)
        self.show_steps()

    def ensure_pages(self) -> None:
        """Build every page not built yet, and the step list (on the first paint, or at once without the lazy start)."""
        first_paint_done()
        if getattr(self, "step_list", None) is None:
            self._add_step_list()
        for step in Step:
            if step not in self._built:
                self._add_page(step)
        self.show_steps()
        if self.remembered is not None:
            remembered, self.remembered = self.remembered, None
            self.restore(remembered)

    # -- remembered settings --------------------------------------------------------------------------------------------
    def restore(self, prefs) -> None:
        """Fill in what was remembered from the last run (wizard/core/prefs.py): provider, addresses, account."""
        provider = self.page(int(Step.PROVIDER))
        if prefs.address and not provider.address_edit.text():
            provider.address_edit.setText(prefs.address)
        if prefs.isp:
            provider.select_provider(prefs.isp)
        if prefs.user_host and not provider.host_edit.text():
            from wizard.core.inputs.address import host_display  # lazy: idna (~9 ms) off the first page

            provider.host_edit.setText(host_display(prefs.user_host))  # as typed: mail.山田商店.jp
        st = self.state
        st.isp_address = st.isp_address or prefs.isp_address
        st.account = st.account or prefs.account

    def remember(self) -> None:
        """Save the provider and addresses for the next run (never the password)."""
        prefs.save(prefs.Prefs.from_state(self.state, lang=prefs.load().lang))

    # -- the step list beside the pages -----------------------------------------------------------------------------
    def _add_step_list(self) -> None:
        """A list of the steps (the pages' titles) at the side; the current one is marked with ▶ and bold (never by
        colour alone): an arrow and bold for the current step, a tick for the steps done. It only shows where the
        user is: moving between pages stays with Back and Next."""
        from PySide6.QtCore import Qt  # lazy: Qt's namespace enums (~25 ms) after the first paint (ensure_pages)
        from PySide6.QtWidgets import QAbstractItemView, QListWidget  # lazy: as Qt
        steps = QListWidget()
        steps.setObjectName("steps")
        steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        steps.setWordWrap(True)
        steps.setTextElideMode(Qt.TextElideMode.ElideNone)  # a long title wraps, never "…"
        steps.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows laid out again at the list's real width
        steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        steps.setFixedWidth(160)
        steps.setIconSize(QSize(14, 14))
        steps.setFrameShape(QListWidget.Shape.NoFrame)
        steps.setSpacing(3)
        self.step_list = steps
        self.setSideWidget(steps)

    # "current", "done" or "todo" (tests and screen readers): Qt.ItemDataRole.UserRole + 1, written as the number so
    # that importing this module needs none of Qt's namespace enums (about 25 ms; a test checks the number)
    STEP_STATE_ROLE = 0x0100 + 1

    def _no_icon(self) -> QIcon:
        from PySide6.QtCore import Qt  # lazy: as in _add_step_list

        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        return QIcon(pixmap)

    def show_steps(self) -> None:
        """Fill the step list from the pages' titles (after a page is built, a page change, a language change)."""
        steps = getattr(self, "step_list", None)
        if steps is None:
            return
        from PySide6.QtCore import Qt  # lazy: as in _add_step_list
        from PySide6.QtWidgets import QListWidgetItem, QStyle  # lazy: as in _add_step_list

        steps.clear()
        current = self.currentId()
        visited = set(self.visitedIds())
        sp = QStyle.StandardPixmap
        icons = {"current": self.style().standardIcon(sp.SP_ArrowRight),
                 "done": self.style().standardIcon(sp.SP_DialogApplyButton)}
        words = {"current": self.tr("current step"), "done": self.tr("done"), "todo": self.tr("to come")}
        for step in Step:
            page = self.page(int(step))
            title = page.title() if page is not None else ""
            state = "current" if int(step) == current else "done" if int(step) in visited else "todo"
            item = QListWidgetItem(title)
            item.setIcon(icons.get(state, self._no_icon()))  # (an empty one keeps the titles aligned)
            item.setData(Qt.ItemDataRole.UserRole, int(step))
            item.setData(self.STEP_STATE_ROLE, state)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title} ({words[state]})")
            font = item.font()
            font.setBold(state == "current")
            item.setFont(font)
            if state == "todo":
                item.setForeground(steps.palette().placeholderText())
            steps.addItem(item)

    def _page_changed(self, page_id: int) -> None:
        self.show_steps()
        # Nothing is written before the export page; from there on the choices are remembered.
        if page_id >= int(Step.EXPORT):
            self.remember()

    # -- language -------------------------------------------------------------------------------------------------------
    LANGUAGES = (("ja", "日本語"), ("en", "English"))  # each in its own language: never translated

    def _add_language_button(self) -> None:
        button = QToolButton(self)
        button.setObjectName("language")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolTip("言語 / Language")
        button.setAccessibleName("言語 / Language")
        menu = QMenu(button)
        group = QActionGroup(menu)
        self.language_actions = {}
        for code, name in self.LANGUAGES:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, code=code: self.switch_language(code))
            self.language_actions[code] = action
        button.setMenu(menu)
        self.language_button = button
        self.setButton(QWizard.WizardButton.CustomButton1, button)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        B = QWizard.WizardButton
        self.setButtonLayout(
            [B.CustomButton1, B.Stretch, B.BackButton, B.NextButton, B.CommitButton, B.FinishButton, B.CancelButton]
        )
        self._show_language()

    def _show_language(self) -> None:
        names = dict(self.LANGUAGES)
        # through QWizard: it sets the texts of its buttons again on every page change
        self.setButtonText(QWizard.WizardButton.CustomButton1, names.get(self.lang, self.lang))
        for code, action in self.language_actions.items():
            action.setChecked(code == self.lang)

    def switch_language(self, lang: str) -> None:
        """The user chose a language: new translators (every page then renders its texts again, see changeEvent and
        BasePage.retranslate), the choice remembered."""
        if lang == self.lang:
            return
        set_language(lang)
        prefs.update(lang=lang)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Qt's LanguageChange (after the translators changed): the window's own texts; Qt then hands the event on
        to every page, which sets its texts again from the wizard state."""
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = current_lang()
            self.setWindowTitle(self.tr("Relay Wizard: send your own domain's mail through your provider"))
            B = QWizard.WizardButton
            for which in (B.BackButton, B.NextButton, B.CommitButton, B.FinishButton, B.CancelButton):
                button = self.button(which)
                if button is not None:
                    button.setText(self.buttonText(which))
            self._show_language()
        super().changeEvent(event)

    def event(self, event) -> bool:
        """QWidget hands LanguageChange to the children (the pages) after changeEvent: the step list is filled from
        the pages' titles once they are in the new language."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.show_steps()
        return handled

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt API: Next/Finish, before the next page is initialised
        ok = super().validateCurrentPage()
        if ok:
            self.state.drop_skipped()  # nothing stale from a step the flow now skips reaches the next page
        return ok

    # -- never lose work by accident ------------------------------------------------------------------------------------
    def has_unsaved_work(self) -> bool:
        """After the relay test (a result or a chosen setting) and before the done page: quitting would lose it."""
        st = self.state
        tested = st.relay_plan is not None or st.chosen is not None
        return tested and self.currentId() != int(Step.DONE)

    def confirm_quit(self) -> bool:
        """Ask before the work of the relay test is thrown away; True: quit. Tests replace it or click the box."""
        from PySide6.QtWidgets import QMessageBox  # lazy: see the imports above

        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("Quit the wizard? The relay test's results and your choices so far will be lost."),
                          parent=self)
        box.setObjectName("confirm_quit")
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is quit_button

    def reject(self) -> None:
        """Cancel, Esc and closing the window all come here (QDialog): after the relay test, ask first. Declining
        keeps the window open (QDialog's closeEvent then ignores the close)."""
        if self.has_unsaved_work() and not self.confirm_quit():
            return
        super().reject()

    def done(self, result: int) -> None:
        """Closing the window (or Cancel, or Finish) stops every page's background work first."""
        for page_id in self.pageIds():
            stop = getattr(self.page(page_id), "shutdown", None)
            if stop is not None:
                stop()
        super().done(result)
