"""Hypothesis settings for the property tests that fuzz the parsers (issue 9).

``make test`` runs the ``ci`` profile: each test's own, bounded number of examples, no example database (nothing is
written into the checkout). ``make fuzz`` sets ``HYPOTHESIS_PROFILE=fuzz``: every count times :data:`FUZZ_FACTOR`,
and failures are kept in ``.hypothesis/`` so that the next run tries them first. README.md ("Fuzzing") has the
measured example counts.

    @fuzz(300)            # 300 examples in CI, 300 x FUZZ_FACTOR with make fuzz
    @given(st.binary())
    def test_...(data): ...
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

FUZZ_FACTOR = 50
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
if PROFILE not in ("ci", "fuzz"):
    raise RuntimeError(f"HYPOTHESIS_PROFILE must be ci or fuzz, not {PROFILE!r}")

settings.register_profile("ci", database=None, deadline=None, print_blob=True)
settings.register_profile("fuzz", deadline=None, print_blob=True)
settings.load_profile(PROFILE)


def fuzz(examples: int):
    """Marks a fuzz test (``pytest -m fuzz`` selects them all) and sets its example count: ``examples`` in CI, many
    more under ``make fuzz``."""
    chosen = settings(
        max_examples=examples * (FUZZ_FACTOR if PROFILE == "fuzz" else 1),
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )

    def apply(test):
        return pytest.mark.fuzz(chosen(test))

    return apply
