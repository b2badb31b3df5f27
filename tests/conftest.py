"""Shared test set-up: every user directory points at a temporary folder; no test reaches the Internet."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tests.fuzzing  # noqa: E402,F401 - registers and loads the Hypothesis profile (ci, or fuzz under make fuzz)

REPO = Path(__file__).resolve().parent.parent
REQUIRE_SYSTEM = os.environ.get("RELAY_WIZARD_REQUIRE_SYSTEM") == "1"


def need_system(reason: str) -> None:
    """Skip a test that needs a system part (Xvfb, Secret Service) that is missing, except in CI, where
    ``RELAY_WIZARD_REQUIRE_SYSTEM=1`` turns the skip into a failure: CI can never pass by skipping."""
    if REQUIRE_SYSTEM:
        pytest.fail(f"required system part missing: {reason}")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """HOME and every XDG folder in a fresh temporary directory, so no test reads or writes the real user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    monkeypatch.delenv("RELAY_WIZARD_LANG", raising=False)
    return home


@pytest.fixture(autouse=True)
def isolated_keyring(isolated_home, monkeypatch):
    """No test reaches the developer's real keyring: keyring's fail backend, and a session bus address that leads
    nowhere (also for subprocesses). Tests that need a keyring take ``secret_service``
    (tests/fixtures/secret_service.py), which starts a private one. keyring caches its first choice of backend for
    the process, so the choice is reset for every test."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={isolated_home / 'no-session-bus'}")
    core = sys.modules.get("keyring.core")
    if core is not None:
        monkeypatch.setattr(core, "_keyring_backend", None, raising=False)


@pytest.fixture(autouse=True)
def no_job_outlives_its_test():
    """GUI pages run core jobs on a thread pool; wait for them after each test, so that no job of one test runs into
    the next one (with the next test's environment) or into the interpreter's shutdown."""
    yield
    jobs = sys.modules.get("wizard.gui.jobs")
    if jobs is not None:
        assert jobs.wait_for_all(30000), "a core job did not finish within 30 s after its test"


@pytest.fixture
def user_isp_dir(isolated_home) -> Path:
    from wizard.core.paths import user_isp_dir as _dir

    path = _dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def smtp_ca():
    """A private CA (trustme) for the SMTP test servers; ``smtp_ca.pem`` is its certificate file (--ca-file)."""
    from tests.fixtures.smtp_server import TestCA

    return TestCA()


@pytest.fixture
def all_logs():
    """Every log record of the test, at every level, formatted with its arguments (for leak scans)."""
    import logging

    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(self.format(record))

    handler = Keep(level=logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield records
    finally:
        root.removeHandler(handler)
        root.setLevel(old)


# Every test that builds the wizard window, in tests/gui/ and elsewhere (the leak tests): see quit_without_asking.
from wizard.gui.wizard import RelayWizard  # noqa: E402 - after QT_QPA_PLATFORM is set above

ASK_BEFORE_QUIT = RelayWizard.confirm_quit  # the real question (tests/gui/test_never_lose_work.py clicks it)


@pytest.fixture(autouse=True)
def quit_without_asking(monkeypatch):
    """pytest-qt closes every window after its test; after a relay test the wizard would ask before quitting and
    wait for a click. Tests of that question put ASK_BEFORE_QUIT back."""
    monkeypatch.setattr(RelayWizard, "confirm_quit", lambda self: True)
