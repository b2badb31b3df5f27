"""Render the "other routes" choice and a service's records list to PNG files (docs/screenshots/).

    xvfb-run -a .venv/bin/python tools/screenshots_routes.py [--lang ja|en] [--out docs/screenshots]

Two pictures, from the local world of tests/fixtures/routes_world.py on 127.0.0.1: the relay-test page after the
provider refused the own domain on every setting (the other routes offered), and the domain-check page for SendGrid
(s1 found with its key, s2 missing with the record to add, the return path waiting for the panel's number). HOME
points at a temporary folder, as in tools/screenshots.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tools.screenshots import isolate_home  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="ja", choices=["ja", "en"])
    ap.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    args = ap.parse_args()
    isolate_home()

    from tests.fixtures.routes_world import ISP_ADDRESS, routes_world
    from tests.fixtures.smtp_server import TestCA
    from wizard.core.catalog.loader import load_catalog
    from wizard.core.inputs.address import parse_address
    from wizard.core.inputs.flow import Step
    from wizard.core.paths import user_isp_dir
    from wizard.core.secrets import Secret
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

    address = "info@山田商店.jp" if args.lang == "ja" else "info@yamada-shoten.jp"
    folder = user_isp_dir()
    folder.mkdir(parents=True, exist_ok=True)
    ca = TestCA()
    with routes_world(ca, folder, parse_address(address).domain.ascii) as (dns, _provider, _service):
        w = RelayWizard(lang=args.lang, catalog=load_catalog())
        st = w.state
        st.resolver = dns.address
        st.isp = st.catalog.get("refuser")
        st.address = parse_address(address)
        st.isp_address = ISP_ADDRESS
        st.set_password(Secret("pw"))
        st.ca_file = ca.pem
        relay = w.page(int(Step.RELAY_TEST))
        w.resize(920, 760)
        w.setStartId(int(Step.RELAY_TEST))
        w.show()
        wait_until(lambda: relay.plan is not None and not relay.running and relay.other_routes.isVisible())
        relay.other_routes.list.setCurrentRow(0)
        shoot(w, "10-other-routes")
        w.close()

        w = RelayWizard(lang=args.lang, catalog=load_catalog())
        st = w.state
        st.resolver = dns.address
        st.isp = st.catalog.get("sendgrid")
        st.address = parse_address(address)
        page = w.page(int(Step.DOMAIN_CHECK))
        w.resize(920, 900)
        w.setStartId(int(Step.DOMAIN_CHECK))
        w.show()
        wait_until(lambda: page.result is not None and page.records.isVisible())
        shoot(w, "11-route-records")
        w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
