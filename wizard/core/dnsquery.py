"""One DNS question through a given resolver, with the outcome sorted into what checks need to tell apart.

``ask()`` never raises for DNS trouble: it returns an :class:`Answer` whose ``status`` says whether the name has data,
does not exist (NXDOMAIN), exists without data of that type (NODATA), or could not be asked (ERROR, with the reason
in words). Only cancellation raises (:class:`~wizard.core.cancel.Cancelled`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import dns.exception
import dns.name
import dns.resolver

from wizard.core.cancel import CancelToken
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg


class Status(str, Enum):
    OK = "ok"
    NXDOMAIN = "nxdomain"
    NODATA = "nodata"
    ERROR = "error"


@dataclass(frozen=True)
class Answer:
    name: str
    rdtype: str
    status: Status
    rdatas: tuple = field(default=())  # dnspython rdata objects of the asked type (after CNAMEs)
    reason: Msg | None = None  # why the question could not be answered (status ERROR)

    @property
    def void(self) -> bool:
        """RFC 7208 4.6.4: a 'void lookup' is an empty answer or NXDOMAIN."""
        return self.status in (Status.NXDOMAIN, Status.NODATA)

    def texts(self) -> list[bytes]:
        """TXT answers as bytes, each record's strings joined (RFC 7208 3.3: no separator)."""
        return [b"".join(r.strings) for r in self.rdatas]


def ask(resolver: dns.resolver.Resolver, name: str, rdtype: str, cancel: CancelToken | None = None) -> Answer:
    if cancel is not None:
        cancel.raise_if_cancelled()
    try:
        ans = resolver.resolve(name, rdtype, search=False, raise_on_no_answer=False)
    except dns.resolver.NXDOMAIN:
        return Answer(name, rdtype, Status.NXDOMAIN)
    except dns.resolver.NoAnswer:
        return Answer(name, rdtype, Status.NODATA)
    except dns.exception.Timeout:
        return Answer(name, rdtype, Status.ERROR, reason=_reason_timeout(resolver))
    except dns.resolver.NoNameservers:
        return Answer(
            name,
            rdtype,
            Status.ERROR,
            reason=Msg.of(QT_TRANSLATE_NOOP("core", "the DNS server answered with an error (SERVFAIL or REFUSED)")),
        )
    except (dns.name.LabelTooLong, dns.name.NameTooLong, dns.name.EmptyLabel):
        return Answer(name, rdtype, Status.NXDOMAIN)
    except dns.exception.DNSException as exc:
        return Answer(
            name,
            rdtype,
            Status.ERROR,
            reason=Msg.of(QT_TRANSLATE_NOOP("core", "DNS error: {detail}"), detail=type(exc).__name__),
        )
    finally:
        if cancel is not None:
            cancel.raise_if_cancelled()
    if ans.rrset is None:
        return Answer(name, rdtype, Status.NODATA)
    return Answer(name, rdtype, Status.OK, rdatas=tuple(ans.rrset))


def _reason_timeout(resolver) -> Msg:
    return Msg.of(
        QT_TRANSLATE_NOOP("core", "no answer from the DNS server within {seconds} s"),
        seconds=f"{resolver.lifetime:g}",
    )


def addresses(resolver, host: str, cancel: CancelToken | None = None) -> tuple[list[str], Msg | None]:
    """All IPv4 and IPv6 addresses of ``host`` (A then AAAA); the reason when neither could be asked."""
    found: list[str] = []
    reason = None
    for rdtype in ("A", "AAAA"):
        a = ask(resolver, host, rdtype, cancel)
        if a.status is Status.OK:
            found.extend(r.address for r in a.rdatas)
        elif a.status is Status.ERROR:
            reason = a.reason
    return found, (reason if not found else None)
