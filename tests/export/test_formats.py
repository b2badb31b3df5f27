"""Every format parsed back with a real parser, field by field; plus input checks and golden files."""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import uuid
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.export.cases import CASES, PASSWORD, case, fixed_uuids
from wizard.core import export
from wizard.core.inputs.address import parse_address
from wizard.core.export import ExportError, make_input
from wizard.core.export.outlook_prf import MAPPINGS, decode
from wizard.core.model import Auth, RelaySetting, Security

GOLDEN = Path(__file__).parent / "golden"


def test_registry_lists_the_five_formats_in_order():
    assert export.FORMAT_IDS == (
        "thunderbird-autoconfig", "outlook-prf", "outlook-autodiscover", "apple-mobileconfig", "sheet-html")
    inp = case("ocn-idn-ja")
    names = {f: export.get(f).filename(inp) for f in export.FORMAT_IDS}
    assert names == {
        "thunderbird-autoconfig": "config-v1.1.xml",
        "outlook-prf": "例え.jp-outlook.prf",
        "outlook-autodiscover": "autodiscover.xml",
        "apple-mobileconfig": "例え.jp-mail.mobileconfig",
        "sheet-html": "例え.jp-mail-settings.html"  # the Unicode name the user knows,
    }
    with pytest.raises(ExportError, match="Unknown export format"):
        export.get("eudora")


# --- Thunderbird autoconfig -------------------------------------------------------------------------------------


def test_thunderbird_autoconfig_fields():
    inp = case("ocn-idn-ja")
    root = ET.fromstring(export.render("thunderbird-autoconfig", inp))
    assert root.tag == "clientConfig" and root.get("version") == "1.1"
    prov = root.find("emailProvider")
    assert prov.get("id") == "xn--r8jz45g.jp"
    assert prov.findtext("domain") == "xn--r8jz45g.jp"
    assert prov.findtext("displayName") == "例え.jp via OCN"
    out = prov.find("outgoingServer")
    assert out.get("type") == "smtp"
    assert {c.tag: c.text for c in out} == {
        "hostname": "smtp.ocn.ne.jp", "port": "465", "socketType": "SSL",
        "authentication": "password-cleartext", "username": "taro@abc.ocn.ne.jp",
    }
    inc = prov.find("incomingServer")
    assert (inc.get("type"), inc.findtext("hostname"), inc.findtext("port"), inc.findtext("socketType"),
            inc.findtext("username")) == ("imap", "mail.xn--r8jz45g.jp", "993", "SSL", "%EMAILADDRESS%")


@pytest.mark.parametrize(
    ("security", "auth", "socket", "authentication"),
    [(Security.STARTTLS, Auth.CRAM_MD5, "STARTTLS", "password-encrypted"),
     (Security.PLAIN, Auth.NONE, "plain", "none"),
     (Security.TLS, Auth.LOGIN, "SSL", "password-cleartext")],
)
def test_thunderbird_autoconfig_security_and_auth(security, auth, socket, authentication):
    user = "" if auth is Auth.NONE else "info@example.jp"
    inp = make_input(RelaySetting("smtp.example.jp", 587, security, auth, user), parse_address("info@example.jp"))
    out = ET.fromstring(export.render("thunderbird-autoconfig", inp)).find("emailProvider/outgoingServer")
    assert out.findtext("socketType") == socket and out.findtext("authentication") == authentication
    # the own address as login name becomes a placeholder, so the file serves every mailbox of the domain
    assert out.findtext("username") == ("%EMAILADDRESS%" if user else None)


# --- Outlook PRF ------------------------------------------------------------------------------------------------


def _prf(inp) -> tuple[bytes, configparser.ConfigParser]:
    data = export.render("outlook-prf", inp)
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str
    cp.read_string(decode(data))
    return data, cp


