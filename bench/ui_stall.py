"""UI responsiveness: the longest stall of the UI thread while the wizard runs its checks against slow servers.

A QTimer on the UI thread ticks every INTERVAL ms and records the longest gap between two ticks while the wizard
runs, one after another, through its real pages:

1. the welcome page's check (the line's address and reverse name, 16 blocklists x test points),
2. the relay test (three candidates: implicit TLS with login, STARTTLS refusing the sender, a port that drops SYNs),
3. the domain check (SPF include tree, DMARC, the relay's addresses, the proposal).

The servers (aiosmtpd + trustme SMTP, dnslib DNS) answer every question after a delay and run in a separate process,
so that only the app's own work competes with the UI thread. The same timer also measures an idle period first
(the noise floor of this machine).

    .venv/bin/python bench/ui_stall.py [--delay 0.15] [--interval 10] [--rounds 3]

Prints the longest stall (target <= 50 ms), its ratio to the timer interval, and the phase it happened in.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RENTAL = "203.0.113.45"


def serve(delay: float) -> None:
    """Child process: start the servers, print their addresses as JSON, run until stdin closes."""
    from tests.fixtures.dns_server import DnsServer
    from tests.fixtures.dnsbl_data import good_points, line, listing
    from tests.fixtures.domain_zone import ZONE
    from tests.fixtures.smtp_server import DroppingListener, SmtpServer, TestCA
    from tests.fixtures.local_isp import USERS
    from wizard.core.dns.zones import load_zones

    ca = TestCA()
    zone = {**ZONE, ("abc.test-isp.example", "A"): ["127.0.0.1"], **line("203.0.113.80", "p1-ipngn.tokyo.ocn.ne.jp.")}
    for z in load_zones():
        zone.update(good_points(z.zone))
    zone.update(listing(RENTAL, "zen.spamhaus.org", ["127.0.0.2"], "listed"))
    dns = DnsServer(zone, default_delay=delay).start()
    tls = SmtpServer(ca, "tls", users=USERS, delay=delay).start()
    starttls = SmtpServer(ca, "starttls", users=USERS, reject_sender_at_rcpt=True, delay=delay).start()
    blocked = DroppingListener().__enter__()
    # The child writes the local provider's profile (same HOME), so the measured process never imports the test
    # servers (aiosmtpd, trustme and cryptography: about 25 MiB that the app itself does not load).
    from tests.fixtures.local_isp import write_profile
    from wizard.core.paths import user_isp_dir

    user_isp_dir().mkdir(parents=True, exist_ok=True)
    write_profile(user_isp_dir(), tls.port, starttls.port, blocked.port)
    print(json.dumps({"ca": ca.pem, "dns": f"127.0.0.1:{dns.port}", "tls": tls.port, "starttls": starttls.port,
                      "blocked": blocked.port}), flush=True)
    sys.stdin.read()


class StallMeter:
    def __init__(self, interval_ms: int):
        from PySide6.QtCore import QTimer

        self.interval = interval_ms
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = None
        self.phase = "idle"
        self.worst: dict[str, float] = {}

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self.last) * 1000 - self.interval
        self.last = now
        self.worst[self.phase] = max(self.worst.get(self.phase, 0.0), gap)


def run_until(app, condition, timeout: float) -> None:
    """Run the Qt event loop (as app.exec() would) until ``condition()`` holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer()
    check.setInterval(5)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    check.start()
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    check.stop()
    if not condition():
        raise TimeoutError("the check did not finish")


def open_page(app, w, step, meter: StallMeter, phase: str) -> None:
    """Enter ``step`` (its check starts in initializePage); the page switch itself, up to the new page's first
    paint, counts as "page switch", the rest as ``phase``."""
    from wizard.gui.first_paint import FirstPaint

    painted = []
    meter.phase = "page switch"
    w._bench_paint = FirstPaint(w.page(int(step)), lambda: painted.append(True))
    w.setStartId(int(step))
    w.restart()
    run_until(app, lambda: bool(painted), 10)
    meter.phase = phase


