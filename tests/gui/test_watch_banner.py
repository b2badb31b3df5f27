"""The watch banner on the first page and the done page's choice, with real widgets, a real DNS server on 127.0.0.1
whose answers change between starts, and a real Thunderbird profile switched to the relay and back."""

from __future__ import annotations

import datetime as dt
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.core.watch.test_history import BOTH, CLEAN, HOST, RENTAL, ZEN_ONLY, ZONES
from tests.fixtures.dns_server import DnsServer
from wizard.core import export
from wizard.core.catalog.loader import load_catalog
from wizard.core.dns.blocklist import check_target
from wizard.core.inputs.address import parse_address
from wizard.core.inputs.flow import Step
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.store import default_path, open_store
from wizard.core.thunderbird import edit
from wizard.core.watch import history
from wizard.gui.language import set_language
from wizard.gui.wizard import RelayWizard

SAMPLE = Path(__file__).parents[1] / "export" / "samples" / "prefs_several_accounts.js"
OCN = RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, "taro@abc.ocn.ne.jp")
ME = parse_address("info@例え.jp")


@pytest.fixture
def server():
    with DnsServer(BOTH) as s:
        yield s


def seen_listed(server, target=HOST, tb_profile=""):
    """An earlier start: the server watched, checked while on both lists, and that shown."""
    with open_store() as store:
        history.add(store, target, tb_profile=tb_profile)
        run = history.check_all(store, resolver=server.resolver(1.5), zones=ZONES, timeout=1.5,
                                now=dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
        history.mark_seen(store, target, run.checks[0].checked_at)


def start(qtbot, server, lang="en"):
    w = RelayWizard(lang=lang, catalog=load_catalog(), resolver=server.address)
    qtbot.addWidget(w)
    page = w.page(int(Step.WELCOME))
    page.zones, page.timeout = ZONES, 1.5
    assert "watch" not in page.jobs.started  # nothing runs before the window has painted
    w.show()
    qtbot.waitExposed(w)
    return w, page


def test_the_banner_says_what_changed_since_last_time(qtbot, server):
    seen_listed(server)
    server.load(ZEN_ONLY)
    w, page = start(qtbot, server)
    banner = page.watch_banner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=8000)
    assert "watch" in page.jobs.started and page.jobs.started.index("warm-up") < page.jobs.started.index("watch")
    today = dt.datetime.now().astimezone()
    assert banner.text.text() == (f"SpamCop removed the listing on {today.month}/{today.day}. "
                                  "Still listed on Spamhaus ZEN.")
    assert not banner.back_button.isVisible()  # not every list has cleared it

    # the next start: nothing changed since this banner was shown
    w.close()
    w2, page2 = start(qtbot, server)
    qtbot.waitUntil(lambda: page2.watch_banner.isVisible(), timeout=8000)
    assert page2.watch_banner.text.text() == "Still listed on Spamhaus ZEN."


def test_the_banner_in_japanese(qtbot, server):
    seen_listed(server)
    server.load(ZEN_ONLY)
    w, page = start(qtbot, server)
    qtbot.waitUntil(lambda: page.watch_banner.isVisible(), timeout=8000)
    today = dt.datetime.now().astimezone()
    try:
        set_language("ja")
        assert page.watch_banner.text.text() == (f"SpamCop は{today.month}月{today.day}日に掲載を解除しました。"
                                                 "Spamhaus ZEN にはまだ掲載されています。")
    finally:
        set_language("en")
    assert page.watch_banner.text.text().startswith("SpamCop removed the listing")


def test_nothing_watched_no_banner_and_no_file(qtbot, server):
    w, page = start(qtbot, server)
    qtbot.waitUntil(lambda: "watch" in page.jobs.started and not page.jobs.running("watch"), timeout=8000)
    assert not page.watch_banner.isVisible() and not default_path().exists()


def test_going_back_only_when_the_button_is_pressed(qtbot, server, tmp_path):
    profile = tmp_path / "tb"
    profile.mkdir()
    shutil.copy(SAMPLE, profile / "prefs.js")
    before = (profile / "prefs.js").read_bytes()
    assert edit.apply(profile, OCN, ME, link_identity=True).written
    relayed = (profile / "prefs.js").read_bytes()
    seen_listed(server, tb_profile=str(profile))
    server.load(CLEAN)
    w, page = start(qtbot, server)
    banner = page.watch_banner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=8000)
    assert banner.text.text().endswith(f"{HOST} is no longer on any blocklist that was checked.")
    assert banner.back_button.isVisible()
    assert banner.back_button.text() == "Switch Thunderbird back to sv1234.xserver.jp, port 465 (SSL/TLS)"
    assert (profile / "prefs.js").read_bytes() == relayed  # shown, not switched
    qtbot.mouseClick(banner.back_button, Qt.MouseButton.LeftButton)
    assert (profile / "prefs.js").read_bytes() == before
    assert banner.outcome.isVisible() and "sv1234.xserver.jp, port 465 (SSL/TLS) again" in banner.outcome.text()
    assert not banner.back_button.isVisible()

    # the settings files for the rental server's own SMTP, after going back too (remembered from the backup)
    out = tmp_path / "files"
    out.mkdir()
    banner.choose_folder = lambda: str(out)
    assert banner.export_button.isVisible()
    qtbot.mouseClick(banner.export_button, Qt.MouseButton.LeftButton)
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == len(export.FORMAT_IDS) and "config-v1.1.xml" in names
    autoconfig = ET.fromstring((out / "config-v1.1.xml").read_bytes())
    smtp = autoconfig.find(".//outgoingServer")
    assert [smtp.findtext(t) for t in ("hostname", "port", "socketType")] == ["sv1234.xserver.jp", "465", "SSL"]
    assert f"Saved {len(names)} settings files in {out}." == banner.outcome.text()


def test_done_page_choice_on_when_listed(qtbot, server, tmp_path):
    w = RelayWizard(lang="en", catalog=load_catalog(), resolver=server.address)
    qtbot.addWidget(w)
    done = w.page(int(Step.DONE))
    w.state.blocklists = check_target(HOST, resolver=server.resolver(1.5), zones=ZONES, timeout=1.5)
    profile = tmp_path / "tb"
    profile.mkdir()
    shutil.copy(SAMPLE, profile / "prefs.js")
    w.state.thunderbird = [edit.apply(profile, OCN, ME, link_identity=True)]
    done.initializePage()
    box = done.watch_choice.box
    assert done.watch_choice.isVisibleTo(done) and box.isChecked()
    assert box.text() == f"Watch the rental server {HOST} on the blocklists"
    with open_store() as store:
        assert [(x.target, x.tb_profile) for x in history.watched(store)] == [(HOST, str(tmp_path / "tb"))]
    box.setChecked(False)
    with open_store() as store:
        assert history.watched(store) == []


def test_done_page_choice_off_when_clean_and_hidden_without_a_check(qtbot, server):
    server.load(CLEAN)
    w = RelayWizard(lang="en", catalog=load_catalog(), resolver=server.address)
    qtbot.addWidget(w)
    done = w.page(int(Step.DONE))
    done.initializePage()
    assert not done.watch_choice.isVisibleTo(done)
    w.state.blocklists = check_target(RENTAL, resolver=server.resolver(1.5), zones=ZONES, timeout=1.5)
    done.initializePage()
    assert done.watch_choice.isVisibleTo(done) and not done.watch_choice.box.isChecked()
    assert not default_path().exists()
