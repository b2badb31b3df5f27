"""Japanese domain names in every host field: ``inputs.address.parse_host`` (IDNA 2008 / UTS 46) against the standard
library's IDNA 2003 codec as an independent reference, and the CLI's ``--host``, ``--server``, ``--incoming-host``
and ``export`` file names with ``mail.山田商店.jp`` (a real probe resolves it through a local DNS server)."""

from __future__ import annotations

import io
import json
import sys
import xml.etree.ElementTree as ET

import pytest

from tests.fixtures.dns_server import DnsServer
from tests.fixtures.smtp_server import SmtpServer
from wizard.cli import main
from wizard.core.inputs.address import AddressError, host_display, host_with_ascii, parse_host

HOST = "mail.山田商店.jp"
ACE = "mail.xn--czrr0ogxbdv4b.jp"

# Names as a shop owner types them: kanji, kana, full-width letters and stops, upper case, a trailing dot.
NAMES = [
    "mail.山田商店.jp", "ｍａｉｌ．山田商店。ｊｐ", "MAIL.山田商店.JP.", "smtp.やまだ商店.jp", "imap.ヤマダ.jp",
    "mail.東京の花屋.jp", "pop.さくら.com", "mail.日本語ドメイン.jp", "メール.例え.jp", "smtp.例え.テスト",
    "mail.ソフト.co.jp", "sv1.おみせ.net", "mail.京都.jp", "mail.大阪たこ焼き.jp", "smtp.ｘｓｅｒｖｅｒ.jp",
    "mail.東京.jp", "mx.まるい.org", "mail.abc-商事.jp", "mail.一二三.jp", "smtp.example.jp",
]


def test_parse_host_agrees_with_the_standard_library_reference():
    agree = 0
    for name in NAMES:
        ours = parse_host(name)
        # the stdlib codec (IDNA 2003, nameprep) as the reference; the shared names have no deviation characters
        ref = name.rstrip(".").rstrip("。").encode("idna").decode("ascii").lower().rstrip(".")
        agree += ours.ascii == ref
        assert host_display(ours.ascii) == ours.unicode
    assert agree == len(NAMES), f"{agree} of {len(NAMES)}"


def test_the_unicode_form_is_shown_with_the_a_label_once():
    h = parse_host("ｍａｉｌ．山田商店。ｊｐ")
    assert (h.ascii, h.unicode) == (ACE, HOST)
    assert h.with_ascii == f"{HOST} ({ACE})" == host_with_ascii(ACE)
    assert host_with_ascii("smtp.ocn.ne.jp") == "smtp.ocn.ne.jp" and parse_host("smtp.ocn.ne.jp").with_ascii == "smtp.ocn.ne.jp"
    assert parse_host("[2001:db8::1]", ip=True).ascii == "2001:db8::1" and host_display("192.0.2.1") == "192.0.2.1"


@pytest.mark.parametrize("text,words", [
    ("", "Please enter a domain name"), ("mail..山田商店.jp", "empty part"), ("山田商店", "not a full domain name"),
    ("mail.山田 商店.jp", "spaces"), ("mail.-山田.jp", "must not start or end"), ("mail.山田☃.jp", "not allowed"),
    ("192.0.2.1", "looks like an IP address"),
])
def test_bad_host_names_say_why(text, words):
    with pytest.raises(AddressError) as info:
        parse_host(text)
    assert words in info.value.msg.render()


def run(capsys, monkeypatch, *argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = main(["--lang", "en", *argv])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_export_takes_japanese_host_names_and_names_files_in_unicode(capsys, monkeypatch, tmp_path):
    code, out, err = run(capsys, monkeypatch, "export", "--format", "thunderbird-autoconfig", "--host",
                         "ｓｍｔｐ．山田商店。ｊｐ", "--port", "587", "--security", "starttls", "--user", "info",
                         "--from", "info@山田商店.jp", "--incoming-host", HOST, "-o", str(tmp_path / "a.xml"))
    assert code == 0, err
    root = ET.parse(tmp_path / "a.xml").getroot()
    assert root.findtext(".//outgoingServer/hostname") == "smtp.xn--czrr0ogxbdv4b.jp"  # what mail programs read
    assert root.findtext(".//incomingServer/hostname") == ACE
    code, out, err = run(capsys, monkeypatch, "export", "--format", "sheet-html", "--isp", "other",
                         "--server", HOST, "--account", "info", "--from", "info@山田商店.jp",
                         "--incoming-host", HOST, "-o", str(tmp_path), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["path"] == str(tmp_path / "山田商店.jp-mail-settings.html")
    sheet = (tmp_path / "山田商店.jp-mail-settings.html").read_text(encoding="utf-8")
    assert f"<code>{HOST} ({ACE})</code>" in sheet  # the incoming server as typed, the A-label once
    assert sheet.count(f"{HOST} ({ACE})") == 2  # outgoing (--server) and incoming


def test_a_bad_japanese_host_is_a_usage_error_with_the_reason(capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, "export", "--format", "sheet-html", "--isp", "ocn", "--isp-address",
                         "taro@abc.ocn.ne.jp", "--from", "info@山田商店.jp", "--incoming-host", "mail..山田商店.jp",
                         "-o", "-")
    assert code == 2 and "--incoming-host" in err and "empty part" in err and err.count("\n") == 1


def test_probe_a_japanese_host_name_resolved_by_dns(capsys, monkeypatch, smtp_ca):
    with SmtpServer(smtp_ca, "plain") as srv, DnsServer({(ACE, "A"): [srv.host]}) as dns:
        code, out, err = run(capsys, monkeypatch, "probe", "--host", HOST, "--port", str(srv.port), "--security",
                             "plain", "--from", "info@山田商店.jp", "--resolver", dns.address, "--connect-timeout",
                             "1", "--timeout", "2", "--json")
        assert (ACE, "A") in dns.queries  # the A-label went to the DNS
    assert code == 0, (out, err)
    (c,) = json.loads(out)["candidates"]
    assert c["host"] == ACE and c["verdict"] == "ok"
