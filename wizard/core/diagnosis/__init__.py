"""Diagnosis: the bounce reader (``bounce.py``: servers, codes, the blocked address and the lists a returned message
names) and the diagnostic report (``report.py``: one plain text of the whole session, never a password). Both render
what the checks' own records give; neither asks the network.
"""
