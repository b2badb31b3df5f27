"""Probing many candidates: entries from profiles, concurrency with streamed results, ranking and the plan."""

from __future__ import annotations

import threading
import time

from tests.fixtures.smtp_server import ClosedPort, DroppingListener, SmtpServer
from wizard.core.cancel import CancelToken
from wizard.core.findings import Severity
from wizard.core.catalog.loader import load_catalog
from wizard.core.catalog.resolve import resolve
from wizard.core.model import Auth, RelaySetting, Security
from wizard.core.smtp.result import ProbeResult, StepFinished, Timeouts
from wizard.core.smtp.steps import Verdict
from wizard.core.smtp.probing import (
    CandidateDone,
    CandidateStarted,
    CandidateStep,
    Recommended,
    Entry,
    Outcome,
    ProbeOptions,
    entries_for,
    entries_for_setting,
    make_plan,
    run_plan,
)
from wizard.core.secrets import Secret

FAST = Timeouts(connect=0.5, read=1.0)
USERS = {"taro": "pw"}


def catalog():
    return load_catalog(user=None)


def test_entries_fill_templates_and_skip_what_cannot_be_filled():
    ocn = catalog().get("ocn")
    entries = entries_for(resolve(ocn, isp_address="taro@abc.ocn.ne.jp"))
    assert [e.setting.host for e in entries] == ["smtp.ocn.ne.jp", "smtp.ocn.ne.jp", "abc.ocn.ne.jp"]
    assert entries[0].setting.username == "taro@abc.ocn.ne.jp"
    # an address at the bare provider domain has no {subdomain}: that candidate is skipped with a reason
    entries = entries_for(resolve(ocn, isp_address="taro@ocn.ne.jp"))
    assert entries[2].setting is None
    assert "abc.ocn.ne.jp" in entries[2].skip.render()
    assert entries[2].label == "{subdomain}.ocn.ne.jp:25 (plain)"
    # no provider address at all: the login templates cannot be filled either
    entries = entries_for(resolve(ocn))
    assert all(e.setting is None for e in entries[:2])
    # --user overrides the login template
    entries = entries_for(resolve(ocn, login="someone"))
    assert entries[0].setting is not None and entries[0].setting.username == "someone"


def test_account_templates_and_invalid_hosts_are_skipped():
    au = catalog().get("au")
    entries = entries_for(resolve(au, isp_address="taro@ab.auone-net.jp"))
    assert all(e.setting is None for e in entries)  # every candidate logs in with {account}
    assert "account ID" in entries[0].skip.render()
    entries = entries_for(resolve(au, isp_address="taro@ab.auone-net.jp", account="abc12345"))
    assert entries[0].setting.host == "msa.ab.auone-net.jp" and entries[0].setting.username == "abc12345"
    other = catalog().get("other")
    entries = entries_for(resolve(other, host="smtp_bad.example", account="x"))
    assert all(e.setting is None and "not a valid server name" in e.skip.render() for e in entries)
    assert entries_for_setting(RelaySetting("bad host", 25, Security.PLAIN, Auth.NONE))[0].skip is not None
    assert entries_for_setting(RelaySetting("127.0.0.1", 25, Security.PLAIN, Auth.NONE))[0].setting is not None


def entry(i, srv, security, auth=Auth.AUTO, user="taro"):
    return Entry(i, f"e{i}", RelaySetting(srv.host, srv.port, security, auth, user if auth is not Auth.NONE else ""))


def test_all_candidates_probed_concurrently_streamed_and_ranked(smtp_ca):
    with (
        SmtpServer(smtp_ca, "starttls", users=USERS, delay=0.2) as slow_starttls,
        SmtpServer(smtp_ca, "tls", users=USERS) as tls,
        SmtpServer(smtp_ca, "plain", users=USERS, auth_before_tls=True) as plain,
        ClosedPort() as closed,
    ):
        entries = [
            entry(0, slow_starttls, Security.STARTTLS),
            entry(1, closed, Security.STARTTLS),
            entry(2, plain, Security.PLAIN),  # needs consent: skipped, never contacted
            entry(3, tls, Security.TLS),
        ]
        events = []
        lock = threading.Lock()

        def progress(e):
            with lock:
                events.append(e)

        opts = ProbeOptions(sender="info@example.jp", password=Secret("pw"), ca_file=smtp_ca.pem, timeouts=FAST)
        plan = run_plan(entries, opts, progress=progress)
        assert plain.log == []
    assert [o.entry.index for o in plan.outcomes] == [3, 0, 1, 2]  # works (TLS first), then failed, then skipped
    assert [o.verdict for o in plan.outcomes] == ["ok", "ok", "refused", "skipped"]
    assert plan.recommended.entry.index == 3
    done = [e.outcome.entry.index for e in events if isinstance(e, CandidateDone)]
    assert sorted(done) == [0, 1, 2, 3]
    assert done.index(3) < done.index(0)  # streamed as each finishes: the slow one last
    assert {e.index for e in events if isinstance(e, CandidateStarted)} == {0, 1, 3}
    steps0 = [e.event.step.name for e in events if isinstance(e, CandidateStep) and e.index == 0 and isinstance(e.event, StepFinished)]
    assert steps0[-1] == "quit" and "starttls" in steps0


