"""On a machine without an optional system part, the tests that need it skip with a line naming the package to
install, and fail only under ``RELAY_WIZARD_REQUIRE_SYSTEM=1`` (CI)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TEST = "tests/test_leak_keyring.py"  # two of its tests use the secret_service fixture


def _path_without(tmp_path: Path, missing: str) -> str:
    """A PATH with everything the keyring tests use except ``missing`` (links in one folder)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for tool in ("dbus-daemon", "gnome-keyring-daemon", "secret-tool", "dbus-run-session"):
        found = shutil.which(tool)
        if found and tool != missing:
            (folder / tool).symlink_to(found)
    return str(folder)


def _run(tmp_path: Path, missing: str, require: bool) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "RELAY_WIZARD_REQUIRE_SYSTEM"}
    env["PATH"] = _path_without(tmp_path, missing)
    if require:
        env["RELAY_WIZARD_REQUIRE_SYSTEM"] = "1"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", TEST], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("missing, package", [("secret-tool", "libsecret-tools"), ("gnome-keyring-daemon", "gnome-keyring")])
def test_missing_tool_skips_and_names_the_package(tmp_path, missing, package):
    result = _run(tmp_path, missing, require=False)
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    last = out.strip().splitlines()[-1]
    assert " skipped" in last and "failed" not in last and "error" not in last, out
    assert f"{missing} is not installed (apt-get install {package})" in out, out


def test_missing_tool_fails_when_required(tmp_path):
    result = _run(tmp_path, "secret-tool", require=True)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "required system part missing: secret-tool is not installed (apt-get install libsecret-tools)" in out, out
