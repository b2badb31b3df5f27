"""The keyring layer against a real Secret Service (gnome-keyring on a private D-Bus), the fail backend, a locked
collection and D-Bus errors."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys
import traceback

import pytest

from tests.conftest import REPO
from tests.fixtures.secret_service import secret_service  # noqa: F401 - fixture
from wizard.core.secrets import (
    KeyringUnavailable,
    Secret,
    backend_info,
    delete_password,
    describe_backend,
    keyring_service,
    load_password,
    save_password,
)

PW = "Pa55-wörd ü 日本"  # non-ASCII on purpose: the keyring must give back exactly what went in
HOST, PORT, LOGIN = "smtp.example.ne.jp", 587, "taro@abc.example.ne.jp"


# -- Secret ------------------------------------------------------------------------------------------------------------
def test_secret_never_shows_its_value():
    s = Secret("hunter2")
    for text in (repr(s), str(s), f"{s}", f"{s!r}", f"{s:>20}", "%s" % s, str([s]), str({"p": s})):
        assert "hunter2" not in text
    assert s.reveal() == "hunter2"
    assert s == Secret("hunter2") and s != Secret("other") and s != "hunter2"
    with pytest.raises(TypeError):
        pickle.dumps(s)
    with pytest.raises(TypeError):
        copy.copy(s)
    with pytest.raises(TypeError):
        Secret(b"bytes")  # type: ignore[arg-type]


def test_key_names_host_port_and_login():
    assert keyring_service("SMTP.Example.NE.JP.", 465) == "relay-wizard:smtp.example.ne.jp:465"
    with pytest.raises(ValueError):
        load_password(HOST, 0, LOGIN)
    with pytest.raises(ValueError):
        load_password(HOST, PORT, "")
    with pytest.raises(ValueError):
        load_password(" ", PORT, LOGIN)


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *code], cwd=REPO, capture_output=True, text=True, timeout=60)


def test_keyring_is_not_imported_at_start_up():
    no_keyring = "assert 'keyring' not in sys.modules and 'secretstorage' not in sys.modules, sorted(sys.modules)\n"
    result = _python(
        ["-c", "import sys\nfrom wizard.cli import build_parser\nimport wizard.core.catalog.credentials\nbuild_parser()\n" + no_keyring]
    )
    assert result.returncode == 0, result.stderr
    # the window: building the wizard and showing it does not import keyring either (the page asks a worker)
    gui = (
        "import sys\nfrom PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
        "from wizard.gui.wizard import RelayWizard\nw = RelayWizard('en')\nw.show()\napp.processEvents()\n"
    )
    result = _python(["-c", gui + no_keyring])
    assert result.returncode == 0, result.stderr
    # the same through the real entry point, seen by the interpreter's own import log
    result = _python(["-X", "importtime", "-m", "wizard", "--version"])
    assert result.returncode == 0, result.stderr
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line]
    assert "wizard.cli" in imported  # the log really lists our modules
    assert not [m for m in imported if m.split(".")[0] in ("keyring", "secretstorage", "jeepney")]


# -- the real Secret Service -------------------------------------------------------------------------------------------
@pytest.mark.system
def test_save_read_replace_delete_through_the_real_secret_service(secret_service):
    info = backend_info()
    assert info.usable and info.reason is None
    assert info.name == "SecretService Keyring"
    assert info.description.render() == "GNOME Keyring / Secret Service"

    service = keyring_service(HOST, PORT)
    assert load_password(HOST, PORT, LOGIN) is None
    assert secret_service.lookup(service, LOGIN) is None

    save_password(HOST, PORT, LOGIN, Secret(PW))
    assert secret_service.lookup(service, LOGIN) == PW  # really there, seen by another client (libsecret)
    assert load_password(HOST.upper(), PORT, LOGIN) == Secret(PW)
    # other port, other login, other host: other entries
    assert load_password(HOST, 465, LOGIN) is None
    assert load_password(HOST, PORT, "jiro@abc.example.ne.jp") is None
    assert load_password("smtp.other.jp", PORT, LOGIN) is None

    save_password(HOST, PORT, LOGIN, Secret("replaced"))
    assert secret_service.lookup(service, LOGIN) == "replaced"
    assert load_password(HOST, PORT, LOGIN) == Secret("replaced")
    mine = [i for i in secret_service.items() if i.get("service") == service]
    assert len(mine) == 1 and mine[0]["username"] == LOGIN  # replaced, not added

    assert delete_password(HOST, PORT, LOGIN) is True
    assert secret_service.lookup(service, LOGIN) is None
    assert load_password(HOST, PORT, LOGIN) is None
    assert delete_password(HOST, PORT, LOGIN) is False


@pytest.mark.system
def test_reads_a_password_another_client_stored(secret_service):
    secret_service.store(keyring_service(HOST, PORT), LOGIN, "from-secret-tool")
    assert load_password(HOST, PORT, LOGIN) == Secret("from-secret-tool")


@pytest.mark.system
def test_a_password_saved_by_one_run_is_found_by_the_next_process(secret_service):
    save_password(HOST, PORT, LOGIN, Secret(PW))
    code = (
        "from wizard.core.secrets import load_password\n"
        f"s = load_password({HOST!r}, {PORT}, {LOGIN!r})\n"
        f"raise SystemExit(0 if s is not None and s.reveal() == {PW!r} else 1)\n"
    )
    result = _python(["-c", code])
    assert result.returncode == 0, result.stderr


@pytest.mark.system
def test_locked_collection_gives_a_clear_reason(secret_service):
    save_password(HOST, PORT, LOGIN, Secret(PW))
    secret_service.lock()
    with pytest.raises(KeyringUnavailable) as info:
        load_password(HOST, PORT, LOGIN)
    text = info.value.msg.render()
    assert "is locked" in text and "GNOME Keyring" in text
    _assert_no_trace_of(info.value, PW)
    with pytest.raises(KeyringUnavailable) as info:
        save_password(HOST, PORT, LOGIN, Secret("new-" + PW))
    assert "is locked" in info.value.msg.render()
    _assert_no_trace_of(info.value, "new-" + PW)


@pytest.mark.system
def test_dbus_error_when_the_keyring_daemon_is_gone(secret_service):
    assert backend_info().usable  # the backend was chosen while the daemon ran
    secret_service.stop_keyring()
    with pytest.raises(KeyringUnavailable) as info:
        save_password(HOST, PORT, LOGIN, Secret(PW))
    text = info.value.msg.render()
    assert "could not be reached" in text
    assert "org.freedesktop.DBus.Error.ServiceUnknown" in text  # the kind of D-Bus error, for support
    _assert_no_trace_of(info.value, PW)
    with pytest.raises(KeyringUnavailable):
        delete_password(HOST, PORT, LOGIN)


@pytest.mark.system
def test_dbus_error_when_the_bus_itself_is_gone(secret_service):
    from tests.fixtures.secret_service import stop_secret_service

    assert backend_info().usable
    stop_secret_service(secret_service)
    with pytest.raises(KeyringUnavailable) as info:
        save_password(HOST, PORT, LOGIN, Secret(PW))
    assert "could not be reached" in info.value.msg.render()
    _assert_no_trace_of(info.value, PW)


def _assert_no_trace_of(exc: BaseException, password: str) -> None:
    """Neither the message, nor the exception's chain, nor the formatted traceback holds the password."""
    assert exc.__cause__ is None and exc.__context__ is None
    formatted = "".join(traceback.format_exception(exc))
    assert password not in formatted and password not in repr(exc) and password not in str(exc.args)


