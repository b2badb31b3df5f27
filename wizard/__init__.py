"""Relay Wizard: send mail from your own domain through your Internet provider's relay."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("relay-wizard")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"

APP_NAME = "relay-wizard"
APP_DISPLAY_NAME = "Relay Wizard"
