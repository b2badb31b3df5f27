"""Thunderbird autoconfig ``config-v1.1.xml``: a local ISP file, or served at ``autoconfig.<domain>``.

Thunderbird refuses a file without an incoming server, so the account's incoming server is included (the one the user
gave, or a marked guess). User names equal to the own address become ``%EMAILADDRESS%`` so that the same file serves
every mailbox of the domain when published.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from wizard.core.export.base import TB_AUTHENTICATION, TB_SOCKET_TYPE, ExportInput

ID = "thunderbird-autoconfig"
SUFFIX = ".xml"


def filename(inp: ExportInput) -> str:
    return "config-v1.1.xml"


def _username(value: str, inp: ExportInput) -> str:
    if value.lower() == inp.address.ascii.lower():
        return "%EMAILADDRESS%"
    if value.lower() == inp.address.local.lower():
        return "%EMAILLOCALPART%"
    return value


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    el = ET.SubElement(parent, tag)
    el.text = text
    return el


def render(inp: ExportInput) -> bytes:
    s = inp.setting
    domain = inp.address.domain
    root = ET.Element("clientConfig", version="1.1")
    provider = ET.SubElement(root, "emailProvider", id=domain.ascii)
    _sub(provider, "domain", domain.ascii)
    via = inp.provider_name("en")
    label = f"{domain.unicode} via {via}" if via else domain.unicode
    _sub(provider, "displayName", label)
    _sub(provider, "displayShortName", domain.unicode)

    inc = inp.incoming_server
    if inc.guessed:
        provider.append(ET.Comment(" incoming server: a guess (mail.<your domain>); check it with your rental server "))
    incoming = ET.SubElement(provider, "incomingServer", type=inc.type.value)
    _sub(incoming, "hostname", inc.host)
    _sub(incoming, "port", str(inc.port))
    _sub(incoming, "socketType", TB_SOCKET_TYPE[inc.security])
    _sub(incoming, "authentication", "password-cleartext")
    _sub(incoming, "username", _username(inc.username or inp.address.ascii, inp))

    outgoing = ET.SubElement(provider, "outgoingServer", type="smtp")
    _sub(outgoing, "hostname", s.host)
    _sub(outgoing, "port", str(s.port))
    _sub(outgoing, "socketType", TB_SOCKET_TYPE[s.security])
    _sub(outgoing, "authentication", TB_AUTHENTICATION[s.auth])
    if s.needs_auth:
        _sub(outgoing, "username", _username(s.username, inp))
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")

