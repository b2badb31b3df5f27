"""Benchmark: the recommendation arrives when it is certain, not when a hung lower-ranked candidate times out.

Three real SMTP candidates on 127.0.0.1 (aiosmtpd + trustme): the best-ranked one (implicit TLS) works after about
0.5 s (its server waits DELAY before every reply); a lower-ranked STARTTLS one works too; another lower-ranked one
never answers (a listener whose accept queue is full, so the SYN is dropped, like a blocked port 25; connect timeout
10 s). We measure, in one run, alternating:

* the best candidate alone: wall time of run_plan over it;
* all three: time from the start until the ``Recommended`` event (the GUI's "recommended" and the go-on moment).

ratio = time to the recommendation / best alone (target <= 1.2); the whole run (until the hung one gives up or is
cancelled) is printed for comparison.

    .venv/bin/python bench/early_recommendation.py [--delay 0.06] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fixtures.smtp_server import DroppingListener, SmtpServer, TestCA  # noqa: E402
from wizard.core.cancel import CancelToken  # noqa: E402
from wizard.core.model import Auth, RelaySetting, Security  # noqa: E402
from wizard.core.secrets import Secret  # noqa: E402
from wizard.core.smtp.probing import Entry, ProbeOptions, Recommended, run_plan  # noqa: E402
from wizard.core.smtp.result import Timeouts  # noqa: E402

USERS = {"taro": "pw"}


def entry(i: int, srv, security: Security) -> Entry:
    return Entry(i, f"e{i}", RelaySetting(srv.host, srv.port, security, Auth.AUTO, "taro"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--delay", type=float, default=0.06, help="seconds before every reply of the best server (0.06)")
    ap.add_argument("--rounds", type=int, default=5, help="repetitions; the median is reported (5)")
    args = ap.parse_args()
    ca = TestCA()
    opts = ProbeOptions(sender="info@example.jp", password=Secret("pw"), ca_file=ca.pem,
                        timeouts=Timeouts(connect=10.0, read=5.0))
    alone, to_rec, whole = [], [], []
    with SmtpServer(ca, "tls", users=USERS, delay=args.delay) as best, DroppingListener() as hung, \
            SmtpServer(ca, "starttls", users=USERS) as lower:
        entries = [entry(0, best, Security.TLS), entry(1, lower, Security.STARTTLS), entry(2, hung, Security.STARTTLS)]
        run_plan(entries[:1], opts)  # warm up (TLS contexts, imports)
        for _ in range(args.rounds):
            t = time.perf_counter()
            run_plan(entries[:1], opts)
            alone.append(time.perf_counter() - t)

            token = CancelToken()
            box: dict[str, float] = {}
            t0 = time.perf_counter()

            def progress(e, t0=t0, token=token, box=box):
                if isinstance(e, Recommended) and "rec" not in box:
                    box["rec"] = time.perf_counter() - t0
                    token.cancel()  # the user goes on: the hung candidate is stopped, as the GUI does on Next

            run_plan(entries, opts, cancel=token, progress=progress)
            whole.append(time.perf_counter() - t0)
            if "rec" not in box:
                print("no recommendation arrived")
                return 1
            to_rec.append(box["rec"])
    a, r, w = statistics.median(alone), statistics.median(to_rec), statistics.median(whole)
    ratio = r / a
    print(f"best candidate alone:            {a * 1000:6.0f} ms (median of {args.rounds})")
    print(f"recommendation with all three:   {r * 1000:6.0f} ms (a hung candidate would take 10 s to time out)")
    print(f"whole run, stopped at the recommendation: {w * 1000:6.0f} ms")
    print(f"ratio recommendation / best alone: {ratio:.2f}  (target <= 1.2)  {'OK' if ratio <= 1.2 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
