"""Relay test: every candidate setting tested live from the user's line, in parallel, off the UI thread.

The work is one page job running :func:`wizard.core.smtp.probing.run_plan`; its progress events arrive here as
queued signals, so widgets are touched only on the UI thread. One row per candidate shows each step with an icon and
a word, the verdict with our explanation and the server's own reply, and an expandable transcript.

Verify, then store (wizard/gui/password.py): once a setting has logged in with the password the user typed, the
page saves it in the keyring (when the user asked for that on the credentials page); when the password saved in the
keyring was refused, the page offers to forget it.

Going on early, and stopping, keep what already worked (docs/PROBE.md, "The GUI page"): when the core's
``Recommended`` event arrives while lower-ranked candidates still run, the page shows the recommendation and enables
Next; Next then stops the rest. "Stop test" keeps the settings that worked before the stop, choosable, and marks the
unfinished ones as stopped. Both build the plan from the outcomes received so far with ``probing.make_plan`` (the
one ranking), the unfinished candidates as not tested.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.core.catalog import credentials as cred
from wizard.core.smtp import probing
from wizard.core.dns.resolver import make_resolver
from wizard.core.inputs.flow import Step
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
from wizard.core.model import Security
from wizard.core.smtp.result import Timeouts, check_request
from wizard.core.smtp.steps import AUTH, Verdict
from wizard.gui.jobs import CoreJob
from wizard.gui.pages.base import BasePage, BusyBar
from wizard.gui.pages.catalogue_check import CatalogueCheck
from wizard.gui.pages.routes import OtherRoutes, use_route
from wizard.gui.pages.keyring_jobs import forget_job, save_job
from wizard.gui.pages.words import setting_text
from wizard.gui.pages.relay_rows import STOPPED, CandidateRow, _escape
from wizard.gui.report import ReportButton

STOPPED_EARLY = QT_TRANSLATE_NOOP("core", "Not finished: the test was stopped before this setting's result.")
CONTINUE_WARNING = QT_TRANSLATE_NOOP(
    "core", "You continued although no setting worked in the live test. Mail may not go out with these settings."
)


class RelayTestPage(BasePage):
    step = Step.RELAY_TEST

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self.job: CoreJob | None = None  # the current probe job (tests look at it)
        self.plan: probing.Plan | None = None
        self.early: probing.Outcome | None = None  # the core's Recommended, while other candidates still ran
        self.events: list[str] = []  # what the page received and did, in order (tests read the order)
        self.rows: dict[int, CandidateRow] = {}
        self._added_warnings: list[Msg] = []
        self.timeouts = Timeouts()

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_box)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonToggled.connect(lambda *_: self._selection_changed())

        self.plan_label = QLabel()
        self.plan_label.setObjectName("plan")
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextFormat(Qt.TextFormat.RichText)
        self.plain_check = QCheckBox()
        self.plain_check.setObjectName("allow_plain")
        self.plain_check.setVisible(False)
        self.plain_check.toggled.connect(lambda _: self.retry())
        self.continue_check = QCheckBox()
        self.continue_check.setObjectName("continue_anyway")
        self.continue_check.setVisible(False)
        self.continue_check.toggled.connect(self._continue_toggled)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(lambda: self.jobs.cancel("probe"))
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retry")
        self.retry_button.clicked.connect(self.retry)

        self.busy = BusyBar()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(ReportButton(self))
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict())  # the answer first: did a setting work, and what to do next
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.plan_label)
        self.contradictions = CatalogueCheck(self)
        layout.addWidget(self.contradictions)
        layout.addWidget(self.plain_check)
        layout.addWidget(self.continue_check)
        self.other_routes = OtherRoutes(self)  # services to turn to when no setting sends with the own domain
        self.other_routes.chosen.connect(lambda isp_id: use_route(self, isp_id))
        layout.addWidget(self.other_routes)

        # the keyring: what was saved after the login worked, or the offer to forget a refused saved password
        self.keyring_status = QLabel()
        self.keyring_status.setObjectName("keyring_status")
        self.keyring_status.setWordWrap(True)
        self.keyring_status.setTextFormat(Qt.TextFormat.PlainText)  # holds the keyring's error text
        self.forget_button = QPushButton()
        self.forget_button.setObjectName("forget")
        self.forget_button.setVisible(False)
        self.forget_button.clicked.connect(self.forget_saved)
        keyring_row = QHBoxLayout()
        keyring_row.addWidget(self.keyring_status, 1)
        keyring_row.addWidget(self.forget_button)
        layout.addLayout(keyring_row)
        self.jobs.changed.connect(self._update_buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Live test of your provider's settings"))
        self.setSubTitle(
            self.tr(
                "Each setting is tried from your line: connection, encryption, login and your address as sender. "
                "No mail is sent."
            )
        )
        self.plain_check.setText(
            self.tr("Also test settings without encryption (your password would be sent unprotected)")
        )
        self.continue_check.setText(self.tr("Continue anyway with the selected setting, although it did not work"))
        self.cancel_button.setText(self.tr("&Stop test"))
        self.retry_button.setText(self.tr("&Test again"))
        self.forget_button.setText(self.tr("&Forget the saved password"))
        # the candidate rows set their texts again themselves (CandidateRow.changeEvent)

    # -- wizard hooks ----------------------------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.start()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API: Back stops the test; a keyring write under way finishes
        self.jobs.cancel("probe")

    def isComplete(self) -> bool:  # noqa: N802 - Qt API; no I/O
        if self.running and self.early is None or not self.running and self.plan is None:
            return False
        row = self._selected_row()
        if row is None or row.outcome is None:
            return False
        return row.outcome.works or self.continue_check.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API; writes the state, no I/O
        if self.running:
            if self.early is None:
                return False
            self._stop_for_next()
        row = self._selected_row()
        if row is None or row.outcome is None or row.outcome.setting is None:
            return False
        s = self.state
        s.chosen = row.outcome.setting
        s.chosen_works = row.outcome.works
        for w in self._added_warnings:
            if w in s.warnings:
                s.warnings.remove(w)
        plan = probing.make_plan(list(self.plan.outcomes), s.isp, self._values(), chosen=row.outcome)
        added = [w.msg for w in plan.warnings]
        if not row.outcome.works:
            added.append(Msg.of(CONTINUE_WARNING))
        s.warnings.extend(added)
        self._added_warnings = added
        return True

    # -- running ---------------------------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.jobs.running("probe")

    def _values(self) -> dict[str, str]:
        resolution = self.state.resolution()
        return dict(resolution.values) if resolution is not None else {}

    def _entries(self) -> list[probing.Entry]:
        return probing.entries_for(self.state.resolution())

    def _timeouts(self) -> Timeouts:
        """The page's timeouts, with the connect timeout of `relay-wizard gui --connect-timeout` when given."""
        if self.state.connect_timeout:
            return replace(self.timeouts, connect=self.state.connect_timeout)
        return self.timeouts

    def options(self) -> probing.ProbeOptions:
        st = self.state
        return probing.ProbeOptions(
            sender=st.address.ascii,
            password=st.password,
            password_hosts=st.password_hosts,  # bound to the provider/host it was entered for: never sent elsewhere
            allow_plain_auth=self.plain_check.isChecked(),
            ca_file=st.ca_file or None,
            timeouts=self._timeouts(),
            resolver=make_resolver(st.resolver, timeout=self._timeouts().dns_s) if st.resolver else None,
        )

    def start(self) -> None:
        if self.running:  # guarded against double start
            return
        self._run()

    def _run(self) -> None:
        self._clear()
        st = self.state
        if st.isp is None or st.address is None:
            self.live(self.summary, lambda: self.tr("Choose your provider and enter your address first."))
            return
        entries = self._entries()
        options = self.options()
        plain_skips = False
        for e in entries:
            row = CandidateRow(self, e)
            self.rows[e.index] = row
            self.rows_layout.addWidget(row)
            self.group.addButton(row.radio, e.index)
            if e.setting is not None and e.setting.security is Security.PLAIN and e.setting.needs_auth:
                plain_skips = plain_skips or check_request(options.request(e.setting)) is not None
        self.rows_layout.addStretch(1)
        # Tab goes through the rows in screen order: each row's choice, then its details button
        chain = [self.retry_button]
        for row in self.rows.values():
            chain += [row.radio, row.toggle]
        chain += [self.plain_check, self.continue_check]
        for a, b in zip(chain, chain[1:]):
            self.setTabOrder(a, b)
        self.plain_check.setVisible(plain_skips or self.plain_check.isChecked())
        count = len(entries)
        self.live(self.summary, lambda: self.tr("Testing {count} setting(s) from your line…").format(count=count))
        self._tested = 0
        self._testable = sum(1 for e in entries if e.setting is not None)
        self.busy.start(self._busy_text(), self._testable)
        self.job = self.jobs.start(
            "probe", probing.run_plan, entries, options, st.isp, values=self._values(), line_isp=st.detected_isp,
            on_progress=self._on_progress, on_result=self._on_finished, on_error=self._on_failed,
            on_cancelled=self._on_cancelled, on_done=self._on_done,
        )

    def retry(self) -> None:
        """Test again: a running test is replaced (it ends on its own within milliseconds; its late signals are
        dropped)."""
        self._run()

    def _clear(self) -> None:
        self.plan = None
        self.early = None
        self.events = []
        self.say(str)
        self.summary.setVisible(True)
        for row in self.rows.values():
            self.group.removeButton(row.radio)
            row.setParent(None)
            row.deleteLater()
        self.rows.clear()
        while self.rows_layout.count():
            self.rows_layout.takeAt(0)
        self.plan_label.clear()
        self.other_routes.setVisible(False)
        self.continue_check.blockSignals(True)
        self.continue_check.setChecked(False)
        self.continue_check.blockSignals(False)
        self.continue_check.setVisible(False)
        self.forget_button.setVisible(False)
        self.live(self.keyring_status, str)
        self.completeChanged.emit()

    # -- job signals (UI thread) ----------------------------------------------------------------------------------------
    def _on_progress(self, event) -> None:
        if isinstance(event, probing.Recommended):
            # after a stop the cancelled candidates count as ended: a recommendation then is not certain
            if self.job is not None and not self.job.token.cancelled:
                self._on_recommended(event.outcome)
        elif isinstance(event, probing.CandidateStarted):
            self.rows[event.index].started()
        elif isinstance(event, probing.CandidateStep):
            self.rows[event.index].step_event(event.event)
        elif isinstance(event, probing.CandidateDone):
            self.rows[event.outcome.entry.index].finished(event.outcome)
            if event.outcome.result is not None:
                self._tested += 1
                self.busy.progress(self._tested, self._testable, self._busy_text())
            if self.early is not None:  # after the recommendation every working row can be chosen at once
                self.rows[event.outcome.entry.index].radio.setEnabled(event.outcome.works)

    def _on_finished(self, plan: probing.Plan) -> None:
        self.events.append("finished")
        self.plan = self.state.relay_plan = plan
        for o in plan.outcomes:
            row = self.rows[o.entry.index]
            if row.outcome is None:
                row.finished(o)
            row.radio.setEnabled(o.works)
        working = [o for o in plan.outcomes if o.works]
        if plan.recommended is not None:
            # a working row the user picked while the rest ran stays; so does the setting chosen before (Back, then
            # Next again) while it still works
            self._select_default(working, plan.recommended)
            count = len(working)
            self.say(lambda: self.tr("A setting that works from your line was found."),
                     lambda: self.tr("The best one is selected. Click Next to continue."))
            self.summary.setVisible(False)  # the verdict says it
            self.live(self.summary, lambda: "✔ " + self.join(
                self.tr("Settings that work from your line: {count}.").format(count=count),
                self.tr("The best one is selected.")))
        else:
            self.summary.setVisible(False)  # the verdict says it
            self.say(lambda: self.tr("No setting worked from your line."),
                     lambda: self.tr("Please check the login and password on the previous page, then press “Test "
                                     "again”. The reason for each setting is below."))
            self.live(self.summary, lambda: "✘ " + self.tr("No setting worked from your line. See the reasons below."))
            self.continue_check.setVisible(any(o.result is not None for o in plan.outcomes))
        self.live(self.plan_label, lambda: self._plan_html(plan))
        self.contradictions.show_plan(plan)
        self.other_routes.show_for(plan)
        self._verify_then_store(plan)

    def _on_failed(self, msg: Msg) -> None:
        self.live(self.summary, lambda: self.tr("The test could not run: {reason}").format(reason=self.render(msg)))

    def _on_cancelled(self) -> None:
        self.events.append("stopped")
        for row in self.rows.values():
            row.cancelled()
        self._keep_what_worked()

    def _busy_text(self) -> str:
        return self.tr("{done} of {total} settings tested…").format(
            done=self._tested, total=self._testable)

    def _on_done(self) -> None:
        self.busy.stop()
        self.completeChanged.emit()

    # -- going on early, stopping: what already worked stays choosable --------------------------------------------------
    def _on_recommended(self, outcome: probing.Outcome) -> None:
        """No candidate still running can outrank this working one: show it at once and let the user go on."""
        self.events.append("recommended")
        self.early = outcome
        for row in self.rows.values():
            row.radio.setEnabled(row.outcome is not None and row.outcome.works)
        self._select_default([r.outcome for r in self.rows.values() if r.outcome is not None and r.outcome.works],
                             outcome)
        setting = outcome.setting
        self.live(self.plan_label, lambda: "<b>" + _escape(
            self.tr("Recommended: {setting}").format(setting=setting_text(setting))) + "</b>")
        self.live(self.summary, lambda: "✔ " + self.join(
            self.tr("A setting that works was found and is selected."),
            self.tr("You can go on now: Next stops the tests still running.")))
        self.completeChanged.emit()

    def _select_default(self, working: list[probing.Outcome], best: probing.Outcome) -> None:
        """Select ``best`` unless a working row is selected, or the setting chosen before (Back, then Next) works."""
        row = self._selected_row()
        if row is not None and row.outcome is not None and row.outcome.works:
            return
        before = next((o for o in working if self.state.chosen is not None and o.setting == self.state.chosen), None)
        self.rows[(before or best).entry.index].radio.setChecked(True)

    def _partial_plan(self) -> probing.Plan:
        """The plan from the outcomes received so far; a candidate without one counts as not tested (stopped)."""
        outcomes = [r.outcome if r.outcome is not None else probing.Outcome(r.entry, skip=Msg.of(STOPPED_EARLY))
                    for r in self.rows.values()]
        return probing.make_plan(outcomes, self.state.isp, self._values(), line_isp=self.state.detected_isp)

    def _stop_for_next(self) -> None:
        """Next after the recommendation, while lower-ranked candidates still run: stop them, keep what worked."""
        self.events.append("next")
        self.jobs.cancel("probe")
        self.plan = self.state.relay_plan = self._partial_plan()

    def _keep_what_worked(self) -> None:
        """After a stop (the button, or Next before the end): the settings that worked stay choosable."""
        plan = self.plan = self.state.relay_plan = self._partial_plan()
        working = [o for o in plan.outcomes if o.works]
        for o in plan.outcomes:
            self.rows[o.entry.index].radio.setEnabled(o.works)
        if plan.recommended is None:
            self.live(self.summary, lambda: self.tr("The test was stopped. Press “Test again” to start it again."))
            return
        self._select_default(working, plan.recommended)
        count, certain = len(working), self.early is not None
        if certain:  # the recommendation was known before the stop: only lower-ranked tests were cut short
            self.live(self.summary, lambda: "✔ " + self.join(
                self.tr("Settings that work from your line: {count}.").format(count=count),
                self.tr("The best one is selected."), self.tr("The remaining tests were stopped.")))
        else:
            self.live(self.summary, lambda: STOPPED + " " + self.join(
                self.tr("The test was stopped. Settings that worked before the stop: {count}.").format(count=count),
                self.tr("Choose one, or press “Test again” to test them all.")))
        self.live(self.plan_label, lambda: self._plan_html(plan, certain=certain))
        self.contradictions.show_plan(plan)
        self._verify_then_store(plan)
        self.completeChanged.emit()

    # -- verify, then store -----------------------------------------------------------------------------------------------
    def _choice(self):
        wiz = self.wizard()
        choice = wiz.passwords.choice if wiz is not None else None
        if choice is None or choice.secret != self.state.password:
            return None  # the password under test is not the one the credentials page handed on
        return choice

    def _verify_then_store(self, plan: probing.Plan) -> None:
        """A login worked: save the password if the user asked for it. The saved password was refused: offer to
        forget it."""
        choice = self._choice()
        if choice is None:
            return
        tested = [o.result for o in plan.outcomes if o.result is not None]
        logged_in = [r.setting for r in tested if r.step(AUTH) is not None and r.step(AUTH).ok]
        refused = any(r.verdict is Verdict.AUTH_FAILED for r in tested)
        if choice.from_keyring is not None:
            if refused and not logged_in:
                self.forget_button.setVisible(True)
                self.forget_button.setEnabled(True)
                self.live(self.keyring_status, lambda: "⚠ " + self.join(
                    self.tr("The server refused the password saved in the keyring."),
                    self.tr("If you changed it at your provider, forget the saved one and type the new password on "
                            "the previous page.")))
            return
        keys = tuple(k for k in cred.keyring_keys(logged_in) if k in choice.keys)
        if not choice.save or not keys:
            return
        self.live(self.keyring_status, lambda: self.tr("Saving the password in the keyring…"))
        self.jobs.start("save", save_job, keys, choice.secret,
                        on_result=lambda _n: self._saved(keys, choice), on_error=self._save_failed)

    def _where(self, choice) -> str:
        return self.render(choice.backend.description) if choice.backend is not None else ""

    def _saved(self, keys, choice) -> None:
        self.live(self.keyring_status, lambda: self.tr(
            "The login worked, so the password was saved in {keyring}.").format(keyring=self._where(choice)))
        self.wizard().passwords.saved.emit(keys, choice.secret)

    def _save_failed(self, msg: Msg) -> None:
        self.live(self.keyring_status, lambda: "⚠ " + self.join(
            self.tr("The password could not be saved: {reason}").format(reason=self.render(msg)),
            self.tr("The password is kept only until you close the program.")))

    def forget_saved(self) -> None:
        """Delete the refused saved password from the keyring (under every key of the login)."""
        choice = self._choice()
        if choice is None or choice.from_keyring is None or self.jobs.running("forget"):
            return
        keys = choice.keys
        self.forget_button.setEnabled(False)
        self.jobs.start("forget", forget_job, keys, on_result=lambda _n: self._forgotten(keys),
                        on_error=self._forget_failed)

    def _forgotten(self, keys) -> None:
        self.forget_button.setVisible(False)
        self.live(self.keyring_status, lambda: self.join(
            self.tr("The saved password was deleted from the keyring."),
            self.tr("Go back to type the new password.")))
        self.wizard().passwords.forgotten.emit(keys)

    def _forget_failed(self, msg: Msg) -> None:
        self.forget_button.setEnabled(True)
        self.live(self.keyring_status, lambda: "⚠ " + self.render(msg))

    # -- plan and selection ---------------------------------------------------------------------------------------------
    def _plan_html(self, plan: probing.Plan, certain: bool = True) -> str:
        """``certain``: False after a stop before the recommendation was known (a better one may not have finished)."""
        parts = []
        if plan.recommended is not None:
            s = plan.recommended.setting
            text = (self.tr("Recommended: {setting}") if certain
                    else self.tr("Best of the settings tested before the stop: {setting}"))
            parts.append("<b>" + _escape(text.format(setting=setting_text(s))) + "</b>")
        parts += [f"⚠ {_escape(self.render(w.msg))}" for w in plan.warnings]
        return "<br>".join(parts)

    def _selected_row(self) -> CandidateRow | None:
        idx = self.group.checkedId()
        return self.rows.get(idx) if idx >= 0 else None

    def _selection_changed(self) -> None:
        self.completeChanged.emit()

    def _continue_toggled(self, on: bool) -> None:
        if self.plan is not None:
            for o in self.plan.outcomes:
                self.rows[o.entry.index].radio.setEnabled(o.works or (on and o.result is not None))
            if on and self._selected_row() is None:
                first = next((o for o in self.plan.outcomes if o.result is not None), None)
                if first is not None:
                    self.rows[first.entry.index].radio.setChecked(True)
        self.completeChanged.emit()

    def _update_buttons(self) -> None:
        self.cancel_button.setEnabled(self.running)
        self.retry_button.setEnabled(not self.running)
        self.completeChanged.emit()

