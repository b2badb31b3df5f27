"""Desktop notifications reach the freedesktop Notifications interface: a listener on a private D-Bus session bus
(tests/fixtures/notification_bus.py) receives what :func:`notify` sends; a missing bus or a refusing service is a
clear message, never a crash."""

from __future__ import annotations

import sys

import pytest

from tests.fixtures.notification_bus import notification_listener  # noqa: F401 - the fixture
from wizard.core.watch.notify import NotifyUnavailable, notify

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the freedesktop interface is Linux's")


def test_the_listener_receives_the_notification(notification_listener):  # noqa: F811
    summary = "SpamCop は 12月5日に掲載を解除しました。"
    body = "Spamhaus ZEN にはまだ掲載されています。"
    nid = notify(summary, body)
    assert nid == 41  # the id the listener gave: the reply was read
    [got] = notification_listener.received
    assert got["app_name"] == "Relay Wizard" and got["summary"] == summary and got["body"] == body
    assert got["replaces_id"] == 0 and got["actions"] == [] and got["timeout"] == -1
    assert got["hints"] == {"urgency": 1, "desktop-entry": "relay-wizard"}


def test_urgency_is_clamped_and_long_bodies_cut(notification_listener):  # noqa: F811
    notify("x", "y" * 10_000, urgency=9)
    [got] = notification_listener.received
    assert got["hints"]["urgency"] == 2 and len(got["body"]) == 2000


def test_a_refusing_service_is_a_message(notification_listener):  # noqa: F811
    notification_listener.refuse = True
    with pytest.raises(NotifyUnavailable) as exc:
        notify("x")
    assert "org.freedesktop.DBus.Error.Failed" in str(exc.value)


def test_no_session_bus_is_a_message(tmp_path, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'nothing-here'}")
    with pytest.raises(NotifyUnavailable) as exc:
        notify("x")
    assert "not reachable" in str(exc.value)
