"""Profile + what the user typed -> concrete relay settings: the one place, used by the probe, the credentials, the
exports and the domain check.

    r = resolve(profile, isp_address="taro@abc.ocn.ne.jp", account="", host="", login="")
    r.settings()          # the concrete settings, in profile order (what is tested, saved, exported)
    r.applicable()        # every candidate for this provider address, each filled or saying what it lacks
    r.concrete(2)         # candidate 2 (as `relay-wizard isps` numbers them), or a ResolveError saying what is missing
    r.relay_host, r.spf_include

The templates themselves are filled by :meth:`Candidate.fill <wizard.core.model.Candidate.fill>`; the values come
from :meth:`IspProfile.template_values <wizard.core.model.IspProfile.template_values>`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from wizard.core.inputs.address import valid_host_name
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, WizardError
from wizard.core.model import Candidate, IspProfile, RelaySetting, placeholders


class ResolveError(WizardError):
    """A candidate cannot be made concrete; ``msg`` says what is missing."""


# Why a candidate was not tested, by the first placeholder it lacks.
_NEEDS = {
    "subdomain": QT_TRANSLATE_NOOP(
        "core",
        "Not tested: this server name depends on your provider mail address (the part after @, such as "
        "abc.ocn.ne.jp), and the address given does not have that part.",
    ),
    "address": QT_TRANSLATE_NOOP("core", "Not tested: this setting needs your provider mail address."),
    "localpart": QT_TRANSLATE_NOOP("core", "Not tested: this setting needs your provider mail address."),
    "domain": QT_TRANSLATE_NOOP("core", "Not tested: this setting needs your provider mail address."),
    "account": QT_TRANSLATE_NOOP("core", "Not tested: this setting needs your account ID at the provider."),
    "host": QT_TRANSLATE_NOOP("core", "Not tested: this setting needs the server name."),
}
BAD_HOST = QT_TRANSLATE_NOOP("core", "Not tested: “{host}” is not a valid server name.")


@dataclass(frozen=True)
class Resolved:
    """One candidate of the profile, filled as far as the user's values go."""

    index: int  # position in the profile (0-based); `relay-wizard isps` shows index + 1
    candidate: Candidate
    filled: RelaySetting  # templates filled; placeholders named in ``missing`` are still in it
    missing: tuple[str, ...]  # placeholders the user's values do not fill (the login's do not count with a login)
    applies: bool  # the candidate is for the user's provider address (or the address is not known)

    @property
    def host(self) -> str:
        """The concrete host, or "" while it still has a placeholder."""
        return "" if placeholders(self.filled.host) else self.filled.host

    @property
    def username(self) -> str:
        """The concrete login name, or "" while it still has a placeholder (or the candidate does not log in)."""
        return "" if placeholders(self.filled.username) else self.filled.username

    @property
    def valid_host(self) -> bool:
        return valid_host_name(self.filled.host, ip=True)

    @property
    def setting(self) -> RelaySetting | None:
        """The concrete setting; None while something is missing or the host is not a valid host name."""
        return self.filled if not self.missing and self.valid_host else None

    @property
    def problem(self) -> Msg | None:
        """Why this candidate cannot be tested as it stands, in words; None when it can."""
        if self.missing:
            return Msg.of(_NEEDS.get(self.missing[0], _NEEDS["host"]))
        if not self.valid_host:
            return Msg.of(BAD_HOST, host=self.filled.host)
        return None


@dataclass(frozen=True)
class Resolution:
    profile: IspProfile
    values: Mapping[str, str]  # the template values from what the user typed
    candidates: tuple[Resolved, ...]  # every candidate of the profile, in profile order

    def applicable(self) -> list[Resolved]:
        """The candidates for the user's provider address (e.g. not the @dion.ne.jp rows for an @auone-net.jp
        address), in profile order."""
        return [r for r in self.candidates if r.applies]

    def settings(self) -> list[RelaySetting]:
        """The concrete settings of the applicable candidates, in profile order."""
        return [r.setting for r in self.applicable() if r.setting is not None]

    def concrete(self, number: int) -> RelaySetting:
        """The filled setting of candidate ``number`` (1-based, in catalogue order, whether or not it is for the
        user's address). Raises :class:`ResolveError` naming what is missing; the host's form is the caller's to
        check (exports accept any host name, the probe wants a full one)."""
        p = self.profile
        if not 1 <= number <= len(self.candidates):
            raise ResolveError(Msg.of(
                QT_TRANSLATE_NOOP("core", "{isp} has candidates 1 to {count}; there is no candidate {number}."),
                isp=p.id, count=len(self.candidates), number=number,
            ))
        r = self.candidates[number - 1]
        if r.missing:
            raise ResolveError(Msg.of(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Candidate {number} of {isp} needs {names}: give your provider mail address, account ID or server "
                    "name.",
                ),
                number=number, isp=p.id, names=", ".join("{" + m + "}" for m in r.missing),
            ))
        return r.filled

    @property
    def suggested_login(self) -> str:
        """The login name the first applicable candidate that logs in expects; "" when it cannot be filled yet."""
        return next((r.username for r in self.applicable() if r.filled.needs_auth and r.username), "")

    @property
    def relay_host(self) -> str:
        """The host of the first applicable candidate whose host can be filled; "" when none can."""
        return next((r.host for r in self.applicable() if r.host), "")

    @property
    def spf_include(self) -> str:
        """The domain the profile says to include in SPF, filled; "" when there is none or it cannot be filled."""
        include = self.profile.fill_spf_include(self.values)
        return "" if placeholders(include) else include

    @property
    def spf_include_to_verify(self) -> bool:
        """The include is proposed but no cited source documents it: the SPF proposal should say "to verify"."""
        return self.profile.spf_include is not None and self.profile.spf_include.to_verify

    @property
    def spf_include_needs_address(self) -> bool:
        """The profile has an SPF include that the user's values do not fill yet (it needs the provider address)."""
        return self.profile.spf_include is not None and not self.spf_include


def resolve(profile: IspProfile, *, isp_address: str = "", account: str = "", host: str = "",
            login: str = "") -> Resolution:
    """Fill the profile's candidates from what the user typed: the provider mail address (taro@abc.ocn.ne.jp), an
    account ID, a server host ("other provider") and a login name that replaces every template's login name."""
    values = profile.template_values(isp_address=isp_address, account=account, host=host)
    out = []
    for i, c in enumerate(profile.candidates):
        filled = c.fill(values, login)
        missing = c.missing(values, login)
        if filled.needs_auth and not filled.username and not missing:  # a template that filled to nothing
            missing = sorted(placeholders(c.setting.username)) or ["account"]
        out.append(Resolved(i, c, filled, tuple(missing), c.applies_to(values)))
    return Resolution(profile, values, tuple(out))
