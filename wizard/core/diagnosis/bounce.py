"""Read a pasted bounce message (a DSN, a plain-text notice, or only its text) and pull out what matters.

What is extracted: the reporting server (the one that gave up, usually the rental server), the remote servers
(the receivers that refused), the SMTP reply codes and enhanced status codes, the receivers' replies themselves,
the blocked IP addresses named in those replies, the blocklists named (by zone or by name) and the URLs given.
From these a likely cause is named, with what to do about it.

Input can be a whole message (bytes or text: MIME is read with the ``email`` package, every part decoded with its
charset, ISO-2022-JP and UTF-8 included, folded headers unfolded) or just the text a mail program shows. Only the
notification and the delivery report are read; the returned original message is skipped, so the sender's own line
address in its ``Received`` headers is never taken for the blocked address.
"""

from __future__ import annotations

import email
import email.policy
import html
import ipaddress
import re
from dataclasses import dataclass
from email.message import Message
from enum import StrEnum

from wizard.core.dns.zones import DELIST, PrivateList, Zone, is_local, load_private_lists, load_zones, normalize_ip
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate

MAX_BYTES = 2 * 1024 * 1024  # a bounce with a big attachment: read its first 2 MB only

L_REPORTED_BY = QT_TRANSLATE_NOOP("core", "Reported by")
L_REFUSED_BY = QT_TRANSLATE_NOOP("core", "Refused by")
L_RECIPIENTS = QT_TRANSLATE_NOOP("core", "Recipients")
L_CODES = QT_TRANSLATE_NOOP("core", "Reply codes")
L_BLOCKED = QT_TRANSLATE_NOOP("core", "Sending address seen by the receiver")
L_LISTS = QT_TRANSLATE_NOOP("core", "Blocklists")
L_LINKS = QT_TRANSLATE_NOOP("core", "Links")


class Cause(StrEnum):
    RELAY_REQUIRED = "relay_required"  # the receiver wants mail from this address through the provider's relay
    BLOCKLISTED = "blocklisted"
    UNAUTHENTICATED = "unauthenticated"
    REPUTATION = "reputation"
    UNKNOWN_RECIPIENT = "unknown_recipient"
    MAILBOX_FULL = "mailbox_full"
    TOO_BIG = "too_big"
    OTHER = "other"
    NOT_A_BOUNCE = "not_a_bounce"


CAUSE_TEXT: dict[Cause, str] = {
    Cause.RELAY_REQUIRED: QT_TRANSLATE_NOOP(
        "core",
        "The receiving server does not accept mail sent straight from this address and asks that it come through "
        "your Internet provider's mail server (its SMTP relay). That is exactly what this wizard sets up: choose "
        "your provider and it finds a setting that works from your line.",
    ),
    Cause.BLOCKLISTED: QT_TRANSLATE_NOOP(
        "core",
        "The receiving server refused the mail because the sending server's address is on a blocklist. Sending "
        "through your provider's server avoids the listed address.",
    ),
    Cause.UNAUTHENTICATED: QT_TRANSLATE_NOOP(
        "core",
        "The receiving server refused the mail because your domain's SPF or DKIM did not pass. The domain check "
        "in this wizard shows which record to change.",
    ),
    Cause.REPUTATION: QT_TRANSLATE_NOOP(
        "core",
        "The receiving server refused the mail because of the sending address's reputation (suspected spam). "
        "Sending through your provider's server uses a different address.",
    ),
    Cause.UNKNOWN_RECIPIENT: QT_TRANSLATE_NOOP(
        "core", "The recipient's address does not exist. Check the address for typos; changing the server will not help."
    ),
    Cause.MAILBOX_FULL: QT_TRANSLATE_NOOP(
        "core", "The recipient's mailbox is full. Try again later or tell the recipient in another way."
    ),
    Cause.TOO_BIG: QT_TRANSLATE_NOOP(
        "core", "The message was too big for a server on the way. Send smaller attachments or a download link."
    ),
    Cause.OTHER: QT_TRANSLATE_NOOP(
        "core", "The mail was refused; the reply below says why. This wizard could not tell the cause for sure."
    ),
    Cause.NOT_A_BOUNCE: QT_TRANSLATE_NOOP(
        "core",
        "No error message from a mail server was found in this text. Paste the whole returned message, "
        "including the lines with numbers such as 550 or 5.7.1.",
    ),
}

