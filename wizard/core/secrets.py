"""The password for the provider's relay: in memory as :class:`Secret`, at rest only in the OS keyring.

``keyring`` is imported lazily (it costs about 250 ms at start-up). When no usable backend exists (keyring's fail or
null backend, a locked collection, a D-Bus error), the functions raise :class:`KeyringUnavailable` with a translated
reason, and the caller goes on with the password in memory for this run only.

Keyring entry: service ``relay-wizard:<host>:<port>``, user name = the login at the relay. This names the relay host,
port and login, so two providers or two logins never overwrite each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, WizardError

SERVICE_PREFIX = "relay-wizard"


class Secret:
    """A password in memory. ``repr``/``str`` never show it; only :meth:`reveal` does, at the point of use."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", len(self._value)))

    def __reduce__(self):  # never pickled into a file or a crash report
        raise TypeError("a Secret cannot be pickled")


class KeyringUnavailable(WizardError):
    """No usable keyring: ``msg`` says why, in words for the user."""


def keyring_service(host: str, port: int) -> str:
    return f"{SERVICE_PREFIX}:{host.lower()}:{port}"


@dataclass(frozen=True)
class BackendInfo:
    name: str  # keyring's class name, e.g. "SecretService Keyring"
    description: Msg  # what the user calls it, translated by the face
    usable: bool
    reason: Msg | None = None  # why it is not usable


_FRIENDLY = {
    "WinVaultKeyring": QT_TRANSLATE_NOOP("core", "Windows Credential Manager"),
    "Keyring": None,  # ambiguous class name; resolved by module below
    "SecretService": QT_TRANSLATE_NOOP("core", "the Secret Service (GNOME Keyring / KeePassXC)"),
    "KWallet": QT_TRANSLATE_NOOP("core", "KWallet"),
    "macOS": QT_TRANSLATE_NOOP("core", "the macOS Keychain"),
}


def _describe(backend) -> Msg:
    module = type(backend).__module__
    for key, text in _FRIENDLY.items():
        if text and (key in module or key in type(backend).__name__):
            return Msg.of(text)
    if "Windows" in module:
        return Msg.of(_FRIENDLY["WinVaultKeyring"])
    return Msg.of(QT_TRANSLATE_NOOP("core", "the keyring “{name}”"), name=getattr(backend, "name", type(backend).__name__))


def _backend():
    import keyring

    return keyring.get_keyring()


def backend_info() -> BackendInfo:
    try:
        backend = _backend()
    except Exception as exc:  # noqa: BLE001 - any failure to find a backend means "none"
        return BackendInfo("none", Msg.of(QT_TRANSLATE_NOOP("core", "no keyring")), False, _reason(exc))
    name = getattr(backend, "name", type(backend).__name__)
    try:
        from keyring.backends import fail, null

        if isinstance(backend, (fail.Keyring, null.Keyring)):
            return BackendInfo(
                name,
                Msg.of(QT_TRANSLATE_NOOP("core", "no keyring")),
                False,
                Msg.of(QT_TRANSLATE_NOOP("core", "This computer has no keyring to store passwords in.")),
            )
    except ImportError:
        pass
    return BackendInfo(name, _describe(backend), True)


def _reason(exc: BaseException) -> Msg:
    detail = type(exc).__name__
    return Msg.of(
        QT_TRANSLATE_NOOP(
            "core", "The keyring cannot be used ({detail}). The password is kept only until you close the program."
        ),
        detail=detail,
    )


def _call(fn, *args):
    try:
        return fn(*args)
    except Exception as exc:  # noqa: BLE001 - keyring and D-Bus raise many types; none may carry the password
        from keyring.errors import PasswordDeleteError

        if isinstance(exc, PasswordDeleteError):
            raise
        raise KeyringUnavailable(_reason(exc)) from None


def save_password(host: str, port: int, login: str, password: Secret) -> None:
    info = backend_info()
    if not info.usable:
        raise KeyringUnavailable(info.reason or _reason(RuntimeError()))
    import keyring

    _call(keyring.set_password, keyring_service(host, port), login, password.reveal())


def load_password(host: str, port: int, login: str) -> Secret | None:
    info = backend_info()
    if not info.usable:
        raise KeyringUnavailable(info.reason or _reason(RuntimeError()))
    import keyring

    value = _call(keyring.get_password, keyring_service(host, port), login)
    return Secret(value) if value is not None else None


def delete_password(host: str, port: int, login: str) -> bool:
    """Forget the saved password; False when there was none."""
    info = backend_info()
    if not info.usable:
        raise KeyringUnavailable(info.reason or _reason(RuntimeError()))
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        _call(keyring.delete_password, keyring_service(host, port), login)
    except PasswordDeleteError:
        return False
    return True
