"""`send-test`, `headers` and `dns --propagation`: exit codes and JSON against local servers and the header corpus."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.core.dns.test_propagation import NEW, world  # noqa: F401 - the module's fixture, reused
from tests.fixtures.smtp_server import SmtpServer
from wizard.cli import main

HEADERS = Path(__file__).parents[1] / "data" / "headers"
QUEUED = "250 2.0.0 Ok: queued as 4Xk9Lm2QzTz1"


def run(capsys, monkeypatch, *argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def _send(srv, smtp_ca, *extra):
    return ("send-test", "--host", srv.host, "--port", str(srv.port), "--security", "starttls", "--user", "taro",
            "--from", "info@example.jp", "--password-stdin", "--ca-file", smtp_ca.pem, *extra)


def test_send_test_json_and_exit_0(capsys, monkeypatch, smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users={"taro": "pw"}, accept_data=QUEUED) as srv:
        code, out, _ = run(capsys, monkeypatch, *_send(srv, smtp_ca, "--to", "shop@example.com", "--json"), stdin="pw\n")
        assert len(srv.messages) == 1
    assert code == 0
    d = json.loads(out)
    assert d["verdict"] == "ok" and d["data_reply"] == "250 2.0.0 Ok: queued as 4Xk9Lm2QzTz1"
    assert d["recipient"] == "shop@example.com" and d["host"] == srv.host and "transcript" in d
    assert "pw" not in " ".join(d["transcript"]).replace("pwd", "")


def test_send_test_refused_exit_1_text(capsys, monkeypatch, smtp_ca):
    with SmtpServer(smtp_ca, "starttls", users={"taro": "pw"}, accept_data="554 5.7.1 message refused") as srv:
        code, out, _ = run(capsys, monkeypatch, *_send(srv, smtp_ca), stdin="pw\n")
    assert code == 1
    assert "data_refused" in out and "refused the message" in out and "554 5.7.1" in out


def test_send_test_usage_errors(capsys, monkeypatch):
    with pytest.raises(SystemExit) as e:
        run(capsys, monkeypatch, "send-test", "--host", "relay.test", "--port", "587", "--security", "starttls")
    assert e.value.code == 2  # no --from
    with pytest.raises(SystemExit) as e:
        run(capsys, monkeypatch, "send-test", "--host", "relay.test", "--port", "587", "--security", "starttls",
            "--from", "info@example.jp", "--to", "not an address")
    assert e.value.code == 2


@pytest.mark.parametrize("name,code", [("gmail_softfail.eml", 1), ("gmail_pass.eml", 0), ("yahoo.eml", 0),
                                       ("forged.eml", 1)])
def test_headers_exit_codes(capsys, monkeypatch, name, code):
    got, out, _ = run(capsys, monkeypatch, "headers", str(HEADERS / name), "--json")
    assert got == code
    assert json.loads(out)["dmarc_would_pass"] is (code == 0)


def test_headers_from_stdin_and_usage_errors(capsys, monkeypatch, tmp_path):
    code, out, _ = run(capsys, monkeypatch, "headers", "-", stdin=(HEADERS / "outlook.eml").read_text())
    assert code == 0 and "SPF: pass" in out
    assert run(capsys, monkeypatch, "headers", str(tmp_path / "missing.eml"))[0] == 2
    (tmp_path / "body.txt").write_text("just some words\n")
    code, _, err = run(capsys, monkeypatch, "headers", str(tmp_path / "body.txt"))
    assert code == 2 and "source of a message" in err


def test_dns_propagation(capsys, monkeypatch, world):  # noqa: F811 - the fixture
    recursive, _servers, port = world
    code, out, _ = run(capsys, monkeypatch, "dns", "example.jp", "--propagation", "--expect", NEW, "--resolver",
                       recursive.address, "--ns-port", str(port), "--timeout", "1", "--json")
    assert code == 1
    d = json.loads(out)
    assert [s["has_expected"] for s in d["servers"]] == [True, False, None]
    assert d["servers"][2]["answered"] is False and d["complete"] is False


def test_dns_propagation_usage(capsys, monkeypatch):
    assert run(capsys, monkeypatch, "dns", "example.jp", "--expect", NEW)[0] == 2
    assert run(capsys, monkeypatch, "dns", "example.jp", "--propagation", "--expect", "hello")[0] == 2