def one_round(app, servers: dict, meter: StallMeter, every_page: bool = False) -> None:
    """Diagnosis, relay test and domain check in a new window; with ``every_page`` the export and done pages too."""
    from wizard.core.inputs.address import parse_address
    from wizard.core.catalog.loader import load_catalog
    from wizard.core.dns.zones import load_zones
    from wizard.core.inputs.flow import Step
    from wizard.core.dns.whereami import sources_at
    from wizard.core.smtp.result import Timeouts
    from wizard.core.secrets import Secret
    from wizard.gui.wizard import RelayWizard

    meter.phase = "setup"
    w = RelayWizard(lang="ja", catalog=load_catalog())
    w.show()
    app.processEvents()
    st = w.state

    meter.phase = "diagnosis (blocklists, line)"
    welcome = w.currentPage()
    welcome.ip_sources = sources_at(servers["dns"])
    welcome.zones = load_zones()
    welcome.timeout = 5.0
    welcome.resolver_edit.setText(servers["dns"])
    welcome.host_edit.setText(RENTAL)
    welcome.start_check()
    run_until(app, lambda: not welcome.running, 60)

    st.isp = st.catalog.get("local")
    st.address = parse_address("info@example.co.jp")
    st.isp_address = "taro@abc.test-isp.example"
    st.password = Secret("pw")
    st.ca_file = servers["ca"]
    relay = w.page(int(Step.RELAY_TEST))
    relay.timeouts = Timeouts(connect=1.0, read=5.0)
    open_page(app, w, Step.RELAY_TEST, meter, "relay test (3 candidates)")
    run_until(app, lambda: relay.plan is not None and not relay.running, 60)

    st.isp = st.catalog.get("ocn")
    st.isp_address = "taro@abc.ocn.ne.jp"
    check = w.page(int(Step.DOMAIN_CHECK))
    open_page(app, w, Step.DOMAIN_CHECK, meter, "domain check (SPF, DMARC)")
    run_until(app, lambda: check.job is not None and not check.job.running and check.result is not None, 60)
    if every_page:
        open_page(app, w, Step.EXPORT, meter, "export")
        open_page(app, w, Step.DONE, meter, "done")
    meter.phase = "setup"
    w.close()
    w.deleteLater()
    app.processEvents()


@contextmanager
def local_world(delay: float):
    """A temporary HOME with the local test provider's profile, the servers in another process (``--serve``), and
    the Qt application in Japanese: (app, servers). Also used by bench/memory.py."""
    home = tempfile.mkdtemp(prefix="relay-wizard-bench-")
    os.environ.update(HOME=home, XDG_DATA_HOME=f"{home}/data", XDG_CONFIG_HOME=f"{home}/config",
                      XDG_STATE_HOME=f"{home}/state", XDG_CACHE_HOME=f"{home}/cache")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    child = subprocess.Popen([sys.executable, __file__, "--serve", "--delay", str(delay)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        servers = json.loads(child.stdout.readline())
        from wizard.gui.app import ensure_app
        from wizard.gui.language import set_language

        app = ensure_app()
        set_language("ja")
        yield app, servers
    finally:
        child.stdin.close()
        child.wait(timeout=10)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--delay", type=float, default=0.15, help="seconds before every server answer (0.15)")
    ap.add_argument("--interval", type=int, default=10, help="timer interval in ms (10)")
    ap.add_argument("--rounds", type=int, default=3, help="full runs through the checks (3)")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.delay)
        return 0

    with local_world(args.delay) as (app, servers):
        meter = StallMeter(args.interval)
        meter.start()
        end = time.monotonic() + 1.0
        run_until(app, lambda: time.monotonic() > end, 5)  # idle baseline
        t0 = time.perf_counter()
        for _ in range(args.rounds):
            one_round(app, servers, meter)
        busy = time.perf_counter() - t0

    idle = meter.worst.pop("idle", 0.0)
    meter.worst.pop("setup", None)  # building and closing the window between runs: not a check
    switch = meter.worst.pop("page switch", 0.0)  # Next/Back builds and paints a page: not the checks' doing
    phase, worst = max(meter.worst.items(), key=lambda kv: kv[1])
    print(f"{args.rounds} runs through diagnosis, relay test and domain check ({busy:.1f} s; servers delay every "
          f"answer by {args.delay * 1000:.0f} ms), UI timer every {args.interval} ms:")
    for name, gap in meter.worst.items():
        print(f"  {name}: longest stall {gap:.1f} ms")
    print(f"longest UI stall {worst:.1f} ms in {phase} (target <= 50 ms); ratio to the timer interval "
          f"{(worst + args.interval) / args.interval:.1f}; idle baseline {idle:.1f} ms; "
          f"entering a page (up to its first paint) {switch:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
