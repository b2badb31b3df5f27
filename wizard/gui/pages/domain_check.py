"""The domain check: SPF and DMARC findings, the proposed SPF record with a copy button, and where to change it.

The DNS work runs as a page job (``wizard.core.domaincheck.check_with_resolver``); the page only shows the
result, and renders it again when the language changes. The check is advice: Next stays enabled, whatever it finds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.core.dns.resolver import ResolverSpecError, make_resolver
from wizard.gui.pages.routes import RecordsList
from wizard.core.domaincheck import DnsState, DomainCheck, RelayRequest, check_with_resolver
from wizard.core.findings import Severity
from wizard.core.inputs.flow import Step
from wizard.core.spf.result import Result, result_text
from wizard.gui.pages.base import BasePage, BusyBar, grow_to_contents
from wizard.gui.pages.propagation_box import PropagationBox
from wizard.gui.jobs import CoreJob

CODE_ROLE = Qt.ItemDataRole.UserRole


class DomainCheckPage(BasePage):
    step = Step.DOMAIN_CHECK
    dns_timeout = 3.0  # seconds per DNS question
    propagation_port = 53  # the authoritative servers' port ("確認する"; tests run them on a high port)

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self.job: CoreJob | None = None  # the current check (tests look at it)
        self.result: DomainCheck | None = None
        self._asked: tuple | None = None  # the inputs of the last check: run again only when they change

        self.resolver_edit = QLineEdit()
        self.resolver_edit.setObjectName("resolver")
        self.resolver_edit.setClearButtonEnabled(True)
        self.check_button = QPushButton()
        self.check_button.setObjectName("check")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stop")
        self.stop_button.setEnabled(False)
        self.busy = BusyBar()
        # the verdict at the top: what happened (the status line), then the next action
        self.verdict().setVisible(True)
        self.status = self.verdict().answer  # plain text (shows text from servers/DNS), word-wrapped
        self.status.setObjectName("status")
        self.next_action = self.verdict().next_action

        resolver_row = QHBoxLayout()
        self.resolver_label = QLabel()
        self.resolver_label.setBuddy(self.resolver_edit)
        resolver_row.addWidget(self.check_button)
        resolver_row.addWidget(self.stop_button)
        resolver_row.addStretch(1)
        self.advanced = self.advanced_section((self.resolver_label, self.resolver_edit))  # an expert field

        self.evaluation = QLabel()
        self.evaluation.setTextFormat(Qt.TextFormat.PlainText)  # shows text from servers/DNS: never as HTML
        self.evaluation.setObjectName("evaluation")
        self.evaluation.setWordWrap(True)
        self.evaluation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # the proposal
        self.proposal_box = QGroupBox()
        self.proposed = QPlainTextEdit()
        self.proposed.setObjectName("proposed")
        self.proposed.setReadOnly(True)
        self.proposed.setMaximumHeight(64)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copy")
        self.where = QLabel()
        self.where.setTextFormat(Qt.TextFormat.PlainText)  # shows text from servers/DNS: never as HTML
        self.where.setObjectName("where")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self.proposal_box)
        row = QHBoxLayout()
        row.addWidget(self.proposed, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)
        box.addWidget(self.where)
        self.proposal_box.setVisible(False)

        # findings and the include tree
        self.findings = QListWidget()
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.findings.setMinimumHeight(160)
        self.tree = QTreeWidget()
        self.tree.setObjectName("tree")
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setMinimumHeight(110)
        self.current = QLabel()
        self.current.setTextFormat(Qt.TextFormat.PlainText)  # shows text from servers/DNS: never as HTML
        self.current.setObjectName("current")
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # No scroll area around the page: the findings list and the tree scroll themselves, and the details (what was
        # found, the current record, its include tree) open on demand.
        self.propagation = PropagationBox(self)  # "確認する": has the new record reached every name server?
        self.found_label = QLabel()
        self.details = self.details_section()
        self.details.add(self.found_label)
        self.details.add(self.findings, 2)
        self.lookups = QLabel()
        self.lookups.setObjectName("lookups")
        self.details.add(self.current)
        self.details.add(self.lookups)
        self.details.add(self.tree, 1)
        # One scroll area for the results (a small screen), and nothing inside it scrolls by itself: the lists and
        # trees show all their rows.
        for view in (self.findings, self.tree, self.propagation.servers):
            grow_to_contents(view)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.evaluation)
        inner.addWidget(self.proposal_box)
        inner.addWidget(self.propagation)
        self.records = RecordsList(self)  # a service's DKIM / return-path / verification records (issue 16)
        inner.addWidget(self.records)
        inner.addWidget(self.details)
        inner.addWidget(self.advanced)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("results_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict())
        layout.addWidget(self.busy)
        layout.addWidget(scroll, 1)
        layout.addLayout(resolver_row)

        self.check_button.clicked.connect(self.run_check)
        self.stop_button.clicked.connect(self.cancel)
        self.resolver_edit.returnPressed.connect(self.run_check)
        self.copy_button.clicked.connect(self.copy_proposal)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your domain's SPF and DMARC records"))
        self.setSubTitle(
            self.tr(
                "Receivers check your domain's DNS records to decide whether your provider's server may send your mail. "
                "This page reads them and shows what to change."
            )
        )
        self.resolver_edit.setPlaceholderText(self.tr("system default"))
        self.resolver_edit.setToolTip(self.tr("A DNS server address such as 8.8.8.8 or 192.0.2.53:5353; empty for the system's"))
        self.check_button.setText(self.tr("Check &again"))
        self.stop_button.setText(self.tr("&Stop"))
        self.resolver_label.setText(self.tr("&DNS server:"))
        self.proposal_box.setTitle(self.tr("Proposed SPF record"))
        self.copy_button.setText(self.tr("&Copy"))
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("DNS lookups")])
        self.found_label.setText(self.tr("What was found:"))
        if self.result is not None:
            self._show(self.result)

    # -- inputs --------------------------------------------------------------------------------------------------------
    def _domain(self) -> str:
        addr = self.state.address
        return addr.domain.ascii if addr is not None else ""

    def _request(self) -> RelayRequest:
        s = self.state
        host = s.chosen.host if s.chosen is not None else s.user_host
        return RelayRequest(isp=s.isp, isp_address=s.isp_address, host=host or "")

    # -- lifecycle -----------------------------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.propagation.forget_stale()
        if not self.resolver_edit.text() and self.state.resolver:
            self.resolver_edit.setText(self.state.resolver)
        if self.resolver_edit.text():
            self.advanced.set_open()  # a DNS server was given: show it
        asked = (self._domain(), self._request(), self.resolver_edit.text().strip())
        if asked != self._asked or self.result is None:
            self.run_check()

    def cancel(self) -> None:
        self.jobs.cancel()

    def run_check(self) -> None:
        if self.jobs.running():
            return
        domain = self._domain()
        if not domain:
            self.live(self.status, lambda: self.tr("Enter your e-mail address on the provider page first."))
            return
        spec = self.resolver_edit.text().strip()
        if spec:
            try:
                make_resolver(spec)
            except ResolverSpecError as exc:
                self.live(self.status, lambda msg=exc.msg: "✖ " + self.render(msg))
                self.live(self.next_action, str)
                self.advanced.set_open()
                return
        self.state.resolver = spec
        request = self._request()
        self._asked = (domain, request, spec)
        self.live(self.status, str)
        self.live(self.next_action, str)
        self.busy.start(self.tr("Checking the DNS records of %1…").replace("%1", self._shown_domain(domain)))
        self.check_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.job = self.jobs.start(
            "check", check_with_resolver, domain, request, spec, self.dns_timeout,
            on_progress=self._progress, on_result=self._finished, on_error=self._failed,
            on_cancelled=self._cancelled, on_done=self._done,
        )

    # -- results (UI thread) -------------------------------------------------------------------------------------------
    def _shown_domain(self, domain: str) -> str:
        """The domain as the user typed it: "山田商店.jp (xn--…)" for a Japanese domain."""
        addr = self.state.address
        if addr is not None and addr.domain.ascii == domain and addr.domain.unicode != domain:
            return f"{addr.domain.unicode} ({domain})"
        return domain

    def _progress(self, event) -> None:
        self.busy.progress(0, 0, self.render(event))

    def _failed(self, msg) -> None:
        self.live(self.status, lambda: "✖ " + self.render(msg))

    def _cancelled(self) -> None:
        self.live(self.status, lambda: self.tr("The check was stopped."))

    def _done(self) -> None:
        self.busy.stop()
        self.check_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    def _finished(self, result: DomainCheck) -> None:
        self.result = result
        self.state.domain_check = result
        answered = result.dns_state is DnsState.ANSWERED
        # the export sheet and the done page print it; nothing is proposed for a domain the DNS said nothing about
        self.state.spf_record = (result.proposed_record or "") if answered else ""
        self.live(self.status, lambda: self._verdict(result))
        self.live(self.next_action, lambda: self._next_action(result))
        self._show(result)

    def _next_action(self, result: DomainCheck) -> str:
        """What to do now, in one sentence (the status line says what happened)."""
        if result.dns_state is not DnsState.ANSWERED:
            return ""  # the status line already says what to do
        if result.change_needed and result.proposed_record:
            return self.tr("Your domain's SPF record needs a change: copy the proposed record below into your "
                           "domain's DNS settings, then click Next.")
        if result.needs_action:
            return self.tr("Something in your domain's records needs attention: open the details below.")
        return self.tr("Your domain's records are ready for sending through your provider. Click Next.")

    def _verdict(self, result: DomainCheck) -> str:
        """The status line: what really happened (offline is not "no record")."""
        shown = self._shown_domain(result.domain)
        if result.dns_state is DnsState.NO_ANSWER:
            return "✖ " + self.tr(
                "The DNS server did not answer, so the records of %1 could not be checked. Please check the Internet "
                "connection (or the DNS server setting) and check again."
            ).replace("%1", shown)
        if result.dns_state is DnsState.NXDOMAIN:
            return "✖ " + self.tr(
                "The domain %1 does not exist. Please check the spelling of your e-mail address on the provider page."
            ).replace("%1", shown)
        return self.tr("Checked %1.").replace("%1", shown)

    def _show(self, result: DomainCheck) -> None:
        self._show_evaluation(result)
        self._show_proposal(result)
        self._show_findings(result)
        self._show_tree(result)
        self.records.show_check(result)

    def _show_evaluation(self, c: DomainCheck) -> None:
        cur, new = c.current_result, c.proposed_result
        if c.dns_state is not DnsState.ANSWERED:
            self.evaluation.setText("")
            return
        if cur is None:
            self.evaluation.setText(
                self.tr("The relay's addresses are not known, so only the records themselves are checked.")
            )
            return
        ips = self.listing(e.ip for e in c.current)
        lines = [self.tr("Your provider's server (%1) today: %2").replace("%1", ips).replace("%2", self.render(result_text(cur)))]
        if c.change_needed:
            lines.append(self.tr("With the proposed record: %1").replace("%1", self.render(result_text(new))))
        if cur is Result.PASS:
            mark = "✔ "
        elif c.change_needed and new is Result.PASS:
            mark = "⚠ "  # fixed by the proposed change
        else:
            mark = "✖ "
        self.evaluation.setText(mark + "\n".join(lines))

    def _show_proposal(self, c: DomainCheck) -> None:
        p = c.proposal
        if not c.change_needed or c.dns_state is not DnsState.ANSWERED:
            self.proposal_box.setVisible(False)
            self.proposed.setPlainText("")
            self.lookups.setText("")
            return
        self.proposal_box.setVisible(True)
        text = p.record if len(p.strings) == 1 else p.zone_text
        self.proposed.setPlainText(text)
        self.where.setText(self.render(c.where) if c.where else "")
        # the DNS lookup count is for experts: under the details
        self.lookups.setText(self.tr("Proposed record: %1 of 10 DNS lookups.").replace("%1", str(p.lookups)))

    def _show_findings(self, c: DomainCheck) -> None:
        self.findings.clear()
        if c.dns_state is not DnsState.ANSWERED:
            # no advice built on records the DNS did not give (no "publish DMARC" for a domain that does not exist)
            self.current.setText(self.tr("The SPF record could not be checked.") if c.dns_state is DnsState.NO_ANSWER
                                 else self.tr("The domain does not exist, so it has no records."))
            return
        style = self.style()
        icons = {
            Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            Severity.INFO: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        sections = [
            (self.tr("SPF"), c.spf.problems + (c.proposal.problems if c.proposal else [])),
            (self.tr("DMARC"), c.dmarc.problems),
            (self.tr("Sending through your provider"), c.warnings),
        ]
        order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
        for title, findings in sections:
            if not findings:
                continue
            header = QListWidgetItem(title)  # one heading per section instead of a prefix on every line
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.NoItemFlags | Qt.ItemFlag.ItemIsEnabled)
            self.findings.addItem(header)
            for f in sorted(findings, key=lambda f: order[f.severity]):
                item = QListWidgetItem(icons[f.severity], self.render(f.msg))
                item.setData(CODE_ROLE, f.code)
                item.setToolTip(f.code)
                self.findings.addItem(item)
        if c.spf.record:
            self.current.setText(self.tr("Current SPF record: %1").replace("%1", c.spf.record))
        else:
            self.current.setText(self.tr("No SPF record found."))

    def _show_tree(self, c: DomainCheck) -> None:
        self.tree.clear()
        root = c.spf.tree
        if root is None:
            self.tree.setVisible(False)
            return
        self.tree.setVisible(True)

        def add(node, parent) -> None:
            label = node.via or node.domain
            if node.record and node.via:
                label += "  →  " + node.record
            elif node.record:
                label += "  " + node.record
            item = QTreeWidgetItem([label, str(node.total)])
            item.setToolTip(0, label)
            if node.problems:
                item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for child in node.children:
                add(child, item)

        add(root, None)
        self.tree.expandAll()

    def copy_proposal(self) -> None:
        text = self.proposed.toPlainText()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.live(self.status, lambda: self.tr("The proposed record was copied."))
