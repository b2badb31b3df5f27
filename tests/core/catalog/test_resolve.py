"""Profile + what the user typed -> concrete settings: the one place (catalog/resolve.py)."""

from __future__ import annotations

import pytest

from wizard.core.catalog.loader import load_catalog
from wizard.core.catalog.resolve import ResolveError, resolve


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(user=None)


def test_concrete_numbers_candidates_as_the_catalogue_lists_them(catalog):
    ocn = catalog.get("ocn")
    r = resolve(ocn, isp_address="taro@abc.ocn.ne.jp")
    assert r.concrete(3).host == "abc.ocn.ne.jp"
    with pytest.raises(ResolveError, match="candidates 1 to 3; there is no candidate 4"):
        r.concrete(4)
    with pytest.raises(ResolveError, match=r"Candidate 3 of ocn needs \{subdomain\}"):
        resolve(ocn, isp_address="taro@ocn.ne.jp").concrete(3)
    assert resolve(ocn, login="me").concrete(1).username == "me"  # a login fills what {address} would


def test_spf_include_and_relay_host(catalog):
    ocn = catalog.get("ocn")
    r = resolve(ocn, isp_address="Taro@ABC.ocn.ne.jp")
    assert (r.spf_include, r.spf_include_needs_address, r.relay_host) == ("abc.ocn.ne.jp", False, "smtp.ocn.ne.jp")
    bare = resolve(ocn)
    assert (bare.spf_include, bare.spf_include_needs_address, bare.relay_host) == ("", True, "smtp.ocn.ne.jp")
    nifty = resolve(catalog.get("nifty"))
    assert (nifty.spf_include, nifty.spf_include_needs_address) == ("nifty.com", False)
    assert resolve(catalog.get("biglobe")).spf_include_needs_address is False  # no include at all
    # no cited source documents either include: both are shown as "to verify" (issue 14, item 2)
    assert r.spf_include_to_verify and nifty.spf_include_to_verify
    assert not catalog.get("ocn").spf_include.verified
    assert not resolve(catalog.get("biglobe")).spf_include_to_verify


def test_only_candidates_for_the_address_family_apply(catalog):
    au = catalog.get("au")
    r = resolve(au, isp_address="taro@kyoto.dion.ne.jp", account="acct")
    assert all(c.applies == (not c.candidate.for_domains or "dion.ne.jp" in c.candidate.for_domains)
               for c in r.candidates)
    assert r.relay_host.endswith("dion.ne.jp")
    assert {s.username for s in r.settings()} == {"acct"}
    # every candidate stays in .candidates (numbered as listed), applicable or not
    assert len(r.candidates) == len(au.candidates) > len(r.applicable())


def test_a_candidate_says_why_it_cannot_be_used(catalog):
    other = catalog.get("other")
    r = resolve(other, host="smtp_bad.example", account="x")
    assert r.settings() == []
    assert all("not a valid server name" in c.problem.render() for c in r.applicable())
    r = resolve(other, account="x")
    assert all(c.missing == ("host",) and "needs the server name" in c.problem.render() for c in r.applicable())
    ok = resolve(other, host="smtp.example.ne.jp", account="x")
    assert all(c.problem is None and c.setting is not None for c in ok.applicable())
