from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO
from wizard import __version__
from wizard.cli import main

from tests.core.catalog.test_catalog import MINIMAL


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"relay-wizard {__version__}"


def test_python_dash_m_and_usage_errors_exit_2_with_one_line():
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "no-such-command"], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "invalid choice" in lines[0] and lines[0].startswith("relay-wizard: error:")


def test_unknown_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["isps", "--yaml"])
    assert info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_isps_json_lists_every_profile_with_sources(capsys):
    code, out, err = run(capsys, "isps", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["errors"] == []
    ids = [p["id"] for p in data["profiles"]]
    assert len(ids) >= 13 and ids[-1] == "other"
    ocn = next(p for p in data["profiles"] if p["id"] == "ocn")
    c = ocn["candidates"][0]
    assert (c["host"], c["port"], c["security"]) == ("smtp.ocn.ne.jp", 465, "tls")
    assert c["sources"][0]["checked"] and c["sources"][0]["url"].startswith("https://")
    assert ocn["limits"]["max_message_mb"]["value"] == 20
    assert ocn["limits"]["max_message_mb"]["verified"] is False


def test_isps_text_table_and_a_broken_user_profile(capsys, user_isp_dir):
    (user_isp_dir / "broken.toml").write_text(MINIMAL.format(id="mine", host="smtp.test-isp.example", port=99999))
    (user_isp_dir / "mine2.toml").write_text(MINIMAL.format(id="mine2", host="smtp.test-isp.example", port=587))
    code, out, err = run(capsys, "isps")
    assert code == 1
    assert "smtp.ocn.ne.jp:465 tls" in out
    assert "mine2" in out and "[custom]" in out
    assert "broken.toml: candidates[0].port: A port is a number from 1 to 65535." in err


def test_isps_errors_are_translated_to_japanese(capsys, user_isp_dir):
    (user_isp_dir / "broken.toml").write_text(MINIMAL.format(id="mine", host="smtp.test-isp.example", port=99999))
    code, out, err = run(capsys, "--lang", "ja", "isps", "--json")
    data = json.loads(out)
    assert code == 1
    assert data["errors"][0]["field"] == "candidates[0].port"
    assert "1〜65535" in data["errors"][0]["message"]


def test_isps_with_no_profile_is_an_error(tmp_path):
    """An installation without its data must not look like a provider-less success."""
    (tmp_path / "isps").mkdir()
    env = dict(os.environ, RELAY_WIZARD_RESOURCES=str(tmp_path), RELAY_WIZARD_LANG="en")
    result = subprocess.run([sys.executable, "-m", "wizard", "isps", "--json"], cwd=REPO, capture_output=True,
                            text=True, timeout=60, env=env)
    assert result.returncode == 1, result.stderr
    assert "No provider profiles were found in" in result.stderr and str(tmp_path / "isps") in result.stderr
