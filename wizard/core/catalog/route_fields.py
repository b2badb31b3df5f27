"""The catalogue fields of relay and mailbox services: ``kind``, ``[route]`` and ``[[records]]`` (docs/CATALOG.md).

Kept beside the loader so that ``loader.py`` stays one screen of general rules; these functions use the loader's
parser (its field, fact and source checks) and raise its errors, so a bad service file is reported like any other.
"""

from __future__ import annotations

from typing import Any

from wizard.core.inputs.address import valid_host_name
from wizard.core.messages import QT_TRANSLATE_NOOP
from wizard.core.model import (
    RECORD_PLACEHOLDERS,
    LocalText,
    ProfileKind,
    RecordPurpose,
    RecordSpec,
    RouteInfo,
    placeholders,
    template_shape,
)

RECORD_TYPES = ("CNAME", "TXT", "MX")
K_RECORDS = QT_TRANSLATE_NOOP("core", "a list of [[records]] tables")


def _k(name: str) -> str:
    from wizard.core.catalog import loader  # lazy: the loader imports this module

    return getattr(loader, name)


def kind(parser, data: dict[str, Any]) -> ProfileKind:
    if "kind" not in data:
        return ProfileKind.PROVIDER
    return parser.enum(ProfileKind, "kind")(data["kind"], "kind")


def route(parser, data: dict[str, Any], profile_kind: ProfileKind) -> RouteInfo:
    if "route" not in data:
        return RouteInfo()
    if profile_kind is ProfileKind.PROVIDER:
        raise parser.fail("route", QT_TRANSLATE_NOOP("core", "Only a relay or mailbox service has a [route] table."))
    r = parser.typed(data["route"], dict, "route", _k("K_TABLE"))
    parser.keys(r, "route", ("cost", "effort", "signup", "dkim_own_domain", "limits"), ("cost", "effort", "signup"))
    return RouteInfo(
        cost=parser.fact(r, "cost", "route", _local(parser), required=True),
        effort=parser.local_text(r, "effort", "route", required=True),
        signup=parser.fact(r, "signup", "route", _url(parser), required=True),
        dkim_own_domain=parser.fact(r, "dkim_own_domain", "route", _bool(parser)),
        limits_text=parser.fact(r, "limits", "route", _local(parser)),
    )


def records(parser, data: dict[str, Any]) -> tuple[RecordSpec, ...]:
    raw = parser.typed(data.get("records", []), list, "records", K_RECORDS)
    return tuple(_record(parser, r, f"records[{i}]") for i, r in enumerate(raw))


def _record(parser, r: Any, where: str) -> RecordSpec:
    parser.typed(r, dict, where, _k("K_TABLE"))
    parser.keys(r, where, ("purpose", "type", "name", "value", "match", "source", "sources", "to_verify", "note"),
                ("purpose", "type", "name", "value", "match"))
    purpose = parser.enum(RecordPurpose, "purpose")(r["purpose"], f"{where}.purpose")
    rtype = parser.text(r, "type", where, required=True).upper()
    if rtype not in RECORD_TYPES:
        raise parser.fail(f"{where}.type", QT_TRANSLATE_NOOP("core", "“{value}” is not one of: {choices}."),
                          value=rtype, choices=", ".join(RECORD_TYPES))
    name = parser.text(r, "name", where, required=True).strip().lower().rstrip(".")
    value = parser.text(r, "value", where, required=True).strip()
    match = parser.text(r, "match", where, required=True).strip()
    for field_name, text in (("name", name), ("value", value)):
        unknown = placeholders(text) - RECORD_PLACEHOLDERS
        if unknown:
            raise parser.fail(
                f"{where}.{field_name}",
                QT_TRANSLATE_NOOP("core", "Unknown placeholder {{{name}}}; allowed: {allowed}."),
                name=sorted(unknown)[0],
                allowed=", ".join("{" + p + "}" for p in sorted(RECORD_PLACEHOLDERS)),
            )
    if name != "@" and not valid_host_name(template_shape(name).replace("_", "a"), dotted=False):
        raise parser.fail(f"{where}.name", QT_TRANSLATE_NOOP("core", "“{value}” is not a host name."), value=name)
    if rtype in ("CNAME", "MX") and not valid_host_name(template_shape(match.lower()), dotted=False):
        raise parser.fail(f"{where}.match", QT_TRANSLATE_NOOP("core", "“{value}” is not a host name."), value=match)
    if purpose is RecordPurpose.DKIM and not (name == "_domainkey" or name.endswith("._domainkey")):
        raise parser.fail(f"{where}.name", QT_TRANSLATE_NOOP("core", "A DKIM record's name ends with “._domainkey”."))
    return RecordSpec(
        purpose=purpose, rtype=rtype, name=name, value=value, match=match.lower() if rtype != "TXT" else match,
        sources=parser.source_keys(r, where),
        to_verify=bool(parser.typed(r.get("to_verify", False), bool, f"{where}.to_verify",
                                    _k("K_BOOL"))),
        note=parser.local_text(r, "note", where),
    )


def _local(parser):
    def convert(value: Any, where: str) -> LocalText:
        # the fact's value is a {ja, en} table: checked by the loader's own rule for such tables
        return parser.local_text({"value": value}, "value", where.rsplit(".", 1)[0], required=True)

    return convert


def _url(parser):
    def convert(value: Any, where: str) -> str:
        url = parser.typed(value, str, where, _k("K_TEXT")).strip()
        if not url.startswith(("https://", "http://")):
            raise parser.fail(where, QT_TRANSLATE_NOOP("core", "Expected an http(s) URL."))
        return url

    return convert


def _bool(parser):
    def convert(value: Any, where: str) -> bool:
        return parser.typed(value, bool, where, _k("K_BOOL"))

    return convert
