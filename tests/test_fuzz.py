"""Fuzzing the parsers that read what others wrote (issue 9): the SMTP reply parser, the SPF record parser, the bounce
reader, the ISP profile loader and the prefs.js editor. Hypothesis property tests; the example counts are bounded in
``make test`` and multiplied under ``make fuzz`` (tests/fuzzing.py). The bounce reader and the profile loader have
more fuzz tests beside their unit tests (tests/core/diagnosis/test_bounce.py, tests/core/catalog/test_catalog.py).
"""

from __future__ import annotations


from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

from tests.fuzzing import fuzz
from wizard.core.spf.record import parse_record, split_strings
from wizard.core.diagnosis.bounce import read_bounce
from wizard.core.catalog.loader import builtin_dir, load_profile, profile_as_dict
from wizard.core.thunderbird import edit, errors, prefs_js
from wizard.core.smtp.replies import MAX_LINE, MAX_LINES, ReplyError, ReplyParser, extensions, size_limit

# -- SMTP replies -------------------------------------------------------------------------------------------------------

reply_line = st.builds(
    lambda code, sep, text, end: f"{code}{sep}{text}".encode("utf-8", "surrogatepass") + end,
    st.integers(0, 999).map(lambda n: f"{n:03d}") | st.sampled_from(["250", "220", "421", "2x0", "\u0662\u0665\u0660", ""]),
    st.sampled_from([" ", "-", "", "_", "--"]),
    st.text(max_size=60),
    st.sampled_from([b"\r\n", b"\n", b"\r", b""]),
)
server_bytes = st.lists(reply_line | st.binary(max_size=120), max_size=40).map(b"".join)


def parse_all(data: bytes, cuts: list[int], max_line: int, max_lines: int):
    """Feed ``data`` in pieces cut at ``cuts``; the replies until the first error, and that error's text."""
    parser = ReplyParser(max_line=max_line, max_lines=max_lines)
    replies, error = [], None
    bounds = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    for a, b in zip(bounds, bounds[1:]):
        parser.feed(data[a:b])
        try:
            while (reply := parser.next_reply()) is not None:
                replies.append(reply)
        except ReplyError as exc:
            error = exc.why.render()
            break
        assert len(parser.buf) < max(max_line, b - a + 1) + max_line  # what waits for a line end stays bounded
    return replies, error


@fuzz(400)
@given(server_bytes, st.lists(st.integers(0, 10_000), max_size=12), st.sampled_from([(MAX_LINE, MAX_LINES), (40, 3)]))
def test_reply_parser_any_bytes_in_any_pieces(data, cuts, limits):
    max_line, max_lines = limits
    replies, error = parse_all(data, cuts, max_line, max_lines)
    # the same bytes in one piece give the same replies and the same error: no state leaks across reads
    assert (replies, error) == parse_all(data, [], max_line, max_lines)
    for code, lines in replies:
        assert 200 <= code <= 599
        assert 1 <= len(lines) <= max_lines
        for line in lines:
            assert line[:3] == str(code) and len(line.encode("utf-8", "surrogatepass")) <= 4 * max_line
            assert line.replace("\t", "").isprintable()  # no terminal escapes reach a transcript (tabs stay)
        assert all(line[3:4] == "-" for line in lines[:-1]) and lines[-1][3:4] in ("", " ")


@fuzz(200)
@given(st.lists(st.tuples(st.sampled_from([220, 250, 334, 421, 535, 554]),
                          st.lists(st.text(st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp",
                                                                                "Zs"), whitelist_characters=" "),
                                           max_size=50),
                                   min_size=1, max_size=8)), max_size=6))
def test_well_formed_replies_come_back_exactly(replies):
    wire = b"".join(
        "".join(f"{code}{'-' if i < len(lines) - 1 else ' '}{text}\r\n" for i, text in enumerate(lines)).encode()
        for code, lines in replies
    )
    got, error = parse_all(wire, [7, 31, 64], MAX_LINE, MAX_LINES)
    assert error is None
    assert [(c, [ln[4:] for ln in lines]) for c, lines in got] == [(c, [t.rstrip("\r\n") for t in ls]) for c, ls in replies]


@fuzz(300)
@given(st.text(max_size=400))
def test_ehlo_extensions_never_raise(text):
    ext = extensions(text)
    limit = size_limit(ext)
    assert limit is None or 0 <= limit < 10**15


# -- SPF records --------------------------------------------------------------------------------------------------------

# RFC 7208 domain-spec: the top label has a letter ("include:0.0" is a syntax error)
domain = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?){0,2}\.[a-z][a-z0-9]{1,5}",
                       fullmatch=True)
