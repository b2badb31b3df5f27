"""Fixtures of the SPF tests: one real DNS server on 127.0.0.1 serving :data:`tests.core.spf.zone.ZONE`."""

from __future__ import annotations

import pytest

from tests.core.spf.zone import ZONE
from tests.fixtures.dns_server import DnsServer


@pytest.fixture(scope="module")
def server():
    with DnsServer(ZONE) as s:
        yield s


@pytest.fixture
def r(server):
    return server.resolver(timeout=0.5)
