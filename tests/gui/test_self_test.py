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

