"""`relay-wizard watch add|list|remove|check`: watch the rental server on the blocklists (docs/WATCH.md).

Exit codes of ``watch check``: 0 every watched target is clean on the lists that answered; 1 something is listed;
3 no list answered (offline?: "could not check" is never "clean"); 2 usage. ``add``/``list``/``remove``: 0 done;
1 the database could not be used, or ``remove`` of a target that is not watched; 2 usage.
"""

from __future__ import annotations

import sys
from importlib import import_module

from wizard.cli.common import error, print_json, translator
from wizard.core.messages import QT_TRANSLATE_NOOP
from wizard.core.dns import BLOCKLIST_TIMEOUT

from . import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE

EXIT_UNCHECKED = 3
N_SUMMARY = QT_TRANSLATE_NOOP("core", "The blocklist listings of your rental server have changed.")

# Modules that add more actions to the `watch` group: each has ``register_action(actions)`` (argparse subparsers).
ACTION_MODULES: list[str] = ["wizard.cli.watch_schedule"]


def register(sub) -> None:
    from wizard.cli.blocklist import add_dns_options

    p = sub.add_parser(
        "watch",
        help="watch the rental server on the blocklists and keep the history",
        description=(
            "Keep a list of servers (the rental server's host name or IP address) to check against the blocklists, "
            "with the history of every check: when each was first seen listed, where it is still listed, and when "
            "each list cleared it. Exit codes: 0 done (check: every server clean); 1 something is listed (check), "
            "the database could not be used, or `remove` of a server that is not watched; 2 usage error; 3 no "
            "list answered (check). `watch schedule`: see its --help."
        ),
    )
    actions = p.add_subparsers(dest="watch_action", metavar="ACTION", parser_class=type(p))
    actions.required = True
    a = actions.add_parser("add", help="watch a host name or IP address")
    a.add_argument("target", metavar="TARGET", help="host name or IP address of the rental server")
    a.add_argument("--note", default="", metavar="TEXT", help="a note shown in the list (e.g. the shop's name)")
    a.set_defaults(func=run_add)
    li = actions.add_parser("list", help="the watched servers and what their history says")
    li.add_argument("--json", action="store_true", help="machine-readable output")
    li.set_defaults(func=run_list)
    r = actions.add_parser("remove", help="stop watching a server and forget its history")
    r.add_argument("target", metavar="TARGET")
    r.set_defaults(func=run_remove)
    c = actions.add_parser("check", help="check every watched server now and store the results")
    c.add_argument("--notify", action="store_true", help="also tell the desktop when a list cleared or listed one")
    c.add_argument("--zones", metavar="Z1,Z2", help="only these lists (ids or zone names, see docs/DNSBL.md)")
    add_dns_options(c, BLOCKLIST_TIMEOUT)
    c.set_defaults(func=run_check)
    for name in ACTION_MODULES:
        import_module(name).register_action(actions)


def _open(args, create: bool):
    from wizard.core.store import open_store  # lazy: sqlite3 only when the command runs

    store = open_store(create=create)
    return store


def _problems(store, tr) -> None:
    for m in store.problems:
        print(f"relay-wizard: {m.render(tr)}", file=sys.stderr)


def _target_or_none(args, tr):
    from wizard.core.dns.zones import DnsblError
    from wizard.core.watch.history import normal_target

    try:
        return normal_target(args.target)
    except DnsblError as exc:
        error(args, exc.msg.render(tr))
        return None


def run_add(args) -> int:
    from wizard.core.watch import history

    tr = translator(args.lang)
    target = _target_or_none(args, tr)
    if target is None:
        return EXIT_USAGE
    with _open(args, create=True) as store:
        ok = history.add(store, target, note=args.note)
        _problems(store, tr)
    if ok:
        print(f"Watching {target}.")
    return EXIT_OK if ok else EXIT_PROBLEM


