"""`relay-wizard isps [--json]`: list every provider profile with its candidate settings and sources."""

from __future__ import annotations

import sys
from pathlib import Path

from wizard.cli.common import print_json, translator
from wizard.core.catalog.loader import NO_PROFILES, builtin_dir, load_catalog, profile_as_dict
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg
from wizard.core.model import Origin
from wizard.core.paths import user_isp_dir
from wizard.i18n import resolve_lang

from . import EXIT_OK, EXIT_PROBLEM

NO_FOLDER = QT_TRANSLATE_NOOP("core", "The folder {folder} does not exist.")


def register(sub) -> None:
    p = sub.add_parser(
        "isps",
        help="list the provider profiles, their candidate settings and sources",
        description=(
            "List every provider profile (built-in and from the user override folder) with its candidate relay "
            "settings and the source of each fact. Exit codes: 0 all loaded; 1 a profile file could not be loaded, "
            "or no profile was found at all (an installation without its data), or --check found a problem; 2 usage error."
        ),
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument(
        "--check",
        metavar="DIR",
        help="validate the profile files in DIR (an IT helper's folder) without installing them: every problem is "
        "listed, exit 1 when there is one",
    )
    p.set_defaults(func=run)


def run(args) -> int:
    tr = translator(args.lang)
    if args.check:
        return check(args.check, tr, args.json)
    catalog = load_catalog()
    missing = Msg.of(NO_PROFILES, folder=str(builtin_dir())).render(tr) if len(catalog) == 0 else None
    if args.json:
        data = {
            "user_dir": str(user_isp_dir()),
            "profiles": [profile_as_dict(p) for p in catalog],
            "errors": [{"file": str(e.path), "field": e.field, "message": e.msg.render(tr)} for e in catalog.errors],
        }
        if missing is not None:
            data["error"] = {"message": missing, "exit_code": EXIT_PROBLEM, "kind": "problem"}
        print_json(data)
    else:
        lang = resolve_lang(args.lang)
        for p in catalog:
            custom = " [custom]" if p.origin is Origin.CUSTOM else ""
            custom += f" [{p.kind.value}]" if p.is_service else ""  # added (issue 16): relay and mailbox services
            domains = ", ".join(p.domains) or "-"
            print(f"{p.id:10} {p.display_name(lang)}{custom}  ({domains})")
            for c in p.candidates:
                s = c.setting
                mark = "" if c.verified else "  (unverified)"
                user = f"  user={s.username}" if s.username else ""
                print(f"    {s.host}:{s.port} {s.security.value} auth={s.auth.value}{user}{mark}")
    for e in catalog.errors:
        print(f"relay-wizard: {e.render(tr)}", file=sys.stderr)
    if missing is not None:
        print(f"relay-wizard: {missing}", file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_PROBLEM if catalog.errors else EXIT_OK


def check(folder: str, tr, as_json: bool) -> int:
    """Load ``folder`` as if it were the user override folder, beside the built-in profiles, and list every problem
    in it (a missing folder is one)."""
    path = Path(folder)
    catalog = load_catalog(user=path) if path.exists() else None
    errors = [
        {"file": str(e.path), "field": e.field, "message": e.msg.render(tr)}
        for e in (catalog.errors if catalog else [])
    ]
    if catalog is None:
        errors.append({"file": str(path), "field": "", "message": Msg.of(NO_FOLDER, folder=str(path)).render(tr)})
    profiles = [p.id for p in catalog if p.origin is Origin.CUSTOM] if catalog else []
    if as_json:
        print_json({"folder": str(path), "profiles": profiles, "errors": errors})
    else:
        for pid in profiles:
            print(f"ok  {pid}")
    for e in errors:
        where = Path(e["file"]).name + (f": {e['field']}" if e["field"] else "")
        print(f"relay-wizard: {where}: {e['message']}", file=sys.stderr)
    return EXIT_PROBLEM if errors else EXIT_OK
