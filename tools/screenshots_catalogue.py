"""Render the catalogue's confidence, its errors and the live-result contradictions to PNG files (docs/screenshots/).

    xvfb-run -a .venv/bin/python tools/screenshots_catalogue.py [--lang ja|en] [--out docs/screenshots]

Two pictures: the provider page with OCN chosen (its facts in plain words, "last tested from this computer") and a
broken file in the profile folder (the catalogue error it shows); the relay-test page against the local test
provider of tests/fixtures/local_isp.py on 127.0.0.1, whose 25 MB limit the server's SIZE contradicts. HOME points at
a temporary folder, as in tools/screenshots.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tools.screenshots import isolate_home  # noqa: E402

BROKEN = """\
schema = 2
id = "mine"
name = { ja = "社内用", en = "In-house" }
domains = ["mine.example"]
source = "r"

[[candidates]]
host = "smtp.mine.example"
port = 99999
security = "tls"
auth = "auto"
username = "{address}"
source = "r"
own_domain_sender = { value = "unknown", source = "r" }
own_lines_only = { value = "unknown", source = "r" }

[refs.r]
url = "https://mine.example/"
kind = "official"
as_of = "undated"
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="ja", choices=["ja", "en"])
    ap.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    args = ap.parse_args()
    isolate_home()

    from tests.fixtures.dns_server import DnsServer
    from tests.fixtures.local_isp import local_isp
    from tests.fixtures.smtp_server import TestCA
    from wizard.core.catalog.loader import load_catalog
    from wizard.core.inputs.address import parse_address
    from wizard.core.inputs.flow import Step
    from wizard.core.paths import user_isp_dir
    from wizard.core.secrets import Secret
    from wizard.core.smtp.result import Timeouts
    from wizard.core.store import EvidenceRow, open_store
    from wizard.gui.app import ensure_app
    from wizard.gui.language import install_translators
    from wizard.gui.wizard import RelayWizard

    app = ensure_app()
    keep = install_translators(app, args.lang)  # noqa: F841 - keep references
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def wait_until(condition, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("screenshots: timed out")
            app.processEvents()
            time.sleep(0.02)
        for _ in range(10):
            app.processEvents()
            time.sleep(0.02)

    def shoot(w, label: str) -> None:
        wait_until(lambda: True)
        path = out / f"{label}-{args.lang}.png"
        w.grab().save(str(path))
        print(path)

    folder = user_isp_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.toml").write_text(BROKEN, encoding="utf-8")
    import datetime as dt

    with open_store() as store:  # one earlier run from this computer
        store.add_evidence([EvidenceRow(dt.date(2026, 11, 30), "ocn", "smtp.ocn.ne.jp", 465, "tls", "ok", "accepted",
                                        "ocn", 20_000_000)])

    w = RelayWizard(lang=args.lang, catalog=load_catalog())
    w.resize(920, 720)
    w.setStartId(int(Step.PROVIDER))
    w.show()
    wait_until(lambda: w.isVisible())
    page = w.currentPage()
    page.address_edit.insert("info@山田商店.jp" if args.lang == "ja" else "info@yamada-shoten.jp")
    page.select_provider("ocn")
    wait_until(lambda: "2026-11-30" in page.confidence.text())
    shoot(w, "08-provider-confidence")
    w.close()
    (folder / "mine.toml").unlink()

    ca = TestCA()
    with DnsServer({("abc.test-isp.example", "A"): ["127.0.0.1"]}) as dns, local_isp(ca, folder):
        w = RelayWizard(lang=args.lang, catalog=load_catalog())
        st = w.state
        st.resolver = dns.address
        st.isp = st.catalog.get("local")
        st.address = parse_address("info@example.jp")
        st.isp_address = "taro@test-isp.example"
        st.password = Secret("pw")
        st.ca_file = ca.pem
        relay = w.page(int(Step.RELAY_TEST))
        relay.timeouts = Timeouts(connect=0.5, read=2.0)
        w.resize(920, 720)
        w.setStartId(int(Step.RELAY_TEST))
        w.show()
        wait_until(lambda: relay.plan is not None and not relay.running)
        shoot(w, "09-relay-contradictions")
        w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
