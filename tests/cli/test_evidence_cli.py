"""Live results beat the catalogue (issue 14, items 5-7): `probe --json` names contradicted facts, every finished
probe is remembered, `relay-wizard evidence [--json]` lists it, `evidence export` writes a file the loader reads back."""

from __future__ import annotations

import io
import json
import sys

from tests.fixtures.local_isp import local_isp
from wizard.cli import main
from wizard.core.catalog.loader import load_catalog
from wizard.core.model import SenderRule, SourceKind
from wizard.core.store import default_path


def run(capsys, monkeypatch, *argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def probe_local(capsys, monkeypatch, smtp_ca, *extra):
    return run(
        capsys, monkeypatch,
        "probe", "--isp", "local", "--isp-address", "taro@test-isp.example", "--from", "info@example.jp",
        "--password-stdin", "--ca-file", smtp_ca.pem, "--connect-timeout", "0.5", "--timeout", "2", "--json", *extra,
        stdin="pw\n",
    )


def test_probe_names_contradictions_remembers_and_exports(capsys, monkeypatch, smtp_ca, user_isp_dir, tmp_path):
    assert not default_path().exists()
    with local_isp(smtp_ca, user_isp_dir):
        code, out, err = probe_local(capsys, monkeypatch, smtp_ca)
        assert code == 0, err
        data = json.loads(out)
        # the profile says 25 MB; the test server announces SIZE 20 MiB: the live figure contradicts it
        (size,) = [c for c in data["catalogue_contradictions"] if c["fact"] == "max_message_mb"]
        assert (size["catalogue"], size["live"]) == (25, 20 * 1024 * 1024)
        assert "25 MB" in size["text"] and "announces 20 MB" in size["text"] and size["sources"][0]["key"] == "r"
        assert not [c for c in data["catalogue_contradictions"] if c["fact"] == "own_domain_sender"]  # both agree
        assert "first real message" in data["own_domain_caution"]

        code, out, err = run(capsys, monkeypatch, "evidence", "--json")
        assert code == 0, err
        results = json.loads(out)["results"]
        # the two probed settings (the third was skipped: nothing tested, nothing remembered)
        assert sorted((r["verdict"], r["own_domain"]) for r in results) == [("ok", "accepted"),
                                                                           ("sender_rejected", "refused")]
        assert {r["isp_id"] for r in results} == {"local"} and all(r["host"] == "127.0.0.1" for r in results)
        text = json.dumps(results)
        assert "@" not in text and "pw" not in text.replace("port", "")  # no address, no password

        export = tmp_path / "mine.evidence.json"
        code, out, err = run(capsys, monkeypatch, "evidence", "export", "-o", str(export))
        assert code == 0 and "2 result(s)" in out
        doc = json.loads(export.read_text(encoding="utf-8"))
        assert doc["format"] == "relay-wizard-evidence" and doc["count"] == 2

        # an IT helper drops the file beside the profiles: it becomes dated headers-kind evidence for the facts
        (user_isp_dir / export.name).write_bytes(export.read_bytes())
        cat = load_catalog()
        assert cat.errors == []
        first, second = cat.get("local").candidates[:2]
        assert first.own_domain_sender.value is SenderRule.ALLOWED
        assert first.own_domain_sender.sources[0].kind is SourceKind.HEADERS
        assert first.own_domain_sender.sources[0].as_of is not None
        assert second.own_domain_sender.value is SenderRule.REFUSED


def test_a_bad_evidence_file_is_a_catalogue_error(user_isp_dir):
    (user_isp_dir / "x.evidence.json").write_text('{"format": "something else"}', encoding="utf-8")
    (user_isp_dir / "y.evidence.json").write_text("[" * 100000, encoding="utf-8")
    cat = load_catalog()
    assert sorted(e.path.name for e in cat.errors) == ["x.evidence.json", "y.evidence.json"]
    assert all("not an evidence file" in str(e) for e in cat.errors)
    assert "ocn" in cat.profiles


def test_evidence_unanimous_results_set_an_unknown_fact(user_isp_dir):
    rec = {"tested_on": "2026-11-30", "isp_id": "jcom", "host": "smtpa.jcom.zaq.ne.jp", "port": 465,
           "security": "tls", "verdict": "ok", "own_domain": "accepted", "line_isp": "", "size_limit": None}
    doc = {"format": "relay-wizard-evidence", "version": 1, "exported_on": "2026-12-01", "count": 2,
           "records": [rec, {**rec, "tested_on": "2026-12-01"}]}
    (user_isp_dir / "a.evidence.json").write_text(json.dumps(doc), encoding="utf-8")
    cat = load_catalog()
    fact = cat.get("jcom").candidates[0].own_domain_sender
    assert fact.value is SenderRule.ALLOWED and fact.sources[0].as_of.isoformat() == "2026-12-01"
    # disagreeing results decide nothing
    doc["records"].append({**rec, "own_domain": "refused", "verdict": "sender_rejected"})
    (user_isp_dir / "a.evidence.json").write_text(json.dumps(doc), encoding="utf-8")
    assert load_catalog().get("jcom").candidates[0].own_domain_sender.value is SenderRule.UNKNOWN


def test_evidence_listing_without_a_file_creates_nothing(capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, "evidence")
    assert code == 0 and "No live-test results" in out
    assert not default_path().exists()
