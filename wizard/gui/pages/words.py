"""A relay setting in the user's words, for the pages after the provider page (not imported before the first paint)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.inputs.address import host_display
from wizard.core.model import RelaySetting, Security


def security_word(security: Security) -> str:
    """The encryption of a setting in the user's words (what mail programs call it)."""
    # one context for every page (a page's self.tr would look the text up under the page's class name)
    return {
        Security.TLS: QCoreApplication.translate("BasePage", "SSL/TLS"),
        Security.STARTTLS: QCoreApplication.translate("BasePage", "STARTTLS"),
        Security.PLAIN: QCoreApplication.translate("BasePage", "no encryption"),
    }[security]


def setting_text(setting: RelaySetting) -> str:
    """A relay setting for people: "smtp.example.jp, port 465 (SSL/TLS)"."""
    return QCoreApplication.translate("BasePage", "{host}, port {port} ({security})").format(
        host=host_display(setting.host), port=setting.port, security=security_word(setting.security)
    )
