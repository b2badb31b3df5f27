"""The done page's closing steps (docs/LOOP.md): where the user stands, one test message, the received headers.

:class:`LoopPanel` is a widget of the done page, kept apart from the page's summary of files:

- "Where you stand": relay tested, SPF published and arrived, test message sent, received headers verified, one
  line each with ✔ (done), ✖ (done, not passed) or … (not yet), from the wizard state's fields (the diagnostic
  report has the same section, wizard/core/diagnosis/report.py);
- "テストメールを送る": exactly one message per press (:func:`wizard.core.smtp.sendtest.send_test`, a page job named
  ``send_test``; a press while it runs does nothing) from the own address to the address typed (default: the own
  address) through the chosen setting, with the password in memory (typed, or read from the keyring on the
  credentials page) bound to the hosts it was entered for, as for the relay test. The server's final reply and
  queue id are shown; the redacted transcript on demand;
- "受信したメールを確認": the headers dialog (wizard/gui/headers_dialog.py).
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.dns.resolver import make_resolver
from wizard.core.inputs.address import AddressError, parse_address
from wizard.core.inputs.flow import needs_domain_check
from wizard.core.model import Security
from wizard.core.smtp.result import ProbeRequest, StepStarted, Timeouts
from wizard.core.smtp.steps import step_label
from wizard.gui.pages.base import BusyBar
from wizard.gui.pages.words import setting_text

if TYPE_CHECKING:
    from wizard.gui.pages.done import DonePage

DONE, FAILED, OPEN = "✔", "✖", "…"


def send_job(req: ProbeRequest, display_name: str, *, cancel, progress):
    """The page job: one test message (the core's function, with the job's cancel token and progress events)."""
    from wizard.core.smtp.sendtest import send_test  # lazy: the SMTP session loads on the first press

    return send_test(req, display_name=display_name, cancel=cancel, on_event=progress)


class LoopPanel(QWidget):
    def __init__(self, page: DonePage):
        super().__init__()
        self.page = page
        self.setObjectName("loop")
        self._status = str  # makes the send status line (again after a language change)
        self._snapshot = None  # what "Where you stand" shows (refresh() takes it from the state)
        self._default_to = ""  # the recipient filled in for the user (the own address) last time
        self._shown_send = None  # the test message result the box shows

        self.standing_box = QGroupBox()
        self.standing = QLabel()
        self.standing.setObjectName("standing")
        self.standing.setTextFormat(Qt.TextFormat.PlainText)  # holds server replies and host names
        self.standing.setWordWrap(True)
        QVBoxLayout(self.standing_box).addWidget(self.standing)

        # the test message
        self.send_box = QGroupBox()
        self.send_intro = QLabel()
        self.send_intro.setWordWrap(True)
        self.to_label = QLabel()
        self.to_edit = QLineEdit()
        self.to_edit.setObjectName("send_to")
        self.to_label.setBuddy(self.to_edit)
        self.send_button = QPushButton()
        self.send_button.setObjectName("send_test")
        self.send_button.clicked.connect(self.send)
        self.to_edit.returnPressed.connect(self.send)
        self.busy = BusyBar()
        self.send_status = QLabel()
        self.send_status.setObjectName("send_status")
        self.send_status.setTextFormat(Qt.TextFormat.PlainText)  # holds the provider's words
        self.send_status.setWordWrap(True)
        self.reply = QLabel()
        self.reply.setObjectName("send_reply")
        self.reply.setTextFormat(Qt.TextFormat.PlainText)  # the server's final reply: never as HTML
        self.reply.setWordWrap(True)
        self.reply.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reply.setVisible(False)
        self.toggle = QToolButton()
        self.toggle.setObjectName("send_details")
        self.toggle.setCheckable(True)
        self.toggle.setVisible(False)
        self.toggle.toggled.connect(self._toggle)
        self.transcript = QPlainTextEdit()
        self.transcript.setObjectName("send_transcript")
        self.transcript.setReadOnly(True)
        self.transcript.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.transcript.setMinimumHeight(140)
        self.transcript.setVisible(False)
        to_row = QHBoxLayout()
        to_row.addWidget(self.to_label)
        to_row.addWidget(self.to_edit, 1)
        to_row.addWidget(self.send_button)
        foot = QHBoxLayout()
        foot.addWidget(self.reply, 1)
        foot.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self.send_box)
        box.addWidget(self.send_intro)
        box.addLayout(to_row)
        box.addWidget(self.busy)
        box.addWidget(self.send_status)
        box.addLayout(foot)
        box.addWidget(self.transcript)

        # the received headers
        self.headers_box = QGroupBox()
        self.headers_intro = QLabel()
        self.headers_intro.setWordWrap(True)
        self.headers_button = QPushButton()
        self.headers_button.setObjectName("check_received")
        self.headers_button.clicked.connect(self.open_headers)
        self.dialog = None
        hrow = QHBoxLayout(self.headers_box)
        hrow.addWidget(self.headers_intro, 1)
        hrow.addWidget(self.headers_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 0, 10, 10)
        layout.addWidget(self.standing_box)
        layout.addWidget(self.send_box)
        layout.addWidget(self.headers_box)
        page.jobs.changed.connect(self._update_buttons)
        self.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API (the page has set its lang by now)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.standing_box.setTitle(self.tr("Where you stand"))
        self.send_box.setTitle(self.tr("1. Send a test message"))
        self.send_intro.setText(self.tr(
            "Sends one short test message from your address through the chosen server. Only when you press the "
            "button; one message per press."))
        self.to_label.setText(self.tr("&To:"))
        self.to_edit.setPlaceholderText(self.tr("an address where you can read mail, e.g. your Gmail address"))
        self.send_button.setText(self.tr("&Send a test message"))
        self.headers_box.setTitle(self.tr("2. Check the received message"))
        self.headers_intro.setText(self.tr(
            "When the test message has arrived, paste its source here: you see whether SPF, DKIM and DMARC pass "
            "and which server delivered it."))
        self.headers_button.setText(self.tr("Check a &received message…"))
        self.toggle.setText(self.tr("Hide details") if self.toggle.isChecked() else self.tr("Show details"))
        self.send_status.setText(self._status())
        if self._snapshot is None:
            self.refresh()
        else:
            self._show_standing()

    # -- state -----------------------------------------------------------------------------------------------------------
    def prepare(self) -> None:
        """On entering the done page: the default recipient (the own address) and the current standing."""
        st = self.page.state
        own = st.address.display if st.address is not None else ""
        if own and self.to_edit.text() in ("", self._default_to):  # the own address, unless the user typed another
            self.to_edit.setText(own)
        self._default_to = own
        self._forget_stale()
        self.refresh()

    def _forget_stale(self) -> None:
        """The state dropped a result (the user went back and chose another provider, address or relay): clear
        what this box still shows of it, so that nothing on screen reports a test of a setting no longer in use."""
        st = self.page.state
        if st.send_test is None and self._shown_send is not None and not self.page.jobs.running("send_test"):
            self._shown_send = None
            self._set_status(str)
            self.reply.setVisible(False)
            self.transcript.clear()
            self.toggle.setChecked(False)
            self.toggle.setVisible(False)
        if st.received_headers is None and self.dialog is not None and self.dialog.report is not None:
            self.dialog.deleteLater()  # its report was for the old setting; the next open starts afresh
            self.dialog = None

    def refresh(self) -> None:
        """Render the standing from the state as it is now (a language change renders this snapshot again)."""
        st = self.page.state
        self._snapshot = SimpleNamespace(
            chosen=st.chosen, chosen_works=st.chosen_works, spf_needed=needs_domain_check(st),
            propagation=st.propagation, send_test=st.send_test, received_headers=st.received_headers)
        self._show_standing()

    def _show_standing(self) -> None:
        self.standing.setText("\n".join(self.standing_lines()))
        self._update_buttons()

    def standing_lines(self) -> list[str]:
        """One line per closing step: ✔ done, ✖ done but not passed, … not yet (from the last snapshot)."""
        st = self._snapshot
        lines = []
        if st.chosen is None:
            lines.append(f"{OPEN} " + self.tr("Relay tested: not yet"))
        elif st.chosen_works:
            lines.append(f"{DONE} " + self.tr("Relay tested: {setting} works").format(setting=setting_text(st.chosen)))
        else:
            lines.append(f"{FAILED} " + self.tr("Relay tested: {setting} did not pass the test").format(
                setting=setting_text(st.chosen)))
        p = st.propagation
        if not st.spf_needed:
            lines.append(f"{DONE} " + self.tr("SPF: not needed (your provider publishes it for its own domain)"))
        elif p is None:
            lines.append(f"{OPEN} " + self.tr("SPF published and arrived: not checked yet (“Check” on the domain "
                                              "check page)"))
        elif p.complete:
            lines.append(f"{DONE} " + self.tr("SPF published and arrived: {summary}").format(
                summary=self.page.render(p.summary())))
        else:
            lines.append(f"{OPEN} " + self.tr("SPF published and arrived: not yet. {summary}").format(
                summary=self.page.render(p.summary())))
        s = st.send_test
        if s is None:
            lines.append(f"{OPEN} " + self.tr("Test message sent: not yet"))
        elif s.sent:
            lines.append(f"{DONE} " + self.tr("Test message sent to {to}").format(to=s.recipient)
                         + (" " + self.tr("(queue id {id})").format(id=s.queue_id) if s.queue_id else ""))
        else:
            lines.append(f"{FAILED} " + self.tr("Test message: not accepted ({why})").format(
                why=self.page.render(s.explanation).split("\n")[0]))
        h = st.received_headers
        if h is None:
            lines.append(f"{OPEN} " + self.tr("Received message checked: not yet"))
        elif h.dmarc_would_pass:
            lines.append(f"{DONE} " + self.tr("Received message checked: SPF or DKIM passes for your domain"))
        else:
            lines.append(f"{FAILED} " + self.tr("Received message checked: neither SPF nor DKIM passes for your "
                                                "domain yet"))
        return lines

    def _update_buttons(self) -> None:
        st = self.page.state
        running = self.page.jobs.running("send_test")
        self.send_button.setEnabled(st.chosen is not None and st.address is not None and not running)
        self.to_edit.setEnabled(not running)

    # -- the test message ------------------------------------------------------------------------------------------------
    def _set_status(self, make) -> None:
        self._status = make
        self.send_status.setText(make())

    def request(self, rcpt: str) -> ProbeRequest:
        """The relay test's request for the chosen setting (same password binding, trust, timeouts, resolver)."""
        st = self.page.state
        setting = st.chosen
        timeouts = Timeouts()
        if st.connect_timeout:
            timeouts = replace(timeouts, connect=st.connect_timeout)
        # a plain setting that logs in was tested only when the user allowed it on the relay-test page
        allow_plain = (setting.security is Security.PLAIN and setting.needs_auth and st.chosen_works)
        return ProbeRequest(
            setting=setting, sender=st.address.ascii, rcpt=rcpt, password=st.password,
            password_hosts=st.password_hosts, allow_plain_auth=allow_plain, ca_file=st.ca_file or None,
            timeouts=timeouts,
            resolver=make_resolver(st.resolver, timeout=timeouts.dns_s) if st.resolver else None,
        )

    def send(self) -> None:
        st = self.page.state
        if self.page.jobs.running("send_test"):
            return  # one message per press: a press while one is under way does nothing
        if st.chosen is None or st.address is None:
            self._set_status(lambda: f"{FAILED} " + self.tr("Choose a working setting in the live test first."))
            return
        typed = self.to_edit.text().strip()
        try:
            rcpt = parse_address(typed).ascii if typed else st.address.ascii
        except AddressError as exc:
            self._set_status(lambda msg=exc.msg: f"{FAILED} " + self.tr("The address is not valid: {reason}").format(
                reason=self.page.render(msg)))
            return
        self.reply.setVisible(False)
        self.toggle.setVisible(False)
        self._set_status(str)
        self.busy.start(self.tr("Sending the test message through {setting}…").format(setting=setting_text(st.chosen)))
        self.page.jobs.start("send_test", send_job, self.request(rcpt), st.display_name,
                             on_progress=self._progress, on_result=self._sent, on_error=self._failed,
                             on_cancelled=self._cancelled, on_done=self.busy.stop)

    def _progress(self, event) -> None:
        if isinstance(event, StepStarted):
            self.busy.progress(0, 0, self.tr("Sending the test message: {step}").format(
                step=self.page.render(step_label(event.name))))

    def _sent(self, out) -> None:
        self.page.state.keep_result("send_test", out)
        self._shown_send = out
        self._set_status(lambda: self._result_text(out))
        if out.data_reply:
            self.reply.setText(self.tr("The server's final reply: {reply}").format(reply=out.data_reply)
                               + (" " + self.tr("(queue id {id})").format(id=out.queue_id) if out.queue_id else ""))
            self.reply.setVisible(True)
        elif out.result.server_reply:
            self.reply.setText(self.tr("Server reply: {reply}").format(reply=out.result.server_reply.replace("\n", " / ")))
            self.reply.setVisible(True)
        self.transcript.setPlainText("\n".join(out.result.transcript))
        self.toggle.setVisible(True)
        self.refresh()

    def _result_text(self, out) -> str:
        explanation = self.page.render(out.explanation)
        if out.sent:
            return f"{DONE} " + self.page.join(self.tr("The test message was sent to {to}.").format(to=out.recipient),
                                               explanation)
        return f"{FAILED} " + self.page.join(self.tr("The test message was not sent."), explanation)

    def _failed(self, msg) -> None:
        self._set_status(lambda: f"{FAILED} " + self.tr("The test message could not be sent: {reason}").format(
            reason=self.page.render(msg)))

    def _cancelled(self) -> None:
        self._set_status(lambda: self.tr("Sending was stopped."))

    def _toggle(self, on: bool) -> None:
        self.transcript.setVisible(on)
        self.toggle.setText(self.tr("Hide details") if on else self.tr("Show details"))

    # -- the received headers --------------------------------------------------------------------------------------------
    def open_headers(self) -> None:
        from wizard.gui.headers_dialog import HeadersDialog  # lazy: authres and the PSL load on first use

        if self.dialog is None:
            self.dialog = HeadersDialog(self, self.page.state.received_headers)
            self.dialog.analyzed.connect(self._analyzed)
        self.dialog.show()
        self.dialog.raise_()

    def _analyzed(self, report) -> None:
        self.page.state.keep_result("received_headers", report)
        self.refresh()
