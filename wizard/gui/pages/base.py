"""Common base of the wizard pages."""

from __future__ import annotations

import ctypes
import functools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizardPage

from wizard.core.flow import Step, WizardState, next_step
from wizard.core.messages import Msg


_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def _guard_bool_refcount(fn):
    """PySide6 6.12.0 drops one reference to the returned True/False each time C++ (QWizard) calls a Python
    ``isComplete`` override (6.11.3 does not). On Python 3.11 the bools are not immortal: after a few thousand calls
    (each keystroke emits completeChanged) the interpreter aborts with "bool_dealloc: deallocating True or False".
    Giving back the lost reference is harmless where the bug is absent (an extra reference to True/False)."""

    @functools.wraps(fn)
    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        result = bool(fn(self))
        _incref(result)
        return result

    isComplete._bool_guard = True  # type: ignore[attr-defined]
    return isComplete


class BasePage(QWizardPage):
    step: Step

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("isComplete")
        if own is not None and not getattr(own, "_bool_guard", False):
            cls.isComplete = _guard_bool_refcount(own)

    def __init__(self, state: WizardState, lang: str, parent=None):
        super().__init__(parent)
        self.state = state
        self.lang = lang

    def nextId(self) -> int:  # noqa: N802 - Qt API; cheap and free of side effects
        nxt = next_step(self.state, self.step)
        return -1 if nxt is None else int(nxt)

    @staticmethod
    def render(msg: Msg) -> str:
        """A core message in the UI language."""
        return msg.render(QCoreApplication.translate)
