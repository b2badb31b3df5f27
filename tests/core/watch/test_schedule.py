"""The daily check's scheduler files: golden files for every platform (generated here, on any OS), the Linux units
verified for real by ``systemd-analyze --user verify`` (with a broken unit as the control that the check can fail),
and `relay-wizard watch schedule` under the test's HOME. Rewrite the golden files after a deliberate change with
RELAY_WIZARD_REGOLD=1 and read the diff."""

from __future__ import annotations

import json
import os
import plistlib
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import need_system
from wizard.cli import main
from wizard.core.watch import schedule

GOLDEN = Path(__file__).resolve().parents[2] / "data" / "schedule"
COMMAND = ["/opt/relay-wizard/relay-wizard", "watch", "check", "--notify"]
WIN_COMMAND = [r"C:\Program Files\Relay Wizard\relay-wizard.exe", "watch", "check", "--notify"]
NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}


def golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if os.environ.get("RELAY_WIZARD_REGOLD"):
        path.write_bytes(data)
    assert data == path.read_bytes()


def test_systemd_units_golden():
    units = schedule.systemd_units(COMMAND)
    assert sorted(units) == ["relay-wizard-watch.service", "relay-wizard-watch.timer"]
    for name, text in units.items():
        golden(name, text.encode())


def test_windows_task_golden_and_readable_as_schtasks_reads_it():
    data = schedule.windows_task_xml(WIN_COMMAND)
    golden("watch-task.xml", data)
    assert data[:2] == b"\xff\xfe"  # UTF-16 with its byte order mark, as schtasks /XML wants
    root = ET.fromstring(data.decode("utf-16").split("\n", 1)[1])
    assert root.tag == f"{{{NS['t']}}}Task"
    assert root.findtext("t:Actions/t:Exec/t:Command", namespaces=NS) == WIN_COMMAND[0]
    assert root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=NS) == "watch check --notify"
    assert root.findtext("t:Triggers/t:CalendarTrigger/t:ScheduleByDay/t:DaysInterval", namespaces=NS) == "1"
    assert root.findtext("t:Settings/t:StartWhenAvailable", namespaces=NS) == "true"


def test_launchd_plist_golden_and_readable():
    data = schedule.launchd_plist(COMMAND)
    golden("jp.relay-wizard.watch.plist", data)
    plist = plistlib.loads(data)
    assert plist["Label"] == "jp.relay-wizard.watch" and plist["ProgramArguments"] == COMMAND
    assert plist["StartCalendarInterval"] == {"Hour": schedule.HOUR, "Minute": 0}


@pytest.fixture
def verify(tmp_path):
    """``systemd-analyze --user verify`` on unit files: (exit code, messages)."""
    tool = shutil.which("systemd-analyze")
    if tool is None:
        need_system("systemd-analyze is not installed (apt-get install systemd)")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)

    def run(*paths: Path) -> tuple[int, str]:
        env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), SYSTEMD_LOG_LEVEL="notice")
        done = subprocess.run([tool, "--user", "verify", *map(str, paths)], capture_output=True, text=True,
                              env=env, timeout=60)
        return done.returncode, (done.stdout + done.stderr).strip()
    return run


def _fake_program(folder: Path) -> Path:
    folder.mkdir(parents=True)
    program = folder / "relay-wizard"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    return program


def test_installed_units_pass_systemd_analyze_verify(verify, tmp_path, monkeypatch, isolated_home):
    program = _fake_program(tmp_path / "Relay Wizard 100%")  # a space and a % in the path: quoting and specifiers
    monkeypatch.setattr(schedule, "scheduled_command", lambda: [str(program), "watch", "check", "--notify"])
    state = schedule.install("linux", activate=False)
    paths = [Path(p) for p in state.files]
    assert state.installed and all(p.is_relative_to(isolated_home) for p in paths)
    code, messages = verify(*paths)
    assert code == 0 and messages == "", messages
    service = next(p for p in paths if p.suffix == ".service").read_text()
    assert f'ExecStart="{str(program).replace("%", "%%")}" watch check --notify' in service


def test_systemd_analyze_catches_a_broken_unit(verify, tmp_path):
    """The control: the same verification rejects a timer with a misspelt key and no trigger."""
    unit = tmp_path / "relay-wizard-watch.timer"
    text = schedule.systemd_units(COMMAND)["relay-wizard-watch.timer"]
    unit.write_text(text.replace("OnCalendar=", "OnCalender="))
    code, messages = verify(unit)
    assert code != 0 and "OnCalender" in messages


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.skipif(not os.sys.platform.startswith("linux"), reason="the files of this system's scheduler")
def test_cli_install_status_remove_files_only(capsys, isolated_home):
    code, out, err = run_cli(capsys, "watch", "schedule", "status", "--files-only", "--json")
    assert code == 1 and json.loads(out)["installed"] is False
    code, out, err = run_cli(capsys, "watch", "schedule", "install", "--files-only")
    assert code == 0, err
    timer = isolated_home / ".config" / "systemd" / "user" / "relay-wizard-watch.timer"
    assert timer.is_file() and str(timer) in out
    code, out, err = run_cli(capsys, "watch", "schedule", "status", "--files-only", "--json")
    data = json.loads(out)
    assert code == 0 and data["installed"] is True and data["registered"] is None
    code, out, err = run_cli(capsys, "watch", "schedule", "remove", "--files-only")
    assert code == 0 and not timer.exists()


def test_cli_scheduler_tool_missing_is_exit_1_with_the_reason(capsys, monkeypatch, isolated_home):
    monkeypatch.setattr(schedule, "current_platform", lambda: "linux")
    monkeypatch.setenv("PATH", str(isolated_home))  # no systemctl to be found
    code, out, err = run_cli(capsys, "watch", "schedule", "install")
    assert code == 1 and "systemctl is not available here" in err
    assert (isolated_home / ".config" / "systemd" / "user" / "relay-wizard-watch.service").is_file()


def test_cli_unwritable_folder_is_exit_2(capsys, monkeypatch, isolated_home):
    monkeypatch.setattr(schedule, "current_platform", lambda: "linux")
    (isolated_home / ".config" / "systemd").write_text("a file where the folder should be")
    code, out, err = run_cli(capsys, "watch", "schedule", "install", "--files-only")
    assert code == 2 and "cannot be written" in err


def test_watch_needs_a_subcommand(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["watch"])
    assert exc.value.code == 2
