"""Export inputs shared by the format, golden-file, CLI and GUI tests."""

from __future__ import annotations

import datetime as _dt
import itertools
from pathlib import Path

from wizard.core.inputs.address import parse_address
from wizard.core.catalog.loader import load_catalog
from wizard.core.export import IncomingServer, IncomingType, make_input
from wizard.core.model import Auth, RelaySetting, Security

PASSWORD = "s3cret-パスワード-never-in-a-file"


def fixed_uuids():
    counter = itertools.count(1)
    return lambda: f"00000000-0000-4000-8000-{next(counter):012d}"


def case(name: str):
    cat = load_catalog(user=False)
    if name == "ocn-idn-ja":  # IDN domain, Japanese display name, implicit TLS, guessed incoming server
        return make_input(
            RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, "taro@abc.ocn.ne.jp"),
            parse_address("info@例え.jp"), "株式会社例え 山田 太郎", cat.get("ocn"),
            spf_record="v=spf1 include:abc.ocn.ne.jp include:_spf.xserver.jp ~all",
            created=_dt.date(2026, 11, 29), uuid_factory=fixed_uuids(),
        )
    if name == "starttls-cram-pop":  # STARTTLS, CRAM-MD5, a given POP3 incoming server, no provider, ASCII only
        return make_input(
            RelaySetting("smtp.example.ne.jp", 587, Security.STARTTLS, Auth.CRAM_MD5, "k1234567"),
            parse_address("sales@example.co.jp"), "Example Sales",
            incoming=IncomingServer("pop.example.co.jp", 995, IncomingType.POP3, Security.TLS, "sales@example.co.jp"),
            uuid_factory=fixed_uuids(),
        )
    if name == "plain-noauth-ja":  # port 25 without TLS or login, Japanese name with markup characters
        return make_input(
            RelaySetting("mail.example-isp.ne.jp", 25, Security.PLAIN, Auth.NONE, ""),
            parse_address("office@やまだ商店.jp"), "やまだ商店 <事務所> & \"本店\"", cat.get("other"),
            created=_dt.date(2026, 1, 5), uuid_factory=fixed_uuids(),
        )
    raise KeyError(name)


CASES = ["ocn-idn-ja", "starttls-cram-pop", "plain-noauth-ja"]


SAMPLE_PREFS = Path(__file__).parent / "samples" / "prefs_several_accounts.js"


def thunderbird_home(home: Path) -> Path:
    """A Linux Thunderbird folder under ``home`` with one default profile holding the sample prefs.js; returns the
    profile folder."""
    root = home / ".thunderbird"
    prof = root / "ab12cd34.default-release"
    prof.mkdir(parents=True)
    (prof / "prefs.js").write_bytes(SAMPLE_PREFS.read_bytes())
    (root / "profiles.ini").write_text(
        "[Profile0]\nName=default-release\nIsRelative=1\nPath=ab12cd34.default-release\n\n"
        "[General]\nStartWithLastProfile=1\nVersion=2\n\n[Install4F96D1932A9F858E]\nDefault=ab12cd34.default-release\n",
        encoding="utf-8")
    return prof