term = st.one_of(
    st.builds(lambda q, d: f"{q}include:{d}", st.sampled_from(["", "+", "-", "~", "?"]), domain),
    st.builds(lambda q, m, d: f"{q}{m}" + (f":{d}" if d else ""), st.sampled_from(["", "-", "~"]),
              st.sampled_from(["a", "mx"]), st.none() | domain),
    st.builds(lambda a, n: f"ip4:{a}/{n}", st.ip_addresses(v=4).map(str), st.integers(8, 32)),
    st.builds(lambda a: f"ip6:{a}", st.ip_addresses(v=6).map(str)),
    st.builds(lambda d: f"exists:{d}", domain),
)


@fuzz(300)
@given(st.text(max_size=300) | st.lists(st.text(max_size=20)).map(" ".join).map(lambda s: "v=spf1 " + s))
def test_spf_parser_never_raises(text):
    parsed = parse_record(text)
    for t in parsed.terms:
        assert t.text in text
    for p in parsed.problems:
        assert p.msg.render()


@fuzz(150)
@given(st.lists(term, max_size=15), st.sampled_from(["-all", "~all", "?all", ""]), st.none() | domain)
def test_valid_spf_records_parse_cleanly_and_split_back(terms, final, redirect):
    words = list(terms) + ([final] if final else []) + ([f"redirect={redirect}"] if redirect and not final else [])
    record = " ".join(["v=spf1", *words])
    parsed = parse_record(record)
    assert parsed.problems == ()
    assert [t.text for t in parsed.terms] == words
    strings = split_strings(record)
    assert "".join(strings) == record and all(len(s) <= 255 for s in strings)


# -- bounces ------------------------------------------------------------------------------------------------------------

header = st.tuples(st.sampled_from(["Content-Type", "Content-Transfer-Encoding", "Reporting-MTA", "Remote-MTA",
                                    "Diagnostic-Code", "Final-Recipient", "Status", "Subject", "X-Junk"]),
                   st.text(max_size=60))


@fuzz(200)
@given(st.lists(header, max_size=8), st.lists(st.text(max_size=120), max_size=6), st.sampled_from(["b", "=_x", ""]))
def test_bounce_reader_never_raises_on_mime_shaped_junk(headers, parts, boundary):
    head = "".join(f"{k}: {v}\n" for k, v in headers)
    body = "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"
    text = f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{boundary}\"\n{head}\n{body}"
    for source in (text, text.encode("utf-8", "surrogatepass")):
        report = read_bounce(source)
        for ip in report.blocked_ips:
            import ipaddress

            ipaddress.ip_address(ip)
        assert report.advice.render()


# -- ISP profiles from the user's override folder ------------------------------------------------------------------------

PROFILES = sorted(builtin_dir().glob("*.toml"))
_SCRATCH: dict[int, Path] = {}


def _scratch(factory) -> Path:
    """One folder per test session for the examples (a fresh folder per example costs more than the example)."""
    key = id(factory)
    if key not in _SCRATCH:
        _SCRATCH[key] = factory.mktemp("fuzz")
    return _SCRATCH[key]


@fuzz(120)
@given(st.sampled_from(PROFILES), st.randoms(use_true_random=False), st.integers(1, 6),
       st.one_of(st.integers(-10**20, 10**20), st.text(max_size=40), st.booleans(), st.just("[[x]]"), st.just('"""')))
def test_mutated_real_profiles_load_or_say_why(tmp_path_factory, source, rnd, mutations, junk):
    lines = source.read_text(encoding="utf-8").splitlines()
    for _ in range(mutations):
        i = rnd.randrange(len(lines))
        action = rnd.choice(["drop", "dup", "value", "junk", "swap"])
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "value" and "=" in lines[i]:
            key = lines[i].split("=", 1)[0]
            lines[i] = f"{key}= {junk!r}" if not isinstance(junk, str) else f"{key}= {junk}"
        elif action == "junk":
            lines.insert(i, str(junk))
        else:
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        if not lines:
            lines = [""]
    path = _scratch(tmp_path_factory) / "fuzz.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        profile = load_profile(path)
    except Exception as exc:  # noqa: BLE001 - only the loader's own error is allowed, with a message
        assert type(exc).__name__ == "_Invalid", repr(exc)
        assert exc.msg.render()
        return
    assert profile_as_dict(profile)["id"]
    for c in profile.candidates:
        assert 1 <= c.setting.port <= 65535


# -- prefs.js -----------------------------------------------------------------------------------------------------------

pref_name = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)
pref_value = st.one_of(st.integers(-2**31, 2**31 - 1), st.booleans(), st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
plain_line = st.one_of(
    st.just("// Mozilla User Preferences"),
    st.just(""),
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
            max_size=50).filter(lambda t: "/*" not in t),
)
other_line = plain_line | st.sampled_from([
    '/* a block comment\n user_pref("inside.comment", 1);\n*/',
    '/* one-line comment */ user_pref("after.comment", 2);',
])


