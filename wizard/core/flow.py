"""The wizard's steps and what the user has entered so far, as Qt-free data.

The GUI's pages read and write one :class:`WizardState`; the order of the steps lives here so that whole flows can be
tested without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from wizard.core.address import Address
from wizard.core.catalog import Catalog
from wizard.core.credentials import resolve_settings
from wizard.core.model import IspProfile, RelaySetting
from wizard.core.secrets import Secret


class Step(IntEnum):
    WELCOME = 0  # welcome and optional diagnosis ("why do my mails bounce?")
    PROVIDER = 1  # provider and own address
    CREDENTIALS = 2  # login at the provider
    RELAY_TEST = 3  # live test of every candidate
    DOMAIN_CHECK = 4  # SPF / DMARC
    EXPORT = 5  # settings files, Thunderbird
    DONE = 6


ORDER = tuple(Step)


@dataclass
class WizardState:
    catalog: Catalog = field(default_factory=Catalog)
    isp: IspProfile | None = None
    address: Address | None = None  # the user's own address (you@your-domain.jp)
    user_host: str = ""  # the host typed for the "other provider" profile
    # credentials at the provider (filled on the credentials page)
    isp_address: str = ""  # the provider mail address (taro@abc.ocn.ne.jp): fills {address}, {localpart}, {subdomain}
    account: str = ""  # an account ID the user types, for {account} templates
    login: str = ""  # the login name when the user changed the profile's suggestion; "" = from the templates
    password: Secret | None = None  # in memory only; at rest only in the keyring
    # the outcome of the relay test
    chosen: RelaySetting | None = None  # the setting the user goes on with (concrete: no placeholders)
    chosen_works: bool = False  # False when the user chose "continue anyway"
    warnings: list = field(default_factory=list)  # Msg objects collected along the way, shown on the done page

    def relay_settings(self) -> list[RelaySetting]:
        """The profile's candidates filled in from what the user typed (login override applied), in profile order;
        candidates that cannot be filled yet are left out."""
        if self.isp is None:
            return []
        return resolve_settings(
            self.isp, isp_address=self.isp_address, account=self.account, host=self.user_host, login=self.login
        )

    @property
    def provider_ready(self) -> bool:
        if self.isp is None or self.address is None:
            return False
        return bool(self.user_host) if self.isp.user_host else True


def next_step(state: WizardState, current: Step) -> Step | None:
    """The step after ``current``; None after the last one. Pure: no I/O, cheap (called on every button refresh)."""
    i = ORDER.index(current)
    return ORDER[i + 1] if i + 1 < len(ORDER) else None
