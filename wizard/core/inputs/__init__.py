"""What the user typed: address and domain parsing (IDNA) and the one host-name check (``address``), the wizard's
state and its Qt-free flow of steps (``flow``)."""
