"""Text that comes from outside (server replies, DNS records, a pasted bounce) is shown as plain text: a hostile
server's reply such as ``554 <a href=...>click here</a>`` must not turn into a link or formatting (docs/SECURITY.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wizard.core.catalog.loader import load_catalog
from wizard.core.inputs.flow import Step
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.smtp.probing import Entry
from wizard.gui.pages.relay_rows import CandidateRow
from wizard.gui.wizard import RelayWizard

OUTSIDE_TEXT = {
    Step.WELCOME: ("line_label", "bounce_label", "summary_label"),
    Step.DOMAIN_CHECK: ("status", "evaluation", "where", "current"),
}


def test_labels_with_outside_text_never_render_html(qtbot):
    w = RelayWizard(lang="en", catalog=load_catalog())
    qtbot.addWidget(w)
    w.show()
    # the first page sets its label formats right after it is on screen (start-up time) and, at the latest, when a
    # check starts: before any outside text can reach them
    welcome = w.page(int(Step.WELCOME))
    qtbot.waitUntil(lambda: welcome._labels_ready)
    for step, names in OUTSIDE_TEXT.items():
        page = w.page(int(step))
        for name in names:
            assert getattr(page, name).textFormat() is Qt.TextFormat.PlainText, (step, name)
    setting = RelaySetting("relay.test", 587, Security.STARTTLS, Auth.NONE)
    entry = Entry(index=0, label="relay.test:587 <b>(STARTTLS)</b>", setting=setting)
    row = CandidateRow(w.page(int(Step.RELAY_TEST)), entry)
    qtbot.addWidget(row)
    for label in (row.explanation, row.reply):
        assert label.textFormat() is Qt.TextFormat.PlainText
