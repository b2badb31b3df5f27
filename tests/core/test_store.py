"""The app's local database (wizard/core/store.py): schema version, transactions, a corrupt file, a crash."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

from wizard.core.store import SCHEMA_VERSION, EvidenceRow, open_store

ROW = EvidenceRow(dt.date(2026, 12, 1), "ocn", "smtp.ocn.ne.jp", 465, "tls", "ok", "accepted", "ocn", 20_000_000)


def test_created_migrated_and_round_trips(tmp_path):
    path = tmp_path / "db.sqlite3"
    with open_store(path) as store:
        assert store.problems == [] and not store.read_only
        assert store.add_evidence([ROW, ROW.__class__(**{**ROW.__dict__, "port": 587, "security": "starttls"})]) == 2
    with open_store(path) as store:
        rows = store.evidence()
        assert [r.port for r in rows] == [587, 465]  # newest first
        assert rows[1] == ROW
        assert store.evidence("au") == []
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_missing_file_is_not_created_for_reading(tmp_path):
    path = tmp_path / "none.sqlite3"
    with open_store(path, create=False) as store:
        assert store.evidence() == [] and store.problems == []
    assert not path.exists()


def test_a_corrupt_file_is_moved_aside_with_a_message(tmp_path):
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with open_store(path) as store:
        assert len(store.problems) == 1
        text = str(store.problems[0])
        assert "damaged" in text and "set aside" in text
        assert store.add_evidence([ROW]) == 1  # a fresh, working file
    aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
    assert aside[0].name in text


def test_a_file_from_a_newer_version_is_only_read(tmp_path):
    path = tmp_path / "db.sqlite3"
    with open_store(path) as store:
        store.add_evidence([ROW])
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.read_only and "newer version" in str(store.problems[0])
        assert store.evidence() == [ROW]
        assert store.add_evidence([ROW]) == 0


def test_a_write_is_all_or_nothing(tmp_path):
    path = tmp_path / "db.sqlite3"
    bad = EvidenceRow(dt.date(2026, 12, 1), "ocn", "h", 70000, "tls", "ok", "accepted")  # port out of range
    with open_store(path) as store:
        assert store.add_evidence([ROW, bad]) == 0
        assert store.evidence() == [] and "cannot be used" in str(store.problems[-1])


WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from wizard.core.store import EvidenceRow, open_store
    store = open_store(sys.argv[1])
    i = 0
    while True:
        i += 1
        store.add_evidence([EvidenceRow(dt.date(2026, 12, 1), "ocn", f"h{i}.example", 465, "tls", "ok", "accepted")])
        print(i, flush=True)
    """
)


def test_a_process_killed_between_writes_loses_at_most_the_write_in_flight(tmp_path):
    path = tmp_path / "db.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                            cwd=os.getcwd())
    committed = 0
    try:
        for line in proc.stdout:
            committed = int(line)
            if committed >= 200:
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        proc.stdout.close()
    with open_store(path) as store:
        assert store.problems == []  # not corrupt: nothing moved aside
        n = len(store.evidence())
    # every write that reported its commit survived; at most the one in flight (and the unread reports) is extra
    assert committed >= 200 and n >= committed
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
