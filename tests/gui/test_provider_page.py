"""The provider and address page, clicked through with real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from wizard.core.catalog.loader import load_catalog
from wizard.core.inputs.flow import Step
from tests.gui.helpers import type_text
from wizard.gui.wizard import RelayWizard


@pytest.fixture
def wiz(qtbot):
    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def next_button(w):
    return w.button(QWizard.WizardButton.NextButton)


def go_to_provider(qtbot, w):
    assert w.currentId() == Step.WELCOME
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.currentId() == Step.PROVIDER
    return w.currentPage()


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("taro", "needs an “@”"),
        ("taro@localhost", "not a full domain name"),
        ("ta ro@example.jp", "must not contain spaces"),
        ("山田@example.jp", "half-width letters"),
        ("taro@exa_mple.jp", "not allowed in a domain name"),
    ],
)
def test_invalid_address_keeps_next_disabled_and_says_why(qtbot, wiz, typed, reason):
    page = go_to_provider(qtbot, wiz)
    page.select_provider("biglobe")
    type_text(qtbot, page.address_edit, typed)
    assert not next_button(wiz).isEnabled()
    assert reason in page.address_status.text()
    qtbot.mouseClick(next_button(wiz), Qt.MouseButton.LeftButton)
    assert wiz.currentId() == Step.PROVIDER


def test_valid_address_and_provider_enable_next(qtbot, wiz):
    page = go_to_provider(qtbot, wiz)
    assert not next_button(wiz).isEnabled()
    type_text(qtbot, page.address_edit, "info@例え.jp")
    assert "✔ info@例え.jp  (info@xn--r8jz45g.jp)" == page.address_status.text()
    assert not next_button(wiz).isEnabled()  # no provider chosen yet
    type_text(qtbot, page.search_edit, "nifty")
    visible = [page.list.item(i) for i in range(page.list.count()) if not page.list.item(i).isHidden()]
    assert len(visible) == 1
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=page.list.visualItemRect(visible[0]).center())
    assert wiz.state.isp.id == "nifty"
    assert next_button(wiz).isEnabled()
    qtbot.mouseClick(next_button(wiz), Qt.MouseButton.LeftButton)
    assert wiz.currentId() == Step.CREDENTIALS
    assert wiz.state.address.ascii == "info@xn--r8jz45g.jp"


def test_search_matches_japanese_names_and_full_width_input(qtbot, wiz):
    page = go_to_provider(qtbot, wiz)
    type_text(qtbot, page.search_edit, "ぷらら")
    visible = [page.list.item(i).text() for i in range(page.list.count()) if not page.list.item(i).isHidden()]
    assert len(visible) == 1 and "plala" in visible[0].lower()
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "ＯＣＮ")
    assert wiz.state.isp.id == "ocn"  # the first match is selected


def test_provider_is_preselected_from_an_isp_address(qtbot, wiz):
    page = go_to_provider(qtbot, wiz)
    type_text(qtbot, page.address_edit, "taro@abc.ocn.ne.jp")
    assert wiz.state.isp.id == "ocn"
    assert page.list.currentItem().text().startswith("OCN")
    assert "OCN mail address" in page.provider_info.text()
    assert next_button(wiz).isEnabled()


def test_a_clicked_provider_is_not_overridden_by_the_address(qtbot, wiz):
    page = go_to_provider(qtbot, wiz)
    page.search_edit.setText("BIGLOBE")
    item = page.list.currentItem()
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=page.list.visualItemRect(item).center())
    type_text(qtbot, page.address_edit, "taro@abc.ocn.ne.jp")
    assert wiz.state.isp.id == "biglobe"


def test_other_provider_needs_a_valid_host(qtbot, wiz):
    page = go_to_provider(qtbot, wiz)
    type_text(qtbot, page.address_edit, "info@example.jp")
    assert page.select_provider("other")
    assert page.host_box.isVisible()
    assert not next_button(wiz).isEnabled()
    type_text(qtbot, page.host_edit, "smtp..example")
    assert "⚠" in page.host_status.text() and not next_button(wiz).isEnabled()
    page.host_edit.clear()
    type_text(qtbot, page.host_edit, "smtp.example.ne.jp")
    assert next_button(wiz).isEnabled()
    assert wiz.state.user_host == "smtp.example.ne.jp"
    page.select_provider("ocn")
    assert not page.host_box.isVisible()


def test_other_provider_takes_a_japanese_host_and_shows_it_as_typed(qtbot, wiz):
    page = go_to_provider(qtbot, wiz)
    type_text(qtbot, page.address_edit, "info@山田商店.jp")
    assert page.select_provider("other")
    type_text(qtbot, page.host_edit, "ｍａｉｌ．山田商店。ｊｐ")
    assert wiz.state.user_host == "mail.xn--czrr0ogxbdv4b.jp"
    assert page.host_status.text() == "✔ mail.山田商店.jp (mail.xn--czrr0ogxbdv4b.jp)"
    assert next_button(wiz).isEnabled()


def test_custom_profile_is_marked(qtbot, user_isp_dir):
    from tests.core.catalog.test_catalog import MINIMAL

    (user_isp_dir / "mine.toml").write_text(MINIMAL.format(id="mine", host="smtp.test-isp.example", port=587))
    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    w.show()
    page = go_to_provider(qtbot, w)
    assert page.select_provider("mine")
    assert "(custom profile)" in page.list.currentItem().text()
    assert str(user_isp_dir) in page.provider_info.text()


def test_japanese_ui_shows_translated_reason(qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from wizard.gui.language import install_translators

    app = QApplication.instance()
    translators = install_translators(app, "ja")
    try:
        assert len(translators) == 2
        w = RelayWizard(lang="ja", catalog=load_catalog())
        qtbot.addWidget(w)
        w.show()
        page = go_to_provider(qtbot, w)
        assert page.title() == "プロバイダーとメールアドレス"
        type_text(qtbot, page.address_edit, "taro")
        assert "「@」" in page.address_status.text()
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_lazy_pages_are_all_there_once_the_event_loop_ran(qtbot):
    w = RelayWizard(lang="en", catalog=load_catalog(), lazy_pages=True)
    qtbot.addWidget(w)
    assert w.pageIds() == [int(Step.WELCOME)]
    w.show()
    for _ in range(20):
        qtbot.wait(10)
        if len(w.pageIds()) == len(Step):
            break
    assert w.pageIds() == [int(s) for s in Step]
    go_to_provider(qtbot, w)
