"""The wizard window (PySide6) over wizard.core.

Who owns what: ``app.py`` the QApplication, ``run`` and ``--self-test``; ``language.py`` the translators, the current
language and the icon (a switch is Qt's ``LanguageChange``; each page renders its texts again); ``wizard.py`` the
QWizard and its pages (``pages/``, one per step, built lazily after the first paint); ``jobs.py`` the one way a page
runs background work; ``password.py`` verify, then store (the password reaches the keyring after a relay accepted it);
``first_paint.py`` work that waits for the first paint; ``crash.py``/``crash_dialog.py`` uncaught errors;
``report.py`` the "Copy diagnostic report" button. Imports point one way: app -> wizard -> pages -> (jobs, language,
password, first_paint); nothing imports app.
"""
