"""Entry point of the packaged app: the same `relay-wizard` command, GUI with no subcommand, CLI with one."""

import sys

from wizard.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
