"""SPF (RFC 7208) of the user's domain: read and lint the record, show its include tree with lookup costs, propose the
record with the provider's relay authorised, and evaluate an address against the current and the proposed record.

Which module owns what (the data flows down this list; each imports only those above it):

- :mod:`.texts`: every message text of the SPF checks (the ``QT_TRANSLATE_NOOP`` catalogue);
- :mod:`.record`: the limits, the record grammar (terms, modifiers, domain-specs), TXT strings, fetching the record;
- :mod:`.tree`: the include/redirect tree with lookup and void-lookup counts;
- :mod:`.lint`: the lint of the domain's record (:class:`~.lint.SpfReport`);
- :mod:`.result`: the result values and their plain words (no pyspf, so faces can show results cheaply);
- :mod:`.evaluate`: evaluation over pyspf through the caller's resolver;
- :mod:`.proposal`: the proposed record that keeps every term.

Every function takes the dnspython resolver to use; docs/SPF.md explains the choices.
"""
