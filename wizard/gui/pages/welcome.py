"""Welcome and diagnosis: "why do my mails bounce?" (optional) and "which line am I on?".

The user may type the rental server's name or address and/or paste a returned message; "Check" then asks every
blocklist about the server's addresses (or the blocked address the bounce names) and finds this line's public
address and provider. Results are a table with an icon and a word per row, never colour alone. Everything runs in
core jobs off the UI thread; the page keeps the jobs and cancels them on Stop, Cancel and close.
"""

from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace

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

from wizard.core.inputs.flow import Step
from wizard.gui.first_paint import FirstPaint
from wizard.gui.watch import WatchBanner
from wizard.gui.pages.base import BasePage, BusyBar

COLUMNS = 5  # address, list, result, details, delisting page


@lru_cache(maxsize=1)
def diagnosis() -> SimpleNamespace:
    """The diagnosis code, and what the results need: the page's one import boundary.

    This is the first page: dnspython (~0.4 s to import), the e-mail parser and Qt's namespace enums (~40 ms) are not
    needed before it is on screen. A background job loads them right after the first paint (the first click on
    Check then does not stall the window); Check and every result handler go through here."""
    # lazy: see the docstring (measured by bench/startup.py)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableWidget, QTableWidgetItem

    from wizard.core import dns
    from wizard.core.diagnosis import bounce
    from wizard.core.dns import blocklist, resolver, whereami, zones

    Status = blocklist.Status
    return SimpleNamespace(
        bounce=bounce, blocklist=blocklist, resolver=resolver, whereami=whereami, zones=zones, dns=dns, Qt=Qt,
        QStyle=QStyle,
        QAbstractItemView=QAbstractItemView, QHeaderView=QHeaderView, QTableWidget=QTableWidget,
        QTableWidgetItem=QTableWidgetItem,
        # row tint per status: a help, never the only signal (each row also has an icon and a word)
        tint={Status.LISTED: QColor(255, 228, 225), Status.UNKNOWN: QColor(255, 245, 214),
              Status.CLEAN: QColor(230, 245, 230), Status.NOT_APPLICABLE: QColor(240, 240, 240)},
        order={Status.LISTED: 0, Status.UNKNOWN: 1, Status.CLEAN: 2, Status.NOT_APPLICABLE: 3},
    )


def _warm_up(*, cancel, progress) -> None:
    diagnosis()


