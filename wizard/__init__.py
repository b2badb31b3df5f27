"""Relay Wizard: send mail from your own domain through your Internet provider's relay."""

# The one place the version lives (pyproject.toml reads it from here; no importlib.metadata at start-up).
__version__ = "0.1.0"

APP_NAME = "relay-wizard"
APP_DISPLAY_NAME = "Relay Wizard"
