"""`relay-wizard dns`: the JSON contract, text output and exit codes, against a real DNS server."""

from __future__ import annotations

import json

import pytest

from tests.fixtures.dns_server import DnsServer
from tests.fixtures.domain_zone import OCN_ADDRESS, RELAY_IP, ZONE
from wizard.cli import main


@pytest.fixture(scope="module")
def server():
    with DnsServer(ZONE) as s:
        yield s


def dns(capsys, server, *argv):
    code = main(["--lang", "en", "dns", *argv, "--resolver", server.address, "--timeout", "1"])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_contract_with_the_provider_include(capsys, server):
    code, out, _ = dns(capsys, server, "example.co.jp", "--isp", "ocn", "--isp-address", OCN_ADDRESS, "--json")
    assert code == 1  # the relay does not pass today
    data = json.loads(out)
    assert set(data) >= {"domain", "spf", "dmarc", "warnings"}
    s = data["spf"]
    assert set(s) >= {"record", "lookups", "void_lookups", "problems", "tree", "proposed", "evaluation"}
    assert data["domain"] == "example.co.jp"
    assert s["record"] == "v=spf1 include:_spf.rental.test ~all"
    assert (s["lookups"], s["void_lookups"]) == (1, 0)
    assert s["tree"]["children"][0]["via"] == "include:_spf.rental.test"
    assert s["proposed"] == "v=spf1 include:_spf.rental.test include:abc.ocn.ne.jp ~all"
    assert s["proposal"]["lookups"] == 2 and s["proposal"]["method"] == "include"
    assert s["evaluation"]["current"] == "softfail" and s["evaluation"]["proposed"] == "pass"
    assert s["evaluation"]["addresses"] == [{"ip": RELAY_IP, "current": "softfail", "proposed": "pass"}]
    assert s["dns_servers"] == ["ns1.rental.test", "ns2.rental.test"] and "ns1.rental.test" in s["where"]
    assert data["dmarc"]["record"].startswith("v=DMARC1; p=reject") and data["dmarc"]["policy"] == "reject"
    assert data["relay"] == {"host": "smtp.ocn.ne.jp", "include": "abc.ocn.ne.jp", "addresses": [RELAY_IP]}
    warning_codes = {w["code"] for w in data["warnings"]}
    assert {"relay.no_dkim", "dmarc.needs_spf_change"} <= warning_codes
    assert all(set(w) == {"code", "severity", "text"} for w in data["warnings"])


# The fields of `dns --json`, in their order: scripts depend on them (docs/SPF.md documents each one).
TOP_KEYS = ["schema", "domain", "spf", "dmarc", "relay", "warnings", "needs_action", "dns_state", "records"]
SPF_KEYS = [
    "record", "records", "lookups", "void_lookups", "problems", "tree", "proposed", "proposal", "evaluation", "where",
    "dns_servers",
]
NODE_KEYS = ["domain", "via", "record", "lookups", "total", "void_lookups", "problems", "children"]
PROPOSAL_KEYS = ["record", "method", "added", "lookups", "strings", "problems", "include_tree", "alternative"]
EVALUATION_KEYS = ["current", "proposed", "addresses"]
ADDRESS_KEYS = ["ip", "current", "proposed"]
DMARC_KEYS = ["record", "policy", "found_at", "org_domain", "tags", "problems"]
RELAY_KEYS = ["host", "include", "addresses"]
FINDING_KEYS = ["code", "severity", "text"]


def assert_findings(findings):
    assert isinstance(findings, list)
    for f in findings:
        assert list(f) == FINDING_KEYS and all(isinstance(v, str) for v in f.values())


def assert_node(node):
    assert list(node) == NODE_KEYS
    assert_findings(node["problems"])
    for child in node["children"]:
        assert_node(child)


def assert_proposal(p):
    assert list(p) == PROPOSAL_KEYS
    assert_findings(p["problems"])
    if p["include_tree"] is not None:
        assert_node(p["include_tree"])
    if p["alternative"] is not None:
        assert_proposal(p["alternative"])


