"""Guards against known defects of the Qt binding that would crash the app."""

from __future__ import annotations

import os
import re
import subprocess
import sys

SCRIPT = r"""
import sys
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication(sys.argv[:1])
class Page(QWizardPage):
    def isComplete(self):
        return True
w = QWizard(); p = Page(); w.addPage(p); w.addPage(QWizardPage()); w.show(); app.processEvents()
before = sys.getrefcount(True)
for _ in range(200):
    p.completeChanged.emit()
app.processEvents()
print(sys.getrefcount(True) - before)
"""


def test_bool_returned_from_a_python_override_keeps_its_refcount():
    # PySide6 6.12.0 decrements True's refcount on every isComplete() call and aborts the interpreter later.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr[-1000:]
    assert abs(int(result.stdout.strip())) < 50, f"True lost {result.stdout.strip()} references in 200 calls"


SCAN = r"""
import linecache, sys
import PySide6.QtCore  # installs PySide6's import hook
import wizard.gui  # adjusts it
linecache.clearcache()
import wizard.core.spf.lint, wizard.core.dmarc, wizard.core.export.base  # modules not imported before
print(len(linecache.cache))
"""


def test_modules_imported_after_pyside6_are_not_read_into_linecache():
    # Without wizard.gui's adjustment PySide6 reads every imported module's source (~8 MiB kept in linecache).
    result = subprocess.run([sys.executable, "-c", SCAN], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-1000:]
    assert int(result.stdout.strip()) == 0, "PySide6's import hook read module sources again (wizard/gui/__init__.py)"


def test_no_module_of_the_app_uses_pyside_features():
    # The adjustment answers "uses no __feature__" for every module; true only while no module selects one.
    root = os.path.join(os.path.dirname(__file__), "..", "..", "wizard")
    users = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as fh:
                    if re.search(r"^\s*(from|import) __feature__", fh.read(), re.MULTILINE):
                        users.append(path)
    assert not users, users
