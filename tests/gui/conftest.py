"""Fixtures the GUI tests share."""

from tests.fixtures.secret_service import secret_service  # noqa: F401 - a fixture: a private, real Secret Service

import pytest

from wizard.gui.wizard import RelayWizard

ASK_BEFORE_QUIT = RelayWizard.confirm_quit  # the real question (tests/gui/test_never_lose_work.py clicks it)


@pytest.fixture(autouse=True)
def quit_without_asking(monkeypatch):
    """pytest-qt closes every window after its test; after a relay test the wizard would ask before quitting and
    wait for a click. Tests of that question put ASK_BEFORE_QUIT back."""
    monkeypatch.setattr(RelayWizard, "confirm_quit", lambda self: True)
