"""Which fields the login needs, the suggested login name, and the keyring keys of a provider account."""

from __future__ import annotations

import pytest

from tests.fixtures.secret_service import secret_service  # noqa: F401 - fixture
from wizard.core.catalog.loader import load_catalog
from wizard.core.catalog.credentials import (
    check_isp_address,
    credential_needs,
    find_saved,
    forget_all,
    keyring_keys,
    save_all,
)
from wizard.core.catalog.resolve import resolve
from wizard.core.inputs.flow import WizardState
from wizard.core.secrets import KeyringUnavailable, Secret, load_password


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    ("isp", "address", "account", "login_is_account"),
    [
        ("ocn", True, False, False),  # {address}, and {subdomain} for the no-auth host
        ("biglobe", True, False, False),
        ("iijmio", True, False, False),  # {localpart}.{domain}
        ("au", True, True, True),  # {account} login, {subdomain} in the host
        ("asahinet", False, True, True),
        ("other", False, True, True),
    ],
)
def test_needs_follow_the_templates(catalog, isp, address, account, login_is_account):
    needs = credential_needs(catalog.get(isp))
    assert needs.auth
    assert (needs.isp_address, needs.account, needs.login_is_account) == (address, account, login_is_account)
    assert needs.host == (isp == "other")


@pytest.mark.parametrize(
    ("isp", "isp_address", "account", "login"),
    [
        ("ocn", "taro@abc.ocn.ne.jp", "", "taro@abc.ocn.ne.jp"),
        ("nifty", "taro@nifty.com", "", "taro"),
        ("iijmio", "taro@iijmio-mail.jp", "", "taro.iijmio-mail.jp"),
        ("au", "taro@xyz.auone-net.jp", "pop123", "pop123"),
        ("au", "taro@xyz.auone-net.jp", "", ""),  # the POP account is not the address: nothing to suggest
        ("biglobe", "", "", ""),
    ],
)
def test_suggested_login(catalog, isp, isp_address, account, login):
    assert resolve(catalog.get(isp), isp_address=isp_address, account=account).suggested_login == login


def test_resolved_settings_and_keys_for_ocn(catalog):
    ocn = catalog.get("ocn")
    settings = resolve(ocn, isp_address="Taro@ABC.ocn.ne.jp").settings()
    assert [(s.host, s.port, s.username) for s in settings] == [
        ("smtp.ocn.ne.jp", 465, "Taro@abc.ocn.ne.jp"),
        ("smtp.ocn.ne.jp", 587, "Taro@abc.ocn.ne.jp"),
        ("abc.ocn.ne.jp", 25, ""),  # no login: no key
    ]
    assert keyring_keys(settings) == (
        ("smtp.ocn.ne.jp", 465, "Taro@abc.ocn.ne.jp"),
        ("smtp.ocn.ne.jp", 587, "Taro@abc.ocn.ne.jp"),
    )
    # the user's own login name replaces the template's for every candidate that logs in
    over = resolve(ocn, isp_address="taro@abc.ocn.ne.jp", login=" other-id ").settings()
    assert [s.username for s in over] == ["other-id", "other-id", ""]
    # without the provider address nothing can be filled, but an override alone fills the fixed hosts
    assert resolve(ocn).settings() == []
    assert [s.host for s in resolve(ocn, login="x").settings()] == ["smtp.ocn.ne.jp", "smtp.ocn.ne.jp"]


def test_state_relay_settings_uses_every_field(catalog):
    state = WizardState(_catalog=catalog, isp=catalog.get("other"), user_host="smtp.example.jp", account="me")
    assert [(s.host, s.username) for s in state.relay_settings()] == [("smtp.example.jp", "me")] * 2
    assert WizardState(_catalog=catalog).relay_settings() == []


def test_isp_address_checks(catalog):
    ocn = catalog.get("ocn")
    assert check_isp_address(ocn, "") == ("", None)
    assert check_isp_address(ocn, "ｔａｒｏ＠abc.ocn.ne.jp") == ("taro@abc.ocn.ne.jp", None)
    addr, msg = check_isp_address(ocn, "taro")
    assert addr == "" and "“@”" in msg.render()
    addr, msg = check_isp_address(ocn, "taro@gmail.com")
    assert addr == "taro@gmail.com" and "ocn.ne.jp" in msg.render()  # kept, with a warning
    addr, msg = check_isp_address(ocn, "taro@ocn.ne.jp")
    assert addr == "taro@ocn.ne.jp" and "abc in taro@abc.ocn.ne.jp" in msg.render()
    assert check_isp_address(catalog.get("biglobe"), "taro@biglobe.ne.jp") == ("taro@biglobe.ne.jp", None)


@pytest.mark.system
def test_save_find_forget_a_whole_account(catalog, secret_service):
    keys = keyring_keys(resolve(catalog.get("ocn"), isp_address="taro@abc.ocn.ne.jp").settings())
    assert find_saved(keys) is None
    assert save_all(keys, Secret("pw")) == 2
    assert all(secret_service.lookup(f"relay-wizard:{h}:{p}", u) == "pw" for h, p, u in keys)
    key, secret = find_saved(keys)
    assert key == keys[0] and secret == Secret("pw")
    # saved by the CLI for one port only: still found
    assert forget_all(keys[:1]) == 1
    assert find_saved(keys) == (keys[1], Secret("pw"))
    assert forget_all(keys) == 1
    assert load_password(*keys[1]) is None


def test_without_a_keyring_find_saved_raises_a_reason(catalog):
    keys = keyring_keys(resolve(catalog.get("ocn"), isp_address="taro@abc.ocn.ne.jp").settings())
    with pytest.raises(KeyringUnavailable):
        find_saved(keys)
    assert find_saved(()) is None  # nothing to look up: no keyring needed
