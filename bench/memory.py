"""Memory: peak RSS of a whole wizard walk-through against a bare PySide6 QWizard with the same number of pages.

    .venv/bin/python bench/memory.py [--rounds 1]

Each side runs in a fresh process, which prints its own peak resident set size (``ru_maxrss``) at the end:

* the wizard: every page of the real window (built as the app builds it), the welcome page's diagnosis, the live
  relay test and the domain check against local servers (the servers run in a third process and are not counted;
  the walk is bench/ui_stall.py's), then the export and done pages;
* the bare wizard: a QWizard with as many pages, each a label, every page shown once (Next to the end).

Prints both and the ratio (target <= 1.3).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PAGES = 7  # the wizard's pages (wizard.core.inputs.flow.Step)


def peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def walk(rounds: int) -> None:
    import ui_stall

    with ui_stall.local_world(0.0) as (app, servers):
        meter = ui_stall.StallMeter(10)
        for _ in range(rounds):
            ui_stall.one_round(app, servers, meter, every_page=True)
    print(f"peak {peak_kib()}", flush=True)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    for i in range(PAGES):
        page = QWizardPage()
        page.setTitle(f"Page {i + 1}")
        QVBoxLayout(page).addWidget(QLabel("A bare wizard page."))
        wizard.addPage(page)
    wizard.show()
    app.processEvents()
    for _ in range(PAGES - 1):
        wizard.next()
        app.processEvents()
    print(f"peak {peak_kib()}", flush=True)


def measure(mode: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # as on a user's machine, where the first start (or pip installing the wheel) writes the byte-code caches: with
    # PYTHONDONTWRITEBYTECODE set (some CI images set it) every run would compile the app's modules from source
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, __file__, *mode], capture_output=True, text=True, timeout=600, env=env,
                         cwd=ROOT)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("peak ")), None)
    if line is None:
        raise RuntimeError(f"{mode} printed no figure: {out.stderr[-1500:]}")
    return int(line.split()[1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=1, help="walks through the wizard in the measured process (1)")
    ap.add_argument("--walk", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.walk:
        walk(args.rounds)
        return 0
    if args.bare:
        bare()
        return 0
    app_kib = measure(["--walk", "--rounds", str(args.rounds)])
    bare_kib = measure(["--bare"])
    ratio = app_kib / bare_kib
    print(f"peak RSS: wizard walk-through ({args.rounds} round(s), every page, live checks) {app_kib / 1024:.1f} MiB, "
          f"bare QWizard with {PAGES} pages {bare_kib / 1024:.1f} MiB")
    print(f"ratio {ratio:.2f}  (target <= 1.3)  {'OK' if ratio <= 1.3 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
