"""The engine: everything Relay Wizard knows and does, with no Qt (tests/core/test_no_qt_in_core.py enforces it).

The folders follow the data (one way: inputs -> checks -> plan -> exports); each package's docstring says which
module owns what, and docs/LAYOUT.md maps every job to its one place.

- ``inputs/``: what the user typed (address and domain parsing, the one host-name check) and the wizard's state/flow;
- ``catalog/``: provider profiles from ``resources/isps/`` and user overrides; ``resolve`` turns a profile and the
  typed values into concrete relay settings (the one place); which credentials a profile needs;
- ``smtp/``: one live probe (steps, result records, reply parser, transport/TLS, session) and all candidates at once
  with ranking and the plan (``probing``);
- ``dns/``: the one resolver factory, the one DNS client and result type, blocklists, where-am-I;
- ``spf/``, ``dmarc.py`` (+ ``dmarc_record.py``), ``domaincheck.py``: the domain's SPF and DMARC and the proposal;
  ``records.py``: the other DNS records a relay service needs (DKIM, return path, verification), checked;
- ``diagnosis/``: the bounce reader and the diagnostic report;
- ``export/``: one module per settings-file format and the registry (the only list of formats);
- ``thunderbird/``: editing a Thunderbird profile (profiles.ini, lock, prefs.js, apply/undo);
- shared: ``model`` (records), ``messages`` (translatable ``Msg``), ``findings`` (coded findings), ``cancel``,
  ``paths`` (resources and user folders), ``files`` (atomic writes), ``prefs`` (remembered choices), ``logs``
  (redacted log), ``secrets`` (the keyring behind a small interface).
"""
