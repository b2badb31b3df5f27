"""After the switch: watching the rental server, the platform's scheduler, desktop notifications, the delisting kit.

Modules:
  ``rental.py``    ``resources/rental_servers.toml``: the Japanese rental servers, recognised from a host or reverse name
  ``kit.py``       the delisting kit: each listing's removal procedure and the letter to the rental-server company
  ``schedule.py``  the daily ``watch check --notify``: systemd user timer, Windows Task Scheduler XML, launchd agent
  ``notify.py``    desktop notifications (freedesktop Notifications over D-Bus on Linux)

Nothing here imports Qt. The watch list and its history live in the app's database (a later part).
"""