@pytest.mark.parametrize(
    "argv",
    [
        ["example.co.jp", "--isp", "ocn", "--isp-address", OCN_ADDRESS],
        ["example.co.jp", "--relay-ip", "203.0.113.5", "2001:db8::5"],
        ["bare.jp", "--isp", "ocn", "--isp-address", OCN_ADDRESS],
        ["done.jp", "--isp", "ocn", "--isp-address", OCN_ADDRESS],
        ["example.co.jp"],
        ["broken.jp"],
    ],
)
def test_json_fields_stay_exactly_as_they_are(capsys, server, argv):
    _, out, _ = dns(capsys, server, *argv, "--json")
    data = json.loads(out)
    assert list(data) == TOP_KEYS and isinstance(data["needs_action"], bool)
    s = data["spf"]
    assert list(s) == SPF_KEYS
    assert_findings(s["problems"])
    if s["tree"] is not None:
        assert_node(s["tree"])
    if s["proposal"] is not None:
        assert_proposal(s["proposal"])
    assert list(s["evaluation"]) == EVALUATION_KEYS
    assert all(list(a) == ADDRESS_KEYS for a in s["evaluation"]["addresses"])
    assert list(data["dmarc"]) == DMARC_KEYS
    assert_findings(data["dmarc"]["problems"])
    assert data["relay"] is None or list(data["relay"]) == RELAY_KEYS
    assert_findings(data["warnings"])
    if argv == ["example.co.jp"]:  # no relay: nothing proposed or evaluated, but every field is there
        assert (data["relay"], s["proposal"], s["proposed"], s["where"]) == (None, None, None, None)
        assert s["evaluation"] == {"current": None, "proposed": None, "addresses": []}


def test_relay_ip_instead_of_isp(capsys, server):
    code, out, _ = dns(capsys, server, "example.co.jp", "--relay-ip", "203.0.113.5", "2001:db8::5", "--json")
    s = json.loads(out)["spf"]
    assert s["proposed"] == "v=spf1 include:_spf.rental.test ip4:203.0.113.5 ip6:2001:db8::5 ~all"
    assert "proposal.approximate" in {p["code"] for p in s["proposal"]["problems"]}
    assert [a["ip"] for a in s["evaluation"]["addresses"]] == ["203.0.113.5", "2001:db8::5"]


def test_no_record_gets_a_fresh_one_in_text_output(capsys, server):
    code, out, _ = dns(capsys, server, "bare.jp", "--isp", "ocn", "--isp-address", OCN_ADDRESS)
    assert code == 1
    assert "v=spf1 include:abc.ocn.ne.jp ~all" in out
    assert "[spf.none]" in out and "[dmarc.none]" in out and "now none, with the proposed record pass" in out


def test_already_authorised_exits_0(capsys, server):
    code, out, _ = dns(capsys, server, "done.jp", "--isp", "ocn", "--isp-address", OCN_ADDRESS, "--json")
    data = json.loads(out)
    assert data["spf"]["proposed"] is None and data["spf"]["evaluation"]["current"] == "pass"
    assert code == 0, data


def test_lint_only_without_relay(capsys, server):
    code, out, _ = dns(capsys, server, "example.co.jp", "--json")
    data = json.loads(out)
    assert data["spf"]["proposed"] is None and data["spf"]["evaluation"]["current"] is None
    assert code == 0


def test_dns_failure_is_reported_not_raised(capsys, server):
    code, out, _ = dns(capsys, server, "broken.jp", "--json")
    assert code == 1
    assert "spf.dns_error" in {p["code"] for p in json.loads(out)["spf"]["problems"]}


def test_isp_without_provider_address_falls_back_to_the_relay_address(capsys, server):
    code, out, _ = dns(capsys, server, "example.co.jp", "--isp", "ocn", "--json")
    data = json.loads(out)
    assert data["spf"]["proposal"]["method"] == "addresses"
    assert "relay.include_needs_address" in {w["code"] for w in data["warnings"]}


@pytest.mark.parametrize(
    "argv",
    [
        ["dns", "not a domain"],
        ["dns", "example.jp", "--relay-ip", "300.1.1.1"],
        ["dns", "example.jp", "--resolver", "dns.example"],
        ["dns", "example.jp", "--isp", "ocn", "--relay-ip", "192.0.2.1"],
        ["dns", "example.jp", "--timeout", "0"],
    ],
)
def test_usage_errors_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_unknown_isp_exits_2(capsys, server):
    code, _, err = dns(capsys, server, "example.jp", "--isp", "nope")
    assert code == 2 and "unknown provider" in err


def test_an_include_no_source_confirms_is_marked_to_verify(capsys, server):
    """OCN's SPF include is not documented by OCN itself (resources/isps/ocn.toml: to_verify): the proposal says so."""
    code, out, _ = dns(capsys, server, "example.co.jp", "--isp", "ocn", "--isp-address", "taro@abc.ocn.ne.jp", "--json")
    data = json.loads(out)
    assert "include:abc.ocn.ne.jp" in data["spf"]["proposed"]
    warning = next(w for w in data["warnings"] if w["code"] == "relay.include_to_verify")
    assert "abc.ocn.ne.jp" in warning["text"] and "confirms" in warning["text"]
