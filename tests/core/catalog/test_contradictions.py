"""Live results against catalogue facts (wizard/core/catalog/evidence.py): which fact, what the server did."""

from __future__ import annotations

import datetime as dt

from wizard.core.catalog.evidence import contradictions, evidence_rows
from wizard.core.catalog.loader import load_catalog
from wizard.core.diagnosis.report import build_report
from wizard.core.inputs.flow import WizardState
from wizard.core.smtp.probing import Entry, Outcome, make_plan
from wizard.core.smtp.result import ProbeResult
from wizard.core.smtp.steps import Verdict

CAT = load_catalog(user=None)


def outcome(profile, index, verdict, size=None, reply="", values=None):
    cand = profile.candidates[index]
    setting = cand.fill(values or {"subdomain": "abc", "address": "taro@abc.ocn.ne.jp"})
    result = ProbeResult(setting=setting, verdict=verdict, steps=(), transcript=(), size_limit=size, server_reply=reply)
    return Outcome(Entry(index, setting.label(), setting, cand), result)


def test_allowed_but_refused_and_refused_but_accepted():
    ocn = CAT.get("ocn")
    port25 = next(i for i, c in enumerate(ocn.candidates) if c.setting.port == 25)  # seed: own domain allowed
    port587 = next(i for i, c in enumerate(ocn.candidates) if c.setting.port == 587)  # seed: own domain refused
    found = contradictions([outcome(ocn, port25, Verdict.SENDER_REJECTED, reply="553 5.7.1 not allowed"),
                            outcome(ocn, port587, Verdict.OK)], ocn)
    assert [(c.fact, c.port, c.catalogue, c.live) for c in found] == [
        ("own_domain_sender", 25, "allowed", "refused"), ("own_domain_sender", 587, "refused", "accepted")]
    assert "553 5.7.1 not allowed" in str(found[0].msg) and "an old article" in str(found[0].msg)
    assert found[0].as_dict()["sources"][0]["kind"] == "seed"


def test_own_lines_only_after_a_success_from_another_line_is_a_contradiction_not_a_warning():
    ocn = CAT.get("ocn")
    port25 = next(i for i, c in enumerate(ocn.candidates) if c.setting.port == 25)  # seed: own lines only
    o = outcome(ocn, port25, Verdict.OK)
    assert [c.fact for c in contradictions([o], ocn, line_isp="nifty") if c.fact == "own_lines_only"] == [
        "own_lines_only"]
    assert not [c for c in contradictions([o], ocn, line_isp="ocn") if c.fact == "own_lines_only"]
    assert not [c for c in contradictions([o], ocn) if c.fact == "own_lines_only"]  # line unknown: no claim
    warned = {w.code for w in make_plan([o], ocn).warnings}
    assert "plan.own_lines_only" in warned
    assert "plan.own_lines_only" not in {w.code for w in make_plan([o], ocn, line_isp="nifty").warnings}


def test_size_limit_differs_in_both_units_only():
    jcom = CAT.get("jcom")  # 20 MB per message (official page)
    assert not contradictions([outcome(jcom, 0, Verdict.OK, size=20 * 1024 * 1024)], jcom)
    assert not contradictions([outcome(jcom, 0, Verdict.OK, size=20_000_000)], jcom)
    (c,) = contradictions([outcome(jcom, 0, Verdict.OK, size=10_485_760)], jcom)
    assert (c.fact, c.catalogue, c.live) == ("max_message_mb", 20, 10_485_760)
    assert "the provider's own page" in str(c.msg)  # it is J:COM's page: the text may say so


def test_rows_hold_no_address_and_the_report_names_the_fact():
    ocn = CAT.get("ocn")
    port25 = next(i for i, c in enumerate(ocn.candidates) if c.setting.port == 25)
    outs = [outcome(ocn, port25, Verdict.SENDER_REJECTED, reply="553 no"), outcome(ocn, 0, Verdict.OK)]
    rows = evidence_rows(outs, "ocn", "ocn", today=dt.date(2026, 12, 3))
    assert [(r.port, r.own_domain) for r in rows] == [(25, "refused"), (465, "accepted")]
    assert all("@" not in str(v) for r in rows for v in r.as_dict().values())
    st = WizardState(_catalog=CAT, isp=ocn)
    st.relay_plan = make_plan(outs, ocn)
    text = build_report(st)
    assert "The live test shows otherwise" in text and "abc.ocn.ne.jp:25" in text
    assert "first real message arrives" in text
