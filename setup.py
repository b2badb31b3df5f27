"""Build step that pyproject.toml cannot express: the top-level ``resources/`` folder (provider profiles, blocklist
zones, translations, icons) goes into the wheel as the package data ``wizard/resources/``.

``resources/`` stays the one home of the data in the source tree (the project layout); ``wizard.core.paths`` finds it
in a source tree, an installed wheel and a PyInstaller bundle alike. The compiled translation (``.qm``) is kept in git
beside its ``.ts`` source, and a test checks that the two are in step (docs/PACKAGING.md).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


class build_py_with_resources(build_py):
    def run(self) -> None:
        super().run()
        source = HERE / "resources"
        if not (source / "isps").is_dir():
            raise SystemExit(f"resources/ is missing or incomplete in {HERE}; the package would have no data")
        target = Path(self.build_lib) / "wizard" / "resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=SKIP)


setup(cmdclass={"build_py": build_py_with_resources})
