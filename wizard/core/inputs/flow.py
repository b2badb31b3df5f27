"""The wizard's steps and what the user has entered so far, as Qt-free data.

The GUI's pages read and write one :class:`WizardState`; the order of the steps lives here so that whole flows can be
tested without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # kept out of start-up: the catalogue is loaded when first needed
    from wizard.core.catalog.loader import Catalog
    from wizard.core.catalog.resolve import Resolution
    from wizard.core.inputs.address import Address
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


# the closing-the-loop results a WizardState keeps (docs/LOOP.md), each valid only for what it was obtained for
LOOP_RESULTS = ("propagation", "send_test", "received_headers")


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
    password: Secret | None = None  # in memory only; at rest only in the keyring. Set it with set_password()
    # what the login details belong to: the (provider id, typed host) they were entered for, and the hosts the
    # password may be sent to (the probe refuses every other host). A password for company A never reaches company B.
    credentials_for: tuple[str, str] | None = None
    password_hosts: frozenset = frozenset()
    # network options for the live checks (`relay-wizard gui --ca-file/--ip-server/--connect-timeout`; IT helpers on
    # unusual networks, and tests that point the wizard at local servers)
    ca_file: str = ""  # extra trusted CA certificates (PEM) on top of the system's
    ip_server: str = ""  # "ADDR[:PORT]" of a DNS server asked for this line's public address; "" = the default ones
    connect_timeout: float = 0.0  # seconds to wait for a relay's TCP connection; 0 = the probe's default
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
    # closing the loop (docs/LOOP.md): each step's last outcome, for the done page and the diagnostic report
    propagation: object | None = None  # the last dns.propagation.Propagation ("確認する" on the domain page)
    send_test: object | None = None  # the last smtp.sendtest.SendTestResult ("テストメールを送る")
    received_headers: object | None = None  # the last diagnosis.headers.HeaderReport ("受信したメールを確認")
    # what each of the three results above was obtained for (loop_key() when it was kept): a result for another
    # provider, address, relay or SPF record is stale and drop_stale_results() forgets it
    loop_for: dict = field(default_factory=dict)

    # diagnosis on the welcome page
    blocklists: object | None = None  # the last dnsbl.BlocklistReport (for the diagnostic report)
    bounce: object | None = None  # the last bounce.BounceReport read from a pasted message
    line: object | None = None  # network.WhereAmI for this computer's line, once checked
    detected_isp: str = ""  # provider id guessed from the line's reverse name; the provider page preselects it

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            from wizard.core.catalog.loader import load_catalog  # lazy: tomllib and idna, off the first page

            self._catalog = load_catalog()
        return self._catalog

    def resolution(self) -> Resolution | None:
        """The profile's candidates filled in from what the user typed (login override applied); None without a
        provider."""
        if self.isp is None:
            return None
        from wizard.core.catalog.resolve import resolve  # lazy: the catalogue code loads with the provider page

        return resolve(self.isp, isp_address=self.isp_address, account=self.account, host=self.user_host,
                       login=self.login)

    def relay_settings(self) -> list[RelaySetting]:
        """The concrete settings for what the user typed, in profile order; candidates that cannot be filled yet
        are left out."""
        resolution = self.resolution()
        return resolution.settings() if resolution is not None else []

    def owner(self) -> tuple[str, str] | None:
        """Whom login details entered now belong to: (provider id, the typed host for "other provider", else "")."""
        if self.isp is None:
            return None
        return self.isp.id, (self.user_host.strip().lower().rstrip(".") if self.isp.user_host else "")

    def set_password(self, secret: Secret | None, hosts=None) -> None:
        """The password for the provider (and host) chosen now, bound to ``hosts`` (default: every host of the
        current settings that logs in); None forgets it."""
        from wizard.core.secrets import normalise_host  # lazy: keeps the first page's imports small

        self.password = secret
        if secret is None:
            self.password_hosts, self.credentials_for = frozenset(), None
            return
        if hosts is None:
            hosts = [s.host for s in self.relay_settings() if s.needs_auth]
        self.password_hosts = frozenset(normalise_host(h) for h in hosts)
        self.credentials_for = self.owner()

    def forget_credentials(self) -> None:
        """Forget every login detail typed for the provider (address at the provider, account, login, password)."""
        self.set_password(None)
        self.isp_address = self.account = self.login = ""

    def drop_stale_credentials(self) -> bool:
        """The provider or its host changed since the password was entered: forget the login details (True)."""
        if self.credentials_for is not None and self.credentials_for != self.owner():
            self.forget_credentials()
            return True
        return False

    def drop_skipped(self) -> None:
        """Forget what belongs to a step the flow now skips (the user changed the provider or the address after
        passing it), so that no stale password or SPF proposal reaches the later steps; login details entered for
        another provider or host are forgotten too."""
        self.drop_stale_credentials()
        if not needs_credentials(self):
            self.set_password(None)
            self.login = ""
        if not needs_domain_check(self):
            self.spf_record = ""
            self.domain_check = None
        self.drop_stale_results()

    # -- closing the loop: results that belong to what the user chose ---------------------------------------------------
    def loop_key(self, name: str) -> tuple:
        """What the result ``name`` (one of LOOP_RESULTS) depends on. The record check depends on the domain and the
        record proposed for it; the test message and the received message on the provider, the address and the
        relay chosen."""
        if name not in LOOP_RESULTS:
            raise ValueError(name)
        if name == "propagation":
            return (self.address.domain.ascii if self.address else "", self.spf_record)
        return (self.owner(), self.address.ascii if self.address else "", self.chosen)

    def keep_result(self, name: str, value) -> None:
        """Keep a closing-the-loop result, with what it was obtained for."""
        setattr(self, name, value)
        self.loop_for[name] = self.loop_key(name)

    def drop_stale_results(self) -> list[str]:
        """Forget the results obtained for another provider, address, relay or SPF record than the ones chosen now
        (the user went back and changed something); returns the names forgotten. The done page then says "not yet"
        instead of reporting a test of a setting the user no longer uses."""
        dropped = []
        for name in LOOP_RESULTS:
            if getattr(self, name) is not None and self.loop_for.get(name) != self.loop_key(name):
                setattr(self, name, None)
                self.loop_for.pop(name, None)
                dropped.append(name)
        return dropped

    @property
    def provider_ready(self) -> bool:
        if self.isp is None or self.address is None:
            return False
        return bool(self.user_host) if self.isp.user_host else True


def needs_credentials(state: WizardState) -> bool:
    """The credentials page has something to ask: a candidate logs in, or a template needs the provider address or
    an account ID. Unknown provider: True (the page explains)."""
    if state.isp is None:
        return True
    from wizard.core.catalog.credentials import credential_needs  # lazy: off the first page (idna)

    needs = credential_needs(state.isp)
    return needs.auth or needs.isp_address or needs.account


def needs_domain_check(state: WizardState) -> bool:
    """The SPF/DMARC check is worth offering: the own address is not at the provider's own domain (the provider
    publishes the SPF for its own domains; the user cannot change them)."""
    if state.isp is None or state.address is None:
        return True
    return not state.isp.matches_domain(state.address.domain.ascii)


def next_step(state: WizardState, current: Step) -> Step | None:
    """The step after ``current``; None after the last one. Pure: no I/O, cheap (called on every button refresh).

    Skips the credentials step when the chosen profile has nothing to ask, and the domain check when the own
    address is at the provider's own domain."""
    i = ORDER.index(current)
    for step in ORDER[i + 1 :]:
        if step is Step.CREDENTIALS and not needs_credentials(state):
            continue
        if step is Step.DOMAIN_CHECK and not needs_domain_check(state):
            continue
        return step
    return None


def path(state: WizardState, start: Step = Step.WELCOME) -> list[Step]:
    """Every step the user passes from ``start`` to the end with the state as it is now."""
    steps: list[Step] = []
    step: Step | None = start
    while step is not None:
        steps.append(step)
        step = next_step(state, step)
    return steps
