"""The password for the provider's relay: in memory as :class:`Secret`, at rest only in the OS keyring.

``keyring`` is imported lazily, inside the functions (it costs about 250 ms at start-up); importing this module does
not import it. When no usable backend exists (keyring's fail or null backend, a locked collection, a D-Bus error), the
functions raise :class:`KeyringUnavailable` with a translated reason, and the caller goes on with the password in
memory for this run only.

Keyring entry (docs/KEYRING.md): service ``relay-wizard:<host>:<port>`` (host in lower case, without a trailing dot),
user name = the login at the relay, exactly as typed. This names the relay host, port and login, so two providers or
two logins never overwrite each other.

No exception raised here carries the password: reasons name only the kind of failure (an exception class or a D-Bus
error name), and the keyring's own exception (whose traceback frames hold the password as an argument) is dropped,
not chained.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, WizardError

SERVICE_PREFIX = "relay-wizard"


class Secret:
    """A password in memory. ``repr``/``str``/``format`` never show it; only :meth:`reveal` does, at the point of use."""

    __slots__ = ("_value", "__weakref__")

    def __init__(self, value: str):
        if not isinstance(value, str):
            raise TypeError("a Secret holds a str")
        self._value = value
        _live.add(self)

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", len(self._value)))

    def __reduce__(self):  # never pickled or copied into a file or a crash report
        raise TypeError("a Secret cannot be pickled")


_live: weakref.WeakSet[Secret] = weakref.WeakSet()


def live_secrets() -> list[str]:
    """The values of every :class:`Secret` still in memory: the log file's redaction filter (wizard/core/logs.py)
    and the diagnostic report remove them from their text."""
    return [s._value for s in list(_live) if s._value]


class KeyringUnavailable(WizardError):
    """The keyring cannot be used right now: ``msg`` says why, in words for the user."""


def normalise_host(host: str) -> str:
    return host.strip().lower().rstrip(".")


def keyring_service(host: str, port: int) -> str:
    """The keyring's "service" for a relay: ``relay-wizard:<host>:<port>``."""
    return f"{SERVICE_PREFIX}:{normalise_host(host)}:{int(port)}"


def _check_key(host: str, port: int, login: str) -> tuple[str, str]:
    if not normalise_host(host):
        raise ValueError("empty host")
    if not 1 <= int(port) <= 65535:
        raise ValueError("port out of range")
    if not login:
        raise ValueError("empty login")
    return keyring_service(host, port), login


# -- which backend, in the user's words -------------------------------------------------------------------------------
@dataclass(frozen=True)
class BackendInfo:
    name: str  # keyring's own name for the backend, e.g. "SecretService Keyring" (for support)
    description: Msg  # what the user calls it, e.g. "Windows Credential Manager"
    usable: bool
    reason: Msg | None = None  # why it is not usable (None when usable)

    def as_dict(self, translate=None) -> dict:
        return {
            "backend": self.name,
            "description": self.description.render(translate),
            "usable": self.usable,
            "reason": self.reason.render(translate) if self.reason else None,
        }


# keyring's backend module (last part of the module name) -> what the user knows it as
_FRIENDLY = {
    "Windows": QT_TRANSLATE_NOOP("core", "Windows Credential Manager"),
    "macOS": QT_TRANSLATE_NOOP("core", "macOS Keychain"),
    "SecretService": QT_TRANSLATE_NOOP("core", "GNOME Keyring / Secret Service"),
    "libsecret": QT_TRANSLATE_NOOP("core", "GNOME Keyring / Secret Service"),
    "kwallet": QT_TRANSLATE_NOOP("core", "KDE Wallet (KWallet)"),
}
NO_KEYRING = QT_TRANSLATE_NOOP("core", "no keyring")


def _backend_name(backend) -> str:
    return str(getattr(backend, "name", type(backend).__name__))


def _effective(backend):
    """The backend that really stores: keyring's chainer tries its backends in order, the first one wins."""
    if type(backend).__module__.endswith(".chainer"):
        chained = list(getattr(backend, "backends", []) or [])
        if chained:
            return chained[0]
    return backend


def describe_backend(backend) -> Msg:
    backend = _effective(backend)
    module = type(backend).__module__
    if module.startswith("keyring.backends."):
        part = module.split(".")[2]
        if part in _FRIENDLY:
            return Msg.of(_FRIENDLY[part])
        if part in ("fail", "null"):
            return Msg.of(NO_KEYRING)
    return Msg.of(QT_TRANSLATE_NOOP("core", "the keyring “{name}”"), name=_backend_name(backend))


def _is_none_backend(backend) -> bool:
    from keyring.backends import fail, null

    return isinstance(_effective(backend), (fail.Keyring, null.Keyring))


_NONE_REASON = QT_TRANSLATE_NOOP(
    "core",
    "No keyring was found on this computer (on Linux: GNOME Keyring, KWallet or another Secret Service must be "
    "running), so the password cannot be saved.",
)


def backend_info() -> BackendInfo:
    """Which keyring the app would use, and whether it can be used. Imports ``keyring`` (slow): call off the UI thread.

    Cheap otherwise: it does not unlock anything, so a locked collection shows up only when a password is read or
    saved (and the keyring may then ask the user to unlock it).
    """
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - any failure to find a backend means "none"
        _close_dbus_connections(exc)
        reason = Msg.of(
            QT_TRANSLATE_NOOP(
                "core",
                "No keyring could be started ({detail}). On Linux, check that GNOME Keyring or KWallet is running in "
                "your desktop session.",
            ),
            detail=_detail(exc),
        )
        return BackendInfo("none", Msg.of(NO_KEYRING), False, reason)
    name = _backend_name(backend)
    if _is_none_backend(backend):
        return BackendInfo(name, Msg.of(NO_KEYRING), False, Msg.of(_NONE_REASON))
    return BackendInfo(name, describe_backend(backend), True)


