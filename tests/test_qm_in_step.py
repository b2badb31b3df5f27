"""The compiled translation kept in git (resources/i18n/*.qm, shipped in the wheel and the bundle) is exactly what
lrelease makes of its .ts source: after editing a .ts, run `make translations` and commit both."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

I18N = REPO / "resources" / "i18n"


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


@pytest.mark.parametrize("ts", sorted(I18N.glob("*.ts")), ids=lambda p: p.name)
def test_committed_qm_matches_its_ts(ts, tmp_path):
    tool = _lrelease()
    assert tool, "pyside6-lrelease is missing (it comes with PySide6)"
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} is missing: run `make translations` and commit it"
    fresh = tmp_path / qm.name
    subprocess.run([tool, "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=120)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}: run `make translations`"
