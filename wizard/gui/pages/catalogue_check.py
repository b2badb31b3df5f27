"""The relay-test page's lines about the catalogue: which facts the live results contradict, the caution after an
own-domain success, the confidence of the recommended setting; and the run remembered on this computer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from wizard.core.messages import Msg


class CatalogueCheck(QLabel):
    """A plain-text label owned by the relay-test page (its ``live`` texts follow the language switch)."""

    def __init__(self, page):
        super().__init__()
        self.page = page
        self.setObjectName("contradictions")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # may hold the server's reply text
        self.setVisible(False)
        self.lines: list[tuple[str, Msg]] = []

    def show_plan(self, plan) -> None:
        from wizard.core.catalog.evidence import CAUTION, LIVE_WINS, contradictions, remember_run  # lazy: sqlite3
        from wizard.core.catalog.trust import candidate_warnings

        st = self.page.state
        self.lines = [("⚠ ", Msg.of(LIVE_WINS, what=c.msg)) for c in contradictions(plan.outcomes, st.isp,
                                                                                   st.detected_isp)]
        rec = plan.recommended
        if rec is not None:
            self.lines.append(("ⓘ ", Msg.of(CAUTION)))
            if rec.entry.candidate is not None:
                self.lines += [("ⓘ ", m) for m in candidate_warnings(rec.entry.candidate)]
        self._render()
        if any(o.result is not None for o in plan.outcomes):
            self.page.jobs.start("remember", remember_run, list(plan.outcomes), st.isp.id if st.isp else "",
                                 st.detected_isp, on_result=self._remembered)

    def _remembered(self, problems: list) -> None:
        self.lines += [("⚠ ", m) for m in problems]
        self._render()

    def _render(self) -> None:
        lines = list(self.lines)
        self.page.live(self, lambda: "\n".join(mark + self.page.render(m) for mark, m in lines))
        self.setVisible(bool(lines))
