"""After the switch: watching the rental server, the platform's scheduler, desktop notifications, the delisting kit
(docs/WATCH.md). Nothing here imports Qt.

Modules:
  ``history.py``   the watch list and each check's results per target, address and list in the app's database
                   (``core/store.py``), and what the history says: first seen listed, still listed, when each list
                   cleared it, the start-up banner
  ``goback.py``    going back to the rental server's own SMTP once every list has cleared it
  ``rental.py``    ``resources/rental_servers.toml``: the Japanese rental servers, recognised from a host or reverse name
  ``kit.py``       the delisting kit: each listing's removal procedure and the letter to the rental-server company
  ``schedule.py``  the daily ``watch check --notify``: systemd user timer, Windows Task Scheduler XML, launchd agent
  ``notify.py``    desktop notifications (freedesktop Notifications over D-Bus on Linux)
"""
