"""Run something right after a widget has painted for the first time (start-up work that can wait, benchmarks)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    """Calls ``callback`` once, right after ``widget`` has painted for the first time."""

    def __init__(self, widget, callback):
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            callback, self.callback = self.callback, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, callback)  # after this paint has finished
        return False
