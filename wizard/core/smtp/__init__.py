"""SMTP probing: one live probe of a relay setting, and many at once with their plan (docs/PROBE.md).

steps (the words) -> result (request and result records) -> replies (parser with limits) -> transport (socket, TLS)
-> session (the state machine, ``probe()``; it asks A/AAAA through the one DNS client, ``dns.query``); probing (all candidates at once,
ranking, the plan). Never DATA.
"""
