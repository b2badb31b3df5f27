"""QApplication set-up: translators, icon, style; ``run`` for users and ``self_test`` for packaging checks."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from wizard import APP_DISPLAY_NAME, APP_NAME, __version__
from wizard.core.paths import resources_dir
from wizard.i18n import qm_path, resolve_lang


def icon_path():
    return resources_dir() / "icons" / "relay-wizard.svg"


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(icon_path())))
    return app


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


def current_lang() -> str:
    """The language of the translators installed by :func:`set_language`."""
    return _current_lang


def set_language(lang: str | None) -> str:
    """Replace the application's translators by those for ``lang`` (None = the system's); returns the language.

    Qt then sends every widget a LanguageChange event; the open wizard retranslates itself (RelayWizard)."""
    global _current_lang
    app = ensure_app()
    lang = resolve_lang(lang)
    for t in getattr(app, "_translators", []):
        app.removeTranslator(t)
    app._translators = install_translators(app, lang)  # keep references
    _current_lang = lang
    return lang


def run(lang: str | None = None, **options) -> int:
    """Open the wizard; ``options`` are RelayWizard's network options (``relay-wizard gui --help``)."""
    import logging

    from wizard.core import logs, prefs

    app = ensure_app()
    from wizard.gui import crash

    reporter = crash.install(logs.log_file())
    remembered = prefs.load()
    lang = set_language(lang or remembered.lang or None)
    from wizard.gui.wizard import FirstPaint, RelayWizard

    w = RelayWizard(lang=lang, lazy_pages=True, remembered=remembered, **options)

    def start_log() -> None:  # after the first paint: the log file costs no start-up time
        logs.setup_logging()
        logging.getLogger(__name__).info("%s %s started, language %s", APP_NAME, __version__, lang)

    w._start_log = FirstPaint(w.page(w.startId()), start_log)
    w.show()
    report_first_page(app, w)
    crash.crash_for_test(w)
    code = app.exec()
    reporter.uninstall()
    from wizard.gui.workers import _pool

    if _pool is not None:  # let running core jobs end before the interpreter shuts down
        _pool.waitForDone(5000)
    return code


def report_first_page(app, window) -> None:
    """For start-up benchmarks and packaging tests: with ``RELAY_WIZARD_EXIT_AFTER_SHOW=1`` print the wall-clock time
    at which the first page has painted (``shown <epoch seconds> <title>``) and quit."""
    if os.environ.get("RELAY_WIZARD_EXIT_AFTER_SHOW") != "1":
        return
    import time

    from wizard.gui.wizard import FirstPaint

    page = window.currentPage()

    def done() -> None:
        print(f"shown {time.time():.6f} {page.title()}", flush=True)
        os._exit(0)  # at once: the CPU time of the process is then the work up to the first page

    window._report = FirstPaint(page, done)


def self_test(lang: str | None = None) -> int:
    """Build the wizard offscreen, check that the resources load, print a report, return 0 when all is well."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problems: list[str] = []
    app = ensure_app()
    lang = resolve_lang(lang)
    translators = install_translators(app, lang)
    from wizard.core.catalog.loader import load_catalog
    from wizard.gui.wizard import RelayWizard

    catalog = load_catalog()
    problems += [f"catalog: {e}" for e in catalog.errors]
    if len(catalog) == 0:
        problems.append("catalog: no provider profiles found in " + str(resources_dir() / "isps"))
    if not icon_path().is_file() or QIcon(str(icon_path())).isNull():
        problems.append(f"icon missing: {icon_path()}")
    for code in ("ja",):
        if not qm_path(code).is_file():
            problems.append(f"translation not built: {qm_path(code)} (run `make translations`)")
    from wizard.gui.retranslate import catalogue

    if not catalogue().ja:
        problems.append("message catalogue for switching the language is missing (resources/i18n/*.ts)")
    if lang != "en" and len(translators) < 2:
        problems.append(f"translators for {lang}: {len(translators)} of 2 loaded")
    w = RelayWizard(lang=lang, catalog=catalog)
    w.show()
    app.processEvents()
    if w.currentPage() is None:
        problems.append("wizard shows no page")
    pages = w.pageIds()
    if len(pages) != 7:
        problems.append(f"wizard has {len(pages)} pages, expected 7")
    w.close()
    for line in problems:
        print(f"self-test: FAIL {line}")
    print(
        f"self-test: {APP_NAME} {__version__}, {len(catalog)} profiles, lang {lang}, "
        f"{len(pages)} pages: {'FAIL' if problems else 'OK'}"
    )
    return 1 if problems else 0
