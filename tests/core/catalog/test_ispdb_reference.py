"""The catalogue against Thunderbird's ISPDB, a reference we did not write: every outgoing server of each ISPDB file a
profile cites must be one of the profile's candidates (host, port, security, login template), and every ISPDB
domain must fall under the profile's domains.

The ISPDB files are not copied into this repository. The test reads them from ``RELAY_WIZARD_ISPDB_DIR``, else
from the project's shared reference folder beside the checkout (``../shared/reference/ispdb/``, which CI has), and is
skipped when neither exists.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO
from wizard.core.catalog.loader import load_catalog

ISPDB = Path(os.environ.get("RELAY_WIZARD_ISPDB_DIR") or REPO.parent / "shared" / "reference" / "ispdb")

SECURITY = {"SSL": "tls", "STARTTLS": "starttls", "plain": "plain"}
LOGIN = {"%EMAILADDRESS%": "{address}", "%EMAILLOCALPART%": "{localpart}",
         "%EMAILLOCALPART%.%EMAILDOMAIN%": "{localpart}.{domain}"}


def cited_files(profile) -> set[str]:
    sources = [s for c in profile.candidates for s in c.sources] + list(profile.sources)
    return {re.search(r"ispdb/([^/]+\.xml)$", s.url).group(1) for s in sources if s.kind.value == "ispdb"}


@pytest.mark.skipif(not ISPDB.is_dir(), reason="no ISPDB files (set RELAY_WIZARD_ISPDB_DIR)")
def test_cited_ispdb_entries_agree_with_the_candidates():
    folder = ISPDB
    checked = 0
    for profile in load_catalog(user=None):
        for name in sorted(cited_files(profile)):
            root = ET.parse(folder / name).getroot()
            for domain in (d.text for d in root.iter("domain")):
                assert profile.matches_domain(domain), f"{profile.id}: ISPDB domain {domain} not covered"
            for out in root.iter("outgoingServer"):
                want = (out.findtext("hostname"), int(out.findtext("port")), SECURITY[out.findtext("socketType")],
                        LOGIN[out.findtext("username")])
                have = {(c.setting.host, c.setting.port, c.setting.security.value, c.setting.username)
                        for c in profile.candidates}
                assert want in have, f"{profile.id}: ISPDB {name} says {want}"
                checked += 1
    assert checked >= 8
