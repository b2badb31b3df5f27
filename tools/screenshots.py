"""Render wizard pages to PNG files (run under Xvfb for a real window system: `xvfb-run -a python tools/screenshots.py`).

    python tools/screenshots.py [--lang ja|en] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="ja")
    ap.add_argument("--out", default="docs/screenshots")
    args = ap.parse_args()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWizard

    from wizard.gui.app import ensure_app, install_translators
    from wizard.gui.wizard import RelayWizard

    app = ensure_app()
    keep = install_translators(app, args.lang)  # noqa: F841 - keep references
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    w = RelayWizard(lang=args.lang)
    w.resize(760, 600)
    w.show()

    def shoot(name: str) -> None:
        app.processEvents()
        path = out / f"{name}-{args.lang}.png"
        w.grab().save(str(path))
        print(path)

    shoot("01-welcome")
    w.button(QWizard.WizardButton.NextButton).click()
    page = w.currentPage()
    page.address_edit.setText("info@例え.jp")
    page.search_edit.setText("ocn")
    shoot("02-provider")
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