def run_remove(args) -> int:
    from wizard.core.messages import Msg
    from wizard.core.watch import history

    tr = translator(args.lang)
    target = _target_or_none(args, tr)
    if target is None:
        return EXIT_USAGE
    with _open(args, create=False) as store:
        ok = history.remove(store, target)
        _problems(store, tr)
    if not ok:
        error(args, Msg.of(history.E_NOT_WATCHED, target=target).render(tr))
        return EXIT_PROBLEM
    print(f"No longer watching {target}.")
    return EXIT_OK


def _local(t) -> str:
    return t.astimezone().strftime("%Y-%m-%d %H:%M") if t else "-"


def run_list(args) -> int:
    from wizard.core.watch import history

    tr = translator(args.lang)
    with _open(args, create=False) as store:
        items = [(w, history.history(store, w.target)) for w in history.watched(store)]
        problems = list(store.problems)
        usable = store.conn is not None or not store.path.exists()
    for m in problems:
        print(f"relay-wizard: {m.render(tr)}", file=sys.stderr)
    if args.json:
        print_json({"watched": [{**w.as_dict(), "history": h.as_dict()} for w, h in items],
                    "problems": [m.render(tr) for m in problems]})
    elif not items:
        print("Nothing is watched. Add the rental server with: relay-wizard watch add TARGET")
    else:
        for w, h in items:
            note = f"  ({w.note})" if w.note else ""
            print(f"{w.target}{note}")
            print(f"  checks: {len(h.checks)}, last: {_local(h.last_checked)}, first seen listed: "
                  f"{_local(h.first_listed)}")
            still = sorted({s.list for s in h.still_listed})
            print(f"  still listed on: {', '.join(still) if still else '-'}")
            for s in h.cleared:
                print(f"  cleared by {s.list} ({s.address}): {_local(s.cleared_at)}")
    return EXIT_OK if usable else EXIT_PROBLEM


def notify(run, translate) -> str | None:
    """THE one call point for desktop notifications after a check (``--notify``): one notification when a list
    cleared a server or a new listing appeared since the last check, none otherwise. Returns what to print instead
    when the desktop cannot be told."""
    from wizard.core.messages import Msg
    from wizard.core.watch.notify import NotifyUnavailable, notify as notify_desktop

    news = [m.render(translate) for c in run.checks for m in c.news(run.previous.get(c.watched.target))]
    if not news:
        return None
    try:
        notify_desktop(Msg.of(N_SUMMARY).render(translate), "\n".join(news))
    except NotifyUnavailable as exc:
        return exc.msg.render(translate)
    return None


def run_check(args) -> int:
    from wizard.cli.blocklist import make_resolver_or_none
    from wizard.core.watch import history

    tr = translator(args.lang)
    from wizard.core.dns.zones import DnsblError, load_zones, select_zones

    resolver = make_resolver_or_none(args)
    if resolver is None:
        return EXIT_USAGE
    try:
        zones = select_zones(load_zones(), args.zones.split(",")) if args.zones else None
    except DnsblError as exc:
        error(args, exc.msg.render(tr))
        return EXIT_USAGE
    with _open(args, create=False) as store:
        if not history.watched(store):
            _problems(store, tr)
            error(args, "nothing is watched: add the rental server with `relay-wizard watch add TARGET`")
            return EXIT_USAGE
        run = history.check_all(store, resolver=resolver, zones=zones, timeout=args.timeout)
        _problems(store, tr)
    if args.json:
        print_json({"checks": [c.as_dict(tr, since=run.previous.get(c.watched.target)) for c in run.checks]})
    else:
        for c in run.checks:
            print(c.watched.target)
            if c.report is not None:
                print("\n".join(c.report.lines(tr)))
            for m in c.news(run.previous.get(c.watched.target)):
                print(f"  {m.render(tr)}")
    if args.notify:
        note = notify(run, tr)
        if note:
            print(f"relay-wizard: {note}", file=sys.stderr)
    if run.any_listed:
        return EXIT_PROBLEM
    if run.nothing_answered:
        return EXIT_UNCHECKED
    return EXIT_OK
