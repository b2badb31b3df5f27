"""The export and done pages with real widgets: preview, save, apply to Thunderbird with before/after, undo."""

from __future__ import annotations

import configparser
import os
import plistlib
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.export.cases import PASSWORD, thunderbird_home
from tests.gui.helpers import type_text
from wizard.core.inputs.address import parse_address
from wizard.core.catalog.loader import load_catalog
from wizard.core.thunderbird import prefs_js
from wizard.core.export.outlook_prf import decode
from wizard.core.inputs.flow import Step
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.secrets import Secret
from wizard.gui.pages.export import PLAN_DELAY_MS
from wizard.gui.wizard import RelayWizard

@pytest.fixture
def profile(isolated_home) -> Path:
    return thunderbird_home(isolated_home)


@pytest.fixture
def wiz(qtbot, profile):
    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    st = w.state
    st.isp = st.catalog.get("ocn")
    st.address = parse_address("info@例え.jp")
    st.isp_address = "taro@abc.ocn.ne.jp"
    st.password = Secret(PASSWORD)
    st.chosen = RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, "taro@abc.ocn.ne.jp")
    st.chosen_works = True
    st.spf_record = "v=spf1 include:abc.ocn.ne.jp ~all"
    w.show()
    qtbot.waitExposed(w)
    w.setStartId(int(Step.EXPORT))
    w.restart()
    assert w.currentId() == Step.EXPORT
    return w


