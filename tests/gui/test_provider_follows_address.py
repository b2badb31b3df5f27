"""A mistyped address does not silently switch the provider, and correcting it switches back (issue 19 item 6).

The real provider page and the real catalogue: ``kitty.jp`` is one of @nifty's mail domains, so a shop at
``kitty-cafe.jp`` that forgets the ``-cafe`` types a provider address by mistake.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.helpers import type_text
from tests.gui.test_provider_page import go_to_provider, next_button
from wizard.core.catalog.loader import load_catalog
from wizard.gui.language import set_language
from wizard.gui.wizard import RelayWizard


def make(qtbot, lang="en", detected="ocn"):
    set_language(lang)
    w = RelayWizard(lang=lang, catalog=load_catalog())
    w.state.detected_isp = detected  # the welcome page recognised this line's provider
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w, go_to_provider(qtbot, w)


def insert_at(qtbot, edit, position: int, text: str) -> None:
    edit.setFocus()
    edit.setCursorPosition(position)
    qtbot.keyClicks(edit, text)


def test_a_mistyped_address_switches_aloud_and_the_correction_switches_back(qtbot):
    w, page = make(qtbot)
    assert w.state.isp.id == "ocn" and not page.address_note.isVisible()
    type_text(qtbot, page.address_edit, "info@kitty.jp")
    assert w.state.isp.id == "nifty"  # the address is at @nifty's domain
    assert page.address_note.isVisible()
    assert "The provider was chosen from your address: @nifty" in page.address_note.text()
    insert_at(qtbot, page.address_edit, len("info@kitty"), "-cafe")
    assert page.address_edit.text() == "info@kitty-cafe.jp"
    assert w.state.isp.id == "ocn" and page.list.currentItem().data(Qt.ItemDataRole.UserRole) == "ocn"
    assert not page.address_note.isVisible() and page.address_note.text() == ""
    assert next_button(w).isEnabled()


def test_without_a_provider_before_the_correction_clears_the_choice(qtbot):
    w, page = make(qtbot, detected="")
    assert w.state.isp is None
    type_text(qtbot, page.address_edit, "info@kitty.jp")
    assert w.state.isp.id == "nifty" and page.address_note.isVisible()
    qtbot.keyClick(page.address_edit, Qt.Key.Key_Backspace)  # "info@kitty.j": matches no provider
    assert w.state.isp is None and page.list.currentItem() is None and not page.address_note.isVisible()
    assert not next_button(w).isEnabled()


def test_a_provider_the_user_picked_after_the_switch_stays(qtbot):
    w, page = make(qtbot)
    type_text(qtbot, page.address_edit, "info@kitty.jp")
    assert w.state.isp.id == "nifty"
    page.search_edit.setText("BIGLOBE")
    item = page.list.currentItem()
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=page.list.visualItemRect(item).center())
    assert w.state.isp.id == "biglobe" and not page.address_note.isVisible()
    insert_at(qtbot, page.address_edit, len("info@kitty"), "-cafe")
    assert w.state.isp.id == "biglobe"  # neither the correction nor the address overrides the user's pick


@pytest.fixture
def lang_reset():
    yield
    set_language("en")


def test_the_note_in_japanese_and_after_the_switch(qtbot, lang_reset):
    w, page = make(qtbot, lang="ja")
    type_text(qtbot, page.address_edit, "info@kitty.jp")
    assert page.address_note.text().startswith("ⓘ メールアドレスから、プロバイダーを@niftyにしました。")
    w.switch_language("en")
    assert page.address_note.text().startswith("ⓘ The provider was chosen from your address: @nifty.")
