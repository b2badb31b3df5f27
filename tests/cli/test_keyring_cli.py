"""`keyring-info`, `remember` and `forget` against a real Secret Service and without any keyring."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.fixtures.secret_service import secret_service  # noqa: F401 - fixture
from wizard.cli import main

HOST, PORT, USER = "smtp.example.ne.jp", 587, "taro@abc.example.ne.jp"
KEY = ["--host", HOST, "--port", str(PORT), "--user", USER]
SERVICE = f"relay-wizard:{HOST}:{PORT}"


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cli(*argv, stdin: str = ""):
    """The real entry point in a new process (a separate "run" of the program)."""
    return subprocess.run(
        [sys.executable, "-m", "wizard", *argv], cwd=REPO, input=stdin, capture_output=True, text=True, timeout=60,
        env=dict(os.environ),
    )


@pytest.mark.system
def test_keyring_info_names_the_secret_service(capsys, secret_service):
    code, out, err = run(capsys, "keyring-info")
    assert code == 0, err
    assert "Keyring: GNOME Keyring / Secret Service (SecretService Keyring)" in out
    assert "Usable:  yes" in out
    code, out, err = run(capsys, "keyring-info", "--json")
    data = json.loads(out)
    assert data == {
        "schema": 1,
        "backend": "SecretService Keyring",
        "description": "GNOME Keyring / Secret Service",
        "usable": True,
        "reason": None,
        "service_format": "relay-wizard:<host>:<port>",
    }


def test_keyring_info_without_a_keyring_gives_the_reason(capsys):
    code, out, err = run(capsys, "keyring-info")
    assert code == 1
    assert "Usable:  no" in out and "No keyring was found" in out
    code, out, err = run(capsys, "--lang", "ja", "keyring-info", "--json")
    data = json.loads(out)
    assert code == 1 and data["usable"] is False and data["description"] == "キーリングなし"
    assert "キーリングが見つからない" in data["reason"]


@pytest.mark.system
def test_remember_then_forget_across_processes(secret_service):
    result = cli("remember", *KEY, "--password-stdin", stdin="s3cret pw\n")
    assert result.returncode == 0, result.stderr
    assert f"Saved the password for {USER} at {HOST}:{PORT} in GNOME Keyring / Secret Service." in result.stdout
    assert secret_service.lookup(SERVICE, USER) == "s3cret pw"  # the line end is not part of the password

    result = cli("remember", *KEY, "--password-stdin", "--json", stdin="replaced\r\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "schema": 1, "saved": True, "service": SERVICE, "user": USER, "keyring": "GNOME Keyring / Secret Service", "reason": None
    }
    assert secret_service.lookup(SERVICE, USER) == "replaced"

    result = cli("forget", *KEY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Deleted the saved password for {USER} at {HOST}:{PORT}."
    assert secret_service.lookup(SERVICE, USER) is None

    result = cli("forget", *KEY, "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["deleted"] is False
    assert f"No password is saved for {USER} at {HOST}:{PORT}." in result.stderr


@pytest.mark.system
def test_host_is_normalised_so_forget_finds_what_remember_saved(capsys, monkeypatch, secret_service):
    code, out, err = run(
        capsys, "remember", "--host", "SMTP.Example.NE.JP.", "--port", "587", "--user", USER, "--password-stdin",
        stdin="pw\n", monkeypatch=monkeypatch,
    )
    assert code == 0, err
    assert secret_service.lookup(SERVICE, USER) == "pw"
    code, out, err = run(capsys, "forget", *KEY)
    assert code == 0, err


@pytest.mark.system
def test_forget_other_port_or_user_deletes_nothing(capsys, monkeypatch, secret_service):
    run(capsys, "remember", *KEY, "--password-stdin", stdin="pw\n", monkeypatch=monkeypatch)
    code, out, err = run(capsys, "forget", "--host", HOST, "--port", "465", "--user", USER)
    assert code == 1 and "No password is saved" in err
    code, out, err = run(capsys, "forget", "--host", HOST, "--port", str(PORT), "--user", "jiro")
    assert code == 1
    assert secret_service.lookup(SERVICE, USER) == "pw"


def test_forget_and_remember_without_a_keyring_say_why(capsys, monkeypatch):
    code, out, err = run(capsys, "forget", *KEY)
    assert code == 1 and out == ""
    assert err.startswith("relay-wizard: No keyring was found") and err.count("\n") == 1
    code, out, err = run(capsys, "remember", *KEY, "--password-stdin", stdin="pw\n", monkeypatch=monkeypatch)
    assert code == 1 and "No keyring was found" in err and "Traceback" not in err


@pytest.mark.system
def test_locked_keyring_is_reported_not_raised(capsys, monkeypatch, secret_service):
    run(capsys, "remember", *KEY, "--password-stdin", stdin="pw\n", monkeypatch=monkeypatch)
    secret_service.lock()
    code, out, err = run(capsys, "forget", *KEY)
    assert code == 1 and "is locked" in err


def test_remember_refuses_an_empty_password_and_a_missing_source(capsys, monkeypatch):
    code, out, err = run(capsys, "remember", *KEY, "--password-stdin", stdin="\n", monkeypatch=monkeypatch)
    assert code == 2 and "the password is empty" in err
    code, out, err = run(capsys, "remember", *KEY, stdin="pw\n", monkeypatch=monkeypatch)  # not a terminal
    assert code == 2 and "--password-stdin" in err


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["--host", "smtp..example.jp", "--port", "587", "--user", "u"], "empty part between dots"),
        (["--host", "smtp.example.jp", "--port", "99999", "--user", "u"], "is not a port"),
        (["--host", "smtp.example.jp", "--port", "x", "--user", "u"], "is not a port"),
        (["--host", "smtp.example.jp", "--port", "587", "--user", " "], "login name is empty"),
        (["--port", "587", "--user", "u"], "--host"),
    ],
)
def test_bad_keys_are_usage_errors(capsys, argv, reason):
    with pytest.raises(SystemExit) as info:
        main(["forget", *argv])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert reason in err and err.count("\n") == 1


def test_ip_and_localhost_are_accepted_hosts():
    from wizard.cli.common import host_type

    assert host_type("127.0.0.1") == "127.0.0.1"
    assert host_type("[::1]") == "::1"
    assert host_type("LocalHost") == "localhost"
    assert host_type("ｓｍｔｐ．例え．jp") == "smtp.xn--r8jz45g.jp"
