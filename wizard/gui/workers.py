"""Run a core function off the UI thread and report back through signals.

Widgets are touched only on the UI thread: a :class:`CoreJob` runs on a thread pool and emits signals; Qt delivers
them (queued) to slots on the UI thread. The core function gets ``cancel`` (a :class:`CancelToken`) and ``progress``
(a callable taking one event object) as keyword arguments.

    job = CoreJob(probing.run_plan, request)
    job.signals.progress.connect(self.on_event)
    job.signals.finished.connect(self.on_result)
    start(job)           # keep a reference to job while it runs
    ...
    job.cancel()         # Back, Cancel, closing the window
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from wizard.core.cancel import Cancelled, CancelToken
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg, WizardError

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """The pool for core jobs (separate from Qt's global pool; a job may block on the network for seconds)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(6)
    return _pool


class JobSignals(QObject):
    progress = Signal(object)  # an event object from the core function
    finished = Signal(object)  # the function's return value
    failed = Signal(object)  # a Msg saying what went wrong, in words for the user
    cancelled = Signal()
    done = Signal()  # after any of finished/failed/cancelled

    def __init__(self) -> None:
        super().__init__()
        self.job_running = False
        # Connected first, so it runs before the pages' own slots. The signals object lives on the UI thread, so
        # from the pool thread this is a queued call: ``running`` turns False on the UI thread after every result
        # signal was delivered there, never while a result is still on its way.
        self.done.connect(self._on_done)

    @Slot()
    def _on_done(self) -> None:
        self.job_running = False


class CoreJob(QRunnable):
    def __init__(self, fn: Callable[..., object], *args, **kwargs):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.token = CancelToken()
        self.signals = JobSignals()

    @property
    def running(self) -> bool:
        """Started and its last signal not yet delivered on the UI thread."""
        return self.signals.job_running

    @running.setter
    def running(self, value: bool) -> None:
        self.signals.job_running = value

    def cancel(self) -> None:
        self.token.cancel()

    def run(self) -> None:  # on a pool thread
        s = self.signals
        try:
            result = self.fn(*self.args, cancel=self.token, progress=s.progress.emit, **self.kwargs)
        except Cancelled:
            s.cancelled.emit()
        except WizardError as exc:
            s.failed.emit(exc.msg)
        except Exception as exc:  # noqa: BLE001 - a job must never take the app down
            log.exception("job %s failed", getattr(self.fn, "__name__", self.fn))
            s.failed.emit(
                Msg.of(QT_TRANSLATE_NOOP("core", "Unexpected error: {kind}. Details are in the log file."), kind=type(exc).__name__)
            )
        else:
            if self.token.cancelled:
                s.cancelled.emit()
            else:
                s.finished.emit(result)
        finally:
            s.done.emit()


def start(job: CoreJob) -> CoreJob:
    job.running = True
    pool().start(job)
    return job
