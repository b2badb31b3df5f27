"""Each page leads with its answer: the verdict line, the expert fields under a closed "Advanced settings", no scroll
area inside a scroll area, the step list beside the pages, and Qt's own dialogs in Japanese. Real widgets, a real DNS
server on 127.0.0.1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QHeaderView, QScrollArea

from tests.fixtures.dns_server import DnsServer
from tests.fixtures.dnsbl_data import listing
from tests.gui.test_welcome_page import ZONE, check_and_wait, prepare

TWICE = "192.0.2.77"  # listed by both lists the page asks (127.0.0.2: a spam listing in each)
ZONE2 = {**ZONE, **listing(TWICE, "zen.spamhaus.org", ["127.0.0.2"]), **listing(TWICE, "bl.spamcop.net", ["127.0.0.2"])}
from wizard.core.catalog.loader import load_catalog
from wizard.core.inputs.flow import Step
from wizard.gui.language import current_lang, set_language
from wizard.gui.wizard import RelayWizard


@pytest.fixture(scope="module")
def server():
    with DnsServer(ZONE2) as s:
        yield s


@pytest.fixture
def lang_reset():
    yield
    if current_lang() != "en":
        set_language("en")


@pytest.fixture
def wiz(qtbot, lang_reset):
    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    w.resize(920, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_welcome_verdict_counts_the_lists_and_says_what_to_do(qtbot, wiz, server):
    page = wiz.currentPage()
    assert not page.verdict().isVisible()  # nothing checked yet: no verdict
    prepare(page, server)
    page.host_edit.setText(TWICE)
    check_and_wait(qtbot, page)
    box = page.verdict()
    assert box.isVisible()
    assert box.answer.text() == "The rental server's address is on 2 blocklists."
    assert "Next" in box.next_action.text()
    # the verdict is above the results: the first widget of the page
    assert page.layout().itemAt(0).widget() is box
    set_language("ja")
    assert box.answer.text() == "レンタルサーバーのアドレスが 2 つのブラックリストに載っています。"
    assert box.answer.font().bold()


def test_welcome_verdict_one_list(qtbot, wiz, server):
    page = wiz.currentPage()
    prepare(page, server)
    page.host_edit.setText("203.0.113.45")  # a spam listing on zen; spamcop's answer there is not a listing
    check_and_wait(qtbot, page)
    assert page.verdict().answer.text() == "The rental server's address is on a blocklist."


def test_welcome_clean_address_verdict(qtbot, wiz, server):
    page = wiz.currentPage()
    prepare(page, server)
    page.host_edit.setText("192.0.2.200")  # not in the zone: every list says "not listed"
    check_and_wait(qtbot, page)
    assert page.verdict().answer.text() == "The rental server's address is not on any spam blocklist."


def test_welcome_offline_verdict_says_check_the_connection(qtbot, wiz):
    page = wiz.currentPage()
    with DnsServer({}) as silent:
        pass  # a server that was stopped: nothing answers on its port any more (offline)
    prepare(page, silent, timeout=0.3)
    page.host_edit.setText("203.0.113.45")
    check_and_wait(qtbot, page)
    box = page.verdict()
    assert box.answer.text() == "The blocklists could not be asked."
    assert "Internet connection" in box.next_action.text()


def test_dns_server_is_an_expert_field_under_advanced_settings(qtbot, wiz, server):
    page = wiz.currentPage()
    section = page.advanced
    assert section.toggle.text() == "Advanced settings"
    assert not section.is_open and not page.resolver_edit.isVisible()
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    assert section.is_open and page.resolver_edit.isVisible()
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    assert not page.resolver_edit.isVisible()
    # a bad DNS server opens the section, so the user sees the field the message is about
    page.resolver_edit.setText("not a server!")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert section.is_open and page.resolver_edit.isVisible()
    assert page.input_status.text().startswith("⚠")
    set_language("ja")
    assert section.toggle.text() == "詳細設定"


def test_domain_page_has_no_scroll_area_inside_a_scroll_area(qtbot, wiz):
    page = wiz.page(int(Step.DOMAIN_CHECK))
    (scroll,) = page.findChildren(QScrollArea)  # one: the results scroll as a whole on a small screen
    views = [v for v in page.findChildren(QAbstractItemView)
             if scroll.widget().isAncestorOf(v) and not isinstance(v, QHeaderView)]  # (a header is part of its view)
    assert {v.objectName() for v in views} >= {"findings", "tree"} and len(views) >= 3  # + the name-server list
    for v in views:  # inside it, no list, tree or table scrolls by itself: each shows all its rows
        assert v.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff, v.objectName()
        assert v.sizeAdjustPolicy() == QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents, v.objectName()
    assert page.advanced.body.isAncestorOf(page.resolver_edit) and not page.advanced.is_open
    assert page.details.body.isAncestorOf(page.findings) and not page.details.is_open
    assert page.details.body.isAncestorOf(page.lookups)  # the DNS lookup count is a detail


def test_a_list_inside_the_page_grows_with_its_rows(qtbot, wiz):
    page = wiz.page(int(Step.DOMAIN_CHECK))
    wiz.show()
    page.details.set_open()
    page.findings.clear()
    page.findings.addItem("one")
    h1 = page.findings.sizeHint().height()
    for i in range(12):
        page.findings.addItem(f"row {i}")
    assert page.findings.sizeHint().height() > h1 + 10 * page.findings.sizeHintForRow(0) * 0.9


def step_marks(w):
    """(title, state, bold, the icon's key) per row of the step list."""
    lst = w.step_list
    return [(lst.item(i).text(), lst.item(i).data(w.STEP_STATE_ROLE), lst.item(i).font().bold(),
             lst.item(i).icon().cacheKey()) for i in range(lst.count())]


def test_step_list_shows_where_the_user_is(qtbot, wiz):
    marks = step_marks(wiz)
    assert len(marks) == len(Step)
    assert marks[0][:3] == ("Welcome", "current", True)
    arrow = marks[0][3]
    assert all(m[1:3] == ("todo", False) for m in marks[1:])
    assert [m[0] for m in marks] == [wiz.page(int(s)).title() for s in Step]  # the page titles, in flow order
    wiz.next()
    marks = step_marks(wiz)
    assert marks[0][:3] == ("Welcome", "done", False) and marks[0][3] != arrow  # a tick, not the arrow
    assert marks[1][:3] == (wiz.currentPage().title(), "current", True)
    assert wiz.step_list.item(1).data(Qt.ItemDataRole.AccessibleTextRole).endswith("(current step)")
    set_language("ja")
    marks = step_marks(wiz)
    assert marks[0][0] == "ようこそ" and marks[1][:2] == ("プロバイダーとメールアドレス", "current")
    wiz.back()
    assert step_marks(wiz)[0][:2] == ("ようこそ", "current")


def test_qt_dialogs_speak_japanese(lang_reset):
    """Qt's own texts (the folder dialog, the wizard's buttons) come from the binding's qtbase_ja.qm."""
    set_language("ja")
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "ファイルの種類:"
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QWizard", "&Next >") != "&Next >"
    set_language("en")
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Files of type:"


def test_japanese_lists_use_the_ideographic_comma(wiz):
    page = wiz.currentPage()
    assert page.listing(["a", "b"]) == "a, b"
    set_language("ja")
    assert page.listing(["192.0.2.1", "192.0.2.2"]) == "192.0.2.1、192.0.2.2"


def test_provider_list_speaks_one_language_at_a_time(qtbot, wiz):
    wiz.next()
    page = wiz.currentPage()
    assert wiz.currentId() == Step.PROVIDER
    catalog = wiz.state.catalog
    texts = {page.list.item(i).data(Qt.ItemDataRole.UserRole): page.list.item(i).text() for i in range(page.list.count())}
    both = [p for p in catalog if p.name.ja and p.name.en and p.name.ja != p.name.en]
    assert both  # the catalogue has providers with a Japanese and an English name
    for p in both:
        assert p.name.en in texts[p.id] and p.name.ja not in texts[p.id].replace(p.name.en, "")
    set_language("ja")
    texts = {page.list.item(i).data(Qt.ItemDataRole.UserRole): page.list.item(i).text() for i in range(page.list.count())}
    for p in both:
        assert p.name.ja in texts[p.id] and p.name.en not in texts[p.id].replace(p.name.ja, "")


def test_provider_page_says_the_line_provider_is_selected(qtbot, wiz, server):
    welcome = wiz.currentPage()
    prepare(welcome, server)
    check_and_wait(qtbot, welcome)  # the fixture's line: an OCN address
    assert wiz.state.line is not None and wiz.state.line.provider is not None
    name = wiz.state.line.provider.display_name("en")
    assert name in welcome.verdict().answer.text()  # no blocklist asked: the verdict is the line's provider
    wiz.next()
    page = wiz.currentPage()
    assert page.verdict().answer.text() == f"The provider of this line is {name}: it is selected below."
    page.list.setCurrentRow(page.list.currentRow() + 1)  # another provider chosen: no such claim any more
    assert not page.verdict().isVisible()


def test_the_step_state_role_is_the_first_user_role_after_userrole():
    assert RelayWizard.STEP_STATE_ROLE == Qt.ItemDataRole.UserRole + 1
