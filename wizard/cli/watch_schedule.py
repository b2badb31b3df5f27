"""`relay-wizard watch schedule install|remove|status`: the daily `watch check --notify` with the platform's own
scheduler (wizard/core/watch/schedule.py). An action of the `watch` group (wizard/cli/watch.py, ACTION_MODULES)."""

from __future__ import annotations

from wizard.cli.common import error, print_json, translator
from wizard.core.messages import QT_TRANSLATE_NOOP, Msg

from . import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE

S_INSTALLED = QT_TRANSLATE_NOOP("core", "The daily check is set up ({platform}).")
S_FILES_ONLY = QT_TRANSLATE_NOOP("core", "The files are written; register them with the scheduler yourself.")
S_NOT_TAKEN = QT_TRANSLATE_NOOP("core", "The files are written, but the scheduler did not take them ({platform}); "
                                "see the message above.")
S_REMOVED = QT_TRANSLATE_NOOP("core", "The daily check is removed ({platform}).")
S_ON = QT_TRANSLATE_NOOP("core", "The daily check is set up and the scheduler has it ({platform}).")
S_FILES = QT_TRANSLATE_NOOP("core", "The daily check's files are there; whether the scheduler has it is unknown ({platform}).")
S_NOT_REGISTERED = QT_TRANSLATE_NOOP("core", "The daily check's files are there, but the scheduler does not run it "
                                     "({platform}): run “relay-wizard watch schedule install” again.")
S_OFF = QT_TRANSLATE_NOOP("core", "No daily check is set up ({platform}).")
L_FILE = QT_TRANSLATE_NOOP("core", "File: {path}")


def register_action(actions) -> None:
    s = actions.add_parser(
        "schedule",
        help="set up, remove or show the daily check with the system's scheduler",
        description=(
            "Run `relay-wizard watch check --notify` once a day with the system's own scheduler: a systemd user "
            "timer and service on Linux (~/.config/systemd/user), a Task Scheduler task on Windows, a launchd "
            "agent on macOS (~/Library/LaunchAgents). A check missed while the computer was off runs when it is "
            "on again. Exit codes: 0 done (status: set up and, as far as the scheduler can say, registered); "
            "1 the scheduler refused or could not be reached (the files are written), status: not set up; "
            "2 usage error, or a file cannot be written."
        ),
    )
    s.add_argument("action", choices=["install", "remove", "status"])
    s.add_argument("--files-only", action="store_true",
                   help="only write or delete the files; do not call systemctl, schtasks or launchctl")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.set_defaults(func=run_schedule)


def run_schedule(args) -> int:
    from wizard.core.watch import schedule  # lazy: subprocess and plistlib only for this command

    tr = translator(args.lang)
    activate = not args.files_only
    try:
        if args.action == "install":
            state = schedule.install(activate=activate)
        elif args.action == "remove":
            state = schedule.remove(activate=activate)
        else:
            state = schedule.status(ask=activate)
    except schedule.ScheduleError as exc:
        error(args, exc.msg.render(tr))
        return EXIT_USAGE
    if args.action == "install":
        ok = not state.problems
        summary = S_FILES_ONLY if args.files_only else S_INSTALLED if ok else S_NOT_TAKEN
    elif args.action == "remove":
        summary, ok = S_REMOVED, not state.problems
    elif not state.installed:
        summary, ok = S_OFF, False
    elif state.registered is None:
        summary, ok = S_FILES, True
    else:
        summary, ok = (S_ON, True) if state.registered else (S_NOT_REGISTERED, False)
    if args.json:
        print_json(state.as_dict(tr) | {"action": args.action, "ok": ok})
    else:
        for path, present in state.files.items():
            if present:
                print(Msg.of(L_FILE, path=path).render(tr))
        for problem in state.problems:
            error(args, problem.render(tr))
        print(Msg.of(summary, platform=state.platform).render(tr))
    return EXIT_OK if ok else EXIT_PROBLEM
