"""What the DNS tests share: one local DNS server per module, reloaded per test, and a result picker."""

from __future__ import annotations

import pytest

from tests.fixtures.dns_server import DnsServer


@pytest.fixture(scope="module")
def shared_server():
    with DnsServer({}) as s:
        yield s


@pytest.fixture
def serve(shared_server):
    """``serve(zone)`` -> the shared server, now answering from ``zone``."""
    return shared_server.load


def by(report, address, zone):
    """The result for ``address`` on ``zone``."""
    return next(r for r in report.results if r.address == address and r.zone.id == zone.id)
