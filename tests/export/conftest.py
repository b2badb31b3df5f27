"""Fixtures for the export tests."""

from __future__ import annotations

from pathlib import Path

import pytest

SAMPLE = Path(__file__).parent / "samples" / "prefs_several_accounts.js"


@pytest.fixture
def profile(tmp_path) -> Path:
    """A Thunderbird profile folder with a realistic prefs.js (several accounts, identities, comments)."""
    d = tmp_path / "abcd1234.default-release"
    d.mkdir()
    (d / "prefs.js").write_bytes(SAMPLE.read_bytes())
    return d
