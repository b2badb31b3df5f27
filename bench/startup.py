"""Start-up: time from process start to the first wizard page on screen, against a bare PySide6 QWizard.

    python bench/startup.py [--runs 15] [--lang ja]

Both run from source in this Python (offscreen platform), alternating, in one run of this script. Prints the medians
and the ratio (target <= 1.5). See bench/bundle.py for the packaged app.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


CPU: dict[str, list[float]] = {}  # CPU seconds (user + system) of each measured process, by command


def first_paint(cmd: list[str], lang: str = "ja") -> float:
    """Seconds from starting ``cmd`` to its first page having painted (the app prints ``shown <epoch>``).

    The process quits right after that paint, so its CPU time (recorded in :data:`CPU`) is the CPU work up to the
    first page: a figure that other load on the machine does not inflate the way it inflates wall time."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELAY_WIZARD_EXIT_AFTER_SHOW="1", RELAY_WIZARD_LANG=lang)
    # as on a user's machine, where the first start (or pip installing the wheel) writes the byte-code caches: with
    # PYTHONDONTWRITEBYTECODE set (some CI images set it) every run would compile the app's modules from source
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(" ".join(cmd), []).append(cpu)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("shown ")), None)
    if line is None:
        raise RuntimeError(f"{cmd} did not report its first page: {out.stderr[-800:]}")
    return float(line.split()[1]) - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--lang", default="ja")
    args = ap.parse_args()
    app = [sys.executable, "-m", "wizard"]
    bare = [sys.executable, str(ROOT / "bench" / "bare_wizard.py")]
    first_paint(app, args.lang), first_paint(bare, args.lang)  # warm the file cache for both
    t_app, t_bare = [], []
    for _ in range(args.runs):
        t_bare.append(first_paint(bare, args.lang))
        t_app.append(first_paint(app, args.lang))
    a, b = statistics.median(t_app), statistics.median(t_bare)
    ca, cb = (statistics.median(CPU[" ".join(c)][1:]) for c in (app, bare))
    print(f"first page shown (median of {args.runs}): relay-wizard {a * 1000:.0f} ms, bare QWizard {b * 1000:.0f} ms, "
          f"ratio {a / b:.2f} (target <= 1.5)")
    print(f"fastest of {args.runs}: relay-wizard {min(t_app) * 1000:.0f} ms, bare QWizard {min(t_bare) * 1000:.0f} ms, "
          f"ratio {min(t_app) / min(t_bare):.2f} (other load on the machine only adds time, so the fastest runs are "
          f"the least disturbed)")
    print(f"CPU time to the first page (median): relay-wizard {ca * 1000:.0f} ms, bare QWizard {cb * 1000:.0f} ms, "
          f"ratio {ca / cb:.2f}")
    print(f"machine load during the run: {os.getloadavg()[0]:.1f} (wall-time ratios are reliable only near 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
