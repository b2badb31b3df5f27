"""Bundle size and start-up of the packaged app against a bare PySide6-Essentials QWizard frozen the same way.

    python bench/bundle.py [--runs 15] [--keep DIR] [--reuse]

Builds both with packaging/relay-wizard.spec (the bare app via RW_ENTRY/RW_BARE), then prints the size of each
onedir folder and the time from process start to the first page on screen (offscreen platform; first run and the
median of the others), and the ratios. Targets: size <= 1.2, start <= 1.3.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from startup import first_paint  # noqa: E402 - the one measurement both benchmarks use


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, name: str, bare: bool) -> Path:
    env = dict(os.environ, RW_NAME=name, RW_ONEFILE="0")
    if bare:
        env.update(RW_BARE="1", RW_ENTRY=str(ROOT / "bench" / "bare_wizard.py"))
    else:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(ROOT / "build" / "icons")],
                       check=True, stdout=subprocess.DEVNULL)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--distpath", str(dist),
         "--workpath", str(work / name), str(ROOT / "packaging" / "relay-wizard.spec")],
        check=True, env=env, cwd=ROOT,
    )
    return dist / name


def start_time(exe: Path) -> float:
    return first_paint([str(exe)])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--keep", help="build into this folder and keep it")
    ap.add_argument("--reuse", action="store_true",
                    help="with --keep: measure the bundles built there by an earlier run instead of building them")
    args = ap.parse_args()
    if args.reuse and not args.keep:
        ap.error("--reuse needs --keep DIR")
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="rw-bench-"))
    dist, work = base / "dist", base / "work"
    if args.reuse:
        app, bare = dist / "relay-wizard", dist / "bare-wizard"
    else:
        app = build(dist, work, "relay-wizard", bare=False)
        bare = build(dist, work, "bare-wizard", bare=True)
    s_app, s_bare = size_of(app), size_of(bare)
    firsts = {"app": start_time(app / "relay-wizard"), "bare": start_time(bare / "bare-wizard")}
    runs = {"app": [], "bare": []}
    for _ in range(args.runs):  # alternate so both see the same machine load
        runs["bare"].append(start_time(bare / "bare-wizard"))
        runs["app"].append(start_time(app / "relay-wizard"))
    med = {k: statistics.median(v) for k, v in runs.items()}
    print(f"bundle size: relay-wizard {s_app / 2**20:.1f} MiB, bare QWizard {s_bare / 2**20:.1f} MiB, "
          f"ratio {s_app / s_bare:.2f} (target <= 1.2)")
    print(f"first start: relay-wizard {firsts['app'] * 1000:.0f} ms, bare {firsts['bare'] * 1000:.0f} ms, "
          f"ratio {firsts['app'] / firsts['bare']:.2f}")
    print(f"start (median of {args.runs}): relay-wizard {med['app'] * 1000:.0f} ms, bare {med['bare'] * 1000:.0f} ms, "
          f"ratio {med['app'] / med['bare']:.2f} (target <= 1.3)")
    fast = {k: min(v) for k, v in runs.items()}
    print(f"start (fastest of {args.runs}): relay-wizard {fast['app'] * 1000:.0f} ms, bare {fast['bare'] * 1000:.0f} ms, "
          f"ratio {fast['app'] / fast['bare']:.2f} (other load only adds time: the fastest runs are the least disturbed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
