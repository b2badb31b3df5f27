"""The QWizard: one page per :class:`wizard.core.flow.Step`, sharing one :class:`WizardState`."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWizard

from wizard.core.catalog import Catalog, load_catalog
from wizard.core.flow import Step, WizardState
from wizard.gui.pages.credentials import CredentialsPage
from wizard.gui.pages.placeholder import (
    DomainCheckPage,
    DonePage,
    ExportPage,
    RelayTestPage,
    WelcomePage,
)
from wizard.gui.pages.provider import ProviderPage


class RelayWizard(QWizard):
    def __init__(self, lang: str = "en", catalog: Catalog | None = None, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.state = WizardState(catalog=catalog if catalog is not None else load_catalog())
        self.setWindowTitle(self.tr("Relay Wizard: send your own domain's mail through your provider"))
        from wizard.gui.app import icon_path

        self.setWindowIcon(QIcon(str(icon_path())))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(QSize(720, 560))
        pages = {
            Step.WELCOME: WelcomePage,
            Step.PROVIDER: ProviderPage,
            Step.CREDENTIALS: CredentialsPage,
            Step.RELAY_TEST: RelayTestPage,
            Step.DOMAIN_CHECK: DomainCheckPage,
            Step.EXPORT: ExportPage,
            Step.DONE: DonePage,
        }
        for step, cls in pages.items():
            self.setPage(int(step), cls(self.state, lang))
        self.setStartId(int(Step.WELCOME))
