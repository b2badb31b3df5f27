"""The organisational domain against the Public Suffix List project's own test vectors (test_psl.txt, public
domain, shipped with the publicsuffixlist package): every vector with a host name must agree (73 of the file's 78 active
vectors, 18 of them with IDN labels; the other five are a null input and names with a leading dot)."""

from __future__ import annotations

import re
from pathlib import Path

import idna
import publicsuffixlist

from wizard.core import dmarc

VECTORS = Path(publicsuffixlist.__file__).with_name("test_psl.txt")
_CALL = re.compile(r"^checkPublicSuffix\((null|'[^']*'), (null|'[^']*')\);")


def _a_labels(name: str) -> str:
    return name if name.isascii() else idna.encode(name, uts46=True).decode("ascii")


def vectors() -> list[tuple[str, str | None]]:
    out = []
    for line in VECTORS.read_text(encoding="utf-8").splitlines():
        m = _CALL.match(line)
        if not m or m.group(1) == "null":
            continue
        domain = m.group(1).strip("'")
        expected = None if m.group(2) == "null" else m.group(2).strip("'")
        if domain.startswith("."):
            continue  # not a host name; wizard.core.inputs refuses it before any check
        # The check gets A-labels (wizard.core.inputs converts an IDN): convert the Unicode vectors the same way.
        out.append((_a_labels(domain), None if expected is None else _a_labels(expected)))
    return out


def test_registrable_domain_agrees_with_every_psl_test_vector():
    cases = vectors()
    assert len(cases) == 73
    wrong = [(d, e, dmarc.registrable_domain(d)) for d, e in cases if dmarc.registrable_domain(d) != e]
    assert wrong == []
    # the organisational domain of a public suffix is the suffix itself
    for d, e in cases:
        assert dmarc.organizational_domain(d) == (e or d.lower())