_IP4 = r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}"
_IP6 = r"(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:" + _IP4 + r")?"
_IP = rf"(?:IPv6:)?(?:{_IP4}|{_IP6})"
_HOST = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
RE_IP_ANY = re.compile(rf"(?<![\w.:]){_IP}(?![\w.:]*\w)")
RE_CODE = re.compile(r"(?<![\w.])([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})(?![\w.])")
RE_BARE_CODE = re.compile(r"(?<![\w.-])([45]\d\d)(?=[ -][A-Za-z<\[(]| : [A-Za-z])")  # "550 : User unknown" (au)
RE_STATUS = re.compile(r"(?<![\w.])([245]\.\d{1,3}\.\d{1,3})(?![\w.])")
RE_URL = re.compile(r"https?://[^\s<>\"'\])]+", re.I)
# "host mx.example.jp[192.0.2.1] said:" (Postfix), "host mx.example.jp [192.0.2.1]" (Exim),
# a line holding only "mx.example.jp [192.0.2.1]:" (several Japanese MTAs), "while talking to mx.example.jp.:" (Sendmail)
RE_REMOTE = [
    re.compile(rf"\bhost\s+({_HOST})\.?\s?\[({_IP})\]", re.I),
    re.compile(rf"(?m)^[ \t]*({_HOST})\.?\s?\[({_IP})\]:?[ \t]*$"),
    re.compile(rf"while talking to\s+({_HOST})\.?:", re.I),
]
# qmail names the receiver by its address alone: "Connected to 192.0.2.1 but greeting failed.", "192.0.2.1 does not
# like recipient.", "Giving up on 192.0.2.1."
RE_REMOTE_IP = re.compile(
    rf"(?m)^(?:Connected to ({_IP4}) but |({_IP4}) does not like |Giving up on ({_IP4})\.?[ \t]*$)"
)
# Where the receiver's own words are: after "said:", in "(reason: ...)", "<<< ..." lines, "Remote Server returned
# '...'", Exim's "SMTP error from remote mail server after ...:" and Gmail's "The response from the remote server was:".
# A reply after "said:" or Postfix's "refused to talk to me:" (both may be wrapped, even inside the phrase) runs on
# over the indented lines that follow; a line that is not indented (qmail's "Giving up on ...") ends it.
_WRAPPED = r"[ \t]*(?:\n[ \t]*)?(\S.*(?:\n[ \t]+\S.*)*)"
RE_REPLIES = [
    re.compile(r"\bsaid:" + _WRAPPED, re.I),
    re.compile(r"\brefused\s+to\s+talk\s+to\s+me:" + _WRAPPED, re.I),
    re.compile(r"\(reason:\s*(.+?)\)\s*$", re.I | re.M),
    re.compile(r"^<<<\s*(.+)$", re.M),
    re.compile(r"Remote Server returned '(.+?)'", re.I | re.S),
    re.compile(r"SMTP error from remote (?:mail server|server) after [^:]*:\s*\n(.+?)(?:\n\s*\n|$)", re.I | re.S),
    re.compile(r"response from the remote server was:\s*\n?(.+?)(?:\n\s*\n|$)", re.I | re.S),
    re.compile(r"(?:サーバー?からの応答|エラー内容|応答内容)\s*[:：]\s*(.+?)(?:\n\s*\n|$)", re.S),
]
RE_MAILER_DAEMON = re.compile(rf"(?:mailer-daemon|postmaster|mail-daemon)@({_HOST})", re.I)
RE_RECIPIENT = re.compile(r"(?:^<|(?:宛先|あて先)\s*[:：]\s*<?)([^\s<>@]+@[A-Za-z0-9.-]+)>?(?::\s|\s*$)", re.M)
RE_GENERATING = re.compile(rf"Generating server:\s*({_HOST})", re.I)
RE_BLOCK_WORDS = re.compile(
    r"block ?list|black ?list|\bRBL\b|DNSBL|blocked using|listed (?:at|in|on|by)|\bis listed\b|on our block",
    re.I,
)
RE_UNAUTH = re.compile(r"\b(?:SPF|DKIM|DMARC)\b.*\b(?:fail|not pass|did not pass)|unauthenticated", re.I | re.S)
RE_REPUTATION = re.compile(
    r"unsolicited|reputation|suspected spam|spam.*detected|\[TSS0\d\]|user complaints", re.I
)
# Gmail's 550-5.7.1 NotAuthorizedError: "The IP you're using to send mail is not authorized to send email directly to
# our servers. Please use the SMTP relay at your service provider instead."
RE_RELAY_REQUIRED = re.compile(
    r"not authori[sz]ed to send e-?mail directly|use the SMTP relay at your (?:service )?provider|NotAuthorizedError",
    re.I,
)
# Yahoo/AOL put an internal code shaped like an IPv4 address after their TSS/BL codes: "deferred due to ... user
# complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes". It names no server.
RE_YAHOO_CODE = re.compile(r"(?<= - )[45]\.\d{1,3}\.\d{1,3}\.\d(?=;)")
RE_NO_RECIPIENT = re.compile(
    r"user unknown|unknown user|no such user|does not exist|invalid recipient|no mailbox here", re.I
)


