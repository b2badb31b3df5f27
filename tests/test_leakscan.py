"""The leak scanner finds the sentinel in every form it claims, and nothing in clean data."""

from __future__ import annotations

import base64
import json
import zipfile
from urllib.parse import quote, quote_plus

import pytest

from tests.leakscan import assert_no_leak, files_scanned, forms, scan

SENTINEL = "Sentinel-Pässwort/+=&9 QxZ"
USER = "taro@abc.ocn.ne.jp"


@pytest.mark.parametrize("prefix", [b"", b"a", b"ab", b"abc", b"\0taro\0"])
def test_base64_found_at_every_alignment(prefix):
    blob = base64.b64encode(prefix + SENTINEL.encode() + b"tail")
    leaks = scan(SENTINEL, texts={"t": b"AUTH X " + blob})
    assert leaks and leaks[0].form.startswith("base64")


@pytest.mark.parametrize(
    ("text", "form"),
    [
        (SENTINEL, "plain"),
        (SENTINEL.encode("utf-16-le"), "utf-16-le"),
        (SENTINEL.encode("utf-16-be"), "utf-16-be"),
        (quote(SENTINEL, safe=""), "url-encoded"),
        (quote_plus(SENTINEL), "url-encoded (+)"),
        (json.dumps({"p": SENTINEL}), "json \\u escapes"),
        (SENTINEL.encode().hex(), "hex"),
        (base64.urlsafe_b64encode(b"x" + SENTINEL.encode()).decode(), "base64"),  # base64url where it differs
        (base64.b64encode(b"\0" + USER.encode() + b"\0" + SENTINEL.encode()).decode(), "AUTH PLAIN"),
    ],
)
def test_each_form_is_found(text, form):
    leaks = scan(SENTINEL, texts={"captured": text}, users=[USER])
    assert any(leak.form.startswith(form) for leak in leaks), leaks


def test_files_zip_members_and_hidden_folders(tmp_path):
    (tmp_path / ".config" / "app").mkdir(parents=True)
    (tmp_path / ".config" / "app" / "settings.ini").write_text("user=taro\n")
    (tmp_path / "clean.txt").write_text("nothing here")
    with zipfile.ZipFile(tmp_path / "export.zip", "w") as zf:
        zf.writestr("inner/prefs.js", f'user_pref("pw", "{SENTINEL}");')
    with zipfile.ZipFile(tmp_path / "packed.zip", "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("x.txt", "clean " * 100)
    assert files_scanned([tmp_path]) == 4
    leaks = scan(SENTINEL, paths=[tmp_path])
    assert {(leak.where.replace(f"{tmp_path}/", ""), leak.form) for leak in leaks} == {
        ("export.zip", "plain"),  # stored, not compressed: in the raw file too
        ("export.zip!inner/prefs.js", "plain"),
    }
    (tmp_path / ".config" / "app" / "settings.ini").write_text(f"password={SENTINEL}\n")
    assert any(leak.where.endswith("settings.ini") for leak in scan(SENTINEL, paths=[tmp_path]))


def test_clean_data_has_no_leak(tmp_path):
    (tmp_path / "a.bin").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "b.txt").write_text(base64.b64encode(b"another password entirely " * 20).decode())
    assert_no_leak(SENTINEL, paths=[tmp_path], texts={"out": "Secret('***')"}, users=[USER])


def test_short_sentinels_are_refused():
    with pytest.raises(ValueError):
        forms("short")


def test_assert_no_leak_reports_where_and_how():
    with pytest.raises(AssertionError) as info:
        assert_no_leak(SENTINEL, texts={"stderr": "oops " + SENTINEL})
    assert "stderr @5: plain" in str(info.value)
