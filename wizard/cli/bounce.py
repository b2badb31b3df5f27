"""`relay-wizard bounce FILE|-`: read a returned message and say why it bounced."""

from __future__ import annotations

import sys

from wizard.cli.common import fail, print_json, translator
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg

from . import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE


def register(sub) -> None:
    p = sub.add_parser(
        "bounce",
        help="read a bounce message: servers, error codes, blocked address, blocklists",
        description=(
            "Read a returned message (a saved .eml file, the text of the notice, or '-' for standard input) and "
            "extract the reporting and remote servers, the SMTP and enhanced status codes, the blocked IP address, "
            "the blocklists named and the likely cause. Exit codes: 0 an error reply was found; 1 none; 2 usage error "
            "(the file cannot be read)."
        ),
    )
    p.add_argument("file", metavar="FILE|-", help="the message file, or - to read standard input")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args) -> int:
    from wizard.core.diagnosis.bounce import MAX_BYTES, read_bounce  # lazy: dnspython, only when the command runs

    tr = translator(args.lang)
    try:
        if args.file == "-":
            data = sys.stdin.buffer.read(MAX_BYTES)
        else:
            with open(args.file, "rb") as fh:
                data = fh.read(MAX_BYTES)
    except OSError as exc:
        msg = Msg.of(QT_TRANSLATE_NOOP("core", "{file} cannot be read: {reason}"), file=args.file,
                     reason=exc.strerror or type(exc).__name__)
        return fail(args, msg.render(tr), EXIT_USAGE)
    report = read_bounce(data)
    if args.json:
        print_json(report.as_dict(tr))
    else:
        print("\n".join(report.lines(tr)))
    return EXIT_OK if report.found else EXIT_PROBLEM