def test_nothing_is_written_on_entering_and_the_preview_shows_each_format(qtbot, wiz, tmp_path, profile):
    page = wiz.currentPage()
    before = {p.name: p.read_bytes() for p in profile.iterdir()}
    assert page.checked_formats() == ["thunderbird-autoconfig", "outlook-prf", "outlook-autodiscover",
                                      "apple-mobileconfig", "sheet-html"]
    type_text(qtbot, page.name_edit, "山田 太郎")
    for row in range(page.formats.count()):
        item = page.formats.item(row)
        rect = page.formats.visualItemRect(item)
        qtbot.mouseClick(page.formats.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert page.formats.currentRow() == row
        text = page.preview.toPlainText()
        assert "smtp.ocn.ne.jp" in text and PASSWORD not in text
    assert "山田 太郎" in page.preview.toPlainText()  # the sheet
    assert {p.name: p.read_bytes() for p in profile.iterdir()} == before
    assert not wiz.state.exported
    # the plan is shown before anything is applied
    assert "New outgoing server smtp4: smtp.ocn.ne.jp." in page.tb_plan.text()
    assert "Identity info@例え.jp: sends through smtp4" in page.tb_plan.text()
    # ... as one sentence in plain words; the prefs keys (smtp4, hostname...) only under the closed details
    sentence = page.tb_sentence.text()
    assert sentence.startswith("“Apply to Thunderbird”") and sentence.endswith(".")
    assert "smtp.ocn.ne.jp" in sentence and "smtp4" not in sentence and "\n" not in sentence
    assert page.tb_details.isVisible() and not page.tb_details.is_open and not page.tb_plan.isVisible()
    assert page.tb_details.body.isAncestorOf(page.tb_plan)


def test_save_all_checked_files_into_a_folder_without_overwriting(qtbot, wiz, tmp_path):
    page = wiz.currentPage()
    type_text(qtbot, page.in_host, "sv1234.xserver.jp")
    page.ask_folder = lambda title, default: tmp_path
    (tmp_path / "config-v1.1.xml").write_text("keep me", encoding="utf-8")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([
        "config-v1.1 (2).xml", "config-v1.1.xml", "例え.jp-mail-settings.html",
        "例え.jp-mail.mobileconfig", "例え.jp-outlook.prf", "autodiscover.xml"])  # the Unicode name the user knows
    assert (tmp_path / "config-v1.1.xml").read_text(encoding="utf-8") == "keep me"
    root = ET.parse(tmp_path / "config-v1.1 (2).xml").getroot()
    assert root.findtext("emailProvider/incomingServer/hostname") == "sv1234.xserver.jp"
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read_string(decode((tmp_path / "例え.jp-outlook.prf").read_bytes()))
    assert cp["Account1"]["IMAPServer"] == "sv1234.xserver.jp"
    assert len(wiz.state.exported) == 5
    for p in tmp_path.iterdir():
        data = p.read_bytes()
        assert PASSWORD.encode() not in data and PASSWORD.encode("utf-16-le") not in data
    assert "Saved:" in page.status.text()


def test_save_one_file_offers_a_default_name(qtbot, wiz, tmp_path):
    page = wiz.currentPage()
    page.set_checked(["apple-mobileconfig"])
    asked = []

    def ask(title, default):
        asked.append((title, default))
        return tmp_path / default.name

    page.ask_save_file = ask
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert asked[0][1].name == "例え.jp-mail.mobileconfig"
    assert "Apple Mail" in asked[0][0]
    mail = plistlib.loads((tmp_path / "例え.jp-mail.mobileconfig").read_bytes())["PayloadContent"][0]
    assert mail["OutgoingMailServerHostName"] == "smtp.ocn.ne.jp"


def test_save_into_an_unwritable_place_says_why(qtbot, wiz, tmp_path):
    page = wiz.currentPage()
    page.set_checked(["sheet-html"])
    page.ask_save_file = lambda title, default: tmp_path / "missing" / "sheet.html"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Cannot write" in page.status.text() and not wiz.state.exported


def test_apply_then_undo_and_the_done_page(qtbot, wiz, profile):
    page = wiz.currentPage()
    original = (profile / "prefs.js").read_bytes()
    assert page.apply_button.isEnabled() and not page.undo_button.isEnabled()
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    p = prefs_js.Prefs((profile / "prefs.js").read_text(encoding="utf-8"))
    assert p.get("mail.smtpserver.smtp4.hostname") == "smtp.ocn.ne.jp"
    assert p.get("mail.identity.id1.smtpServer") == "smtp4"
    assert "Done. The old settings are kept in prefs.js.relay-wizard-" in page.tb_plan.text()
    assert not page.apply_button.isEnabled() and page.undo_button.isEnabled()

    qtbot.mouseClick(wiz.button(wiz.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wiz.currentId() == Step.DONE
    html = wiz.currentPage().body.text()
    assert "Thunderbird profile" in html and "outgoing server smtp4" in html
    assert "v=spf1 include:abc.ocn.ne.jp ~all" in html and "test mail" in html
    assert PASSWORD not in html

    qtbot.mouseClick(wiz.button(wiz.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    page = wiz.currentPage()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert (profile / "prefs.js").read_bytes() == original
    assert "Undone" in page.tb_plan.text() and not wiz.state.thunderbird


def test_link_identity_off_changes_the_plan(qtbot, wiz):
    page = wiz.currentPage()
    qtbot.mouseClick(page.link_identity, Qt.MouseButton.LeftButton)
    assert not page.link_identity.isChecked()
    assert "Identity" not in page.tb_plan.text()


def test_thunderbird_running_is_shown_and_apply_refused(qtbot, wiz, profile):
    page = wiz.currentPage()
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        os.symlink(f"127.0.0.1:+{proc.pid}", profile / "lock")
        page.refresh_plan()
        assert "Close Thunderbird to apply" in page.tb_plan.text()
        before = (profile / "prefs.js").read_bytes()
        qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
        assert "Close Thunderbird and try again" in page.tb_plan.text()
        assert (profile / "prefs.js").read_bytes() == before
    finally:
        proc.kill()
        proc.wait()


def test_without_a_chosen_setting_the_page_says_so(qtbot, profile):
    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    w.state.address = parse_address("info@example.jp")
    w.show()
    w.setStartId(int(Step.EXPORT))
    w.restart()
    page = w.currentPage()
    assert "No relay setting has been chosen yet" in page.status.text()
    assert not page.save_button.isEnabled() and not page.apply_button.isEnabled()
    qtbot.mouseClick(w.button(w.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert "Nothing was saved" in w.currentPage().body.text()


def test_a_japanese_incoming_server_works_and_files_keep_the_unicode_name(qtbot, wiz, tmp_path):
    page = wiz.currentPage()
    assert page.in_host.placeholderText().startswith("mail.例え.jp ")  # the guess as the user would type it
    type_text(qtbot, page.in_host, "mail.山田商店.jp")
    assert page.save_button.isEnabled(), page.status.text()
    assert wiz.state.incoming.host == "mail.xn--czrr0ogxbdv4b.jp"
    page.set_checked(["thunderbird-autoconfig", "sheet-html"])
    page.ask_folder = lambda title, default: tmp_path
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config-v1.1.xml", "例え.jp-mail-settings.html"]
    root = ET.parse(tmp_path / "config-v1.1.xml").getroot()
    assert root.findtext("emailProvider/incomingServer/hostname") == "mail.xn--czrr0ogxbdv4b.jp"
    sheet = (tmp_path / "例え.jp-mail-settings.html").read_text(encoding="utf-8")
    assert "mail.山田商店.jp (mail.xn--czrr0ogxbdv4b.jp)" in sheet
    # going back and forth shows the name as typed, not its A-labels
    page.in_host.blockSignals(True)  # as on coming back to the page: the field empty, the state keeps the server
    page.in_host.clear()
    page.in_host.blockSignals(False)
    page.initializePage()
    assert page.in_host.text() == "mail.山田商店.jp"


def test_a_bad_japanese_incoming_host_says_why(qtbot, wiz):
    page = wiz.currentPage()
    type_text(qtbot, page.in_host, "mail..山田商店.jp")
    assert "empty part between dots" in page.status.text() and not page.save_button.isEnabled()


def test_bad_incoming_host_is_explained(qtbot, wiz):
    page = wiz.currentPage()
    type_text(qtbot, page.in_host, "mail..example.jp")
    assert "is not a valid server name" in page.status.text()
    assert not page.save_button.isEnabled()


def test_typing_plans_the_thunderbird_change_once_the_inputs_settle(qtbot, wiz):
    """prefs.js is read and the lock checked when the typing stops (PLAN_DELAY_MS), not on every keystroke."""
    page = wiz.currentPage()
    qtbot.waitUntil(lambda: not page._plan_timer.isActive(), timeout=5000)
    page.formats.setCurrentRow(page.checked_formats().index("sheet-html"))
    before = page.plans_made
    name = "Yamada Taro and Sons"
    type_text(qtbot, page.name_edit, name)
    assert page.plans_made == before  # len(name) keystrokes, no plan yet
    assert name in page.preview.toPlainText()  # the preview follows at once
    qtbot.waitUntil(lambda: page.plans_made > before, timeout=5000)
    qtbot.wait(2 * PLAN_DELAY_MS)
    assert page.plans_made == before + 1
    assert "New outgoing server smtp4: smtp.ocn.ne.jp." in page.tb_plan.text()
