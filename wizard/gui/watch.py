"""The watch list in the window (docs/WATCH.md): the start-up banner on the first page, and the choice on the done
page to watch the rental server.

- :class:`WatchBanner` checks the watched servers on its page's background jobs, started after the first paint (the
  first page never waits for it), and says what changed since the window last showed it. When every list has
  cleared a server whose Thunderbird change the wizard made, it offers to switch back; nothing is switched until the
  user presses the button (the change is undone with the Thunderbird backup, wizard/core/watch/goback.py).
- :class:`WatchChoice` is the done page's checkbox "watch the rental server", on by default when it was listed.

Both translate their own texts on ``LanguageChange``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.core.messages import Msg
from wizard.gui.language import current_lang
from wizard.gui.pages.base import after_first_paint, qt


def _render(msg: Msg) -> str:
    return msg.render(QCoreApplication.translate)


def _setting(setting) -> str:
    from wizard.gui.pages.words import setting_text  # lazy: as the pages after the first one

    return setting_text(setting)


def _join(sentences: list[str]) -> str:
    return ("" if current_lang().startswith("ja") else " ").join(s for s in sentences if s)


class WatchBanner(QFrame):
    """What changed on the blocklists since last time, for the watched rental servers (hidden until there is news)."""

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.setObjectName("watch_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setObjectName("watch_text")
        self.text.setWordWrap(True)
        self.back_button = QPushButton()
        self.back_button.setObjectName("watch_back")
        self.back_button.setVisible(False)
        self.export_button = QPushButton()
        self.export_button.setObjectName("watch_export")
        self.export_button.setVisible(False)
        self.outcome = QLabel()
        self.outcome.setObjectName("watch_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setVisible(False)
        after_first_paint(self._polish)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        self.banner = None  # the last history.Banner
        self.back_to = None  # (Watched, RelaySetting | None): the server whose Thunderbird change can be undone
        self._outcome: Msg | tuple | None = None
        self._previous = None  # goback.Previous: the server before the change (kept after going back)
        self.back_button.clicked.connect(self.switch_back)
        self.export_button.clicked.connect(self.save_files)
        self.setVisible(False)

    def _polish(self) -> None:
        Qt = qt()
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # names from DNS and the lists: never HTML
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)

    # -- the check -------------------------------------------------------------------------------------------------
    def start(self, path=None) -> None:
        """Check the watched servers in the background (call it after the first paint)."""
        from wizard.core.watch import history  # lazy: sqlite3 and the check's code, after the first paint

        page = self.page
        self.page.jobs.start("watch", history.startup_check, path, page.state.resolver, page.zones, page.timeout,
                             on_result=self.show_banner)

    def show_banner(self, banner) -> None:
        self.banner = banner
        self.back_to = None
        self._previous = None
        if banner is None or banner.empty:
            self.setVisible(False)
            return
        from wizard.core.watch import goback  # lazy: the Thunderbird code only when something is watched

        for w in banner.all_clear:
            if w.tb_profile and goback.newest_backup(w.tb_profile) is not None:
                self.back_to = (w, goback.previous_server(w.tb_profile))
                self._previous = goback.previous(w.tb_profile)
                break
        self.retranslate()
        self.setVisible(True)

    # -- going back ------------------------------------------------------------------------------------------------
    def switch_back(self) -> None:
        """Undo the wizard's Thunderbird change (only ever from the button)."""
        if self.back_to is None:
            return
        from wizard.core.messages import WizardError
        from wizard.core.watch import goback

        watched, previous = self.back_to
        try:
            result = goback.go_back(watched.tb_profile)
        except WizardError as exc:
            self._outcome = exc.msg
        else:
            self._outcome = ("done", previous, result)
            self.back_to = None
        self.retranslate()

    def choose_folder(self) -> str:
        """The folder for the settings files ("" cancelled); a seam for tests, as the export page's."""
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the settings files"))

    def save_files(self) -> None:
        """Settings files for the rental server's own SMTP, as Thunderbird had it before the change."""
        if self._previous is None:
            return
        folder = self.choose_folder()
        if not folder:
            return
        from pathlib import Path

        from wizard.core.messages import WizardError
        from wizard.core.watch import goback

        try:
            written = goback.export_previous(self._previous, Path(folder))
        except WizardError as exc:
            self._outcome = exc.msg
        else:
            self._outcome = ("saved", len(written), folder)
        self.retranslate()

    def _outcome_text(self) -> str:
        o = self._outcome
        if o is None:
            return ""
        if isinstance(o, Msg):
            return _render(o)
        if o[0] == "saved":
            return self.tr("Saved {n} settings files in {folder}.").format(n=o[1], folder=o[2])
        _, previous, result = o
        first = (self.tr("Thunderbird sends through {server} again, as before the change.").format(
            server=_setting(previous)) if previous is not None else
            self.tr("Thunderbird's settings are back as they were before the change."))
        kept = (self.tr("The settings with the relay were kept in {file}.").format(file=result.saved_current.name)
                if result.saved_current is not None else "")
        return _join([first, kept])

    # -- texts -----------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lines = [_render(m) for m in self.banner.lines] if self.banner is not None else []
        self.text.setText(_join(lines))
        if self.back_to is not None:
            watched, previous = self.back_to
            label = _setting(previous) if previous is not None else watched.target
            self.back_button.setText(self.tr("Switch Thunderbird back to {server}").format(server=label))
            self.back_button.setToolTip(self.tr(
                "Puts back the Thunderbird settings from before the wizard's change (the backup it made). Nothing "
                "changes until you press this button."))
        self.back_button.setVisible(self.back_to is not None)
        if self._previous is not None:
            self.export_button.setText(self.tr("Save settings files for the rental server…"))
            self.export_button.setToolTip(self.tr(
                "Writes settings files for the server your mail program used before the change, for other mail "
                "programs and computers."))
        self.export_button.setVisible(self._previous is not None)
        text = self._outcome_text()
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WatchChoice(QWidget):
    """"Watch the rental server": on by default when it was listed; the watch list follows the box at once."""

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.box = QCheckBox()
        self.box.setObjectName("watch_choice")
        self.status = QLabel()
        self.status.setObjectName("watch_choice_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        self.target = ""
        self._problem: Msg | None = None
        self.box.toggled.connect(self._apply)
        self.setVisible(False)
        self.retranslate()

    def target_of(self, report) -> str:
        """The rental server the welcome page checked (its first target that is a host name or an address)."""
        from wizard.core.dns.zones import DnsblError
        from wizard.core.watch.history import normal_target

        for part in str(getattr(report, "target", "") or "").split(","):
            try:
                return normal_target(part)
            except DnsblError:
                continue
        return ""

    def prepare(self) -> None:
        """Show the box when the rental server was checked; tick it when it was listed (the page's initializePage)."""
        report = self.page.state.blocklists
        self.target = self.target_of(report) if report is not None else ""
        self.setVisible(bool(self.target))
        if not self.target:
            return
        self.box.blockSignals(True)
        self.box.setChecked(bool(report.listed))
        self.box.blockSignals(False)
        self.retranslate()
        if self.box.isChecked():
            self._apply(True)

    def _profile(self) -> str:
        written = [r for r in self.page.state.thunderbird if getattr(r, "written", False)]
        return str(written[-1].plan.profile) if written else ""

    def _apply(self, on: bool) -> None:
        from wizard.core.store import open_store  # lazy: sqlite3 only when the box is used
        from wizard.core.watch import history

        if not self.target:
            return
        with open_store() as store:
            if on:
                history.add(store, self.target, tb_profile=self._profile())
            else:
                history.remove(store, self.target)
            self._problem = store.problems[-1] if store.problems else None
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setText(self.tr("Watch the rental server {server} on the blocklists").format(
            server=self.target) if self.target else self.tr("Watch the rental server on the blocklists"))
        if self._problem is not None:
            text = _render(self._problem)
        elif self.box.isChecked():
            text = self.tr("Each time the wizard starts, it checks the blocklists again and tells you when the "
                           "server is clean, so that you can switch back.")
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
