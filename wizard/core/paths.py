"""Where things live: the bundled resources and the user's own folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from wizard import APP_NAME


def resources_dir() -> Path:
    """The ``resources/`` folder: from a source tree, an installed wheel, or a PyInstaller bundle.

    ``RELAY_WIZARD_RESOURCES`` overrides it (used by packaging tests).
    """
    env = os.environ.get("RELAY_WIZARD_RESOURCES")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    pkg = Path(__file__).resolve().parent.parent  # .../wizard
    installed = pkg / "resources"  # an installed wheel: package data (setup.py copies resources/ there)
    if installed.is_dir():
        return installed
    return pkg.parent / "resources"  # a source tree (also an editable install)


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_isp_dir() -> Path:
    """The override folder for ISP profiles an IT helper adds or fixes without a new release."""
    return user_data_dir() / "isps"


def user_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    """Where the remembered choices live (``settings.json``; never a password)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