def test_outlook_prf_sections_values_and_mapping():
    data, cp = _prf(case("ocn-idn-ja"))
    assert data.startswith(b"\xff\xfe")  # non-ASCII (Japanese name, IDN) -> UTF-16LE with BOM
    text = data.decode("utf-16-le")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert cp.sections() == ["General", "Service List", "Internet Account List", "Account1", "I_Mail", "IMAP_I_Mail"]
    assert cp["General"]["ProfileName"] == "Relay Wizard info@例え.jp"
    assert cp["Internet Account List"]["Account1"] == "IMAP_I_Mail"
    a = cp["Account1"]
    assert dict(a) == {
        "UniqueService": "No", "AccountName": "info@例え.jp", "DisplayName": "株式会社例え 山田 太郎",
        "EmailAddress": "info@xn--r8jz45g.jp", "IMAPServer": "mail.xn--r8jz45g.jp",
        "IMAPUserName": "info@xn--r8jz45g.jp", "IMAPUseSPA": "0", "IMAPPort": "993", "IMAPUseSSL": "1",
        "SMTPServer": "smtp.ocn.ne.jp", "SMTPPort": "465", "SMTPUseAuth": "1", "SMTPAuthMethod": "1",
        "SMTPUserName": "taro@abc.ocn.ne.jp", "SMTPUseSPA": "0", "SMTPSecureConnection": "1",
    }
    m = cp["IMAP_I_Mail"]
    assert (m["SMTPServer"], m["SMTPPort"], m["SMTPUseAuth"], m["SMTPUserName"], m["SMTPUseSPA"],
            m["SMTPAuthMethod"], m["SMTPSecureConnection"]) == (
        "PT_UNICODE,0x0200", "PT_LONG,0x0201", "PT_LONG,0x0203", "PT_UNICODE,0x0204", "PT_LONG,0x0207",
        "PT_LONG,0x0208", "PT_LONG,0x020A")
    # every value in [Account1] has a mapping in the section it names
    assert set(a) - {"UniqueService"} <= {k for k, _ in MAPPINGS["IMAP_I_Mail"]}


def test_outlook_prf_ascii_pop3_starttls():
    data, cp = _prf(case("starttls-cram-pop"))
    assert data.isascii() and not data.startswith(b"\xff\xfe")
    assert cp["Internet Account List"]["Account1"] == "I_Mail"
    a = cp["Account1"]
    assert (a["POP3Server"], a["POP3Port"], a["POP3UseSSL"]) == ("pop.example.co.jp", "995", "1")
    assert (a["SMTPPort"], a["SMTPSecureConnection"], a["SMTPUserName"]) == ("587", "2", "k1234567")
    assert set(a) - {"UniqueService"} <= {k for k, _ in MAPPINGS["I_Mail"]}


def test_outlook_prf_without_login():
    _, cp = _prf(case("plain-noauth-ja"))
    a = cp["Account1"]
    assert (a["SMTPUseAuth"], a["SMTPSecureConnection"], a["SMTPPort"]) == ("0", "0", "25")
    assert "SMTPUserName" not in a and "SMTPAuthMethod" not in a


# --- Outlook Autodiscover ---------------------------------------------------------------------------------------

NS = {"r": "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006",
      "o": "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"}


def _protocols(inp) -> dict[str, dict[str, str]]:
    root = ET.fromstring(export.render("outlook-autodiscover", inp))
    assert root.tag == "{%s}Autodiscover" % NS["r"]
    account = root.find("o:Response/o:Account", NS)
    assert account.findtext("o:AccountType", namespaces=NS) == "email"
    assert account.findtext("o:Action", namespaces=NS) == "settings"
    out = {}
    for p in account.findall("o:Protocol", NS):
        fields = {c.tag.split("}")[1]: c.text for c in p}
        out[fields["Type"]] = fields
    return out


def test_outlook_autodiscover_smtp_protocol():
    inp = case("ocn-idn-ja")
    root = ET.fromstring(export.render("outlook-autodiscover", inp))
    assert root.findtext("o:Response/o:User/o:DisplayName", namespaces=NS) == "株式会社例え 山田 太郎"
    smtp = _protocols(inp)["SMTP"]
    assert {k: smtp[k] for k in ("Server", "Port", "LoginName", "SPA", "SSL", "Encryption", "AuthRequired",
                                 "UsePOPAuth")} == {
        "Server": "smtp.ocn.ne.jp", "Port": "465", "LoginName": "taro@abc.ocn.ne.jp", "SPA": "off", "SSL": "on",
        "Encryption": "SSL", "AuthRequired": "on", "UsePOPAuth": "off"}


def test_outlook_autodiscover_starttls_and_plain():
    p = _protocols(case("starttls-cram-pop"))
    assert (p["SMTP"]["Encryption"], p["SMTP"]["SSL"], p["SMTP"]["Port"]) == ("TLS", "on", "587")
    assert (p["POP3"]["Server"], p["POP3"]["Port"], p["POP3"]["Encryption"]) == ("pop.example.co.jp", "995", "SSL")
    p = _protocols(case("plain-noauth-ja"))["SMTP"]
    assert (p["Encryption"], p["SSL"], p["AuthRequired"], p.get("LoginName")) == ("None", "off", "off", None)


