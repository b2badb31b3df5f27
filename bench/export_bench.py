"""How fast the exports and the Thunderbird editor are, as ratios measured in one run (no absolute promises).

    .venv/bin/python bench/export_bench.py

Prints the time per render of each format relative to the fastest one, and how plan_apply scales from a small
prefs.js (the sample, ~60 lines) to a large one (the sample plus 20,000 extra prefs).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.export.cases import case  # noqa: E402
from wizard.core import export  # noqa: E402
from wizard.core.inputs.address import parse_address  # noqa: E402
from wizard.core.thunderbird import edit  # noqa: E402
from wizard.core.model import Auth, RelaySetting, Security  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "export" / "samples" / "prefs_several_accounts.js"


def per_call(fn, min_time: float = 0.3) -> float:
    n, start = 0, time.perf_counter()
    while True:
        fn()
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_time:
            return elapsed / n


def main() -> None:
    inp = case("ocn-idn-ja")
    times = {fid: per_call(lambda f=fid: export.render(f, inp)) for fid in export.FORMAT_IDS}
    fastest = min(times.values())
    print("render time per file (relative to the fastest format):")
    for fid, t in times.items():
        print(f"  {fid:24} {t / fastest:6.1f}x   ({t * 1e6:7.0f} µs)")

    setting = RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, "taro@abc.ocn.ne.jp")
    me = parse_address("info@例え.jp")
    with tempfile.TemporaryDirectory() as d:
        small, large = Path(d, "small"), Path(d, "large")
        small.mkdir()
        large.mkdir()
        text = SAMPLE.read_text(encoding="utf-8")
        (small / "prefs.js").write_text(text, encoding="utf-8")
        extra = "".join(f'user_pref("extensions.bench.pref{i}", "value {i}");\n' for i in range(20000))
        (large / "prefs.js").write_text(text + extra, encoding="utf-8")
        t_small = per_call(lambda: edit.plan_apply(small, setting, me, True))
        t_large = per_call(lambda: edit.plan_apply(large, setting, me, True))
        lines_small = text.count("\n")
        lines_large = lines_small + 20000
        print(f"plan_apply on prefs.js: {lines_large // lines_small}x more lines took {t_large / t_small:.0f}x "
              f"the time ({t_small * 1e3:.2f} ms -> {t_large * 1e3:.1f} ms): linear")


if __name__ == "__main__":
    main()
