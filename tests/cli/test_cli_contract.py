"""The CLI as IT helpers expect it: every subcommand's --help states its exit codes, every --json output carries the
``schema`` version, errors under --json are JSON on standard output with the same exit codes, and one option name
per concept (``--server``, ``--user-host`` kept as its alias). Walks the subcommands the parser really registers, so
a new one without these fails here."""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from pathlib import Path

import pytest

from tests.core.diagnosis.test_bounce import DATA as BOUNCES
from tests.export.cases import thunderbird_home
from tests.fixtures.dns_server import DnsServer
from tests.fixtures.dnsbl_data import good_points, line
from tests.fixtures.domain_zone import ZONE as DOMAIN_ZONE
from tests.fixtures.smtp_server import SmtpServer
from wizard.cli import build_parser, main
from wizard.cli.common import JSON_SCHEMA, asks_for_json

HEADERS = Path(__file__).parents[1] / "data" / "headers"
CLI = Path(__file__).parents[2] / "wizard" / "cli"


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def run(capsys, monkeypatch, *argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = main(["--lang", "en", *argv])
    except SystemExit as exc:  # argparse's usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_there_are_subcommands_to_walk():
    assert {"isps", "export", "probe", "whereami", "blocklist", "dns", "gui"} <= set(subcommands())


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_help_states_the_exit_codes(name, capsys):
    with pytest.raises(SystemExit) as info:
        main([name, "--help"])
    assert info.value.code == 0
    text = " ".join(capsys.readouterr().out.split())  # argparse wraps the description
    assert "Exit codes: 0 " in text, text
    assert re.search(r"\b2 usage error\b", text), text
    codes = {int(c) for c in re.findall(r"(?:Exit codes: |; )(\d) ", text)}
    assert {0, 2} <= codes, (name, codes)


def test_the_blocklist_help_states_exit_3():
    text = " ".join(subcommands()["blocklist"].format_help().split())
    assert "3 nothing could be checked" in text


def test_every_json_output_goes_through_the_one_printer():
    """``print_json`` adds ``schema``; a module writing JSON itself would skip it. (The evidence file that
    ``evidence export`` writes is a document with its own ``format`` and ``version``, docs/CATALOG.md.)"""
    allowed = {"common.py", "evidence.py"}
    offenders = [p.name for p in CLI.glob("*.py") if p.name not in allowed and re.search(r"json\.dumps?\(", p.read_text())]
    assert offenders == []


def json_subcommands() -> set[str]:
    out = set()
    for name, p in subcommands().items():
        if any("--json" in a.option_strings for a in p._actions):
            out.add(name)
    return out


@pytest.fixture(scope="module")
def dns():
    zone = {**DOMAIN_ZONE, **good_points("zen.spamhaus.org"), ("clean.example.jp", "A"): ["198.51.100.7"],
            **line("203.0.113.80", "p1-ipngn.tokyo.ocn.ne.jp.")}
    with DnsServer(zone) as s:
        yield s


def test_every_json_output_has_the_schema(capsys, monkeypatch, tmp_path, dns, smtp_ca, isolated_home):
    thunderbird_home(isolated_home)
    seen: dict[str, int] = {}

    def check(*argv, stdin=""):
        code, out, err = run(capsys, monkeypatch, *argv, stdin=stdin)
        data = json.loads(out)
        assert list(data)[0] == "schema" and data["schema"] == JSON_SCHEMA, (argv, out)
        seen[argv[0]] = code
        return code, data

    check("isps", "--json")
    check("export", "--format", "sheet-html", "--isp", "ocn", "--isp-address", "taro@abc.ocn.ne.jp",
          "--from", "info@example.jp", "-o", str(tmp_path / "sheet.html"), "--json")
    check("thunderbird", "list", "--json")
    check("dns", "example.jp", "--resolver", dns.address, "--timeout", "1", "--json")
    check("blocklist", "clean.example.jp", "--zones", "spamhaus-zen", "--resolver", dns.address, "--timeout", "1",
          "--json")
    check("whereami", "--resolver", dns.address, "--ip-server", dns.address, "--timeout", "1", "--json")
    check("bounce", str(BOUNCES / "jp-iso2022.eml"), "--json")
    check("headers", str(HEADERS / "gmail_pass.eml"), "--json")
    check("evidence", "--json")
    check("keyring-info", "--json")
    check("remember", "--host", "smtp.example.jp", "--port", "587", "--user", "taro", "--password-stdin", "--json",
          stdin="pw\n")
    check("forget", "--host", "smtp.example.jp", "--port", "587", "--user", "taro", "--json")
    with SmtpServer(smtp_ca, "starttls", users={"taro": "pw"}, accept_data="250 2.0.0 Ok: queued as X1") as srv:
        relay = ["--host", srv.host, "--port", str(srv.port), "--security", "starttls", "--user", "taro",
                 "--from", "info@example.jp", "--password-stdin", "--ca-file", smtp_ca.pem, "--json"]
        assert check("probe", *relay, stdin="pw\n")[0] == 0
        assert check("send-test", *relay, stdin="pw\n")[0] == 0
    assert set(seen) == json_subcommands()  # a subcommand with --json added later must be walked here too


ERRORS = [
    # (argv, exit code, words in the message): usage errors raised by argparse and by the commands themselves
    (["isps", "--json", "--yaml"], 2, "unrecognized arguments"),
    (["probe", "--host", "smtp.example.jp", "--from", "info@example.jp", "--json"], 2, "--host needs --port"),
    (["probe", "--isp", "nope", "--from", "info@example.jp", "--json"], 2, "unknown provider"),
    (["export", "--format", "sheet-html", "--isp", "ocn", "--from", "not an address", "-o", "-", "--json"], 2,
     "--from"),
    (["dns", "example.jp", "--expect", "v=spf1 -all", "--json"], 2, "--expect goes with --propagation"),
    (["blocklist", "clean.example.jp", "--zones", "no-such-list", "--json"], 2, "no-such-list"),
    (["whereami", "--ip-server", "not a server", "--json"], 2, "not a server"),
    (["headers", "/nonexistent/x.eml", "--json"], 2, "cannot read"),
    (["bounce", "/nonexistent/x.eml", "--json"], 2, "cannot be read"),
    (["thunderbird", "apply", "--isp", "ocn", "--isp-address", "taro@abc.ocn.ne.jp", "--from", "a@example.jp",
      "--profile", "nope", "--json"], 1,
     "no profile folder"),
    (["remember", "--host", "smtp.example.jp", "--port", "587", "--user", "t", "--password-stdin", "--json"], 2,
     "the password is empty"),
    (["send-test", "--host", "smtp.example.jp", "--port", "587", "--security", "starttls", "--from",
      "info@example.jp", "--to", "not an address", "--json"], 2, "--to"),
]


@pytest.mark.parametrize("argv,code,words", ERRORS, ids=[" ".join(e[0][:2]) for e in ERRORS])
def test_errors_under_json_are_json_with_the_same_exit_code(capsys, monkeypatch, isolated_home, argv, code, words):
    got, out, err = run(capsys, monkeypatch, *argv)
    assert got == code, (out, err)
    data = json.loads(out)
    assert data["schema"] == JSON_SCHEMA
    assert words in data["error"]["message"] and data["error"]["exit_code"] == code
    assert data["error"]["kind"] == ("usage" if code == 2 else "problem")
    assert err.count("\n") == 1 and words in err  # the person at the terminal still reads one line
    # without --json the same error is the one line only, with the same exit code
    plain = [a for a in argv if a != "--json"]
    if "--yaml" not in plain:
        got2, out2, err2 = run(capsys, monkeypatch, *plain)
        assert got2 == code and words in err2 and not out2.lstrip().startswith("{")


def test_asks_for_json_sees_abbreviations_but_not_operands():
    assert asks_for_json(["probe", "--json"]) and asks_for_json(["isps", "--js"])
    assert not asks_for_json(["isps"]) and not asks_for_json(["headers", "--", "--json"])
    assert not asks_for_json(["isps", "-j"])


def test_server_is_the_one_name_and_user_host_its_alias(capsys, monkeypatch, tmp_path):
    for sub in ("export", "probe", "thunderbird", "send-test"):
        text = subcommands()[sub].format_help()
        assert "--server HOST, --user-host HOST" in text, sub
    outs = []
    for opt in ("--server", "--user-host"):
        path = tmp_path / f"{opt}.xml"
        code, _, err = run(capsys, monkeypatch, "export", "--format", "thunderbird-autoconfig", "--isp", "other",
                           opt, "smtp.example.ne.jp", "--account", "me", "--from", "info@example.jp", "-o", str(path))
        assert code == 0, err
        outs.append(path.read_text())
    assert outs[0] == outs[1] and "smtp.example.ne.jp" in outs[0]
