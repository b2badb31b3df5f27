"""Render the watch banner (docs/WATCH.md) to PNG files in docs/screenshots/.

    xvfb-run -a .venv/bin/python tools/screenshots_watch.py [--lang ja|en] [--out docs/screenshots]

Two pictures of the first page against a local DNS server on 127.0.0.1 whose answers change between two starts:
"partly cleared" (SpamCop cleared, Spamhaus ZEN still lists the rental server) and "all clear" with the offer to
switch a Thunderbird profile (a copy of tests/export/samples/prefs_several_accounts.js) back; then the delisting kit
dialog for an Xserver-like server (the DNS world of tests/cli/test_blocklist_letter.py), watched for two weeks. HOME points at a
temporary folder, as in tools/screenshots.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
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
    home = isolate_home()

    from tests.core.watch.test_history import BOTH, CLEAN, HOST, ZEN_ONLY, ZONES
    from tests.fixtures.dns_server import DnsServer
    from wizard.core.inputs.address import parse_address
    from wizard.core.model import Auth, RelaySetting, Security
    from wizard.core.store import open_store
    from wizard.core.thunderbird import edit
    from wizard.core.watch import history
    from wizard.gui.app import ensure_app
    from wizard.gui.language import set_language
    from wizard.gui.wizard import RelayWizard

    app = ensure_app()
    set_language(args.lang)
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

    profile = home / "thunderbird"
    profile.mkdir()
    shutil.copy(REPO / "tests" / "export" / "samples" / "prefs_several_accounts.js", profile / "prefs.js")
    edit.apply(profile, RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, "taro@abc.ocn.ne.jp"),
               parse_address("info@例え.jp"), link_identity=True)

    with DnsServer(BOTH) as dns:
        with open_store() as store:  # the start a week ago: listed on both lists, and shown
            history.add(store, HOST, tb_profile=str(profile))
            run = history.check_all(store, resolver=dns.resolver(1.5), zones=ZONES, timeout=1.5,
                                    now=dt.datetime.now(dt.UTC) - dt.timedelta(days=7))
            history.mark_seen(store, HOST, run.checks[0].checked_at)
        for world, label in ((ZEN_ONLY, "10-watch-partly-cleared"), (CLEAN, "11-watch-all-clear")):
            dns.load(world)
            w = RelayWizard(lang=args.lang)
            w.state.resolver = dns.address
            page = w.currentPage() or w.page(w.startId())
            page.zones, page.timeout = ZONES, 1.5
            w.resize(920, 720)
            w.show()
            wait_until(lambda: page.watch_banner.isVisible())
            page.resolver_edit.clear()  # the banner's check used the state's resolver; the field is for the user
            wait_until(lambda: True)
            path = out / f"{label}-{args.lang}.png"
            w.grab().save(str(path))
            print(path)
            w.close()
    print(kit_picture(args, out, wait_until))
    return 0


def kit_picture(args, out: Path, wait_until) -> Path:
    """The first page checked an Xserver-like server named in a pasted bounce; its delisting kit dialog."""
    from tests.cli.test_blocklist_letter import BOUNCES, HOST, ZONE
    from tests.fixtures.dns_server import DnsServer
    from wizard.core.dns.whereami import sources_at
    from wizard.core.dns.zones import load_zones, select_zones
    from wizard.core.store import open_store
    from wizard.core.watch import history
    from wizard.gui.wizard import RelayWizard

    zones = select_zones(load_zones(), ["spamhaus-zen", "spamcop"])
    with DnsServer(ZONE) as dns:
        with open_store() as store:  # watched for two weeks: the letter says since when
            history.add(store, HOST)
            history.check_all(store, resolver=dns.resolver(1.5), zones=zones, timeout=1.5,
                              now=dt.datetime.now(dt.UTC) - dt.timedelta(days=14))
        w = RelayWizard(lang=args.lang)
        page = w.currentPage() or w.page(w.startId())
        page.ip_sources, page.zones, page.timeout = sources_at(dns.address), zones, 1.5
        w.show()
        page.resolver_edit.setText(dns.address)
        page.host_edit.setText(HOST)
        page.bounce_edit.setPlainText((BOUNCES / "postfix-spamhaus.eml").read_text(encoding="utf-8"))
        page.start_check()
        wait_until(lambda: not page.running and page.kit_button.isVisible())
        page.kit_button.click()
        dialog = page.kit_dialog
        dialog.resize(860, 760)
        wait_until(lambda: dialog.prepared is not None)
        path = out / f"12-delisting-kit-{args.lang}.png"
        dialog.grab().save(str(path))
        dialog.close()
        w.close()
    return path


if __name__ == "__main__":
    sys.exit(main())
