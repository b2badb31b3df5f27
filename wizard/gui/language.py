"""The application's language and look: Qt's translators, the current language, the icon.

:func:`set_language` replaces the installed translators; Qt then sends every widget a ``QEvent.LanguageChange``, and
each page sets its texts again from the wizard state (``BasePage.retranslate``: calibre's ``retranslateUi``
pattern). Nothing here imports a page or the wizard window, so the window, the app set-up and the crash dialog can
all import it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from wizard.core.paths import resources_dir
from wizard.i18n import qm_path, resolve_lang


def icon_path():
    return resources_dir() / "icons" / "relay-wizard.svg"


def install_translators(app: QCoreApplication, lang: str | None) -> list[QTranslator]:
    """Install Qt's own and our translators for ``lang``; returns them (keep the references alive)."""
    lang = resolve_lang(lang)
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(str(qm_path(lang))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


_current_lang = "en"
_translators: list[QTranslator] = []  # the installed translators (Qt does not keep Python references)


def current_lang() -> str:
    """The language of the translators installed by :func:`set_language`."""
    return _current_lang


def set_language(lang: str | None) -> str:
    """Replace the application's translators by those for ``lang`` (None = the system's); returns the language.

    Every open window receives ``QEvent.LanguageChange`` before this returns, so its texts are in the new language
    when the caller looks at them."""
    global _current_lang
    app = QCoreApplication.instance()
    lang = resolve_lang(lang)
    _current_lang = lang  # before the first LanguageChange: the handlers read it
    for t in _translators:
        app.removeTranslator(t)
    _translators[:] = install_translators(app, lang)
    # Qt posts LanguageChange to the windows (compressed to one per window): deliver it now.
    QCoreApplication.sendPostedEvents(None, int(QEvent.Type.LanguageChange))
    return lang
