"""A bare PySide6 QWizard with one page: the yardstick for start-up time and bundle size."""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


class FirstPaint(QObject):
    """The same first-paint report as the app's (wizard/gui/first_paint.py), so both are measured alike."""

    def __init__(self, widget, callback):
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            callback, self.callback = self.callback, None
            QTimer.singleShot(0, callback)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("Welcome")
    QVBoxLayout(page).addWidget(QLabel("A bare wizard page."))
    wizard.addPage(page)
    if os.environ.get("RELAY_WIZARD_EXIT_AFTER_SHOW") == "1":
        def done():
            print(f"shown {time.time():.6f} {page.title()}", flush=True)
            os._exit(0)

        report = FirstPaint(page, done)  # noqa: F841 - kept alive by its parent
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
