"""`relay-wizard bounce FILE|-`: read a returned message and say why it bounced."""

from __future__ import annotations

import sys

from wizard.cli.common import error, print_json, translator

from . import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE


def register(sub) -> None:
    p = sub.add_parser(
        "bounce",
        help="read a bounce message: servers, error codes, blocked address, blocklists",
        description=(
            "Read a returned message (a saved .eml file, the text of the notice, or '-' for standard input) and "
            "extract the reporting and remote servers, the SMTP and enhanced status codes, the blocked IP address, "
            "the blocklists named and the likely cause. Exit 0 when an error reply was found, 1 when none."
        ),
    )
    p.add_argument("file", metavar="FILE|-", help="the message file, or - to read standard input")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args) -> int:
    from wizard.core.diagnosis.bounce import MAX_BYTES, read_bounce
    from wizard.core.messages import QT_TRANSLATE_NOOP, Msg

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
        error(args, msg.render(tr))
        return EXIT_USAGE
    report = read_bounce(data)
    if args.json:
        print_json(report.as_dict(tr))
    else:
        print_bounce(report, tr)
    return EXIT_OK if report.found else EXIT_PROBLEM


def print_bounce(report, tr) -> None:
    from wizard.core.dns.blocklist import DELIST
    from wizard.core.messages import QT_TRANSLATE_NOOP, Msg

    rows = [
        (QT_TRANSLATE_NOOP("core", "Reported by"), ", ".join(report.reporting_servers)),
        (QT_TRANSLATE_NOOP("core", "Refused by"), ", ".join(f"{s.name} [{s.ip}]" if s.ip else s.name for s in report.remote_servers)),
        (QT_TRANSLATE_NOOP("core", "Recipients"), ", ".join(report.recipients)),
        (QT_TRANSLATE_NOOP("core", "Reply codes"), ", ".join(report.smtp_codes + report.enhanced_status)),
        (QT_TRANSLATE_NOOP("core", "Sending address seen by the receiver"), ", ".join(report.blocked_ips)),
        (QT_TRANSLATE_NOOP("core", "Blocklists"), ", ".join(
            (m.label.render(tr) if m.label else m.name) + (f" ({m.zone})" if m.zone else "") for m in report.blocklists)),
        (QT_TRANSLATE_NOOP("core", "Links"), ", ".join(report.urls)),
    ]
    for label, value in rows:
        if value:
            print(f"{Msg.of(label).render(tr)}: {value}")
    for reply in report.replies:
        print(f"  > {reply}")
    print(report.advice.render(tr))
    for m in report.blocklists:
        if m.delist_url:
            print(Msg.of(DELIST, url=m.delist_url).render(tr))
