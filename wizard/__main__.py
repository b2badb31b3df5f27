"""`python -m wizard` and the `relay-wizard` entry point: GUI with no subcommand, CLI with one."""

import sys

from wizard.cli import main as cli_main


def main(argv: list[str] | None = None) -> int:
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