class WelcomePage(BasePage):
    step = Step.WELCOME

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        # What tests and IT helpers may change before a check (`relay-wizard gui --ip-server` sets the sources).
        self.ip_sources = None  # None: state.ip_server's sources, else whereami.DEFAULT_SOURCES (OpenDNS and Google)
        self.zones = None  # None: every zone of resources/dnsbl.toml
        self.timeout: float | None = None  # None: blocklist.DEFAULT_TIMEOUT
        self.bounce = None  # the BounceReport of the pasted message
        self.report = None  # the BlocklistReport

        self.box = QGroupBox()
        self.box.setObjectName("diagnosis")
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("rental_host")
        self.host_edit.setClearButtonEnabled(True)
        self.bounce_edit = QPlainTextEdit()
        self.bounce_edit.setObjectName("bounce_text")
        self.bounce_edit.setTabChangesFocus(True)
        self.bounce_edit.setMaximumHeight(84)
        self.resolver_edit = QLineEdit()
        self.resolver_edit.setObjectName("resolver")
        self.input_status = QLabel()
        self.input_status.setObjectName("input_status")
        self.input_status.setWordWrap(True)

        form = QFormLayout()
        self.host_label = QLabel()
        self.host_label.setBuddy(self.host_edit)
        form.addRow(self.host_label, self.host_edit)
        self.bounce_edit_label = QLabel()
        self.bounce_edit_label.setBuddy(self.bounce_edit)
        form.addRow(self.bounce_edit_label, self.bounce_edit)
        self.resolver_label = QLabel()
        self.resolver_label.setBuddy(self.resolver_edit)
        form.addRow("", self.input_status)
        self.advanced = self.advanced_section((self.resolver_label, self.resolver_edit))  # an expert field

        self.check_button = QPushButton()
        self.check_button.setObjectName("check")
        self.stop_button = QPushButton()
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

        self.kit_button = QPushButton()  # the delisting kit: shown when the check found listings
        self.kit_button.setObjectName("kit")
        self.kit_button.setVisible(False)
        self.kit_dialog = None  # the open KitDialog (wizard/gui/kit_dialog.py)
        self._kit_inputs = None  # (targets, resolver, timeout) of the last check, for the kit's reverse names

        self._table = None  # the results table, built when first needed (see table)

        inner = QVBoxLayout(self.box)
        inner.addLayout(form)
        inner.addWidget(self.advanced)
        inner.addLayout(buttons)
        # the line and the returned message in detail: the verdict above says what they mean
        self.details = self.details_section(self.line_label, self.bounce_label)
        inner.addWidget(self.details)
        inner.addWidget(self.summary_label)
        kit_row = QHBoxLayout()
        kit_row.addWidget(self.kit_button)
        kit_row.addStretch(1)
        inner.addLayout(kit_row)
        self._inner = inner

        self.watch_banner = WatchBanner(self)  # the watched rental servers: checked after the first paint
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict())  # the answer first: what the check found, and what to do next
        layout.addWidget(self.watch_banner)  # news from the watched rental server, when there is any
        layout.addWidget(self.box, 1)

        self.check_button.clicked.connect(self.start_check)
        self.kit_button.clicked.connect(self.open_kit)
        self.stop_button.clicked.connect(self.cancel_jobs)
        self.host_edit.returnPressed.connect(self.start_check)
        self.jobs.changed.connect(self._update_buttons)
        self.retranslate()
        self._labels_ready = False
        self._late = FirstPaint(self, self._after_first_paint)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(
            self.tr(
                "If your mail bounces because your rental server is on a blocklist, you can send your own "
                "domain's mail through your Internet provider's server instead. This wizard finds a setting that "
                "works from your line, checks your domain's SPF record and writes the settings for your mail program."
            )
        )
        self.box.setTitle(self.tr("Why do my mails bounce? (optional)"))
        self.host_edit.setPlaceholderText(self.tr("e.g. sv123.rental-server.jp or 203.0.113.45"))
        self.bounce_edit.setPlaceholderText(
            self.tr("Paste a returned message here (the whole message, or the lines with 550, 5.7.1 and so on).")
        )
        self.resolver_edit.setPlaceholderText(self.tr("the system's DNS server"))
        self.host_label.setText(self.tr("&Rental server:"))
        self.bounce_edit_label.setText(self.tr("Returned &message:"))
        self.resolver_label.setText(self.tr("&DNS server:"))
        self.check_button.setText(self.tr("&Check"))
        self.check_button.setToolTip(self.tr("Check the blocklists and find which line this computer is on"))
        self.stop_button.setText(self.tr("&Stop"))
        self.kit_button.setText(self.tr("Delisting procedures and request letter"))
        self.kit_button.setToolTip(self.tr("What each list asks for to remove the listing, and a ready letter asking "
                                           "the rental-server company to deal with it"))
        if self._table is not None:
            self._table.setHorizontalHeaderLabels(self._headers())
            if self.report is not None:
                self._show_table(self.report)

    def _after_first_paint(self) -> None:
        # Load the diagnosis code on a background thread while the user reads the page (see diagnosis()).
        self.jobs.start("warm-up", _warm_up, on_done=self._prepare_labels)
        self.watch_banner.start()

    def _prepare_labels(self) -> None:
        """Plain text (they show text from servers, DNS and pasted bounces: never HTML) and selectable.

        The labels are empty until a check starts, and starting a check calls this first."""
        if self._labels_ready:
            return
        Qt = diagnosis().Qt
        for label in (self.line_label, self.bounce_label, self.summary_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.line_label, self.bounce_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._labels_ready = True

    @property
    def table(self):
        """The results table: hidden until there are results, and built only then."""
        if self._table is None:
            d = diagnosis()
            table = d.QTableWidget(0, COLUMNS)
            table.setObjectName("results")
            table.setHorizontalHeaderLabels(self._headers())
            table.setEditTriggers(d.QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(d.QAbstractItemView.SelectionBehavior.SelectRows)
            table.setWordWrap(True)
            table.verticalHeader().setVisible(False)
            header = table.horizontalHeader()
            header.setSectionResizeMode(d.QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(3, d.QHeaderView.ResizeMode.Stretch)
            table.setMinimumHeight(96)
            table.setVisible(False)
            self._inner.addWidget(table, 1)
            self._table = table
        return self._table

    def _headers(self) -> list[str]:
        return [self.tr("Address"), self.tr("List"), self.tr("Result"), self.tr("Details"), self.tr("Delisting")]

    # -- lifecycle -----------------------------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.state.resolver and not self.resolver_edit.text():
            self.resolver_edit.setText(self.state.resolver)
        if self.resolver_edit.text():
            self.advanced.set_open()  # a DNS server given (--resolver): show it

    def validatePage(self) -> bool:  # noqa: N802 - Qt API; no I/O
        """The DNS server typed here is used by every later check, even when the user did not click Check."""
        spec = self.resolver_edit.text().strip()
        if spec:
            r = diagnosis().resolver
            try:
                r.make_resolver(spec)
            except r.ResolverSpecError as exc:
                self.live(self.input_status, lambda msg=exc.msg: "⚠ " + self.render(msg))
                self.advanced.set_open()
                self.resolver_edit.setFocus()
                return False
        self.state.resolver = spec
        return True

    def cancel_jobs(self) -> None:
        self.jobs.cancel("line", "blocklist")

    @property
    def running(self) -> bool:
        """A check is under way: some job's results have not been delivered to the UI thread yet."""
        return self.jobs.running("line", "blocklist")

    # -- the check -----------------------------------------------------------------------------------------------------
    def _inputs(self) -> tuple[list[str], str] | None:
        """Blocklist targets and the resolver spec from the fields; None (with the reason shown) when one is bad."""
        d = diagnosis()
        problems = []  # core messages
        resolver = self.resolver_edit.text().strip()
        if resolver:
            try:
                d.resolver.make_resolver(resolver)
            except d.resolver.ResolverSpecError as exc:
                problems.append(exc.msg)
                self.advanced.set_open()
        targets: list[str] = []
        host = self.host_edit.text().strip()
        if host:
            try:
                d.blocklist.parse_target(host)
                targets.append(host)
            except d.zones.DnsblError as exc:
                problems.append(exc.msg)
        text = self.bounce_edit.toPlainText()
        self.bounce = d.bounce.read_bounce(text) if text.strip() else None
        if self.bounce is not None:
            for t in self.bounce.check_targets():
                if t not in targets:
                    targets.append(t)
        if problems:
            self.live(self.input_status, lambda: "⚠ " + "\n⚠ ".join(self.render(m) for m in problems))
            return None
        self.live(self.input_status, str)
        return targets, resolver

    def start_check(self) -> None:
        if self.running:
            return
        self._prepare_labels()
        inputs = self._inputs()
        if inputs is None:
            return
        d = diagnosis()
        targets, spec = inputs
        self.state.resolver = spec
        timeout = self.timeout or d.dns.BLOCKLIST_TIMEOUT
        resolver = d.resolver.make_resolver(spec, timeout=timeout)
        self.live(self.bounce_label, self._bounce_text)
        self.live(self.bounce_label, self._bounce_tooltip, "toolTip")
        self.state.bounce = self.bounce
        self.table.setRowCount(0)
        self.table.setVisible(False)
        self.report = None
        self.state.line = None
        self.say(str)
        self.kit_button.setVisible(False)
        self._kit_inputs = (targets, resolver, timeout)
        self.live(self.line_label, lambda: self.tr("Finding which line this computer is on…"))
        self.busy.start(self.tr("Finding which line this computer is on…"))

        self.jobs.start(
            "line", d.whereami.where_am_i, resolver=resolver, catalog=self.state.catalog,
            sources=self.ip_sources or self._default_sources(), timeout=timeout,
            on_result=self._line_done,
            on_error=lambda msg: self.live(self.line_label, lambda: "⚠ " + self.render(msg)),
            on_cancelled=lambda: self.live(self.line_label, lambda: self.tr("Stopped.")),
            on_done=self._job_done,
        )
        if targets:
            self.live(self.summary_label, str)
            self.busy.start(self.tr("Asking the blocklists…"))
            self.jobs.start(
                "blocklist", d.blocklist.check_targets, targets, resolver=resolver, zones=self.zones, timeout=timeout,
                on_progress=self._progress, on_result=self._blocklists_done,
                on_error=lambda msg: self.live(self.summary_label, lambda: "⚠ " + self.render(msg)),
                on_cancelled=lambda: self.live(self.summary_label, lambda: self.tr("Stopped.")),
                on_done=self._job_done,
            )
        else:
            self.live(self.summary_label, lambda: self.tr(
                "Enter the rental server or paste a returned message to check the blocklists too."))

    def _job_done(self) -> None:
        if not self.running:
            self.busy.stop()
            self.say(self._verdict, self._next_action)
            self.completeChanged.emit()

    def _update_buttons(self) -> None:
        busy = self.running
        self.check_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)

    def _default_sources(self):
        w = diagnosis().whereami
        return w.sources_at(self.state.ip_server) if self.state.ip_server else w.DEFAULT_SOURCES

    def _progress(self, event) -> None:
        if isinstance(event, diagnosis().blocklist.Progress) and event.total:
            self.busy.progress(
                event.done, event.total,
                self.tr("Asked {done} of {total} blocklist questions…").format(done=event.done, total=event.total),
            )

    # -- the verdict: one line in plain words, then what to do -------------------------------------------------------
    def _verdict(self) -> str:
        report, here = self.report, self.state.line
        if report is not None:
            if report.listed and not report.policy_only:
                n = len({r.zone.id for r in report.listed})
                if n == 1:
                    return self.tr("The rental server's address is on a blocklist.")
                return self.tr("The rental server's address is on {n} blocklists.").format(n=n)
            if report.nothing_usable:
                return self.tr("The blocklists could not be asked.")
            return self.tr("The rental server's address is not on any spam blocklist.")
        if here is not None and here.provider:
            return self.tr("The provider of this line is {name}.").format(name=here.provider.display_name(self.lang))
        if here is not None:
            return self.tr("The provider of this line could not be found.")
        return ""

    def _next_action(self) -> str:
        report = self.report
        if report is not None and report.nothing_usable:
            return self.tr("Please check the Internet connection (or the DNS server under Advanced settings) and "
                           "click Check again.")
        here = self.state.line
        provider = (self.tr("The provider of this line is {name}.").format(name=here.provider.display_name(self.lang))
                    if report is not None and here is not None and here.provider else "")
        if report is not None and report.listed and not report.policy_only:
            return self.join(provider, self.tr("Until it is delisted, send through your provider's server: click Next."))
        if self.report is not None or self.state.line is not None:
            return self.join(provider, self.tr("Click Next to choose your provider."))
        return ""

    # -- results -------------------------------------------------------------------------------------------------------
    def _bounce_lines(self) -> list[str]:
        b = self.bounce
        lines = [self.render(b.advice)]
        if b.cause == "relay_required":  # the receiver asks for the provider's relay: the route this wizard sets up
            lines.append(self.tr("Click Next to choose your provider and send through its server."))
        if b.blocked_ips:
            lines.append(self.tr("Address named by the receiver: {ips}").format(ips=self.listing(b.blocked_ips)))
        if b.reporting_servers:
            lines.append(self.tr("Reported by: {servers}").format(servers=self.listing(b.reporting_servers)))
        if b.remote_servers:
            names = self.listing(f"{s.name} [{s.ip}]" if s.ip and s.name else s.name or s.ip for s in b.remote_servers)
            lines.append(self.tr("Refused by: {servers}").format(servers=names))
        if b.blocklists:
            names = self.listing(self.render(m.label) if m.label else m.name for m in b.blocklists)
            lines.append(self.tr("Lists named in the message: {lists}").format(lists=names))
        return lines

    def _bounce_text(self) -> str:
        if self.bounce is None:
            return ""
        icon = "ℹ" if self.bounce.found else "⚠"
        return icon + " " + "\n".join(self._bounce_lines())

    def _bounce_tooltip(self) -> str:
        if self.bounce is None:
            return ""
        details = []
        if self.bounce.replies:
            details.append(self.tr("Reply: {reply}").format(reply=self.bounce.replies[0]))
        return "\n".join(self._bounce_lines() + details)

    def _line_done(self, here) -> None:
        self.state.line = here
        self.state.detected_isp = here.provider.id if here.provider else ""
        self.live(self.line_label, lambda: self._line_text(here))

    def _line_text(self, here) -> str:
        parts = []
        for a in (here.ipv4, here.ipv6):
            if a.address:
                text = f"IPv{a.family} {a.address}"
                if a.reverse:
                    text += f" ({a.reverse})"
                parts.append(text)
        if parts:
            text = self.tr("Your line: {addresses}").format(addresses=self.listing(parts))
        else:
            text = self.tr("Your line: unknown. {reason}").format(reason=self.render(here.ipv4.reason))
        if here.provider:
            text += "\n" + self.tr("Provider of this line: {name}. It will be preselected on the next page.").format(
                name=here.provider.display_name(self.lang)
            )
        elif here.provider_reason:
            text += "\n" + self.render(here.provider_reason)
        return text

    def _blocklists_done(self, report) -> None:
        self.report = self.state.blocklists = report
        self.live(self.summary_label, lambda: self._summary_text(report))
        self._show_table(report)
        self.table.setVisible(True)
        self.kit_button.setVisible(bool(report.listed))

    # -- the delisting kit -----------------------------------------------------------------------------------------
    def open_kit(self) -> None:
        """The kit dialog for the last check; the kit (reverse names: DNS) is prepared as a page job."""
        if self.report is None or not self.report.listed or self._kit_inputs is None:
            return
        from wizard.core.watch.kit import prepare
        from wizard.gui.kit_dialog import KitDialog

        targets, resolver, timeout = self._kit_inputs
        if self.kit_dialog is not None:
            self.kit_dialog.close()
        dialog = self.kit_dialog = KitDialog(self)
        evidence = list(self.bounce.replies) if self.bounce is not None else []
        self.jobs.start("kit", prepare, self.report, targets, resolver=resolver, timeout=timeout,
                        evidence=evidence, on_result=dialog.show_kit, on_error=dialog.show_error)
        dialog.show()

    def _summary_text(self, report) -> str:
        icon = "✖" if report.listed and not report.policy_only else ("⚠" if report.nothing_usable else "✔")
        return f"{icon} {self.render(report.summary())}"

    def _show_table(self, report) -> None:
        order = diagnosis().order
        rows = sorted(report.results, key=lambda r: (order[r.status], report.addresses.index(r.address)))
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self._fill_row(i, r)
        self.table.resizeRowsToContents()

    def _status_icon(self, r):
        d = diagnosis()
        sp, Status = d.QStyle.StandardPixmap, d.blocklist.Status
        if r.status is Status.LISTED:
            kind = sp.SP_MessageBoxInformation if not r.counts_as_listed or r.kinds == ("policy",) else sp.SP_MessageBoxCritical
        elif r.status is Status.CLEAN:
            kind = sp.SP_DialogApplyButton
        elif r.status is Status.UNKNOWN:
            kind = sp.SP_MessageBoxQuestion
        else:
            kind = sp.SP_DialogCancelButton
        return self.style().standardIcon(kind)

    def _fill_row(self, row: int, r) -> None:
        d = diagnosis()
        details = [self.render(r.reason)] if r.reason else []
        if r.codes:
            details.append(", ".join(r.codes))
        if r.txt:
            details.append(r.txt)
        cells = [r.address, r.zone.name, self.render(r.label), "\n".join(details)]
        color = d.tint[r.status]
        tint = QBrush(color)
        for col, text in enumerate(cells):
            item = d.QTableWidgetItem(text)
            item.setBackground(tint)
            item.setToolTip(text)
            if col == 2:
                item.setIcon(self._status_icon(r))
                item.setData(d.Qt.ItemDataRole.UserRole, r.status.value)
            self.table.setItem(row, col, item)
        if r.status is d.blocklist.Status.LISTED:
            text = self.tr("Delisting page")
            link = self.table.cellWidget(row, 4)
            if not isinstance(link, QLabel):  # (a language change sets the text of the link already there)
                link = QLabel()
                self.table.setCellWidget(row, 4, link)
            link.setText(f'<a href="{r.zone.delist_url}">{text}</a>')
            link.setOpenExternalLinks(True)
            link.setToolTip(r.zone.delist_url)
            link.setStyleSheet(f"background-color: {color.name()}; padding-left: 3px;")  # the row's tint
        else:
            self.table.removeCellWidget(row, 4)
            item = d.QTableWidgetItem("")
            item.setBackground(tint)
            self.table.setItem(row, 4, item)
