"""Outlook Autodiscover POX response (``autodiscover.xml``) with an SMTP protocol block and the incoming one.

Served at ``https://autodiscover.<domain>/autodiscover/autodiscover.xml`` (or placed for a local test), classic
Outlook reads it when an account is added. ``Encryption`` (None|SSL|TLS) is what newer Outlook reads; ``SSL`` is kept
for older versions.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from wizard.core.export.base import POX_ENCRYPTION, ExportInput
from wizard.core.model import Security

ID = "outlook-autodiscover"
SUFFIX = ".xml"
NS_RESPONSE = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"
NS_OUTLOOK = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"


def filename(inp: ExportInput) -> str:
    return "autodiscover.xml"


def _onoff(flag: bool) -> str:
    return "on" if flag else "off"


def _sub(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, tag).text = text


def render(inp: ExportInput) -> bytes:
    s = inp.setting
    inc = inp.incoming_server
    root = ET.Element("Autodiscover", xmlns=NS_RESPONSE)
    response = ET.SubElement(root, "Response", xmlns=NS_OUTLOOK)
    user = ET.SubElement(response, "User")
    _sub(user, "DisplayName", inp.name)
    account = ET.SubElement(response, "Account")
    _sub(account, "AccountType", "email")
    _sub(account, "Action", "settings")

    p_in = ET.SubElement(account, "Protocol")
    _sub(p_in, "Type", inc.type.value.upper())
    _sub(p_in, "Server", inc.host)
    _sub(p_in, "Port", str(inc.port))
    _sub(p_in, "DomainRequired", "off")
    _sub(p_in, "LoginName", inc.username or inp.address.ascii)
    _sub(p_in, "SPA", "off")
    _sub(p_in, "SSL", _onoff(inc.security is not Security.PLAIN))
    _sub(p_in, "Encryption", POX_ENCRYPTION[inc.security])
    _sub(p_in, "AuthRequired", "on")

    p_out = ET.SubElement(account, "Protocol")
    _sub(p_out, "Type", "SMTP")
    _sub(p_out, "Server", s.host)
    _sub(p_out, "Port", str(s.port))
    _sub(p_out, "DomainRequired", "off")
    if s.needs_auth:
        _sub(p_out, "LoginName", s.username)
    _sub(p_out, "SPA", "off")
    _sub(p_out, "SSL", _onoff(s.security is not Security.PLAIN))
    _sub(p_out, "Encryption", POX_ENCRYPTION[s.security])
    _sub(p_out, "AuthRequired", _onoff(s.needs_auth))
    _sub(p_out, "UsePOPAuth", "off")
    _sub(p_out, "SMTPLast", "off")
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")
