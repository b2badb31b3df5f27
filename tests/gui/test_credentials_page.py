"""The credentials page, clicked through with real widgets, against a real Secret Service and without a keyring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWizard

from tests.fixtures.dns_server import DnsServer
from tests.gui.helpers import type_text
from wizard.core.catalog.loader import load_catalog
from wizard.core.inputs.flow import Step
from wizard.core.secrets import Secret, keyring_service
from wizard.gui.wizard import RelayWizard

PW = "Pa55-wörd"
LOCAL_DNS = ""
OCN_KEYS = [("smtp.ocn.ne.jp", 465), ("smtp.ocn.ne.jp", 587)]


def next_button(w):
    return w.button(QWizard.WizardButton.NextButton)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture(autouse=True)
def no_outside_dns():
    """Next leads to the relay test, which starts at once: its names resolve here (to nothing), never outside."""
    global LOCAL_DNS
    with DnsServer({}) as server:
        LOCAL_DNS = server.address
        yield server


def open_credentials(qtbot, isp: str, address: str, lang: str = "en"):
    w = RelayWizard(lang=lang, catalog=load_catalog(), resolver=LOCAL_DNS)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    click(qtbot, next_button(w))
    provider = w.currentPage()
    type_text(qtbot, provider.address_edit, address)
    assert provider.select_provider(isp)
    if isp == "other":
        type_text(qtbot, provider.host_edit, "smtp.example.ne.jp")
    click(qtbot, next_button(w))
    assert w.currentId() == Step.CREDENTIALS
    page = w.currentPage()
    settle(qtbot, page)
    return w, page


def settle(qtbot, page):
    """Until the page's keyring work (backend check, debounced lookup, save, forget) is done."""
    qtbot.waitUntil(lambda: not page.busy(), timeout=15000)


def ocn_lookup(ss, login="taro@abc.ocn.ne.jp"):
    return [ss.lookup(keyring_service(h, p), login) for h, p in OCN_KEYS]


# -- without a keyring (conftest selects keyring's fail backend) -------------------------------------------------------
def test_ocn_prefills_login_and_explains_it_and_goes_on_without_a_keyring(qtbot):
    w, page = open_credentials(qtbot, "ocn", "taro@abc.ocn.ne.jp")
    assert page.isp_address_edit.text() == "taro@abc.ocn.ne.jp"  # the own address is an OCN address
    assert page.login_edit.text() == "taro@abc.ocn.ne.jp"
    assert "OCN mail address" in page.hint.text()
    assert page.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not page.account_edit.isVisibleTo(page)
    # no keyring: the box is off and disabled, and the page says why and what happens instead
    assert not page.save_check.isEnabled() and not page.save_check.isChecked()
    assert page.save_check.text() == "&Save the password in the keyring"
    assert "No keyring was found" in page.keyring_status.text()
    assert "kept only until you close the program" in page.keyring_status.text()
    assert not next_button(w).isEnabled()  # no password yet
    type_text(qtbot, page.password_edit, PW)
    assert next_button(w).isEnabled()
    click(qtbot, next_button(w))
    assert w.currentId() == Step.RELAY_TEST
    assert w.state.password == Secret(PW)
    assert w.state.isp_address == "taro@abc.ocn.ne.jp" and w.state.login == ""
    assert [s.username for s in w.state.relay_settings() if s.needs_auth] == ["taro@abc.ocn.ne.jp"] * 2


def test_provider_address_is_asked_when_the_own_address_is_elsewhere(qtbot):
    w, page = open_credentials(qtbot, "nifty", "info@example.jp")
    assert page.isp_address_edit.text() == "" and page.login_edit.text() == ""
    assert page.isp_address_edit.isVisibleTo(page)
    assert "@nifty" in page.isp_address_label.text()
    type_text(qtbot, page.isp_address_edit, "hanako@nifty.com")
    assert page.login_edit.text() == "hanako"  # {localpart}
    assert "Suggested" in page.login_status.text()
    type_text(qtbot, page.password_edit, "x")
    assert next_button(w).isEnabled()
    page.isp_address_edit.clear()
    assert not next_button(w).isEnabled()
    type_text(qtbot, page.isp_address_edit, "hanako")
    assert "⚠" in page.isp_address_status.text() and not next_button(w).isEnabled()


def test_the_user_can_correct_the_suggested_login(qtbot):
    w, page = open_credentials(qtbot, "eo", "info@example.jp")
    type_text(qtbot, page.isp_address_edit, "taro@eos.eonet.ne.jp")
    assert page.login_edit.text() == "taro@eos.eonet.ne.jp"
    page.login_edit.selectAll()
    type_text(qtbot, page.login_edit, "eo-account-1")
    assert w.state.login == "eo-account-1"
    assert "You changed the suggested login name (taro@eos.eonet.ne.jp)" in page.login_status.text()
    assert {s.username for s in w.state.relay_settings()} == {"eo-account-1"}
    # the correction survives a change of the address
    page.isp_address_edit.setText("jiro@eos.eonet.ne.jp")
    assert page.login_edit.text() == "eo-account-1"
    # clearing the field goes back to the suggestion
    page.login_edit.selectAll()
    qtbot.keyClick(page.login_edit, Qt.Key.Key_Delete)
    assert w.state.login == ""
    assert page.login_edit.placeholderText() == "jiro@eos.eonet.ne.jp"
    assert {s.username for s in w.state.relay_settings()} == {"jiro@eos.eonet.ne.jp"}


