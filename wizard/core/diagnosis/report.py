"""The diagnostic report: one plain text a user can paste into an e-mail to whoever helps them. No secrets.

    text = build_report(state, translate, lang="ja", environment={"Qt": "6.11.3"})

What goes in: the app version, the system, the language, the provider and the user's *domain* (not the whole
address), the relay test's verdicts with their transcripts (which never hold AUTH data, wizard/core/smtp/session.py), the
domain check (SPF, DMARC, proposal, findings), the line (public address, reverse name, provider), the blocklist
results and what a pasted bounce said (codes, blocked address, lists; not its recipients).

What never goes in: the password. Besides never reading it, the finished text passes through
:func:`wizard.core.logs.redact` with the state's password and every live :class:`Secret` (any spelling of it, AUTH
arguments, ``password=`` values), so not even a server that echoed the password could put it into the report.
"""

from __future__ import annotations

import platform
import sys
from datetime import UTC, datetime

from wizard import APP_NAME, __version__
from wizard.core.logs import redact
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate

H_TITLE = QT_TRANSLATE_NOOP("core", "Relay Wizard diagnostic report")
H_NOTE = QT_TRANSLATE_NOOP(
    "core", "This report contains no password. Please check it before you send it on."
)
H_SYSTEM = QT_TRANSLATE_NOOP("core", "System")
H_CHOICES = QT_TRANSLATE_NOOP("core", "Provider and domain")
H_RELAY = QT_TRANSLATE_NOOP("core", "Live test of the outgoing servers")
H_WARNINGS = QT_TRANSLATE_NOOP("core", "Notes")
H_DNS = QT_TRANSLATE_NOOP("core", "Domain check (SPF and DMARC)")
H_LINE = QT_TRANSLATE_NOOP("core", "This computer's line")
H_BLOCKLISTS = QT_TRANSLATE_NOOP("core", "Blocklists")
H_BOUNCE = QT_TRANSLATE_NOOP("core", "Returned message")
H_LOOP = QT_TRANSLATE_NOOP("core", "Where you stand")
NOT_RUN = QT_TRANSLATE_NOOP("core", "Not run in this session.")


def _identity(context: str, text: str) -> str:
    return text


class _Writer:
    def __init__(self, translate: Translate):
        self.tr = translate
        self.lines: list[str] = []

    def msg(self, text: str, **args) -> str:
        return Msg.of(text, **args).render(self.tr)

    def render(self, m: Msg | None) -> str:
        return m.render(self.tr) if m is not None else ""

    def heading(self, text: str) -> None:
        self.lines += ["", f"== {self.msg(text)} =="]

    def field(self, name: str, value: object) -> None:
        if value not in (None, "", [], ()):
            self.lines.append(f"{name}: {value}")

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)


