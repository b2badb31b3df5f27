"""The wizard's order of steps and its branches, as Qt-free data: whole flows without a display."""

from __future__ import annotations

import pytest

from tests.fixtures.local_isp import write_profile
from wizard.core.inputs.address import parse_address
from wizard.core.catalog.loader import load_catalog, load_profile
from wizard.core.inputs.flow import Step, WizardState, needs_credentials, needs_domain_check, next_step, path

FULL = [Step.WELCOME, Step.PROVIDER, Step.CREDENTIALS, Step.RELAY_TEST, Step.DOMAIN_CHECK, Step.EXPORT, Step.DONE]

NO_AUTH = """\
schema = 1
id = "open"
name = { ja = "認証なし", en = "No login" }
domains = ["open-isp.example"]
source = "r"

[[candidates]]
host = "smtp.open-isp.example"
port = 25
security = "plain"
auth = "none"
source = "r"
own_domain_sender = { value = "allowed", source = "r" }
own_lines_only = { value = "yes", source = "r" }

[refs.r]
url = "https://open-isp.example/smtp"
checked = 2026-11-01
verified = true
"""


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(user=False)


def state(catalog, isp: str | None, address: str | None) -> WizardState:
    st = WizardState(_catalog=catalog)
    st.isp = catalog.get(isp) if isp else None
    st.address = parse_address(address) if address else None
    return st


def test_the_whole_way_for_an_own_domain_at_a_provider_that_needs_a_login(catalog):
    st = state(catalog, "ocn", "info@example.co.jp")
    assert path(st) == FULL
    assert next_step(st, Step.DONE) is None


def test_an_address_at_the_providers_own_domain_skips_the_domain_check(catalog):
    st = state(catalog, "ocn", "taro@abc.ocn.ne.jp")
    assert not needs_domain_check(st)
    assert next_step(st, Step.RELAY_TEST) is Step.EXPORT
    assert Step.DOMAIN_CHECK not in path(st)
    # the same user with the own domain again: the step is back
    st.address = parse_address("taro@example.co.jp")
    assert next_step(st, Step.RELAY_TEST) is Step.DOMAIN_CHECK


def test_a_profile_without_login_or_templates_skips_the_credentials(tmp_path, catalog):
    (tmp_path / "open.toml").write_text(NO_AUTH, encoding="utf-8")
    st = WizardState(_catalog=catalog)
    st.isp = load_profile(tmp_path / "open.toml")
    st.address = parse_address("info@example.co.jp")
    assert not needs_credentials(st)
    assert next_step(st, Step.PROVIDER) is Step.RELAY_TEST
    assert path(st) == [s for s in FULL if s is not Step.CREDENTIALS]


def test_a_host_template_keeps_the_credentials_page_even_without_login(tmp_path, catalog):
    # the local profile: two candidates log in, one plain candidate needs {subdomain} of the provider address
    write_profile(tmp_path, 1, 2, 3)
    st = WizardState(_catalog=catalog)
    st.isp = load_profile(tmp_path / "local.toml")
    assert needs_credentials(st)
    no_auth_but_template = NO_AUTH.replace('"smtp.open-isp.example"', '"{subdomain}.open-isp.example"')
    (tmp_path / "open.toml").write_text(no_auth_but_template, encoding="utf-8")
    st.isp = load_profile(tmp_path / "open.toml")
    assert needs_credentials(st)


def test_nothing_chosen_yet_shows_every_page(catalog):
    st = state(catalog, None, None)
    assert path(st) == FULL
    assert path(st, Step.EXPORT) == [Step.EXPORT, Step.DONE]


def test_every_profile_in_the_catalogue_walks_to_the_end(catalog):
    for profile in catalog:
        st = WizardState(_catalog=catalog, isp=profile, address=parse_address("info@example.co.jp"))
        steps = path(st)
        assert steps[0] is Step.WELCOME and steps[-1] is Step.DONE
        assert Step.RELAY_TEST in steps and Step.EXPORT in steps


def test_skipped_steps_leave_nothing_stale_behind(catalog):
    from wizard.core.secrets import Secret

    st = state(catalog, "ocn", "info@example.co.jp")
    st.password, st.login, st.spf_record = Secret("pw"), "taro", "v=spf1 include:x -all"
    st.drop_skipped()
    assert (st.password is not None, st.login, st.spf_record) == (True, "taro", "v=spf1 include:x -all")
    st.address = parse_address("taro@abc.ocn.ne.jp")  # now at the provider's domain: no domain check
    st.drop_skipped()
    assert st.spf_record == "" and st.domain_check is None and st.password is not None


def test_loop_results_belong_to_what_they_were_obtained_for(catalog):
    from wizard.core.model import Auth, RelaySetting, Security

    st = state(catalog, "ocn", "info@example.co.jp")
    relay = RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, "taro")
    st.chosen, st.spf_record = relay, "v=spf1 include:spf.ocn.ad.jp ~all"
    for name in ("propagation", "send_test", "received_headers"):
        st.keep_result(name, object())
    assert st.drop_stale_results() == []  # nothing changed: everything kept
    # another relay: the test message and the received message were for the old one; the record check stays
    st.chosen = RelaySetting("smtp.ocn.ne.jp", 587, Security.STARTTLS, Auth.AUTO, "taro")
    assert st.drop_stale_results() == ["send_test", "received_headers"]
    assert st.propagation is not None and st.send_test is None and st.received_headers is None
    # another record proposed for the same domain: the record check goes
    st.keep_result("send_test", object())
    st.spf_record = "v=spf1 include:spf.ocn.ad.jp include:_spf.example.net ~all"
    assert st.drop_stale_results() == ["propagation"] and st.send_test is not None
    # another address (another domain) on Next: drop_skipped forgets the rest
    st.keep_result("propagation", object())
    st.address = parse_address("sales@example.net")
    st.drop_skipped()
    assert (st.propagation, st.send_test, st.received_headers) == (None, None, None)


def test_a_result_kept_for_another_provider_is_dropped(catalog):
    st = state(catalog, "ocn", "info@example.co.jp")
    st.keep_result("send_test", object())
    st.isp = catalog.get("plala")
    assert st.drop_stale_results() == ["send_test"]
    with pytest.raises(ValueError):
        st.loop_key("relay_plan")
