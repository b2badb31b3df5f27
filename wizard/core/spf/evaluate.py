"""SPF evaluation (RFC 7208 4-5) over pyspf: the result for mail from an address, against the published record or a
proposed one, with every DNS question asked through the resolver the caller gives.

pyspf looks names up through its module global ``spf.DNSLookup``; :class:`_ResolverQuery` is a subclass whose DNS
access goes through the resolver it holds (per query object: no global is patched, so two threads can evaluate
through two resolvers at once).
"""

from __future__ import annotations

import time
from functools import reduce

import wizard.core.dns.library  # noqa: F401 - first: dnspython without its unused back-ends
import dns.exception
import dns.name
import dns.rdatatype
import dns.resolver
import spf as pyspf

from wizard.core.cancel import Cancelled, CancelToken
from wizard.core.spf.result import Evaluation, Result


class _ResolverQuery(pyspf.query):
    """pyspf's query with every DNS question asked through ``resolver``.

    pyspf looks names up through the module global ``spf.DNSLookup``; :meth:`dns` below is pyspf 2.0.14's method with
    that one call replaced by :meth:`_lookup`, so the resolver belongs to this object and nothing global changes.
    (pyspf is licensed under the same terms as Python; this method is adapted from it.) pyspf offers no per-query
    hook (only that module global), so the copy stays, and pyproject pins pyspf to 2.0.14: a test compares the
    installed ``query.dns`` with the one copied and fails on any other release.
    """

    def __init__(self, *args, resolver, cancel: CancelToken | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._resolver = resolver
        self._cancel = cancel

    def _lookup(self, name: str, qtype: str, timeout: float):
        if self._cancel is not None and self._cancel.cancelled:
            raise Cancelled()
        lifetime = min(float(timeout), float(self._resolver.lifetime)) if timeout else self._resolver.lifetime
        try:
            ans = self._resolver.resolve(name, qtype, search=False, raise_on_no_answer=False, lifetime=lifetime)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return []
        except (dns.name.LabelTooLong, dns.name.NameTooLong, dns.name.EmptyLabel):
            return []
        except dns.exception.Timeout as x:
            raise pyspf.TempError("DNS " + str(x)) from None
        except dns.exception.DNSException as x:
            raise pyspf.TempError("DNS " + str(x)) from None
        out = []
        for rrset in ans.response.answer:
            owner = _plain(rrset.name)
            kind = dns.rdatatype.to_text(rrset.rdtype)
            for rdata in rrset:
                if kind == "CNAME":
                    out.append(((owner, "CNAME"), _plain(rdata.target)))
                elif kind in ("A", "AAAA"):
                    out.append(((owner, kind), rdata.address))
                elif kind == "MX":
                    out.append(((owner, kind), (rdata.preference, _plain(rdata.exchange))))
                elif kind == "PTR":
                    out.append(((owner, kind), _plain(rdata.target)))
                elif kind in ("TXT", "SPF"):
                    out.append(((owner, kind), tuple(rdata.strings)))
        return out

    def validated_ptrs(self):
        """RFC 7208 5.5: "If a DNS error occurs while doing an A RR lookup, then that domain name is skipped and the
        search continues." (pyspf lets the error end the check as temperror.)"""
        limit = pyspf.MAX_PTR if self.strict else pyspf.MAX_PTR * 4
        names = []
        for name in self.dns_ptr(self.i)[:limit]:
            try:
                if self.cidrmatch(self.dns_a(name, self.A), self.cidrmax):
                    names.append(name)
            except pyspf.TempError:
                continue
        return names

    # Adapted from pyspf 2.0.14 query.dns(); the only change is ``self._lookup`` in place of the global DNSLookup.
    def dns(self, name, qtype, cnames=None, ignore_void=False):  # noqa: C901 - kept close to the original
        if not name:
            raise Exception("Invalid query")
        name = str(name)
        if name.endswith("."):
            name = name[:-1]
        if not reduce(lambda x, y: x and 0 < len(y) < 64, name.split("."), True):
            return []  # invalid DNS name (too long or empty)
        name = name.lower()
        result = self.cache.get((name, qtype), [])
        if result:
            return result
        cnamek = (name, "CNAME")
        cname = self.cache.get(cnamek)
        if cname:
            cname = cname[0]
        else:
            safe2cache = pyspf.query.SAFE2CACHE
            if self.querytime < 0:
                raise pyspf.TempError("DNS Error: exceeded max query lookup time")
            if self.querytime < self.timeout and self.querytime > 0:
                timeout = self.querytime
            else:
                timeout = self.timeout
            timethen = time.time()
            for k, v in self._lookup(name, qtype, timeout):
                k = (k[0].lower(), k[1])
                if k == cnamek:
                    cname = v
                    result = self.cache.get((cname, qtype), [])
                    if result:
                        break
                if k[1] == "CNAME" or (qtype, k[1]) in safe2cache:
                    self.cache.setdefault(k, []).append(v)
            result = self.cache.get((name, qtype), [])
            if self.querytime > 0:
                self.querytime = self.querytime - (time.time() - timethen)
        if not result and cname:
            if not cnames:
                cnames = {}
            elif len(cnames) >= pyspf.MAX_CNAME:
                raise pyspf.PermError("Length of CNAME chain exceeds %d" % pyspf.MAX_CNAME)
            cnames[name] = cname
            if cname.lower().rstrip(".") in cnames:
                if self.strict > 1:
                    raise pyspf.AmbiguityWarning("CNAME loop", cname)
            else:
                result = self.dns(cname, qtype, cnames=cnames)
                if result:
                    self.cache[(name, qtype)] = result
        if not result and not ignore_void:
            self.void_lookups += 1
            if self.void_lookups > pyspf.MAX_VOID_LOOKUPS:
                raise pyspf.PermError("Void lookup limit of %d exceeded" % pyspf.MAX_VOID_LOOKUPS)
        return result


def _plain(name) -> str:
    """A DNS name as pyspf compares names: labels joined by dots, without zone-file escapes (\\032 for a space)."""
    return ".".join(label.decode("utf-8", "replace") for label in name.labels if label)


def make_query(resolver, ip: str, sender: str, helo: str, cancel: CancelToken | None = None) -> _ResolverQuery:
    """A pyspf query object that asks ``resolver`` (exposed for the RFC 7208 test-suite driver)."""
    return _ResolverQuery(
        i=ip, s=sender, h=helo, resolver=resolver, cancel=cancel, timeout=float(resolver.lifetime), querytime=0
    )


def evaluate(
    resolver,
    ip: str,
    domain: str,
    record: str | None = None,
    sender: str | None = None,
    helo: str | None = None,
    cancel: CancelToken | None = None,
) -> Evaluation:
    """The SPF result for mail from ``ip`` with envelope sender at ``domain``.

    With ``record`` the given text is evaluated as if it were published at ``domain`` (includes and redirects are
    still looked up): that is how the proposed record is tried before the user changes DNS.
    """
    q = make_query(resolver, ip, sender or f"postmaster@{domain}", helo or domain, cancel)
    res, _code, _explanation = q.check(spf=record) if record is not None else q.check()
    if cancel is not None:
        cancel.raise_if_cancelled()  # pyspf swallows errors around exp= lookups; a cancel there must still stop us
    res = {"unknown": "permerror", "error": "temperror", "ambiguous": "permerror"}.get(res, res)
    return Evaluation(ip, Result(res))
