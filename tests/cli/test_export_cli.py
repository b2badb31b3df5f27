"""`relay-wizard export` and `relay-wizard thunderbird` as the issue's contract says: exit 0/1/2, files, no password."""

from __future__ import annotations

import configparser
import json
import os
import plistlib
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.export.cases import PASSWORD, thunderbird_home
from wizard.cli import build_parser, main
from wizard.core import export
from wizard.core.export.outlook_prf import decode
from wizard.core.messages import Msg
from wizard.core.thunderbird import prefs_js

OCN = ["--isp", "ocn", "--isp-address", "taro@abc.ocn.ne.jp"]


def run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exc:  # usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_export_every_format_from_a_provider_candidate(capsys, tmp_path):
    for fmt in ("thunderbird-autoconfig", "outlook-prf", "outlook-autodiscover", "apple-mobileconfig", "sheet-html"):
        path = tmp_path / f"out-{fmt}"
        code, out, err = run(capsys, "export", "--format", fmt, *OCN, "--from", "info@例え.jp",
                             "--name", "山田 太郎", "-o", str(path))
        assert (code, err) == (0, ""), (fmt, err)
        assert str(path) in out
        assert path.read_bytes()
    root = ET.parse(tmp_path / "out-thunderbird-autoconfig").getroot()
    assert root.findtext("emailProvider/outgoingServer/username") == "taro@abc.ocn.ne.jp"
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read_string(decode((tmp_path / "out-outlook-prf").read_bytes()))
    assert (cp["Account1"]["SMTPServer"], cp["Account1"]["DisplayName"]) == ("smtp.ocn.ne.jp", "山田 太郎")
    mail = plistlib.loads((tmp_path / "out-apple-mobileconfig").read_bytes())["PayloadContent"][0]
    assert mail["OutgoingMailServerPortNumber"] == 465


def test_export_candidate_host_values_and_incoming_options(capsys, tmp_path):
    path = tmp_path / "c.xml"
    code, _, err = run(capsys, "export", "--format", "thunderbird-autoconfig", "--isp", "ocn", "--candidate", "3",
                       "--isp-address", "taro@abc.ocn.ne.jp", "--from", "info@example.jp",
                       "--incoming-host", "sv1.example-rental.jp", "--incoming-type", "pop3", "-o", str(path))
    assert code == 0, err
    prov = ET.parse(path).getroot().find("emailProvider")
    assert prov.findtext("outgoingServer/hostname") == "abc.ocn.ne.jp"
    assert prov.findtext("outgoingServer/port") == "25"
    assert prov.find("incomingServer").get("type") == "pop3"
    assert (prov.findtext("incomingServer/hostname"), prov.findtext("incomingServer/port")) == (
        "sv1.example-rental.jp", "995")


def test_export_own_host_to_stdout_and_a_directory(capsys, tmp_path):
    code, out, err = run(capsys, "export", "--format", "outlook-autodiscover", "--host", "smtp.example.ne.jp",
                         "--port", "587", "--security", "starttls", "--user", "k123", "--from", "a@example.jp",
                         "-o", "-")
    assert code == 0, err
    assert "<Server>smtp.example.ne.jp</Server>" in out and "<Encryption>TLS</Encryption>" in out
    code, out, err = run(capsys, "export", "--format", "sheet-html", "--host", "smtp.example.ne.jp", "--port", "25",
                         "--security", "plain", "--from", "a@example.jp", "--json", "-o", str(tmp_path))
    assert code == 0, err
    info = json.loads(out)
    assert info["path"] == str(tmp_path / "example.jp-mail-settings.html") and Path(info["path"]).is_file()


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["--format", "outlook-prf", *OCN, "-o", "x"], "--from"),
        (["--format", "outlook-prf", "--from", "a@example.jp", "-o", "x"], "either --isp"),
        (["--format", "outlook-prf", *OCN, "--host", "h.example", "--from", "a@example.jp", "-o", "x"],
         "not allowed with"),
        (["--format", "outlook-prf", *OCN, "--port", "25", "--from", "a@example.jp", "-o", "x"], "go with --host"),
        (["--format", "outlook-prf", "--host", "smtp.example.jp", "--from", "a@example.jp", "-o", "x"],
         "needs --port and --security"),
        (["--format", "outlook-prf", "--isp", "nope", "--from", "a@example.jp", "-o", "x"], "unknown provider"),
        (["--format", "outlook-prf", "--isp", "ocn", "--from", "a@example.jp", "-o", "x"], "needs {address}"),
        (["--format", "outlook-prf", *OCN, "--candidate", "9", "--from", "a@example.jp", "-o", "x"],
         "no candidate 9"),
        (["--format", "outlook-prf", *OCN, "--from", "taro", "-o", "x"], "needs an “@”"),
        (["--format", "outlook-prf", *OCN, "--from", "a@example.jp", "--name", "a\tb", "-o", "x"], "control"),
        (["--format", "pdf", *OCN, "--from", "a@example.jp", "-o", "x"], "invalid choice"),
    ],
)
def test_export_usage_errors_exit_2_with_one_line(capsys, tmp_path, monkeypatch, argv, reason):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "export", *argv)
    assert code == 2
    assert err.count("\n") == 1 and reason in err, err
    assert not (tmp_path / "x").exists()


