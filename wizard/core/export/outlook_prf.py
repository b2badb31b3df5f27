"""Outlook profile file (PRF) for ``outlook.exe /importprf`` (classic Outlook for Windows only).

It creates a separate Outlook profile named "Relay Wizard <address>" (replaced when imported again) and leaves the
user's other profiles alone. Sections as Outlook's Office Customization Tool (OCT) writes them: [General],
[Service List], [Internet Account List], [Account1] with the values, and the mapping sections [I_Mail] /
[IMAP_I_Mail] that tell Outlook which MAPI property each value is. A POP3 account needs a mail store to deliver to:
as in OCT files, [Service List] names ``Service1=Unicode Personal Folders`` (a .pst file), [Service1] gives its
name and path, [General] ``DefaultStore=Service1`` makes it the store POP3 mail goes to, and the mapping section
[Unicode Personal Folders] names the MAPI service (MSUPST MS) and its properties. An IMAP account keeps its mail
in the store Outlook creates for it, so its [Service List] stays empty. No password: Outlook asks for it on the
first send.

Encoding (docs/EXPORT.md): a PRF is an INI file read through Windows' profile API. That API reads a file that starts
with a UTF-16LE byte order mark as Unicode and any other file in the machine's ANSI code page. So a file whose text is
all ASCII is written as plain ASCII (read the same way everywhere); a file with a Japanese display name or any other
non-ASCII text is written as UTF-16LE with BOM, which keeps it readable on a Japanese and a non-Japanese Windows.
Lines end in CRLF.
"""

from __future__ import annotations

from wizard.core.export.base import PRF_SECURE, ExportInput, IncomingType
from wizard.core.model import Security

ID = "outlook-prf"
SUFFIX = ".prf"
BOM = "\ufeff"

# Section 7 of an OCT-generated PRF: property name -> MAPI type and tag. Outlook needs these to map the values.
_COMMON = [
    ("AccountName", "PT_UNICODE,0x0002"),
    ("DisplayName", "PT_UNICODE,0x000B"),
    ("EmailAddress", "PT_UNICODE,0x000C"),
]
_SMTP = [
    ("SMTPServer", "PT_UNICODE,0x0200"),
    ("SMTPUseAuth", "PT_LONG,0x0203"),
    ("SMTPAuthMethod", "PT_LONG,0x0208"),
    ("SMTPUserName", "PT_UNICODE,0x0204"),
    ("SMTPUseSPA", "PT_LONG,0x0207"),
    ("ConnectionType", "PT_LONG,0x000F"),
    ("ConnectionOID", "PT_UNICODE,0x0010"),
    ("SMTPPort", "PT_LONG,0x0201"),
    ("SMTPSecureConnection", "PT_LONG,0x020A"),
    ("ServerTimeOut", "PT_LONG,0x0209"),
]
MAPPINGS = {
    "I_Mail": [("AccountType", "POP3"), *_COMMON,
               ("POP3Server", "PT_UNICODE,0x0100"), ("POP3UserName", "PT_UNICODE,0x0101"),
               ("POP3UseSPA", "PT_LONG,0x0108"), ("Organization", "PT_UNICODE,0x0107"),
               ("ReplyEmailAddress", "PT_UNICODE,0x0103"), ("POP3Port", "PT_LONG,0x0104"),
               ("POP3UseSSL", "PT_LONG,0x0105"), *_SMTP, ("LeaveOnServer", "PT_LONG,0x1000")],
    "IMAP_I_Mail": [("AccountType", "IMAP"), *_COMMON,
                    ("IMAPServer", "PT_UNICODE,0x0100"), ("IMAPUserName", "PT_UNICODE,0x0101"),
                    ("IMAPUseSPA", "PT_LONG,0x0108"), ("Organization", "PT_UNICODE,0x0107"),
                    ("ReplyEmailAddress", "PT_UNICODE,0x0103"), ("IMAPPort", "PT_LONG,0x0104"),
                    ("IMAPUseSSL", "PT_LONG,0x0105"), *_SMTP,
                    ("CheckNewImap", "PT_LONG,0x1100"), ("RootFolder", "PT_UNICODE,0x1101")],
}
# Section 6 of an OCT-generated PRF: the Unicode .pst service and the MAPI properties of its values.
PST_SERVICE = "Unicode Personal Folders"
PST_MAPPING = [
    ("ServiceName", "MSUPST MS"),
    ("Name", "PT_UNICODE,0x3001"),
    ("PathAndFilenameToPersonalFolders", "PT_STRING8,0x6700"),
    ("RememberPassword", "PT_BOOLEAN,0x6701"),
    ("EncryptionType", "PT_LONG,0x6702"),
    ("Password", "PT_STRING8,0x6703"),
]
# 0x50000000: compressible encryption of a Unicode .pst (Outlook's default; 0x40000000 is the ANSI value).
PST_ENCRYPTION = "0x50000000"
# SMTPAuthMethod: 0 = same settings as the incoming server, 1 = log on with SMTPUserName, 2 = POP before SMTP.
AUTH_LOG_ON_USING = 1


