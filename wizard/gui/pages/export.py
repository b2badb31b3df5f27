"""Settings for the mail program: choose formats, preview them, save them; or apply the setting to Thunderbird.

Nothing is written before the user clicks Save or Apply. The Thunderbird change is planned again (prefs.js read,
the lock checked) when the inputs have settled, not on every keystroke (:data:`PLAN_DELAY_MS`). Files get sensible default names; an existing file is never
overwritten when saving into a folder (a number is added instead). The Thunderbird part shows the before/after summary
of the change first, refuses while Thunderbird runs, and can undo the change.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from wizard.core import export
from wizard.core.thunderbird import edit
from wizard.core.thunderbird.errors import ThunderbirdError
from wizard.core.thunderbird.lock import lock_state
from wizard.core.thunderbird.profiles import find_profiles
from wizard.core.export.base import (
    ExportError,
    IncomingServer,
    IncomingType,
    default_incoming_port,
    guess_incoming,
)
from wizard.core.inputs.address import host_display
from wizard.core.inputs.flow import Step
from wizard.core.messages import WizardError
from wizard.core.model import Security
from wizard.gui.pages.base import BasePage
from wizard.gui.pages.words import setting_text

ID_ROLE = Qt.ItemDataRole.UserRole
PLAN_DELAY_MS = 300  # the user has stopped typing: plan the Thunderbird change


def unique_path(path: Path) -> Path:
    """``path``, or ``name (2).ext``, ``name (3).ext``... when it exists."""
    if not path.exists():
        return path
    n = 2
    while True:
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


class ExportPage(BasePage):
    step = Step.EXPORT

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        # tests replace these to avoid dialogs: (title, default path) -> Path | None
        self.ask_save_file = self._dialog_save_file
        self.ask_folder = self._dialog_folder

        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)

        # who and what
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("display_name")
        self.in_host = QLineEdit()
        self.in_host.setObjectName("incoming_host")
        self.in_type = QComboBox()
        self.in_type.setObjectName("incoming_type")
        self.in_type.addItem("IMAP", IncomingType.IMAP.value)
        self.in_type.addItem("POP3", IncomingType.POP3.value)
        self.in_sec = QComboBox()
        self.in_sec.setObjectName("incoming_security")
        for value in (Security.TLS, Security.STARTTLS, Security.PLAIN):
            self.in_sec.addItem("", value.value)
        self.in_port = QSpinBox()
        self.in_port.setObjectName("incoming_port")
        self.in_port.setRange(1, 65535)
        self.in_port.setValue(993)
        self._port_touched = False
        form = QFormLayout()
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        form.addRow(self.name_label, self.name_edit)
        in_row = QHBoxLayout()
        in_row.addWidget(self.in_host, 3)
        in_row.addWidget(self.in_type)
        in_row.addWidget(self.in_sec)
        in_row.addWidget(self.in_port)
        self.in_label = QLabel()
        self.in_label.setBuddy(self.in_host)
        form.addRow(self.in_label, in_row)

        # files
        self.formats = QListWidget()
        self.formats.setObjectName("formats")
        for fid in export.FORMATS:
            item = QListWidgetItem()
            item.setData(ID_ROLE, fid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.formats.addItem(item)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.files_box = files_box = QGroupBox()
        files_layout = QHBoxLayout(files_box)
        left = QVBoxLayout()
        left.addWidget(self.formats, 1)
        left.addWidget(self.save_button)
        files_layout.addLayout(left, 2)
        files_layout.addWidget(self.preview, 3)

        # Thunderbird
        self.profiles = QComboBox()
        self.profiles.setObjectName("profiles")
        self.link_identity = QCheckBox()
        self.link_identity.setObjectName("link_identity")
        self.link_identity.setChecked(True)
        self.tb_plan = QLabel()
        self.tb_plan.setObjectName("tb_plan")
        self.tb_plan.setWordWrap(True)
        self.tb_plan.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("apply")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo")
        self.tb_box = tb_box = QGroupBox()
        tb_layout = QVBoxLayout(tb_box)
        row = QHBoxLayout()
        self.profile_label = QLabel()
        self.profile_label.setBuddy(self.profiles)
        row.addWidget(self.profile_label)
        row.addWidget(self.profiles, 1)
        row.addWidget(self.apply_button)
        row.addWidget(self.undo_button)
        tb_layout.addLayout(row)
        tb_layout.addWidget(self.link_identity)
        # the plan in one sentence; what changes in prefs.js (the keys, before and after) under the details
        self.tb_sentence = QLabel()
        self.tb_sentence.setObjectName("tb_sentence")
        self.tb_sentence.setWordWrap(True)
        self.tb_details = self.details_section(self.tb_plan, name="tb_details")
        self.tb_details.setVisible(False)
        tb_layout.addWidget(self.tb_sentence)
        tb_layout.addWidget(self.tb_details)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(files_box, 1)
        layout.addWidget(tb_box)
        layout.addWidget(self.status)

        # Tab in screen order: the file list, its Save button, then the preview; the profile row before its checkbox
        for a, b in ((self.in_port, self.formats), (self.formats, self.save_button), (self.save_button, self.preview),
                     (self.preview, self.profiles), (self.profiles, self.apply_button),
                     (self.apply_button, self.undo_button), (self.undo_button, self.link_identity)):
            self.setTabOrder(a, b)
        self.name_edit.textChanged.connect(self._inputs_changed)
        self.in_host.textChanged.connect(self._inputs_changed)
        self.in_type.currentIndexChanged.connect(self._incoming_kind_changed)
        self.in_sec.currentIndexChanged.connect(self._incoming_kind_changed)
        self.in_port.valueChanged.connect(self._port_changed)
        self.formats.currentItemChanged.connect(lambda *_: self._show_preview())
        self.save_button.clicked.connect(self._save_clicked)
        self.profiles.currentIndexChanged.connect(lambda *_: self.refresh_plan())
        self.link_identity.toggled.connect(lambda *_: self.refresh_plan())
        self.apply_button.clicked.connect(self.apply_to_thunderbird)
        self.undo_button.clicked.connect(self.undo_thunderbird)
        self.inp = None
        self.plans_made = 0  # how often the Thunderbird change was planned (prefs.js read): the debounce's test
        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(PLAN_DELAY_MS)
        self._plan_timer.timeout.connect(self.refresh_plan)
        self._found_profiles: list = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Settings for your mail program"))
        self.setSubTitle(self.tr("Save ready files for Thunderbird, Outlook and Apple Mail, print the settings sheet, "
                                 "or let the wizard change Thunderbird for you. No password is written anywhere."))
        self.name_edit.setPlaceholderText(self.tr("e.g. 山田 太郎 or your company's name"))
        for i, text in enumerate((self.tr("SSL/TLS"), self.tr("STARTTLS"), self.tr("None"))):
            self.in_sec.setItemText(i, text)
        self.name_label.setText(self.tr("Your &name (shown as sender):"))
        self.in_label.setText(self.tr("&Incoming server (your rental server):"))
        for i in range(self.formats.count()):
            item = self.formats.item(i)
            item.setText(self.render(export.get(item.data(ID_ROLE)).title))
        self.save_button.setText(self.tr("&Save checked files…"))
        self.files_box.setTitle(self.tr("Files (select one to preview it)"))
        self.link_identity.setText(self.tr("Also make my address in Thunderbird send through it"))
        self.apply_button.setText(self.tr("&Apply to Thunderbird"))
        self.undo_button.setText(self.tr("&Undo"))
        self.tb_box.setTitle(self.tr("Change Thunderbird directly (close Thunderbird first)"))
        self.profile_label.setText(self.tr("&Profile:"))
        for i, p in enumerate(self._found_profiles):
            self.profiles.setItemText(i, self._profile_label(p))
        self._show_preview()  # the settings sheet is in the page's language

    # -- entering the page ---------------------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt API
        st = self.state
        self.name_edit.blockSignals(True)
        self.name_edit.setText(st.display_name)
        self.name_edit.blockSignals(False)
        self._guess_placeholder()
        if st.incoming is not None and not st.incoming.guessed and not self.in_host.text():
            self.in_host.setText(host_display(st.incoming.host))  # a guess stays a placeholder, not what was typed
        self._load_profiles()
        self._inputs_changed()
        self.refresh_plan()  # at once on entering; while typing, once the inputs have settled
        if self.formats.currentItem() is None:
            self.formats.setCurrentRow(0)

    def _guess_placeholder(self) -> None:
        address = self.state.address
        if address is not None:
            self.live(self.in_host, lambda: host_display(guess_incoming(address).host) + "  "
                      + self.tr("(a guess: check it)"),
                      "placeholderText")

    def _profile_label(self, p) -> str:
        return p.name + ("  " + self.tr("(default)") if p.default else "") + f"  —  {p.path}"

    def _load_profiles(self) -> None:
        self.profiles.blockSignals(True)
        self.profiles.clear()
        try:
            found = find_profiles()
        except ThunderbirdError as exc:
            found = []
            self._show_tb(lambda msg=exc.msg: "⚠ " + self.render(msg))
        self._found_profiles = found
        for p in found:
            self.profiles.addItem(self._profile_label(p), str(p.path))
        self.profiles.setEnabled(self.profiles.count() > 0)
        self.profiles.blockSignals(False)

    def add_profile(self, path: Path, name: str | None = None) -> None:
        """Offer a profile folder that is not in profiles.ini (also used by tests)."""
        self.profiles.addItem(name or str(path), str(path))
        self.profiles.setEnabled(True)
        self.profiles.setCurrentIndex(self.profiles.count() - 1)

    # -- inputs ----------------------------------------------------------------------------------------------------------
    def _incoming_kind_changed(self) -> None:
        if not self._port_touched:
            self.in_port.blockSignals(True)
            self.in_port.setValue(default_incoming_port(IncomingType(self.in_type.currentData()), Security(self.in_sec.currentData())))
            self.in_port.blockSignals(False)
        self._inputs_changed()

    def _port_changed(self) -> None:
        self._port_touched = True
        self._inputs_changed()

    def _incoming(self) -> IncomingServer | None:
        host = self.in_host.text().strip()
        if not host:
            return None
        return IncomingServer(host=host, port=self.in_port.value(), type=IncomingType(self.in_type.currentData()),
                              security=Security(self.in_sec.currentData()))

    def _inputs_changed(self) -> None:
        """What the user typed: the input, the status line and the preview at once; the Thunderbird plan when the
        typing has stopped for PLAN_DELAY_MS (each edit restarts the timer)."""
        st = self.state
        st.display_name = self.name_edit.text().strip()
        self.inp = None
        problem = None
        if st.chosen is None or st.address is None:
            def problem() -> str:
                return self.tr("No relay setting has been chosen yet. Go back to the relay test and choose one.")
        else:
            try:
                incoming = self._incoming()
                self.inp = export.make_input(st.chosen, st.address, st.display_name, st.isp, incoming,
                                             st.spf_record or None, created=dt.date.today())
                st.incoming = self.inp.incoming
            except ExportError as exc:
                def problem(msg=exc.msg) -> str:
                    return "⚠ " + self.render(msg)
        ok = self.inp is not None
        for w in (self.save_button, self.apply_button, self.formats):
            w.setEnabled(ok)
        self.live(self.status, problem or self._setting_line)
        self._show_preview()
        self._plan_timer.start()

    def _setting_line(self) -> str:
        s = self.state.chosen
        if s is None:
            return ""
        text = self.tr("Outgoing server: {setting}").format(setting=setting_text(s))
        if s.username:
            text += "  " + self.tr("user {name}").format(name=s.username)
        return text

    # -- files ----------------------------------------------------------------------------------------------------------
    def checked_formats(self) -> list[str]:
        return [self.formats.item(i).data(ID_ROLE) for i in range(self.formats.count())
                if self.formats.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, ids: list[str]) -> None:
        for i in range(self.formats.count()):
            item = self.formats.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in ids else Qt.CheckState.Unchecked)

    def _show_preview(self) -> None:
        item = self.formats.currentItem()
        if item is None or self.inp is None:
            self.preview.setPlainText("")
            return
        fmt = export.get(item.data(ID_ROLE))
        self.preview.setPlainText(fmt.preview(fmt.render(self.inp)))

    def _documents(self) -> Path:
        loc = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(loc) if loc else Path.home()

    def _dialog_save_file(self, title: str, default: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(default), options=QFileDialog.Option.DontUseNativeDialog)
        return Path(path) if path else None

    def _dialog_folder(self, title: str, default: Path) -> Path | None:
        path = QFileDialog.getExistingDirectory(
            self, title, str(default),
            QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontUseNativeDialog)
        return Path(path) if path else None

    def _save_clicked(self) -> None:
        ids = self.checked_formats()
        if self.inp is None or not ids:
            self.live(self.status, lambda: self.tr("Check at least one file to save."))
            return
        if len(ids) == 1:
            fmt = export.get(ids[0])
            target = self.ask_save_file(self.tr("Save {what}").format(what=self.render(fmt.title)),
                                        self._documents() / fmt.filename(self.inp))
            if target is not None:
                self.save_files({ids[0]: target})
        else:
            folder = self.ask_folder(self.tr("Choose a folder for the files"), self._documents())
            if folder is not None:
                self.save_files({fid: unique_path(folder / export.get(fid).filename(self.inp)) for fid in ids})

    def save_files(self, targets: dict[str, Path]) -> list[Path]:
        """Write each format to its path; returns the paths written. Errors are shown, the others still saved."""
        written, errors = [], []
        for fid, path in targets.items():
            try:
                export.save(path, export.get(fid).render(self.inp))
            except ExportError as exc:
                errors.append(exc.msg)
                continue
            written.append(path)
            self.state.exported.append((fid, path))
        self.live(self.status, lambda: "\n".join(
            [self.tr("Saved: {path}").format(path=p) for p in written] + ["⚠ " + self.render(e) for e in errors]))
        return written

    # -- Thunderbird ------------------------------------------------------------------------------------------------------
    def profile_dir(self) -> Path | None:
        data = self.profiles.currentData()
        return Path(data) if data else None

    def refresh_plan(self) -> None:
        """Show what applying would change (before/after), or why it cannot be done."""
        self._plan_timer.stop()
        profile = self.profile_dir()
        can_undo = bool(profile and profile.is_dir() and edit.backups(profile))
        self.undo_button.setEnabled(can_undo)
        if profile is None:
            self.apply_button.setEnabled(False)
            self._show_tb(lambda: self.tr("No Thunderbird profile was found on this computer."))
            return
        if self.inp is None:
            self.apply_button.setEnabled(False)
            return
        self.plans_made += 1
        try:
            plan = edit.plan_apply(profile, self.inp.setting, self.inp.address, self.link_identity.isChecked())
        except WizardError as exc:
            self.apply_button.setEnabled(False)
            self._show_tb(lambda msg=exc.msg: "⚠ " + self.render(msg))
            return
        lock = lock_state(profile)
        self.apply_button.setEnabled(plan.changed)
        self._show_tb(lambda: self._plan_text(plan, lock), lambda: self._plan_sentence(plan, lock))

    def _show_tb(self, make, sentence=None) -> None:
        """The Thunderbird box: ``sentence`` (one line) over the details ``make``; a message without details (an
        error, no profile) is shown as the sentence itself."""
        self.live(self.tb_plan, make)
        self.live(self.tb_sentence, sentence or make)
        self.tb_details.setVisible(sentence is not None)

    def _plan_sentence(self, plan, lock) -> str:
        setting = setting_text(self.inp.setting)
        if not plan.changed:
            text = self.tr("Thunderbird already sends through {setting}.").format(setting=setting)
        else:
            text = self.tr("“Apply to Thunderbird” makes Thunderbird send your mail through {setting}.").format(
                setting=setting)
        if lock.running:
            text = "⚠ " + self.join(self.render(lock.reason), self.tr("Close Thunderbird to apply."), text)
        return text

    def _applied_sentence(self, result) -> str:
        if not result.written:
            return self._plan_sentence(result.plan, SimpleNamespace(running=False))
        return self.join(self.tr("Thunderbird now sends through {setting}.").format(
            setting=setting_text(self.inp.setting)), self.tr("Start Thunderbird: it asks for your provider password once."))

    def _plan_text(self, plan, lock) -> str:
        lines = [self.render(m) for m in plan.summary()]
        if lock.running:
            lines.insert(0, "⚠ " + self.render(lock.reason) + " " + self.tr("Close Thunderbird to apply."))
        return "\n".join(lines)

    def apply_to_thunderbird(self) -> None:
        self._plan_timer.stop()
        profile = self.profile_dir()
        if profile is None or self.inp is None:
            return
        try:
            result = edit.apply(profile, self.inp.setting, self.inp.address, self.link_identity.isChecked())
        except WizardError as exc:
            self._show_tb(lambda msg=exc.msg: "⚠ " + self.render(msg))
            return
        if result.written:
            self.state.thunderbird.append(result)
        self._show_tb(lambda: self._applied_text(result), lambda: self._applied_sentence(result))
        self.apply_button.setEnabled(False)
        self.undo_button.setEnabled(bool(edit.backups(profile)))

    def _applied_text(self, result) -> str:
        lines = [self.render(m) for m in result.plan.summary()]
        if result.written:
            lines.append(self.tr("Done. The old settings are kept in {file}.").format(file=result.backup.name))
            lines.append(self.tr("Start Thunderbird: it asks for your provider password once."))
        return "\n".join(lines)

    def undo_thunderbird(self) -> None:
        self._plan_timer.stop()
        profile = self.profile_dir()
        if profile is None:
            return
        try:
            result = edit.undo(profile)
        except WizardError as exc:
            self._show_tb(lambda msg=exc.msg: "⚠ " + self.render(msg))
            return
        self.state.thunderbird = [r for r in self.state.thunderbird if r.backup != result.backup]
        self.refresh_plan()
        plan_text = self._live.get((self.tb_plan, "text"), str)
        self._show_tb(lambda: self._undone_text(result) + "\n" + plan_text(), lambda: self._undone_text(result).split("\n")[0])

    def _undone_text(self, result) -> str:
        text = self.tr("Undone: Thunderbird's settings are back as they were before ({file}).").format(
            file=result.backup.name)
        if result.changed_since:
            text += "\n" + self.tr("Changes made in Thunderbird after the wizard's change were undone too; the file "
                                   "from just before the undo is kept as {file}.").format(
                file=result.saved_current.name if result.saved_current else "-")
        return text