# --- Apple mobileconfig -----------------------------------------------------------------------------------------


def test_apple_mobileconfig_payload_fields_and_fresh_uuids():
    from wizard.core.export.base import ExportInput

    inp = case("ocn-idn-ja")
    fresh = ExportInput(**{**inp.__dict__, "uuid_factory": ExportInput.__dataclass_fields__["uuid_factory"].default})
    a = plistlib.loads(export.render("apple-mobileconfig", fresh))
    b = plistlib.loads(export.render("apple-mobileconfig", fresh))
    assert a["PayloadType"] == "Configuration" and a["PayloadVersion"] == 1
    assert "info@例え.jp" in a["PayloadDisplayName"] and "Relay Wizard" in a["PayloadDisplayName"]
    (mail,) = a["PayloadContent"]
    assert mail["PayloadType"] == "com.apple.mail.managed"
    assert {k: mail[k] for k in mail if k.startswith("Outgoing")} == {
        "OutgoingMailServerHostName": "smtp.ocn.ne.jp", "OutgoingMailServerPortNumber": 465,
        "OutgoingMailServerUseSSL": True, "OutgoingMailServerAuthentication": "EmailAuthPassword",
        "OutgoingMailServerUsername": "taro@abc.ocn.ne.jp", "OutgoingPasswordSameAsIncomingPassword": False}
    assert (mail["EmailAddress"], mail["EmailAccountName"], mail["EmailAccountType"]) == (
        "info@xn--r8jz45g.jp", "株式会社例え 山田 太郎", "EmailTypeIMAP")
    ids = [a["PayloadUUID"], mail["PayloadUUID"], b["PayloadUUID"], b["PayloadContent"][0]["PayloadUUID"]]
    assert len(set(ids)) == 4
    for u in ids:
        assert str(uuid.UUID(u)).upper() == u
    assert not any("Password" in k and k != "OutgoingPasswordSameAsIncomingPassword" for k in mail)


def test_apple_mobileconfig_cram_md5_pop_and_plain():
    mail = plistlib.loads(export.render("apple-mobileconfig", case("starttls-cram-pop")))["PayloadContent"][0]
    assert (mail["OutgoingMailServerAuthentication"], mail["OutgoingMailServerUseSSL"],
            mail["EmailAccountType"], mail["IncomingMailServerPortNumber"]) == (
        "EmailAuthCRAMMD5", True, "EmailTypePOP", 995)
    mail = plistlib.loads(export.render("apple-mobileconfig", case("plain-noauth-ja")))["PayloadContent"][0]
    assert (mail["OutgoingMailServerAuthentication"], mail["OutgoingMailServerUseSSL"]) == ("EmailAuthNone", False)
    assert "OutgoingMailServerUsername" not in mail


# --- printable sheet --------------------------------------------------------------------------------------------