def test_au_wants_the_pop_account_and_the_address_for_the_server_name(qtbot):
    w, page = open_credentials(qtbot, "au", "info@example.jp")
    assert "POP account" in page.hint.text()
    assert page.login_label.text().startswith("Account &ID")
    assert not page.account_edit.isVisibleTo(page)  # the login field is the account ID
    type_text(qtbot, page.isp_address_edit, "taro@abc.auone-net.jp")
    assert page.login_edit.text() == ""  # nothing to suggest: the POP account is not the address
    type_text(qtbot, page.password_edit, "x")
    assert not next_button(w).isEnabled()
    type_text(qtbot, page.login_edit, "pop-123")
    assert next_button(w).isEnabled()
    assert w.state.account == "pop-123"
    assert w.state.relay_settings()[0].host == "msa.abc.auone-net.jp"
    assert w.state.relay_settings()[0].username == "pop-123"


def test_back_keeps_what_was_typed(qtbot):
    w, page = open_credentials(qtbot, "nifty", "info@example.jp")
    type_text(qtbot, page.isp_address_edit, "hanako@nifty.com")
    type_text(qtbot, page.password_edit, "x")
    click(qtbot, w.button(QWizard.WizardButton.BackButton))
    assert w.currentId() == Step.PROVIDER
    click(qtbot, next_button(w))
    settle(qtbot, page)
    assert page.isp_address_edit.text() == "hanako@nifty.com" and page.password_edit.text() == "x"
    assert next_button(w).isEnabled()


def test_a_provider_without_login_or_templates_skips_the_page(qtbot, user_isp_dir):
    from tests.core.catalog.test_catalog import MINIMAL

    text = MINIMAL.format(id="open", host="smtp.test-isp.example", port=25).replace('auth = "auto"', 'auth = "none"')
    (user_isp_dir / "open.toml").write_text(text.replace('username = "{address}"\n', ""))
    w = RelayWizard(lang="en", catalog=load_catalog(), resolver=LOCAL_DNS)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    click(qtbot, next_button(w))
    provider = w.currentPage()
    type_text(qtbot, provider.address_edit, "info@example.jp")
    assert provider.select_provider("open")
    w.state.password = Secret("left over from another provider")
    click(qtbot, next_button(w))
    assert w.currentId() == Step.RELAY_TEST and w.state.password is None
    click(qtbot, w.button(QWizard.WizardButton.BackButton))
    assert w.currentId() == Step.PROVIDER and provider.address_edit.text() == "info@example.jp"


def test_a_provider_without_login_asks_only_for_the_provider_address(qtbot, user_isp_dir):
    from tests.core.catalog.test_catalog import MINIMAL

    text = MINIMAL.format(id="open", host="{subdomain}.test-isp.example", port=25).replace('auth = "auto"', 'auth = "none"')
    (user_isp_dir / "open.toml").write_text(text.replace('username = "{address}"\n', ""))
    w, page = open_credentials(qtbot, "open", "info@example.jp")
    assert page.no_auth.isVisibleTo(page) and page.isp_address_edit.isVisibleTo(page)
    assert not page.password_edit.isVisibleTo(page) and not page.auth_box.isVisibleTo(page)
    type_text(qtbot, page.isp_address_edit, "taro@abc.test-isp.example")
    assert next_button(w).isEnabled()
    click(qtbot, next_button(w))
    assert w.currentId() == Step.RELAY_TEST and w.state.password is None


def test_japanese_page_shows_translated_keyring_reason(qtbot):
    from PySide6.QtWidgets import QApplication

    from wizard.gui.language import install_translators

    app = QApplication.instance()
    translators = install_translators(app, "ja")
    try:
        w, page = open_credentials(qtbot, "ocn", "taro@abc.ocn.ne.jp", lang="ja")
        assert page.title() == "プロバイダーへのログイン"
        assert "キーリングが見つからない" in page.keyring_status.text()
        assert "キーリングに保存する" in page.save_check.text()
    finally:
        for t in translators:
            app.removeTranslator(t)