def filename(inp: ExportInput) -> str:
    return f"{inp.address.domain.unicode}-outlook.prf"


def _section(name: str, items: list[tuple[str, object]]) -> list[str]:
    return [f"[{name}]", *(f"{k}={v}" for k, v in items), ""]


def text(inp: ExportInput) -> str:
    """The PRF as text (before encoding)."""
    s = inp.setting
    inc = inp.incoming_server
    imap = inc.type is IncomingType.IMAP
    prefix = "IMAP" if imap else "POP3"
    account_name = inp.address.display
    lines = [
        "; Outlook profile file from Relay Wizard: run  outlook.exe /importprf <this file>  with Outlook closed.",
        "; Classic Outlook for Windows only. No password is stored here: Outlook asks for it once.",
    ]
    if inc.guessed:
        lines.append("; The incoming server below is a guess (mail.<your domain>): check it with your rental server.")
    lines.append("")
    general = [
        ("Custom", 1),
        ("ProfileName", f"Relay Wizard {inp.address.display}"),
        ("DefaultProfile", "No"),
        ("OverwriteProfile", "Yes"),
        ("ModifyDefaultProfileIfPresent", "FALSE"),
        ("BackupProfile", "No"),
    ]
    if not imap:
        general.append(("DefaultStore", "Service1"))
    lines += _section("General", general)
    lines += _section("Service List", [] if imap else [("Service1", PST_SERVICE)])
    if not imap:
        lines += _section("Service1", [
            ("UniqueService", "No"),
            ("Name", account_name),
            # ASCII file name (the address's A-label form) in Outlook's usual folder for data files
            ("PathAndFilenameToPersonalFolders", rf"%USERPROFILE%\Documents\Outlook Files\{inp.address.ascii}.pst"),
            ("EncryptionType", PST_ENCRYPTION),
        ])
    lines += _section("Internet Account List", [("Account1", "IMAP_I_Mail" if imap else "I_Mail")])
    account = [
        ("UniqueService", "No"),
        ("AccountName", account_name),
        ("DisplayName", inp.name),
        ("EmailAddress", inp.address.ascii),
        (f"{prefix}Server", inc.host),
        (f"{prefix}UserName", inc.username or inp.address.ascii),
        (f"{prefix}UseSPA", 0),
        (f"{prefix}Port", inc.port),
        (f"{prefix}UseSSL", 0 if inc.security is Security.PLAIN else 1),
        ("SMTPServer", s.host),
        ("SMTPPort", s.port),
        ("SMTPUseAuth", 1 if s.needs_auth else 0),
    ]
    if s.needs_auth:
        account += [("SMTPAuthMethod", AUTH_LOG_ON_USING), ("SMTPUserName", s.username)]
    account += [("SMTPUseSPA", 0), ("SMTPSecureConnection", PRF_SECURE[s.security])]
    lines += _section("Account1", account)
    lines += ["; Mapping for profile and internet account properties. DO NOT MODIFY.", ""]
    if not imap:
        lines += _section(PST_SERVICE, PST_MAPPING)
    for name in ("I_Mail", "IMAP_I_Mail"):
        lines += _section(name, MAPPINGS[name])
    return "\r\n".join(lines)


def encode(body: str) -> bytes:
    if body.isascii():
        return body.encode("ascii")
    return (BOM + body).encode("utf-16-le")


def decode(data: bytes) -> str:
    """The inverse of :func:`encode` (for previews and tests)."""
    if data.startswith(b"\xff\xfe"):
        return data.decode("utf-16-le")[1:]
    return data.decode("ascii")


def render(inp: ExportInput) -> bytes:
    return encode(text(inp))
