"""The JSON form of catalogue records (``relay-wizard isps --json``, exports): plain data, one place."""

from __future__ import annotations

from enum import Enum
from typing import Any

from wizard.core.model import Fact, IspProfile, LocalText, RecordSpec, Source


def source_as_dict(s: Source) -> dict[str, Any]:
    return {
        "key": s.key,
        "url": s.url,
        "title": s.title,
        "kind": s.kind.value,
        "as_of": s.as_of_text() or None,
        "checked": s.checked.isoformat() if s.checked else None,
        "verified": s.verified,
        "confidence": s.confidence().word,
    }


def fact_as_dict(f: Fact | None) -> dict[str, Any] | None:
    if f is None:
        return None
    value = f.value.value if isinstance(f.value, Enum) else _lt(f.value) if isinstance(f.value, LocalText) else f.value
    return {
        "value": value,
        "verified": f.verified,
        "confidence": f.confidence().word,
        "to_verify": f.to_verify,
        "sources": [source_as_dict(s) for s in f.sources],
    }


def _lt(t: LocalText) -> dict[str, str] | None:
    return {"ja": t.ja, "en": t.en} if t else None


def profile_as_dict(p: IspProfile) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": _lt(p.name),
        "origin": p.origin.value,
        "path": str(p.path) if p.path else None,
        "domains": list(p.domains),
        "access_rdns": list(p.access_rdns),
        "user_host": p.user_host,
        "account_hint": _lt(p.account_hint),
        "notes": _lt(p.notes),
        "spf_include": fact_as_dict(p.spf_include),
        "limits": {
            "max_message_mb": fact_as_dict(p.limits.max_message_mb),
            "max_recipients": fact_as_dict(p.limits.max_recipients),
        },
        "candidates": [
            {
                "host": c.setting.host,
                "port": c.setting.port,
                "security": c.setting.security.value,
                "auth": c.setting.auth.value,
                "username": c.setting.username,
                "verified": c.verified,
                "confidence": c.confidence().word,
                "sources": [source_as_dict(s) for s in c.sources],
                "own_domain_sender": fact_as_dict(c.own_domain_sender),
                "own_lines_only": fact_as_dict(c.own_lines_only),
                "note": _lt(c.note),
                "for_domains": list(c.for_domains),
            }
            for c in p.candidates
        ],
        "variants": [
            {
                "id": v.id,
                "name": _lt(v.name),
                "host": v.host,
                "max_message_mb": fact_as_dict(v.max_message_mb),
                "sources": [source_as_dict(s) for s in v.sources],
                "note": _lt(v.note),
            }
            for v in p.variants
        ],
        "sources": [source_as_dict(s) for s in p.sources],
        # added (issue 16): what the profile describes, and for a service its route facts and DNS records
        "kind": p.kind.value,
        "route": {
            "cost": fact_as_dict(p.route.cost),
            "effort": _lt(p.route.effort),
            "signup": fact_as_dict(p.route.signup),
            "dkim_own_domain": fact_as_dict(p.route.dkim_own_domain),
            "limits": fact_as_dict(p.route.limits_text),
        } if p.is_service else None,
        "records": [record_spec_as_dict(r) for r in p.records],
    }


def record_spec_as_dict(r: RecordSpec) -> dict[str, Any]:
    return {
        "purpose": r.purpose.value,
        "type": r.rtype,
        "name": r.name,
        "value": r.value,
        "match": r.match,
        "to_verify": r.to_verify,
        "sources": [source_as_dict(s) for s in r.sources],
        "note": _lt(r.note),
    }
