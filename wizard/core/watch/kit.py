"""The delisting kit: for every listing, the list operator's own removal procedure (``resources/dnsbl.toml``), and a
ready letter to the rental-server company's support asking it to find the sending account and get the address
delisted, with the bounce lines as evidence.

The letter's sentences are core messages (translated like every other: ``relay_wizard_ja.ts``); the letter is
rendered in the language the user asks for (``translate`` of that language), independently of the window's. Names
of lists, the company and the service come from the data files. The dates "since when" are an input, or the watch
history's "first seen listed" per list when the server is watched (:func:`since_from_history`); a listing without
one says nothing about its start. :func:`prepare` is the one place that puts a kit together for a blocklist check
(reverse names, the rental server, the dates): the CLI's ``--letter`` and the window's kit dialog both call it.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wizard.core.dns.blocklist import BlocklistReport, ZoneResult
from wizard.core.dns.zones import REMOVAL_WHO, Removal
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, Translate, printable
from wizard.core.model import SourceKind
from wizard.core.watch.rental import Recognised

MAX_EVIDENCE_LINES = 12
MAX_EVIDENCE_CHARS = 600

DATE = QT_TRANSLATE_NOOP("core", "{year}-{month:02d}-{day:02d}")
K_HEAD = QT_TRANSLATE_NOOP("core", "Delisting kit for {address}")
K_LISTING = QT_TRANSLATE_NOOP("core", "{list} ({zone}), codes {codes}")
K_SINCE = QT_TRANSLATE_NOOP("core", "listed since {date}")
K_WHO = QT_TRANSLATE_NOOP("core", "Who: {who}")
K_FORM = QT_TRANSLATE_NOOP("core", "Where: {url}")
K_ASKS = QT_TRANSLATE_NOOP("core", "What they ask: {detail}")
K_TIME = QT_TRANSLATE_NOOP("core", "Typical time: {detail}")
K_SOURCES = QT_TRANSLATE_NOOP("core", "Sources: {sources}")
K_NO_PROCEDURE = QT_TRANSLATE_NOOP("core", "The list's page: {url} (no removal procedure on file).")
K_SERVER = QT_TRANSLATE_NOOP("core", "Rental server: {service} ({company}), recognised from {name}; support: {url}")
K_SERVER_UNCHECKED = QT_TRANSLATE_NOOP("core", "(this support page is not confirmed: check it before writing)")
K_NO_SERVER = QT_TRANSLATE_NOOP(
    "core", "The rental server was not recognised from its names: fill in its company and support page yourself."
)
K_NOTHING = QT_TRANSLATE_NOOP("core", "Nothing is listed: no delisting request is needed.")

# The letter, paragraph by paragraph. {company}, {service}: from rental_servers.toml, or the placeholders below.
L_SUBJECT = QT_TRANSLATE_NOOP("core", "Subject: Blocklist listing of server {server} (IP address {addresses})")
L_TO = QT_TRANSLATE_NOOP("core", "Dear {company} support team,")
L_INTRO = QT_TRANSLATE_NOOP(
    "core",
    "I am a customer of {service} and use the server {server} (IP address {addresses}) for my website and mail. "
    "Mail sent from this server is being rejected by the receiving servers. I checked the address and found it on "
    "the following blocklists:",
)
L_ITEM = QT_TRANSLATE_NOOP("core", "- {list} ({zone})")
L_ITEM_SINCE = QT_TRANSLATE_NOOP("core", "- {list} ({zone}), listed since {date}")
L_EVIDENCE = QT_TRANSLATE_NOOP("core", "The receiving servers replied as follows:")
L_REQUEST = QT_TRANSLATE_NOOP(
    "core",
    "I do not send bulk mail myself, so another account on the same server may be sending spam. Could you please "
    "find the sending account, stop the sending, and request delisting from the lists above?",
)
L_OWNER_ONLY = QT_TRANSLATE_NOOP(
    "core",
    "According to the list operators, only the owner of the address can request removal from {lists}, so I cannot "
    "do this myself.",
)
L_MOVE = QT_TRANSLATE_NOOP(
    "core",
    "If delisting will take time, would it be possible to move my site and mail to a server with another IP "
    "address?",
)
L_CLOSE = QT_TRANSLATE_NOOP("core", "Thank you very much for your help.")
L_SIGNATURE = QT_TRANSLATE_NOOP("core", "Name: [your name]\nAccount: [your account ID]\nDomain: {domain}")
L_COMPANY_UNKNOWN = QT_TRANSLATE_NOOP("core", "[rental-server company]")
L_SERVICE_UNKNOWN = QT_TRANSLATE_NOOP("core", "[rental-server service]")
L_DOMAIN_UNKNOWN = QT_TRANSLATE_NOOP("core", "[your domain]")


def format_date(day: _dt.date, translate: Translate | None = None) -> str:
    return Msg.of(DATE, year=day.year, month=day.month, day=day.day).render(translate)


@dataclass(frozen=True)
class KitItem:
    """One listing with the procedures that apply to it."""

    result: ZoneResult
    removals: tuple[Removal, ...]
    since: _dt.date | None = None

    @property
    def owner_only(self) -> bool:
        return any(r.who == "owner" for r in self.removals)


@dataclass(frozen=True)
class Kit:
    server: str  # the rental server's name (the target), or its address
    addresses: tuple[str, ...]  # the listed addresses
    items: tuple[KitItem, ...]
    rental: Recognised | None = None
    evidence: tuple[str, ...] = ()  # the receivers' replies, cleaned
    domain: str = ""  # the user's own domain, when known

    def procedure_lines(self, lang: str, translate: Translate | None = None) -> list[str]:
        """The procedures as text, in the user's language (``lang`` picks the data files' texts)."""
        if not self.items:
            return [Msg.of(K_NOTHING).render(translate)]
        out: list[str] = []
        if self.rental is not None:
            r = self.rental
            out.append(Msg.of(K_SERVER, service=r.server.name.get(lang), company=r.server.company.get(lang),
                              name=r.name, url=r.server.support_url).render(translate))
            if not r.server.support_verified:
                out.append("  " + Msg.of(K_SERVER_UNCHECKED).render(translate))
        else:
            out.append(Msg.of(K_NO_SERVER).render(translate))
        for address in self.addresses:
            out.append(Msg.of(K_HEAD, address=address).render(translate))
            for item in self.items:
                if item.result.address != address:
                    continue
                z = item.result.zone
                head = Msg.of(K_LISTING, list=z.name, zone=z.zone, codes=", ".join(item.result.codes)).render(translate)
                if item.since:
                    head += "; " + Msg.of(K_SINCE, date=format_date(item.since, translate)).render(translate)
                out.append("  " + head)
                if not item.removals:
                    out.append("    " + Msg.of(K_NO_PROCEDURE, url=z.delist_url).render(translate))
                for rem in item.removals:
                    out += ["    " + Msg.of(K_WHO, who=Msg.of(REMOVAL_WHO[rem.who])).render(translate),
                            "    " + Msg.of(K_FORM, url=rem.form).render(translate),
                            "    " + Msg.of(K_ASKS, detail=rem.asks.get(lang)).render(translate),
                            "    " + Msg.of(K_TIME, detail=rem.time.get(lang)).render(translate),
                            "    " + Msg.of(K_SOURCES, sources=", ".join(
                                f"{s.url} ({s.checked.isoformat()})" for s in rem.sources)).render(translate)]
        return out

    def letter(self, lang: str, translate: Translate | None = None) -> str:
        """The letter to the rental-server company in ``lang`` (``translate`` must be that language's)."""
        def t(text: str, **args: object) -> str:
            return Msg.of(text, **args).render(translate)

        if self.rental is not None:
            company = self.rental.server.company.get(lang)
            service = self.rental.server.name.get(lang)
        else:
            company, service = t(L_COMPANY_UNKNOWN), t(L_SERVICE_UNKNOWN)
        addresses = ", ".join(self.addresses)
        items = []
        for item in self.items:
            z = item.result.zone
            if item.since:
                items.append(t(L_ITEM_SINCE, list=z.name, zone=z.zone, date=format_date(item.since, translate)))
            else:
                items.append(t(L_ITEM, list=z.name, zone=z.zone))
        items = list(dict.fromkeys(items))  # one line per list even when several addresses are on it
        paragraphs = [t(L_SUBJECT, server=self.server, addresses=addresses), t(L_TO, company=company),
                      t(L_INTRO, service=service, server=self.server, addresses=addresses) + "\n" + "\n".join(items)]
        if self.evidence:
            paragraphs.append(t(L_EVIDENCE) + "\n" + "\n".join(f"> {line}" for line in self.evidence))
        request = t(L_REQUEST)
        owner_lists = list(dict.fromkeys(i.result.zone.name for i in self.items if i.owner_only))
        if owner_lists:
            request += "\n" + t(L_OWNER_ONLY, lists=", ".join(owner_lists))
        paragraphs += [request, t(L_MOVE), t(L_CLOSE),
                       t(L_SIGNATURE, domain=self.domain or t(L_DOMAIN_UNKNOWN))]
        return "\n\n".join(paragraphs) + "\n"

    def as_dict(self, lang: str, translate: Translate | None = None, letter_lang: str = "",
                letter_translate: Translate | None = None) -> dict:
        """The ``kit`` field of ``relay-wizard blocklist --json`` with ``--letter``."""
        r = self.rental
        return {
            "rental_server": None if r is None else {
                "id": r.server.id, "name": r.server.name.get(lang), "company": r.server.company.get(lang),
                "matched": r.name, "support_url": r.server.support_url, "support_verified": r.server.support_verified,
            },
            "listings": [{
                "address": i.result.address, "zone": i.result.zone.zone, "list": i.result.zone.name,
                "codes": list(i.result.codes), "since": i.since.isoformat() if i.since else None,
                "removal": [{"who": rem.who, "form": rem.form, "asks": rem.asks.get(lang), "time": rem.time.get(lang),
                             "sources": [{"url": s.url, "checked": s.checked.isoformat(), "verified": s.kind is SourceKind.OFFICIAL}
                                         for s in rem.sources]} for rem in i.removals],
            } for i in self.items],
            "letter_lang": letter_lang,
            "letter": self.letter(letter_lang, letter_translate) if letter_lang and self.items else "",
        }


def evidence_lines(replies: Sequence[str]) -> tuple[str, ...]:
    """The receivers' replies as letter lines: printable, one line each, bounded in number and length."""
    out: list[str] = []
    for reply in replies:
        line = printable(" ".join(reply.split()))[:MAX_EVIDENCE_CHARS]
        if line and line not in out:
            out.append(line)
    return tuple(out[:MAX_EVIDENCE_LINES])


def build_kit(
    report: BlocklistReport,
    *,
    rental: Recognised | None = None,
    since: Mapping[str, _dt.date] | _dt.date | None = None,
    evidence: Sequence[str] = (),
    domain: str = "",
    server_name: str = "",
) -> Kit:
    """The kit for a blocklist check: every counting listing with its procedures. ``since`` is one date for every
    listing or a date per zone id. ``server_name`` names the server in the letter (the host name checked, or the
    reverse name when only an address was); without it, the target does."""
    items = []
    for r in report.listed:
        day = since if isinstance(since, _dt.date) else (since or {}).get(r.zone.id)
        items.append(KitItem(r, tuple(r.zone.removals(r.codes)), day))
    addresses = tuple(dict.fromkeys(i.result.address for i in items))
    server = server_name or report.target
    try:
        ipaddress.ip_address(server)
        server = ", ".join(addresses) or server
    except ValueError:
        pass
    return Kit(server=server, addresses=addresses, items=tuple(items), rental=rental,
               evidence=evidence_lines(evidence), domain=domain)


def reverse_names(addresses: Sequence[str], *, resolver, timeout: float) -> list[str]:
    """The reverse (PTR) names of ``addresses``, asked at once within ``timeout``; addresses without one are left out."""
    import time

    from wizard.core.dns.query import lookup_many

    questions = [(ipaddress.ip_address(a).reverse_pointer, "PTR") for a in addresses]
    if not questions:
        return []
    answers = lookup_many(resolver, questions, deadline=time.monotonic() + timeout)
    return [a.records[0].rstrip(".").lower() for a in answers if a.ok and a.records]


def since_from_history(targets: Sequence[str], path=None) -> dict[str, _dt.date]:
    """Zone name -> the local day each list was first seen listing a watched target among ``targets`` (earliest over
    the targets and their addresses; lists for information only are left out). Empty when none is watched; no
    database file is created to find that out."""
    from wizard.core.dns.zones import DnsblError
    from wizard.core.store import open_store
    from wizard.core.watch import history as _history

    out: dict[str, _dt.date] = {}
    with open_store(path, create=False) as store:
        watched = {w.target for w in _history.watched(store)}
        for target in targets:
            try:
                target = _history.normal_target(target)
            except DnsblError:
                continue
            if target not in watched:
                continue
            for state in _history.history(store, target).states:
                if state.first_listed is None or state.info_only:
                    continue
                day = state.first_listed.astimezone().date()
                out[state.zone] = min(day, out.get(state.zone, day))
    return out


@dataclass(frozen=True)
class Prepared:
    kit: Kit
    problems: tuple[Msg, ...] = ()  # e.g. an unreadable rental_servers.toml (the kit then names no company)


def prepare(
    report: BlocklistReport,
    targets: Sequence[str],
    *,
    resolver,
    timeout: float,
    since: _dt.date | None = None,
    evidence: Sequence[str] = (),
    domain: str = "",
    store_path=None,
    cancel=None,
    progress=None,
) -> Prepared:
    """The kit for ``report`` (the check of ``targets``, host names or addresses): the reverse names of the listed
    addresses (DNS: run it off the UI thread), the rental server recognised from the host names and those, and
    "since when" (``since`` for every listing, else the watch history's per list when a target is watched)."""
    from wizard.core.dns.blocklist import parse_target
    from wizard.core.dns.zones import DnsblError
    from wizard.core.watch.rental import RentalDataError, recognise

    listed = list(dict.fromkeys(r.address for r in report.listed))
    ptr = reverse_names(listed, resolver=resolver, timeout=timeout) if listed else []
    if cancel is not None:
        cancel.raise_if_cancelled()
    hosts = []
    for t in targets:
        try:
            if isinstance(parse_target(t), str):
                hosts.append(t.strip())
        except DnsblError:
            continue
    problems: list[Msg] = []
    try:
        rental = recognise(hosts + ptr)
    except RentalDataError as exc:
        problems.append(exc.msg)
        rental = None
    days: Mapping[str, _dt.date] | _dt.date | None = since
    if since is None:
        by_zone = since_from_history(targets, store_path)
        days = {r.zone.id: by_zone[r.zone.zone] for r in report.listed if r.zone.zone in by_zone}
    kit = build_kit(report, rental=rental, since=days, evidence=evidence, domain=domain,
                    server_name=hosts[0] if hosts else (ptr[0] if ptr else ""))
    return Prepared(kit, tuple(problems))
