"""The log file (rotating, redacted) and the remembered settings: a sentinel password never reaches either file."""

from __future__ import annotations

import base64
import json
import logging

import pytest

from tests.leakscan import assert_no_leak, files_scanned
from wizard.core import logs, prefs
from wizard.core.secrets import Secret

SENTINEL = "S3ntinel-Log-Probe-ÄÖ-41d9e2"
USER = "taro@abc.ocn.ne.jp"


@pytest.fixture
def log_path(isolated_home):
    path = logs.setup_logging()
    yield path
    logs.teardown_logging()


def test_log_file_is_in_the_user_log_dir_and_receives_records(log_path, isolated_home):
    assert log_path is not None and str(log_path).startswith(str(isolated_home))
    logging.getLogger("wizard.test").warning("hello %s", "world")
    logs._handler.flush()
    assert "hello world" in log_path.read_text(encoding="utf-8")


def test_no_secret_reaches_the_log_file(log_path, isolated_home):
    secret = Secret(SENTINEL)  # alive while logging: its value is redacted in every spelling
    log = logging.getLogger("wizard.test")
    plain_blob = base64.b64encode(f"\0{USER}\0{SENTINEL}".encode()).decode()
    log.info("record with a secret %s and its repr %r", secret.reveal(), secret.reveal())
    log.info(" -> AUTH PLAIN %s", plain_blob)
    log.info(" -> AUTH LOGIN")
    log.info(" -> %s", base64.b64encode(SENTINEL.encode()).decode())
    log.info('config {"password": "%s", "user": "%s"}', SENTINEL, USER)
    log.info("url https://x/?user=a&password=%s", SENTINEL)
    log.info("hex %s", SENTINEL.encode().hex())
    try:
        password = SENTINEL  # noqa: F841 - a local a traceback formatter might print
        raise RuntimeError(f"login failed for {USER} with {SENTINEL}")
    except RuntimeError:
        log.exception("the login failed")
    try:
        raise ValueError(SENTINEL.encode("utf-8"))
    except ValueError:
        log.error("bytes in an exception", exc_info=True)
    logs._handler.flush()
    text = log_path.read_text(encoding="utf-8")
    # positive controls: the records are there, only the secret is gone
    assert "the login failed" in text and "RuntimeError" in text and USER in text and "AUTH PLAIN" in text
    assert logs.MASK in text
    assert files_scanned([isolated_home]) >= 1
    assert_no_leak(SENTINEL, paths=[isolated_home], users=[USER])


def test_secret_not_alive_anymore_is_still_caught_by_the_auth_and_key_rules(log_path, isolated_home):
    log = logging.getLogger("wizard.test")
    log.info(" -> AUTH PLAIN %s", base64.b64encode(f"\0{USER}\0{SENTINEL}".encode()).decode())
    log.info("password=%s", SENTINEL)
    logs._handler.flush()
    assert_no_leak(SENTINEL, paths=[isolated_home], users=[USER])


def test_redaction_keeps_what_support_needs():
    text = "250-AUTH PLAIN LOGIN CRAM-MD5\n -> STARTTLS\n -> MAIL FROM:<info@example.jp>\nSPF: pass"
    assert logs.redact(text) == text


def test_log_rotates(isolated_home):
    path = isolated_home / "rot" / "x.log"
    old = logs.MAX_BYTES
    logs.MAX_BYTES = 2000
    try:
        logs.setup_logging(path)
        for i in range(200):
            logging.getLogger("wizard.test").warning("line %d %s", i, "x" * 40)
    finally:
        logs.MAX_BYTES = old
        logs.teardown_logging()
    assert path.exists() and (path.parent / "x.log.1").exists()
    assert len(list(path.parent.iterdir())) <= 1 + logs.BACKUPS


def test_prefs_round_trip_and_no_password(isolated_home):
    assert prefs.load() == prefs.Prefs()  # nothing saved yet
    p = prefs.Prefs(lang="ja", isp="ocn", address="info@例え.jp", isp_address=USER, account="ab1234")
    assert prefs.save(p)
    assert prefs.prefs_path().is_relative_to(isolated_home)
    assert prefs.load() == p
    assert "password" not in json.loads(prefs.prefs_path().read_text(encoding="utf-8"))


def test_prefs_from_state_never_takes_the_password(isolated_home):
    from wizard.core.inputs.address import parse_address
    from wizard.core.catalog.loader import load_catalog
    from wizard.core.inputs.flow import WizardState

    catalog = load_catalog()
    st = WizardState(_catalog=catalog, isp=catalog.get("ocn"), address=parse_address("info@example.jp"),
                     isp_address=USER, password=Secret(SENTINEL))
    prefs.save(prefs.Prefs.from_state(st, lang="en"))
    assert prefs.load().isp == "ocn" and prefs.load().isp_address == USER
    assert_no_leak(SENTINEL, paths=[isolated_home], users=[USER])


@pytest.mark.parametrize("content", ["", "{not json", "[1, 2]", '{"isp": 5, "lang": "ja", "password": "x"}'])
def test_broken_prefs_file_gives_defaults(isolated_home, content):
    path = prefs.prefs_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    loaded = prefs.load()
    assert loaded.isp == "" and not hasattr(loaded, "password")


def test_prefs_not_writable_is_not_an_error(isolated_home):
    blocker = isolated_home / "file"
    blocker.write_text("x")
    assert prefs.save(prefs.Prefs(isp="ocn"), blocker / "settings.json") is False
