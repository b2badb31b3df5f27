"""The watch list and its history (wizard/core/watch/history.py) against a real DNS server on 127.0.0.1 whose
answers change between checks: listed on two lists -> one cleared -> clean; and the CLI's exit codes."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from tests.fixtures.dns_server import SILENT, DnsServer
from tests.fixtures.dnsbl_data import good_points, listing, q
from wizard.cli import main
from wizard.core.dns.zones import load_zones, select_zones
from wizard.core.store import default_path, open_store
from wizard.core.watch import history

RENTAL = "203.0.113.45"
HOST = "sv123.rental.example.jp"
ZONES = select_zones(load_zones(), ["spamhaus-zen", "spamcop"])
POINTS = {k: v for z in ZONES for k, v in good_points(z.zone).items()}
BASE = {(HOST, "A"): [RENTAL], **POINTS}
BOTH = {**BASE, **listing(RENTAL, "zen.spamhaus.org", ["127.0.0.2"]), **listing(RENTAL, "bl.spamcop.net", ["127.0.0.2"])}
ZEN_ONLY = {**BASE, **listing(RENTAL, "zen.spamhaus.org", ["127.0.0.2"])}
CLEAN = dict(BASE)
SILENT_LISTS = {(HOST, "A"): [RENTAL], **{(q(ip, z.zone), "ANY"): SILENT for z in ZONES
                                        for ip in ("127.0.0.2", "127.0.0.1", RENTAL)}}

DAY1 = dt.datetime(2026, 12, 1, 3, 0, tzinfo=dt.UTC)
DAY5 = dt.datetime(2026, 12, 5, 3, 0, tzinfo=dt.UTC)
DAY9 = dt.datetime(2026, 12, 9, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
def server():
    with DnsServer(BOTH) as s:
        yield s


def check(store, server, when, timeout=1.5):
    return history.check_all(store, resolver=server.resolver(timeout), zones=ZONES, timeout=timeout, now=when)


def test_listed_then_partly_cleared_then_clean(tmp_path, server):
    with open_store(tmp_path / "db.sqlite3") as store:
        assert history.add(store, HOST.upper(), note="shop")
        run = check(store, server, DAY1)
        h = run.checks[0].history
        assert run.any_listed and h.first_listed == DAY1
        assert sorted(s.zone for s in h.still_listed) == ["bl.spamcop.net", "zen.spamhaus.org"]
        assert h.cleared == [] and not h.all_clear

        server.load(ZEN_ONLY)
        run = check(store, server, DAY5)
        c = run.checks[0]
        assert c.listed
        assert [s.zone for s in c.history.still_listed] == ["zen.spamhaus.org"]
        assert [(s.zone, s.cleared_at) for s in c.history.cleared] == [("bl.spamcop.net", DAY5)]
        assert c.history.first_listed == DAY1
        news = [m.render() for m in c.news(DAY1)]
        assert news[0] == "SpamCop removed the listing on 12/5."
        assert news[-1].startswith("Still listed on Spamhaus ZEN")

        server.load(SILENT_LISTS)  # nobody answers: nothing clears, nothing is listed anew
        run = check(store, server, DAY5 + dt.timedelta(hours=1), timeout=0.5)
        assert run.nothing_answered and not run.any_listed
        assert [s.zone for s in run.checks[0].history.still_listed] == ["zen.spamhaus.org"]

        server.load(CLEAN)
        run = check(store, server, DAY9)
        h = run.checks[0].history
        assert not run.any_listed and not run.nothing_answered
        assert h.still_listed == [] and h.all_clear and h.first_listed == DAY1
        assert sorted((s.zone, s.cleared_at) for s in h.cleared) == [("bl.spamcop.net", DAY5),
                                                                    ("zen.spamhaus.org", DAY9)]
        assert len(h.checks) == 4
        news = [m.render() for m in run.checks[0].news(DAY5 + dt.timedelta(hours=1))]
        assert len(news) == 2 and "removed the listing on 12/9" in news[0]
        assert news[1] == f"{HOST} is no longer on any blocklist that was checked."


def test_the_banner_text_in_japanese(tmp_path, server):
    from wizard.i18n import make_translate

    with open_store(tmp_path / "db.sqlite3") as store:
        history.add(store, RENTAL)
        check(store, server, DAY1)
        server.load(ZEN_ONLY)
        run = check(store, server, DAY5)
    ja = make_translate("ja")
    text = "".join(m.render(ja) for m in run.checks[0].news(DAY1))
    assert "12月5日に掲載を解除しました。" in text and "Spamhaus ZEN にはまだ掲載されています。" in text


def test_remove_forgets_and_a_bad_target_is_refused(tmp_path):
    from wizard.core.dns.zones import DnsblError

    with open_store(tmp_path / "db.sqlite3") as store:
        history.add(store, RENTAL)
        assert [w.target for w in history.watched(store)] == [RENTAL]
        assert history.remove(store, RENTAL) and not history.remove(store, RENTAL)
        assert history.watched(store) == []
        with pytest.raises(DnsblError):
            history.add(store, "not a host!")


def test_the_old_evidence_file_is_migrated(tmp_path):
    path = tmp_path / "db.sqlite3"
    conn = sqlite3.connect(path)
    from wizard.core.store import MIGRATIONS

    conn.executescript(MIGRATIONS[0])
    conn.execute("INSERT INTO evidence (tested_on, isp_id, host, port, security, verdict, own_domain) "
                 "VALUES ('2026-12-01', 'ocn', 'smtp.ocn.ne.jp', 465, 'tls', 'ok', 'accepted')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.problems == [] and len(store.evidence()) == 1
        assert history.add(store, RENTAL) and history.watched(store)[0].target == RENTAL


WRITER = textwrap.dedent(
    """
    import sys
    from types import SimpleNamespace as NS
    from wizard.core.dns.blocklist import Status, ZoneResult
    from wizard.core.dns.zones import load_zones
    from wizard.core.store import open_store
    from wizard.core.watch import history
    zones = load_zones()
    store = open_store(sys.argv[1])
    history.add(store, "203.0.113.45")
    i = 0
    while True:
        i += 1
        results = tuple(ZoneResult("203.0.113.45", z, Status.LISTED if i % 2 else Status.CLEAN) for z in zones)
        history.record(store, "203.0.113.45", NS(results=results))
        print(i, len(zones), flush=True)
    """
)


def test_a_process_killed_between_writes_keeps_every_whole_check(tmp_path):
    path = tmp_path / "db.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                            cwd=os.getcwd())
    committed, per = 0, 0
    try:
        for line in proc.stdout:
            committed, per = map(int, line.split())
            if committed >= 60:
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        proc.stdout.close()
    with open_store(path) as store:
        assert store.problems == []
        h = history.history(store, RENTAL)
        rows = store.conn.execute("SELECT COUNT(*) FROM watch_check").fetchone()[0]
    assert committed >= 60 and len(h.checks) >= committed
    assert rows == len(h.checks) * per  # whole checks only: a transaction is all or nothing
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- the CLI -------------------------------------------------------------------------------------------------------
def cli(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_add_check_list_remove_and_exit_codes(capsys, server):
    res = ["--resolver", server.address, "--timeout", "1.5", "--zones", "spamhaus-zen,spamcop"]
    assert cli(capsys, "watch", "check", *res)[0] == 2  # nothing watched yet
    code, out, _ = cli(capsys, "watch", "add", HOST, "--note", "shop")
    assert code == 0 and HOST in out and default_path().exists()

    code, out, err = cli(capsys, "watch", "check", "--json", *res)
    assert code == 1, err
    data = json.loads(out)["checks"][0]
    assert data["target"] == HOST and data["listed"] and data["history"]["checks"] == 1
    assert sorted(data["history"]["still_listed"]) == sorted({z.name for z in ZONES})

    server.load(ZEN_ONLY)
    code, out, _ = cli(capsys, "--lang", "ja", "watch", "check", *res)
    assert code == 1 and "掲載を解除しました" in out

    server.load(SILENT_LISTS)
    assert cli(capsys, "watch", "check", "--resolver", server.address, "--timeout", "0.5",
               "--zones", "spamhaus-zen,spamcop")[0] == 3

    server.load(CLEAN)
    code, out, err = cli(capsys, "watch", "check", "--notify", *res)
    # cleared since the last check: a notification is due; this test process has no desktop bus, so it says why
    assert code == 0 and "No desktop notification could be shown" in err
    assert "is no longer on any blocklist" in out

    code, out, _ = cli(capsys, "watch", "list", "--json")
    w = json.loads(out)["watched"][0]
    assert code == 0 and w["note"] == "shop" and w["history"]["checks"] == 4 and w["history"]["all_clear"]
    assert len(w["history"]["cleared"]) == 2
    code, out, _ = cli(capsys, "watch", "list")
    assert code == 0 and "cleared by" in out and "still listed on: -" in out

    assert cli(capsys, "watch", "remove", HOST)[0] == 0
    code, _, err = cli(capsys, "watch", "remove", HOST)
    assert code == 1 and "not on the watch list" in err


@pytest.mark.parametrize("argv", [["watch", "add", "not a host!"], ["watch", "remove", "bad host!"],
                                  ["watch", "check", "--resolver", "dns.google"], ["watch", "check", "--zones", "nope"],
                                  ["watch"]])
def test_cli_usage_errors_exit_2(capsys, argv):
    code, out, err = cli(capsys, *argv)
    assert code == 2 and out == ""


def test_the_server_before_the_change_comes_from_the_thunderbird_backup(tmp_path):
    import shutil
    from pathlib import Path

    from wizard.core.inputs.address import parse_address
    from wizard.core.model import Auth, RelaySetting, Security
    from wizard.core.thunderbird import edit
    from wizard.core.watch import goback

    sample = Path(__file__).parents[2] / "export" / "samples" / "prefs_several_accounts.js"
    profile = tmp_path / "tb"
    profile.mkdir()
    shutil.copy(sample, profile / "prefs.js")
    assert goback.previous(profile) is None and goback.newest_backup(profile) is None  # no change made: nothing
    ocn = RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, "taro@abc.ocn.ne.jp")
    edit.apply(profile, ocn, parse_address("info@例え.jp"), link_identity=True)
    found = goback.previous(profile)
    assert found.setting == RelaySetting("sv1234.xserver.jp", 465, Security.TLS, Auth.AUTO, "info@xn--r8jz45g.jp")
    assert parse_address(found.email).domain.unicode == "例え.jp"
    goback.go_back(profile)
    assert (profile / "prefs.js").read_bytes() == sample.read_bytes() and goback.previous(profile) is None


def test_the_day_agrees_with_cldr_for_every_day_of_a_year():
    """The banner's day (12月5日, 12/5) against CLDR's month-day pattern (Babel), a reference we did not write."""
    from babel.dates import format_skeleton

    from wizard.i18n import make_translate

    ja = make_translate("ja")
    start = dt.datetime(2028, 1, 1, 12, 0).astimezone()  # a leap year, noon local time
    days = [start + dt.timedelta(days=i) for i in range(366)]
    agree_ja = sum(history.date_msg(d).render(ja) == format_skeleton("MMMd", d.date(), locale="ja") for d in days)
    agree_en = sum(history.date_msg(d).render() == format_skeleton("Md", d.date(), locale="en_US") for d in days)
    assert (agree_ja, agree_en) == (366, 366)
