"""`relay-wizard gui`: open the wizard window (the same as no subcommand)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("gui", help="open the wizard window (the default)")
    p.set_defaults(func=run)


def run(args) -> int:
    from wizard.gui.app import run as run_gui

    return run_gui(lang=args.lang)
