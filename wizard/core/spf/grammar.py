"""The SPF record grammar: RFC 7208 section 12 (ABNF), rule for rule, run by the ``abnf`` package.

The rules below are the RFC's text; only ``ip6-network`` ("as per RFC 4291 section 2.2", prose in the RFC) is taken
from RFC 3986's ``IPv6address``, which writes that text form as ABNF. ABNF strings are case-insensitive (RFC 5234
2.3), so ``%{H}``, ``INCLUDE:`` and ``V=SPF1`` are valid as the RFC means them. What the ABNF cannot say is checked
in :mod:`.record`: the ``c``, ``r``, ``t`` macro letters only in explanation text (7.1), ``redirect``/``exp`` at most
once (6), and that an ``unknown-modifier`` is not named like a known one.

Why a grammar engine instead of regular expressions: the grammar needs backtracking (``domain-spec = macro-string
domain-end`` where ``macro-string`` may swallow ``.``, ``/`` and ``:``), and keeping the RFC's own text makes "the
grammar is RFC 7208's" checkable by reading.
"""

from __future__ import annotations

from typing import ClassVar

from abnf.grammars import rfc3986
from abnf.grammars.misc import load_grammar_rules
from abnf.parser import Node, ParseError
from abnf.parser import Rule as _Rule


@load_grammar_rules([("ip6-network", rfc3986.Rule("IPv6address"))])
class Rule(_Rule):
    """RFC 7208 section 12."""

    grammar: ClassVar[list[str]] = [
        'record = version terms *SP',
        'version = "v=spf1"',
        'terms = *( 1*SP ( directive / modifier ) )',
        'directive = [ qualifier ] mechanism',
        'qualifier = "+" / "-" / "?" / "~"',
        'mechanism = ( all / include / a / mx / ptr / ip4 / ip6 / exists )',
        'all = "all"',
        'include = "include" ":" domain-spec',
        'a = "a" [ ":" domain-spec ] [ dual-cidr-length ]',
        'mx = "mx" [ ":" domain-spec ] [ dual-cidr-length ]',
        'ptr = "ptr" [ ":" domain-spec ]',
        'ip4 = "ip4" ":" ip4-network [ ip4-cidr-length ]',
        'ip6 = "ip6" ":" ip6-network [ ip6-cidr-length ]',
        'exists = "exists" ":" domain-spec',
        'modifier = redirect / explanation / unknown-modifier',
        'redirect = "redirect" "=" domain-spec',
        'explanation = "exp" "=" domain-spec',
        'unknown-modifier = name "=" macro-string',
        'ip4-cidr-length = "/" ("0" / %x31-39 0*1DIGIT)',
        'ip6-cidr-length = "/" ("0" / %x31-39 0*2DIGIT)',
        'dual-cidr-length = [ ip4-cidr-length ] [ "/" ip6-cidr-length ]',
        'ip4-network = qnum "." qnum "." qnum "." qnum',
        'qnum = DIGIT / %x31-39 DIGIT / "1" 2DIGIT / "2" %x30-34 DIGIT / "25" %x30-35',
        'domain-spec = macro-string domain-end',
        'domain-end = ( "." toplabel [ "." ] ) / macro-expand',
        'toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )',
        'alphanum = ALPHA / DIGIT',
        'explain-string = *( macro-string / SP )',
        'macro-string = *( macro-expand / macro-literal )',
        'macro-expand = ( "%{" macro-letter transformers *delimiter "}" ) / "%%" / "%_" / "%-"',
        'macro-literal = %x21-24 / %x26-7E',
        'macro-letter = "s" / "l" / "o" / "d" / "i" / "p" / "h" / "c" / "r" / "t" / "v"',
        'transformers = *DIGIT [ "r" ]',
        'delimiter = "." / "-" / "+" / "," / "/" / "_" / "="',
        'name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )',
    ]


def parse(rule: str, text: str) -> Node | None:
    """The parse tree of ``text`` as the whole of ``rule``, or None when it is not one."""
    try:
        return Rule(rule).parse_all(text)
    except ParseError:
        return None


def find(node: Node, name: str) -> Node | None:
    """The first node named ``name`` in ``node``'s tree (depth first), or None."""
    if node.name == name:
        return node
    for child in node.children:
        hit = find(child, name)
        if hit is not None:
            return hit
    return None


def find_all(node: Node, name: str):
    """Every node named ``name`` in ``node``'s tree, not looking inside a match."""
    if node.name == name:
        yield node
        return
    for child in node.children:
        yield from find_all(child, name)
