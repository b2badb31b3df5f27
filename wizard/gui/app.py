"""QApplication set-up: translators, icon, style; ``run`` for users and ``self_test`` for packaging checks."""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from wizard import APP_DISPLAY_NAME, APP_NAME, __version__
from wizard.core import logs, prefs
from wizard.core.paths import resources_dir
from wizard.gui import crash, jobs
from wizard.gui.first_paint import FirstPaint
from wizard.gui.language import icon_path, install_translators, set_language
from wizard.gui.wizard import RelayWizard
from wizard.i18n import qm_path, resolve_lang

log = logging.getLogger(__name__)


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


def run(lang: str | None = None, **options) -> int:
    """Open the wizard; ``options`` are RelayWizard's network options (``relay-wizard gui --help``)."""
    app = ensure_app()
    reporter = crash.install(logs.log_file())
    remembered = prefs.load()
    lang = set_language(lang or remembered.lang or None)
    w = RelayWizard(lang=lang, lazy_pages=True, remembered=remembered, **options)

    def start_log() -> None:  # after the first paint: the log file costs no start-up time
        logs.setup_logging()
        log.info("%s %s started, language %s", APP_NAME, __version__, lang)

    w._start_log = FirstPaint(w.page(w.startId()), start_log)
    w.show()
    report_first_page(app, w)
    crash.crash_for_test(w)
    code = app.exec()
    reporter.uninstall()
    jobs.wait_for_all(5000)  # let running core jobs end before the interpreter shuts down
    return code


def report_first_page(app, window) -> None:
    """For start-up benchmarks and packaging tests: with ``RELAY_WIZARD_EXIT_AFTER_SHOW=1`` print the wall-clock time
    at which the first page has painted (``shown <epoch seconds> <title>``) and quit."""
    if os.environ.get("RELAY_WIZARD_EXIT_AFTER_SHOW") != "1":
        return
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
    from wizard.core.catalog.loader import load_catalog  # lazy: the catalogue loader (tomllib) is no start-up cost

    catalog = load_catalog()
    problems += [f"catalog: {e}" for e in catalog.errors]
    if len(catalog) == 0:
        problems.append("catalog: no provider profiles found in " + str(resources_dir() / "isps"))
    if not icon_path().is_file() or QIcon(str(icon_path())).isNull():
        problems.append(f"icon missing: {icon_path()}")
    for code in ("ja",):
        if not qm_path(code).is_file():
            problems.append(f"translation not built: {qm_path(code)} (run `make translations`)")
    if lang != "en" and len(translators) < 2:
        problems.append(f"translators for {lang}: {len(translators)} of 2 loaded")
    w = RelayWizard(lang=lang, catalog=catalog)
    w.show()
    app.processEvents()
    if w.currentPage() is None:
        problems.append("wizard shows no page")
    elif lang == "ja" and w.currentPage().title() == "Welcome":
        problems.append("the Japanese translator does not translate the first page")
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
