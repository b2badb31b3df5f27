"""`relay-wizard export --format F (--isp ID [--candidate N] | --host H --port N --security S) --from ADDRESS
[--user NAME] [--name "Display Name"] -o PATH`: write one settings file.

Exit codes: 0 written, 1 the file could not be written (reason on stderr), 2 usage error.
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

from wizard.cli.common import fail, print_json, render
from wizard.cli.relay_options import (
    add_incoming_options,
    add_setting_options,
    incoming_from_args,
    setting_from_args,
    usage_error,
)
from wizard.core import export

from . import EXIT_OK, EXIT_PROBLEM


def format_help() -> str:
    """The --format help: every format of the registry with its title."""
    return "file format: " + "; ".join(f"{f.id} = {f.title.render()}" for f in export.FORMATS.values())


def register(sub) -> None:
    p = sub.add_parser(
        "export",
        help="write a settings file for Thunderbird, Outlook, Apple Mail or a printable sheet",
        description=(
            "Write the chosen relay setting as a file for a mail program. No password is ever written. "
            "-o - writes to standard output. Exit codes: 0 written; 1 the file cannot be written (the reason is "
            "printed); 2 usage error."
        ),
    )
    p.add_argument("--format", required=True, choices=export.FORMAT_IDS, help=format_help())
    add_setting_options(p)
    add_incoming_options(p)
    p.add_argument("--spf", metavar="RECORD", help="the SPF record to publish (printed on the sheet)")
    p.add_argument("-o", "--output", metavar="PATH", required=True, help="file to write (- for standard output)")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(func=run, _parser=p)


def run(args) -> int:
    setting, address, isp = setting_from_args(args)
    incoming = incoming_from_args(args)
    try:
        inp = export.make_input(setting, address, args.name, isp, incoming, args.spf, created=_dt.date.today())
    except export.ExportError as exc:
        usage_error(args, render(exc.msg, args))
    fmt = export.get(args.format)
    data = fmt.render(inp)
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    path = Path(args.output)
    if path.is_dir():
        path = path / fmt.filename(inp)
    try:
        export.save(path, data)
    except export.ExportError as exc:
        return fail(args, render(exc.msg, args), EXIT_PROBLEM)
    if args.json:
        print_json({"format": fmt.id, "path": str(path), "bytes": len(data), "setting": setting.label()})
    else:
        print(f"{path}  ({render(fmt.title, args)}, {len(data)} bytes)")
    return EXIT_OK

