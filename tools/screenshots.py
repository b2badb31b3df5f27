"""Render every wizard page, with real results, to PNG files: `make screenshots` (Japanese, under Xvfb).

    xvfb-run -a .venv/bin/python tools/screenshots.py [--lang ja|en] [--out docs/screenshots]

The wizard runs against the local world of the end-to-end test (tests/fixtures/local_world.py: a DNS server, the
provider's SMTP servers, a provider profile), started here on 127.0.0.1, so every page shows what a user sees after
real checks. HOME and the XDG folders point at a temporary folder: nothing of the real user is read or written, and
no question leaves this machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BOUNCE = """\
This is the mail system at host sv123.rental-sv.jp.

<customer@example.com>: host mx.example.com[192.0.2.25] said: 550 5.7.1
    Service unavailable; Client host [203.0.113.45] blocked using
    zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.45
"""


def isolate_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="relay-wizard-shots-"))
    os.environ["HOME"] = str(home)
    for var, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(home / sub)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never the real keyring
    return home


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="ja", choices=["ja", "en"])
    ap.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    ap.add_argument("--size", default="920x720", help="window size WxH (the wizard's default size)")
    args = ap.parse_args()
    home = isolate_home()

    from PySide6.QtWidgets import QWizard

    from tests.fixtures import local_world as lw
    from tests.fixtures.smtp_server import TestCA
    from wizard.cli import build_parser
    from wizard.cli.gui import wizard_options
    from wizard.core.paths import user_isp_dir
    from wizard.gui.app import ensure_app
    from wizard.gui.language import install_translators
    from wizard.gui.wizard import RelayWizard

    app = ensure_app()
    keep = install_translators(app, args.lang)  # noqa: F841 - keep references
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))
    small = "" if args.size == "920x720" else f"-{args.size}"  # another size: its own file names
    own = "info@山田商店.jp" if args.lang == "ja" else "info@yamada-shoten.jp"
    name = "山田 太郎" if args.lang == "ja" else "Taro Yamada"

    def wait_until(condition, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("screenshots: timed out waiting for a page")
            app.processEvents()
            time.sleep(0.02)
        for _ in range(5):
            app.processEvents()

    def settle(seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def type_into(widget, text: str) -> None:
        widget.setFocus()
        widget.insert(text) if hasattr(widget, "insert") else widget.setPlainText(text)

    with lw.LocalWorld(TestCA(), user_isp_dir(), accept_data="250 2.0.0 Ok: queued as 4Xk9Lm2QzTz1") as world:
        options = wizard_options(build_parser().parse_args(world.gui_args()))
        w = RelayWizard(lang=args.lang, **options)
        w.resize(width, height)
        w.show()
        wait_until(lambda: w.isVisible())
        shots: list[Path] = []

        def shoot(label: str) -> None:
            settle()
            path = out / f"{label}-{args.lang}{small}.png"
            w.grab().save(str(path))
            shots.append(path)
            print(path)

        def next_page() -> None:
            w.button(QWizard.WizardButton.NextButton).click()
            settle(0.1)

        # 1 welcome: the rental server and a returned message, checked
        page = w.currentPage()
        type_into(page.host_edit, lw.RENTAL_HOST)
        page.bounce_edit.setPlainText(BOUNCE)
        type_into(page.resolver_edit, world.dns.address)
        page.check_button.click()
        wait_until(lambda: not page.running)
        page.table.setFocus()
        shoot("01-welcome")
        next_page()

        # 2 provider (preselected from the line) and the own address
        page = w.currentPage()
        type_into(page.address_edit, own)
        page.list.scrollToItem(page.list.currentItem())
        shoot("02-provider")
        next_page()

        # 3 credentials
        world.tls.delay = world.starttls.delay = 0.6  # for the picture of the relay test under way
        page = w.currentPage()
        type_into(page.isp_address_edit, lw.ISP_ADDRESS)
        type_into(page.password_edit, lw.PASSWORD)
        wait_until(lambda: not page.busy())
        shoot("03-credentials")
        next_page()

        # 4 relay test: first under way (the servers answer slowly for a moment), then the results
        page = w.currentPage()
        wait_until(lambda: page.busy.busy and page.rows and "…" in page.rows[0].status.text())
        settle(2.5)
        shoot("04-relay-test-running")
        world.tls.delay = world.starttls.delay = 0.0
        wait_until(lambda: page.plan is not None and not page.running)
        shoot("04-relay-test")
        next_page()

        # 5 domain check, then "Check" after the record was published on one of the two name servers
        page = w.currentPage()
        wait_until(lambda: page.result is not None and not page.job.running)
        shoot("05-domain-check")
        world.publish(page.proposed.toPlainText(), servers=(0,))
        page.propagation_port = world.auth_port
        page.propagation.button.click()
        wait_until(lambda: page.propagation.result is not None and page.propagation.button.isEnabled())
        scroll = page.propagation.parentWidget()
        while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.ensureWidgetVisible(page.propagation)
        shoot("05-domain-check-propagation")
        next_page()

        # 6 export
        page = w.currentPage()
        type_into(page.name_edit, name)
        type_into(page.in_host, "mail.yamada-shoten.jp")
        page.formats.setCurrentRow(0)
        shoot("06-export")
        saved = home / "Documents"
        saved.mkdir(exist_ok=True)
        page.set_checked(["thunderbird-autoconfig", "outlook-prf", "sheet-html"])
        page.save_files({fid: saved / __import__("wizard.core.export", fromlist=["get"]).get(fid).filename(page.inp)
                         for fid in page.checked_formats()})
        next_page()

        # 7 done, then the test message sent and the received message checked
        shoot("07-done")
        page = w.currentPage()
        loop = page.loop
        loop.send_button.click()
        wait_until(lambda: w.state.send_test is not None and loop.send_button.isEnabled())
        own_ascii = w.state.address
        raw = world.tls.messages[0].decode("ascii")
        domain = own_ascii.domain.ascii
        loop.headers_button.click()
        dialog = loop.dialog
        dialog.resize(width - 80, height - 40)
        dialog.source.setPlainText(
            f"Authentication-Results: mx.google.com;\n       spf=pass smtp.mailfrom=info@{domain};\n"
            f"       dmarc=pass (p=QUARANTINE) header.from={domain}\n"
            f"Received: from {lw.RELAY} ({lw.RELAY} [192.0.2.25])\n"
            f"        by mx.google.com with ESMTPS; Tue, 03 Nov 2026 10:00:02 +0900\n" + raw)
        dialog.check_button.click()
        settle()
        path = out / f"08-received-headers-{args.lang}{small}.png"
        dialog.grab().save(str(path))
        shots.append(path)
        print(path)
        dialog.close()
        scroll = loop.parentWidget()
        while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.ensureWidgetVisible(loop.standing_box)
        shoot("07-done-loop")
        w.close()
    print(f"screenshots: {len(shots)} pages in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
