"""What lazy importing of ``keyring`` saves at start-up: the CLI's start (parser built, nothing else) against the same
start plus ``import keyring; keyring.get_keyring()`` (what an eager import would cost), measured in one run.

    .venv/bin/python bench/keyring_lazy.py [runs]

Prints the median wall time of each in ms and their ratio. Uses keyring's fail backend and no session bus, so it
measures the import and backend discovery, not a keyring daemon.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LAZY = "from wizard.cli import build_parser; build_parser()"
EAGER = LAZY + "; import keyring; keyring.get_keyring()"


def once(code: str) -> float:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, check=True)
    return (time.perf_counter() - t) * 1000


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    once(EAGER)  # warm the file cache
    lazy, eager = [], []
    for _ in range(runs):  # interleaved, so load on the machine hits both alike
        lazy.append(once(LAZY))
        eager.append(once(EAGER))
    a, b = statistics.median(lazy), statistics.median(eager)
    print(f"CLI start, keyring not imported: {a:.0f} ms (median of {runs})")
    print(f"CLI start + import keyring + get_keyring(): {b:.0f} ms")
    print(f"keyring costs {b - a:.0f} ms at start-up when imported eagerly; ratio eager/lazy = {b / a:.2f}")


if __name__ == "__main__":
    main()
