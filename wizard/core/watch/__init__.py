"""After the switch: watch the rental server on the blocklists (docs/WATCH.md).

- ``history.py``: the watch list, each check's results per target, address and list in the app's database, and
  what the history says (first seen listed, still listed, when each list cleared it, the start-up banner).
- ``goback.py``: going back to the rental server's own SMTP once every list has cleared it.
"""
