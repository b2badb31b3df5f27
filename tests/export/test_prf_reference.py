"""The POP3 PRF against a reference layout of an Office Customization Tool file (samples/oct_pop3_pst.prf, written
after Microsoft's documented PRF template, see its header): same sections, keys only from the reference, the same
MAPI tags, and the store the account delivers to named in [Service List]."""

from __future__ import annotations

import configparser
from pathlib import Path

from tests.export.cases import case
from wizard.core import export
from wizard.core.export.outlook_prf import decode

SAMPLE = Path(__file__).parent / "samples" / "oct_pop3_pst.prf"


def ini(text: str) -> configparser.ConfigParser:
    cp = configparser.ConfigParser(interpolation=None, strict=True, comment_prefixes=(";",))
    cp.optionxform = str
    cp.read_string(text)
    return cp


def test_pop3_prf_has_the_sections_and_keys_of_the_oct_layout():
    ref = ini(SAMPLE.read_text(encoding="ascii"))
    ours = ini(decode(export.render("outlook-prf", case("starttls-cram-pop"))))
    # IMAP_I_Mail is the one extra: the file carries the mapping of both account types, as OCT files carry every type's.
    assert [s for s in ours.sections() if s != "IMAP_I_Mail"] == [
        "General", "Service List", "Service1", "Internet Account List", "Account1", "Unicode Personal Folders", "I_Mail"
    ]
    assert set(ours.sections()) - {"IMAP_I_Mail"} == set(ref.sections())
    for section in ref.sections():
        assert set(ours[section]) <= set(ref[section]), section
    # the mapping sections are copied exactly: every tag as the reference gives it
    for section in ("Unicode Personal Folders", "I_Mail"):
        assert dict(ours[section]) == dict(ref[section]), section
    # the account delivers to a store the profile names
    assert ours["Service List"]["Service1"] == "Unicode Personal Folders"
    assert ours["General"]["DefaultStore"] == "Service1"
    assert ours["Service1"]["PathAndFilenameToPersonalFolders"].endswith(r"\sales@example.co.jp.pst")
    assert "Password" not in ours["Service1"]  # no secret, not even an empty one


def test_imap_prf_names_no_store():
    ours = ini(decode(export.render("outlook-prf", case("ocn-idn-ja"))))
    assert dict(ours["Service List"]) == {} and "DefaultStore" not in ours["General"]
    assert "Unicode Personal Folders" not in ours.sections()
