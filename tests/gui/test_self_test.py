from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO


def test_self_test_builds_the_wizard_offscreen_and_exits_0():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "--self-test", "--lang", "ja"],
        cwd=REPO, capture_output=True, text=True, timeout=120, env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "7 pages: OK" in result.stdout


def test_self_test_fails_when_a_resource_is_missing(tmp_path):
    (tmp_path / "isps").mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELAY_WIZARD_RESOURCES=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "--self-test"], cwd=REPO, capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 1
    assert "no provider profiles" in result.stdout and "icon missing" in result.stdout


def test_is_complete_does_not_eat_references_to_true_and_false(qtbot):
    """PySide6 6.12.0 loses a reference to the returned bool whenever QWizard calls a Python isComplete; BasePage
    gives it back. Without that, a few thousand keystrokes abort the interpreter (bool_dealloc)."""
    import sys

    from wizard.core.flow import Step
    from wizard.gui.pages.base import BasePage

    class Page(BasePage):
        step = Step.WELCOME

        def isComplete(self):  # noqa: N802
            return self.state is not None

    from PySide6.QtWidgets import QWizard

    w = QWizard()
    qtbot.addWidget(w)
    page = Page(object(), "en")
    w.addPage(page)
    w.show()
    before = sys.getrefcount(True)
    for _ in range(2000):
        page.completeChanged.emit()
    assert sys.getrefcount(True) >= before
