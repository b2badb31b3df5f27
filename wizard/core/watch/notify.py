"""Desktop notifications: the freedesktop Notifications interface on the D-Bus session bus (Linux desktops).

jeepney (pure Python, already installed with keyring's Secret Service backend) speaks D-Bus; the interface itself is
one method call, ``org.freedesktop.Notifications.Notify``, so a bigger notification library (desktop-notifier pulls
an asyncio D-Bus stack) buys nothing here. On Windows and macOS no notification is shown yet: :func:`notify` raises
:class:`NotifyUnavailable` with a message, and the caller prints the text instead.
"""

from __future__ import annotations

import sys

from wizard import APP_DISPLAY_NAME, APP_NAME
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, WizardError

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
REPLY_TIMEOUT = 5.0
MAX_BODY = 2000

E_NO_BUS = QT_TRANSLATE_NOOP("core", "No desktop notification could be shown: the session's message bus is not "
                             "reachable ({detail}).")
E_REFUSED = QT_TRANSLATE_NOOP("core", "No desktop notification could be shown: the notification service answered "
                              "{detail}.")
E_NOT_HERE = QT_TRANSLATE_NOOP("core", "Desktop notifications are not available on this system yet.")


class NotifyUnavailable(WizardError):
    pass


def notify(summary: str, body: str = "", *, urgency: int = 1, timeout_ms: int = -1) -> int:
    """Show a notification; returns the id the notification service gave it. ``urgency``: 0 low, 1 normal, 2
    critical. Raises :class:`NotifyUnavailable` with the reason when nothing could be shown."""
    if not sys.platform.startswith("linux") and not sys.platform.startswith("freebsd"):
        raise NotifyUnavailable(Msg.of(E_NOT_HERE))
    from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call  # lazy: only when one is sent
    from jeepney.io.blocking import open_dbus_connection

    address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
    hints = {"urgency": ("y", max(0, min(2, urgency))), "desktop-entry": ("s", APP_NAME)}
    message = new_method_call(address, "Notify", "susssasa{sv}i", (
        APP_DISPLAY_NAME, 0, APP_NAME, summary[:200], body[:MAX_BODY], [], hints, timeout_ms,
    ))
    try:
        with open_dbus_connection(bus="SESSION") as conn:
            reply = conn.send_and_get_reply(message, timeout=REPLY_TIMEOUT)
    except (OSError, KeyError, ValueError, TimeoutError) as exc:  # KeyError: no DBUS_SESSION_BUS_ADDRESS
        raise NotifyUnavailable(Msg.of(E_NO_BUS, detail=str(exc) or type(exc).__name__)) from None
    if reply.header.message_type is MessageType.error:
        name = reply.header.fields.get(HeaderFields.error_name, "error")
        raise NotifyUnavailable(Msg.of(E_REFUSED, detail=str(name)))
    return int(reply.body[0])
