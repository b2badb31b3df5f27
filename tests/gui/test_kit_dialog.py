"""The delisting kit on screen (wizard/gui/kit_dialog.py) from the first page's check, with real widgets and a real
DNS server on 127.0.0.1 whose reverse name is an Xserver one. The reference for what the kit says is
`relay-wizard blocklist --letter` (tests/cli/test_blocklist_letter.py and its golden letters)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.cli.test_blocklist_letter import BOUNCES, GOLDEN, HOST, RENTAL, ZONE, letter_of
from tests.fixtures.dns_server import DnsServer
from wizard.cli import main
from wizard.core.catalog.loader import load_catalog
from wizard.core.dns.whereami import sources_at
from wizard.core.dns.zones import load_zones, select_zones
from wizard.core.inputs.flow import Step
from wizard.core.store import default_path, open_store
from wizard.core.watch import history
from wizard.gui.language import set_language
from wizard.gui.wizard import RelayWizard

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")  # offscreen: dialogs
ZONES = select_zones(load_zones(), ["spamhaus-zen", "spamcop"])
FIRST_LISTED = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)  # noon UTC: the same day in every time zone
BOUNCE = (BOUNCES / "postfix-spamhaus.eml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def server():
    with DnsServer(ZONE) as s:
        yield s


@pytest.fixture
def lang():
    yield
    set_language("en")


def welcome(qtbot, server, lang="en", host=HOST, bounce=BOUNCE):
    set_language(lang)
    w = RelayWizard(lang=lang, catalog=load_catalog())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    page = w.page(int(Step.WELCOME))
    page.ip_sources, page.zones, page.timeout = sources_at(server.address), ZONES, 2.0
    page.resolver_edit.setText(server.address)
    page.host_edit.setText(host)
    page.bounce_edit.setPlainText(bounce)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)
    return w, page


def open_kit(qtbot, page):
    assert page.kit_button.isVisible()
    qtbot.mouseClick(page.kit_button, Qt.MouseButton.LeftButton)
    dialog = page.kit_dialog
    assert "kit" in page.jobs.started  # the reverse names are asked on a page job, not on the UI thread
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=8000)
    return dialog


def cli_letter(capsys, server, lang, *extra):
    code = main(["--lang", lang, "blocklist", RENTAL, "--resolver", server.address, "--zones",
                 "spamhaus-zen,spamcop", "--timeout", "3", "--letter", lang,
                 "--bounce", str(BOUNCES / "postfix-spamhaus.eml"), *extra])
    out, err = capsys.readouterr()
    assert code == 1, err
    return letter_of(out)


def watch_listed_since(server, day=FIRST_LISTED):
    with open_store() as store:
        history.add(store, HOST)
        history.check_all(store, resolver=server.resolver(2.0), zones=ZONES, timeout=2.0, now=day)


def test_the_kit_in_japanese_for_an_xserver_reverse_name(qtbot, server, capsys, lang):
    w, page = welcome(qtbot, server, lang="ja", host=RENTAL)  # only the address: the company from its PTR name
    dialog = open_kit(qtbot, page)
    assert dialog.windowTitle() == "掲載解除の手順と依頼文" == page.kit_button.text()
    procedures = dialog.procedures.toPlainText()
    assert "エックスサーバー" in procedures and "sv10123.xserver.jp" in procedures
    # each list's own procedure, with its form and sources, from resources/dnsbl.toml
    assert "https://www.spamhaus.org/sbl/delistingprocedure/" in procedures
    assert "https://www.spamcop.net/fom-serve/cache/298.html" in procedures
    assert dialog.letter_ja.isChecked()
    letter = dialog.letter.toPlainText()
    assert letter == cli_letter(capsys, server, "ja")  # the same letter as `blocklist --letter ja`
    assert "から掲載" not in letter  # not watched: nothing about the start
    assert "エックスサーバー株式会社" in letter and "> " in letter  # the company, and the bounce as evidence
    assert not default_path().exists()  # finding out that nothing is watched made no database


def test_copy_puts_exactly_the_letter_on_the_clipboard(qtbot, server):
    w, page = welcome(qtbot, server)
    dialog = open_kit(qtbot, page)
    QGuiApplication.clipboard().setText("something else")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.letter.toPlainText() == dialog.letter_text()
    assert dialog.letter_text().startswith("Subject: ") and dialog.copied.text() == "Copied."


def test_the_letter_language_switch(qtbot, server, capsys, lang):
    w, page = welcome(qtbot, server)  # the window in English: the letter starts in English
    dialog = open_kit(qtbot, page)
    english = dialog.letter.toPlainText()
    assert "Dear Xserver Inc. support team," in english
    procedures = dialog.procedures.toPlainText()
    dialog.letter_ja.click()
    japanese = dialog.letter.toPlainText()
    assert "エックスサーバー株式会社" in japanese and "Dear" not in japanese
    assert dialog.procedures.toPlainText() == procedures  # the rest stays in the window's language
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == japanese
    dialog.letter_en.click()
    assert dialog.letter.toPlainText() == english
    # the window switches to Japanese: the procedures follow, the letter keeps its own language
    set_language("ja")
    assert dialog.copy_button.text() == "依頼文をコピー(&C)"
    assert "申請先: https://www.spamhaus.org/sbl/delistingprocedure/" in dialog.procedures.toPlainText()
    assert dialog.letter.toPlainText() == english and dialog.letter_en.isChecked()
    set_language("en")


def test_no_listing_no_kit_button(qtbot, server):
    w, page = welcome(qtbot, server, host="www.unknown-host.example", bounce="")
    assert page.report is not None and page.report.listed  # listed on SpamCop: the button is there
    assert page.kit_button.isVisible()
    page.zones = select_zones(load_zones(), ["spamhaus-zen"])  # a list that does not list it
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)
    assert page.report is not None and not page.report.listed and page.report.results
    assert not page.kit_button.isVisible()


@pytest.mark.parametrize("letter_lang", ["ja", "en"])
def test_since_comes_from_the_watch_history(qtbot, server, capsys, letter_lang):
    watch_listed_since(server)
    w, page = welcome(qtbot, server)
    dialog = open_kit(qtbot, page)
    (dialog.letter_ja if letter_lang == "ja" else dialog.letter_en).click()
    letter = dialog.letter.toPlainText()
    # the golden letter of `blocklist --letter --since 2026-11-20 --domain example-shop.jp`, but no domain here
    golden = (GOLDEN / f"xserver-{letter_lang}.txt").read_text(encoding="utf-8")
    unknown = "【ドメイン名】" if letter_lang == "ja" else "[your domain]"
    assert letter == golden.replace("example-shop.jp", unknown)
    assert letter == cli_letter(capsys, server, letter_lang, "--since", "2026-11-20")
    assert "2026-11-20" in dialog.procedures.toPlainText()  # the procedures name the day too


def test_cli_letter_takes_since_from_the_watch_history(server, capsys):
    plain = cli_letter(capsys, server, "en")
    assert "listed since" not in plain
    watch_listed_since(server)
    # TARGET is the watched host: the first listing per list from the history, as with --since
    code = main(["blocklist", HOST, "--resolver", server.address, "--zones", "spamhaus-zen,spamcop",
                 "--timeout", "3", "--letter", "en"])
    out, err = capsys.readouterr()
    assert code == 1, err
    assert "- Spamhaus ZEN (zen.spamhaus.org), listed since 2026-11-20" in letter_of(out)
    # --since given: it wins over the history
    code = main(["blocklist", HOST, "--resolver", server.address, "--zones", "spamhaus-zen,spamcop",
                 "--timeout", "3", "--letter", "en", "--since", "2026-11-25"])
    out, err = capsys.readouterr()
    assert code == 1 and "listed since 2026-11-25" in letter_of(out) and "2026-11-20" not in out
