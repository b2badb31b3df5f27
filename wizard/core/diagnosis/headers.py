"""Read the headers of a received message back: did SPF, DKIM and DMARC pass, aligned with the From domain, and
which servers did the message pass?

The user pastes the source (or only the headers) of a message, the wizard's test message or any other. Read here:
``Authentication-Results`` (RFC 8601, parsed with the ``authres`` package), ``ARC-Authentication-Results``
(RFC 8617, as a fallback when the receiver wrote no A-R of its own), ``Received-SPF`` (RFC 7208 9.1), ``DKIM-Signature``
(d=, s=), ``From``, ``Return-Path`` and the ``Received`` chain.

Which results are trusted (RFC 8601 section 5): only those the receiving side wrote. The receiving organisation is
the one of the topmost named ``by`` host of the ``Received`` chain (else of the topmost A-R's authserv-id); the hop
where the message entered it is the topmost ``Received`` whose ``from`` host is outside it, and its ``from`` host is
the last outside server: usually the provider's relay. A-R fields below the next older ``Received`` were in the
message before it arrived, and so are A-R fields whose authserv-id belongs to another organisation: they are listed
as untrusted and never counted. Outlook.com writes A-R without an authserv-id; such a field is read (with a
placeholder id) only inside the trusted block.

Alignment is DMARC's relaxed alignment (RFC 7489 3.1): the organisational domains (Public Suffix List, the DMARC
code's :func:`~wizard.core.dmarc.organizational_domain`) are equal. Comments such as ``(sender IP is 203.0.113.5)``
are dropped by ``authres``; the sending IP comes from ``Received-SPF: client-ip=``, an A-R ``smtp.remote-ip`` or such
a comment (a small regular expression, the only hand-written reading of A-R text here), else the relay hop.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from email.parser import HeaderParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

import authres

from wizard.core.dmarc import organizational_domain
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate

MAX_INPUT = 2_000_000  # characters read of a pasted message (headers are far smaller; bodies are not needed)

PASS, FAIL, NONE = "pass", "fail", "none"

_IP = r"(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]+)"
_COMMENT_IP = re.compile(rf"(?:sender IP is|designates|client-ip=|does not designate|IP:?)\s*\[?({_IP})\]?", re.I)
_BRACKET_IP = re.compile(rf"[\[(](?:IPv6:)?({_IP})[\])]")


@dataclass(frozen=True)
class Hop:
    """One ``Received`` field, oldest last as in the message."""

    from_host: str
    from_ip: str
    by_host: str
    when: str  # ISO 8601, "" when the date could not be read
    delay_s: float | None  # seconds since the previous (older) hop; None when either date is missing
    text: str

    def as_dict(self) -> dict:
        return {"from": self.from_host, "ip": self.from_ip, "by": self.by_host, "time": self.when,
                "delay_s": self.delay_s}


@dataclass(frozen=True)
class MethodResult:
    method: str  # spf | dkim | dmarc
    result: str  # pass, fail, softfail, neutral, none, temperror, permerror, policy, ...
    domain: str = ""  # spf: smtp.mailfrom's domain; dkim: header.d; dmarc: header.from
    aligned: bool | None = None  # with the From domain (spf, dkim); None for dmarc or when unknown
    selector: str = ""  # dkim: header.s
    advice: Msg | None = None  # the plain-words reason and what to change
    source: str = ""  # which header it came from

    @property
    def passed(self) -> bool:
        return self.result == PASS

    def as_dict(self, translate: Translate | None = None) -> dict:
        return {"method": self.method, "result": self.result, "domain": self.domain, "aligned": self.aligned,
                "selector": self.selector, "advice": self.advice.render(translate) if self.advice else "",
                "source": self.source}


@dataclass(frozen=True)
class HeaderReport:
    from_domain: str
    return_path: str
    receiver: str  # the receiving organisation's domain ("" when unknown)
    relay: str  # the last server outside the receiver (usually the provider's relay), "" when unknown
    relay_ip: str
    spf: MethodResult
    dkim: MethodResult
    dmarc: MethodResult
    signatures: tuple[tuple[str, str], ...] = ()  # (d=, s=) of every DKIM-Signature
    hops: tuple[Hop, ...] = ()
    untrusted: tuple[str, ...] = ()  # A-R fields not counted, with the reason
    notes: tuple[Msg, ...] = field(default=())

    @property
    def dmarc_would_pass(self) -> bool:
        """SPF or DKIM passes aligned with the From domain (RFC 7489 4.2)."""
        return any(m.passed and m.aligned for m in (self.spf, self.dkim))

    def as_dict(self, translate: Translate | None = None) -> dict:
        """The ``relay-wizard headers --json`` shape."""
        return {
            "from_domain": self.from_domain,
            "return_path": self.return_path,
            "receiver": self.receiver,
            "relay": {"host": self.relay, "ip": self.relay_ip},
            "dmarc_would_pass": self.dmarc_would_pass,
            "spf": self.spf.as_dict(translate),
            "dkim": self.dkim.as_dict(translate),
            "dmarc": self.dmarc.as_dict(translate),
            "dkim_signatures": [{"d": d, "s": s} for d, s in self.signatures],
            "hops": [h.as_dict() for h in self.hops],
            "untrusted": list(self.untrusted),
            "notes": [n.render(translate) for n in self.notes],
        }

    def lines(self, translate: Translate | None = None) -> list[str]:
        """Text for the CLI, the dialog and the diagnostic report."""
        out = [f"From domain: {self.from_domain or '?'}; Return-Path: {self.return_path or '?'}"]
        if self.relay:
            out.append(f"Handed over by: {self.relay}" + (f" [{self.relay_ip}]" if self.relay_ip else "")
                       + (f" to {self.receiver}" if self.receiver else ""))
        for m in (self.spf, self.dkim, self.dmarc):
            extra = f" ({m.domain})" if m.domain else ""
            if m.aligned is not None:
                extra += " aligned" if m.aligned else " not aligned"
            out.append(f"{m.method.upper()}: {m.result}{extra}")
            if m.advice is not None:
                out.append(f"  {m.advice.render(translate)}")
        out.append("DMARC would pass: " + ("yes" if self.dmarc_would_pass else "no"))
        for h in self.hops:
            delay = f" +{h.delay_s:g} s" if h.delay_s is not None else ""
            out.append(f"  hop: {h.from_host or '?'} [{h.from_ip or '?'}] -> {h.by_host or '?'}  {h.when}{delay}")
        out += [f"untrusted: {u}" for u in self.untrusted]
        out += [n.render(translate) for n in self.notes]
        return out


class HeaderError(Exception):
    def __init__(self, msg: Msg):
        super().__init__(msg.render())
        self.msg = msg


# -- reading ------------------------------------------------------------------------------------------------------------
def _unfold(value: str) -> str:
    return re.sub(r"\r?\n[ \t]+", " ", str(value)).strip()


def _host_of(token: str) -> str:
    return token.strip().strip("[]").lower().rstrip(".")


def _is_name(host: str) -> bool:
    if not host or "." not in host:
        return False
    try:
        ipaddress.ip_address(host.strip("[]"))
        return False
    except ValueError:
        return True


def _org(host: str) -> str:
    return organizational_domain(host) if _is_name(host) else ""


def _domain_of(value: str) -> str:
    value = value.strip().strip("<>").lower()
    return value.rpartition("@")[2].rstrip(".") if value else ""


def _parse_received(text: str) -> tuple[str, str, str, str]:
    """(from host, from ip, by host, ISO date) of one Received field."""
    body, _, date = text.rpartition(";")
    if not _:
        body, date = text, ""
    m_from = re.search(r"\bfrom\s+(\S+)(?:\s*\(([^)]*)\))?", body, re.I)
    m_by = re.search(r"\bby\s+(\S+)", body, re.I)
    from_host = _host_of(m_from.group(1)) if m_from else ""
    ip = ""
    if m_from:
        tail = body[m_from.start():m_by.start()] if m_by and m_by.start() > m_from.start() else body[m_from.start():]
        m_ip = _BRACKET_IP.search(tail)
        ip = m_ip.group(1) if m_ip else ""
        if not ip:
            try:
                ip = str(ipaddress.ip_address(from_host))
            except ValueError:
                pass
        words = (m_from.group(2) or "").split()
        if words and words[0].upper() in ("EHLO", "HELO") and len(words) > 1:
            words = words[1:]  # "(EHLO name)": the name the sender gave, when ``from`` is only an address
            if not _is_name(from_host) and _is_name(words[0]):
                from_host = words[0].lower().rstrip(".")
        elif words and _is_name(words[0].strip("[]")):  # "(rdns [ip])": the name the receiver looked up
            from_host = words[0].strip("[]").lower().rstrip(".")
    when = ""
    try:
        when = parsedate_to_datetime(re.sub(r"\s*\([^)]*\)\s*$", "", date.strip())).isoformat() if date.strip() else ""
    except (TypeError, ValueError, IndexError):
        when = ""
    return from_host, ip, _host_of(m_by.group(1)) if m_by else "", when


def _parse_ar(value: str) -> authres.AuthenticationResultsHeader | None:
    value = _unfold(value).rstrip().rstrip(";")  # Yahoo ends the field with ";", which RFC 8601 does not allow
    first = value.split(";", 1)[0].strip()
    if "=" in first.split()[0] if first.split() else False:  # no authserv-id (Outlook.com): placeholder
        value = "unknown; " + value
    try:
        return authres.AuthenticationResultsHeader.parse("Authentication-Results: " + value)
    except authres.AuthResError:
        return None
    except Exception:  # the parser's own errors are not all AuthResError subclasses
        return None


def _prop(result, ptype: str, name: str) -> str:
    for p in result.properties:
        if p.type == ptype and p.name == name:
            return str(p.value or "")
    return ""


def analyze(text: str) -> HeaderReport:
    """The report for a pasted message source or header block."""
    text = text[:MAX_INPUT].lstrip("\ufeff").replace("\r\n", "\n")
    if ":" not in text.split("\n", 1)[0]:
        raise HeaderError(Msg.of(QT_TRANSLATE_NOOP(
            "core", "This does not look like the source of a message: it should start with header lines such as "
                    "“Received: ...”. Open the message source in your mail program and copy all of it.")))
    head = text.split("\n\n", 1)[0]
    msg = HeaderParser(policy=compat32).parsestr(head + "\n\n", headersonly=True)
    fields = [(k.lower(), _unfold(v)) for k, v in msg.items()]
    if not any(k in ("authentication-results", "received", "from", "received-spf") for k, _ in fields):
        raise HeaderError(Msg.of(QT_TRANSLATE_NOOP(
            "core", "No Received, From or Authentication-Results lines were found. Copy the whole message source, "
                    "not only the text of the message.")))

    from_domain = ""
    for k, v in fields:
        if k == "from":
            addrs = [a for _, a in getaddresses([v]) if "@" in a]
            from_domain = _domain_of(addrs[0]) if addrs else ""
            break
    return_path = next((v.strip("<> ") for k, v in fields if k == "return-path"), "")

    # the Received chain: positions in the field list, newest first
    received = [(i, *_parse_received(v), v) for i, (k, v) in enumerate(fields) if k == "received"]
    ars = [(i, v) for i, (k, v) in enumerate(fields) if k == "authentication-results"]
    top_ar = _parse_ar(ars[0][1]) if ars else None
    receiver = next((_org(r[3]) for r in received if _org(r[3])), "")
    if not receiver and top_ar is not None:
        receiver = _org(top_ar.authserv_id or "")
    inbound = next((n for n, r in enumerate(received) if _outside(r[1], receiver)), None)
    relay, relay_ip, limit = "", "", len(fields)
    if inbound is not None:
        relay, relay_ip = received[inbound][1], received[inbound][2]
        if inbound + 1 < len(received):
            limit = received[inbound + 1][0]  # fields below the next older Received came with the message

    trusted, untrusted, unreadable = [], [], []
    for pos, value in ars:
        parsed = _parse_ar(value)
        sid = (parsed.authserv_id or "") if parsed is not None else ""
        if parsed is None:
            unreadable.append(value[:200])
        elif pos > limit:
            untrusted.append(f"{sid}: added before the message reached {receiver or 'the receiver'}")
        elif sid != "unknown" and receiver and _org(sid) and _org(sid) != receiver:
            untrusted.append(f"{sid}: not written by the receiving server ({receiver})")
        else:
            trusted.append((value, parsed))
    notes: list[Msg] = []
    if unreadable:
        notes.append(Msg.of(QT_TRANSLATE_NOOP(
            "core", "Some Authentication-Results lines could not be read and were skipped: {count}."),
            count=len(unreadable)))
    if untrusted:
        notes.append(Msg.of(QT_TRANSLATE_NOOP(
            "core", "Some authentication results were not written by the receiving server and were ignored "
                    "(they may be forged): {count}."), count=len(untrusted)))
    source = "Authentication-Results"
    if not trusted:
        for pos, (k, v) in enumerate(fields):
            if k == "arc-authentication-results" and pos <= limit:
                parsed = _parse_ar(re.sub(r"^\s*i\s*=\s*\d+\s*;", "", v))
                if parsed is not None:
                    trusted.append((v, parsed))
                    source = "ARC-Authentication-Results"
                    break

    results: dict[str, list] = {"spf": [], "dkim": [], "dmarc": []}
    for raw, parsed in trusted:
        for r in parsed.results:
            if r.method in results:
                results[r.method].append((raw, r))
    client_ip = ""
    spf_fallback = None
    for pos, (k, v) in enumerate(fields):
        if k == "received-spf" and pos <= limit:
            m = re.match(r"\s*(\w+)", v)
            ip = re.search(rf"client-ip\s*=\s*({_IP})", v, re.I)
            env = re.search(r"envelope-from\s*=\s*\"?<?([^\s;\">]+)", v, re.I)
            client_ip = client_ip or (ip.group(1) if ip else "")
            if spf_fallback is None and m:
                spf_fallback = (m.group(1).lower(), _domain_of(env.group(1)) if env else "")
    signatures = []
    for k, v in fields:
        if k == "dkim-signature":
            tags = dict((t.split("=", 1)[0].strip().lower(), t.split("=", 1)[1].strip())
                        for t in v.split(";") if "=" in t)
            signatures.append((tags.get("d", "").lower(), tags.get("s", "")))

    from_org = organizational_domain(from_domain) if from_domain else ""

    # SPF
    if results["spf"]:
        raw, r = results["spf"][0]
        mailfrom = _prop(r, "smtp", "mailfrom") or _prop(r, "smtp", "helo")
        spf_domain = _domain_of(mailfrom)
        m_ip = _COMMENT_IP.search(raw)
        client_ip = client_ip or _prop(r, "smtp", "remote-ip") or (m_ip.group(1) if m_ip else "")
        spf_res, spf_src = r.result.lower(), source
    elif spf_fallback is not None:
        spf_res, spf_domain = spf_fallback
        spf_domain = spf_domain or _domain_of(return_path)
        spf_src = "Received-SPF"
    else:
        spf_res, spf_domain, spf_src = NONE, _domain_of(return_path), ""
    client_ip = client_ip or relay_ip
    spf_aligned = bool(spf_domain and from_org) and organizational_domain(spf_domain) == from_org if spf_domain else None
    spf = MethodResult("spf", spf_res, spf_domain, spf_aligned, advice=_spf_advice(spf_res, spf_domain, from_domain,
                       spf_aligned, client_ip), source=spf_src)

    # DKIM: the best of the signatures' results (an aligned pass wins)
    dkim_rows = []
    for _raw, r in results["dkim"]:
        d = (_prop(r, "header", "d") or _domain_of(_prop(r, "header", "i"))).lower()
        dkim_rows.append((r.result.lower(), d, _prop(r, "header", "s")))
    if not dkim_rows:
        dkim_rows = [(NONE, signatures[0][0], signatures[0][1])] if signatures and not trusted else [(NONE, "", "")]
        if signatures and not trusted:
            notes.append(Msg.of(QT_TRANSLATE_NOOP(
                "core", "The message is signed (DKIM), but no receiving server's verdict is in the headers.")))
    def rank(row):
        res, d, _ = row
        return (res != PASS, not (d and from_org and organizational_domain(d) == from_org))
    d_res, d_dom, d_sel = sorted(dkim_rows, key=rank)[0]
    d_aligned = (organizational_domain(d_dom) == from_org) if d_dom and d_dom != "none" and from_org else None
    dkim = MethodResult("dkim", d_res, d_dom if d_dom != "none" else "", d_aligned, d_sel,
                        _dkim_advice(d_res, d_dom, from_domain, d_aligned), source if results["dkim"] else "")

    # DMARC
    if results["dmarc"]:
        _raw, r = results["dmarc"][0]
        dm = MethodResult("dmarc", r.result.lower(), _prop(r, "header", "from").lower() or from_domain, None,
                          source=source)
    else:
        dm = MethodResult("dmarc", NONE, from_domain, None)
    would = any(m.passed and m.aligned for m in (spf, dkim))
    dm = MethodResult(dm.method, dm.result, dm.domain, None, advice=_dmarc_advice(dm.result, would), source=dm.source)

    hops = _hops(received)
    return HeaderReport(from_domain, return_path, receiver, relay, relay_ip, spf, dkim, dm, tuple(signatures),
                        hops, tuple(untrusted), tuple(notes))


def _outside(host: str, receiver: str) -> bool:
    """``host`` (a Received ``from``) is a server outside the receiving organisation (not an internal address)."""
    if not host:
        return False
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return _org(host) != receiver
    return ip.is_global


def _hops(received) -> tuple[Hop, ...]:
    from datetime import datetime

    out = []
    for n, (_pos, fh, ip, by, when, text) in enumerate(received):
        delay = None
        if when and n + 1 < len(received) and received[n + 1][4]:
            try:
                delay = (datetime.fromisoformat(when) - datetime.fromisoformat(received[n + 1][4])).total_seconds()
            except (TypeError, ValueError):
                delay = None
        out.append(Hop(fh, ip, by, when, delay, text[:300]))
    return tuple(out)


# -- advice -------------------------------------------------------------------------------------------------------------
def _spf_advice(result: str, domain: str, from_domain: str, aligned: bool | None, ip: str) -> Msg:
    if result == PASS and aligned:
        return Msg.of(QT_TRANSLATE_NOOP("core", "SPF passes for your domain {domain}. Nothing to change."),
                      domain=domain)
    if result == PASS:
        return Msg.of(QT_TRANSLATE_NOOP(
            "core", "SPF passes, but for {domain}, not for your domain {from_domain}: the relay puts another "
                    "address in the envelope (Return-Path). It does not count for DMARC; DKIM has to pass."),
            domain=domain, from_domain=from_domain)
    if result in ("softfail", FAIL, "neutral"):
        return Msg.of(QT_TRANSLATE_NOOP(
            "core", "SPF {result}: your record does not yet include the provider's server {ip}. Publish the "
                    "proposed record, or wait until it has reached every name server (“Check” on the domain page)."),
            result=result, ip=ip or "?")
    if result == "temperror":
        return Msg.of(QT_TRANSLATE_NOOP(
            "core", "SPF could not be checked because of a temporary DNS problem at the receiver. Send another "
                    "test message later."))
    if result == "permerror":
        return Msg.of(QT_TRANSLATE_NOOP(
            "core", "Your SPF record has an error (for example too many DNS lookups or a typing error). Check it "
                    "on the domain page and publish the proposed record."))
    return Msg.of(QT_TRANSLATE_NOOP(
        "core", "No SPF result: {domain} has no SPF record, or the receiver did not check. Publish the proposed "
                "record."), domain=domain or from_domain or "?")


def _dkim_advice(result: str, domain: str, from_domain: str, aligned: bool | None) -> Msg:
    if result == PASS and aligned:
        return Msg.of(QT_TRANSLATE_NOOP("core", "DKIM passes: the message is signed for your domain."))
    if result == PASS:
        return Msg.of(QT_TRANSLATE_NOOP(
            "core", "DKIM passes, but the signature is for {domain}, not for your domain {from_domain}. It does not "
                    "count for DMARC; SPF has to pass for your domain."), domain=domain, from_domain=from_domain)
    if result in (FAIL, "permerror", "neutral", "policy"):
        return Msg.of(QT_TRANSLATE_NOOP(
            "core", "DKIM {result}: the signature could not be verified. The message was changed on the way, or the "
                    "key published in DNS does not match."), result=result)
    if result == "temperror":
        return Msg.of(QT_TRANSLATE_NOOP(
            "core", "DKIM could not be checked because of a temporary DNS problem. Send another test message later."))
    return Msg.of(QT_TRANSLATE_NOOP(
        "core", "The message is not signed (DKIM). Provider relays usually do not sign for your domain, so SPF has "
                "to pass for your domain."))


def _dmarc_advice(result: str, would_pass: bool) -> Msg:
    if result == PASS or (result == NONE and would_pass):
        return Msg.of(QT_TRANSLATE_NOOP("core", "DMARC passes (or would pass): SPF or DKIM is aligned with your "
                                                "domain."))
    if result == NONE:
        return Msg.of(QT_TRANSLATE_NOOP(
            "core", "No DMARC result, and neither SPF nor DKIM passes for your domain. Fix SPF first (see above)."))
    return Msg.of(QT_TRANSLATE_NOOP(
        "core", "DMARC {result}: neither SPF nor DKIM passes for your domain. Receivers may reject or file your mail "
                "as spam. Fix SPF first (see above)."), result=result)
