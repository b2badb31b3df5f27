"""Relay test: every candidate setting tested live from the user's line, in parallel, off the UI thread.

The work is one :class:`CoreJob` running :func:`wizard.core.smtp.probing.run_plan`; its progress events arrive here as
queued signals, so widgets are touched only on the UI thread. One row per candidate shows each step with an icon and
a word, the verdict with our explanation and the server's own reply, and an expandable transcript.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core.smtp import probing
from wizard.core.dns.resolver import make_resolver
from wizard.core.inputs.flow import Step
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
from wizard.core.smtp.result import StepFinished, StepStarted, Timeouts, check_request
from wizard.core.smtp.steps import planned_steps, step_label
from wizard.gui.pages.base import BasePage, BusyBar
from wizard.gui.report import ReportButton
from wizard.gui.workers import CoreJob, start

PENDING, RUNNING, OK, FAILED = "○", "…", "✔", "✘"

CONTINUE_WARNING = QT_TRANSLATE_NOOP(
    "core", "You continued although no setting worked in the live test. Mail may not go out with these settings."
)


class CandidateRow(QFrame):
    """One candidate: title, live steps, verdict, explanation, the server's reply and the transcript."""

    def __init__(self, page: RelayTestPage, entry: probing.Entry):
        super().__init__()
        self.page = page
        self.entry = entry
        self.outcome: probing.Outcome | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"candidate_{entry.index}")
        self.steps: dict[str, str] = {}
        if entry.setting is not None:
            self.steps = {name: PENDING for name in planned_steps(entry.setting)}

        self.radio = QRadioButton(self.tr("Use this setting"))
        self.radio.setEnabled(False)
        title = page.setting_text(entry.setting) if entry.setting is not None else entry.label
        self.title = QLabel(f"<b>{_escape(title)}</b>")
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.show_note()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.step_line = QLabel()
        self.step_line.setObjectName("steps")
        self.step_line.setWordWrap(True)
        self.step_line.setTextFormat(Qt.TextFormat.RichText)
        self.explanation = QLabel()
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)  # shows text from servers/DNS: never as HTML
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setVisible(False)
        self.reply = QLabel()
        self.reply.setTextFormat(Qt.TextFormat.PlainText)  # shows text from servers/DNS: never as HTML
        self.reply.setObjectName("reply")
        self.reply.setWordWrap(True)
        self.reply.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reply.setVisible(False)
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Show details"))
        self.toggle.setCheckable(True)
        self.toggle.setVisible(False)
        self.transcript = QPlainTextEdit()
        self.transcript.setObjectName("transcript")
        self.transcript.setReadOnly(True)
        self.transcript.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.transcript.setVisible(False)
        self.transcript.setMinimumHeight(160)
        self.toggle.toggled.connect(self._toggle)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.note)
        layout.addWidget(self.step_line)
        layout.addWidget(self.explanation)
        layout.addWidget(self.reply)
        foot = QHBoxLayout()
        foot.addWidget(self.radio)
        foot.addStretch(1)
        foot.addWidget(self.toggle)
        layout.addLayout(foot)
        layout.addWidget(self.transcript)
        if entry.setting is None:
            self._set_status(PENDING, self.tr("Not tested"))
        else:
            self._set_status(PENDING, self.tr("Waiting"))
        self._show_steps()

    def show_note(self) -> None:
        note = self.entry.candidate.note.get(self.page.lang) if self.entry.candidate is not None else ""
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _toggle(self, on: bool) -> None:
        self.transcript.setVisible(on)
        self.toggle.setText(self.tr("Hide details") if on else self.tr("Show details"))

    def _set_status(self, icon: str, word: str) -> None:
        self.status.setText(f"{icon} {word}")

    def steps_text(self) -> str:
        """The step line as plain text: "✔ Connection → ✘ Login → – Sender"."""
        return " → ".join(f"{state} {self.page.render(step_label(name))}" for name, state in self.steps.items())

    def _show_steps(self) -> None:
        # one step never breaks across lines (word joiners between its characters: Japanese may break anywhere);
        # the arrows show the order in which the server is asked
        parts = [_unbreakable(f"{state} {self.page.render(step_label(name))}") for name, state in self.steps.items()]
        self.step_line.setText(_escape(" → ".join(parts)))
        self.step_line.setVisible(bool(parts))

    # -- live updates ---------------------------------------------------------------------------------------------------
    def started(self) -> None:
        self._set_status(RUNNING, self.tr("Testing…"))

    def step_event(self, event) -> None:
        if isinstance(event, StepStarted):
            self.steps[event.name] = RUNNING
            self._set_status(RUNNING, self.tr("Testing: {step}").format(step=self.page.render(step_label(event.name))))
        elif isinstance(event, StepFinished):
            self.steps[event.step.name] = OK if event.step.ok else FAILED
        self._show_steps()

    def finished(self, outcome: probing.Outcome) -> None:
        self.outcome = outcome
        render = self.page.render
        r = outcome.result
        if r is None:
            self._set_status(PENDING, self.tr("Not tested"))
            self.steps = {}
        elif r.works:
            self._set_status(OK, self.tr("Works"))
        elif r.verdict.value == "cancelled":
            self._set_status(FAILED, self.tr("Cancelled"))
        else:
            self._set_status(FAILED, self.tr("Does not work: {why}").format(why=render(outcome.title)))
            for name, state in self.steps.items():  # steps never reached
                if state in (PENDING, RUNNING):
                    self.steps[name] = PENDING if state == PENDING else FAILED
        self._show_steps()
        text = render(outcome.explanation)
        if r is not None and r.detail is not None:
            text += "\n" + render(r.detail)
        self.explanation.setText(text)
        self.explanation.setVisible(True)
        if r is not None and r.server_reply:
            failing = next((s for s in reversed(r.steps) if not s.ok and s.code is not None), None)
            code = f"{failing.code} " if failing is not None else ""
            self.reply.setText(self.tr("Server reply: {reply}").format(reply=code + r.server_reply.replace("\n", " / ")))
            self.reply.setVisible(True)
        if r is not None:
            lines = list(r.transcript)
            if r.tls is not None:
                t = r.tls
                lines += ["", f"TLS: {t.version} {t.cipher}", f"subject: {t.subject}", f"issuer: {t.issuer}",
                          f"valid until: {t.not_after}"]
            if r.size_limit:
                lines.append(f"SIZE: {r.size_limit}")
            if r.auth_offered:
                lines.append(f"AUTH: {' '.join(r.auth_offered)}")
            self.transcript.setPlainText("\n".join(lines))
            self.toggle.setVisible(True)

    def cancelled(self) -> None:
        if self.outcome is None and self.entry.setting is not None:
            self._set_status(FAILED, self.tr("Cancelled"))


