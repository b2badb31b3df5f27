"""Login at the provider: the provider mail address and/or account ID, the login name, the password, and the keyring.

Which fields show depends on the profile's templates (``wizard.core.catalog.credentials.credential_needs``). The login
name is prefilled from the profile's template and explained by its ``account_hint``; the user may change it. Every
keyring call (which backend, is a password saved, forget) runs as a page job: the first one imports ``keyring`` and
D-Bus may be slow. Nothing is written to the keyring here: the "save" box records the wish, and the relay-test page
saves the password once a relay has accepted it (verify, then store: wizard/gui/password.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.catalog import credentials as cred
from wizard.core.catalog.resolve import resolve
from wizard.core.inputs.flow import Step
from wizard.core.secrets import BackendInfo, Secret
from wizard.gui.pages.base import BasePage
from wizard.gui.pages.keyring_jobs import backend_job, find_job, forget_job
from wizard.gui.password import PasswordChoice

LOOKUP_DELAY_MS = 300  # wait for the user to stop typing before asking the keyring


def _status(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # A wrapping label in a form row is sized for its narrowest width (many lines); a sensible minimum width keeps
    # the row as tall as the text really is, and the text sits right under its field.
    label.setMinimumWidth(360)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class CredentialsPage(BasePage):
    step = Step.CREDENTIALS

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self._needs = _NO_NEEDS
        self._suggested = ""
        self._login_edited = False  # the user changed the suggested login name
        self._keys: tuple = ()  # keyring keys for what is typed now
        self._looked_up: tuple | None = None  # keys of the last finished lookup
        self._saved: tuple | None = None  # (key, Secret) found in the keyring for the current keys
        self._backend: BackendInfo | None = None
        self._save_wanted = True  # the user's last choice for the "save" box
        self._flow = None  # the wizard's PasswordFlow, once the page has been entered
        self._entered_for = None  # WizardState.owner() when the page was last entered: what the fields belong to
        self._cleared_for = None  # (old provider name) shown while the fields were cleared after a provider change

        self.hint = _status(QLabel())
        self.hint.setObjectName("hint")
        self.hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.hint.setMargin(6)

        self.isp_address_label = QLabel()
        self.isp_address_edit = QLineEdit()
        self.isp_address_edit.setObjectName("isp_address")
        self.isp_address_edit.setClearButtonEnabled(True)
        self.isp_address_label.setBuddy(self.isp_address_edit)
        self.isp_address_status = _status(QLabel())
        self.isp_address_status.setObjectName("isp_address_status")

        self.account_label = QLabel()
        self.account_edit = QLineEdit()
        self.account_edit.setObjectName("account")
        self.account_label.setBuddy(self.account_edit)

        self.login_label = QLabel()
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login")
        self.login_label.setBuddy(self.login_edit)
        self.login_status = _status(QLabel())
        self.login_status.setObjectName("login_status")

        self.password_label = QLabel()
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.password_label.setBuddy(self.password_edit)

        # "a saved password exists: use it / replace it / forget it"
        self.saved_box = QWidget()
        self.saved_box.setObjectName("saved_box")
        self.saved_label = _status(QLabel())
        self.use_saved = QRadioButton()
        self.use_saved.setObjectName("use_saved")
        self.replace_saved = QRadioButton()
        self.replace_saved.setObjectName("replace_saved")
        self._saved_group = QButtonGroup(self)
        self._saved_group.addButton(self.use_saved)
        self._saved_group.addButton(self.replace_saved)
        self.forget_button = QPushButton()
        self.forget_button.setObjectName("forget")
        saved_layout = QVBoxLayout(self.saved_box)
        saved_layout.setContentsMargins(0, 0, 0, 0)
        saved_layout.addWidget(self.saved_label)
        saved_layout.addWidget(self.use_saved)
        saved_layout.addWidget(self.replace_saved)
        row = QHBoxLayout()
        row.addWidget(self.forget_button)
        row.addStretch(1)
        saved_layout.addLayout(row)
        self.saved_box.setVisible(False)

        self.save_check = QCheckBox()
        self.save_check.setObjectName("save")
        self.save_check.setEnabled(False)
        self.keyring_status = _status(QLabel())
        self.keyring_status.setObjectName("keyring_status")
        self.live(self.keyring_status, lambda: self.tr("Checking the keyring…"))

        self.form = QFormLayout()
        self.form.addRow(self.isp_address_label, self.isp_address_edit)
        self.form.addRow("", self.isp_address_status)
        self.form.addRow(self.account_label, self.account_edit)
        self.form.addRow(self.login_label, self.login_edit)
        self.form.addRow("", self.login_status)
        self.form.addRow(self.password_label, self.password_edit)

        self.auth_box = QWidget()  # everything about the password; hidden when no candidate logs in
        auth_layout = QVBoxLayout(self.auth_box)
        auth_layout.setContentsMargins(0, 0, 0, 0)
        auth_layout.addWidget(self.saved_box)
        auth_layout.addWidget(self.save_check)
        auth_layout.addWidget(self.keyring_status)

        self.no_auth = _status(QLabel())
        self.no_auth.setObjectName("no_auth")

        # "you changed the provider: the login details typed for the other one were cleared"
        self.changed_note = _status(QLabel())
        self.changed_note.setObjectName("changed_note")
        self.changed_note.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.changed_note)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.no_auth)
        layout.addWidget(self.auth_box)
        layout.addStretch(1)

        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self._start_lookup)

        self.isp_address_edit.textChanged.connect(self._inputs_changed)
        self.account_edit.textChanged.connect(self._inputs_changed)
        self.login_edit.textEdited.connect(self._login_edited_by_user)
        self.password_edit.textChanged.connect(self._password_changed)
        self.use_saved.toggled.connect(self._use_saved_toggled)
        self.forget_button.clicked.connect(self._forget)
        self.save_check.toggled.connect(self._save_toggled)
        self.jobs.changed.connect(self.completeChanged)
        self.live(self.save_check, self._save_text)
        self.retranslate()

    # -- texts -------------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Login at your provider"))
        self.setSubTitle(
            self.tr("The relay test logs in to your provider's outgoing server with these details. No mail is sent.")
        )
        self.account_label.setText(self.tr("Account &ID:"))
        self.password_label.setText(self.tr("&Password:"))
        self.use_saved.setText(self.tr("&Use the saved password"))
        self.replace_saved.setText(self.tr("&Type a new password (it replaces the saved one when saved)"))
        self.forget_button.setText(self.tr("&Forget the saved password"))
        self.no_auth.setText(self.tr("Your provider's server needs no login and no password."))
        self.login_label.setText(
            self.tr("Account &ID (login name):") if self._needs.login_is_account else self.tr("&Login name:")
        )
        self.password_edit.setPlaceholderText(self.tr("(the saved password)") if self.using_saved() else "")
        if self.state.isp is not None and self._needs != _NO_NEEDS:  # the page has been entered
            self._profile_texts(self.state.isp)
        if self._cleared_for is not None and self.state.isp is not None:
            self.changed_note.setText("ℹ " + self.tr(
                "You changed the provider or its server, so the login details typed for {old} were cleared. "
                "Please enter the ones for {new}."
            ).format(old=self._cleared_for, new=self.state.isp.display_name(self.lang)))

    def _profile_texts(self, profile) -> None:
        name = profile.display_name(self.lang)
        self.isp_address_label.setText(self.tr("Your mail &address at {provider}:").format(provider=name))
        hint = profile.account_hint.get(self.lang)
        self.hint.setText("ℹ " + hint if hint else "")
        self.hint.setVisible(bool(hint))

    def _save_text(self) -> str:
        info = self._backend
        if info is not None and info.usable:
            return self.tr("&Save the password in the keyring ({backend})").format(backend=self.render(info.description))
        return self.tr("&Save the password in the keyring")

    # -- entering and leaving ------------------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt API
        profile = self.state.isp
        if profile is None:
            return
        wiz = self.wizard()
        if self._flow is None and wiz is not None:
            self._flow = wiz.passwords
            self._flow.saved.connect(self._saved_elsewhere)
            self._flow.forgotten.connect(self._forgotten_elsewhere)
        owner = self.state.owner()
        if self._entered_for is not None and owner != self._entered_for:
            self._clear_for_new_owner()
        self._entered_for = owner
        self._needs = needs = cred.credential_needs(profile)
        self.retranslate()
        self.changed_note.setVisible(self._cleared_for is not None)
        if profile.domains:
            self.isp_address_edit.setPlaceholderText(f"taro@{profile.domains[0]}")
        self._set_row_visible(self.isp_address_edit, needs.isp_address)
        self._set_row_visible(self.account_edit, needs.account and not needs.login_is_account)
        self._set_row_visible(self.login_edit, needs.auth)
        self._set_row_visible(self.password_edit, needs.auth)
        self.auth_box.setVisible(needs.auth)
        self.no_auth.setVisible(not needs.auth)

        # prefill: what the user typed before, else the own address when it is an address at this provider
        if needs.isp_address and not self.isp_address_edit.text():
            own = self.state.address
            if self.state.isp_address:
                self.isp_address_edit.setText(self.state.isp_address)
            elif own is not None and profile.matches_domain(own.domain.ascii):
                self.isp_address_edit.setText(own.ascii)
        if needs.login_is_account and not self.login_edit.text() and self.state.account:
            self.login_edit.setText(self.state.account)
        if needs.account and not needs.login_is_account and not self.account_edit.text():
            self.account_edit.setText(self.state.account)
        self._inputs_changed()
        if needs.auth and self._keys and self._looked_up != self._keys:
            self._lookup_timer.start()
        if needs.auth and self._backend is None and not self.jobs.running("backend"):
            self.jobs.start("backend", backend_job, on_result=self._backend_known, on_error=self._keyring_failed)
        first = next(
            (w for w in (self.isp_address_edit, self.login_edit, self.password_edit) if not w.isHidden() and not w.text()),
            None,
        )
        if first is not None:
            first.setFocus()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API: Back. Keeps what was typed; stops asking the keyring.
        self._lookup_timer.stop()
        self.jobs.cancel("lookup")

    def _clear_for_new_owner(self) -> None:
        """The user went Back and chose another provider (or typed another host): nothing typed for the old one
        is kept, so no password for one company is offered to another."""
        isp_id, host = self._entered_for
        old = self.catalog_name(isp_id) + (f" ({host})" if host else "")
        self._lookup_timer.stop()
        self.jobs.cancel("lookup")
        for edit in (self.password_edit, self.login_edit, self.account_edit, self.isp_address_edit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self._login_edited = False
        self._suggested = ""
        self._keys, self._looked_up = (), None
        self._show_saved(None)
        self.state.forget_credentials()
        if self._flow is not None:
            self._flow.choice = None
        self._cleared_for = old

    def catalog_name(self, isp_id: str) -> str:
        try:
            return self.state.catalog.get(isp_id).display_name(self.lang)
        except (KeyError, AttributeError):
            return isp_id

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    # -- what the user types -------------------------------------------------------------------------------------------
    def _inputs_changed(self, *_args) -> None:
        profile = self.state.isp
        if profile is None:
            return
        needs = self._needs
        if needs.isp_address:
            address, problem = cred.check_isp_address(profile, self.isp_address_edit.text())
            self.state.isp_address = address
            if problem is not None:
                self._set_status(self.isp_address_status, lambda: "⚠ " + self.render(problem))
            elif address:
                self._set_status(self.isp_address_status, lambda: "✔ " + address)
            else:
                self._set_status(self.isp_address_status, str)
        else:
            self.state.isp_address = ""
            self._set_status(self.isp_address_status, str)
        if needs.login_is_account:
            self.state.account = self.login_edit.text().strip()
        elif needs.account:
            self.state.account = self.account_edit.text().strip()
        self._suggested = "" if needs.login_is_account else resolve(
            profile, isp_address=self.state.isp_address, account=self.state.account, host=self.state.user_host
        ).suggested_login
        if not needs.login_is_account:
            self.login_edit.setPlaceholderText(self._suggested)
            if not self._login_edited:
                self.login_edit.setText(self._suggested)
            self.state.login = self.login_edit.text().strip() if self._login_edited else ""
        self._show_login_status()
        self._keys_changed()

    def _login_edited_by_user(self, text: str) -> None:
        if self._needs.login_is_account:
            self._inputs_changed()
            return
        typed = text.strip()
        self._login_edited = bool(typed) and typed != self._suggested
        self.state.login = typed if self._login_edited else ""
        self._show_login_status()
        self._keys_changed()

    def _show_login_status(self) -> None:
        suggested = self._suggested
        if self._needs.login_is_account or not suggested:
            make = str
        elif self._login_edited:
            def make() -> str:
                return self.tr(
                    "You changed the suggested login name ({suggested}). Clear the field to use it again."
                ).format(suggested=suggested)
        else:
            def make() -> str:
                return self.tr("Suggested from your provider's rule for login names.")
        self._set_status(self.login_status, make)

    def _set_status(self, label: QLabel, make) -> None:
        """A status line under a field; its row takes room only when it says something."""
        self.live(label, make)
        visible = bool(label.text()) and (label is not self.isp_address_status or self._needs.isp_address)
        visible = visible and (label is not self.login_status or self._needs.auth)
        self.form.setRowVisible(label, visible)

    def _password_changed(self, _text: str) -> None:
        self.completeChanged.emit()

    def _keys_changed(self) -> None:
        keys = cred.keyring_keys(self.state.relay_settings())
        if keys != self._keys:
            self._keys = keys
            if self._saved is not None and self._saved[0] not in keys:
                self._show_saved(None)
            if keys and self._needs.auth:
                self._lookup_timer.start()
        self.completeChanged.emit()

    # -- the keyring ---------------------------------------------------------------------------------------------------
    def busy(self) -> bool:
        """A keyring job is running (tests wait for this to become False)."""
        return self.jobs.running() or self._lookup_timer.isActive()

    def _backend_known(self, info: BackendInfo) -> None:
        self._backend = info
        self.live(self.save_check, self._save_text)
        if info.usable:
            self.save_check.setEnabled(True)
            self.save_check.setChecked(self._save_wanted)
            self.live(self.keyring_status, lambda: self.join(
                self.tr("You will not need to type it again on this computer."),
                self.tr("It is saved only after the relay test has logged in with it."),
            ))
        else:
            self.save_check.blockSignals(True)
            self.save_check.setChecked(False)
            self.save_check.blockSignals(False)
            self.save_check.setEnabled(False)
            self.live(self.keyring_status, lambda: "⚠ " + self._not_saved_text(info.reason))

    def _not_saved_text(self, reason) -> str:
        text = self.render(reason) if reason is not None else ""
        return self.join(text, self.tr("The password is kept only until you close the program."))

    def _keyring_failed(self, msg) -> None:
        self.live(self.keyring_status, lambda: "⚠ " + self._not_saved_text(msg))

    def _start_lookup(self) -> None:
        if not self._keys or (self._backend is not None and not self._backend.usable):
            return
        keys = self._keys
        self.jobs.start(
            "lookup", find_job, keys,
            on_result=lambda result, keys=keys: self._lookup_finished(keys, result),
            on_error=self._lookup_failed,
        )

    def _lookup_finished(self, keys, result) -> None:
        if keys != self._keys:
            return  # the user typed on meanwhile; a newer lookup follows
        self._looked_up = keys
        self._show_saved(result)

    def _lookup_failed(self, msg) -> None:
        if self._backend is None or self._backend.usable:
            self._keyring_failed(msg)

    def _show_saved(self, found) -> None:
        self._saved = found
        if found is None:
            self.saved_box.setVisible(False)
            self.password_edit.setEnabled(True)
            self.password_edit.setPlaceholderText("")
            self.save_check.setVisible(True)
        else:
            login = found[0][2]
            self.live(self.saved_label, lambda: self.tr("A password for {login} is saved in {keyring}.").format(
                login=login, keyring=self.render(self._backend.description) if self._backend else ""))
            self.saved_box.setVisible(True)
            self.use_saved.setChecked(True)
            self._use_saved_toggled(True)
        self.completeChanged.emit()

    def _use_saved_toggled(self, _checked: bool) -> None:
        using = self.using_saved()
        self.password_edit.setEnabled(not using)
        self.save_check.setVisible(not using)  # nothing to save while the saved password is used
        self.password_edit.setPlaceholderText(self.tr("(the saved password)") if using else "")
        self.completeChanged.emit()

    def using_saved(self) -> bool:
        return self._saved is not None and self.use_saved.isChecked()

    def _save_toggled(self, checked: bool) -> None:
        if self.save_check.isEnabled():
            self._save_wanted = checked

    def _forget(self) -> None:
        keys = self._keys
        if not keys or self.jobs.running("forget"):
            return
        self.forget_button.setEnabled(False)
        self.jobs.start("forget", forget_job, keys, on_result=lambda _n: self._forgotten(keys),
                        on_error=self._keyring_failed, on_done=lambda: self.forget_button.setEnabled(True))

    def _forgotten(self, keys) -> None:
        if self._flow is not None:
            self._flow.forgotten.emit(keys)  # (this page hears it too: _forgotten_elsewhere)
        else:
            self._forgotten_elsewhere(keys)

    # -- what the relay-test page did with the keyring -------------------------------------------------------------------
    def _saved_elsewhere(self, keys, secret) -> None:
        """The relay test logged in with the password and saved it: on Back it is offered as the saved one."""
        if self._keys and any(k in self._keys for k in keys):
            self._looked_up = self._keys
            self._show_saved((next(k for k in keys if k in self._keys), secret))

    def _forgotten_elsewhere(self, keys) -> None:
        if self._saved is not None and self._saved[0] in keys:
            self._show_saved(None)
        self.live(self.keyring_status, lambda: self.tr("The saved password was deleted from the keyring."))

    # -- Next ----------------------------------------------------------------------------------------------------------
    def isComplete(self) -> bool:  # noqa: N802 - Qt API; no I/O
        settings = self.state.relay_settings()
        if not settings:
            return False
        if not any(s.needs_auth for s in settings):
            return True
        return self.using_saved() or bool(self.password_edit.text())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API; hands the password on, writes nothing
        settings = self.state.relay_settings()
        # set_password binds the password to the hosts of this provider's settings that log in: the relay test
        # refuses to send it to any other host
        if not any(s.needs_auth for s in settings):
            self.state.set_password(None)
            choice = None
        elif self.using_saved():
            self.state.set_password(self._saved[1])
            choice = PasswordChoice(self._saved[1], self._keys, from_keyring=self._saved[0], backend=self._backend)
        else:
            self.state.set_password(Secret(self.password_edit.text()))
            wants_save = self.save_check.isEnabled() and self.save_check.isChecked() and bool(self._keys)
            choice = PasswordChoice(self.state.password, self._keys, save=wants_save, backend=self._backend)
        if self._flow is not None:
            self._flow.choice = choice
        self._cleared_for = None  # the note about cleared fields has done its job
        self.changed_note.setVisible(False)
        return True


_NO_NEEDS = cred.CredentialNeeds(False, False, False, False, False)
