"""Cancellation from another thread, without threads inside the core.

A long core operation (a probe, a DNS check) takes a :class:`CancelToken`. Another thread (the UI, a CLI signal
handler) calls :meth:`CancelToken.cancel`; the operation checks :attr:`cancelled` between steps, and anything blocking
(a socket) registers a callback with :meth:`on_cancel` that unblocks it at once (e.g. closes the socket).
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside an operation when its token was cancelled."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for cb in callbacks:
            try:
                cb()
            except Exception:  # noqa: BLE001 - a failing unblock must not stop the others
                pass

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Run ``callback`` when cancelled (at once if already cancelled). Returns a function that unregisters it."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)

                def remove() -> None:
                    with self._lock:
                        if callback in self._callbacks:
                            self._callbacks.remove(callback)

                return remove
        callback()
        return lambda: None

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` seconds; True when cancelled meanwhile."""
        return self._event.wait(timeout)


NEVER = CancelToken()  # a token nobody cancels, for callers that do not need one