class _Rows(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows: list[tuple[str, str]] = []
        self.text: list[str] = []
        self._cell: list[str] | None = None
        self._row: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("th", "td"):
            self._cell = []
        elif tag == "tr":
            self._row = []

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and len(self._row) == 2:
            self.rows.append((self._row[0], self._row[1]))

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def _sheet(inp) -> _Rows:
    p = _Rows()
    p.feed(export.render("sheet-html", inp).decode("utf-8"))
    p.close()
    return p


def _value(p: _Rows, label: str, nth: int = 0) -> str:
    return [v for k, v in p.rows if k.endswith(label)][nth]


def test_sheet_lists_every_value_in_both_languages():
    p = _sheet(case("ocn-idn-ja"))
    assert _value(p, "Outgoing server (SMTP)") == "smtp.ocn.ne.jp"
    assert _value(p, "Port") == "465"
    assert _value(p, "Connection security") == "SSL/TLS"
    assert _value(p, "User name") == "taro@abc.ocn.ne.jp"
    assert _value(p, "Authentication") == "通常のパスワード認証 / Normal password"
    assert "not printed" in _value(p, "Password")
    assert _value(p, "Incoming server") == "mail.例え.jp (mail.xn--r8jz45g.jp)"  # as typed, the A-label once
    assert _value(p, "E-mail address") == "info@例え.jp"
    assert _value(p, "E-mail address (ASCII form)") == "info@xn--r8jz45g.jp"
    assert _value(p, "Size limit per message") == "20 MB"
    text = " ".join("".join(p.text).split())
    assert 'xn--r8jz45g.jp. TXT "v=spf1 include:abc.ocn.ne.jp include:_spf.xserver.jp ~all"' in text
    assert "New Outlook for Windows sends mail through Microsoft's cloud" in text
    assert "新しい Outlook for Windows" in text
    assert "Only classic Outlook for Windows" in text  # which Outlook reads the PRF
    assert "incoming server is a guess" in text
    assert "2026-11-29" in text


def test_sheet_escapes_markup_and_says_when_spf_is_unknown():
    raw = export.render("sheet-html", case("plain-noauth-ja")).decode("utf-8")
    assert "<事務所>" not in raw and "&lt;事務所&gt;" in raw
    p = _sheet(case("plain-noauth-ja"))
    assert _value(p, "Your name (shown as sender)") == 'やまだ商店 <事務所> & "本店"'
    assert _value(p, "Authentication") == "認証なし / No authentication"
    assert not any(k.endswith("User name") and "smtp" in v for k, v in p.rows)
    text = "".join(p.text)
    assert "SPF record to publish is not known yet" in text


# --- inputs ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "name", "reason"),
    [
        (RelaySetting("{subdomain}.ocn.ne.jp", 25, Security.PLAIN, Auth.NONE), "", "placeholder"),
        (RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, "{address}"), "", "placeholder"),
        (RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, ""), "", "needs a user name"),
        (RelaySetting("smtp..ocn.ne.jp", 465, Security.TLS, Auth.NONE), "", "not a valid server name"),
        (RelaySetting("smtp.ocn.ne.jp", 0, Security.TLS, Auth.NONE), "", "between 1 and 65535"),
        (RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, "a\nb"), "", "line breaks"),
        (RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.NONE), "Taro\r\n[General]", "line breaks"),
        (RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.NONE), "x" * 201, "too long"),
    ],
)
def test_bad_inputs_are_refused_with_a_reason(setting, name, reason):
    with pytest.raises(ExportError, match=reason):
        make_input(setting, parse_address("info@example.jp"), name)


def test_no_password_anywhere():
    """No export can hold the password: ExportInput has no place for one, and a password that reached any text
    field would be found here. The positive control proves it: the same scan finds the password in every format
    when it is typed as the display name and the login name (free-text fields the formats write), whatever the
    format's encoding (UTF-16 PRF, XML, plist, HTML)."""
    import dataclasses

    from tests.leakscan import scan
    from wizard.core.export.base import ExportInput

    assert not [f.name for f in dataclasses.fields(ExportInput) if "pass" in f.name.lower()]
    for name in CASES:
        base = case(name)
        for fid in export.FORMAT_IDS:
            data = export.render(fid, base)
            assert not scan(PASSWORD, texts={fid: data}), (name, fid)
            if not base.setting.needs_auth:
                continue  # the control needs a login name to plant in (an autoconfig file has no other text)
            planted = dataclasses.replace(base, display_name=PASSWORD,
                                          setting=dataclasses.replace(base.setting, username=PASSWORD))
            leaks = scan(PASSWORD, texts={fid: export.render(fid, planted)})
            assert leaks, f"the scan would not notice a password in {fid} ({name})"


# --- golden files -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("fid", export.FORMAT_IDS)
def test_golden_files(name, fid):
    """Byte-exact output. After an intended change: REGEN_GOLDEN=1 pytest tests/export, then review the diff."""
    fmt = export.get(fid)
    data = fmt.render(case(name))
    path = GOLDEN / name / f"{fid}{fmt.suffix}"
    if os.environ.get("REGEN_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.is_file(), f"missing golden file {path}; run with REGEN_GOLDEN=1"
    assert data == path.read_bytes(), f"{path} differs"


def test_fixed_uuid_factory_is_used_only_for_tests():
    f = fixed_uuids()
    assert re.fullmatch(r"0{8}-0{4}-4000-8000-0{11}1", f())


@pytest.mark.parametrize("fid", export.FORMAT_IDS)
def test_each_registered_module_is_the_format_it_is_registered_as(fid):
    fmt = export.get(fid)
    assert fmt.module.ID == fid
    assert fmt.suffix == fmt.module.SUFFIX and fmt.suffix.startswith(".")
