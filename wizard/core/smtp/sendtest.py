"""The one opt-in test message: the probe's session, then DATA with a short bilingual message, then QUIT.

Only a user's explicit command sends it (the "テストメールを送る" button, ``relay-wizard send-test``); the relay test
(:func:`wizard.core.smtp.session.probe`) never does. It runs on the probe's own session (:class:`_Probe`) so that the
same safety holds: verified TLS, AUTH only over TLS (or an explicitly confirmed plain setting), the password shown as
``********`` in the transcript, every wait bounded, cancel at once. After RCPT it sends DATA, the message (with
dot-stuffing, RFC 5321 4.5.2) and reads the final reply, whose text usually carries the provider's queue id.

The message is built with the standard library's :mod:`email` (``EmailMessage``, ``policy.SMTP``): header encoding
(RFC 2047), MIME and line endings come from there. It is bilingual by design (Japanese, then English) rather than
translated, so the reader sees both whatever language the sender's wizard runs in.
"""

from __future__ import annotations

import re
import secrets
import time
from datetime import datetime, timezone
from collections.abc import Callable
from dataclasses import dataclass
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, localtime

from wizard.core.cancel import NEVER, CancelToken
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate
from wizard.core.smtp.result import ProbeNotAllowed, ProbeRequest, ProbeResult, check_request
from wizard.core.model import Security
from wizard.core.smtp.session import _Probe, _Stop
from wizard.core.smtp.steps import DATA, EHLO, EHLO_TLS, QUIT, TLS, Verdict, explain
from wizard.core.smtp.transport import Closed, WaitTimeout

SUBJECT = "【テスト】Relay Wizard の送信テスト / Relay Wizard test message"

BODY = """\
このメールは Relay Wizard の送信テストです。返信は不要です。
{sender} から、プロバイダーの送信サーバー {relay} を通して送りました。

受信したら、このメールの「ソース」(ヘッダーを含む全文) を開いて、
Relay Wizard の「受信したメールを確認」に貼り付けてください。
SPF・DKIM・DMARC の結果と、どのサーバーを通ったかが分かります。

ソースの開き方:
- Gmail: メールを開き、右上の「︙」(その他) →「メッセージのソースを表示」
- Outlook.com: 「…」(その他の操作) →「表示」→「メッセージのソースを表示」
- Outlook (パソコン版): メールを開き「ファイル」→「プロパティ」→「インターネット ヘッダー」
- Thunderbird: 「その他」→「ソースを表示」(Ctrl+U)

---

This is a test message from Relay Wizard. No reply is needed.
It was sent from {sender} through your provider's relay {relay}.

When it arrives, open the message source (the full text with all headers) and paste it into
"Check a received message" in Relay Wizard: it shows the SPF, DKIM and DMARC results and the servers
the message passed.

How to open the source:
- Gmail: open the message, the "More" menu (three dots) -> "Show original"
- Outlook.com: "..." (More actions) -> "View" -> "View message source"
- Outlook (desktop): open the message, "File" -> "Properties" -> "Internet headers"
- Thunderbird: "More" -> "View Source" (Ctrl+U)

Message-ID: {message_id}
"""

OK_TEXT = QT_TRANSLATE_NOOP(
    "core",
    "The provider accepted the test message for delivery. When it arrives, open its source and paste it into "
    "“Check a received message” to see whether SPF, DKIM and DMARC pass.",
)


def compose(sender: str, rcpt: str, relay: str, *, display_name: str = "", now: float | None = None) -> EmailMessage:
    """The test message from ``sender`` (the user's own address, ASCII form) to ``rcpt``."""
    local, _, domain = sender.rpartition("@")
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = HeaderAddress(display_name=display_name, username=local, domain=domain)
    to_local, _, to_domain = rcpt.rpartition("@")
    msg["To"] = HeaderAddress(username=to_local, domain=to_domain)
    msg["Subject"] = SUBJECT
    when = now if now is not None else time.time()
    msg["Date"] = format_datetime(localtime(datetime.fromtimestamp(when, timezone.utc)))
    # short enough not to be folded (make_msgid's ids are ~80 characters); unique by time and 64 random bits
    message_id = f"<{int(when)}.{secrets.token_hex(8)}.relay-wizard@{domain}>"
    msg["Message-ID"] = message_id
    msg["X-Mailer"] = "Relay Wizard (test message)"
    msg.set_content(BODY.format(sender=sender, relay=relay, message_id=message_id), charset="utf-8", cte="base64")
    return msg


