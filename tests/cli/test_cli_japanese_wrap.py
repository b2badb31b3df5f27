"""The CLI under a Japanese locale: Japanese labels, and lines broken between phrases (BudouX), never inside a word
such as 設定 or "25 番ポート", each line within the terminal width. Widths are checked against the standard library's
own East Asian Width table (unicodedata), not against the wcwidth the wrapper uses."""

from __future__ import annotations

import io
import re
import sys
import unicodedata

import pytest

from tests.fixtures.smtp_server import SmtpServer
from wizard.cli import main
from wizard.cli.common import wrap

TEXTS = [
    "25 番ポートは、お使いの回線ではふさがれています。587 番ポートの設定を使ってください。",
    "送信サーバーの設定: smtp.example.jp、ポート 587 (STARTTLS)。ログイン名とパスワードの設定を確かめてください。",
    "レンタルサーバーのアドレスが 2 つのブラックリストに載っています。解除されるまでは、プロバイダーのサーバーから送ることができます。",
]
WORDS = ["設定", "25 番ポート", "587 番ポート", "パスワード", "ブラックリスト", "プロバイダー"]


def columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@pytest.mark.parametrize("width", [14, 18, 24, 30, 40, 60, 100])
@pytest.mark.parametrize("text", TEXTS)
def test_wrap_keeps_words_whole_and_lines_short(text, width):
    lines = wrap(text, width)
    assert len(lines) >= (2 if columns(text) > width else 1)
    for line in lines:
        assert columns(line) <= width, (width, line)
        assert line == line.strip() and line
        assert not line.startswith(("、", "。", ")", "」")), line  # no line starts with a lone mark
    # nothing lost: the lines joined give the text back (a break may take the space at it)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for word in WORDS:
        if word in text and columns(word) <= width:
            assert sum(line.count(word) for line in lines) == text.count(word), (word, lines)


def test_english_text_wraps_at_spaces_as_before():
    import textwrap

    text = "The server refused the login: check the user name and the password, then test again."
    assert wrap(text, 30) == textwrap.wrap(text, 30)


def test_probe_under_a_japanese_locale_prints_japanese_labels(capsys, monkeypatch, smtp_ca):
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "RELAY_WIZARD_LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COLUMNS", "60")
    with SmtpServer(smtp_ca, "starttls", users={"taro": "pw"}) as srv:
        monkeypatch.setattr(sys, "stdin", io.StringIO("wrong\n"))
        code = main(["probe", "--host", srv.host, "--port", str(srv.port), "--security", "starttls",
                     "--from", "info@example.jp", "--user", "taro", "--password-stdin", "--ca-file", smtp_ca.pem,
                     "--timeout", "2"])
    out = capsys.readouterr().out
    assert code == 1
    assert "この回線で使える設定はありません。" in out
    assert "設定 1 件をテストしています" in out.replace("\n", "")
    assert "No setting works" not in out and "Testing 1 setting" not in out
    japanese = [line for line in out.splitlines() if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", line)]
    assert japanese
    for line in japanese:
        if "  " not in line.strip():  # the wrapped sentences (the table rows are columns of their own)
            assert columns(line) <= 60, line
