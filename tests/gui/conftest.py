"""Fixtures the GUI tests share."""

from tests.fixtures.secret_service import secret_service  # noqa: F401 - a fixture: a private, real Secret Service