def test_export_unwritable_path_exits_1_with_the_reason(capsys, tmp_path):
    code, out, err = run(capsys, "export", "--format", "sheet-html", *OCN, "--from", "a@example.jp",
                         "-o", str(tmp_path / "no" / "such" / "dir" / "s.html"))
    assert code == 1 and "Cannot write" in err and "No such file or directory" in err


# --- thunderbird -------------------------------------------------------------------------------------------------


@pytest.fixture
def tb_home(isolated_home) -> Path:
    return thunderbird_home(isolated_home)


def test_thunderbird_list(capsys, tb_home):
    code, out, err = run(capsys, "thunderbird", "list")
    assert code == 0, err
    assert "default-release  [default]" in out and "outgoing server smtp1 (sv1234.xserver.jp:465)" in out
    code, out, _ = run(capsys, "thunderbird", "list", "--json")
    (p,) = json.loads(out)["profiles"]
    assert p["default"] and p["identities"]["id1"] == "info@例え.jp" and not p["running"]


def test_thunderbird_list_without_profiles_exits_1(capsys, isolated_home):
    code, _, err = run(capsys, "thunderbird", "list")
    assert code == 1 and "no Thunderbird profile found" in err


def test_thunderbird_apply_dry_run_apply_again_and_undo(capsys, tb_home):
    original = (tb_home / "prefs.js").read_bytes()
    argv = ["thunderbird", "apply", *OCN, "--from", "info@例え.jp", "--link-identity"]
    code, out, err = run(capsys, *argv, "--dry-run")
    assert code == 0, err
    assert "New outgoing server smtp4: smtp.ocn.ne.jp." in out and "dry run" in out
    assert (tb_home / "prefs.js").read_bytes() == original

    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert "backup: " in out and "asks for the password once" in out
    assert prefs_js.Prefs((tb_home / "prefs.js").read_text(encoding="utf-8")).get("mail.identity.id1.smtpServer") == "smtp4"

    code, out, _ = run(capsys, *argv, "--json")
    info = json.loads(out)
    assert (info["changed"], info["written"], info["key"]) == (False, False, "smtp4")

    code, out, err = run(capsys, "thunderbird", "undo", "--profile", str(tb_home))
    assert code == 0, err
    assert (tb_home / "prefs.js").read_bytes() == original
    code, _, err = run(capsys, "thunderbird", "undo")
    assert code == 1 and "nothing to undo" in err
    data = b"".join(p.read_bytes() for p in tb_home.iterdir() if p.is_file())
    assert PASSWORD.encode() not in data


def test_thunderbird_apply_refuses_while_running(capsys, tb_home):
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        os.symlink(f"127.0.0.1:+{proc.pid}", tb_home / "lock")
        code, _, err = run(capsys, "thunderbird", "apply", *OCN, "--from", "info@例え.jp", "--profile",
                           "default-release")
        assert code == 1 and "Close Thunderbird" in err and err.count("\n") == 1
    finally:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["apply", *OCN], "apply needs --from"),
        (["list", *OCN], "no setting options"),
        (["undo", "--from", "a@example.jp"], "only --profile"),
        (["apply", "--from", "a@example.jp"], "either --isp"),
        (["remove"], "invalid choice"),
    ],
)
def test_thunderbird_usage_errors(capsys, tb_home, argv, reason):
    code, _, err = run(capsys, "thunderbird", *argv)
    assert code == 2 and reason in err and err.count("\n") == 1


def test_thunderbird_unknown_profile_exits_1(capsys, tb_home):
    code, _, err = run(capsys, "thunderbird", "apply", *OCN, "--from", "a@example.jp", "--profile", "nope")
    assert code == 1 and "no profile folder or profile named 'nope'" in err


def _format_action(parser):
    sub = next(a for a in parser._actions if a.dest == "command").choices["export"]
    return next(a for a in sub._actions if a.dest == "format")


def test_format_choices_and_help_come_from_the_registry(monkeypatch):
    action = _format_action(build_parser())
    assert tuple(action.choices) == export.FORMAT_IDS
    for fmt in export.FORMATS.values():
        assert f"{fmt.id} = {fmt.title.render()}" in action.help
    # a format added to the registry is offered without touching the CLI
    extra = export.ExportFormat("new-client", Msg.of("New Client (test)"), "sheet_html")
    monkeypatch.setattr(export, "FORMATS", {**export.FORMATS, extra.id: extra})
    monkeypatch.setattr(export, "FORMAT_IDS", (*export.FORMAT_IDS, extra.id))
    action = _format_action(build_parser())
    assert "new-client" in action.choices and "new-client = New Client (test)" in action.help
