"""Other routes and the records they need: widgets the relay-test, provider and domain-check pages add.

``OtherRoutes`` is shown on the relay-test page when no setting of the provider sends with the own domain: the relay
and mailbox services of the catalogue, each with its cost and effort in one line; choosing one makes it the route
and leads into the same credentials -> relay test -> domain check -> export pages (a service is probed exactly like a
provider relay). ``RecordsList`` shows the domain check's ``records`` (DNS records the route needs besides SPF).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from wizard.core.model import IspProfile, LocalText, ProfileKind

ID_ROLE = Qt.ItemDataRole.UserRole


def services(catalog) -> list[IspProfile]:
    """The relay services first, then the mailbox services, each in catalogue order."""
    return sorted((p for p in catalog if p.is_service), key=lambda p: p.kind is not ProfileKind.RELAY_SERVICE)


def _join(lang: str, *sentences: str) -> str:
    return ("" if lang.startswith("ja") else " ").join(s for s in sentences if s)


class _Texts(QGroupBox):
    """A group owned by a page: its texts are redone by the page's language switch (``BasePage.live``), after the
    page has taken the new language, with the group's own ``tr`` context."""

    def __init__(self, page):
        super().__init__()
        self.page = page
        page.live(self, self._texts, "title")

    @property
    def lang(self) -> str:
        return self.page.lang

    def _texts(self) -> str:
        """Every text but the title; returns the title."""
        raise NotImplementedError

    def retranslate(self) -> None:
        self.setTitle(self._texts())


class OtherRoutes(_Texts):
    """The services to turn to when the provider refuses the own domain; ``chosen`` carries the service's id."""

    chosen = Signal(str)

    def __init__(self, page):
        self._profiles: list[IspProfile] = []
        self._isp_name = LocalText()
        self.intro = QLabel()
        self.list = QListWidget()
        self.use_button = QPushButton()
        super().__init__(page)
        self.setObjectName("other_routes")
        self.intro.setObjectName("other_routes_intro")
        self.intro.setWordWrap(True)
        self.list.setObjectName("other_routes_list")
        self.list.setWordWrap(True)
        self.use_button.setObjectName("use_route")
        self.use_button.setEnabled(False)
        self.list.currentItemChanged.connect(lambda cur, _prev: self.use_button.setEnabled(cur is not None))
        self.use_button.clicked.connect(self._use)
        self.list.itemDoubleClicked.connect(lambda _item: self._use())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        self.setVisible(False)

    def show_for(self, plan) -> None:
        """Visible when the test found no setting that sends with the own domain."""
        st = self.page.state
        self._profiles = [p for p in services(st.catalog) if st.isp is None or p.id != st.isp.id]
        if plan.works or not self._profiles:
            self.setVisible(False)
            return
        self._isp_name = st.isp.name if st.isp is not None else LocalText()
        self.list.clear()
        for p in self._profiles:
            item = QListWidgetItem()
            item.setData(ID_ROLE, p.id)
            self.list.addItem(item)
        self.retranslate()
        self.setVisible(True)

    def route_line(self, p: IspProfile) -> str:
        return self.line(p, self.lang, self.tr("(unconfirmed)"))

    @staticmethod
    def line(p: IspProfile, lang: str, unconfirmed: str) -> str:
        """A service in one line: name, cost (marked when no source was read), effort."""
        cost = p.route.cost.value.get(lang) if p.route.cost is not None else ""
        if p.route.cost is not None and not p.route.cost.verified and not p.route.cost.to_verify:  # to_verify texts say so
            cost += " " + unconfirmed
        return " — ".join(s for s in (p.display_name(lang), cost, p.route.effort.get(lang)) if s.strip())

    def _texts(self) -> str:
        lang = self.lang
        name = self._isp_name.get(lang) or self.tr("Your provider")
        self.intro.setText(_join(
            lang,
            self.tr("{isp} did not accept your own domain as sender on any setting from this line.").format(isp=name),
            self.tr("These services accept it once your domain is verified there. Choose one: it is set up and tested "
                    "the same way."),
        ))
        self.use_button.setText(self.tr("&Use this route"))
        for i, p in enumerate(self._profiles):
            if (item := self.list.item(i)) is not None:
                item.setText(self.route_line(p))
        return self.tr("Other routes")

    def _use(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(item.data(ID_ROLE))


class RecordsList(_Texts):
    """The domain check's records besides SPF: each found / missing / wrong, with the record to add."""

    MARKS = {"found": "✔", "missing": "✘", "wrong": "✘", "unchecked": "○", "no_answer": "?"}

    def __init__(self, page):
        self._records: list = []
        self._service = LocalText()
        self.text = QLabel()
        super().__init__(page)
        self.setObjectName("records")
        self.text.setObjectName("records_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # holds DNS data
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self).addWidget(self.text)
        self.setVisible(False)

    def show_check(self, check) -> None:
        self._records = list(getattr(check, "records", None) or [])
        isp = self.page.state.isp
        self._service = isp.name if isp is not None else LocalText()
        self.retranslate()
        self.setVisible(bool(self._records))

    def _texts(self) -> str:
        self.text.setText("\n".join(f"{self.MARKS.get(r.state.value, '·')} {self.page.render(r.msg)}"
                                    for r in self._records))
        return self.tr("DNS records {service} needs").format(service=self._service.get(self.lang))


def use_route(page, isp_id: str) -> None:
    """Make the service ``isp_id`` the route and walk into its credentials page: back to the provider page (the
    service selected there, as if the user had chosen it), then Next, so every page after it starts afresh."""
    from wizard.core.inputs.flow import Step  # the page flow, Qt-free

    wizard = page.wizard()
    provider = wizard.page(int(Step.PROVIDER)) if wizard is not None else None
    if provider is None or page.state.catalog.get(isp_id) is None:
        return
    provider.select_provider(isp_id)
    while wizard.currentId() != int(Step.PROVIDER) and wizard.visitedIds():
        before = wizard.currentId()
        wizard.back()
        if wizard.currentId() == before:
            break
    wizard.next()
