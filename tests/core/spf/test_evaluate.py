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


# sha256 of inspect.getsource(spf.query.dns) in pyspf 2.0.14, the method evaluate._ResolverQuery.dns adapts
PYSPF_QUERY_DNS_SHA256 = "63ad0ef0805e0745f2b6a5b02dfa366d9bd2ca9609a1ae7829c6baf890ed3ff3"


def test_pyspf_is_the_release_the_adapted_method_was_taken_from():
    """evaluate._ResolverQuery.dns is pyspf 2.0.14's query.dns with one call changed; any other pyspf must be
    compared again before it is allowed (pyproject pins it)."""
    import hashlib
    import inspect
    from importlib.metadata import version

    import spf as pyspf

    assert version("pyspf") == pyspf.__version__ == "2.0.14"
    source = inspect.getsource(pyspf.query.dns).encode()
    assert hashlib.sha256(source).hexdigest() == PYSPF_QUERY_DNS_SHA256
    assert "DNSLookup(name, qtype, self.strict, timeout)" in source.decode()  # the one call the copy replaces
