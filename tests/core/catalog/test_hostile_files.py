"""The loader survives any file in the override folder (issue 14, item 8): each case names the file, the others load."""

from __future__ import annotations

import json
import os
import shutil
import threading

import pytest

from tests.core.catalog.test_catalog import MINIMAL, write
from wizard.cli import main
from wizard.core.catalog.loader import MAX_FILE_BYTES, builtin_dir, load_catalog

GOOD = MINIMAL.format(id="mine", host="smtp.test-isp.example", port=587)


def only_error(cat):
    assert len(cat.errors) == 1, [str(e) for e in cat.errors]
    return cat.errors[0]


@pytest.mark.parametrize("nesting", ["a = " + "[" * 5000 + "]" * 5000, "a = " + "{b = " * 3000 + "1" + "}" * 3000])
def test_deeply_nested_toml_is_one_error_not_an_empty_catalogue(tmp_path, nesting):
    write(tmp_path, "deep.toml", nesting)
    write(tmp_path, "mine.toml", GOOD)
    cat = load_catalog(user=tmp_path)
    err = only_error(cat)
    assert err.path.name == "deep.toml" and "nested too deeply" in str(err)
    assert "mine" in cat.profiles and "ocn" in cat.profiles  # built-ins and the good override survive


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "pipe.toml")
    write(tmp_path, "mine.toml", GOOD)
    done = threading.Event()
    result = {}

    def load():
        result["cat"] = load_catalog(user=tmp_path)
        done.set()

    threading.Thread(target=load, daemon=True).start()
    assert done.wait(10), "the loader hung on a FIFO"
    err = only_error(result["cat"])
    assert err.path.name == "pipe.toml" and "not a regular file" in str(err)
    assert "mine" in result["cat"].profiles


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_behind_a_symlink_is_refused_before_reading(tmp_path):
    os.symlink("/dev/zero", tmp_path / "zero.toml")  # reading it would never end
    err = only_error(load_catalog(user=tmp_path))
    assert err.path.name == "zero.toml" and "not a regular file" in str(err)


def test_size_is_checked_before_reading(tmp_path):
    path = tmp_path / "big.toml"
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: the size alone says no
    err = only_error(load_catalog(user=tmp_path))
    assert err.path.name == "big.toml" and "larger than" in str(err)


def test_utf8_bom_and_upper_case_suffix_are_accepted(tmp_path):
    (tmp_path / "MINE.TOML").write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    cat = load_catalog(user=tmp_path)
    assert cat.errors == [] and cat.get("mine").path.name == "MINE.TOML"


def test_an_isps_path_that_is_a_file_is_reported(tmp_path):
    path = write(tmp_path, "isps", "not a folder")
    cat = load_catalog(user=path)
    err = only_error(cat)
    assert err.path == path and "should be the folder" in str(err)
    assert "ocn" in cat.profiles


def test_a_folder_named_like_a_profile_is_refused(tmp_path):
    (tmp_path / "dir.toml").mkdir()
    err = only_error(load_catalog(user=tmp_path))
    assert err.path.name == "dir.toml" and "not a regular file" in str(err)


def test_check_lists_every_problem_and_exits_1(tmp_path, capsys):
    write(tmp_path, "mine.toml", GOOD)
    write(tmp_path, "port.toml", MINIMAL.format(id="port", host="smtp.test-isp.example", port=99999))
    write(tmp_path, "deep.toml", "a = " + "[" * 5000 + "]" * 5000)
    (tmp_path / "bin.toml").write_bytes(b"\xff\xfe")
    code = main(["--lang", "en", "isps", "--check", str(tmp_path), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert out["profiles"] == ["mine"]
    assert sorted(os.path.basename(e["file"]) for e in out["errors"]) == ["bin.toml", "deep.toml", "port.toml"]
    port = next(e for e in out["errors"] if e["file"].endswith("port.toml"))
    assert port["field"] == "candidates[0].port" and "1 to 65535" in port["message"]


def test_check_of_a_clean_folder_exits_0_and_of_a_missing_one_exits_1(tmp_path, capsys):
    write(tmp_path, "mine.toml", GOOD)
    assert main(["--lang", "en", "isps", "--check", str(tmp_path)]) == 0
    assert "ok  mine" in capsys.readouterr().out
    assert main(["--lang", "en", "isps", "--check", str(tmp_path / "nope")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_a_copy_of_every_builtin_file_checks_clean(tmp_path, capsys):
    for f in builtin_dir().glob("*.toml"):
        shutil.copy(f, tmp_path / f.name)
    assert main(["--lang", "en", "isps", "--check", str(tmp_path)]) == 0, capsys.readouterr().err
