"""Switching the language of the open wizard: every text follows, what the user typed and every result stays.

Three oracles, all independent of the page code:
* round trip: English -> Japanese -> English gives back exactly the texts shown before (and the other way round);
* nothing left behind: after switching to Japanese, no text on screen still holds an English message of the
  catalogue (resources/i18n/relay_wizard_ja.ts), and after switching to English no Japanese one;
* switched equals fresh: a page switched to a language shows what the same page built in that language shows.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from tests.fixtures.dns_server import DnsServer
from tests.fixtures.domain_zone import OCN_ADDRESS, ZONE
from tests.fixtures.local_isp import local_isp
from tests.gui.helpers import display_texts, type_text
from wizard.core.inputs.address import parse_address
from wizard.core.catalog.loader import load_catalog
from wizard.core.inputs.flow import Step
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.smtp.result import Timeouts
from wizard.core.secrets import Secret
from wizard.gui.language import current_lang, set_language
from wizard.gui.wizard import RelayWizard
from wizard.i18n import _ts_table, ts_path

# placeholders ({name}, %1) and the shortcut marker split a message into the pieces that appear on screen
_PIECES = re.compile(r"\{\w+(?:[:!][^{}]*)?\}|%\d|&(?=\w)")


@pytest.fixture
def lang_reset():
    yield
    set_language("en")
    assert QApplication.instance() is not None


def shown_texts(w) -> list[str]:
    """Every display text of the window, in a fixed order."""
    B = QWizard.WizardButton
    return display_texts(w) + [w.button(b).text() for b in (B.BackButton, B.NextButton, B.CancelButton, B.FinishButton)]


@lru_cache(maxsize=2)
def telltales(lang: str) -> tuple[str, ...]:
    """Pieces of the catalogue's messages in ``lang`` that the other language never shows: an English piece of at
    least three words, a Japanese piece of at least four characters, each absent from every text of the other
    language (so that a proper noun both share is no telltale)."""
    table = _ts_table(ts_path("ja"))
    texts = {"en": set(src for _, src in table), "ja": set(table.values())}
    other = "\n".join(texts["ja" if lang == "en" else "en"])
    pieces = set()
    for text in texts[lang]:
        for piece in _PIECES.split(text):
            piece = piece.strip(" \n.,:;()…「」、。")
            long_enough = len(piece.split()) >= 3 if lang == "en" else len(piece) >= 4
            if long_enough and piece not in other:
                pieces.add(piece)
    return tuple(sorted(pieces))


def leftovers(texts: list[str], lang: str) -> list[str]:
    """Texts that still hold a message of the catalogue in the other language."""
    other = "en" if lang == "ja" else "ja"
    found = []
    for t in texts:
        plain = t.replace("&", "").replace("\u2060", "").replace("\u00a0", " ")
        found += [f"{piece!r} in {t!r}" for piece in telltales(other) if piece.replace("&", "") in plain]
    return found


def make(qtbot, lang="en"):
    set_language(lang)
    w = RelayWizard(lang=lang, catalog=load_catalog())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def round_trip(qtbot, w, first="ja"):
    start = w.lang
    before = shown_texts(w)
    w.switch_language(first)
    assert w.lang == first and current_lang() == first
    middle = shown_texts(w)
    assert middle != before
    assert leftovers(middle, first) == []
    w.switch_language(start)
    after = shown_texts(w)
    assert leftovers(after, start) == []
    if len(after) != len(before):
        print("\n".join(difflib.unified_diff(before, after, lineterm="")))
    assert len(after) == len(before)
    diff = [(b, m, a) for b, m, a in zip(before, middle, after, strict=True) if a != b]
    for b, m, a in diff:
        print("BEFORE", b, "\nMIDDLE", m, "\nAFTER ", a, sep="\n")
    assert diff == []
    return middle


def test_switch_on_the_welcome_page_keeps_typed_text(qtbot, lang_reset):
    w = make(qtbot)
    page = w.currentPage()
    type_text(qtbot, page.host_edit, "sv123.rental.example.jp")
    page.bounce_edit.setPlainText("550 5.7.1 blocked")
    assert w.language_button.text() == "English"
    middle = round_trip(qtbot, w)
    assert "ようこそ" in middle and "次へ(&N) >" in middle  # Qt's own buttons too
    assert page.host_edit.text() == "sv123.rental.example.jp"
    assert page.bounce_edit.toPlainText() == "550 5.7.1 blocked"


def test_switch_by_the_menu_and_it_is_remembered(qtbot, lang_reset):
    from wizard.core import prefs

    w = make(qtbot)
    w.language_actions["ja"].trigger()
    assert w.lang == "ja" and w.currentPage().title() == "ようこそ"
    assert w.language_button.text() == "日本語" and w.language_actions["ja"].isChecked()
    assert prefs.load().lang == "ja"


def test_japanese_start_switches_to_english_and_back(qtbot, lang_reset):
    w = make(qtbot, "ja")
    assert w.currentPage().title() == "ようこそ"
    round_trip(qtbot, w, first="en")


def test_every_page_switched_equals_the_page_built_in_that_language(qtbot, lang_reset):
    switched = make(qtbot, "en")
    switched.switch_language("ja")
    fresh = make(qtbot, "ja")
    assert shown_texts(switched) == shown_texts(fresh)


@pytest.fixture
def dns():
    with DnsServer({("abc.test-isp.example", "A"): ["127.0.0.1"], **ZONE}) as server:
        yield server


def relay_tested(qtbot, smtp_ca, dns, lang="en"):
    """A wizard on the relay-test page whose test against the local provider (tests/fixtures/local_isp.py) is done."""
    w = make(qtbot, lang)
    st = w.state
    st.resolver = dns.address
    st.isp = st.catalog.get("local")
    st.address = parse_address("info@example.jp")
    st.isp_address = "taro@test-isp.example"
    st.set_password(Secret("pw"))
    st.ca_file = smtp_ca.pem
    page = w.page(int(Step.RELAY_TEST))
    page.timeouts = Timeouts(connect=0.5, read=2.0)
    w.setStartId(int(Step.RELAY_TEST))
    w.restart()
    qtbot.waitUntil(lambda: page.plan is not None and not page.running, timeout=15000)
    return w, page


def domain_checked(qtbot, dns, lang="en"):
    """A wizard on the domain-check page whose check (tests/fixtures/domain_zone.py) is done."""
    w = make(qtbot, lang)
    st = w.state
    st.address = parse_address("info@example.co.jp")
    st.isp = st.catalog.get("ocn")
    st.isp_address = OCN_ADDRESS
    st.chosen = RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.PLAIN, OCN_ADDRESS)
    st.resolver = dns.address
    page = w.page(int(Step.DOMAIN_CHECK))
    w.setStartId(int(Step.DOMAIN_CHECK))
    w.restart()
    qtbot.waitUntil(lambda: page.job is not None and not page.job.running and page.check_button.isEnabled(),
                    timeout=15000)
    return w, page


def test_switch_with_relay_results_on_screen(qtbot, smtp_ca, user_isp_dir, dns, lang_reset):
    with local_isp(smtp_ca, user_isp_dir):
        w, page = relay_tested(qtbot, smtp_ca, dns)
        qtbot.mouseClick(page.rows[0].toggle, Qt.MouseButton.LeftButton)
        transcript = page.rows[0].transcript.toPlainText()
        middle = round_trip(qtbot, w)
        assert any(t.startswith("✔ ") and "使用できます" in t for t in middle)
        assert page.rows[0].transcript.toPlainText() == transcript  # protocol text is never touched
        assert page.rows[0].radio.isChecked()


def test_switch_with_domain_findings_on_screen(qtbot, dns, lang_reset):
    w, _ = domain_checked(qtbot, dns)
    round_trip(qtbot, w)


def test_switch_on_the_done_page(qtbot, lang_reset):
    w = make(qtbot)
    st = w.state
    st.address = parse_address("info@example.co.jp")
    st.isp = st.catalog.get("ocn")
    st.chosen = RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.PLAIN, OCN_ADDRESS)
    st.spf_record = "v=spf1 include:abc.ocn.ne.jp ~all"
    w.setStartId(int(Step.DONE))
    w.restart()
    round_trip(qtbot, w)


def test_switch_with_blocklist_results_and_a_bounce_on_screen(qtbot, lang_reset):
    from tests.core.diagnosis.test_bounce import DATA
    from tests.gui.test_welcome_page import ZONE as WELCOME_ZONE
    from tests.gui.test_welcome_page import check_and_wait, prepare

    with DnsServer(WELCOME_ZONE) as server:
        w = make(qtbot)
        page = w.currentPage()
        prepare(page, server)
        page.bounce_edit.setPlainText((DATA / "postfix-spamhaus.eml").read_bytes().decode("utf-8"))
        check_and_wait(qtbot, page)
        assert page.table.rowCount() > 0
        middle = round_trip(qtbot, w)
        assert any("ブラックリスト" in t for t in middle)


@pytest.mark.parametrize("step", [Step.PROVIDER, Step.CREDENTIALS])
def test_entered_page_switched_equals_the_page_built_in_that_language(qtbot, lang_reset, step):
    """Texts that come from the provider profile in the page's language (hints, names) follow the switch too."""

    def open_at(lang):
        w = make(qtbot, lang)
        st = w.state
        st.address = parse_address("info@example.jp")
        st.isp = st.catalog.get("ocn")
        w.setStartId(int(step))
        w.restart()
        if step is Step.PROVIDER:
            w.currentPage().select_provider("ocn")
        else:
            qtbot.waitUntil(lambda: not w.currentPage().busy(), timeout=15000)
        return w

    switched = open_at("en")
    switched.switch_language("ja")
    fresh = open_at("ja")
    assert shown_texts(switched) == shown_texts(fresh)


def test_domain_findings_switched_equal_the_page_built_in_japanese(qtbot, dns, lang_reset):
    switched, _ = domain_checked(qtbot, dns, "en")
    switched.switch_language("ja")
    fresh, _ = domain_checked(qtbot, dns, "ja")
    a, b = shown_texts(switched), shown_texts(fresh)
    assert [(x, y) for x, y in zip(a, b, strict=True) if x != y] == []


def test_relay_results_switched_equal_the_page_built_in_japanese(qtbot, smtp_ca, user_isp_dir, dns, lang_reset):
    with local_isp(smtp_ca, user_isp_dir):
        switched, _ = relay_tested(qtbot, smtp_ca, dns, "en")
        switched.switch_language("ja")
        fresh, _ = relay_tested(qtbot, smtp_ca, dns, "ja")
        a, b = shown_texts(switched), shown_texts(fresh)
    assert [(x, y) for x, y in zip(a, b, strict=True) if x != y] == []
