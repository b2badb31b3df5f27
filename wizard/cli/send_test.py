"""`relay-wizard send-test`: send ONE test message through a relay setting (the user's explicit command).

    relay-wizard send-test (--isp ID [--candidate N ...] | --host H --port N --security S) --from ADDRESS
        [--to ADDRESS] [--user NAME] [--password-stdin] [--ca-file PEM] [--json]

Exit 0 when the relay accepted the message, 1 when not, 2 on usage errors. The JSON is the probe's candidate record
plus ``data_reply`` (the server's final reply), ``queue_id``, ``recipient``, ``message_id``, ``size`` and ``sent``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wizard.cli.common import add_password_option, obtain_password, print_json, seconds, translator, wrap
from wizard.cli.relay_options import add_setting_options, setting_from_args, usage_error

from . import EXIT_OK, EXIT_PROBLEM


def register(sub) -> None:
    p = sub.add_parser(
        "send-test",
        help="send one test message through the relay (only on this command), then show the server's reply",
        description=(
            "Send exactly one short test message (Japanese and English) from your own address through the relay "
            "setting, with the same safety as `probe` (verified TLS, login only when encrypted, password never "
            "shown). The message says how to open its source; paste that into `relay-wizard headers`. Exit codes: "
            "0 the relay accepted the message; 1 not; 2 usage error."
        ),
    )
    add_setting_options(p)
    p.add_argument("--to", metavar="ADDRESS", help="recipient (default: your own address)")
    add_password_option(p)
    p.add_argument("--allow-plain-auth", action="store_true",
                   help="allow a plain setting that logs in (sends the password without encryption)")
    p.add_argument("--ca-file", metavar="PEM", help="extra trusted CA certificates, on top of the system's")
    p.add_argument("--timeout", metavar="S", type=seconds(3600), default=15.0, help="per server reply (15)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run, _parser=p)


def run(args) -> int:
    # lazy: the SMTP session and the catalogue load only when this command runs
    from wizard.core.inputs.address import AddressError, parse_address
    from wizard.core.smtp.result import ProbeNotAllowed, ProbeRequest, Timeouts
    from wizard.core.smtp.sendtest import send_test

    tr = translator(args.lang)
    setting, address, _isp = setting_from_args(args)
    try:
        rcpt = parse_address(args.to).ascii if args.to else ""
    except AddressError as exc:
        usage_error(args, f"--to: {exc.msg.render(tr)}")
    if args.ca_file and not Path(args.ca_file).is_file():
        usage_error(args, f"--ca-file: no such file: {args.ca_file}")
    password = obtain_password(args, setting.host, setting.port, setting.username) if setting.needs_auth else None
    req = ProbeRequest(setting=setting, sender=address.ascii, rcpt=rcpt, password=password,
                       allow_plain_auth=args.allow_plain_auth, ca_file=args.ca_file,
                       timeouts=Timeouts(read=args.timeout))
    try:
        out = send_test(req, display_name=args.name)
    except ProbeNotAllowed as exc:
        usage_error(args, exc.msg.render(tr))
    if args.json:
        print_json(out.as_dict(tr))
    else:
        r = out.result
        mark = "SENT" if out.sent else "FAIL"
        print(f"{mark} {setting.host}:{setting.port} ({setting.security.value}) -> {out.recipient}  [{r.verdict.value}]")
        for line in wrap(out.explanation.render(tr)):
            print(f"     {line}")
        for line in r.summary_lines(tr):
            print(f"     {line}")
        if out.data_reply:
            print(f"     final reply: {out.data_reply}" + (f" (queue id {out.queue_id})" if out.queue_id else ""))
        print("transcript:")
        for line in r.transcript:
            print(f"  {line}")
        sys.stdout.flush()
    return EXIT_OK if out.sent else EXIT_PROBLEM
