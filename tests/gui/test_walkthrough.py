"""The whole wizard, clicked through by its real buttons, in Japanese and in English, against a local world.

A DNS server, the provider's SMTP servers (trustme CA, STARTTLS and implicit TLS with AUTH) and a provider profile in
the user profile folder (tests/fixtures/local_world.py). The app is pointed at them the way an IT helper would do it:
`relay-wizard gui --ca-file ... --ip-server ... --connect-timeout ...`, and the DNS server typed into the welcome
page's DNS field. Nothing is patched: every page runs its real core calls on its worker threads.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWizard,
)

from tests.fixtures.local_world import (
    ISP_ADDRESS,
    ISP_DOMAIN,
    LINE_IP,
    PASSWORD,
    RELAY,
    RENTAL_HOST,
    LocalWorld,
)
from tests.gui.helpers import type_text
from wizard.core.store import default_path, open_store
from wizard.cli import build_parser
from wizard.cli.gui import wizard_options
from wizard.core import prefs
from wizard.core.inputs.address import parse_address
from wizard.core.inputs.flow import Step
from wizard.gui.language import install_translators
from wizard.gui.wizard import RelayWizard

OWN = {"ja": "info@山田商店.jp", "en": "info@yamada-shoten.jp"}
QUEUED = "250 2.0.0 Ok: queued as 4Xk9Lm2QzTz1"


def received_copy(raw: bytes, domain: str) -> str:
    """The test message as the receiving server (mx.google.com) keeps it: its own Received and
    Authentication-Results on top of the message the relay took."""
    return (f"Authentication-Results: mx.google.com;\n"
            f"       spf=pass smtp.mailfrom=info@{domain};\n"
            f"       dmarc=pass (p=QUARANTINE) header.from={domain}\n"
            f"Received: from {RELAY} ({RELAY} [192.0.2.25])\n"
            f"        by mx.google.com with ESMTPS; Tue, 03 Nov 2026 10:00:02 +0900\n") + raw.decode("ascii")
NAME = {"ja": "山田 太郎", "en": "Taro Yamada"}


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture
def language(request):
    """Install the translators for the language under test (Qt's own for the standard buttons, and ours)."""
    app = QApplication.instance()
    installed = install_translators(app, request.param)
    yield request.param
    for t in installed:
        app.removeTranslator(t)


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName() or widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def button(w: QWizard, which: QWizard.WizardButton):
    return w.button(which)


def next_(qtbot, w) -> None:
    click(qtbot, button(w, QWizard.WizardButton.NextButton))


def back(qtbot, w) -> None:
    click(qtbot, button(w, QWizard.WizardButton.BackButton))


ENGLISH_RUN = re.compile(r"\b[A-Za-z]{3,}(?: [a-z]{2,}){2,}")


def assert_translated(page, lang: str) -> None:
    """In Japanese no visible text of the page's own is an English sentence (server replies and transcripts are
    the servers' words and are not checked)."""
    if lang != "ja":
        return
    texts = [page.title(), page.subTitle()] if hasattr(page, "subTitle") else [page.windowTitle()]
    for cls in (QLabel, QAbstractButton, QGroupBox):
        for widget in page.findChildren(cls):
            if not widget.isVisible() or widget.objectName() in ("reply", "tb_plan", "send_reply"):
                continue
            texts.append(widget.title() if isinstance(widget, QGroupBox) else widget.text())
    bad = [t for t in texts if ENGLISH_RUN.search(re.sub(r"<[^>]+>", " ", t))]
    assert not bad, f"untranslated text on {type(page).__name__}: {bad}"


def choose_folder_when_asked(qtbot, folder: Path) -> list[str]:
    """Answer the folder dialog the Save button opens (Qt's own dialog): go to the folder, as a user does by typing
    its path (the dialog enters a typed directory on its own, asynchronously; navigating directly is the same step
    without the race), and click its Choose button."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        seen.append(dialog.windowTitle())
        dialog.setDirectory(str(folder))
        dialog.findChild(QLineEdit, "fileNameEdit").clear()  # nothing typed: the dialog takes the folder it shows
        choose = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Open)
        qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, answer)
    return seen


# Qt's own file dialog asks the offscreen platform for things it cannot do (raise, grab the keyboard)
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)")
@pytest.mark.parametrize("language", ["ja", "en"], indirect=True)
def test_walk_through_every_page(qtbot, smtp_ca, user_isp_dir, isolated_home, tmp_path, language):
    lang = language
    with LocalWorld(smtp_ca, user_isp_dir, accept_data=QUEUED) as world:
        args = build_parser().parse_args(["--lang", lang, *world.gui_args()])
        home_before = files_under(isolated_home)
        w = RelayWizard(lang=lang, **wizard_options(args))  # the catalogue loads as in the app: with the user folder
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)

        # -- welcome: the diagnosis --------------------------------------------------------------------------------
        page = w.currentPage()
        assert w.currentId() == Step.WELCOME
        type_text(qtbot, page.host_edit, RENTAL_HOST)
        type_text(qtbot, page.resolver_edit, world.dns.address)
        click(qtbot, page.check_button)
        assert page.stop_button.isEnabled()
        qtbot.waitUntil(lambda: not page.running, timeout=20_000)
        assert LINE_IP in page.line_label.text() and ISP_DOMAIN in page.line_label.text()
        assert ("サンプル光" if lang == "ja" else "Sample Hikari") in page.line_label.text()
        assert page.summary_label.text().startswith("✖")
        listed = {page.table.item(r, 1).text() for r in range(page.table.rowCount())
                  if page.table.item(r, 2).data(Qt.ItemDataRole.UserRole) == "listed"}
        assert listed == {"Spamhaus ZEN", "SpamCop"}
        assert_translated(page, lang)
        next_(qtbot, w)

        # -- provider and address: preselected from the line -------------------------------------------------------
        page = w.currentPage()
        assert w.currentId() == Step.PROVIDER
        assert w.state.isp is not None and w.state.isp.id == "hikari"
        assert not button(w, QWizard.WizardButton.NextButton).isEnabled()  # no address yet
        type_text(qtbot, page.address_edit, "info@")
        assert page.address_status.text().startswith("⚠")
        type_text(qtbot, page.address_edit, OWN[lang][5:])
        assert page.address_status.text().startswith("✔")
        assert_translated(page, lang)
        next_(qtbot, w)

        # -- credentials -------------------------------------------------------------------------------------------
        page = w.currentPage()
        assert w.currentId() == Step.CREDENTIALS
        type_text(qtbot, page.isp_address_edit, ISP_ADDRESS)
        assert page.login_edit.text() == ISP_ADDRESS  # suggested from the profile's template
        type_text(qtbot, page.password_edit, PASSWORD)
        qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
        assert not page.save_check.isEnabled()  # no keyring in this test: the page says the password stays in memory
        assert_translated(page, lang)
        # Back and forth keeps everything typed
        back(qtbot, w)
        assert w.currentId() == Step.PROVIDER and w.currentPage().address_edit.text() == OWN[lang]
        next_(qtbot, w)
        assert (page.isp_address_edit.text(), page.password_edit.text()) == (ISP_ADDRESS, PASSWORD)
        qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
        next_(qtbot, w)

        # -- relay test: one candidate works, one refuses the sender, one port is blocked --------------------------
        page = w.currentPage()
        assert w.currentId() == Step.RELAY_TEST
        qtbot.waitUntil(lambda: page.plan is not None and not page.running, timeout=30_000)
        rows = page.rows
        assert [rows[i].outcome.verdict for i in range(3)] == ["ok", "sender_rejected", "port_blocked"]
        assert rows[0].status.text().startswith("✔") and rows[1].status.text().startswith("✘")
        assert rows[0].radio.isChecked() and not rows[1].radio.isEnabled()
        assert "Sender address rejected" in rows[1].reply.text()
        click(qtbot, rows[1].toggle)
        assert "RCPT TO" in rows[1].transcript.toPlainText() and PASSWORD not in rows[1].transcript.toPlainText()
        assert world.tls.auth_results and world.tls.auth_results[-1][1:] == (ISP_ADDRESS, True)
        assert_translated(page, lang)
        next_(qtbot, w)

        # -- domain check: SPF findings and the proposal -----------------------------------------------------------
        page = w.currentPage()
        assert w.currentId() == Step.DOMAIN_CHECK
        assert page.resolver_edit.text() == world.dns.address  # typed on the welcome page
        qtbot.waitUntil(lambda: page.result is not None and not page.job.running, timeout=20_000)
        assert page.evaluation.text().startswith("⚠")  # fails today, passes with the proposed record
        proposed = page.proposed.toPlainText()
        assert f"include:spf.{ISP_DOMAIN}" in proposed and "include:_spf.rental-sv.jp" in proposed
        codes = {page.findings.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.findings.count())}
        assert {"dmarc.needs_spf_change", "relay.no_dkim", "relay.envelope"} <= codes, codes
        click(qtbot, page.copy_button)
        assert QGuiApplication.clipboard().text() == proposed
        assert_translated(page, lang)
        # the user publishes the record; the first name server has it, the second not yet: "Check"
        world.publish(proposed, servers=(0,))
        page.propagation_port = world.auth_port
        box = page.propagation
        click(qtbot, box.button)
        qtbot.waitUntil(lambda: box.result is not None and box.button.isEnabled(), timeout=20_000)
        served = {box.servers.topLevelItem(i).text(0): box.servers.topLevelItem(i).text(2)
                  for i in range(box.servers.topLevelItemCount())}
        assert served["ns1.rental-sv.jp"].startswith("✔") and served["ns2.rental-sv.jp"].startswith("✖"), served
        assert "ns2.rental-sv.jp (127.0.0.3)" in box.summary.text()
        assert_translated(page, lang)
        world.publish(proposed, servers=(0, 1))  # a few minutes later
        click(qtbot, box.button)
        qtbot.waitUntil(lambda: box.result.complete and box.button.isEnabled(), timeout=20_000)
        assert box.summary.text().startswith("✔")
        assert re.search(r"\d\d:\d\d", box.summary.text())
        assert_translated(page, lang)

        # Nothing was written to disk before the export page (the keyring is not a file, and here it is not even
        # there); back and forward once more on the way
        back(qtbot, w)
        assert w.currentId() == Step.RELAY_TEST and rows[0].radio.isChecked()  # results kept, no new test
        next_(qtbot, w)
        qtbot.waitUntil(lambda: page.result is not None and not page.job.running, timeout=20_000)
        # the one exception: the finished relay test is remembered (docs/CATALOG.md, "Live evidence"), without the
        # password or any address
        store = default_path()
        assert files_under(isolated_home) - {store} == home_before, "a file was written before the export page"
        assert store.is_file() and PASSWORD.encode() not in store.read_bytes()
        with open_store(store, create=False) as remembered:
            assert remembered.evidence() and not any("@" in str(v) for r in remembered.evidence()
                                                     for v in r.as_dict().values())
        next_(qtbot, w)
        assert w.currentId() == Step.EXPORT
        # reaching the export page remembers the choices for the next start (never the password)
        settings = prefs.prefs_path()
        assert files_under(isolated_home) - home_before == {settings, store}
        assert "hikari" in settings.read_text(encoding="utf-8") and PASSWORD not in settings.read_text(encoding="utf-8")

        # -- export: the Thunderbird autoconfig and the Outlook PRF ------------------------------------------------
        page = w.currentPage()
        type_text(qtbot, page.name_edit, NAME[lang])
        type_text(qtbot, page.in_host, "mail.yamada-shoten.jp")
        wanted = {"thunderbird-autoconfig", "outlook-prf"}
        for i in range(page.formats.count()):
            item = page.formats.item(i)
            if (item.checkState() == Qt.CheckState.Checked) != (item.data(Qt.ItemDataRole.UserRole) in wanted):
                rect = page.formats.visualItemRect(item)
                qtbot.mouseClick(page.formats.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
                qtbot.keyClick(page.formats, Qt.Key.Key_Space)
        assert set(page.checked_formats()) == wanted
        assert RELAY in page.preview.toPlainText()
        out = tmp_path / "out"
        out.mkdir()
        asked = choose_folder_when_asked(qtbot, out)
        click(qtbot, page.save_button)
        qtbot.waitUntil(lambda: len(w.state.exported) == 2, timeout=10_000)
        assert asked, "the folder dialog was not shown"
        assert_translated(page, lang)
        next_(qtbot, w)

        # -- done ----------------------------------------------------------------------------------------------------
        page = w.currentPage()
        assert w.currentId() == Step.DONE
        html = page.body.text()
        for _fid, path in w.state.exported:
            assert str(path) in html
        assert f"include:spf.{ISP_DOMAIN}" in html and PASSWORD not in html
        loop = page.loop
        standing = loop.standing.text().splitlines()
        assert [line[0] for line in standing] == ["✔", "✔", "…", "…"], standing
        # one test message per press, to the own address; the relay test before sent none
        assert world.tls.messages == [] and not world.tls.saw("DATA")
        assert loop.to_edit.text() == OWN[lang]
        click(qtbot, loop.send_button)
        qtbot.waitUntil(lambda: w.state.send_test is not None and loop.send_button.isEnabled(), timeout=20_000)
        own_ascii = parse_address(OWN[lang])
        assert len(world.tls.messages) == 1 and world.tls.envelopes == [(own_ascii.ascii, [own_ascii.ascii])]
        assert loop.send_status.text().startswith("✔") and "4Xk9Lm2QzTz1" in loop.reply.text()
        click(qtbot, loop.toggle)
        assert "DATA" in loop.transcript.toPlainText() and PASSWORD not in loop.transcript.toPlainText()
        # the message arrived: its source pasted into "Check a received message"
        click(qtbot, loop.headers_button)
        dialog = loop.dialog
        qtbot.waitExposed(dialog)
        dialog.source.setPlainText(received_copy(world.tls.messages[0], own_ascii.domain.ascii))
        click(qtbot, dialog.check_button)
        assert dialog.status.text().startswith("✔")
        assert dialog.method_labels["spf"].text().startswith("✔ SPF")
        assert RELAY in dialog.relay.text()
        assert_translated(dialog, lang)
        dialog.close()
        assert [line[0] for line in loop.standing.text().splitlines()] == ["✔", "✔", "✔", "✔"]
        assert_translated(page, lang)
        click(qtbot, button(w, QWizard.WizardButton.FinishButton))
        assert not w.isVisible()

    # -- the files --------------------------------------------------------------------------------------------------
    files = {fid: path for fid, path in w.state.exported}
    assert {p.parent for p in files.values()} == {out}
    own = parse_address(OWN[lang])
    xml = ET.parse(files["thunderbird-autoconfig"]).getroot()
    smtp = xml.find(".//outgoingServer")
    assert smtp.get("type") == "smtp"
    assert (smtp.findtext("hostname"), smtp.findtext("port"), smtp.findtext("socketType")) == (
        RELAY, str(world.tls.port), "SSL")
    assert smtp.findtext("username") == ISP_ADDRESS
    assert own.domain.ascii in {d.text for d in xml.iter("domain")}
    assert own.domain.unicode in xml.find(".//displayName").text
    prf = files["outlook-prf"].read_bytes()
    # Japanese text: UTF-16 LE with BOM (Outlook reads anything else in the ANSI code page); plain ASCII otherwise
    assert prf.startswith(b"\xff\xfe") == (lang == "ja")
    text = prf.decode("utf-16") if lang == "ja" else prf.decode("ascii")
    assert f"SMTPServer={RELAY}" in text and f"SMTPPort={world.tls.port}" in text
    assert f"SMTPUserName={ISP_ADDRESS}" in text and "SMTPSecureConnection=1" in text
    assert f"EmailAddress={own.ascii}" in text and "IMAPServer=mail.yamada-shoten.jp" in text
    assert f"DisplayName={NAME[lang]}" in text
    for path in files.values():
        assert PASSWORD.encode() not in path.read_bytes() and PASSWORD.encode("utf-16-le") not in path.read_bytes()


def test_an_address_at_the_providers_domain_skips_the_domain_check(qtbot, smtp_ca, user_isp_dir):
    with LocalWorld(smtp_ca, user_isp_dir) as world:
        args = build_parser().parse_args([*world.gui_args(), "--resolver", world.dns.address])
        w = RelayWizard(lang="en", **wizard_options(args))
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        assert w.currentPage().resolver_edit.text() == world.dns.address  # --resolver shows in the DNS field
        next_(qtbot, w)
        page = w.currentPage()
        type_text(qtbot, page.address_edit, ISP_ADDRESS)
        assert w.state.isp.id == "hikari"  # found from the address's domain
        next_(qtbot, w)
        page = w.currentPage()
        assert page.isp_address_edit.text() == ISP_ADDRESS  # the own address is the provider address
        type_text(qtbot, page.password_edit, PASSWORD)
        qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
        next_(qtbot, w)
        page = w.currentPage()
        qtbot.waitUntil(lambda: page.plan is not None and not page.running, timeout=30_000)
        next_(qtbot, w)
        assert w.currentId() == Step.EXPORT
        back(qtbot, w)
        assert w.currentId() == Step.RELAY_TEST


def test_gui_options_are_checked_like_every_other_option(capsys, tmp_path):
    parser = build_parser()
    for argv, word in ((["gui", "--resolver", "not-an-ip"], "--resolver"),
                       (["gui", "--ca-file", str(tmp_path / "missing.pem")], "--ca-file"),
                       (["gui", "--connect-timeout", "0"], "--connect-timeout")):
        with pytest.raises(SystemExit) as exc:
            parser.parse_args(argv)
        assert exc.value.code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and word in err
    args = parser.parse_args(["gui"])
    assert wizard_options(args) == {"resolver": "", "ca_file": "", "ip_server": "", "connect_timeout": 0.0}
