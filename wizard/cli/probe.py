"""`relay-wizard probe`: test candidate relay settings live from this line (never sends DATA).

    relay-wizard probe (--isp ID | --host H --port N --security plain|starttls|tls) --from ADDRESS [--rcpt ADDRESS]
        [--user NAME] [--password-stdin] [--ca-file PEM] [--connect-timeout S] [--timeout S] [--json]
    extra: --isp-address ADDRESS, --account ID, --server HOST (templates of --isp profiles), --auth MECH (--host),
        --allow-plain-auth, --deadline S, --resolver ADDR[:PORT]

Exit 0 when a setting works, 1 when none does, 2 on usage errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wizard.cli.common import (
    add_password_option,
    error,
    fail,
    host_type,
    obtain_password,
    port_type,
    print_json,
    seconds,
    terminal_width,
    translator,
    wrap,
)
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
from wizard.i18n import resolve_lang

from . import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE

_seconds = seconds(3600)

# the text output's labels (the JSON output has fields instead)
L_RECOMMENDED = QT_TRANSLATE_NOOP("core", "Recommended: {host} port {port} ({security})")
L_LOGIN = QT_TRANSLATE_NOOP("core", "Login: {user}")
L_NONE_WORKS = QT_TRANSLATE_NOOP("core", "No setting works from this line.")
L_GIVE_PASSWORD = QT_TRANSLATE_NOOP(
    "core", "Give the password with --password-stdin (or save it with `relay-wizard remember`) to test them.")
L_WARNINGS = QT_TRANSLATE_NOOP("core", "Warnings:")
L_TESTING = QT_TRANSLATE_NOOP("core", "Testing {n} setting(s) of {what} from this line (no mail is sent)...")
L_CONTRADICTED = QT_TRANSLATE_NOOP("core", "Catalogue contradicted: {reason}")


def register(sub) -> None:
    p = sub.add_parser(
        "probe",
        help="test relay settings live from this line (connect, TLS, login, sender), without sending mail",
        description=(
            "Test every candidate setting of a provider (--isp) or one setting (--host/--port/--security) live from "
            "this line: connect, TLS, login, MAIL FROM and RCPT TO with your own address, then RSET and QUIT. No "
            "mail is sent (never DATA). Exit codes: 0 a setting works; 1 none does; 2 usage error."
        ),
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--isp", metavar="ID", help="test every candidate of this provider profile (see `isps`)")
    which.add_argument("--host", metavar="H", type=host_type,
                       help="test one server (with --port and --security; a Japanese name works too)")
    p.add_argument("--port", metavar="N", type=port_type, help="port of --host")
    p.add_argument("--security", choices=["plain", "starttls", "tls"], help="connection security of --host")
    p.add_argument(
        "--auth",
        choices=["none", "auto", "plain", "login", "cram-md5"],
        help="login method for --host (default: auto with --user, else none)",
    )
    p.add_argument("--from", dest="sender", metavar="ADDRESS", required=True, help="your own address (the sender)")
    p.add_argument("--rcpt", metavar="ADDRESS", help="recipient for RCPT TO (default: your own address)")
    p.add_argument("--user", metavar="NAME", help="login name (default: from the profile's template)")
    add_password_option(p)
    p.add_argument("--isp-address", metavar="ADDRESS", default="", help="your mail address at the provider (--isp)")
    p.add_argument("--account", metavar="ID", default="", help="your account ID at the provider (--isp)")
    p.add_argument("--server", "--user-host", dest="server", metavar="HOST", type=host_type,
                   help="with --isp: the server name for a profile that asks for one (\"other\": {host}); "
                        "--user-host is accepted too, as for export")
    p.add_argument(
        "--allow-plain-auth",
        action="store_true",
        help="also test unencrypted settings that log in (sends the password without encryption)",
    )
    p.add_argument("--ca-file", metavar="PEM", help="extra trusted CA certificates, on top of the system's")
    p.add_argument("--connect-timeout", metavar="S", type=_seconds, default=10.0, help="per connect attempt (10)")
    p.add_argument(
        "--timeout", metavar="S", type=_seconds, default=15.0, help="per server reply (15; the greeting may take 2x)"
    )
    p.add_argument("--deadline", metavar="S", type=_seconds, help="for each whole probe (connect + greeting + 4x timeout)")
    p.add_argument("--resolver", metavar="ADDR[:PORT]", help="DNS server to use (default: the system's)")
    p.add_argument(
        "--line-isp",
        metavar="ID",
        default="",
        help="the provider of the line this computer uses (as `whereami` detects it): a success from another "
        "provider's line disproves \"own lines only\"",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def _usage(args, text: str) -> int:
    return fail(args, text, EXIT_USAGE, usage_of="probe")


def run(args) -> int:
    # lazy: every subcommand module is imported to build the parser (also for `--help` and the other subcommands);
    # the probing machinery (ssl, the catalogue) and dnspython cost about 70 ms, paid only when `probe` runs
    from wizard.core.catalog.loader import load_catalog
    from wizard.core.dns.resolver import ResolverSpecError, make_resolver
    from wizard.core.inputs.address import AddressError, parse_address
    from wizard.core.model import Auth, RelaySetting, Security
    from wizard.core.catalog.resolve import resolve
    from wizard.core.secrets import KeyringUnavailable, load_password
    from wizard.core.smtp.probing import CandidateDone, ProbeOptions, entries_for, entries_for_setting, run_plan
    from wizard.core.smtp.result import Timeouts
    from wizard.core.catalog.evidence import CAUTION, contradictions, remember
    from wizard.core.store import open_store

    tr = translator(args.lang)
    try:
        sender = parse_address(args.sender).ascii
        rcpt = parse_address(args.rcpt).ascii if args.rcpt else ""
        isp_address = parse_address(args.isp_address).ascii if args.isp_address else ""
    except AddressError as exc:
        return _usage(args, exc.msg.render(tr))
    resolver = None
    if args.resolver:
        try:
            resolver = make_resolver(args.resolver, timeout=Timeouts(connect=args.connect_timeout).dns_s)
        except ResolverSpecError as exc:
            return _usage(args, exc.msg.render(tr))
    if args.ca_file:
        if not Path(args.ca_file).is_file():
            return _usage(args, f"--ca-file: no such file: {args.ca_file}")

    profile = None
    values: dict[str, str] = {}
    if args.isp:
        for opt in ("port", "security", "auth"):
            if getattr(args, opt) is not None:
                return _usage(args, f"--{opt} goes with --host, not with --isp")
        catalog = load_catalog()
        profile = catalog.get(args.isp)
        if profile is None:
            return _usage(args, f"unknown provider {args.isp!r}; `relay-wizard isps` lists them")
        resolution = resolve(profile, isp_address=isp_address, account=args.account, host=args.server or "",
                             login=args.user or "")
        values = dict(resolution.values)
        entries = entries_for(resolution)
    else:
        if args.port is None or args.security is None:
            return _usage(args, "--host needs --port and --security")
        auth = Auth(args.auth) if args.auth else (Auth.AUTO if args.user else Auth.NONE)
        setting = RelaySetting(args.host, args.port, Security(args.security), auth, args.user or "")
        entries = entries_for_setting(setting)

    password = None
    passwords = {}
    needs_auth = [e.setting for e in entries if e.setting is not None and e.setting.needs_auth]
    if args.password_stdin:
        password = obtain_password(args, "", 0, "")
    else:
        for s in needs_auth:
            if not s.username:
                continue
            try:
                secret = load_password(s.host, s.port, s.username)
            except KeyringUnavailable as exc:
                error(args, exc.msg.render(tr))
                break
            if secret is not None:
                passwords[s] = secret

    options = ProbeOptions(
        sender=sender,
        rcpt=rcpt,
        password=password,
        passwords=passwords,
        allow_plain_auth=args.allow_plain_auth,
        ca_file=args.ca_file,
        timeouts=Timeouts(connect=args.connect_timeout, read=args.timeout, deadline=args.deadline),
        resolver=resolver,
    )

    def progress(event) -> None:
        if not args.json and isinstance(event, CandidateDone):
            _print_line(event.outcome, tr)
            sys.stdout.flush()

    if not args.json:
        what = profile.display_name(_lang(args)) if profile is not None else entries[0].label
        for line in wrap(Msg.of(L_TESTING, n=len(entries), what=what).render(tr)):
            print(line)
    plan = run_plan(entries, options, profile, values=values, progress=progress, line_isp=args.line_isp)
    found = contradictions(plan.outcomes, profile, args.line_isp)
    caution = Msg.of(CAUTION) if plan.recommended is not None else None
    with open_store() as store:  # remember the finished run (no address, no password, no server text)
        remember(store, plan.outcomes, profile.id if profile is not None else "", args.line_isp)
        for m in store.problems:
            error(args, m.render(tr))
    if args.json:
        out = plan.as_dict(tr)
        out["catalogue_contradictions"] = [c.as_dict(tr) for c in found]
        out["own_domain_caution"] = caution.render(tr) if caution is not None else None
        print_json(out)
    else:
        _print_plan(plan, tr)
        for c in found:
            for line in wrap(Msg.of(L_CONTRADICTED, reason=c.msg.render(tr)).render(tr)):
                print(line)
        if caution is not None:
            for line in wrap(caution.render(tr)):
                print(line)
    return EXIT_OK if plan.works else EXIT_PROBLEM


def _lang(args) -> str:
    return resolve_lang(args.lang)


def _print_line(o, tr) -> None:
    mark = "OK  " if o.works else "--  " if o.result is None else "FAIL"
    print(f"  {mark} {o.entry.label:44} {o.verdict:19} {o.title.render(tr)}")


def _print_plan(plan, tr) -> None:
    print()
    for o in plan.outcomes:
        mark = "OK  " if o.works else "--  " if o.result is None else "FAIL"
        print(f"{mark} {o.entry.label}  [{o.verdict}]")
        for line in wrap(o.explanation.render(tr)):
            print(f"       {line}")
        if o.result is not None:
            for line in o.result.summary_lines(tr):
                print(f"       {line}")
    print()
    rec = plan.recommended
    if rec is not None:
        s = rec.setting
        print(Msg.of(L_RECOMMENDED, host=s.host, port=s.port, security=s.security.value).render(tr))
        if s.username and s.needs_auth:
            print(Msg.of(L_LOGIN, user=s.username).render(tr))
    else:
        print(Msg.of(L_NONE_WORKS).render(tr))
    if any(w.code == "plan.needs_password" for w in plan.warnings):
        for line in wrap(Msg.of(L_GIVE_PASSWORD).render(tr)):
            print(line)
    if plan.warnings:
        print(Msg.of(L_WARNINGS).render(tr))
        for w in plan.warnings:
            for i, line in enumerate(wrap(w.msg.render(tr), terminal_width() - 4)):
                print(("  - " if i == 0 else "    ") + line)
