"""`relay-wizard thunderbird list|apply|undo [--profile DIR] [--link-identity] [--dry-run]`.

`apply` takes the same setting options as `export`. Exit 0 done (or nothing to do), 1 the profile cannot be changed
(Thunderbird runs, no profile, cannot write; the reason goes to stderr), 2 usage error. No password is written:
Thunderbird asks once and keeps it itself.
"""

from __future__ import annotations

from pathlib import Path

from wizard.cli.common import error, fail, print_json, render
from wizard.cli.relay_options import add_setting_options, setting_from_args
from wizard.core.thunderbird.edit import apply, undo
from wizard.core.thunderbird.errors import ThunderbirdError
from wizard.core.thunderbird.lock import lock_state
from wizard.core.thunderbird.prefs_js import PREFS, Prefs, identities, server_label, smtp_keys
from wizard.core.thunderbird.profiles import default_roots, find_profiles

from . import EXIT_OK, EXIT_PROBLEM


def register(sub) -> None:
    p = sub.add_parser(
        "thunderbird",
        help="list Thunderbird profiles, apply the relay setting to one, or undo that",
        description=(
            "list: the Thunderbird profiles on this computer. apply: add (or update) the outgoing server in a profile "
            "after a time-stamped backup; --link-identity points identities with your address at it. undo: restore "
            "the backup. Thunderbird must be closed. Without --profile the default profile is used. Exit codes: 0 "
            "done (or nothing to do); 1 the profile cannot be changed (Thunderbird runs, no profile, cannot write; "
            "the reason is printed); 2 usage error."
        ),
    )
    p.add_argument("action", choices=["list", "apply", "undo"])
    p.add_argument("--profile", metavar="DIR", help="profile folder (or a profile name from profiles.ini)")
    p.add_argument("--link-identity", action="store_true",
                   help="apply: make identities with the --from address send through the new server")
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_setting_options(p, require_from=False)
    p.set_defaults(func=run, _parser=p)


def _profile_dir(args) -> Path | None:
    try:
        profiles = find_profiles()
    except ThunderbirdError as exc:
        error(args, render(exc.msg, args))
        profiles = []
    if args.profile:
        path = Path(args.profile).expanduser()
        if path.is_dir():
            return path
        named = [p for p in profiles if p.name == args.profile]
        if named:
            return named[0].path
        fail(args, f"no profile folder or profile named {args.profile!r}", EXIT_PROBLEM)
        return None
    default = next((p for p in profiles if p.default), profiles[0] if len(profiles) == 1 else None)
    if default is None:
        fail(args, "no default Thunderbird profile found; give --profile DIR (see `relay-wizard thunderbird list`)",
             EXIT_PROBLEM)
    return default.path if default else None


def run(args) -> int:
    if args.action == "list":
        if args.from_address or args.isp or args.host:
            args._parser.error("list takes no setting options")
        return _list(args)
    if args.action == "undo":
        if args.from_address or args.isp or args.host or args.link_identity:
            args._parser.error("undo takes only --profile and --dry-run")
        return _undo(args)
    if not args.from_address:
        args._parser.error("apply needs --from ADDRESS")
    return _apply(args)


def _list(args) -> int:
    try:
        profiles = find_profiles()
    except ThunderbirdError as exc:
        return fail(args, render(exc.msg, args), EXIT_PROBLEM)
    rows = []
    for p in profiles:
        row = {"name": p.name, "path": str(p.path), "default": p.default, "exists": p.exists,
               "running": False, "smtp_servers": [], "identities": {}}
        if p.exists:
            row["running"] = lock_state(p.path).running
            try:
                prefs = Prefs((p.path / PREFS).read_bytes().decode("utf-8", errors="replace"))
                row["smtp_servers"] = [server_label(prefs, k) for k in smtp_keys(prefs)]
                row["identities"] = identities(prefs)
            except OSError:
                pass
        rows.append(row)
    no_profile = "no Thunderbird profile found in " + ", ".join(str(r) for r in default_roots())
    if args.json:
        data = {"roots": [str(r) for r in default_roots()], "profiles": rows}
        if not rows:
            data["error"] = {"message": no_profile, "exit_code": EXIT_PROBLEM, "kind": "problem"}
        print_json(data)
    else:
        for r in rows:
            flags = [f for f, on in (("default", r["default"]), ("running", r["running"]),
                                     ("missing", not r["exists"])) if on]
            print(f"{r['name']}{'  [' + ', '.join(flags) + ']' if flags else ''}  {r['path']}")
            for s in r["smtp_servers"]:
                print(f"    outgoing server {s}")
            for ident, addr in r["identities"].items():
                print(f"    identity {ident}: {addr}")
    if not rows:
        error(args, no_profile)
        return EXIT_PROBLEM
    return EXIT_OK


def _apply(args) -> int:
    setting, address, _isp = setting_from_args(args)
    profile = _profile_dir(args)
    if profile is None:
        return EXIT_PROBLEM
    try:
        result = apply(profile, setting, address, link_identity=args.link_identity, dry_run=args.dry_run)
    except ThunderbirdError as exc:
        return fail(args, render(exc.msg, args), EXIT_PROBLEM)
    plan = result.plan
    lines = [render(m, args) for m in plan.summary()]
    if args.json:
        print_json({
            "profile": str(profile), "key": plan.key, "new_server": plan.new_server, "changed": plan.changed,
            "written": result.written, "dry_run": args.dry_run, "backup": str(result.backup) if result.backup else None,
            "changes": [{"pref": c.name, "before": c.before, "after": c.after} for c in plan.changes],
            "linked_identities": [i for i, _, _ in plan.linked], "summary": lines,
        })
        return EXIT_OK
    print(f"profile {profile}")
    for line in lines:
        print(line)
    if args.dry_run:
        print("(dry run: nothing written)")
    elif result.written:
        print(f"backup: {result.backup}")
        print("Start Thunderbird and send a test mail; it asks for the password once.")
    return EXIT_OK


def _undo(args) -> int:
    profile = _profile_dir(args)
    if profile is None:
        return EXIT_PROBLEM
    try:
        result = undo(profile, dry_run=args.dry_run)
    except ThunderbirdError as exc:
        return fail(args, render(exc.msg, args), EXIT_PROBLEM)
    if args.json:
        print_json({"profile": str(profile), "backup": str(result.backup), "restored": result.restored,
                    "changed_since": result.changed_since,
                    "saved_current": str(result.saved_current) if result.saved_current else None})
        return EXIT_OK
    verb = "would restore" if args.dry_run else "restored"
    print(f"{verb} {result.backup.name} in {profile}")
    if result.changed_since:
        print("note: prefs.js changed after the wizard wrote it; those later changes are undone too"
              + ("" if args.dry_run else f" (the current file is kept as {result.saved_current.name})"
                 if result.saved_current else ""))
    return EXIT_OK