@st.composite
def prefs_file(draw):
    names = draw(st.lists(pref_name, min_size=0, max_size=12))
    lines = []
    for name in names:
        for _ in range(draw(st.integers(0, 2))):
            lines.append(draw(other_line))
        lines.append(f"user_pref({prefs_js.js_value(name)}, {prefs_js.js_value(draw(pref_value))});")
    lines += draw(st.lists(other_line, max_size=3))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join(lines) + draw(st.sampled_from([newline, ""]))
    return text, names


@fuzz(300)
@given(prefs_file(), st.data())
def test_prefs_editor_keeps_every_unrelated_line_byte_for_byte(file, data):
    text, names = file
    prefs = prefs_js.Prefs(text)
    assume(not prefs.open_comment)  # a file that ends inside /* is refused as a whole (test below)
    before_lines = list(prefs.lines)
    before_values = dict(prefs.values)
    name = data.draw(st.sampled_from(names) | pref_name if names else pref_name)
    value = data.draw(pref_value)
    changed = prefs.set(name, value)
    after = prefs.text()
    after_lines = after.splitlines(keepends=True)
    target = prefs.index[name]
    # every other line is the same, byte for byte, in the same place; new lines only at the end
    for i, line in enumerate(before_lines):
        if i != target:
            expected = line if i != len(before_lines) - 1 or line.endswith("\n") or target < len(before_lines) else line + prefs.newline
            assert after_lines[i] == expected
    assert len(after_lines) in (len(before_lines), len(before_lines) + 1)
    reread = prefs_js.Prefs(after)
    assert reread.get(name) == value and type(reread.get(name)) is type(value)
    others = {k: v for k, v in before_values.items() if k != name}
    assert {k: v for k, v in reread.values.items() if k != name} == others
    assert changed or before_values.get(name) == value
    # bytes that are not UTF-8 in the file survive the round trip as well
    raw = after.encode("utf-8") + b"\xff\xfe junk\n"
    assert prefs_js.encode(prefs_js.Prefs(prefs_js.decode(raw)).text()) == raw


@fuzz(100)
@given(st.lists(plain_line, max_size=8), st.randoms(use_true_random=False))
def test_a_real_profile_with_junk_between_its_lines_keeps_the_junk(tmp_path_factory, junk, rnd):
    sample = (Path(__file__).parent / "export" / "samples" / "prefs_several_accounts.js").read_text(encoding="utf-8")
    lines = sample.splitlines(keepends=True)
    for j in junk:
        lines.insert(rnd.randrange(len(lines) + 1), j + "\n")
    profile = _scratch(tmp_path_factory)
    (profile / "prefs.js").write_text("".join(lines), encoding="utf-8")
    from wizard.core.inputs.address import parse_address
    from wizard.core.model import Auth, RelaySetting, Security

    plan = edit.plan_apply(profile, RelaySetting("smtp.ocn.ne.jp", 587, Security.STARTTLS, Auth.AUTO, "taro@abc.ocn.ne.jp"),
                         parse_address("info@例え.jp"), link_identity=True)
    old, new = plan.old_text.splitlines(keepends=True), plan.new_text.splitlines(keepends=True)
    touched = {c.name for c in plan.changes}
    before = prefs_js.Prefs(plan.old_text)
    changed_lines = {before.index[n] for n in touched if n in before.index}
    for i, line in enumerate(old):
        if i not in changed_lines:
            assert new[i] == line
    assert prefs_js.Prefs(plan.new_text).values.keys() >= before.values.keys()


def test_a_prefs_js_that_ends_inside_a_comment_is_refused(tmp_path):
    """Lines appended after an unterminated /* would be inside the comment: the change would silently do nothing."""
    (tmp_path / "prefs.js").write_text('user_pref("a", 1);\n/* never closed\nuser_pref("b", 2);\n', encoding="utf-8")
    from wizard.core.inputs.address import parse_address
    from wizard.core.model import Auth, RelaySetting, Security

    import pytest

    with pytest.raises(errors.ThunderbirdError, match="comment"):
        edit.plan_apply(tmp_path, RelaySetting("smtp.ocn.ne.jp", 587, Security.STARTTLS, Auth.AUTO, "taro"),
                      parse_address("info@example.jp"))


def test_found_by_fuzzing_a_profile_error_whose_text_could_not_be_rendered(tmp_path):
    """make fuzz found it: "such as {address}" in a message made rendering it raise KeyError."""
    from wizard.core.catalog.loader import load_catalog

    text = (builtin_dir() / "asahinet.toml").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.strip().startswith("username")]
    (tmp_path / "asahinet.toml").write_text("\n".join(lines), encoding="utf-8")
    cat = load_catalog(builtin=tmp_path, user=None)
    assert cat.errors and "username template such as {address}" in str(cat.errors[0])


def test_a_message_with_stray_braces_still_renders():
    from wizard.core.messages import Msg

    assert Msg.of("a {b} and {c", b=1).render() == "a {b} and {c"
