"""The command-line face of Relay Wizard: a thin layer over ``wizard.core``.

``relay-wizard`` with no subcommand opens the GUI. Each subcommand lives in its own module under ``wizard/cli/``
with ``register(subparsers)``; adding one is one module and one line in :data:`COMMANDS`.
Exit codes: 0 success, 1 the check found a problem / could not do the work, 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from wizard import APP_NAME, __version__

# Subcommand modules, in --help order.
COMMANDS = [
    "wizard.cli.isps",
    "wizard.cli.export",
    "wizard.cli.thunderbird",
    "wizard.cli.dns",
    "wizard.cli.blocklist",
    "wizard.cli.whereami",
    "wizard.cli.bounce",
    "wizard.cli.probe",
    "wizard.cli.gui",
    "wizard.cli.keyring_info",
    "wizard.cli.remember",
    "wizard.cli.forget",
]

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_NAME,
        description=(
            "Send mail from your own domain through your Internet provider's relay. "
            "Without a subcommand the wizard window opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="build the wizard offscreen, check that every resource loads, and exit (0 = all good)",
    )
    parser.add_argument("--lang", choices=["ja", "en"], help="language of the window and messages (default: system)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        import_module(name).register(sub)
    return parser


def _gui_only(argv: list[str]) -> tuple[bool, str | None]:
    """The plain GUI start (no arguments, or only --lang): skip building the CLI parser, it costs start-up time."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--lang" and argv[1] in ("ja", "en"):
        return True, argv[1]
    if len(argv) == 1 and argv[0] in ("--lang=ja", "--lang=en"):
        return True, argv[0].split("=", 1)[1]
    return False, None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gui, lang = _gui_only(argv)
    if gui:
        from wizard.gui.app import run

        return run(lang=lang)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from wizard.gui.app import self_test

        return self_test(lang=args.lang)
    if not args.command:
        from wizard.gui.app import run

        return run(lang=args.lang)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # e.g. `relay-wizard isps | head`
        return EXIT_OK
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
