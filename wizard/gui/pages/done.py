"""The last page: what was written where, and what the user still has to do."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from wizard.core import export
from wizard.core.inputs.flow import Step
from wizard.core.messages import Msg
from wizard.gui.pages.base import BasePage
from wizard.gui.pages.loop_steps import LoopPanel
from wizard.gui.pages.relay_test import CONTINUE_WARNING
from wizard.gui.pages.words import setting_text
from wizard.gui.report import ReportButton
from wizard.gui.watch import WatchChoice


class DonePage(BasePage):
    step = Step.DONE

    def __init__(self, state, lang, parent=None):
        super().__init__(state, lang, parent)
        self.setFinalPage(True)
        self.body = QLabel()
        self.body.setObjectName("done_summary")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.setOpenExternalLinks(False)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setMargin(10)
        self.loop = LoopPanel(self)  # the closing steps: where you stand, the test message, the received headers
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.body)
        inner.addWidget(self.loop)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.watch_choice = WatchChoice(self)
        layout.addWidget(self.watch_choice)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(ReportButton(self))
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Done"))
        self.setSubTitle(self.tr("What the wizard wrote, and what is left for you to do."))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.live(self.body, self.summary_html)
        self.loop.prepare()
        self.watch_choice.prepare()

    def summary_html(self) -> str:
        st = self.state
        parts: list[str] = []

        written: list[str] = []
        for fid, path in st.exported:
            title = self.render(export.get(fid).title)
            written.append(f"<li>{escape(title)}: <code>{escape(str(path))}</code></li>")
        for r in st.thunderbird:
            written.append("<li>" + escape(self.tr("Thunderbird profile {profile}: outgoing server {key}; the old "
                                                   "settings are kept in {backup}").format(
                profile=r.plan.profile, key=r.plan.key, backup=r.backup.name)) + "</li>")
        heading = self.tr("Written")
        parts.append(f"<h3>{escape(heading)}</h3>")
        if written:
            parts.append("<ul>" + "".join(written) + "</ul>")
        else:
            parts.append("<p>" + escape(self.tr("Nothing was saved. You can go back and save the files, or enter "
                                                "the values in your mail program by hand.")) + "</p>")

        # the steps in the order the domain page asks for them: the SPF record first, then the mail program
        todo: list[str] = []
        if st.spf_record and st.address is not None:
            todo.append(escape(self.tr("Publish this SPF record (TXT) for {domain}:").format(
                domain=st.address.domain.with_ascii)) + f"<br><code>{escape(st.spf_record)}</code>")
        else:
            todo.append(escape(self.tr("Check your domain's SPF record so that it allows the new route (see the "
                                       "domain check).")))
        if st.chosen is not None:
            s = st.chosen
            line = self.tr("Use this outgoing server: {setting}").format(setting=setting_text(s))
            if s.username:
                line += " " + self.tr("(user name {name})").format(name=s.username)
            todo.append(escape(line))
        todo.append(escape(self.tr("Send a test mail to an outside address (for example Gmail) and check that it "
                                   "arrives and that SPF passes.")))
        if st.chosen is not None and st.chosen.needs_auth:
            todo.append(escape(self._password_line()))
        if st.thunderbird:
            todo.append(escape(self.tr("Start Thunderbird and send the test mail from there.")))
        heading = self.tr("Still to do")
        parts.append(f"<h3>{escape(heading)}</h3>")
        parts.append("<ol>" + "".join(f"<li>{t}</li>" for t in todo) + "</ol>")

        notes: list[str] = []  # one note per fact: the same warning collected twice is shown once
        for text in [self.render(w) for w in st.warnings]:
            if text not in notes:
                notes.append(text)
        continued = self.render(Msg.of(CONTINUE_WARNING))
        if st.chosen is not None and not st.chosen_works and continued not in notes:
            notes.insert(0, continued)
        if notes:
            heading = self.tr("Please note")
            parts.append(f"<h3>{escape(heading)}</h3>")
            parts.append("<ul>" + "".join(f"<li>{escape(n)}</li>" for n in notes) + "</ul>")
        return "\n".join(parts)

    def _password_line(self) -> str:
        """Where the password is, said only when it really is there."""
        wizard = self.wizard()
        if wizard is not None and wizard.passwords.in_keyring():
            return self.tr("Your mail program asks for the provider password once. The wizard saved it in the "
                           "system keyring, never in a file.")
        return self.tr("Your mail program asks for the provider password once. The wizard did not save it.")
