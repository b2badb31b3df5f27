"""Guards against known defects of the Qt binding that would crash the app."""

from __future__ import annotations

import os
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
