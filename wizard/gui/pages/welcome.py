"""Welcome and diagnosis: "why do my mails bounce?" (optional) and "which line am I on?".

The user may type the rental server's name or address and/or paste a returned message; "Check" then asks every
blocklist about the server's addresses (or the blocked address the bounce names) and finds this line's public
address and provider. Results are a table with an icon and a word per row, never colour alone. Everything runs in
core jobs off the UI thread; the page keeps the jobs and cancels them on Stop, Cancel and close.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from typing import TYPE_CHECKING

from wizard.core.inputs.flow import Step
from wizard.gui.pages.base import BasePage, BusyBar
from wizard.gui.workers import CoreJob, start

if TYPE_CHECKING:
    from wizard.core.dns import blocklist as dnsbl, whereami as network
    from wizard.core.dns.zones import Zone
    from wizard.core.diagnosis.bounce import BounceReport

# This is the first page: the DNS code (dnspython costs ~0.4 s to import) is imported when a check starts, not
# before the window shows. Status values are compared as strings for the same reason.
# Row tint per status: a help, never the only signal (each row also has an icon and a word).
TINT = {
    "listed": QColor(255, 228, 225),
    "unknown": QColor(255, 245, 214),
    "clean": QColor(230, 245, 230),
    "not_applicable": QColor(240, 240, 240),
}
ORDER = {"listed": 0, "unknown": 1, "clean": 2, "not_applicable": 3}
COLUMNS = 5  # address, list, result, details, delisting page


class WelcomePage(BasePage):
    step = Step.WELCOME

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(
            self.tr(
                "If your mail bounces because your rental server is on a blocklist, you can send your own "
                "domain's mail through your Internet provider's server instead. This wizard finds a setting that "
                "works from your line, checks your domain's SPF record and writes the settings for your mail program."
            )
        )
        # What tests and IT helpers may change before a check (`relay-wizard gui --ip-server` sets the sources).
        self.ip_sources = None  # None: state.ip_server's sources, else network.DEFAULT_SOURCES (OpenDNS and Google)
        self.zones: list[Zone] | None = None  # None: every zone of resources/dnsbl.toml
        self.timeout: float | None = None  # None: BLOCKLIST_TIMEOUT
        self.jobs: dict[str, CoreJob] = {}  # keep references to running jobs
        self._active: set[str] = set()  # jobs whose ``done`` signal has not arrived on the UI thread yet
        self.bounce: BounceReport | None = None
        self.report: dnsbl.BlocklistReport | None = None
        self._hooked = False

        box = QGroupBox(self.tr("Why do my mails bounce? (optional)"))
        box.setObjectName("diagnosis")
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("rental_host")
        self.host_edit.setPlaceholderText(self.tr("e.g. sv123.rental-server.jp or 203.0.113.45"))
        self.host_edit.setClearButtonEnabled(True)
        self.bounce_edit = QPlainTextEdit()
        self.bounce_edit.setObjectName("bounce_text")
        self.bounce_edit.setPlaceholderText(
            self.tr("Paste a returned message here (the whole message, or the lines with 550, 5.7.1 and so on).")
        )
        self.bounce_edit.setTabChangesFocus(True)
        self.bounce_edit.setMaximumHeight(84)
        self.resolver_edit = QLineEdit()
        self.resolver_edit.setObjectName("resolver")
        self.resolver_edit.setPlaceholderText(self.tr("the system's DNS server"))
        self.input_status = QLabel()
        self.input_status.setObjectName("input_status")
        self.input_status.setWordWrap(True)

        form = QFormLayout()
        host_label = QLabel(self.tr("&Rental server:"))
        host_label.setBuddy(self.host_edit)
        form.addRow(host_label, self.host_edit)
        bounce_label = QLabel(self.tr("Returned &message:"))
        bounce_label.setBuddy(self.bounce_edit)
        form.addRow(bounce_label, self.bounce_edit)
        resolver_label = QLabel(self.tr("&DNS server:"))
        resolver_label.setBuddy(self.resolver_edit)
        form.addRow(resolver_label, self.resolver_edit)
        form.addRow("", self.input_status)

        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setObjectName("check")
        self.check_button.setToolTip(self.tr("Check the blocklists and find which line this computer is on"))
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setObjectName("stop")
        self.stop_button.setEnabled(False)
        self.busy = BusyBar()
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.busy, 3)
        buttons.addStretch(1)

        self.line_label = QLabel()
        self.line_label.setObjectName("line")
        self.line_label.setWordWrap(True)
        self.bounce_label = QLabel()
        self.bounce_label.setObjectName("bounce_summary")
        self.bounce_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)

        self._table = None  # the results table, built when first needed (see table)

        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.line_label)
        inner.addWidget(self.bounce_label)
        inner.addWidget(self.summary_label)
        self._inner = inner

        layout = QVBoxLayout(self)
        layout.addWidget(box, 1)

        self.check_button.clicked.connect(self.start_check)
        self.stop_button.clicked.connect(self.cancel_jobs)
        self.host_edit.returnPressed.connect(self.start_check)
        from wizard.gui.wizard import FirstPaint

        self._labels_ready = False
        self._late = FirstPaint(self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self._prepare_labels()
        # Load the diagnosis code (dnspython, the e-mail parser: ~0.1-0.4 s) on a background thread while the user
        # reads the page, so that the first click on Check does not stall the window. Pure Python, no Qt.
        import threading
        from importlib import import_module

        def warm() -> None:
            try:
                for name in ("wizard.core.dns.blocklist", "wizard.core.dns.whereami", "wizard.core.diagnosis.bounce", "wizard.core.dns.resolver"):
                    import_module(name)
            except Exception:  # noqa: BLE001 - only a head start: the Check button imports them anyway
                pass

        threading.Thread(target=warm, name="warm-up", daemon=True).start()

    def _prepare_labels(self) -> None:
        """Plain text (they show text from servers, DNS and pasted bounces: never HTML) and selectable.

        This is the first page: what needs Qt's namespace enums (~40 ms to load) waits until it is on screen. The
        labels are empty until a check starts, and starting a check calls this first."""
        if self._labels_ready:
            return
        from PySide6.QtCore import Qt

        for label in (self.line_label, self.bounce_label, self.summary_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.line_label, self.bounce_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._labels_ready = True

    @property
    def table(self):
        """The results table: hidden until there are results, and built only then (the table classes are not needed
        before the first page is on screen)."""
        if self._table is None:
            from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

            table = QTableWidget(0, COLUMNS)
            table.setObjectName("results")
            table.setHorizontalHeaderLabels(
                [self.tr("Address"), self.tr("List"), self.tr("Result"), self.tr("Details"), self.tr("Delisting")]
            )
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setWordWrap(True)
            table.verticalHeader().setVisible(False)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
            table.setMinimumHeight(140)
            table.setVisible(False)
            self._inner.addWidget(table, 1)
            self._table = table
        return self._table

    # -- lifecycle -----------------------------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.state.resolver and not self.resolver_edit.text():
            self.resolver_edit.setText(self.state.resolver)
        wiz = self.wizard()
        if wiz is not None and not self._hooked:
            wiz.rejected.connect(self.cancel_jobs)
            wiz.destroyed.connect(self.cancel_jobs)
            self._hooked = True

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API
        self.cancel_jobs()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API; no I/O
        """The DNS server typed here is used by every later check, even when the user did not click Check."""
        spec = self.resolver_edit.text().strip()
        if spec:
            from wizard.core.dns.resolver import ResolverSpecError, make_resolver

            try:
                make_resolver(spec)
            except ResolverSpecError as exc:
                self.input_status.setText("⚠ " + self.render(exc.msg))
                self.resolver_edit.setFocus()
                return False
        self.state.resolver = spec
        return True

    def cancel_jobs(self) -> None:
        for job in list(self.jobs.values()):
            job.cancel()

    @property
    def running(self) -> bool:
        """A check is under way: some job's results have not been delivered to the UI thread yet."""
        return bool(self._active)

    # -- the check -----------------------------------------------------------------------------------------------------
    def _inputs(self) -> tuple[list[str], str] | None:
        """Blocklist targets and the resolver spec from the fields; None (with the reason shown) when one is bad."""
        from wizard.core.dns import blocklist as dnsbl
        from wizard.core.diagnosis.bounce import read_bounce
        from wizard.core.dns.resolver import ResolverSpecError, make_resolver
        from wizard.core.dns.zones import DnsblError

        problems: list[str] = []
        resolver = self.resolver_edit.text().strip()
        if resolver:
            try:
                make_resolver(resolver)
            except ResolverSpecError as exc:
                problems.append(self.render(exc.msg))
        targets: list[str] = []
        host = self.host_edit.text().strip()
        if host:
            try:
                dnsbl.parse_target(host)
                targets.append(host)
            except DnsblError as exc:
                problems.append(self.render(exc.msg))
        text = self.bounce_edit.toPlainText()
        self.bounce = read_bounce(text) if text.strip() else None
        if self.bounce is not None:
            for t in self.bounce.check_targets():
                if t not in targets:
                    targets.append(t)
        if problems:
            self.input_status.setText("⚠ " + "\n⚠ ".join(problems))
            return None
        self.input_status.setText("")
        return targets, resolver

    def start_check(self) -> None:
        if self.running:
            return
        self._prepare_labels()
        self.jobs.clear()
        inputs = self._inputs()
        if inputs is None:
            return
        from wizard.core.dns import BLOCKLIST_TIMEOUT, blocklist as dnsbl, whereami as network
        from wizard.core.dns.resolver import make_resolver

        targets, spec = inputs
        self.state.resolver = spec
        timeout = self.timeout or BLOCKLIST_TIMEOUT
        resolver = make_resolver(spec, timeout=timeout)
        self._show_bounce()
        self.state.bounce = self.bounce
        self.table.setRowCount(0)
        self.table.setVisible(False)
        self.summary_label.setText("")
        self.report = None
        self.line_label.setText(self.tr("Finding which line this computer is on…"))
        self.busy.start(self.tr("Finding which line this computer is on…"))

        line = CoreJob(
            network.where_am_i, resolver=resolver, catalog=self.state.catalog,
            sources=self.ip_sources or self._default_sources(network), timeout=timeout,
        )
        line.signals.finished.connect(self._line_done)
        line.signals.failed.connect(lambda msg: self.line_label.setText("⚠ " + self.render(msg)))
        line.signals.cancelled.connect(lambda: self.line_label.setText(self.tr("Stopped.")))
        self._start("line", line)

        if targets:
            self.busy.start(self.tr("Asking the blocklists…"))
            job = CoreJob(dnsbl.check_targets, targets, resolver=resolver, zones=self.zones, timeout=timeout)
            job.signals.progress.connect(self._progress)
            job.signals.finished.connect(self._blocklists_done)
            job.signals.failed.connect(lambda msg: self.summary_label.setText("⚠ " + self.render(msg)))
            job.signals.cancelled.connect(lambda: self.summary_label.setText(self.tr("Stopped.")))
            self._start("blocklist", job)
        else:
            self.summary_label.setText(
                self.tr("Enter the rental server or paste a returned message to check the blocklists too.")
            )

    def _start(self, name: str, job: CoreJob) -> None:
        self.jobs[name] = job
        self._active.add(name)
        job.signals.done.connect(lambda: self._job_done(name))
        start(job)
        self._update_buttons()

    def _job_done(self, name: str) -> None:
        self._active.discard(name)
        self._update_buttons()
        if not self.running:
            self.busy.stop()
            self.completeChanged.emit()

    def _update_buttons(self) -> None:
        busy = self.running
        self.check_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)

    def _default_sources(self, network):
        return network.sources_at(self.state.ip_server) if self.state.ip_server else network.DEFAULT_SOURCES

    def _progress(self, event) -> None:
        from wizard.core.dns import blocklist as dnsbl

        if isinstance(event, dnsbl.Progress) and event.total:
            self.busy.progress(
                event.done, event.total,
                self.tr("Asked {done} of {total} blocklist questions…").format(done=event.done, total=event.total),
            )

    # -- results -------------------------------------------------------------------------------------------------------
    def _show_bounce(self) -> None:
        b = self.bounce
        if b is None:
            self.bounce_label.setText("")
            return
        lines = [self.render(b.advice)]
        if b.cause == "relay_required":  # the receiver asks for the provider's relay: the route this wizard sets up
            lines.append(self.tr("Click Next to choose your provider and send through its server."))
        if b.blocked_ips:
            lines.append(self.tr("Address named by the receiver: {ips}").format(ips=", ".join(b.blocked_ips)))
        if b.reporting_servers:
            lines.append(self.tr("Reported by: {servers}").format(servers=", ".join(b.reporting_servers)))
        if b.remote_servers:
            names = ", ".join(f"{s.name} [{s.ip}]" if s.ip and s.name else s.name or s.ip for s in b.remote_servers)
            lines.append(self.tr("Refused by: {servers}").format(servers=names))
        if b.blocklists:
            names = ", ".join(self.render(m.label) if m.label else m.name for m in b.blocklists)
            lines.append(self.tr("Lists named in the message: {lists}").format(lists=names))
        details = []
        if b.replies:
            details.append(self.tr("Reply: {reply}").format(reply=b.replies[0]))
        icon = "ℹ" if b.found else "⚠"
        self.bounce_label.setText(icon + " " + "\n".join(lines))
        self.bounce_label.setToolTip("\n".join(lines + details))

    def _line_done(self, here: network.WhereAmI) -> None:
        self.state.line = here
        self.state.detected_isp = here.provider.id if here.provider else ""
        parts = []
        for a in (here.ipv4, here.ipv6):
            if a.address:
                text = f"IPv{a.family} {a.address}"
                if a.reverse:
                    text += f" ({a.reverse})"
                parts.append(text)
        if parts:
            text = self.tr("Your line: {addresses}").format(addresses=", ".join(parts))
        else:
            text = self.tr("Your line: unknown. {reason}").format(reason=self.render(here.ipv4.reason))
        if here.provider:
            text += "\n" + self.tr("Provider of this line: {name}. It will be preselected on the next page.").format(
                name=here.provider.display_name(self.lang)
            )
        elif here.provider_reason:
            text += "\n" + self.render(here.provider_reason)
        self.line_label.setText(text)

    def _blocklists_done(self, report: dnsbl.BlocklistReport) -> None:
        self.report = self.state.blocklists = report
        icon = "✖" if report.listed and not report.policy_only else ("⚠" if report.nothing_usable else "✔")
        self.summary_label.setText(f"{icon} {self.render(report.summary())}")
        rows = sorted(report.results, key=lambda r: (ORDER[r.status.value], report.addresses.index(r.address)))
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self._fill_row(i, r)
        self.table.resizeRowsToContents()
        self.table.setVisible(True)

    def _status_icon(self, r: dnsbl.ZoneResult):
        from PySide6.QtWidgets import QStyle

        sp = QStyle.StandardPixmap
        if r.status.value == "listed":
            kind = sp.SP_MessageBoxInformation if not r.counts_as_listed or r.kinds == ("policy",) else sp.SP_MessageBoxCritical
        elif r.status.value == "clean":
            kind = sp.SP_DialogApplyButton
        elif r.status.value == "unknown":
            kind = sp.SP_MessageBoxQuestion
        else:
            kind = sp.SP_DialogCancelButton
        return self.style().standardIcon(kind)

    def _fill_row(self, row: int, r: dnsbl.ZoneResult) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QTableWidgetItem

        details = [self.render(r.reason)] if r.reason else []
        if r.codes:
            details.append(", ".join(r.codes))
        if r.txt:
            details.append(r.txt)
        cells = [r.address, r.zone.name, self.render(r.label), "\n".join(details)]
        tint = QBrush(TINT[r.status.value])
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setBackground(tint)
            item.setToolTip(text)
            if col == 2:
                item.setIcon(self._status_icon(r))
                item.setData(Qt.ItemDataRole.UserRole, r.status.value)
            self.table.setItem(row, col, item)
        if r.status.value == "listed":
            text = self.tr("Delisting page")
            link = QLabel(f'<a href="{r.zone.delist_url}">{text}</a>')
            link.setOpenExternalLinks(True)
            link.setToolTip(r.zone.delist_url)
            link.setStyleSheet(f"background-color: {TINT[r.status].name()}; padding-left: 3px;")  # the row's tint
            self.table.setCellWidget(row, 4, link)
        else:
            item = QTableWidgetItem("")
            item.setBackground(tint)
            self.table.setItem(row, 4, item)
