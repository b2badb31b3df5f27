"""The wizard window (PySide6) over wizard.core.

Who owns what: ``app.py`` the QApplication, ``run`` and ``--self-test``; ``language.py`` the translators, the current
language and the icon (a switch is Qt's ``LanguageChange``; each page renders its texts again); ``wizard.py`` the
QWizard and its pages (``pages/``, one per step, built lazily after the first paint); ``jobs.py`` the one way a page
runs background work; ``password.py`` verify, then store (the password reaches the keyring after a relay accepted it);
``first_paint.py`` work that waits for the first paint; ``crash.py``/``crash_dialog.py`` uncaught errors;
``report.py`` the "Copy diagnostic report" button. Imports point one way: app -> wizard -> pages -> (jobs, language,
password, first_paint); nothing imports app.
"""

import sys

import PySide6.QtCore  # noqa: F401 - installs shiboken's import hook, which the next lines adjust


def _skip_feature_source_scan() -> None:
    """Stop PySide6 from reading the source of every module imported after it.

    To support ``from __feature__ import snake_case`` PySide6 hooks ``__import__``; after each import its
    ``shibokensupport.feature._mod_uses_pyside`` calls ``inspect.getsource(module)`` and looks for "PySide6" in the
    text. The lines stay in ``linecache``: about 8 MiB for this app's ~200 modules (bench/memory.py), for nothing,
    because no module here uses ``__feature__`` (tests/gui/test_qt_binding.py checks both). The function answers
    False whenever the source cannot be read, which is what it already answers for every module of the packaged app
    (PyInstaller keeps no sources), so answering False here runs a source install exactly like the bundle. There is
    no public switch for this; if a PySide6 release renames the hook, nothing is patched and the test says so.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_feature


def _uses_no_feature(module) -> bool:
    return False


_skip_feature_source_scan()
