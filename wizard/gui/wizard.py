"""The QWizard: one page per :class:`wizard.core.flow.Step`, sharing one :class:`WizardState`."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWizard

from wizard.core.flow import Step, WizardState

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
    return getattr(import_module(module), name)


class FirstPaint(QObject):
    """Calls ``callback`` once, right after ``widget`` has painted for the first time."""

    def __init__(self, widget, callback):
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            callback, self.callback = self.callback, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, callback)  # after this paint has finished
        return False


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
        self.setWindowTitle(self.tr("Relay Wizard: send your own domain's mail through your provider"))
        from wizard.gui.app import icon_path

        self.setWindowIcon(QIcon(str(icon_path())))
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

    def ensure_pages(self) -> None:
        """Build every page not built yet."""
        for step in Step:
            if step not in self._built:
                self._add_page(step)

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt API: Next/Finish, before the next page is initialised
        ok = super().validateCurrentPage()
        if ok:
            self.state.drop_skipped()  # nothing stale from a step the flow now skips reaches the next page
        return ok

    def done(self, result: int) -> None:
        """Closing the window (or Cancel, or Finish) stops every page's background work first."""
        for page_id in self.pageIds():
            stop = getattr(self.page(page_id), "shutdown", None)
            if stop is not None:
                stop()
        super().done(result)
