"""The domain-check page's "確認する": has the new SPF record reached every authoritative name server?

The question goes to every name server of the domain directly (:func:`wizard.core.dns.propagation.check_propagation`,
a page job named ``propagation``); the box shows per server whether it serves the proposed record, its SOA serial
and the record's TTL, names the servers that did not answer, and says by when resolvers that cached the old record
see the new one (the core's summary). The outcome is kept in ``WizardState.propagation`` for the done page and the
diagnostic report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from wizard.core.dns.propagation import Propagation, check_propagation
from wizard.core.dns.resolver import make_resolver

if TYPE_CHECKING:
    from wizard.gui.pages.domain_check import DomainCheckPage


def propagation_job(domain: str, spec: str, expect: str, port: int, timeout: float, *, cancel, progress):
    """The page job: every authoritative server asked (the resolver only finds them)."""
    resolver = make_resolver(spec, timeout=timeout) if spec else None
    return check_propagation(domain, resolver, expect=expect, port=port, timeout=timeout, cancel=cancel)


class PropagationBox(QGroupBox):
    def __init__(self, page: DomainCheckPage):
        super().__init__()
        self.page = page
        self.setObjectName("propagation")
        self.result: Propagation | None = None
        self._status = str

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("check_propagation")
        self.button.clicked.connect(self.run)
        self.summary = QLabel()
        self.summary.setObjectName("propagation_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # names servers from the DNS
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.servers = QTreeWidget()
        self.servers.setObjectName("propagation_servers")
        self.servers.setRootIsDecorated(False)
        self.servers.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.servers.setMinimumHeight(100)
        self.servers.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.intro, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.servers)
        page.jobs.changed.connect(self._update_button)
        self.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Has the new record arrived?"))
        self.intro.setText(self.tr(
            "After you have published the record, ask each of your domain's name servers whether it already "
            "serves it."))
        self.button.setText(self.tr("C&heck"))
        self.servers.setHeaderLabels([self.tr("Name server"), self.tr("Address"), self.tr("New record"),
                                      self.tr("Serial"), self.tr("TTL")])
        self.summary.setText(self._status())
        if self.result is not None:
            self._show(self.result)

    def forget_stale(self) -> None:
        """On entering the page: the state dropped the last result (another domain or record now): clear it here."""
        if self.result is not None and self.page.state.propagation is None \
                and not self.page.jobs.running("propagation"):
            self.result = None
            self._set_status(str)
            self.servers.clear()
            self.servers.setVisible(False)

    def _update_button(self) -> None:
        self.button.setEnabled(not self.page.jobs.running("propagation"))

    def _set_status(self, make) -> None:
        self._status = make
        self.summary.setText(make())

    def run(self) -> None:
        page = self.page
        if page.jobs.running("propagation"):
            return
        domain = page._domain()
        if not domain:
            self._set_status(lambda: "✖ " + self.tr("Enter your e-mail address on the provider page first."))
            return
        spec = page.resolver_edit.text().strip() or page.state.resolver
        expect = page.state.spf_record
        self._set_status(lambda: self.tr("Asking the name servers of %1…").replace("%1", page._shown_domain(domain)))
        page.jobs.start("propagation", propagation_job, domain, spec, expect, page.propagation_port,
                        page.dns_timeout, on_result=self._finished, on_error=self._failed,
                        on_cancelled=lambda: self._set_status(lambda: self.tr("The check was stopped.")))

    def _failed(self, msg) -> None:
        self._set_status(lambda: "✖ " + self.page.render(msg))

    def _finished(self, result: Propagation) -> None:
        self.result = result
        self.page.state.keep_result("propagation", result)
        self._show(result)

    def _show(self, p: Propagation) -> None:
        mark = "✔ " if p.complete else "✖ " if p.problem is not None else "… "
        self._set_status(lambda: mark + self.page.render(p.summary()))
        self.servers.clear()
        self.servers.setVisible(bool(p.servers))
        for s in p.servers:
            if not s.answered:
                state = self.tr("no answer") + (f" ({self.page.render(s.reason)})" if s.reason else "")
            elif s.has_expected is True:
                state = "✔ " + self.tr("serves it")
            elif s.has_expected is False:
                state = "✖ " + (self.tr("still the old record") if s.records else self.tr("no SPF record"))
            else:
                state = "; ".join(s.records) or self.tr("no SPF record")
            item = QTreeWidgetItem([s.name, s.address or "?", state,
                                    str(s.serial) if s.serial is not None else "",
                                    str(s.ttl) if s.ttl is not None else ""])
            self.servers.addTopLevelItem(item)
