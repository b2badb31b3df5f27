from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzzing import fuzz
from wizard.core.catalog.loader import builtin_dir, load_catalog, load_profile, profile_as_dict
from wizard.core.catalog.resolve import resolve
from wizard.core.model import Origin, Security, SenderRule

REQUIRED_IDS = {"ocn", "au", "nifty", "biglobe", "sonet", "plala", "eo", "jcom", "ybb", "iijmio", "asahinet", "dti", "other"}

MINIMAL = """\
schema = 1
id = "{id}"
name = {{ ja = "テスト", en = "Test ISP" }}
domains = ["test-isp.example"]
access_rdns = ["dyn.test-isp.example"]
source = "r"

[[candidates]]
host = "{host}"
port = {port}
security = "starttls"
auth = "auto"
username = "{{address}}"
source = "r"
own_domain_sender = {{ value = "allowed", source = "r" }}
own_lines_only = {{ value = "no", source = "r" }}

[refs.r]
url = "https://test-isp.example/smtp"
checked = 2026-11-01
verified = true
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_catalogue_loads_without_errors_and_has_every_required_provider():
    cat = load_catalog(user=None)
    assert cat.errors == []
    assert REQUIRED_IDS <= set(cat.profiles)


def test_every_builtin_fact_has_a_source_with_kind_as_of_and_checked():
    cat = load_catalog(user=None)
    kinds = {"official", "ispdb", "headers", "community", "seed", "standard"}
    for p in cat:
        data = profile_as_dict(p)
        facts = [data["spf_include"], data["limits"]["max_message_mb"], data["limits"]["max_recipients"]]
        for c in data["candidates"]:
            facts += [c["own_domain_sender"], c["own_lines_only"]]
            assert p.user_host or c["sources"], f"{p.id}: candidate {c['host']}:{c['port']} has no source"
        for v in data["variants"]:
            facts.append(v["max_message_mb"])
            assert v["sources"]
        for f in filter(None, facts):
            assert f["sources"], f"{p.id}: a fact without source"
            assert f["confidence"] in {"high", "medium", "low", "unverified"}
            for s in f["sources"]:
                assert s["url"] == "seed article" or s["url"].startswith("http")
                assert s["kind"] in kinds and (s["kind"] == "seed") == (s["url"] == "seed article")
                assert "as_of" in s and "checked" in s
                if s["checked"] is not None:
                    assert dt.date.fromisoformat(s["checked"]) <= dt.date.today()
                assert isinstance(s["verified"], bool)


def test_ocn_address_matches_by_suffix_and_resolves_templates():
    cat = load_catalog(user=None)
    profile, base = cat.for_domain("abc.ocn.ne.jp")
    assert profile.id == "ocn" and base == "ocn.ne.jp"
    assert cat.for_domain("notocn.ne.jp") is None
    port25 = next(c for c in profile.candidates if c.setting.port == 25)
    assert port25.missing({}) == ["subdomain"]
    assert port25.fill({"subdomain": "abc"}).host == "abc.ocn.ne.jp"
    assert port25.fill({}).host == "{subdomain}.ocn.ne.jp"  # what values lack stays; missing() names it
    assert port25.own_domain_sender.value is SenderRule.ALLOWED
    assert not port25.own_domain_sender.verified  # from the seed article only
    tls = profile.candidates[0]
    assert tls.setting.security is Security.TLS and tls.setting.port == 465
    assert tls.fill({"address": "taro@abc.ocn.ne.jp"}).username == "taro@abc.ocn.ne.jp"
    assert profile.variants[0].id == "vc" and profile.variants[0].max_message_mb.value == 10


@pytest.mark.parametrize(
    ("mutate", "field", "needle"),
    [
        (lambda t: t.replace("port = 587", "port = 70000"), "candidates[0].port", "1 to 65535"),
        (lambda t: t.replace('port = 587', 'port = "587"'), "candidates[0].port", "Expected a port number"),
        (lambda t: t.replace('security = "starttls"', 'security = "ssl"'), "candidates[0].security", "not one of"),
        (lambda t: t.replace('own_lines_only = { value = "no", source = "r" }', ""), "candidates[0].own_lines_only", "required"),
        (lambda t: t.replace('value = "allowed", source = "r"', 'value = "allowed"'), "candidates[0].own_domain_sender.sources", "needs a source"),
        (lambda t: t.replace('value = "allowed", source = "r"', 'value = "allowed", source = "nope"'), "candidates[0].own_domain_sender.source", "not defined under [refs]"),
        (lambda t: t.replace('username = "{address}"', 'username = "{email}"'), "candidates[0].username", "Unknown placeholder {email}"),
        (lambda t: t.replace("checked = 2026-11-01", 'checked = "last week"'), "refs.r.checked", "Expected a date"),
        (lambda t: t.replace('url = "https://test-isp.example/smtp"', 'url = "somewhere"'), "refs.r.url", "http(s) URL"),
        (lambda t: t + "\ncolour = 'blue'\n", "refs.r.colour", "Unknown field"),
        (lambda t: "colour = 1\n" + t, "colour", "Unknown field"),
        (lambda t: t.replace('domains = ["test-isp.example"]', 'domains = ["not a domain"]'), "domains[0]", "not a domain name"),
        (lambda t: t.replace("schema = 1", "schema = 3"), "schema", "Unsupported schema"),
        (lambda t: t.replace("[[candidates]]", "[[candidatez]]"), "candidatez", "Unknown field"),
        (lambda t: t.replace('id = "test"', 'id = "Test ISP"'), "id", "lower-case"),
        (lambda t: t.replace("]\nsource", "\nsource"), "", "not valid TOML"),
    ],
)
def test_malformed_file_names_file_and_field_and_others_still_load(tmp_path, mutate, field, needle):
    shutil.copy(builtin_dir() / "ocn.toml", tmp_path / "ocn.toml")
    write(tmp_path, "broken.toml", mutate(MINIMAL.format(id="test", host="smtp.test-isp.example", port=587)))
    cat = load_catalog(builtin=tmp_path, user=None)
    assert [p.id for p in cat] == ["ocn"]
    assert len(cat.errors) == 1
    err = cat.errors[0]
    assert err.path.name == "broken.toml"
    assert err.field == field
    assert needle in str(err)
    assert str(err).startswith(f"broken.toml: {field}" if field else "broken.toml: ")


def test_not_utf8_and_oversized_files_are_reported(tmp_path):
    (tmp_path / "latin1.toml").write_bytes("name = 'Caf\xe9'".encode("latin-1"))
    (tmp_path / "huge.toml").write_bytes(b"#" * (300 * 1024))
    cat = load_catalog(builtin=tmp_path, user=None)
    reasons = {e.path.name: str(e) for e in cat.errors}
    assert "not UTF-8" in reasons["latin1.toml"]
    assert "larger than" in reasons["huge.toml"]


def test_user_folder_overrides_builtin_and_is_marked_custom(user_isp_dir):
    write(user_isp_dir, "my-ocn.toml", MINIMAL.format(id="ocn", host="relay.test-isp.example", port=2525))
    write(user_isp_dir, "local.toml", MINIMAL.format(id="local-test", host="127.0.0.1.nip.example", port=2525))
    cat = load_catalog()
    assert cat.errors == []
    ocn = cat.get("ocn")
    assert ocn.origin is Origin.CUSTOM and ocn.candidates[0].setting.host == "relay.test-isp.example"
    assert cat.get("local-test").origin is Origin.CUSTOM
    assert cat.get("biglobe").origin is Origin.BUILTIN


def test_duplicate_ids_in_one_folder_keep_the_first_and_report_the_second(tmp_path):
    write(tmp_path, "a.toml", MINIMAL.format(id="dup", host="a.test-isp.example", port=587))
    write(tmp_path, "b.toml", MINIMAL.format(id="dup", host="b.test-isp.example", port=587))
    cat = load_catalog(builtin=tmp_path, user=None)
    assert cat.get("dup").candidates[0].setting.host == "a.test-isp.example"
    assert [e.path.name for e in cat.errors] == ["b.toml"] and "already used" in str(cat.errors[0])


def test_rdns_match_picks_longest_suffix(tmp_path):
    write(tmp_path, "a.toml", MINIMAL.format(id="aaa", host="a.test-isp.example", port=587))
    cat = load_catalog(builtin=tmp_path, user=None)
    assert cat.for_rdns("p123-ipngn.dyn.test-isp.example.").id == "aaa"
    assert cat.for_rdns("static.test-isp.example") is None


@fuzz(200)
@given(st.binary(max_size=2000) | st.text(max_size=2000).map(lambda s: s.encode("utf-8")))
def test_profile_loader_never_crashes_on_garbage(tmp_path, data):
    path = tmp_path / "fuzz.toml"
    path.write_bytes(data)
    cat = load_catalog(builtin=tmp_path, user=None)
    assert len(cat) + len(cat.errors) == 1


@fuzz(150)
@given(
    st.sampled_from(["port", "security", "auth", "username", "host", "checked", "verified", "domains", "name"]),
    st.one_of(st.integers(), st.text(max_size=30), st.booleans(), st.lists(st.integers(), max_size=3)),
)
def test_profile_loader_reports_wrong_types_in_any_field(tmp_path, key, value):
    import tomllib

    base = tomllib.loads(MINIMAL.format(id="fz", host="smtp.test-isp.example", port=587))
    target = base["candidates"][0] if key in ("port", "security", "auth", "username", "host") else base
    if key in ("checked", "verified"):
        target = base["refs"]["r"]
    target[key] = value
    path = tmp_path / "fz.toml"
    path.write_text(_dump(base), encoding="utf-8")
    try:
        load_profile(path)
    except Exception as exc:  # noqa: BLE001 - the loader may only raise its own error type
        assert type(exc).__name__ == "_Invalid", repr(exc)


def _dump(obj, prefix="") -> str:
    """A tiny TOML writer for the fuzz test (tomllib cannot write)."""
    import json

    def val(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return str(v)
        if isinstance(v, (dt.date,)):
            return v.isoformat()
        if isinstance(v, str):
            return json.dumps(v)
        if isinstance(v, list) and not any(isinstance(i, dict) for i in v):
            return "[" + ", ".join(val(i) for i in v) + "]"
        if isinstance(v, dict):
            return "{ " + ", ".join(f"{json.dumps(k)} = {val(x)}" for k, x in v.items()) + " }"
        raise TypeError(v)

    lines, tables = [], []
    for k, v in obj.items():
        if isinstance(v, list) and v and all(isinstance(i, dict) for i in v):
            tables.append((k, v, True))
        elif isinstance(v, dict) and k == "refs":
            tables.append((k, v, False))
        else:
            lines.append(f"{json.dumps(k)} = {val(v)}")
    for k, v, is_array in tables:
        if is_array:
            for item in v:
                lines.append(f"[[{k}]]")
                lines += [f"{json.dumps(a)} = {val(b)}" for a, b in item.items()]
        else:
            for name, ref in v.items():
                lines.append(f"[{k}.{name}]")
                lines += [f"{json.dumps(a)} = {val(b)}" for a, b in ref.items()]
    return "\n".join(lines) + "\n"


def test_template_values_come_from_the_provider_address():
    ocn = load_catalog(user=None).get("ocn")
    values = ocn.template_values(isp_address=" Taro@ABC.ocn.ne.jp ", account="", host="")
    assert values == {"address": "Taro@abc.ocn.ne.jp", "localpart": "Taro", "domain": "abc.ocn.ne.jp", "subdomain": "abc",
                      "initial": "a"}
    assert ocn.candidates[2].fill(values).host == "abc.ocn.ne.jp"
    assert "subdomain" not in ocn.template_values(isp_address="taro@ocn.ne.jp")
    other = load_catalog(user=None).get("other")
    v = other.template_values(account="abc12345", host="SMTP.Example.NE.JP.")
    assert other.candidates[0].fill(v).host == "smtp.example.ne.jp"
    assert other.candidates[0].fill(v).username == "abc12345"


def test_au_tries_only_the_servers_for_the_address_family():
    au = load_catalog(user=None).get("au")
    hosts = lambda address: sorted({s.host for s in resolve(au, isp_address=address, account="acct").settings()})  # noqa: E731
    assert hosts("taro@ab.auone-net.jp") == ["msa-org.dion.ne.jp", "msa.ab.auone-net.jp"]
    assert hosts("taro@kyoto.dion.ne.jp") == ["msa-org.dion.ne.jp", "msa.k.dion.ne.jp", "msa.kyoto.dion.ne.jp"]


def test_for_domains_must_be_domain_names(tmp_path):
    text = MINIMAL.format(id="fd", host="smtp.test-isp.example", port=587).replace(
        'security = "starttls"', 'security = "starttls"\nfor_domains = ["not a domain"]'
    )
    write(tmp_path, "fd.toml", text)
    cat = load_catalog(builtin=tmp_path, user=None)
    assert cat.errors[0].field == "candidates[0].for_domains[0]"
