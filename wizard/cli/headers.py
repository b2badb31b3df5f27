"""`relay-wizard headers FILE|-`: read the headers of a received message back (SPF, DKIM, DMARC, the relay hop).

Exit 0 when SPF or DKIM passes aligned with the From domain (DMARC would pass), 1 when not, 2 on usage errors
(no such file, not a message).
"""

from __future__ import annotations

import sys

from wizard.cli.common import fail, print_json, translator

from . import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE


def register(sub) -> None:
    p = sub.add_parser(
        "headers",
        help="check a received message's headers: SPF, DKIM and DMARC results, alignment and the relay hop",
        description=(
            "Read the source (or only the headers) of a received message, e.g. the test message of `send-test`: "
            "the receiving server's Authentication-Results (forged-looking ones are ignored), Received-SPF, "
            "DKIM-Signature, From, Return-Path and the Received chain. Exit codes: 0 SPF or DKIM passes aligned with "
            "the From domain (DMARC would pass); 1 not; 2 usage error (no such file, not a message)."
        ),
    )
    p.add_argument("file", metavar="FILE|-", help="the saved message source (.eml), or - for standard input")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args) -> int:
    from wizard.core.diagnosis.headers import MAX_INPUT, HeaderError, analyze  # lazy: authres and the PSL

    tr = translator(args.lang)
    try:
        if args.file == "-":
            data = sys.stdin.buffer.read(MAX_INPUT * 4)
        else:
            with open(args.file, "rb") as fh:
                data = fh.read(MAX_INPUT * 4)
    except OSError as exc:
        return fail(args, f"cannot read {args.file}: {exc.strerror or type(exc).__name__}", EXIT_USAGE,
                    usage_of="headers")
    text = data.decode("utf-8", "replace")
    try:
        report = analyze(text)
    except HeaderError as exc:
        return fail(args, exc.msg.render(tr), EXIT_USAGE, usage_of="headers")
    if args.json:
        print_json(report.as_dict(tr))
    else:
        print("\n".join(report.lines(tr)))
    return EXIT_OK if report.dmarc_would_pass else EXIT_PROBLEM
