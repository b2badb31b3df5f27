"""Provider and own address: a searchable provider list and an address field with live validation.

An address at a provider's mail domain (``taro@abc.ocn.ne.jp``) preselects that provider, never silently: a line
under the address says so, and when the address stops matching (a typo corrected, the own address typed instead),
the provider selected before comes back. Once the user picks a provider, the address no longer changes it.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.core.inputs.address import AddressError, parse_address, parse_host
from wizard.core.inputs.flow import Step
from wizard.core.model import IspProfile, Origin, ProfileKind
from wizard.gui.pages.base import BasePage

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


class ProviderPage(BasePage):
    step = Step.PROVIDER

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self._user_picked = False  # once the user clicks a provider, the address no longer overrides the choice
        self._switched: tuple[str | None, str] | None = None  # (provider before, provider the address chose)

        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("address")
        self.address_edit.setClearButtonEnabled(True)
        self.address_status = QLabel()
        self.address_status.setObjectName("address_status")
        self.address_status.setWordWrap(True)
        self.address_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for status in (self.address_status,):  # a wrapping label in a form row: as tall as its text, under its field
            status.setMinimumWidth(360)
            status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("providers")
        self.list.setAlternatingRowColors(True)
        self.provider_info = QLabel()
        self.provider_info.setObjectName("provider_info")
        self.provider_info.setWordWrap(True)

        self.host_label = QLabel()
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("host")
        self.host_label.setBuddy(self.host_edit)
        self.host_status = QLabel()
        self.host_status.setObjectName("host_status")
        self.host_status.setWordWrap(True)

        form = QFormLayout()
        self.address_label = QLabel()
        self.address_label.setBuddy(self.address_edit)
        form.addRow(self.address_label, self.address_edit)
        form.addRow("", self.address_status)
        self.address_note = QLabel()  # the provider the address selected, said aloud
        self.address_note.setObjectName("address_note")
        self.address_note.setWordWrap(True)
        self.address_note.setVisible(False)
        form.addRow("", self.address_note)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search_edit)
        form.addRow(self.search_label, self.search_edit)

        host_box = QWidget()
        host_layout = QFormLayout(host_box)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.addRow(self.host_label, self.host_edit)
        host_layout.addRow("", self.host_status)
        self.host_box = host_box
        host_box.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict())
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        layout.addLayout(row, 1)
        layout.addWidget(self.provider_info)
        self._add_trust_widgets(layout)
        layout.addWidget(host_box)

        self._filled = False
        self.address_edit.textChanged.connect(self._address_changed)
        self.search_edit.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._provider_changed)
        self.list.itemClicked.connect(self._clicked)
        self.host_edit.textChanged.connect(self._host_changed)
        self.setTabOrder(self.address_edit, self.search_edit)
        self.setTabOrder(self.search_edit, self.list)
        self.setTabOrder(self.list, self.host_edit)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if not self._filled:  # the catalogue is read when the page is first shown, not at start-up
            self._filled = True
            self._fill()
            self._address_changed(self.address_edit.text())
        # The line check on the welcome page may have recognised the provider: preselect it unless the user picked
        # one or the address already matched one.
        if not self._user_picked and self.state.isp is None and self.state.detected_isp:
            self.select_provider(self.state.detected_isp)
        self._say_line()

    def _say_line(self) -> None:
        """The verdict: the provider of this line when the welcome page found it (and it is the one selected)."""
        line = getattr(self.state, "line", None)
        provider = getattr(line, "provider", None)
        if provider is None or self.state.isp is None or self.state.isp.id != provider.id:
            self.say(str)
            return
        self.say(lambda: self.tr("The provider of this line is {name}: it is selected below.").format(
                     name=provider.display_name(self.lang)),
                 lambda: self.tr("Check your e-mail address, then click Next."))

    # -- list ----------------------------------------------------------------------------------------------------------
    def _fill(self) -> None:
        self.live(self.catalog_errors, self._catalog_errors_text)
        self.catalog_errors.setVisible(bool(self.state.catalog.errors) or len(self.state.catalog) == 0)
        for p in self.state.catalog:
            item = QListWidgetItem(self._item_text(p))
            item.setData(ID_ROLE, p.id)
            item.setData(SEARCH_ROLE, _fold(" ".join([p.id, p.name.ja, p.name.en, *p.domains])))
            # the list speaks one language at a time; the other name (the search finds both) and the domains here
            names = list(dict.fromkeys(n for n in (p.name.ja, p.name.en) if n))
            item.setToolTip("\n".join([" / ".join(names), ", ".join(p.domains)]).strip())
            self.list.addItem(item)

    def _item_text(self, p: IspProfile) -> str:
        text = p.display_name(self.lang)
        if p.origin is Origin.CUSTOM:
            text += "  " + self.tr("(custom profile)")
        if p.is_service:  # the services follow the providers in the list, marked as what they are
            text += "  " + (self.tr("(sending service)") if p.kind is ProfileKind.RELAY_SERVICE
                            else self.tr("(mailbox service)"))
        return text

    def _filter(self, text: str) -> None:
        needle = _fold(text.strip())
        first_visible = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(needle) and needle not in item.data(SEARCH_ROLE)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        cur = self.list.currentItem()
        if (cur is None or cur.isHidden()) and first_visible is not None and needle:
            self.list.setCurrentItem(first_visible)

    def select_provider(self, isp_id: str) -> bool:
        if not self._filled:
            self.initializePage()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ID_ROLE) == isp_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def retranslate(self) -> None:
        """Every text; provider names and the provider's hint are in the page's language too."""
        self.setTitle(self.tr("Your provider and your address"))
        self.setSubTitle(
            self.tr(
                "Enter the address you send from, and choose the Internet provider of the line this computer uses."
            )
        )
        self.address_edit.setPlaceholderText(self.tr("you@your-company.jp"))
        self.search_edit.setPlaceholderText(self.tr("Type to search, e.g. OCN, ぷらら, nifty"))
        self.host_label.setText(self.tr("Outgoing (SMTP) &server:"))
        self.host_edit.setPlaceholderText(self.tr("smtp.example.ne.jp"))
        self.address_label.setText(self.tr("Your e-mail &address:"))
        self.search_label.setText(self.tr("&Provider:"))
        if self._filled:
            for i in range(self.list.count()):
                item = self.list.item(i)
                profile = self.state.catalog.get(item.data(ID_ROLE))
                if profile is not None:
                    item.setText(self._item_text(profile))

    def _clicked(self, item: QListWidgetItem) -> None:
        self._user_picked = True
        if self._switched is not None:
            self._switched = None
            self._show_switch_note(None)

    def _provider_changed(self, current: QListWidgetItem | None, previous=None) -> None:
        if self.list.hasFocus() or self.search_edit.hasFocus():
            self._user_picked = True  # chosen with the keyboard or by searching: the address no longer overrides it
        if self._user_picked and self._switched is not None:
            self._switched = None
            self._show_switch_note(None)
        profile: IspProfile | None = None
        if current is not None:
            profile = self.state.catalog.get(current.data(ID_ROLE))
        self.state.isp = profile
        self.live(self.provider_info, lambda: self._provider_text(profile))
        self._show_confidence(profile)
        self.host_box.setVisible(bool(profile and profile.user_host))
        self._say_line()
        self.completeChanged.emit()

    def _provider_text(self, profile: IspProfile | None) -> str:
        info = []
        if profile is not None:
            if profile.origin is Origin.CUSTOM:
                info.append(self.tr("This profile comes from your own profile folder: {path}").format(path=profile.path))
            if profile.is_service:
                from wizard.gui.pages.routes import OtherRoutes  # the service's one line: cost and effort

                info.append(OtherRoutes.line(profile, self.lang, self.tr("(unconfirmed)")))
            hint = profile.account_hint.get(self.lang)
            if hint:
                info.append(hint)
        return "\n".join(info)

    # -- confidence and catalogue errors (issue 14) -----------------------------------------------------------------------
    def _add_trust_widgets(self, layout) -> None:
        """The profile's confidence in plain words, and the catalogue's errors (which file, which field)."""
        self.confidence = QLabel()
        self.confidence.setObjectName("confidence")
        self.confidence.setWordWrap(True)
        self.confidence.setVisible(False)
        self.catalog_errors = QLabel()
        self.catalog_errors.setObjectName("catalog_errors")
        self.catalog_errors.setWordWrap(True)
        self.catalog_errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.catalog_errors.setVisible(False)
        layout.addWidget(self.confidence)
        layout.addWidget(self.catalog_errors)

    def _show_confidence(self, profile: IspProfile | None) -> None:
        from wizard.core.catalog.trust import profile_warnings  # lazy: with the catalogue, off the first page

        lines = profile_warnings(profile) if profile is not None else []
        self._confidence_lines = lines
        self._render_confidence()
        if profile is not None and not profile.user_host:
            from wizard.core.catalog.evidence import last_tested  # lazy: sqlite3, on a page job

            self.jobs.start("last_tested", last_tested, profile.id, on_result=self._last_tested)

    def _last_tested(self, row) -> None:
        if row is None or self.state.isp is None or row.isp_id != self.state.isp.id:
            return
        from wizard.core.catalog.evidence import last_tested_text

        self._confidence_lines = [last_tested_text(row), *self._confidence_lines]
        self._render_confidence()

    def _render_confidence(self) -> None:
        lines = list(self._confidence_lines)
        self.live(self.confidence, lambda: "\n".join("ⓘ " + self.render(m) for m in lines))
        self.confidence.setVisible(bool(lines))

    def _catalog_errors_text(self) -> str:
        from wizard.core.catalog.trust import catalogue_problems  # lazy: as above

        return "\n".join("⚠ " + self.render(m) for m in catalogue_problems(self.state.catalog))

    # -- address -------------------------------------------------------------------------------------------------------
    def _address_changed(self, text: str) -> None:
        if not text.strip():
            self.state.address = None
            self.live(self.address_status, lambda: self.tr("Enter the address your customers know, e.g. info@your-company.jp."))
            self._follow_address(None)
            self.completeChanged.emit()
            return
        try:
            addr = parse_address(text)
        except AddressError as exc:
            self.state.address = None
            self.live(self.address_status, lambda msg=exc.msg: "⚠ " + self.render(msg))
            self._follow_address(None)
        else:
            self.state.address = addr
            shown = addr.display
            if addr.display != addr.ascii:
                shown += f"  ({addr.ascii})"
            self.live(self.address_status, lambda: "✔ " + shown)
            match = self.state.catalog.for_domain(addr.domain.ascii)
            self._follow_address(match[0].id if match else None)
        self.completeChanged.emit()

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _follow_address(self, match: str | None) -> None:
        """The address's provider (``match``, or None) selects the provider until the user picks one: said under
        the address, and undone (the provider before comes back) when the address no longer matches."""
        if self._user_picked:
            return
        if match is not None:
            if self._current_id() == match:
                return
            before = self._switched[0] if self._switched is not None else self._current_id()
            self._switched = (before, match)
            self.select_provider(match)
            self._show_switch_note(self.state.catalog.get(match))
        elif self._switched is not None:
            before, self._switched = self._switched[0], None
            if before is None or not self.select_provider(before):
                self.list.setCurrentRow(-1)
            self._show_switch_note(None)

    def _show_switch_note(self, profile: IspProfile | None) -> None:
        if profile is None:
            self.live(self.address_note, str)
        else:
            self.live(self.address_note, lambda: "ⓘ " + self.tr(
                "The provider was chosen from your address: {name}. If this computer uses another provider's line, "
                "choose it in the list.").format(name=profile.display_name(self.lang)))
        self.address_note.setVisible(profile is not None)

    def _host_changed(self, text: str) -> None:
        if not text.strip():
            self.state.user_host = ""
            self.live(self.host_status, str)
        else:
            try:
                host = parse_host(text)
                self.state.user_host = host.ascii
                self.live(self.host_status, lambda shown=host.with_ascii: "✔ " + shown)
            except AddressError as exc:
                self.state.user_host = ""
                self.live(self.host_status, lambda msg=exc.msg: "⚠ " + self.render(msg))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API; no I/O
        return self.state.provider_ready