@dataclass(frozen=True)
class Server:
    name: str
    ip: str = ""


@dataclass(frozen=True)
class ListMention:
    name: str  # the list's name (a Msg for receivers' own lists, rendered when shown)
    zone: str = ""  # the DNS zone when it is a list this wizard checks
    delist_url: str = ""
    label: Msg | None = None  # translatable name for lists that are not DNS zones


@dataclass(frozen=True)
class BounceReport:
    reporting_servers: tuple[str, ...] = ()
    remote_servers: tuple[Server, ...] = ()
    recipients: tuple[str, ...] = ()
    smtp_codes: tuple[str, ...] = ()
    enhanced_status: tuple[str, ...] = ()
    replies: tuple[str, ...] = ()  # the receivers' replies, unfolded
    blocked_ips: tuple[str, ...] = ()  # addresses named in the replies (not the receivers' own)
    blocklists: tuple[ListMention, ...] = ()
    urls: tuple[str, ...] = ()
    cause: Cause = Cause.NOT_A_BOUNCE

    @property
    def found(self) -> bool:
        return self.cause is not Cause.NOT_A_BOUNCE

    @property
    def advice(self) -> Msg:
        return Msg.of(CAUSE_TEXT[self.cause])

    def check_targets(self) -> list[str]:
        """What to look up on the blocklists: the blocked addresses, else the server that reported the bounce."""
        return list(self.blocked_ips) or list(self.reporting_servers[:1])

    def as_dict(self, translate: Translate | None = None) -> dict:
        return {
            "reporting_servers": list(self.reporting_servers),
            "remote_servers": [{"name": s.name, "ip": s.ip} for s in self.remote_servers],
            "recipients": list(self.recipients),
            "smtp_codes": list(self.smtp_codes),
            "enhanced_status": list(self.enhanced_status),
            "replies": list(self.replies),
            "blocked_ips": list(self.blocked_ips),
            "blocklists": [
                {"name": m.label.render(translate) if m.label else m.name, "zone": m.zone, "delist_url": m.delist_url}
                for m in self.blocklists
            ],
            "urls": list(self.urls),
            "cause": self.cause.value,
            "advice": self.advice.render(translate),
        }

    def lines(self, translate: Translate | None = None) -> list[str]:
        """As text: what was found (a labelled line each), the receivers' replies, the advice, the delisting pages."""
        names = ", ".join(
            (m.label.render(translate) if m.label else m.name) + (f" ({m.zone})" if m.zone else "")
            for m in self.blocklists
        )
        rows = [
            (L_REPORTED_BY, ", ".join(self.reporting_servers)),
            (L_REFUSED_BY, ", ".join(f"{s.name} [{s.ip}]" if s.ip else s.name for s in self.remote_servers)),
            (L_RECIPIENTS, ", ".join(self.recipients)),
            (L_CODES, ", ".join(self.smtp_codes + self.enhanced_status)),
            (L_BLOCKED, ", ".join(self.blocked_ips)),
            (L_LISTS, names),
            (L_LINKS, ", ".join(self.urls)),
        ]
        out = [f"{Msg.of(label).render(translate)}: {value}" for label, value in rows if value]
        out += [f"  > {reply}" for reply in self.replies]
        out.append(self.advice.render(translate))
        out += [Msg.of(DELIST, url=m.delist_url).render(translate) for m in self.blocklists if m.delist_url]
        return out