# -- failures in the user's words -------------------------------------------------------------------------------------
def _detail(exc: BaseException) -> str:
    """A name for the kind of failure that never carries data: the exception classes along the ``__cause__`` chain,
    plus a D-Bus error name when there is one (never an exception's message)."""
    names: list[str] = []
    seen: BaseException | None = exc
    while seen is not None and len(names) < 3:
        label = type(seen).__name__
        dbus_name = getattr(seen, "name", None)  # jeepney.DBusErrorResponse.name, e.g. org.freedesktop.DBus.Error.NoReply
        if isinstance(dbus_name, str) and dbus_name.startswith("org."):
            label += f" {dbus_name}"
        names.append(label)
        seen = seen.__cause__
    return " / ".join(names)


def _is_dbus_error(exc: BaseException) -> bool:
    module = type(exc).__module__
    if module.startswith(("jeepney", "secretstorage", "dbus")):
        return True
    return isinstance(exc, (OSError, EOFError))  # a socket that is gone or refuses: FileNotFoundError, ConnectionError


def _reason(exc: BaseException, backend: Msg) -> Msg:
    try:
        from keyring import errors
    except Exception:  # noqa: BLE001 - keyring itself is broken
        errors = None
    detail = _detail(exc)
    if errors is not None and isinstance(exc, errors.KeyringLocked):
        return Msg.of(
            QT_TRANSLATE_NOOP(
                "core",
                "The keyring ({backend}) is locked and was not unlocked. Unlock it (for example by logging in to "
                "your desktop again) and try again.",
            ),
            backend=backend,
        )
    if errors is not None and isinstance(exc, errors.NoKeyringError):
        return Msg.of(_NONE_REASON)
    if (errors is not None and isinstance(exc, errors.InitError)) or _is_dbus_error(exc):
        return Msg.of(
            QT_TRANSLATE_NOOP(
                "core",
                "The keyring ({backend}) could not be reached ({detail}). On Linux, check that GNOME Keyring or "
                "KWallet is running in your desktop session.",
            ),
            backend=backend,
            detail=detail,
        )
    if errors is not None and isinstance(exc, errors.PasswordSetError):
        return Msg.of(
            QT_TRANSLATE_NOOP("core", "The keyring ({backend}) refused to store the password ({detail})."),
            backend=backend,
            detail=detail,
        )
    return Msg.of(
        QT_TRANSLATE_NOOP("core", "The keyring ({backend}) cannot be used ({detail})."), backend=backend, detail=detail
    )


def _usable_backend():
    info = backend_info()
    if not info.usable:
        raise KeyringUnavailable(info.reason or Msg.of(_NONE_REASON))
    import keyring

    return keyring.get_keyring(), info.description


def _call(backend_desc: Msg, fn, *args):
    """Run a keyring call; on any failure raise KeyringUnavailable with a reason and no link to the original error."""
    reason = None
    try:
        return fn(*args)
    except Exception as exc:  # noqa: BLE001 - keyring and D-Bus raise many types; none may carry the password
        from keyring.errors import PasswordDeleteError

        _close_dbus_connections(exc)
        if isinstance(exc, PasswordDeleteError):
            raise _NothingSaved from None
        reason = _reason(exc, backend_desc)
    raise KeyringUnavailable(reason)  # outside the except block: no __context__ pointing at the keyring's frames


class _NothingSaved(Exception):
    pass


def _close_dbus_connections(exc: BaseException) -> None:
    """Close the D-Bus connections that keyring's Secret Service backend leaves open when it fails (a locked
    collection, a vanished daemon): they sit in the failed call's frames. Without this the sockets linger until
    garbage collection and each one raises a ResourceWarning."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        tb = e.__traceback__
        while tb is not None:
            for value in list(tb.tb_frame.f_locals.values()):
                conn = getattr(value, "connection", value)  # a secretstorage Collection holds its connection
                if type(conn).__module__.startswith("jeepney") and callable(getattr(conn, "close", None)):
                    try:
                        conn.close()
                    except Exception:  # noqa: BLE001 - closing a broken connection may fail; nothing to do
                        pass
            tb = tb.tb_next
        todo += [e.__cause__, e.__context__]


def save_password(host: str, port: int, login: str, password: Secret) -> None:
    """Save (or replace) the password for ``login`` at ``host:port``. Raises :class:`KeyringUnavailable`."""
    if not isinstance(password, Secret):
        raise TypeError("save_password takes a Secret")
    service, user = _check_key(host, port, login)
    backend, desc = _usable_backend()
    _call(desc, backend.set_password, service, user, password.reveal())


def load_password(host: str, port: int, login: str) -> Secret | None:
    """The saved password, or None when nothing is saved. Raises :class:`KeyringUnavailable`."""
    service, user = _check_key(host, port, login)
    backend, desc = _usable_backend()
    value = _call(desc, backend.get_password, service, user)
    return Secret(value) if value is not None else None


def delete_password(host: str, port: int, login: str) -> bool:
    """Forget the saved password; False when there was none. Raises :class:`KeyringUnavailable`."""
    service, user = _check_key(host, port, login)
    backend, desc = _usable_backend()
    try:
        _call(desc, backend.delete_password, service, user)
    except _NothingSaved:
        return False
    return True