# -- with a real Secret Service ---------------------------------------------------------------------------------------
@pytest.mark.system
def test_next_saves_nothing_and_hands_the_wish_to_the_relay_test(qtbot, secret_service):
    """Verify, then store: the page records that the user wants the password saved; it writes nothing itself
    (tests/gui/test_verify_then_store.py shows the relay test saving it after a successful login)."""
    w, page = open_credentials(qtbot, "ocn", "taro@abc.ocn.ne.jp")
    assert page.save_check.isEnabled() and page.save_check.isChecked()  # on by default when a keyring works
    assert "GNOME Keyring / Secret Service" in page.save_check.text()
    assert "only after the relay test has logged in" in page.keyring_status.text()
    assert not page.saved_box.isVisibleTo(page)
    type_text(qtbot, page.password_edit, PW)
    settle(qtbot, page)
    click(qtbot, next_button(w))
    assert w.currentId() == Step.RELAY_TEST  # at once: nothing to wait for
    w.page(int(Step.RELAY_TEST)).shutdown()
    assert secret_service.items() == []
    choice = w.passwords.choice
    assert choice.secret == Secret(PW) and choice.save and choice.from_keyring is None
    assert [k[:2] for k in choice.keys] == OCN_KEYS
    assert w.state.password == Secret(PW)


@pytest.mark.system
def test_unticked_box_saves_nothing(qtbot, secret_service):
    w, page = open_credentials(qtbot, "ocn", "taro@abc.ocn.ne.jp")
    click(qtbot, page.save_check)
    assert not page.save_check.isChecked()
    type_text(qtbot, page.password_edit, PW)
    click(qtbot, next_button(w))
    assert w.currentId() == Step.RELAY_TEST
    w.page(int(Step.RELAY_TEST)).shutdown()
    assert secret_service.items() == [] and w.state.password == Secret(PW)
    assert not w.passwords.choice.save


@pytest.mark.system
def test_saved_password_is_offered_then_used_replaced_or_forgotten(qtbot, secret_service):
    from wizard.core.secrets import save_password

    save_password("smtp.ocn.ne.jp", 587, "taro@abc.ocn.ne.jp", Secret("old-pw"))  # e.g. by `relay-wizard remember`
    w, page = open_credentials(qtbot, "ocn", "taro@abc.ocn.ne.jp")
    relay = w.page(int(Step.RELAY_TEST))
    assert page.saved_box.isVisibleTo(page)
    assert "A password for taro@abc.ocn.ne.jp is saved in GNOME Keyring / Secret Service." in page.saved_label.text()
    assert page.use_saved.isChecked() and not page.password_edit.isEnabled()
    assert next_button(w).isEnabled()
    click(qtbot, next_button(w))
    relay.shutdown()
    assert w.currentId() == Step.RELAY_TEST
    assert w.state.password == Secret("old-pw")
    assert w.passwords.choice.from_keyring == ("smtp.ocn.ne.jp", 587, "taro@abc.ocn.ne.jp")
    assert ocn_lookup(secret_service) == [None, "old-pw"]  # untouched

    click(qtbot, w.button(QWizard.WizardButton.BackButton))
    click(qtbot, page.replace_saved)
    assert page.password_edit.isEnabled() and not next_button(w).isEnabled()
    type_text(qtbot, page.password_edit, "new-pw")
    click(qtbot, next_button(w))
    relay.shutdown()
    assert w.currentId() == Step.RELAY_TEST
    assert ocn_lookup(secret_service) == [None, "old-pw"]  # the new one is saved only once a login worked
    assert w.state.password == Secret("new-pw") and w.passwords.choice.save

    click(qtbot, w.button(QWizard.WizardButton.BackButton))
    settle(qtbot, page)
    click(qtbot, page.forget_button)
    settle(qtbot, page)
    assert ocn_lookup(secret_service) == [None, None]
    assert not page.saved_box.isVisibleTo(page)
    assert "deleted" in page.keyring_status.text()


@pytest.mark.system
def test_saved_password_follows_the_login(qtbot, secret_service):
    from wizard.core.secrets import save_password

    save_password("smtp.ocn.ne.jp", 465, "jiro@abc.ocn.ne.jp", Secret("jiro-pw"))
    w, page = open_credentials(qtbot, "ocn", "taro@abc.ocn.ne.jp")
    assert not page.saved_box.isVisibleTo(page)
    page.isp_address_edit.setText("jiro@abc.ocn.ne.jp")
    settle(qtbot, page)
    assert page.saved_box.isVisibleTo(page) and "jiro@abc.ocn.ne.jp" in page.saved_label.text()
    page.isp_address_edit.setText("taro@abc.ocn.ne.jp")
    assert not page.saved_box.isVisibleTo(page)  # at once: never offer another login's password


@pytest.mark.system
def test_keyring_daemon_gone_after_start(qtbot, secret_service):
    w, page = open_credentials(qtbot, "ocn", "taro@abc.ocn.ne.jp")
    assert page.save_check.isChecked()
    secret_service.stop_keyring()
    type_text(qtbot, page.password_edit, PW)
    click(qtbot, next_button(w))  # nothing is written here: Next never waits for the keyring
    w.page(int(Step.RELAY_TEST)).shutdown()
    assert w.currentId() == Step.RELAY_TEST and w.state.password == Secret(PW)
