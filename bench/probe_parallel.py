"""Benchmark: probing six candidates at once vs the slowest alone, and the cancel latency.

Six real SMTP servers on 127.0.0.1 (aiosmtpd + trustme; 3 STARTTLS, 3 implicit TLS, all with AUTH) wait DELAY
seconds before every reply. We measure, in one run:

* ratio = wall time of run_plan over all six / wall time of the slowest probe run alone   (target <= 1.25)
* cancel latency = time from CancelToken.cancel() (another thread) until run_plan returns (target <= 200 ms)

    .venv/bin/python bench/probe_parallel.py [--delay 0.15] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fixtures.smtp_server import SmtpServer, TestCA  # noqa: E402
from wizard.core.cancel import CancelToken  # noqa: E402
from wizard.core.model import Auth, RelaySetting, Security  # noqa: E402
from wizard.core.secrets import Secret  # noqa: E402
from wizard.core.smtp.probing import Entry, ProbeOptions, run_plan  # noqa: E402
from wizard.core.smtp.result import Timeouts  # noqa: E402
from wizard.core.smtp.steps import Verdict  # noqa: E402

USERS = {"taro": "pw"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--delay", type=float, default=0.15, help="seconds before every server reply (0.15)")
    ap.add_argument("--rounds", type=int, default=5, help="repetitions; the median is reported (5)")
    args = ap.parse_args()

    ca = TestCA()
    modes = ["starttls", "tls"] * 3
    servers = [SmtpServer(ca, m, users=USERS, delay=args.delay).start() for m in modes]
    try:
        entries = [
            Entry(i, f"{s.host}:{s.port} ({m})", RelaySetting(s.host, s.port, Security(m), Auth.AUTO, "taro"))
            for i, (s, m) in enumerate(zip(servers, modes))
        ]
        opts = ProbeOptions(sender="info@example.jp", password=Secret("pw"), ca_file=ca.pem, timeouts=Timeouts(2, 5))

        def timed(es):
            t = time.perf_counter()
            plan = run_plan(es, opts)
            assert all(o.result.verdict is Verdict.OK for o in plan.outcomes), [o.verdict for o in plan.outcomes]
            return time.perf_counter() - t

        timed(entries[:1])  # warm up (imports, first TLS context)
        parallel, slowest, total = [], [], []
        for _ in range(args.rounds):
            parallel.append(timed(entries))
            alone = [timed([e]) for e in entries]
            slowest.append(max(alone))
            total.append(sum(alone))
        par, slow, seq = (statistics.median(x) for x in (parallel, slowest, total))

        latencies = []
        for _ in range(args.rounds):
            token = CancelToken()
            box = {}
            th = threading.Thread(target=lambda: box.setdefault("plan", run_plan(entries, opts, cancel=token)))
            th.start()
            time.sleep(max(0.3, 2 * args.delay))  # mid-conversation
            t = time.perf_counter()
            token.cancel()
            th.join()
            latencies.append(time.perf_counter() - t)
            assert all(o.result.verdict is Verdict.CANCELLED for o in box["plan"].outcomes)
    finally:
        for s in servers:
            s.stop()

    ratio = par / slow
    print(f"servers: 6 on 127.0.0.1, {args.delay * 1000:.0f} ms before every reply; median of {args.rounds} rounds")
    print(f"slowest probe alone:      {slow * 1000:7.0f} ms")
    print(f"all six one after another:{seq * 1000:7.0f} ms")
    print(f"all six at once:          {par * 1000:7.0f} ms")
    print(f"ratio all-at-once / slowest alone: {ratio:.2f}  (target <= 1.25)  {'OK' if ratio <= 1.25 else 'MISSED'}")
    worst = max(latencies)
    print(
        f"cancel latency: median {statistics.median(latencies) * 1000:.1f} ms, worst {worst * 1000:.1f} ms"
        f"  (target <= 200 ms)  {'OK' if worst <= 0.2 else 'MISSED'}"
    )
    return 0 if ratio <= 1.25 and worst <= 0.2 else 1


if __name__ == "__main__":
    sys.exit(main())