def build_report(
    state,
    translate: Translate | None = None,
    lang: str = "en",
    environment: dict[str, str] | None = None,
    now: datetime | None = None,
) -> str:
    """The report for a :class:`~wizard.core.inputs.flow.WizardState` (any part may be missing), in ``lang``."""
    w = _Writer(translate or _identity)
    w.add(w.msg(H_TITLE), w.msg(H_NOTE))

    w.heading(H_SYSTEM)
    w.field("app", f"{APP_NAME} {__version__}")
    w.field("date", (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC"))
    w.field("os", platform.platform())
    w.field("python", f"{platform.python_version()} ({sys.platform})")
    for k, v in (environment or {}).items():
        w.field(k, v)
    w.field("language", lang)

    w.heading(H_CHOICES)
    isp = getattr(state, "isp", None)
    w.field("provider", f"{isp.id} ({isp.display_name(lang)})" if isp is not None else "-")
    address = getattr(state, "address", None)
    w.field("own domain", address.domain.unicode if address is not None else "-")
    if address is not None and address.domain.ascii != address.domain.unicode:
        w.field("own domain (ASCII)", address.domain.ascii)
    w.field("relay host typed", getattr(state, "user_host", ""))
    w.field("DNS server", getattr(state, "resolver", "") or "system")
    w.field("extra CA file", "yes" if getattr(state, "ca_file", "") else "")
    chosen = getattr(state, "chosen", None)
    if chosen is not None:
        works = "works" if state.chosen_works else "did NOT pass the live test"
        w.field("chosen setting", f"{chosen.label()} auth={chosen.auth.value} ({works})")

    _relay(w, getattr(state, "relay_plan", None))
    _catalogue(w, getattr(state, "relay_plan", None), getattr(state, "isp", None), getattr(state, "detected_isp", ""))
    warnings = list(getattr(state, "warnings", []) or [])
    if warnings:
        w.heading(H_WARNINGS)
        w.add(*(f"- {w.render(m)}" for m in warnings))
    _dns(w, getattr(state, "domain_check", None))
    _line(w, getattr(state, "line", None), lang)
    _blocklists(w, getattr(state, "blocklists", None))
    _bounce(w, getattr(state, "bounce", None))
    _loop(w, state)

    text = "\n".join(w.lines).strip() + "\n"
    password = getattr(state, "password", None)
    return redact(text, [password.reveal()] if password else None)


def _relay(w: _Writer, plan) -> None:
    w.heading(H_RELAY)
    if plan is None:
        w.add(w.msg(NOT_RUN))
        return
    rec = plan.recommended
    w.field("recommended", rec.entry.label if rec is not None else "none")
    for o in plan.outcomes:
        w.add("", f"* {o.entry.label}: {o.verdict} ({w.render(o.title)})")
        w.add(f"  {w.render(o.explanation)}")
        if o.result is not None:
            w.add(*(f"  {line}" for line in o.result.report_lines(w.tr)))
    if plan.warnings:
        w.add("")
        w.add(*(f"- {w.render(f.msg)}" for f in plan.warnings))


def _catalogue(w: _Writer, plan, profile, line_isp: str) -> None:
    """Catalogue facts the live test contradicts (which fact, what the server did), and the own-domain caution."""
    if plan is None:
        return
    from wizard.core.catalog.evidence import CAUTION, LIVE_WINS, contradictions  # lazy: as the rest of diagnosis

    found = contradictions(plan.outcomes, profile, line_isp or "")
    lines = [f"- {w.msg(LIVE_WINS, what=c.msg)}" for c in found]
    if plan.recommended is not None:
        lines.append(f"- {w.msg(CAUTION)}")
    if lines:
        w.add("", *lines)


def _dns(w: _Writer, check) -> None:
    w.heading(H_DNS)
    if check is None:
        w.add(w.msg(NOT_RUN))
        return
    w.field("domain", check.domain)
    w.field("SPF record", check.spf.record or "(none)")
    w.field("DNS lookups", check.spf.lookups)
    w.field("DMARC", check.dmarc.record.text if check.dmarc.record else "(none)")
    if check.change_needed:
        w.field("proposed SPF", check.proposal.record)
    if check.current_result is not None:
        proposed = check.proposed_result.value if check.proposed_result else "-"
        w.field("relay against SPF", f"now {check.current_result.value}, with the proposal {proposed}")
    w.field("where to change", w.render(check.where))
    for f in check.all_findings():
        w.add(f"- [{f.severity.value}] {f.code}: {w.render(f.msg)}")


def _line(w: _Writer, line, lang: str) -> None:
    w.heading(H_LINE)
    if line is None:
        w.add(w.msg(NOT_RUN))
        return
    d = line.as_dict(w.tr, lang)  # the fields of `relay-wizard whereami --json`
    for key in ("ipv4", "ipv6"):
        a = d[key]
        if a["address"]:
            w.field(f"IPv{a['family']}", f"{a['address']} ({a['reverse'] or '-'})")
    w.field("provider", d["provider"] or "-")
    w.field("why", d["provider_reason"])


def _blocklists(w: _Writer, report) -> None:
    w.heading(H_BLOCKLISTS)
    if report is None:
        w.add(w.msg(NOT_RUN))
        return
    w.field("checked", f"{report.target} ({', '.join(report.addresses)})")
    w.add(w.render(report.summary()))
    for result in report.results:
        r = result.as_dict(w.tr)  # the fields of `relay-wizard blocklist --json`
        extra = f" {','.join(r['codes'])}" if r["codes"] else ""
        reason = f": {r['reason']}" if r["reason"] else ""
        w.add(f"- {r['address']} {r['zone']}: {r['status']} ({w.render(result.label)}){extra}{reason}")


def _bounce(w: _Writer, bounce) -> None:
    if bounce is None:
        return
    w.heading(H_BOUNCE)
    w.field("cause", bounce.cause.value)
    w.add(w.render(bounce.advice))
    w.field("reported by", ", ".join(bounce.reporting_servers))
    w.field("refused by", ", ".join(f"{s.name} [{s.ip}]" for s in bounce.remote_servers))
    w.field("codes", " ".join([*bounce.smtp_codes, *bounce.enhanced_status]))
    w.field("blocked addresses", ", ".join(bounce.blocked_ips))
    w.field("lists named", ", ".join(m.zone or m.name for m in bounce.blocklists))
    for reply in bounce.replies:
        w.add(f"  {reply}")


def _loop(w: _Writer, state) -> None:
    """The closing steps: relay tested, SPF arrived, test message sent, received headers verified."""
    sent, headers, arrived = (getattr(state, n, None) for n in ("send_test", "received_headers", "propagation"))
    plan = getattr(state, "relay_plan", None)
    if plan is None and sent is None and headers is None and arrived is None:
        return
    w.heading(H_LOOP)
    w.field("relay tested", "yes" if getattr(state, "chosen_works", False) else "no")
    w.field("SPF arrived on every name server", "not checked" if arrived is None else "yes" if arrived.complete else "no")
    if arrived is not None:
        w.add(*(f"  {line}" for line in arrived.lines(w.tr)))
    w.field("test message sent", "not sent" if sent is None else "yes" if sent.sent else f"no ({sent.result.verdict.value})")
    if sent is not None:
        w.field("  final reply", sent.data_reply)
        w.field("  Message-ID", sent.message_id)
    w.field("received headers verified", "not checked" if headers is None else
            "yes (DMARC would pass)" if headers.dmarc_would_pass else "no")
    if headers is not None:
        w.add(*(f"  {line}" for line in headers.lines(w.tr)))
