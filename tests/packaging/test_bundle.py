"""Build the Linux onedir bundle once and check it as a user gets it: self-test, CLI, a real window under Xvfb.

Set RW_BUNDLE=/path/to/dist/relay-wizard to test an existing bundle instead of building one (about 40 s here).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, need_system
from tests.fixtures.xvfb import Xvfb

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built on Linux"),
    pytest.mark.timeout(900),  # the first test pays for the build: ~50 s on an idle 2-core machine, minutes under load
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    given = os.environ.get("RW_BUNDLE")
    if given:
        return Path(given)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        need_system("PyInstaller is not installed (pip install -e '.[test]')")
    out = tmp_path_factory.mktemp("pkg")
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "--dist", str(out / "dist"), "--work", str(out / "work")],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    tarballs = list((out / "dist").glob("relay-wizard-*-linux-*.tar.gz"))
    assert len(tarballs) == 1
    return out / "dist" / "relay-wizard"


def run(exe: Path, *args: str, env: dict | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    env = dict(env or os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout, env=env)


def test_bundle_has_desktop_file_and_icon(bundle):
    desktop = (bundle / "relay-wizard.desktop").read_text(encoding="utf-8")
    assert "Exec=relay-wizard" in desktop and "Icon=relay-wizard" in desktop and "Name[ja]=" in desktop
    assert (bundle / "relay-wizard.png").stat().st_size > 1000
    libs = {p.name for p in (bundle / "_internal").rglob("*.so*")}
    assert not [n for n in libs if n.startswith(("libgtk", "libgdk-3", "libqgtk3"))], "GTK was dragged into the bundle"


def test_bundle_self_test_passes(bundle):
    result = run(bundle / "relay-wizard", "--self-test", "--lang", "ja")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "lang ja" in result.stdout and "OK" in result.stdout


def test_bundle_cli_lists_profiles(bundle):
    result = run(bundle / "relay-wizard", "isps", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["profiles"]) >= 13 and data["errors"] == []


def test_bundle_shows_the_crash_dialog_and_logs_the_error(bundle, isolated_home):
    """An exception in a slot of the packaged app opens the crash dialog (wizard/gui/crash.py) and reaches the log."""
    env = dict(os.environ, RELAY_WIZARD_TEST_CRASH="1")
    result = run(bundle / "relay-wizard", "--lang", "ja", env=env, timeout=60)
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("crash-dialog ")), None)
    assert line is not None, result.stdout + result.stderr
    log = Path(line.split(" ", 1)[1])
    assert log.is_relative_to(isolated_home)
    text = log.read_text(encoding="utf-8")
    assert "uncaught exception in UI thread" in text and "RELAY_WIZARD_TEST_CRASH" in text


def test_bundle_self_test_fails_when_a_resource_is_missing(bundle, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(bundle, broken, symlinks=True)
    shutil.rmtree(broken / "_internal" / "resources" / "isps")
    (broken / "_internal" / "resources" / "i18n" / "relay_wizard_ja.qm").unlink()
    result = run(broken / "relay-wizard", "--self-test")
    assert result.returncode == 1
    assert "no provider profiles" in result.stdout and "translation not built" in result.stdout


def test_bundle_shows_its_first_page_under_xvfb(bundle, tmp_path):
    shot = tmp_path / "first-page.png"
    with Xvfb() as x:
        blank = x.screenshot(tmp_path / "blank.png")
        proc = subprocess.Popen([str(bundle / "relay-wizard"), "--lang", "ja"], env=x.env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            colours = x.wait_for_window(shot, timeout=40)
            alive = proc.poll() is None
        finally:
            proc.terminate()
            out, err = proc.communicate(timeout=20)
    assert alive, out + err
    assert blank <= 2
    assert colours >= 20, f"nothing drawn on screen ({colours} colours); stderr: {err[-2000:]}"
    assert shot.stat().st_size > 5000


def test_bundle_finds_the_organisational_domain_from_its_public_suffix_list(bundle):
    """The bundled publicsuffixlist data file: a subdomain's DMARC lookup falls back to the registrable domain."""
    from tests.fixtures.dns_server import DnsServer

    zone = {("_dmarc.example.tokyo.jp", "TXT"): ['"v=DMARC1; p=reject"']}
    with DnsServer(zone) as dns:
        exe = bundle / "relay-wizard"
        r = run(exe, "dns", "mail.example.tokyo.jp", "--resolver", f"127.0.0.1:{dns.port}", "--json")
    data = json.loads(r.stdout)
    assert data["dmarc"]["org_domain"] == "example.tokyo.jp", r.stdout + r.stderr
    assert data["dmarc"]["found_at"] == "_dmarc.example.tokyo.jp" and data["dmarc"]["policy"] == "reject"


def test_bundle_wraps_japanese_between_phrases(bundle):
    """The bundled BudouX model: under a Japanese locale `probe` prints Japanese, broken between phrases."""
    import socket

    with socket.socket() as s:  # a port nothing listens on: the test fails fast, the text is what matters
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "LANG": "ja_JP.UTF-8", "COLUMNS": "40"}
    env.pop("LC_ALL", None)
    r = run(bundle / "relay-wizard", "probe", "--host", "127.0.0.1", "--port", str(port), "--security", "plain",
            "--from", "info@example.jp", "--connect-timeout", "1", env=env)
    assert "この回線で使える設定はありません。" in r.stdout, r.stdout + r.stderr
    assert "budoux" not in r.stderr and "Traceback" not in r.stderr


def test_no_module_of_the_app_uses_multiprocessing():
    # packaging/relay-wizard.spec leaves PyInstaller's multiprocessing runtime hook out (start-up time); that is
    # right only while nothing of the app starts processes through multiprocessing or concurrent.futures.process.
    import ast

    users = []
    files = sorted((REPO / "wizard").rglob("*.py"))
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names] \
                if isinstance(node, ast.ImportFrom) else []
            users += [f"{path.relative_to(REPO)}: {n}" for n in names
                      if n.split(".")[0] == "multiprocessing" or n.startswith("concurrent.futures.process")
                      or n == "concurrent.futures.ProcessPoolExecutor"]
    assert len(files) > 50 and users == []
