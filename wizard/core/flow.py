"""The wizard's steps and what the user has entered so far, as Qt-free data.

The GUI's pages read and write one :class:`WizardState`; the order of the steps lives here so that whole flows can be
tested without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # kept out of start-up: the catalogue is loaded when first needed
    from wizard.core.address import Address
    from wizard.core.catalog import Catalog
    from wizard.core.export.base import IncomingServer
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
    _catalog: Catalog | None = None  # loaded on first use (keeps start-up fast); pass one in tests
    isp: IspProfile | None = None
    address: Address | None = None  # the user's own address (you@your-domain.jp)
    user_host: str = ""  # the host typed for the "other provider" profile
    # credentials at the provider (filled on the credentials page)
    isp_address: str = ""  # the provider mail address (taro@abc.ocn.ne.jp): fills {address}, {localpart}, {subdomain}
    account: str = ""  # an account ID the user types, for {account} templates
    login: str = ""  # the login name when the user changed the profile's suggestion; "" = from the templates
    password: Secret | None = None  # in memory only; at rest only in the keyring
    # network options for the live checks (CLI: --ca-file); tests point them at local servers
    ca_file: str = ""  # extra trusted CA certificates (PEM) on top of the system's
    # the outcome of the relay test
    chosen: RelaySetting | None = None  # the setting the user goes on with (concrete: no placeholders)
    chosen_works: bool = False  # False when the user chose "continue anyway"
    warnings: list = field(default_factory=list)  # Msg objects collected along the way, shown on the done page
    # the domain check's proposal: the SPF record to publish ("" when not known); printed on the sheet and done page
    spf_record: str = ""
    # the export step (filled on the export page; the done page summarises them)
    display_name: str = ""  # the sender name for the mail client
    incoming: IncomingServer | None = None  # the receiving server (rental server); None: a marked guess is used
    exported: list = field(default_factory=list)  # (format id, Path) of every file written
    thunderbird: list = field(default_factory=list)  # ApplyResult of every change made to a Thunderbird profile
    # DNS
    resolver: str = ""  # "ADDR[:PORT]" of the DNS server the user chose (CLI: --resolver); "" = the system's
    domain_check: object | None = None  # the last wizard.core.domaincheck.DomainCheck (SPF/DMARC and the proposal)

    relay_plan: object | None = None  # the last probing.Plan of the relay test (for the diagnostic report)

    # diagnosis on the welcome page
    blocklists: object | None = None  # the last dnsbl.BlocklistReport (for the diagnostic report)
    bounce: object | None = None  # the last bounce.BounceReport read from a pasted message
    line: object | None = None  # network.WhereAmI for this computer's line, once checked
    detected_isp: str = ""  # provider id guessed from the line's reverse name; the provider page preselects it

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            from wizard.core.catalog import load_catalog

            self._catalog = load_catalog()
        return self._catalog

    def relay_settings(self) -> list[RelaySetting]:
        """The profile's candidates filled in from what the user typed (login override applied), in profile order;
        candidates that cannot be filled yet are left out."""
        if self.isp is None:
            return []
        from wizard.core.credentials import resolve_settings

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
