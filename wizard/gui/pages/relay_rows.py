"""One row of the relay-test page: a candidate's title, live steps, verdict, explanation, the server's reply and the
transcript (wizard/gui/pages/relay_test.py lays the rows out and runs the test)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
)

from wizard.core.smtp import probing
from wizard.core.smtp.result import StepFinished, StepStarted
from wizard.core.smtp.steps import Verdict, planned_steps, step_label
from wizard.gui.pages.words import setting_text

if TYPE_CHECKING:
    from wizard.gui.pages.relay_test import RelayTestPage


PENDING, RUNNING, OK, FAILED, STOPPED = "○", "…", "✔", "✘", "■"


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

        self.radio = QRadioButton()
        self.radio.setEnabled(False)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
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
            self._set_status(PENDING, lambda: self.tr("Not tested"))
        else:
            self._set_status(PENDING, lambda: self.tr("Waiting"))
        self.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API (after the page's own: the page's lang is set)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the row from its entry, its steps and its outcome, in the page's language."""
        self.radio.setText(self.tr("Use this setting"))
        title = setting_text(self.entry.setting) if self.entry.setting is not None else self.entry.label
        self.title.setText(f"<b>{_escape(title)}</b>")
        note = self.entry.candidate.note.get(self.page.lang) if self.entry.candidate is not None else ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.toggle.setText(self.tr("Hide details") if self.toggle.isChecked() else self.tr("Show details"))
        icon, word = self._status
        self.status.setText(f"{icon} {word()}")
        self._show_steps()
        if self.outcome is not None:
            self._show_outcome()

    def _toggle(self, on: bool) -> None:
        self.transcript.setVisible(on)
        self.toggle.setText(self.tr("Hide details") if on else self.tr("Show details"))

    def _set_status(self, icon: str, word) -> None:
        """``word`` makes the text (again after a language change)."""
        self._status = (icon, word)
        self.status.setText(f"{icon} {word()}")

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
        self._set_status(RUNNING, lambda: self.tr("Testing…"))

    def step_event(self, event) -> None:
        if isinstance(event, StepStarted):
            self.steps[event.name] = RUNNING
            name = event.name
            self._set_status(RUNNING, lambda: self.tr("Testing: {step}").format(step=self.page.render(step_label(name))))
        elif isinstance(event, StepFinished):
            self.steps[event.step.name] = OK if event.step.ok else FAILED
        self._show_steps()

    def finished(self, outcome: probing.Outcome) -> None:
        self.outcome = outcome
        r = outcome.result
        if r is None:
            self._set_status(PENDING, lambda: self.tr("Not tested"))
            self.steps = {}
        elif r.works:
            self._set_status(OK, lambda: self.tr("Works"))
        elif r.verdict is Verdict.CANCELLED:
            self._set_status(STOPPED, lambda: self.tr("Stopped before the end"))
        else:
            self._set_status(FAILED, lambda: self.tr("Does not work: {why}").format(why=self.page.render(outcome.title)))
            for name, state in self.steps.items():  # steps never reached
                if state in (PENDING, RUNNING):
                    self.steps[name] = PENDING if state == PENDING else FAILED
        self._show_steps()
        self._show_outcome()

    def _show_outcome(self) -> None:
        outcome = self.outcome
        render = self.page.render
        r = outcome.result
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
            self._set_status(STOPPED, lambda: self.tr("Stopped before the end"))


def _unbreakable(text: str) -> str:
    return "\u2060".join(text.replace(" ", "\u00a0"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


