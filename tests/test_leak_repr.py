"""Secrets in memory (issue 9, deliverable 5): no object that holds a password shows it in repr(), str(), format(),
pickles, exception text or a traceback. Checked with a sentinel in every spelling tests/leakscan.py knows.

Tracebacks are checked as Python and the logging module print them (source lines, no values). Printers that also
show local variables (``traceback.TracebackException(capture_locals=True)``) would show the bytes of an AUTH line in
the frame that sends it; the last test keeps such printers out of the application.
"""

from __future__ import annotations

import dataclasses
import logging
import pickle
import re
import traceback
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.fixtures.hostile_smtp import ScriptedServer, smtp_dialog
from tests.leakscan import scan
from wizard.core.smtp.transport import Transport
from wizard.core.inputs.flow import WizardState
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.smtp.result import ProbeNotAllowed, ProbeRequest, Timeouts
from wizard.core.smtp.session import probe
from wizard.core.smtp.steps import Verdict
from wizard.core.smtp.probing import ProbeOptions
from wizard.core.secrets import KeyringUnavailable, Secret, save_password

SENTINEL = "Repr-Sentinel-Pw-91e4-ÄÖ"
LOGIN = "taro@abc.ocn.ne.jp"
SETTING = RelaySetting("127.0.0.1", 587, Security.STARTTLS, Auth.AUTO, LOGIN)


def assert_hidden(label: str, text: str) -> None:
    leaks = scan(SENTINEL, texts={label: text}, users=[LOGIN])
    assert not leaks, leaks


def every_view(obj) -> dict[str, str]:
    views = {"repr": repr(obj), "str": str(obj), "format": f"{obj}", "format !r": f"{obj!r}", "%s": "%s" % (obj,)}
    if hasattr(obj, "__dict__"):
        views["vars"] = repr(vars(obj))
    return views


def holders():
    secret = Secret(SENTINEL)
    from wizard.gui.jobs import CoreJob

    options = ProbeOptions(sender="info@example.jp", password=secret, passwords={SETTING: secret})
    state = WizardState(password=secret, login=LOGIN)
    return {
        "Secret": secret,
        "ProbeRequest": ProbeRequest(setting=SETTING, sender="info@example.jp", password=secret),
        "ProbeOptions": options,
        "WizardState": state,
        "CoreJob": CoreJob(lambda *a, **k: None, options, state),
        "CoreJob.args": CoreJob(lambda *a, **k: None, options, state).args,
        "a list of them": [secret, options],
    }


@pytest.mark.parametrize("name", list(holders()))
def test_objects_that_hold_a_password_never_show_it(qapp, name):
    obj = holders()[name]
    for view, text in every_view(obj).items():
        assert_hidden(f"{name} {view}", text)


def test_a_secret_cannot_be_pickled_or_deep_copied_into_a_dict():
    secret = Secret(SENTINEL)
    with pytest.raises(TypeError) as info:
        pickle.dumps(secret)
    assert_hidden("pickle error", str(info.value))
    with pytest.raises(TypeError):
        dataclasses.asdict(WizardState(password=secret))  # asdict deep-copies: refused, so it cannot leak


def test_a_password_that_cannot_be_sent_is_refused_without_showing_it():
    odd = SENTINEL + "\udc80"  # a lone surrogate, as a badly decoded paste gives
    with pytest.raises(ProbeNotAllowed) as info:
        probe(ProbeRequest(setting=SETTING, sender="info@example.jp", password=Secret(odd)))
    text = "".join(traceback.format_exception(info.value)) + repr(info.value.args)
    assert_hidden("ProbeNotAllowed", text)
    assert "cannot be sent" in str(info.value)


def test_a_crash_in_the_middle_of_auth_shows_no_password_in_its_traceback(smtp_ca, monkeypatch, caplog):
    """An unexpected error while the AUTH line is on its way: exception text, chained exceptions and the printed
    traceback (also through logging.exception, as CoreJob logs it) hold no spelling of the password."""
    real_send = Transport.send

    def send(self, data, until):
        if data.startswith(b"AUTH"):
            raise RuntimeError("the network stack fell over")
        return real_send(self, data, until)

    monkeypatch.setattr(Transport, "send", send)
    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca)) as srv:
        req = ProbeRequest(
            setting=RelaySetting(srv.host, srv.port, Security.STARTTLS, Auth.PLAIN, LOGIN),
            sender="info@example.jp", password=Secret(SENTINEL), ca_file=smtp_ca.pem,
            timeouts=Timeouts(connect=0.5, read=1.0),
        )
        with pytest.raises(RuntimeError) as info:
            probe(req)
    with caplog.at_level(logging.ERROR):
        logging.getLogger("test").error("job failed", exc_info=info.value)
    text = "".join(traceback.format_exception(info.value)) + caplog.text + repr(info.value.__context__)
    assert "the network stack fell over" in text
    assert_hidden("traceback", text)


def test_probe_results_of_a_failed_login_hold_no_password(smtp_ca):
    with ScriptedServer(lambda c: smtp_dialog(c, ca=smtp_ca, auth_ok=False)) as srv:
        req = ProbeRequest(
            setting=RelaySetting(srv.host, srv.port, Security.STARTTLS, Auth.LOGIN, LOGIN),
            sender="info@example.jp", password=Secret(SENTINEL), ca_file=smtp_ca.pem,
            timeouts=Timeouts(connect=0.5, read=1.0),
        )
        r = probe(req)
    assert r.verdict is Verdict.AUTH_FAILED
    assert_hidden("result", repr(r) + "\n".join(r.transcript) + r.explanation.render())


def test_keyring_errors_hold_no_password():
    # conftest forces keyring's fail backend: saving fails, and says why without the password
    with pytest.raises(KeyringUnavailable) as info:
        save_password("smtp.example.jp", 587, LOGIN, Secret(SENTINEL))
    assert_hidden("keyring error", "".join(traceback.format_exception(info.value)) + repr(info.value.args))


def test_no_code_prints_tracebacks_with_local_variables():
    """Local variables in a printed traceback would show what a frame was sending (an AUTH line) in plain."""
    offenders = [
        str(p.relative_to(REPO))
        for p in Path(REPO, "wizard").rglob("*.py")
        if re.search(r"capture_locals\s*=\s*True|\bcgitb\b|better_exceptions|stackprinter",
                     p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_scan_finds_a_leak():
    with pytest.raises(AssertionError):
        assert_hidden("positive control", f"AUTH PLAIN with {SENTINEL}")