def _unbreakable(text: str) -> str:
    return "\u2060".join(text.replace(" ", "\u00a0"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RelayTestPage(BasePage):
    step = Step.RELAY_TEST

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Live test of your provider's settings"))
        self.setSubTitle(
            self.tr(
                "Each setting is tried from your line: connection, encryption, login and your address as sender. "
                "No mail is sent."
            )
        )
        self.job: CoreJob | None = None
        self.plan: probing.Plan | None = None
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
        self.plain_check = QCheckBox(
            self.tr("Also test settings without encryption (your password would be sent unprotected)")
        )
        self.plain_check.setObjectName("allow_plain")
        self.plain_check.setVisible(False)
        self.plain_check.toggled.connect(lambda _: self.retry())
        self.continue_check = QCheckBox(self.tr("Continue anyway with the selected setting, although it did not work"))
        self.continue_check.setObjectName("continue_anyway")
        self.continue_check.setVisible(False)
        self.continue_check.toggled.connect(self._continue_toggled)
        self.cancel_button = QPushButton(self.tr("&Stop test"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.shutdown)
        self.retry_button = QPushButton(self.tr("&Test again"))
        self.retry_button.setObjectName("retry")
        self.retry_button.clicked.connect(self.retry)

        self.busy = BusyBar()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(ReportButton(self))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.plain_check)
        layout.addWidget(self.continue_check)

    # -- wizard hooks ----------------------------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.start()

    def retranslate(self) -> None:  # language change: texts built from data are rendered again in the new language
        for row in self.rows.values():
            row.show_note()
            row._show_steps()  # joined with word joiners: not something the text converter can read back
            if row.entry.setting is not None:
                row.title.setText(f"<b>{_escape(self.setting_text(row.entry.setting))}</b>")

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API (Back)
        self.shutdown()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API; no I/O
        if self.running or self.plan is None:
            return False
        row = self._selected_row()
        if row is None or row.outcome is None:
            return False
        return row.outcome.works or self.continue_check.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API; writes the state, no I/O
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
        return self.job is not None and self.job.running

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
            allow_plain_auth=self.plain_check.isChecked(),
            ca_file=st.ca_file or None,
            timeouts=self._timeouts(),
            resolver=make_resolver(st.resolver, timeout=min(self._timeouts().connect, 5.0)) if st.resolver else None,
        )

    def start(self) -> None:
        if self.running:  # guarded against double start
            return
        self._clear()
        st = self.state
        if st.isp is None or st.address is None:
            self.summary.setText(self.tr("Choose your provider and enter your address first."))
            return
        entries = self._entries()
        options = self.options()
        plain_skips = False
        for e in entries:
            row = CandidateRow(self, e)
            self.rows[e.index] = row
            self.rows_layout.addWidget(row)
            self.group.addButton(row.radio, e.index)
            if e.setting is not None and e.setting.security.value == "plain" and e.setting.needs_auth:
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
        self.summary.setText(self.tr("Testing {count} setting(s) from your line…").format(count=len(entries)))
        self._tested = 0
        self._testable = sum(1 for e in entries if e.setting is not None)
        self.busy.start(self._busy_text(), self._testable)
        job = CoreJob(probing.run_plan, entries, options, st.isp, values=self._values())
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        job.signals.done.connect(self._on_done)
        self.job = job
        start(job)
        self._update_buttons()

    def shutdown(self) -> None:
        """Cancel the running test (Stop button, Back, closing the window). Returns at once."""
        if self.job is not None:
            self.job.cancel()

    def retry(self) -> None:
        if self.job is not None:
            self.job.cancel()  # it ends on its own within milliseconds; its late signals are ignored (_current)
            self.job = None
        self.start()

    def _clear(self) -> None:
        self.plan = None
        for row in self.rows.values():
            self.group.removeButton(row.radio)
            row.setParent(None)
            row.deleteLater()
        self.rows.clear()
        while self.rows_layout.count():
            self.rows_layout.takeAt(0)
        self.plan_label.clear()
        self.continue_check.blockSignals(True)
        self.continue_check.setChecked(False)
        self.continue_check.blockSignals(False)
        self.continue_check.setVisible(False)
        self.completeChanged.emit()

    def _current(self) -> bool:
        """Is the signal from the current job (not from one replaced by Retry)?"""
        return self.job is not None and self.sender() is self.job.signals

    # -- job signals (UI thread) ----------------------------------------------------------------------------------------
    def _on_progress(self, event) -> None:
        if not self._current():
            return
        if isinstance(event, probing.CandidateStarted):
            self.rows[event.index].started()
        elif isinstance(event, probing.CandidateStep):
            self.rows[event.index].step_event(event.event)
        elif isinstance(event, probing.CandidateDone):
            self.rows[event.outcome.entry.index].finished(event.outcome)
            if event.outcome.result is not None:
                self._tested += 1
                self.busy.progress(self._tested, self._testable, self._busy_text())

    def _on_finished(self, plan: probing.Plan) -> None:
        if not self._current():
            return
        self.plan = self.state.relay_plan = plan
        for o in plan.outcomes:
            row = self.rows[o.entry.index]
            if row.outcome is None:
                row.finished(o)
            row.radio.setEnabled(o.works)
        working = [o for o in plan.outcomes if o.works]
        if plan.recommended is not None:
            # the setting the user chose before (Back, then Next again) stays chosen while it still works
            before = next((o for o in working if self.state.chosen is not None and o.setting == self.state.chosen), None)
            self.rows[(before or plan.recommended).entry.index].radio.setChecked(True)
            self.summary.setText(
                "✔ " + self.join(self.tr("Settings that work from your line: {count}.").format(count=len(working)),
                                 self.tr("The best one is selected."))
            )
        else:
            self.summary.setText("✘ " + self.tr("No setting worked from your line. See the reasons below."))
            self.continue_check.setVisible(any(o.result is not None for o in plan.outcomes))
        self._show_plan(plan)

    def _on_failed(self, msg: Msg) -> None:
        if not self._current():
            return
        self.summary.setText(self.tr("The test could not run: {reason}").format(reason=self.render(msg)))

    def _on_cancelled(self) -> None:
        if not self._current():
            return
        for row in self.rows.values():
            row.cancelled()
        self.summary.setText(self.tr("The test was stopped. Press “Test again” to start it again."))

    def _busy_text(self) -> str:
        return self.tr("{done} of {total} settings tested…").format(
            done=self._tested, total=self._testable)

    def _on_done(self) -> None:
        if not self._current():
            return
        self.busy.stop()
        self._update_buttons()
        self.completeChanged.emit()

    # -- plan and selection ---------------------------------------------------------------------------------------------
    def _show_plan(self, plan: probing.Plan) -> None:
        parts = []
        if plan.recommended is not None:
            s = plan.recommended.setting
            parts.append("<b>" + _escape(self.tr("Recommended: {setting}").format(setting=self.setting_text(s))) + "</b>")
        parts += [f"⚠ {_escape(self.render(w.msg))}" for w in plan.warnings]
        self.plan_label.setText("<br>".join(parts))

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