def wire_form(msg: EmailMessage) -> bytes:
    """The message as sent after DATA: CRLF lines, dot-stuffed (RFC 5321 4.5.2), with the final ``.``."""
    data = msg.as_bytes(policy=SMTP_POLICY)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    data = re.sub(rb"(?m)^\.", b"..", data)
    return data + b".\r\n"


@dataclass(frozen=True)
class SendTestResult:
    """The session (the probe's record, steps up to DATA and QUIT) and what the message was."""

    result: ProbeResult
    recipient: str
    message_id: str
    size: int  # bytes of the message as sent
    data_reply: str = ""  # the server's final reply to the message ("" when it was never sent)

    @property
    def sent(self) -> bool:
        return self.result.verdict is Verdict.OK

    @property
    def queue_id(self) -> str:
        """The provider's queue id from the final reply (Postfix/Exim/Sendmail styles), "" when none is named."""
        m = re.search(r"(?:queued as\s+|id=)([A-Za-z0-9][A-Za-z0-9._-]{3,})", self.data_reply)
        return m.group(1) if m else ""

    @property
    def explanation(self) -> Msg:
        if self.sent:
            return Msg.of(OK_TEXT)
        return explain(self.result.verdict, self.result.setting)

    def as_dict(self, translate: Translate | None = None) -> dict:
        """The ``relay-wizard send-test --json`` shape: the probe's candidate fields plus the message's."""
        out = self.result.as_dict(translate)
        out["explanation"] = self.explanation.render(translate)
        out["sent"] = self.sent
        out["data_reply"] = self.data_reply
        out["queue_id"] = self.queue_id
        out["recipient"] = self.recipient
        out["message_id"] = self.message_id
        out["size"] = self.size
        return out


class _SendTest(_Probe):
    def __init__(self, req: ProbeRequest, cancel: CancelToken, on_event, message: bytes):
        super().__init__(req, cancel, on_event)
        self.message = message
        self.size_hint = len(message)
        self.data_reply = ""

    def _run(self) -> None:
        # the probe's steps up to RCPT, then the message instead of RSET
        self._resolve()
        self._connect()
        s = self.req.setting
        if s.security is Security.TLS:
            self.begin(TLS)
            self._handshake(implicit=True)
        self._banner()
        self._ehlo(EHLO)
        if s.security is Security.STARTTLS:
            self._starttls()
            self._ehlo(EHLO_TLS)
        if s.needs_auth:
            self._auth()
        self._mail()
        self._rcpt()
        self._data()
        self._simple(QUIT, "QUIT", (221,))

    def _data(self) -> None:
        self.begin(DATA)
        code, text = self.command(DATA, "DATA")
        if code != 354:
            self.end(False, code, text)
            self._quit_quietly()
            raise _Stop(Verdict.DATA_REFUSED)
        arrow = " ~> " if self.io.tls else " -> "
        self.transcript.append(f"{arrow}[the test message: {len(self.message)} bytes]")
        self.transcript.append(f"{arrow}.")
        try:
            self.io.send(self.message, self.until(self.req.timeouts.read))
        except WaitTimeout:
            self.end(False, None, "")
            raise _Stop(Verdict.TIMEOUT) from None
        except (Closed, OSError):
            self._closed()
        try:
            code, text = self.reply()
        except WaitTimeout:
            self.end(False, None, "")
            raise _Stop(Verdict.TIMEOUT) from None
        self.data_reply = f"{code} {text}".strip()
        if code == 250:
            self.end(True, code, text)
            return
        self.end(False, code, text)
        self._quit_quietly()
        raise _Stop(Verdict.DATA_REFUSED)


def send_test(
    req: ProbeRequest,
    *,
    display_name: str = "",
    cancel: CancelToken = NEVER,
    on_event: Callable[[object], None] | None = None,
    now: float | None = None,
) -> SendTestResult:
    """Send exactly one test message from ``req.sender`` to ``req.rcpt`` (default: the sender) through
    ``req.setting``. Raises :class:`ProbeNotAllowed` before any traffic when the request may not be used."""
    why = check_request(req)
    if why is not None:
        raise ProbeNotAllowed(why)
    rcpt = req.rcpt or req.sender
    msg = compose(req.sender, rcpt, req.setting.host, display_name=display_name, now=now if now is not None else time.time())
    wire = wire_form(msg)
    session = _SendTest(req, cancel, on_event, wire)
    result = session.run()
    return SendTestResult(
        result=result, recipient=rcpt, message_id=str(msg["Message-ID"]), size=len(wire), data_reply=session.data_reply
    )
