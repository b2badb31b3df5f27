"""DNS checks: the one resolver factory (``resolver.py``: what the user typed -> a resolver, one timeout policy), the
one DNS client and result type (``query.py``: :class:`~wizard.core.dns.query.Answer`, one question, many at once,
the addresses of a host), the blocklist check (``blocklist.py``; its facts are ``resources/dnsbl.toml``, loaded and
checked by ``zones.py``, which needs no network and no dnspython) and where-am-I (``whereami.py``: this line's public address, reverse name and provider).

dnspython (about 0.05 s on a quiet machine, 0.4 s on a busy one) is imported by ``query.py`` and ``resolver.py``
and so by everything that asks DNS. This file imports nothing: the command line builds its parser from the
defaults below, and the GUI shows its first page, without loading dnspython; the faces import the modules when a
check runs.
"""

QUESTION_TIMEOUT = 3.0  # seconds one DNS question may take, unless the caller (a CLI --timeout) chose another
BLOCKLIST_TIMEOUT = 4.0  # seconds a whole blocklist check may take (every question runs at once)
WHEREAMI_TIMEOUT = 3.0  # seconds for the public address, then as long again for the reverse names
