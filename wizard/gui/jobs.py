"""A page's background work: start, progress, cancel, result, error; the one way the GUI runs core calls.

Widgets are touched only on the UI thread: a :class:`CoreJob` runs a core function on a thread pool and emits
signals; a small relay object that lives on the UI thread receives them (queued) and calls the page's handlers. The
core function gets ``cancel`` (a :class:`CancelToken`) and ``progress`` (a callable taking one event object) as
keyword arguments.

Each page has one :class:`PageJobs` (``BasePage.jobs``)::

    self.jobs.start("probe", probing.run_plan, request,
                    on_progress=self.on_event, on_result=self.on_plan, on_error=self.on_error,
                    on_cancelled=self.on_stopped, on_done=self.on_done)
    self.jobs.running("probe")   # until its last handler has run on the UI thread
    self.jobs.cancel()           # Back, Cancel and closing the window (BasePage does it)

A job is known by its name: starting a name again cancels the job that had it, and the old job's late signals are
dropped. The page keeps the Python references to its running jobs; a handler runs only while its job is the
current one under its name. ``on_result``/``on_error``/``on_cancelled`` run after the job stopped counting as
running (a handler may click Next); ``on_done`` follows any of them.
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


def wait_for_all(msecs: int) -> bool:
    """Wait until every started job has returned (at the end of the program, and after each test)."""
    return _pool is None or _pool.waitForDone(msecs)


class JobSignals(QObject):
    progress = Signal(object)  # an event object from the core function
    finished = Signal(object)  # the function's return value
    failed = Signal(object)  # a Msg saying what went wrong, in words for the user
    cancelled = Signal()
    done = Signal()  # after any of finished/failed/cancelled


class CoreJob(QRunnable):
    def __init__(self, fn: Callable[..., object], *args, **kwargs):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.token = CancelToken()
        self.signals = JobSignals()
        self.running = False  # started, and its last signal not yet handled on the UI thread (PageJobs sets it)

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


def _ignore(*_args) -> None:
    pass


class _Relay(QObject):
    """Receives one job's signals on the UI thread (it lives there) and hands them to the page's handlers while the
    job is current. A child of the PageJobs: when the page goes, the connections go with it."""

    def __init__(self, owner: PageJobs, name: str, job: CoreJob, handlers: dict[str, Callable]):
        super().__init__(owner)
        self.owner, self.name, self.job, self.handlers = owner, name, job, handlers
        s = job.signals
        s.progress.connect(self.progress)
        s.finished.connect(self.finished)
        s.failed.connect(self.failed)
        s.cancelled.connect(self.cancelled)
        s.done.connect(self.done)

    def _current(self) -> bool:
        return self.owner._jobs.get(self.name) is self.job

    def _end(self, handler: str, *args) -> None:
        if self._current():
            self.owner._finish(self.name)
            self.handlers[handler](*args)

    @Slot(object)
    def progress(self, event) -> None:
        if self._current():
            self.handlers["on_progress"](event)

    @Slot(object)
    def finished(self, result) -> None:
        self._end("on_result", result)

    @Slot(object)
    def failed(self, msg) -> None:
        self._end("on_error", msg)

    @Slot()
    def cancelled(self) -> None:
        self._end("on_cancelled")

    @Slot()
    def done(self) -> None:
        self.job.running = False
        if self.owner._ended.pop(self.job, None) is not None:
            self.handlers["on_done"]()
        self.deleteLater()


class PageJobs(QObject):
    """The background jobs of one page, by name (see the module docstring)."""

    changed = Signal()  # a job started or stopped counting as running

    def __init__(self, page: QObject):
        super().__init__(page)
        self._jobs: dict[str, CoreJob] = {}  # name -> running job (the Python references)
        self._ended: dict[CoreJob, str] = {}  # jobs whose result was handled, until their on_done has run
        self.started: list[str] = []  # the name of every job started, oldest first (tests, debugging)

    def start(
        self,
        name: str,
        fn: Callable[..., object],
        *args,
        on_result: Callable = _ignore,
        on_progress: Callable = _ignore,
        on_error: Callable = _ignore,
        on_cancelled: Callable = _ignore,
        on_done: Callable = _ignore,
        **kwargs,
    ) -> CoreJob:
        old = self._jobs.get(name)
        if old is not None:
            old.cancel()  # replaced: it ends on its own; its late signals are dropped
        job = CoreJob(fn, *args, **kwargs)
        handlers = dict(on_result=on_result, on_progress=on_progress, on_error=on_error, on_cancelled=on_cancelled,
                        on_done=on_done)
        _Relay(self, name, job, handlers)
        self._jobs[name] = job
        self.started.append(name)
        job.running = True
        pool().start(job)
        self.changed.emit()
        return job

    def _finish(self, name: str) -> None:
        job = self._jobs.pop(name)
        self._ended[job] = name
        self.changed.emit()

    def running(self, *names: str) -> bool:
        """Is any job (or any of ``names``) running, its result not yet handled on the UI thread?"""
        if not names:
            return bool(self._jobs)
        return any(n in self._jobs for n in names)

    def cancel(self, *names: str) -> None:
        """Ask the running jobs (all, or those named) to stop; returns at once. Their ``on_cancelled`` follows."""
        for name, job in list(self._jobs.items()):
            if not names or name in names:
                job.cancel()
