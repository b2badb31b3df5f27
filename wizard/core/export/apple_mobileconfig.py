"""Apple configuration profile (``.mobileconfig``) with one ``com.apple.mail.managed`` payload, unsigned.

Double-clicked on a Mac (System Settings > Profiles) or opened on an iPhone/iPad it adds a mail account with these
servers. Apple Mail has no separate STARTTLS switch: ``OutgoingMailServerUseSSL`` covers implicit TLS and STARTTLS.
Every export gets fresh payload UUIDs; no password is included (Mail asks for it).
"""

from __future__ import annotations

import plistlib

from wizard.core.export.base import APPLE_AUTH, ExportInput, IncomingType
from wizard.core.model import Security

ID = "apple-mobileconfig"
SUFFIX = ".mobileconfig"


def filename(inp: ExportInput) -> str:
    return f"{inp.address.domain.unicode}-mail.mobileconfig"


def _identifier(inp: ExportInput) -> str:
    labels = reversed(inp.address.domain.ascii.split("."))
    return "jp.relay-wizard." + ".".join(labels) + "." + inp.address.local.replace(".", "-")


def payload(inp: ExportInput) -> dict:
    s = inp.setting
    inc = inp.incoming_server
    ident = _identifier(inp)
    mail = {
        "PayloadType": "com.apple.mail.managed",
        "PayloadVersion": 1,
        "PayloadIdentifier": ident + ".mail",
        "PayloadUUID": inp.uuid_factory(),
        "PayloadDisplayName": f"Mail: {inp.address.display}",
        "PayloadDescription": f"Mail account {inp.address.display}, sending through {s.host}",
        "EmailAccountDescription": inp.address.display,
        "EmailAccountName": inp.name,
        "EmailAccountType": "EmailTypeIMAP" if inc.type is IncomingType.IMAP else "EmailTypePOP",
        "EmailAddress": inp.address.ascii,
        "IncomingMailServerHostName": inc.host,
        "IncomingMailServerPortNumber": inc.port,
        "IncomingMailServerUseSSL": inc.security is not Security.PLAIN,
        "IncomingMailServerAuthentication": "EmailAuthPassword",
        "IncomingMailServerUsername": inc.username or inp.address.ascii,
        "OutgoingMailServerHostName": s.host,
        "OutgoingMailServerPortNumber": s.port,
        "OutgoingMailServerUseSSL": s.security is not Security.PLAIN,
        "OutgoingMailServerAuthentication": APPLE_AUTH[s.auth],
        "OutgoingPasswordSameAsIncomingPassword": False,
    }
    if s.needs_auth:
        mail["OutgoingMailServerUsername"] = s.username
    provider = inp.provider_name("en")
    via = f" via {provider}" if provider else ""
    return {
        "PayloadType": "Configuration",
        "PayloadVersion": 1,
        "PayloadIdentifier": ident,
        "PayloadUUID": inp.uuid_factory(),
        "PayloadDisplayName": f"Mail settings for {inp.address.display}{via} (Relay Wizard)",
        "PayloadDescription": (
            f"Adds the mail account {inp.address.display}; mail is sent through {s.host}:{s.port}. "
            "No password is included: Mail asks for it."
        ),
        "PayloadOrganization": inp.address.domain.unicode,
        "PayloadRemovalDisallowed": False,
        "PayloadContent": [mail],
    }


def render(inp: ExportInput) -> bytes:
    return plistlib.dumps(payload(inp), fmt=plistlib.FMT_XML, sort_keys=True)
