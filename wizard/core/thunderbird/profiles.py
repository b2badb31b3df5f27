"""Thunderbird's profiles: ``profiles.ini`` (``[ProfileN]`` and the newer ``[Install<hash>] Default=``) in the usual
folder of each system (Windows %APPDATA%\\Thunderbird, macOS ~/Library/Thunderbird, Linux ~/.thunderbird and the Snap
and Flatpak folders)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from configparser import ConfigParser, Error as ConfigError
from dataclasses import dataclass
from pathlib import Path

from wizard.core.messages import QT_TRANSLATE_NOOP
from wizard.core.thunderbird.errors import err
from wizard.core.thunderbird.prefs_js import PREFS


@dataclass(frozen=True)
class Profile:
    name: str
    path: Path
    default: bool = False
    root: Path | None = None

    @property
    def exists(self) -> bool:
        return (self.path / PREFS).is_file()


def default_roots() -> list[Path]:
    """The folders that hold ``profiles.ini`` on this system, most likely first."""
    home = Path.home()
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
        return [base / "Thunderbird"]
    if sys.platform == "darwin":
        return [home / "Library" / "Thunderbird"]
    return [
        home / ".thunderbird",
        home / "snap" / "thunderbird" / "common" / ".thunderbird",
        home / ".var" / "app" / "org.mozilla.Thunderbird" / ".thunderbird",
    ]


def read_profiles_ini(root: Path) -> list[Profile]:
    """The profiles listed in ``root/profiles.ini``; empty when there is none. Raises ThunderbirdError when broken."""
    ini = root / "profiles.ini"
    if not ini.is_file():
        return []
    cp = ConfigParser(interpolation=None, strict=False)
    cp.optionxform = str  # keys are case-sensitive (IsRelative, Path)
    try:
        cp.read_string(ini.read_bytes().decode("utf-8-sig", errors="replace"), source=str(ini))
    except (OSError, ConfigError) as exc:
        raise err(QT_TRANSLATE_NOOP("core", "Cannot read {file}: {reason}"), file=str(ini), reason=str(exc)) from None

    def resolve(path: str, relative: bool) -> Path:
        p = Path(path.replace("\\", "/")) if relative else Path(path)
        return (root / p) if relative else p

    install_defaults: set[Path] = set()
    for section in cp.sections():
        if section.startswith("Install") and cp.has_option(section, "Default"):
            value = cp.get(section, "Default")
            p = Path(value) if Path(value).is_absolute() else root / value.replace("\\", "/")
            install_defaults.add(_norm(p))
    profiles = []
    for section in cp.sections():
        if not section.startswith("Profile") or not cp.has_option(section, "Path"):
            continue
        relative = cp.get(section, "IsRelative", fallback="1").strip() == "1"
        path = resolve(cp.get(section, "Path"), relative)
        marked = cp.get(section, "Default", fallback="0").strip() == "1"
        profiles.append(Profile(cp.get(section, "Name", fallback=section), path, marked, root))
    if install_defaults:  # newer Thunderbird: the [Install...] default wins over Default=1
        profiles = [Profile(p.name, p.path, _norm(p.path) in install_defaults, root) for p in profiles]
    return profiles


def _norm(p: Path) -> Path:
    try:
        return p.resolve()
    except OSError:
        return p.absolute()


def find_profiles(roots: Iterable[Path] | None = None) -> list[Profile]:
    """Every profile of every root, the default ones first."""
    out: list[Profile] = []
    for root in roots if roots is not None else default_roots():
        out.extend(read_profiles_ini(root))
    out.sort(key=lambda p: (not p.default, p.name.lower()))
    return out