def test_plain_auth_with_consent_ranks_below_tls(smtp_ca):
    with (
        SmtpServer(smtp_ca, "plain", users=USERS, auth_before_tls=True) as plain,
        SmtpServer(smtp_ca, "starttls", users=USERS) as starttls,
    ):
        entries = [entry(0, plain, Security.PLAIN), entry(1, starttls, Security.STARTTLS)]
        opts = ProbeOptions(
            sender="info@example.jp", password=Secret("pw"), ca_file=smtp_ca.pem, timeouts=FAST, allow_plain_auth=True
        )
        plan = run_plan(entries, opts)
    assert [(o.entry.index, o.verdict) for o in plan.outcomes] == [(1, "ok"), (0, "ok")]


def test_cancel_stops_every_probe(smtp_ca):
    servers = [SmtpServer(smtp_ca, "starttls", users=USERS, delay=5.0).start() for _ in range(3)]
    try:
        token = CancelToken()
        entries = [entry(i, s, Security.STARTTLS) for i, s in enumerate(servers)]
        opts = ProbeOptions(sender="info@example.jp", password=Secret("pw"), ca_file=smtp_ca.pem, timeouts=Timeouts(1, 10))
        started = threading.Event()
        seen = set()

        def progress(e):
            if isinstance(e, CandidateStarted):
                seen.add(e.index)
                if len(seen) == 3:
                    started.set()

        box = {}
        th = threading.Thread(target=lambda: box.setdefault("plan", run_plan(entries, opts, cancel=token, progress=progress)))
        th.start()
        assert started.wait(5)
        time.sleep(0.2)
        t0 = time.monotonic()
        token.cancel()
        th.join(5)
        took = time.monotonic() - t0
    finally:
        for s in servers:
            s.stop()
    assert not th.is_alive()
    assert took < 3.0  # the servers would take 5 s per reply: returning before that proves the cancel
    assert [o.verdict for o in box["plan"].outcomes] == ["cancelled"] * 3
    assert box["plan"].recommended is None


def fake(entry, verdict, size=None):
    return Outcome(entry, ProbeResult(entry.setting, verdict, (), (), size_limit=size))


def ocn_entries():
    return entries_for(resolve(catalog().get("ocn"), isp_address="taro@abc.ocn.ne.jp"))


def test_plan_port25_blocked_and_own_domain_only_on_25():
    ocn = catalog().get("ocn")
    e465, e587, e25 = ocn_entries()
    plan = make_plan(
        [fake(e465, Verdict.SENDER_REJECTED), fake(e587, Verdict.SENDER_REJECTED), fake(e25, Verdict.PORT_BLOCKED)], ocn
    )
    assert plan.recommended is None
    assert [(w.code, w.severity) for w in plan.warnings] == [
        ("plan.op25b_only_route", Severity.ERROR), ("plan.sender_rejected", Severity.ERROR)
    ]
    text = [w.msg.render() for w in plan.warnings]
    assert any("Port 25 is blocked" in t and "only on port 25 (abc.ocn.ne.jp)" in t and "cannot work" in t for t in text)
    assert any("refused your own address" in t for t in text)


def test_plan_warnings_for_a_working_setting():
    ocn = catalog().get("ocn")
    e465, e587, e25 = ocn_entries()
    plan = make_plan(
        [fake(e465, Verdict.OK), fake(e587, Verdict.TIMEOUT), fake(e25, Verdict.PORT_BLOCKED)],
        ocn,
        resolve(ocn, isp_address="taro@abc.ocn.ne.jp").values,
    )
    assert plan.recommended.entry is e465
    assert [w.code for w in plan.warnings] == [
        "plan.op25b", "plan.sender_documented_refused", "plan.size", "plan.variant_size"
    ]
    text = "\n".join(w.msg.render() for w in plan.warnings)
    assert "Port 25 is blocked on this line" in text and "cannot work" not in text
    assert "catalogue says this server refuses other domains as sender (an old article)" in text  # the seed, not the provider
    assert "up to 20 MB" in text  # the profile's limit (the server stated none)
    assert "vcabc.ocn.ne.jp" in text and "10 MB" in text  # the variant, made concrete


