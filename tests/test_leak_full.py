"""The full leak test (issue 6): the whole CLI flow and the GUI flow with a sentinel password, then a scan of
everything written or printed.

HOME and every user folder are a temporary folder (conftest). The CLI flow saves the password in a real Secret
Service, probes a local relay with a wrong and with the right password (from stdin and from the keyring), exports
every format and applies the setting to a Thunderbird profile. The GUI flow runs the relay test, the domain check and
the export page (every format saved, Thunderbird applied) with the password in WizardState. Afterwards every file
under HOME and the bus folder, every captured stdout/stderr, the JSON transcripts, the log records and the repr of the
state are scanned for the sentinel in every form (tests/leakscan.py: plain, UTF-16, URL-encoded, base64 at any
alignment, AUTH PLAIN per user). Positive controls prove that the sentinel really went through each part.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from tests.conftest import REPO
from tests.export.cases import thunderbird_home
from tests.fixtures.dns_server import DnsServer
from tests.fixtures.local_isp import local_isp
from tests.fixtures.secret_service import secret_service  # noqa: F401 - fixture
from tests.leakscan import assert_no_leak, files_scanned
from wizard.core.export import FORMATS
from wizard.core.inputs.flow import Step
from wizard.core.secrets import Secret, keyring_service

SENTINEL = "S3ntinel-Full-Flow-ÄÖ-5e1d"
LOGIN = "taro@abc.test-isp.example"
ISP = ["--isp", "local", "--isp-address", LOGIN, "--from", "info@example.jp"]



@pytest.fixture
def dns():
    with DnsServer({("abc.test-isp.example", "A"): ["127.0.0.1"]}) as server:
        yield server


@pytest.fixture
def relays(smtp_ca, user_isp_dir, dns):
    with local_isp(smtp_ca, user_isp_dir, users={LOGIN: SENTINEL}) as servers:
        yield servers


def cli(*argv, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wizard", *argv], cwd=REPO, input=stdin, capture_output=True,
                          text=True, timeout=120, env=dict(os.environ))


@pytest.mark.system
def test_whole_cli_flow_leaks_nothing(isolated_home, secret_service, relays, dns, smtp_ca, capfd, all_logs):
    tls, starttls, _blocked = relays
    net = ["--ca-file", smtp_ca.pem, "--resolver", dns.address, "--connect-timeout", "1", "--timeout", "3"]
    out: dict[str, str] = {}

    def run(label, *argv, stdin="", code=0):
        r = cli(*argv, stdin=stdin)
        out[f"{label} stdout"], out[f"{label} stderr"] = r.stdout, r.stderr
        assert r.returncode == code, f"{label}: {r.returncode}\n{r.stdout[-1500:]}\n{r.stderr[-1500:]}"
        return r

    run("remember", "remember", "--host", "127.0.0.1", "--port", str(tls.port), "--user", LOGIN,
        "--password-stdin", stdin=SENTINEL + "\n")
    assert secret_service.lookup(keyring_service("127.0.0.1", tls.port), LOGIN) == SENTINEL

    wrong = run("probe wrong", "probe", *ISP, *net, "--password-stdin", "--json", stdin="wrong-" + SENTINEL + "\n",
                code=1)
    verdicts = {c["port"]: c["verdict"] for c in json.loads(wrong.stdout)["candidates"]}
    assert verdicts[tls.port] == "auth_failed"

    right = run("probe right", "probe", *ISP, *net, "--password-stdin", "--json", stdin=SENTINEL + "\n")
    data = json.loads(right.stdout)
    assert data["recommended"]["port"] == tls.port
    tls_row = next(c for c in data["candidates"] if c["port"] == tls.port)
    assert tls_row["verdict"] == "ok" and any("AUTH" in line for line in tls_row["transcript"])

    from_keyring = run("probe keyring", "probe", *ISP, *net, "--json")
    assert json.loads(from_keyring.stdout)["recommended"]["port"] == tls.port  # the saved password worked
    assert tls.saw("AUTH")

    exports = isolated_home / "exports"
    exports.mkdir()
    for fmt in FORMATS:
        run(f"export {fmt}", "export", "--format", fmt, "--host", "127.0.0.1", "--port", str(tls.port),
            "--security", "tls", "--from", "info@example.jp", "--user", LOGIN, "--name", "山田 太郎",
            "-o", str(exports / fmt))
    assert len(list(exports.iterdir())) == len(FORMATS)

    profile = thunderbird_home(isolated_home)
    run("thunderbird apply", "thunderbird", "apply", "--profile", str(profile), "--link-identity",
        "--host", "127.0.0.1", "--port", str(tls.port), "--security", "tls", "--from", "info@example.jp",
        "--user", LOGIN)
    assert f'"mail.smtpserver.smtp4.hostname", "127.0.0.1"' in (profile / "prefs.js").read_text(encoding="utf-8")

    captured_out, captured_err = capfd.readouterr()
    paths = [isolated_home, secret_service.runtime_dir]
    assert files_scanned(paths) >= len(FORMATS) + 3
    assert_no_leak(SENTINEL, paths=paths, users=[LOGIN],
                   texts={**out, "pytest stdout": captured_out, "pytest stderr": captured_err,
                          "logs": "\n".join(all_logs)})


def test_whole_gui_flow_leaks_nothing(qtbot, qtlog, isolated_home, relays, dns, smtp_ca, capfd, all_logs):
    from tests.gui.test_relay_test_page import make_wizard, next_button, wait_done

    tls, _starttls, _blocked = relays
    profile = thunderbird_home(isolated_home)
    w, relay_page = make_wizard(qtbot, smtp_ca, dns, password=SENTINEL, isp_address=LOGIN)
    wait_done(qtbot, relay_page)
    assert tls.saw("AUTH")  # positive control: the sentinel went over the wire (inside TLS)
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.state.chosen is not None and w.state.chosen.port == tls.port
    assert w.currentId() == Step.DOMAIN_CHECK
    check = w.currentPage()
    qtbot.waitUntil(lambda: check.job is not None and not check.job.running, timeout=20000)
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.currentId() == Step.EXPORT
    page = w.currentPage()
    folder = isolated_home / "saved"
    folder.mkdir()
    page.ask_folder = lambda title, default: folder
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(w.state.exported) == len(FORMATS)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert "127.0.0.1" in (profile / "prefs.js").read_text(encoding="utf-8")
    qtbot.mouseClick(next_button(w), Qt.MouseButton.LeftButton)
    assert w.currentId() == Step.DONE
    assert w.state.password == Secret(SENTINEL)  # positive control: the state really held it
    texts = {
        "state repr": repr(w.state),
        "relay page": "\n".join(lbl.text() for lbl in relay_page.findChildren(type(relay_page.summary))),
        "done page": w.currentPage().body.text(),
        "qt log": "\n".join(str(r) for r in qtlog.records),
        "logs": "\n".join(all_logs),
    }
    captured_out, captured_err = capfd.readouterr()
    texts.update({"pytest stdout": captured_out, "pytest stderr": captured_err})
    assert files_scanned([isolated_home]) >= len(FORMATS) + 2
    assert_no_leak(SENTINEL, paths=[isolated_home], users=[LOGIN], texts=texts)
