"""「受信したメールを確認」: the user pastes a received message's source and sees, per method, what the receiver said.

The reading is the core's (:func:`wizard.core.diagnosis.headers.analyze`); this dialog only renders its
:class:`~wizard.core.diagnosis.headers.HeaderReport`: per method (SPF, DKIM, DMARC) the verdict in plain words, the
domain it was checked for and whether it is aligned with the From domain, the core's advice (what to change), the
server that handed the message over (usually the provider's relay) and the hops with their delays. The analysis is
pure CPU work on at most a few megabytes and returns in milliseconds, so it runs on the UI thread.

Texts from the message (host names, header values) are shown as plain text only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from wizard.core.diagnosis.headers import HeaderError, HeaderReport, MethodResult, analyze
from wizard.core.messages import Msg


def _render(msg: Msg) -> str:
    from PySide6.QtCore import QCoreApplication

    return msg.render(QCoreApplication.translate)


class HeadersDialog(QDialog):
    """Paste a message source, press "Check", read the verdicts. ``analyzed`` carries each new report."""

    analyzed = Signal(object)  # a HeaderReport

    def __init__(self, parent=None, report: HeaderReport | None = None):
        super().__init__(parent)
        self.setObjectName("headers_dialog")
        self.report: HeaderReport | None = report
        self._status = str  # makes the status line (again after a language change)
        self.resize(760, 640)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.source = QPlainTextEdit()
        self.source.setObjectName("source")
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.source.setMinimumHeight(140)
        self.check_button = QPushButton()
        self.check_button.setObjectName("check_headers")
        self.check_button.clicked.connect(self.check)
        self.status = QLabel()
        self.status.setObjectName("headers_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may name hosts from the message
        self.status.setWordWrap(True)

        self.results_box = QGroupBox()
        self.method_labels: dict[str, QLabel] = {}
        box = QVBoxLayout(self.results_box)
        for method in ("spf", "dkim", "dmarc"):
            label = QLabel()
            label.setObjectName(f"result_{method}")
            label.setTextFormat(Qt.TextFormat.PlainText)  # domains and results from the message
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.method_labels[method] = label
            box.addWidget(label)
        self.relay = QLabel()
        self.relay.setObjectName("relay_hop")
        self.relay.setTextFormat(Qt.TextFormat.PlainText)
        self.relay.setWordWrap(True)
        box.addWidget(self.relay)
        self.notes = QLabel()
        self.notes.setObjectName("header_notes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        box.addWidget(self.notes)
        self.hops = QTreeWidget()
        self.hops.setObjectName("hops")
        self.hops.setRootIsDecorated(False)
        self.hops.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.hops.setMinimumHeight(90)
        self.hops.setMaximumHeight(170)
        box.addWidget(self.hops)
        self.results_box.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.source, 1)
        layout.addLayout(row)
        layout.addWidget(self.results_box)
        layout.addWidget(buttons)
        self.retranslate()
        if report is not None:
            self._show()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check a received message"))
        self.intro.setText(self.tr(
            "Open the received message in your mail program, show its source (Gmail: “Show original”; Outlook: "
            "“View message source”; Thunderbird: Ctrl+U), copy all of it and paste it here."))
        self.source.setPlaceholderText(self.tr("Paste the message source here (at least all header lines)"))
        self.check_button.setText(self.tr("&Check"))
        self.results_box.setTitle(self.tr("What the receiving server found"))
        self.hops.setHeaderLabels([self.tr("From"), self.tr("Address"), self.tr("To"), self.tr("Time"),
                                   self.tr("Took")])
        if self.report is not None:
            self._show()
        self.status.setText(self._status())

    # -- the check ----------------------------------------------------------------------------------------------------
    def check(self) -> None:
        text = self.source.toPlainText()
        if not text.strip():
            self._set_status(lambda: "✖ " + self.tr("Paste the message source first."))
            return
        try:
            report = analyze(text)
        except HeaderError as exc:
            self.report = None
            self.results_box.setVisible(False)
            self._set_status(lambda msg=exc.msg: "✖ " + _render(msg))
            return
        self.report = report
        self._show()
        self.analyzed.emit(report)

    def _set_status(self, make) -> None:
        self._status = make
        self.status.setText(make())

    # -- rendering ------------------------------------------------------------------------------------------------------
    def result_word(self, result: str) -> str:
        """A method's result in plain words."""
        words = {
            "pass": self.tr("pass"),
            "fail": self.tr("fail"),
            "softfail": self.tr("softfail (treated as suspicious)"),
            "neutral": self.tr("neutral (no statement)"),
            "none": self.tr("no result"),
            "temperror": self.tr("temporary error"),
            "permerror": self.tr("error in the record"),
            "policy": self.tr("not accepted by the receiver's policy"),
        }
        return words.get(result, result)

    def verdict_text(self, r: HeaderReport) -> str:
        if r.dmarc_would_pass:
            return "✔ " + self.tr("Receivers accept this message as coming from {domain} (DMARC passes).").format(
                domain=r.from_domain or "?")
        return "✖ " + self.tr("This message is not yet proven to come from {domain}: neither SPF nor DKIM passes "
                              "for it. See below what to change.").format(domain=r.from_domain or "?")

    def method_text(self, m: MethodResult) -> str:
        name = {"spf": "SPF", "dkim": "DKIM", "dmarc": "DMARC"}[m.method]
        mark = "✔" if m.passed and m.aligned is not False else "✖" if m.result not in ("none",) else "–"
        head = f"{mark} {name}: {self.result_word(m.result)}"
        if m.domain:
            head += " " + self.tr("(for {domain})").format(domain=m.domain)
        if m.aligned is True:
            head += " " + self.tr("— matches the From domain")
        elif m.aligned is False:
            head += " " + self.tr("— does not match the From domain")
        if m.method == "dkim" and m.selector:
            head += " " + self.tr("(selector {selector})").format(selector=m.selector)
        return head + ("\n" + _render(m.advice) if m.advice is not None else "")

    def _show(self) -> None:
        r = self.report
        if r is None:
            return
        self.results_box.setVisible(True)
        self._set_status(lambda: self.verdict_text(r))
        for m in (r.spf, r.dkim, r.dmarc):
            self.method_labels[m.method].setText(self.method_text(m))
        if r.relay:
            where = f"{r.relay} [{r.relay_ip}]" if r.relay_ip else r.relay
            self.relay.setText(self.tr("Handed over to the receiver ({receiver}) by: {relay}").format(
                receiver=r.receiver or "?", relay=where))
        else:
            self.relay.setText(self.tr("The server that handed the message over could not be found in the "
                                       "Received lines."))
        notes = [_render(n) for n in r.notes]
        if r.untrusted:
            notes.append(self.tr("Ignored (not written by the receiving server): {fields}").format(
                fields="; ".join(r.untrusted)))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.hops.clear()
        for h in reversed(r.hops):  # oldest first: the way the message went
            took = self.tr("{seconds} s").format(seconds=f"{h.delay_s:g}") if h.delay_s is not None else ""
            self.hops.addTopLevelItem(QTreeWidgetItem([h.from_host or "?", h.from_ip, h.by_host or "?",
                                                       h.when.replace("T", " "), took]))
