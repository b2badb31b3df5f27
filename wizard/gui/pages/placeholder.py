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


class WelcomePage(_Placeholder):
    step = Step.WELCOME

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Welcome"))
        self.body.setText(
            self.tr(
                "If your mail bounces because your rental server is on a blocklist, you can send your own "
                "domain's mail through your Internet provider's server instead. This wizard finds a setting that "
                "works from your line, checks your domain's SPF record and writes the settings for your mail program."
            )
        )


class RelayTestPage(_Placeholder):
    step = Step.RELAY_TEST

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Relay test"))
        self.body.setText(self.tr("Here every candidate setting will be tested live from your line, without sending mail."))


class DomainCheckPage(_Placeholder):
    step = Step.DOMAIN_CHECK

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Domain check"))
        self.body.setText(self.tr("Here your domain's SPF and DMARC records will be checked."))


class ExportPage(_Placeholder):
    step = Step.EXPORT

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Settings for your mail program"))
        self.body.setText(self.tr("Here you will save settings files for Thunderbird, Outlook and Apple Mail."))


class DonePage(_Placeholder):
    step = Step.DONE

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Done"))
        self.body.setText(self.tr("A summary of what was written where, and what is left to do."))
