from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzzing import fuzz
from wizard.core.inputs.address import AddressError, parse_address, parse_domain, valid_host_name


@pytest.mark.parametrize(
    ("text", "ascii_form", "display"),
    [
        ("taro@example.jp", "taro@example.jp", "taro@example.jp"),
        ("  Taro.Yamada@Example.JP  ", "Taro.Yamada@example.jp", "Taro.Yamada@example.jp"),
        ("taro@例え.jp", "taro@xn--r8jz45g.jp", "taro@例え.jp"),
        ("ｔａｒｏ＠ｅｘａｍｐｌｅ。ｊｐ", "taro@example.jp", "taro@example.jp"),  # full-width letters, @ and 。
        ("taro@example｡jp", "taro@example.jp", "taro@example.jp"),  # half-width ideographic stop
        ("taro@example．jp", "taro@example.jp", "taro@example.jp"),  # full-width full stop
        ("info@株式会社テスト.jp", "info@xn--zckzah9512atxqupmq82a.jp", "info@株式会社テスト.jp"),
        ("a+tag@sub.example.co.jp.", "a+tag@sub.example.co.jp", "a+tag@sub.example.co.jp"),
    ],
)
def test_valid_addresses_are_normalised(text, ascii_form, display):
    addr = parse_address(text)
    assert addr.ascii == ascii_form
    assert addr.display == display


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "Please enter your e-mail address"),
        ("   ", "Please enter your e-mail address"),
        ("taro yamada@example.jp", "must not contain spaces"),
        ("taro.example.jp", "needs an “@”"),
        ("a@b@example.jp", "more than one “@”"),
        ("@example.jp", "before “@” is missing"),
        ("taro@", "domain after “@” is missing"),
        ("山田@example.jp", "half-width letters"),
        ("taro..yamada@example.jp", "not allowed there"),
        (".taro@example.jp", "not allowed there"),
        ("taro@localhost", "not a full domain name"),
        ("taro@example..jp", "empty part between dots"),
        ("taro@-example.jp", "must not start or end with “-”"),
        ("taro@exa_mple.jp", "not allowed in a domain name"),
        ("taro@" + "a" * 64 + ".jp", "too long (at most 63"),
        ("taro@192.168.1.1", "looks like an IP address"),
        ("x" * 65 + "@example.jp", "before “@” is too long"),
        ("taro@" + ".".join(["a" * 50] * 5) + ".jp", "domain name is too long"),
        ("x" * 64 + "@" + ".".join(["a" * 62] * 3) + ".jp", "address is too long"),
    ],
)
def test_invalid_addresses_say_why(text, needle):
    with pytest.raises(AddressError) as info:
        parse_address(text)
    assert needle in str(info.value)
    assert needle in info.value.msg.render()


def test_error_messages_are_translatable_with_their_values():
    with pytest.raises(AddressError) as info:
        parse_address("taro@localhost")
    seen = []

    def tr(context, text):
        seen.append((context, text))
        return "「{domain}」は完全なドメイン名ではありません。"

    assert info.value.msg.render(tr) == "「localhost」は完全なドメイン名ではありません。"
    assert seen[0][0] == "core"


def test_domain_keeps_unicode_for_display_and_ascii_for_dns():
    d = parse_domain("ＥＸＡＭＰＬＥ。例え。ｊｐ")
    assert d.ascii == "example.xn--r8jz45g.jp"
    assert d.unicode == "example.例え.jp"


@fuzz(300)
@given(st.text(max_size=300))
def test_any_text_either_parses_or_raises_address_error(text):
    try:
        addr = parse_address(text)
    except AddressError as exc:
        assert str(exc)
    else:
        assert "@" in addr.ascii and addr.ascii.isascii()
        assert len(addr.ascii) <= 254
        assert parse_address(addr.ascii) == addr  # normalisation is idempotent


@pytest.mark.parametrize(
    ("host", "dotted", "ip", "ok"),
    [
        ("smtp.ocn.ne.jp", True, False, True),
        ("localhost", True, False, False),  # a full name needs a dot
        ("localhost", False, False, True),
        ("192.0.2.1", True, False, False),  # an all-digit top label is an address, not a name
        ("192.0.2.1", True, True, True),
        ("[::1]", True, True, True),
        ("::1", True, False, False),
        ("smtp_bad.example", True, True, False),
        ("-smtp.example.jp", True, False, False),
        ("smtp.example.jp\n", True, False, False),
        ("a" * 63 + ".jp", True, False, True),
        ("a" * 64 + ".jp", True, False, False),
        ((("a" * 62 + ".") * 4) + "jp", False, False, False),  # 254 characters
        ("", False, False, False),
    ],
)
def test_valid_host_name(host, dotted, ip, ok):
    assert valid_host_name(host, dotted=dotted, ip=ip) is ok