# -- no keyring ---------------------------------------------------------------------------------------------------------
def test_fail_backend_gives_a_reason_and_no_traceback():
    # conftest's isolated_keyring selects keyring.backends.fail.Keyring via PYTHON_KEYRING_BACKEND
    info = backend_info()
    assert not info.usable
    assert info.name == "fail Keyring"
    assert info.description.render() == "no keyring"
    assert "No keyring was found" in info.reason.render()
    for call in (
        lambda: save_password(HOST, PORT, LOGIN, Secret(PW)),
        lambda: load_password(HOST, PORT, LOGIN),
        lambda: delete_password(HOST, PORT, LOGIN),
    ):
        with pytest.raises(KeyringUnavailable) as exc:
            call()
        assert "No keyring was found" in exc.value.msg.render()
        assert PW not in "".join(traceback.format_exception(exc.value))


def test_null_backend_is_not_usable(monkeypatch):
    """keyring's null backend silently drops what it is given: it must count as "no keyring", not as saved."""
    import keyring
    from keyring.backends import null

    monkeypatch.setattr(keyring.core, "_keyring_backend", null.Keyring())
    info = backend_info()
    assert not info.usable and "No keyring was found" in info.reason.render()
    with pytest.raises(KeyringUnavailable):
        save_password(HOST, PORT, LOGIN, Secret(PW))


def test_no_bus_at_all_means_no_keyring(monkeypatch):
    """Secret Service chosen by the environment, but no session bus: keyring falls back to "none" with a reason."""
    from tests.fixtures.secret_service import BACKEND

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", BACKEND)
    info = backend_info()
    assert not info.usable and info.name == "none"
    assert info.reason.render().startswith("No keyring could be started (FileNotFoundError)")
    with pytest.raises(KeyringUnavailable) as exc:
        save_password(HOST, PORT, LOGIN, Secret(PW))
    assert exc.value.msg == info.reason


def test_reasons_are_translated():
    from wizard.i18n import make_translate

    ja = make_translate("ja")
    info = backend_info()
    assert info.reason.render(ja) != info.reason.render()
    assert info.description.render(ja) != "no keyring"


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        ("keyring.backends.Windows", "Windows Credential Manager"),
        ("keyring.backends.macOS", "macOS Keychain"),
        ("keyring.backends.SecretService", "GNOME Keyring / Secret Service"),
        ("keyring.backends.libsecret", "GNOME Keyring / Secret Service"),
        ("keyring.backends.kwallet", "KDE Wallet (KWallet)"),
        ("keyring.backends.fail", "no keyring"),
        ("keyrings.alt.file", "the keyring “Alt Thing”"),
    ],
)
def test_backends_are_described_in_the_users_words(module, expected):
    cls = type("Keyring", (), {"__module__": module, "name": "Alt Thing"})
    assert describe_backend(cls()).render() == expected


def test_chainer_is_described_by_the_backend_that_stores():
    inner = type("WinVaultKeyring", (), {"__module__": "keyring.backends.Windows"})()
    chainer = type("ChainerBackend", (), {"__module__": "keyring.backends.chainer", "backends": [inner]})()
    assert describe_backend(chainer).render() == "Windows Credential Manager"
