"""`relay-wizard probe`: the contract scripts rely on (options, JSON fields, exit codes 0/1/2), against real servers."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.fixtures.local_isp import local_isp
from tests.fixtures.smtp_server import SmtpServer
from wizard.cli import main

def run(capsys, monkeypatch, *argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_local_json(capsys, monkeypatch, smtp_ca):
    """``probe --json`` of every candidate of the local test provider (tests/fixtures/local_isp.py)."""
    return run(
        capsys, monkeypatch,
        "probe", "--isp", "local", "--isp-address", "taro@test-isp.example", "--from", "info@example.jp",
        "--password-stdin", "--ca-file", smtp_ca.pem, "--connect-timeout", "0.5", "--timeout", "2", "--json",
        stdin="pw\n",
    )


def host_args(srv, security, *extra):
    return ["probe", "--host", srv.host, "--port", str(srv.port), "--security", security, *extra]


def test_json_contract_for_a_working_setting(capsys, monkeypatch, smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users={"taro": "pw"}) as srv:
        code, out, err = run(
            capsys, monkeypatch,
            *host_args(srv, "starttls", "--from", "info@例え.jp", "--user", "taro", "--password-stdin",
                       "--ca-file", smtp_ca.pem, "--connect-timeout", "1", "--timeout", "2", "--json"),
            stdin="pw\n",
        )
        mail = [a for c, a, _ in srv.log if c == "MAIL"]
    assert code == 0, err
    data = json.loads(out)
    assert {"schema", "candidates", "recommended", "warnings"} <= set(data)  # fields may be added, never changed
    (c,) = data["candidates"]
    assert {"host", "port", "security", "verdict", "explanation", "steps", "tls", "transcript"} <= set(c)
    assert (c["host"], c["port"], c["security"], c["verdict"]) == ("127.0.0.1", srv.port, "starttls", "ok")
    assert all(set(s) == {"name", "ok", "code", "reply", "elapsed_ms"} for s in c["steps"])
    assert [s["name"] for s in c["steps"]][-4:] == ["mail", "rcpt", "rset", "quit"]
    assert set(c["tls"]) == {"version", "cipher", "subject", "issuer", "not_after"}
    assert isinstance(c["transcript"], list) and c["transcript"]
    assert data["recommended"]["host"] == "127.0.0.1" and data["recommended"]["username"] == "taro"
    assert {"host", "port", "security", "username"} <= set(data["recommended"])
    assert all(isinstance(w, str) for w in data["warnings"])
    assert mail == ["FROM:<info@xn--r8jz45g.jp> SIZE=4096"]  # the own address in its ASCII form


def test_exit_1_when_nothing_works_and_readable_table(capsys, monkeypatch, smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users={"taro": "pw"}) as srv:
        code, out, err = run(
            capsys, monkeypatch,
            *host_args(srv, "starttls", "--from", "info@example.jp", "--user", "taro", "--password-stdin",
                       "--ca-file", smtp_ca.pem, "--timeout", "2"),
            stdin="wrong\n",
        )
    assert code == 1
    assert "auth_failed" in out and "login refused" in out
    assert "Authentication credentials invalid" in out  # the server's own words next to ours
    assert "No setting works from this line." in out


def test_isp_mode_with_templates_skips_and_plan(capsys, monkeypatch, smtp_ca, user_isp_dir):
    with local_isp(smtp_ca, user_isp_dir) as (tls, starttls, blocked):
        code, out, err = run_local_json(capsys, monkeypatch, smtp_ca)
    assert code == 0, err
    data = json.loads(out)
    got = [(c["port"], c["verdict"]) for c in data["candidates"]]
    assert got == [(tls.port, "ok"), (starttls.port, "sender_rejected"), (blocked.port, "skipped")]
    skipped = data["candidates"][2]
    assert skipped["host"] == "{subdomain}.test-isp.example" and "part after @" in skipped["explanation"]
    assert data["candidates"][1]["server_reply"].startswith("5.7.1 <info@example.jp>: Sender address rejected")
    assert data["recommended"] == {
        "host": "127.0.0.1", "port": tls.port, "security": "tls", "username": "taro@test-isp.example", "auth": "auto"
    }
    assert any("up to 20 MB" in w for w in data["warnings"])  # the SIZE the server states wins over the profile


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["probe", "--host", "h.example", "--port", "587", "--security", "starttls"], "--from"),
        (["probe", "--from", "a@example.jp"], "one of the arguments --isp --host"),
        (["probe", "--isp", "ocn", "--host", "h.example", "--from", "a@example.jp"], "not allowed with"),
        (["probe", "--host", "h.example", "--from", "a@example.jp"], "--host needs --port and --security"),
        (["probe", "--host", "h.example", "--port", "99999", "--security", "tls", "--from", "a@example.jp"], "port"),
        (["probe", "--host", "h.example", "--port", "587", "--security", "ssl", "--from", "a@example.jp"], "invalid choice"),
        (["probe", "--host", "h.example", "--port", "587", "--security", "tls", "--from", "nobody"], "“@”"),
        (["probe", "--isp", "no-such-isp", "--from", "a@example.jp"], "unknown provider"),
        (["probe", "--isp", "ocn", "--port", "25", "--from", "a@example.jp"], "--port goes with --host"),
        (["probe", "--host", "h.example", "--port", "587", "--security", "tls", "--from", "a@example.jp", "--timeout", "0"], "seconds"),
    ],
)
def test_usage_errors_exit_2_with_one_line(capsys, monkeypatch, argv, needle):
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and needle in err


SENTINEL = "Sentinel-Pw-cli-9b1"


def test_password_from_stdin_never_printed(smtp_ca):
    import base64

    with SmtpServer(smtp_ca, "starttls", users={"taro": "other"}) as srv:
        result = subprocess.run(
            [sys.executable, "-m", "wizard", "probe", *host_args(srv, "starttls")[1:], "--auth", "plain",
             "--from", "info@example.jp", "--user", "taro", "--password-stdin", "--ca-file", smtp_ca.pem,
             "--timeout", "2", "--json"],
            input=SENTINEL + "\n", capture_output=True, text=True, cwd=REPO, timeout=60,
        )
    assert result.returncode == 1
    text = result.stdout + result.stderr
    assert json.loads(result.stdout)["candidates"][0]["verdict"] == "auth_failed"
    for f in (SENTINEL, base64.b64encode(f"\0taro\0{SENTINEL}".encode()).decode(), base64.b64encode(SENTINEL.encode()).decode()):
        assert f not in text


# The exact JSON shape of `probe --json` (scripts depend on it): every key, and the type of every value, for a working
# setting (with TLS), a refused one and a skipped one.
CANDIDATE_TYPES = {
    "host": str, "port": int, "security": str, "verdict": str, "explanation": str, "steps": list,
    "tls": (dict, type(None)), "transcript": list, "auth": (str, type(None)), "username": str, "server_reply": str,
    "detail": (str, type(None)), "addresses": (dict, type(None)), "connects": list, "size_limit": (int, type(None)),
    "auth_offered": list, "auth_used": str, "elapsed_ms": int, "dns_answered": bool, "own_domain_sender": (str, type(None)),
    "own_lines_only": (str, type(None)),
}
STEP_TYPES = {"name": str, "ok": bool, "code": (int, type(None)), "reply": str, "elapsed_ms": int}
CONNECT_TYPES = {"address": str, "family": int, "outcome": str, "elapsed_ms": int}


def _typed(d, types):
    assert set(d) == set(types), sorted(set(d) ^ set(types))
    for key, t in types.items():
        assert isinstance(d[key], t) and not (t is int and isinstance(d[key], bool)), (key, d[key])


def test_json_fields_and_types_are_pinned(capsys, monkeypatch, smtp_ca, user_isp_dir):
    with local_isp(smtp_ca, user_isp_dir):
        code, out, err = run_local_json(capsys, monkeypatch, smtp_ca)
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == ["schema", "candidates", "recommended", "warnings", "catalogue_contradictions",
                          "own_domain_caution"]
    assert list(data["recommended"]) == ["host", "port", "security", "username", "auth"]
    assert all(isinstance(w, str) for w in data["warnings"]) and data["warnings"]
    ok, refused, skipped = data["candidates"]
    for c in data["candidates"]:
        assert list(c) == list(CANDIDATE_TYPES)  # the order too: diffs of saved outputs stay readable
        _typed(c, CANDIDATE_TYPES)
    for c in (ok, refused):
        for s in c["steps"]:
            _typed(s, STEP_TYPES)
        for a in c["connects"]:
            _typed(a, CONNECT_TYPES)
        assert list(c["addresses"]) == ["ipv4", "ipv6"] and c["addresses"]["ipv4"] == ["127.0.0.1"]
        assert all(isinstance(x, str) for x in c["transcript"] + c["auth_offered"])
    assert list(ok["tls"]) == ["version", "cipher", "subject", "issuer", "not_after"]
    assert all(isinstance(v, str) for v in ok["tls"].values())
    assert (ok["verdict"], ok["detail"], ok["server_reply"], ok["auth_used"]) == ("ok", None, "", "CRAM-MD5")
    assert ok["size_limit"] == 20 * 1024 * 1024 and ok["own_domain_sender"] == "allowed"
    assert refused["verdict"] == "sender_rejected" and refused["server_reply"]
    assert skipped["verdict"] == "skipped" and skipped["port"] > 0 and skipped["security"]
    assert (skipped["steps"], skipped["tls"], skipped["transcript"], skipped["addresses"], skipped["connects"]) == (
        [], None, [], None, [])
    assert (skipped["size_limit"], skipped["auth_offered"], skipped["auth_used"], skipped["elapsed_ms"]) == (
        None, [], "", 0)
    assert skipped["username"] == "" and skipped["auth"] == "none"


def test_without_a_password_it_says_what_was_skipped_and_how_to_give_one(capsys, monkeypatch, smtp_ca, user_isp_dir):
    """Not "no server answered on any port": the settings that log in were skipped for lack of a password."""
    from tests.fixtures.dns_server import DnsServer

    with DnsServer({("abc.test-isp.example", "A"): ["127.0.0.1"]}) as dns, local_isp(smtp_ca, user_isp_dir) as (tls, starttls, _):
        argv = ["probe", "--isp", "local", "--isp-address", "taro@abc.test-isp.example", "--from", "info@example.jp",
                "--ca-file", smtp_ca.pem, "--resolver", dns.address, "--connect-timeout", "0.5", "--timeout", "2"]
        code, out, err = run(capsys, monkeypatch, *argv)
        jcode, jout, _ = run(capsys, monkeypatch, *argv, "--json")
        assert not tls.saw("AUTH") and not starttls.saw("AUTH")
    assert code == 1 and jcode == 1
    assert "No server answered on any port" not in out
    assert "2 setting(s) were not tested because they log in and no password was given" in " ".join(out.split())
    assert f"127.0.0.1:{tls.port}" in out and "--password-stdin" in out
    warnings = json.loads(jout)["warnings"]
    assert any("no password was given" in w for w in warnings)
    assert not any("No server answered on any port" in w for w in warnings)
