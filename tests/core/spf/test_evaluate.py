"""SPF evaluation over pyspf: one resolver per call, safe across threads; the worst of several results."""

from __future__ import annotations

import threading

from tests.core.spf.zone import txt
from tests.fixtures.dns_server import DnsServer
from wizard.core.spf.evaluate import evaluate
from wizard.core.spf.result import Result, combined


def test_two_threads_evaluate_through_their_own_resolvers():
    with DnsServer({("d.test", "TXT"): txt("v=spf1 ip4:192.0.2.1 -all")}) as one, DnsServer(
        {("d.test", "TXT"): txt("v=spf1 ip4:192.0.2.2 -all")}
    ) as two:
        seen: dict[str, set] = {"one": set(), "two": set()}
        errors = []

        def work(name, server):
            res = server.resolver(timeout=2)
            try:
                for _ in range(20):
                    seen[name].add(evaluate(res, "192.0.2.1", "d.test").result)
            except Exception as exc:  # pragma: no cover - shown by the assert below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=a) for a in (("one", one), ("two", two))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert not errors
        assert seen == {"one": {Result.PASS}, "two": {Result.FAIL}}


def test_combined_result_is_the_worst():
    assert combined([Result.PASS, Result.SOFTFAIL]) is Result.SOFTFAIL
    assert combined([Result.PASS]) is Result.PASS
    assert combined([]) is None