# -- decoding ----------------------------------------------------------------------------------------------------------
def decode_bytes(data: bytes) -> str:
    """Text from bytes a user saved or pasted: UTF-8, ISO-2022-JP (escape sequences), Shift_JIS, else Latin-1."""
    data = data[:MAX_BYTES]
    if b"\x1b$" in data or b"\x1b(" in data:
        try:
            return data.decode("iso-2022-jp")
        except UnicodeDecodeError:
            pass
    for enc in ("utf-8", "cp932"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:[ \t]")


def _looks_like_message(text: str) -> bool:
    first = text.lstrip("\r\n").split("\n", 1)[0]
    return bool(_HEADER_LINE.match(first)) and "\n\n" in text.replace("\r\n", "\n")


def _part_text(part: Message) -> str:
    raw = part.get_payload()
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if isinstance(raw, str) and not raw.isascii() and cte in ("", "7bit", "8bit", "binary"):
        return raw  # pasted text: already decoded by the mail program, whatever the header says
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    charset = part.get_content_charset() or ""
    if charset:
        try:
            return payload.decode(charset, "replace")
        except LookupError:
            pass
    return decode_bytes(payload)


def _strip_html(text: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    text = re.sub(r"(?i)<br\s*/?>|</p>", "\n", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _unfold(value: str) -> str:
    return re.sub(r"\s*\r?\n[ \t]+", " ", value).strip()


def _after_semicolon(value: str) -> str:
    """``dns; mx.example.jp`` -> ``mx.example.jp``; ``smtp; 550 ...`` -> ``550 ...``."""
    v = _unfold(value)
    return v.split(";", 1)[1].strip() if ";" in v else v


@dataclass
class _Collected:
    texts: list[str]
    dsn: list[dict[str, str]]  # one dict per DSN field block
    headers: list[tuple[str, str]]


def _walk(msg: Message, out: _Collected, top: bool) -> None:
    ctype = msg.get_content_type()
    if top:
        out.headers += [(k, str(v)) for k, v in msg.items()]
    if ctype == "message/delivery-status":
        blocks = msg.get_payload()
        if isinstance(blocks, list):
            for block in blocks:
                out.dsn.append({k.lower(): str(v) for k, v in block.items()})
        else:  # an unparsed report: read it as header blocks
            for chunk in re.split(r"\n\s*\n", str(blocks)):
                fields = email.message_from_string(chunk.strip() + "\n\n")
                out.dsn.append({k.lower(): str(v) for k, v in fields.items()})
        return
    if ctype in ("message/rfc822", "text/rfc822-headers", "message/global", "message/global-headers"):
        return  # the returned original: its Received lines name the sender's own line, never the blocked server
    if msg.is_multipart():
        for sub in msg.get_payload():
            _walk(sub, out, False)
        return
    if ctype == "text/plain" or (top and msg.get_content_maintype() == "text" and ctype != "text/html"):
        out.texts.append(_part_text(msg))
    elif ctype == "text/html":
        out.texts.append(_strip_html(_part_text(msg)))


def _collect(source: bytes | str) -> _Collected:
    out = _Collected([], [], [])
    if isinstance(source, bytes):
        data = source[:MAX_BYTES]
        probe = data[:4096].decode("latin-1")
        if _looks_like_message(probe):
            _walk(email.message_from_bytes(data, policy=email.policy.compat32), out, True)
            return out
        text = decode_bytes(data)
    else:
        text = source[:MAX_BYTES]
        if _looks_like_message(text):
            _walk(email.message_from_string(text.lstrip("\r\n"), policy=email.policy.compat32), out, True)
            return out
    out.texts.append(text)
    return out


# -- extraction --------------------------------------------------------------------------------------------------------
def _cut_original(text: str) -> str:
    """A plain-text notice often carries the original message below a marker line: drop it."""
    markers = [
        r"^-+ ?This is a copy of the message",
        r"^-+ ?Original message",
        r"^Original message headers:",
        r"^-+ ?Below this line is a copy of the message",
        r"^-+ ?以下は元のメール",
        r"^-+ ?元のメッセージ",
    ]
    m = re.search("|".join(f"(?:{p})" for p in markers), text, re.I | re.M)
    return text[: m.start()] if m else text


_RE_CONTINUED = re.compile(r"(?<!\S)([245]\d\d)-([245]\.\d{1,3}\.\d{1,3})(?!\S)")
_RE_SERVER_PREFIX = re.compile(rf"^(?:host\s+)?{_HOST}\.?\s?\[{_IP}\]:?\s*", re.I)


def _squash(text: str) -> str:
    """One line, whitespace collapsed. A multi-line reply (``550-5.7.1 ... 550-5.7.1 ... 550 5.7.1 ...``, as Gmail
    sends it) keeps its code once, in front; a leading ``server [ip]:`` is dropped."""
    text = re.sub(r"\s+", " ", text).strip()
    m = _RE_CONTINUED.search(text)
    if m:
        code, status = m.groups()
        text = re.sub(rf"(?<!\S){code}[ -]{re.escape(status)}(?!\S)", " ", text)
        text = f"{code} {status} " + re.sub(r"\s+", " ", text).strip()
    return _RE_SERVER_PREFIX.sub("", text)


def _add(items: list, value) -> None:
    if value and value not in items:
        items.append(value)


def _ip(text: str) -> str:
    text = text.removeprefix("IPv6:").removeprefix("ipv6:")
    try:
        return str(normalize_ip(text))
    except ValueError:
        return ""


def read_bounce(
    source: bytes | str, zones: list[Zone] | None = None, private: list[PrivateList] | None = None
) -> BounceReport:
    """Extract servers, codes, blocked addresses and blocklists from a bounce. Never raises for odd input.
    ``zones`` and ``private`` (the receivers' own lists) default to those of ``resources/dnsbl.toml``."""
    zones = zones if zones is not None else load_zones()
    private = private if private is not None else load_private_lists()
    got = _collect(source)
    texts = [_cut_original(t.replace("\r\n", "\n")) for t in got.texts]
    full = "\n".join(texts)

    reporting: list[str] = []
    remote: list[Server] = []
    recipients: list[str] = []
    replies: list[str] = []
    statuses: list[str] = []

    for block in got.dsn:
        if "reporting-mta" in block:
            _add(reporting, _after_semicolon(block["reporting-mta"]).lower().rstrip("."))
        if "remote-mta" in block:
            name = (_after_semicolon(block["remote-mta"]).split() or [""])[0].lower().strip("[]").rstrip(".")
            if name and not any(s.name == name for s in remote):
                ip = _ip(name)
                remote.append(Server("" if ip else name, ip))
        if "final-recipient" in block:
            _add(recipients, _after_semicolon(block["final-recipient"]))
        if "diagnostic-code" in block:
            _add(replies, _squash(_after_semicolon(block["diagnostic-code"])))
        if "status" in block:
            _add(statuses, _unfold(block["status"]).split()[0])

    for m in RE_GENERATING.finditer(full):
        _add(reporting, m.group(1).lower())
    for key, value in got.headers:
        k = key.lower()
        if k == "from":
            m = RE_MAILER_DAEMON.search(value)
            if m and not any(r.endswith("." + m.group(1).lower()) for r in reporting):
                _add(reporting, m.group(1).lower())
        elif k == "x-failed-recipients":
            for r in value.split(","):
                _add(recipients, r.strip())
    for m in RE_RECIPIENT.finditer(full):
        _add(recipients, m.group(1))
    if not reporting:
        m = RE_MAILER_DAEMON.search(full)
        if m:
            _add(reporting, m.group(1).lower())

    for pattern in RE_REMOTE:
        for m in pattern.finditer(full):
            name = m.group(1).lower().rstrip(".")
            ip = _ip(m.group(2)) if pattern.groups > 1 else ""
            known = next((s for s in remote if s.name == name), None)
            if known is None:
                remote.append(Server(name, ip))
            elif ip and not known.ip:
                remote[remote.index(known)] = Server(name, ip)
    for m in RE_REMOTE_IP.finditer(full):
        ip = _ip(next(g for g in m.groups() if g))
        if ip and not any(s.ip == ip for s in remote):
            remote.append(Server("", ip))
    for pattern in RE_REPLIES:
        for m in pattern.finditer(full):
            reply = re.sub(r"\s*\(in reply to [^)]*\)?\s*$", "", _squash(m.group(1)))
            if RE_CODE.search(reply) or RE_BARE_CODE.match(reply):
                if not any(reply in r or r in reply for r in replies):
                    replies.append(reply)
    if not replies:  # no known shape: any line that carries a reply code with an enhanced status
        for line in full.splitlines():
            if RE_CODE.search(line):
                _add(replies, _squash(line))

    codes: list[str] = []
    for reply in replies:
        for m in RE_CODE.finditer(reply):
            _add(codes, m.group(1))
            _add(statuses, m.group(2))
        m = RE_BARE_CODE.match(reply)
        if m:
            _add(codes, m.group(1))
        for m in RE_STATUS.finditer(reply):
            _add(statuses, m.group(1))

    # Blocked addresses: named in the receivers' replies or in the lookup links they give, minus the receivers' own.
    receiver_ips = {s.ip for s in remote if s.ip}
    reply_text = "\n".join(replies)
    urls: list[str] = []
    for u in RE_URL.findall(reply_text):
        _add(urls, u.rstrip(".,;:"))
    blocked: list[str] = []
    for m in RE_IP_ANY.finditer(reply_text):
        if RE_YAHOO_CODE.match(reply_text, m.start()):
            continue
        ip = _ip(m.group(0))
        if not ip or ip in receiver_ips:
            continue
        if is_local(ipaddress.ip_address(ip)):
            continue
        _add(blocked, ip)

    lists = _find_lists(reply_text + "\n" + full, zones, private)
    for u in RE_URL.findall(full):
        u = u.rstrip(".,;:")
        low = u.lower()
        if any(z.zone in low or any(a in low for a in z.aliases) for z in zones):
            _add(urls, u)

    cause = _cause(statuses, codes, reply_text or full, lists, bool(replies))
    return BounceReport(
        reporting_servers=tuple(reporting),
        remote_servers=tuple(remote),
        recipients=tuple(recipients),
        smtp_codes=tuple(codes),
        enhanced_status=tuple(statuses),
        replies=tuple(replies),
        blocked_ips=tuple(blocked),
        blocklists=tuple(lists),
        urls=tuple(urls),
        cause=cause,
    )


def _find_lists(text: str, zones: list[Zone], private: list[PrivateList]) -> list[ListMention]:
    low = text.lower()
    found: list[ListMention] = []
    rest = low
    for z in zones:  # zone names first, then aliases in what is left (dnsbl-2.uceprotect.net is not level 1)
        if re.search(rf"(?<![\w-]){re.escape(z.zone)}(?![\w-])", rest):
            found.append(ListMention(z.name, z.zone, z.delist_url))
    for z in zones:
        rest = rest.replace(z.zone, " ") if any(f.zone == z.zone for f in found) else rest
    for z in zones:
        if any(f.zone == z.zone for f in found):
            continue
        if any(f.delist_url == z.delist_url for f in found):
            continue  # another level of the same operator is already named
        if any(re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", rest) for a in z.aliases):
            found.append(ListMention(z.name, z.zone, z.delist_url))
    for p in private:
        if p.pattern.search(text):
            found.append(ListMention(p.name, "", p.delist_url, Msg.of(p.name)))
    return found


def _cause(statuses: list[str], codes: list[str], text: str, lists: list[ListMention], has_reply: bool) -> Cause:
    if not has_reply and not statuses:
        return Cause.NOT_A_BOUNCE
    st = set(statuses)
    if RE_RELAY_REQUIRED.search(text):
        return Cause.RELAY_REQUIRED
    if st & {"5.7.26", "5.7.27", "5.7.23", "5.7.25", "5.7.509", "5.7.510"} or RE_UNAUTH.search(text):
        return Cause.UNAUTHENTICATED
    if lists or RE_BLOCK_WORDS.search(text):
        return Cause.BLOCKLISTED
    if st & {"5.7.28", "4.7.28", "4.7.0", "5.7.0", "5.7.1"} and RE_REPUTATION.search(text):
        return Cause.REPUTATION
    if st & {"5.1.1", "5.1.0", "5.1.10"} or RE_NO_RECIPIENT.search(text):
        return Cause.UNKNOWN_RECIPIENT
    if st & {"5.2.2", "4.2.2"} or re.search(r"mailbox (?:is )?full|over quota", text, re.I):
        return Cause.MAILBOX_FULL
    if st & {"5.3.4", "5.2.3"} or "552" in codes and re.search(r"size|too (?:big|large)", text, re.I):
        return Cause.TOO_BIG
    return Cause.OTHER
