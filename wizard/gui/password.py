"""Verify, then store: the password travels from the credentials page to the relay test, and reaches the keyring
only after a relay has accepted it.

The credentials page records a :class:`PasswordChoice` (the password, whether it came from the keyring, whether the
user wants it saved). The relay-test page saves it when a setting's login (the AUTH step) succeeded with it, under
the keyring keys of the settings that logged in; when the saved password was refused, it offers to forget it. A
wrong password is thus never stored, and never offered again. Both pages reach the one :class:`PasswordFlow` through
``RelayWizard.passwords``; its signals tell the credentials page what changed in the keyring meanwhile.

The keyring calls run as page jobs (wizard/gui/jobs.py; the calls: wizard/gui/pages/keyring_jobs.py): the first one
imports ``keyring`` and D-Bus may be slow. This module is imported at start-up (the wizard window owns the flow), so
it imports no core module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from wizard.core.secrets import BackendInfo, Secret


@dataclass(frozen=True)
class PasswordChoice:
    secret: Secret
    keys: tuple  # keyring keys (host, port, login) of every setting that logs in with it
    from_keyring: tuple | None = None  # the key it was read from, when the user chose the saved password
    save: bool = False  # save it once a login worked (the box was ticked and a keyring is usable)
    backend: BackendInfo | None = None


class PasswordFlow(QObject):
    saved = Signal(object, object)  # keys, Secret: written to the keyring after a successful login
    forgotten = Signal(object)  # keys: deleted from the keyring

    def __init__(self, parent=None):
        super().__init__(parent)
        self.choice: PasswordChoice | None = None
        self.stored: set = set()  # keyring keys written in this run (the done page says where the password is)
        self.saved.connect(lambda keys, _secret: self.stored.update(keys))
        self.forgotten.connect(lambda keys: self.stored.difference_update(keys))

    def in_keyring(self) -> bool:
        """Whether the password in use is in the keyring: saved in this run, or chosen from it."""
        return bool(self.stored) or (self.choice is not None and self.choice.from_keyring is not None)
