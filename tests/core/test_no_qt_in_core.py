"""The core never imports Qt: checked on the source text and by importing every core module in a clean process."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import REPO

CORE = REPO / "wizard" / "core"


def test_no_core_module_imports_qt_in_its_source():
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(REPO)}: {n}" for n in names if n.split(".")[0] in ("PySide6", "PyQt6", "PyQt5", "shiboken6")]
    assert offenders == []
    assert len(list(CORE.rglob("*.py"))) >= 5  # the check looked at real files


def test_importing_the_whole_core_loads_no_qt():
    code = (
        "import pkgutil, importlib, sys, wizard.core as c\n"
        "mods = [m.name for m in pkgutil.walk_packages(c.__path__, 'wizard.core.')]\n"
        "[importlib.import_module(m) for m in mods]\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt6')]\n"
        "print(len(mods), bad)\n"
        "sys.exit(1 if bad or not mods else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
