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
    assert set(data) == {"candidates", "recommended", "warnings"}
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
        code, out, err = run(
            capsys, monkeypatch,
            "probe", "--isp", "local", "--isp-address", "taro@test-isp.example", "--from", "info@example.jp",
            "--password-stdin", "--ca-file", smtp_ca.pem, "--connect-timeout", "0.5", "--timeout", "2", "--json",
            stdin="pw\n",
        )
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
