"""Editing a Thunderbird profile (not an export format): ``profiles`` finds them (``profiles.ini``), ``lock`` tells
whether Thunderbird has one open, ``prefs_js`` reads and writes ``prefs.js`` line by line, ``edit`` plans, applies
(after a backup) and undoes the change; ``errors`` has the exceptions."""
