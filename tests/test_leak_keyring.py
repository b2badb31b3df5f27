"""Leak test, first part: the keyring commands and the credentials page with a sentinel password.

HOME and every XDG folder are a temporary folder (conftest); the Secret Service runs on a private bus whose files live
there too. After each flow, every file under HOME and the bus's runtime folder, the captured stdout/stderr of the
test process and of every subprocess, the Qt log and every log record are scanned for the sentinel in any form
(tests/leakscan.py). Positive controls make sure the flows really handled the sentinel (it is in the keyring,
readable through the Secret Service), so a scan that finds nothing means something.

The lead's full leak test (probe, exports, Thunderbird) builds on the same helpers.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QWizard

from tests.conftest import REPO
from tests.fixtures.secret_service import secret_service  # noqa: F401 - fixture
from tests.gui.helpers import type_text
from tests.gui.test_credentials_page import click, settle
from tests.leakscan import assert_no_leak, files_scanned
from wizard.core.secrets import Secret, keyring_service

SENTINEL = "S3ntinel-Leak-Probe-ÄÖ-7f3c9a"
USER = "taro@abc.ocn.ne.jp"
HOST, PORT = "smtp.ocn.ne.jp", 587



def cli(*argv, stdin: str = ""):
    return subprocess.run(
        [sys.executable, "-m", "wizard", *argv], cwd=REPO, input=stdin, capture_output=True, text=True, timeout=60,
        env=dict(os.environ),
    )


def scan_everything(home, ss, texts: dict) -> None:
    paths = [home] + ([ss.runtime_dir] if ss is not None else [])
    if ss is not None:
        assert files_scanned(paths) > 0  # at least gnome-keyring's own keyring file
    assert_no_leak(SENTINEL, paths=paths, texts=texts, users=[USER])


@pytest.mark.system
def test_cli_keyring_commands_leak_nothing(isolated_home, secret_service, capfd, all_logs):
    key = ["--host", HOST, "--port", str(PORT), "--user", USER]
    outputs = {}
    for i, (argv, stdin) in enumerate(
        [
            (["remember", *key, "--password-stdin"], SENTINEL + "\n"),
            (["remember", *key, "--password-stdin", "--json"], SENTINEL + "\n"),
            (["keyring-info", "--json"], ""),
            (["--lang", "ja", "keyring-info"], ""),
        ]
    ):
        result = cli(*argv, stdin=stdin)
        assert result.returncode == 0, result.stderr
        outputs[f"{i} {argv[0]} stdout"] = result.stdout
        outputs[f"{i} {argv[0]} stderr"] = result.stderr
    assert secret_service.lookup(keyring_service(HOST, PORT), USER) == SENTINEL  # positive control
    # a failing save (locked keyring) and a failing forget print reasons, never the password
    secret_service.lock()
    result = cli("remember", *key, "--password-stdin", stdin=SENTINEL + "\n")
    assert result.returncode == 1 and "is locked" in result.stderr
    outputs["locked stderr"] = result.stderr
    result = cli("forget", *key)
    assert result.returncode == 1
    outputs["forget locked stderr"] = result.stderr
    out, err = capfd.readouterr()
    scan_everything(isolated_home, secret_service, {**outputs, "pytest stdout": out, "pytest stderr": err,
                                                     "logs": "\n".join(all_logs)})


def test_cli_without_a_keyring_leaks_nothing(isolated_home, capfd, all_logs):
    result = cli("remember", "--host", HOST, "--port", str(PORT), "--user", USER, "--password-stdin",
                 stdin=SENTINEL + "\n")
    assert result.returncode == 1 and "No keyring was found" in result.stderr
    out, err = capfd.readouterr()
    scan_everything(isolated_home, None, {"stdout": result.stdout, "stderr": result.stderr, "pytest stdout": out,
                                          "pytest stderr": err, "logs": "\n".join(all_logs)})


@pytest.mark.system
def test_credentials_and_relay_test_flow_leaks_nothing(qtbot, qtlog, isolated_home, secret_service, capfd, all_logs,
                                                       smtp_ca, user_isp_dir):
    """The password goes from the credentials page to the relay test, which logs in with it at local SMTP servers
    and then saves it (verify, then store); a second round fails to save (locked keyring) and says why."""
    from tests.fixtures.dns_server import DnsServer
    from tests.fixtures.local_isp import local_isp
    from tests.gui.test_verify_then_store import LOGIN, on_credentials, run_relay_test, stored

    with (
        DnsServer({("abc.test-isp.example", "A"): ["127.0.0.1"]}) as dns,
        local_isp(smtp_ca, user_isp_dir, users={LOGIN: SENTINEL}) as (tls, _starttls, _blocked),
    ):
        w, page = on_credentials(qtbot, smtp_ca, dns)
        type_text(qtbot, page.password_edit, SENTINEL)
        relay = run_relay_test(qtbot, w)  # logs in with it, then saves it
        assert relay.plan.recommended is not None and tls.saw("AUTH")
        assert stored(secret_service, tls.port) == SENTINEL  # positive control
        assert w.state.password == Secret(SENTINEL)
        state_repr = repr(w.state)

        # back: the saved password is offered; type it anew; the save after the next login fails (locked)
        click(qtbot, w.button(QWizard.WizardButton.BackButton))
        settle(qtbot, page)
        assert page.use_saved.isChecked()
        click(qtbot, page.replace_saved)
        page.password_edit.clear()
        type_text(qtbot, page.password_edit, SENTINEL)
        settle(qtbot, page)
        secret_service.lock()
        relay = run_relay_test(qtbot, w)
        assert "could not be saved" in relay.keyring_status.text()
        texts_on_page = "\n".join(
            label.text() for label in (page.keyring_status, page.saved_label, page.login_status, page.hint,
                                       relay.keyring_status, relay.summary)
        )
        w.close()

    out, err = capfd.readouterr()
    qt_messages = "\n".join(str(m.message) for m in qtlog.records)
    scan_everything(
        isolated_home,
        secret_service,
        {
            "pytest stdout": out,
            "pytest stderr": err,
            "qt log": qt_messages,
            "logs": "\n".join(all_logs),
            "state repr": state_repr + repr(w.state),
            "page texts": texts_on_page,
        },
    )
    assert_no_leak(SENTINEL + "-2", paths=[isolated_home, secret_service.runtime_dir], texts={"stderr": err})


def test_no_leak_means_something(isolated_home):
    """The scan really looks at HOME: a planted file is found."""
    (isolated_home / ".config" / "planted.txt").write_text(f"pw={SENTINEL}")
    with pytest.raises(AssertionError, match="planted.txt"):
        scan_everything(isolated_home, None, {})
    (isolated_home / ".config" / "planted.txt").unlink()
