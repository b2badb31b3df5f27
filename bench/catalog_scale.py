"""Catalogue scale: 200 override profiles beside the built-in ones, against the built-in ones alone.

    python bench/catalog_scale.py [--profiles 200] [--rounds 15]

Writes N override profiles (copies of the built-in ones under new ids) into a temporary folder, then measures in one
run, alternating, the median time of: loading only the built-in profiles (today's catalogue), loading the built-in
ones plus the N overrides, and only reading the N files' bytes. The cost of the overrides beyond their file reads,
per profile, must stay within 2x of a built-in profile's cost (the loader is linear, no per-profile lookup that
grows with the catalogue). Prints the ratio and its target.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard.core.catalog.loader import builtin_dir, load_catalog  # noqa: E402


def write_overrides(folder: Path, count: int) -> list[Path]:
    sources = sorted(builtin_dir().glob("*.toml"))
    out = []
    for i in range(count):
        src = sources[i % len(sources)].read_text(encoding="utf-8")
        text = re.sub(r'(?m)^id = "([^"]+)"', lambda m: f'id = "{m.group(1)}-copy{i}"', src, count=1)
        path = folder / f"copy{i:03d}.toml"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def median_time(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profiles", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_overrides(folder, args.profiles)
        n_builtin = len(load_catalog(user=False))
        big = load_catalog(user=folder)
        assert len(big) == n_builtin + args.profiles and not big.errors, (len(big), big.errors[:3])
        load_catalog(user=folder)  # warm the file cache
        base = median_time(lambda: load_catalog(user=False), args.rounds)
        full = median_time(lambda: load_catalog(user=folder), args.rounds)
        reads = median_time(lambda: [p.read_bytes() for p in files], args.rounds)
    per_builtin = base / n_builtin
    per_override = (full - base - reads) / args.profiles
    ratio = per_override / per_builtin
    print(f"built-in only: {n_builtin} profiles in {base * 1000:.1f} ms ({per_builtin * 1000:.2f} ms each)")
    print(f"with {args.profiles} overrides: {full * 1000:.1f} ms; reading their files alone: {reads * 1000:.1f} ms")
    print(f"per override profile beyond its file read: {per_override * 1000:.2f} ms")
    print(f"ratio per-override / per-built-in: {ratio:.2f}  (target <= 2.0)  {'OK' if ratio <= 2.0 else 'MISSED'}")
    total = full / (base * (n_builtin + args.profiles) / n_builtin + reads)
    print(f"ratio whole load / (built-in load scaled to {n_builtin + args.profiles} + file reads): {total:.2f}  (target <= 2.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
