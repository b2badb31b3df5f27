"""The DMARC record grammar of RFC 7489 (sections 6.3, 6.4 and the record-level steps of 6.6.3), by hand.

Hand-written because no maintained parser implements RFC 7489 as receivers apply it: checkdmarc (the reference the
tests compare with) now follows DMARCbis and raises on records that RFC 7489 tells a receiver to read with defaults.
docs/DMARC.md lists every place where the two differ and why.

Case follows the ABNF (RFC 5234 2.3: quoted strings are case-insensitive): tag names and keyword values (``P=REJECT``)
are case-insensitive, while the version value is the case-sensitive ``%x44 %x4d %x41 %x52 %x43 %x31`` ("DMARC1").
A record written ``v=dmarc1`` is therefore not a DMARC record for a receiver; :func:`version_of` tells it apart from
"no record" so that nobody is told to publish a second one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from wizard.core.findings import Finding, Severity, finding
from wizard.core.messages import QT_TRANSLATE_NOOP

VERSION = "DMARC1"
_WSP = r"[ \t]*"
_VERSION_EXACT = re.compile(rf"^{_WSP}[vV]{_WSP}={_WSP}DMARC1{_WSP}(;|$)")
_VERSION_ANY_CASE = re.compile(rf"^{_WSP}v{_WSP}={_WSP}DMARC1{_WSP}(;|$)", re.IGNORECASE)
_TAG = re.compile(rf"^{_WSP}([A-Za-z][A-Za-z0-9_]*){_WSP}={_WSP}(.*?){_WSP}$", re.DOTALL)
# dmarc-uri = URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ]; URI is RFC 3986's absolute form (scheme ":" rest).
_URI = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):([^\s,!]+)(![0-9]+[kmgtKMGT]?)?$")
KNOWN_TAGS = ("v", "p", "sp", "rua", "ruf", "adkim", "aspf", "ri", "fo", "rf", "pct")


class Policy(str, Enum):
    NONE = "none"
    QUARANTINE = "quarantine"
    REJECT = "reject"


class Version(str, Enum):
    EXACT = "exact"  # starts with v=DMARC1 (the v in any case): a DMARC record
    WRONG_CASE = "wrong_case"  # v=dmarc1, v=Dmarc1...: meant as DMARC, discarded by receivers (RFC 7489 6.6.3 step 3)


def version_of(text: str) -> Version | None:
    """Is ``text`` a DMARC record, one with a wrongly written version, or something else (None)?"""
    if _VERSION_EXACT.match(text):
        return Version.EXACT
    if _VERSION_ANY_CASE.match(text):
        return Version.WRONG_CASE
    return None


@dataclass(frozen=True)
class DmarcRecord:
    text: str
    tags: dict  # tag name (lower case) -> value as written
    p: Policy | None
    sp: Policy | None
    adkim: str  # "r" relaxed / "s" strict
    aspf: str
    pct: int
    rua: tuple[str, ...]
    ruf: tuple[str, ...]
    fallback: bool = False  # p/sp were invalid and a valid rua made receivers read p=none (RFC 7489 6.6.3 step 6)


def valid_uri(uri: str) -> bool:
    """Syntactically a ``dmarc-uri`` (RFC 7489 6.4)."""
    return _URI.match(uri) is not None


def mailto_host(uri: str) -> str | None:
    """The host of a ``mailto:`` report URI (lower case, without size limit or query), or None."""
    m = _URI.match(uri)
    if not m or m.group(1).lower() != "mailto":
        return None
    address = m.group(2).split("?", 1)[0]
    if address.count("@") != 1:
        return None
    local, host = address.split("@")
    return host.lower().rstrip(".") if local and host else None


def _syntax(text: str, **args) -> Finding:
    return finding("dmarc.syntax", Severity.WARNING, text, **args)


def parse(text: str) -> tuple[DmarcRecord | None, list[Finding]]:
    """Parse a record that starts with ``v=DMARC1``. Returns (the record as receivers read it, or None when they
    ignore it, problems)."""
    if version_of(text) is not Version.EXACT:
        return None, [
            finding("dmarc.syntax", Severity.ERROR, QT_TRANSLATE_NOOP("core", "The DMARC record must start with “v=DMARC1”."))
        ]
    problems: list[Finding] = []
    tags: dict[str, str] = {}
    order: list[str] = []
    for part in text.split(";")[1:]:
        if not part.strip(" \t"):
            continue
        m = _TAG.match(part)
        if not m:
            problems.append(
                _syntax(QT_TRANSLATE_NOOP("core", "“{part}” in the DMARC record is not a tag=value pair."), part=part.strip())
            )
            continue
        name, value = m.group(1).lower(), m.group(2)
        if name not in KNOWN_TAGS:
            continue  # RFC 7489 6.3: unknown tags MUST be ignored
        if name in tags:
            return None, [
                finding(
                    "dmarc.repeated_tag",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The DMARC record has the tag “{tag}=” twice, so it is not a valid record and receivers may "
                        "ignore it entirely. Keep only one “{tag}=”.",
                    ),
                    tag=name,
                )
            ]
        tags[name] = value
        order.append(name)

    def policy(tag: str) -> Policy | None:
        try:
            return Policy(tags[tag].lower())
        except ValueError:
            problems.append(
                finding(
                    "dmarc.syntax",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP("core", "“{tag}={value}” is not a DMARC policy; use none, quarantine or reject."),
                    tag=tag,
                    value=tags[tag],
                )
            )
            return None

    p = policy("p") if "p" in tags else None
    sp = policy("sp") if "sp" in tags else None
    if p is not None and order[0] != "p":
        problems.append(
            finding(
                "dmarc.p_order",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "core",
                    "“p=” must come right after “v=DMARC1” (RFC 7489); some receivers ignore the policy otherwise. "
                    "Move it to the second place.",
                ),
            )
        )
    rua = _uris(tags, "rua", problems)
    ruf = _uris(tags, "ruf", problems)
    fallback = False
    if p is None or ("sp" in tags and sp is None):
        # RFC 7489 6.6.3 step 6: no valid p, or an invalid sp: with a valid rua URI act as p=none, else ignore.
        if any(valid_uri(u) for u in rua):
            problems.append(
                finding(
                    "dmarc.no_policy",
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The DMARC record has no valid “p=” or “sp=” tag; receivers read it as p=none and only send "
                        "reports. Write “p=none”, “p=quarantine” or “p=reject” right after “v=DMARC1”.",
                    ),
                )
            )
            p, sp, fallback = Policy.NONE, None, True
        else:
            problems.append(
                finding(
                    "dmarc.no_policy",
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The DMARC record has no valid “p=” or “sp=” tag, so receivers ignore it. Write “p=none” right "
                        "after “v=DMARC1”.",
                    ),
                )
            )
            return None, problems
    align = {tag: _keyword(tags, tag, ("r", "s"), "r", problems) for tag in ("adkim", "aspf")}
    pct = _pct(tags, problems)
    if "ri" in tags and not re.fullmatch(r"[0-9]{1,32}", tags["ri"]):
        problems.append(_default_used("ri", tags["ri"], "86400"))
    if "fo" in tags and not all(o.strip(" \t").lower() in ("0", "1", "d", "s") for o in tags["fo"].split(":")):
        problems.append(_default_used("fo", tags["fo"], "0"))
    if "rf" in tags and not all(re.fullmatch(r"[A-Za-z][A-Za-z0-9-]*", k.strip(" \t")) for k in tags["rf"].split(":")):
        problems.append(_default_used("rf", tags["rf"], "afrf"))
    return DmarcRecord(text, tags, p, sp, align["adkim"], align["aspf"], pct, rua, ruf, fallback), problems


def _default_used(tag: str, value: str, default: str) -> Finding:
    return _syntax(
        QT_TRANSLATE_NOOP("core", "“{tag}={value}” is not valid; receivers use the default {tag}={default}."),
        tag=tag,
        value=value,
        default=default,
    )


def _keyword(tags: dict, tag: str, allowed: tuple[str, ...], default: str, problems: list[Finding]) -> str:
    if tag not in tags:
        return default
    value = tags[tag].lower()
    if value in allowed:
        return value
    problems.append(_default_used(tag, tags[tag], default))
    return default


def _pct(tags: dict, problems: list[Finding]) -> int:
    text = tags.get("pct")
    if text is None:
        return 100
    if re.fullmatch(r"[0-9]{1,3}", text) and int(text) <= 100:
        return int(text)
    problems.append(
        _syntax(QT_TRANSLATE_NOOP("core", "“pct={value}” must be a number from 0 to 100; receivers use 100."), value=text)
    )
    return 100


def _uris(tags: dict, tag: str, problems: list[Finding]) -> tuple[str, ...]:
    if tag not in tags:
        return ()
    uris = tuple(u.strip(" \t") for u in tags[tag].split(",") if u.strip(" \t"))
    for uri in uris:
        if mailto_host(uri) is None:
            problems.append(
                _syntax(
                    QT_TRANSLATE_NOOP("core", "The report address “{uri}” should look like mailto:dmarc@example.jp."),
                    uri=uri,
                )
            )
    return uris
