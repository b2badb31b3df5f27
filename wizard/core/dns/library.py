"""dnspython as the app uses it: plain DNS over UDP and TCP only.

dnspython imports its DNS-over-HTTPS, DNS-over-QUIC and Trio back-ends (httpx, h2, anyio, aioquic, trio) whenever
those packages happen to be installed, and another tool in the same environment often brings them. The app never
uses them, and they cost about 10 MiB of memory and tens of milliseconds at the first DNS question (bench/memory.py),
also in the packaged app. dnspython's own switch (``dns._features.force``, "a workaround for cases where
importlib.metadata is ineffective") turns them off. Every module of the app that imports dnspython imports this one
first.
"""

from __future__ import annotations

import dns._features

for _feature in ("doh", "doq", "trio"):
    dns._features.force(_feature, False)
