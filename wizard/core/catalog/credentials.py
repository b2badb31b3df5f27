"""What the login at the provider needs, the login name it gives, and where its password lives in the keyring.

The faces ask two questions, answered here once:

* which fields to show: :func:`credential_needs` (the provider mail address, an account ID, a login at all?);
* under which keyring keys the password is saved: :func:`keyring_keys` of the settings that
  :func:`wizard.core.catalog.resolve.resolve` gives (which also suggests the login name a profile expects, from the
  candidates' ``username`` templates such as ``{address}`` or ``{localpart}.{domain}``). One password belongs to one
  provider account, but the keyring key names the relay host, port and login (docs/KEYRING.md), so the password is
  saved under the key of every candidate that logs in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from wizard.core.inputs.address import AddressError, parse_address
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
from wizard.core.model import IspProfile, RelaySetting, placeholders
from wizard.core.secrets import (
    Secret,
    delete_password,
    load_password,
    normalise_host,
    save_password,
)

# placeholders filled from the provider mail address (taro@abc.ocn.ne.jp)
ADDRESS_PARTS = frozenset({"address", "localpart", "domain", "subdomain", "initial"})


@dataclass(frozen=True)
class CredentialNeeds:
    auth: bool  # at least one candidate logs in
    isp_address: bool  # the provider mail address is needed (for the login name or for a host name)
    account: bool  # a login template uses {account}
    login_is_account: bool  # every login template is exactly "{account}": the login field is the account ID
    host: bool  # a host the user types ("other provider")

    @property
    def anything(self) -> bool:
        return self.auth or self.isp_address or self.account or self.host


def credential_needs(profile: IspProfile) -> CredentialNeeds:
    auth = [c.setting for c in profile.candidates if c.setting.needs_auth]
    login_keys: set[str] = set()
    for s in auth:
        login_keys |= placeholders(s.username)
    host_keys: set[str] = set()
    for c in profile.candidates:
        host_keys |= placeholders(c.setting.host)
    templates = {s.username for s in auth}
    return CredentialNeeds(
        auth=bool(auth),
        isp_address=bool((login_keys | host_keys) & ADDRESS_PARTS),
        account="account" in login_keys,
        login_is_account=bool(auth) and templates == {"{account}"},
        host="host" in host_keys,
    )


def check_isp_address(profile: IspProfile, text: str) -> tuple[str, Msg | None]:
    """Normalise the provider mail address; returns (ascii address or "", a problem or a warning or None).

    A syntax error empties the address. An address outside the provider's domains is kept (the catalogue may not
    list every domain), with a warning.
    """
    if not text.strip():
        return "", None
    try:
        addr = parse_address(text)
    except AddressError as exc:
        return "", exc.msg
    needs = credential_needs(profile)
    if profile.domains and not profile.matches_domain(addr.domain.ascii):
        return addr.ascii, Msg.of(
            QT_TRANSLATE_NOOP("core", "This is not an address at this provider ({domains}). Please check it."),
            domains=", ".join(profile.domains),
        )
    hosts_need_sub = any(placeholders(c.setting.host) & {"subdomain", "initial"} for c in profile.candidates)
    values = profile.template_values(isp_address=addr.ascii)
    if needs.isp_address and hosts_need_sub and "subdomain" not in values:
        return addr.ascii, Msg.of(
            QT_TRANSLATE_NOOP(
                "core",
                "Some server names of this provider are built from the part between “@” and the provider's domain "
                "(abc in taro@abc.{domain}); this address has none, so those settings cannot be tested.",
            ),
            domain=profile.matches_domain(addr.domain.ascii) or (profile.domains[0] if profile.domains else ""),
        )
    return addr.ascii, None


# -- the keyring, for a whole provider account ------------------------------------------------------------------------
Key = tuple[str, int, str]  # (host, port, login)


def keyring_keys(settings: Iterable[RelaySetting]) -> tuple[Key, ...]:
    """The distinct keyring keys (host, port, login) of the settings that log in, in order."""
    keys: list[Key] = []
    for s in settings:
        if s.needs_auth and s.username:
            key = (normalise_host(s.host), s.port, s.username)
            if key not in keys:
                keys.append(key)
    return tuple(keys)


def find_saved(keys: Iterable[Key]) -> tuple[Key, Secret] | None:
    """The first key that has a saved password, with the password. Raises :class:`~wizard.core.secrets.KeyringUnavailable`."""
    for key in keys:
        secret = load_password(*key)
        if secret is not None:
            return key, secret
    return None


def save_all(keys: Iterable[Key], password: Secret) -> int:
    """Save the password under every key; returns how many. Raises :class:`~wizard.core.secrets.KeyringUnavailable` on the first failure."""
    n = 0
    for key in keys:
        save_password(*key, password)
        n += 1
    return n


def forget_all(keys: Iterable[Key]) -> int:
    """Delete the saved password under every key; returns how many existed. Raises :class:`~wizard.core.secrets.KeyringUnavailable`."""
    return sum(1 for key in keys if delete_password(*key))


__all__ = [
    "CredentialNeeds",
    "Key",
    "check_isp_address",
    "credential_needs",
    "find_saved",
    "forget_all",
    "keyring_keys",
    "save_all",
]
