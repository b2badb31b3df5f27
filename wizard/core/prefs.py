"""Remembered choices between runs: the language, the last provider and the addresses typed. Never a password.

One small JSON file, ``settings.json`` in the user config folder (:func:`wizard.core.paths.user_config_dir`),
written atomically. A missing or broken file gives the defaults; nothing here ever raises for a bad file. The set of
fields is an allow-list (:class:`Prefs`): there is no field a password could go into, and unknown keys in the file
are dropped on load.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from wizard.core.files import atomic_write
from wizard.core.paths import user_config_dir

log = logging.getLogger(__name__)

FILENAME = "settings.json"


@dataclass
class Prefs:
    lang: str = ""  # "ja" / "en" chosen in the window; "" = follow the system
    isp: str = ""  # provider profile id
    address: str = ""  # the user's own address, as typed
    user_host: str = ""  # the relay host typed for the "other provider" profile
    isp_address: str = ""  # the provider mail address
    account: str = ""  # the account ID at the provider

    @classmethod
    def from_state(cls, state, lang: str = "") -> Prefs:
        """The remembered part of a :class:`~wizard.core.inputs.flow.WizardState` (password excluded by construction)."""
        return cls(
            lang=lang,
            isp=state.isp.id if state.isp is not None else "",
            address=state.address.display if state.address is not None else "",
            user_host=state.user_host,
            isp_address=state.isp_address,
            account=state.account,
        )


def prefs_path() -> Path:
    return user_config_dir() / FILENAME


def load(path: Path | None = None) -> Prefs:
    path = path or prefs_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Prefs()
    except (OSError, ValueError) as exc:
        log.warning("remembered settings not read (%s): %s", type(exc).__name__, path)
        return Prefs()
    if not isinstance(data, dict):
        return Prefs()
    known = {f.name for f in fields(Prefs)}
    return Prefs(**{k: v for k, v in data.items() if k in known and isinstance(v, str)})


def save(prefs: Prefs, path: Path | None = None) -> bool:
    """Write ``prefs`` atomically; False (and a log line) when the folder cannot be written."""
    path = path or prefs_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(asdict(prefs), ensure_ascii=False, indent=1).encode("utf-8")
        atomic_write(path, data, mode=0o600)
    except OSError as exc:
        log.warning("remembered settings not written (%s): %s", type(exc).__name__, path)
        return False
    return True


def update(path: Path | None = None, **changes: str) -> Prefs:
    """Load, change some fields, save; returns the new prefs."""
    prefs = load(path)
    for k, v in changes.items():
        if not hasattr(prefs, k):
            raise AttributeError(k)
        setattr(prefs, k, v)
    save(prefs, path)
    return prefs