def test_plan_uses_the_advertised_size_and_flags_own_lines_and_plain():
    ocn = catalog().get("ocn")
    _, _, e25 = ocn_entries()
    plan = make_plan([fake(e25, Verdict.OK, size=10 * 1024 * 1024)], ocn)
    codes = [w.code for w in plan.warnings]
    assert {"plan.own_lines_only", "plan.unencrypted", "plan.size"} <= set(codes) and len(codes) == len(set(codes))
    text = "\n".join(w.msg.render() for w in plan.warnings)
    assert "server accepts messages up to 10 MB" in text
    assert "only from the provider's own lines" in text
    assert "does not encrypt" in text


def test_all_ports_blocked_says_firewall():
    with DroppingListener() as d:
        entries = [entry(0, d, Security.PLAIN, Auth.NONE)]
        plan = run_plan(entries, ProbeOptions(sender="info@example.jp", timeouts=FAST))
    assert plan.outcomes[0].verdict == "port_blocked"
    assert [w.code for w in plan.warnings] == ["plan.all_blocked"]
    assert "firewall" in plan.warnings[0].msg.render()


def test_the_recommendation_is_known_before_a_hung_lower_ranked_candidate_ends(smtp_ca):
    """The best-ranked candidate works; a lower-ranked one hangs in connect (dropped SYNs, like a blocked port 25):
    the recommendation is sent the moment it is certain, not when the hung one times out."""
    with SmtpServer(smtp_ca, "tls", users=USERS, delay=0.1) as good, DroppingListener() as hung, \
            SmtpServer(smtp_ca, "starttls", users=USERS) as lower:
        entries = [entry(0, good, Security.TLS), entry(1, lower, Security.STARTTLS), entry(2, hung, Security.STARTTLS)]
        opts = ProbeOptions(sender="info@example.jp", password=Secret("pw"), ca_file=smtp_ca.pem,
                            timeouts=Timeouts(connect=3.0, read=2.0))
        events = []
        plan = run_plan(entries, opts, progress=lambda e: events.append((time.monotonic(), e)))
    rec = [(t, e) for t, e in events if isinstance(e, Recommended)]
    assert len(rec) == 1 and rec[0][1].outcome.entry.index == 0
    hung_done = next(t for t, e in events if isinstance(e, CandidateDone) and e.outcome.entry.index == 2)
    assert rec[0][0] < hung_done  # ordered by events, not by a time bound
    assert plan.recommended is not None and plan.recommended.entry.index == 0


def test_no_early_recommendation_while_a_better_ranked_candidate_still_runs(smtp_ca):
    """A lower-ranked candidate works first; the better-ranked one is slow but works: only it is recommended."""
    with SmtpServer(smtp_ca, "tls", users=USERS, delay=0.3) as best, \
            SmtpServer(smtp_ca, "starttls", users=USERS) as quick:
        entries = [entry(0, best, Security.TLS), entry(1, quick, Security.STARTTLS)]
        opts = ProbeOptions(sender="info@example.jp", password=Secret("pw"), ca_file=smtp_ca.pem, timeouts=FAST)
        events = []
        run_plan(entries, opts, progress=events.append)
    rec = [e for e in events if isinstance(e, Recommended)]
    assert [e.outcome.entry.index for e in rec] == [0]
    order = [("done", e.outcome.entry.index) if isinstance(e, CandidateDone) else ("rec", e.outcome.entry.index)
             for e in events if isinstance(e, (CandidateDone, Recommended))]
    assert order.index(("done", 1)) < order.index(("done", 0)) < order.index(("rec", 0))


def test_no_recommendation_event_when_nothing_works(smtp_ca):
    with ClosedPort() as closed:
        entries = [entry(0, closed, Security.TLS)]
        events = []
        run_plan(entries, ProbeOptions(sender="info@example.jp", password=Secret("pw"), timeouts=FAST),
                 progress=events.append)
    assert not [e for e in events if isinstance(e, Recommended)]


def test_no_recommendation_is_claimed_after_a_cancel(smtp_ca):
    """A cancel ends the better-ranked probe as cancelled: a lower-ranked one that worked is then not 'certain'."""
    with SmtpServer(smtp_ca, "tls", users=USERS, delay=5.0) as slow_best, \
            SmtpServer(smtp_ca, "starttls", users=USERS) as quick:
        entries = [entry(0, slow_best, Security.TLS), entry(1, quick, Security.STARTTLS)]
        token = CancelToken()
        events = []

        def progress(e):
            events.append(e)
            if isinstance(e, CandidateDone) and e.outcome.entry.index == 1:
                token.cancel()  # the user stops once the quick one has worked

        run_plan(entries, ProbeOptions(sender="info@example.jp", password=Secret("pw"), ca_file=smtp_ca.pem,
                                       timeouts=Timeouts(1, 10)), cancel=token, progress=progress)
    assert not [e for e in events if isinstance(e, Recommended)]
    assert [e.outcome.verdict for e in events if isinstance(e, CandidateDone) and e.outcome.entry.index == 0] \
        == [Verdict.CANCELLED]
