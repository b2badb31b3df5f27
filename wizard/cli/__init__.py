"""The command-line face of Relay Wizard: a thin layer over ``wizard.core``.

``relay-wizard`` with no subcommand opens the GUI. Each subcommand lives in its own module under ``wizard/cli/``
with ``register(subparsers)``; adding one is one module and one line in :data:`COMMANDS`.
Exit codes: 0 success, 1 the check found a problem / could not do the work, 2 usage error, 3 (``blocklist``)
nothing could be checked; each subcommand's ``--help`` states its own. ``--json`` output and errors: see
:mod:`wizard.cli.common`.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from wizard import APP_NAME, __version__

# Subcommand modules, in --help order.
COMMANDS = [
    "wizard.cli.isps",
    "wizard.cli.evidence",
    "wizard.cli.export",
    "wizard.cli.thunderbird",
    "wizard.cli.dns",
    "wizard.cli.blocklist",
    "wizard.cli.watch",
    "wizard.cli.whereami",
    "wizard.cli.bounce",
    "wizard.cli.probe",
    "wizard.cli.send_test",
    "wizard.cli.headers",
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
        from wizard.cli import common  # lazy: see main()

        if common.json_errors:
            common.json_error(message, EXIT_USAGE, help=f"{self.prog} --help")
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


def _window_options() -> argparse.ArgumentParser:
    """The options of the plain GUI start (no subcommand, at most --lang), parsed without building the full parser:
    that imports every subcommand module (dnspython among them: ~0.1 s of start-up, bench/startup.py)."""
    parser = _Parser(prog=APP_NAME, add_help=False)
    parser.add_argument("--lang", choices=["ja", "en"])
    return parser


def _open_window(**options) -> int:
    from wizard.gui.app import run  # lazy: Qt and the window only for the GUI, never for a CLI subcommand

    return run(**options)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    window, rest = _window_options().parse_known_args(argv)
    if not rest:
        return _open_window(lang=window.lang)
    # lazy: the CLI's helpers (and the IDNA tables they bring, ~25 ms) are not loaded when the window opens
    from wizard.cli import common

    common.json_errors = common.asks_for_json(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from wizard.gui.app import self_test  # lazy: as in _open_window

        return self_test(lang=args.lang)
    if not args.command:
        return _open_window(lang=args.lang)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # e.g. `relay-wizard isps | head`
        return EXIT_OK
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
