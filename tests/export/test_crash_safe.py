"""Crash-safe edits of Thunderbird's prefs.js (issue 9): a real process killed with SIGKILL between write and rename,
real write failures (a file-size limit; a full and a read-only tmpfs in a private mount namespace), backups that
are never overwritten.

How the failures are made, honestly:
* kill: a child process runs the real apply(); ``files.before_rename`` (a test-only hook) makes it print and wait
  after the temporary file is complete and fsync'ed; the parent sends SIGKILL at that moment.
* file-size limit: ``RLIMIT_FSIZE`` in a child process makes the kernel refuse the write (EFBIG) once the new file
  grows past the old size; no privileges needed, so this runs everywhere.
* full disk and read-only profile: a 256 kB tmpfs in a private mount namespace (``unshare --mount``, with
  ``--map-root-user`` when possible): the disk really fills (ENOSPC) and the remount really is read-only (EROFS).
  Nothing is mounted outside the child; CI requires this (tests/conftest.py need_system).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO, need_system
from wizard.core.inputs.address import parse_address
from wizard.core import files
from wizard.core.thunderbird import edit, errors, prefs_js
from wizard.core.model import Auth, RelaySetting, Security

SAMPLE = Path(__file__).parent / "samples" / "prefs_several_accounts.js"
OCN = RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, "taro@abc.ocn.ne.jp")
ME = parse_address("info@例え.jp")
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals, rlimits and mount namespaces")

# The child's part: the same apply() the CLI and the GUI call.
APPLY = """
from pathlib import Path
from wizard.core.inputs.address import parse_address
from wizard.core import files
from wizard.core.thunderbird import edit, errors, prefs_js
from wizard.core.model import Auth, RelaySetting, Security
OCN = RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, "taro@abc.ocn.ne.jp")
ME = parse_address("info@例え.jp")
"""


def child(script: str, *args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", APPLY + textwrap.dedent(script), *args],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw,
    )


@posix_only
def test_killed_between_write_and_rename_leaves_a_valid_prefs_js(profile):
    before = (profile / "prefs.js").read_bytes()
    planned = edit.plan_apply(profile, OCN, ME, link_identity=True).new_text.encode("utf-8")
    proc = child(
        """
        import sys, time
        def hang(tmp, path):
            print("between write and rename", flush=True)
            time.sleep(60)
        files.before_rename = hang
        edit.apply(Path(sys.argv[1]), OCN, ME, link_identity=True)
        print("not killed", flush=True)
        """,
        str(profile),
    )
    try:
        assert proc.stdout.readline().strip() == "between write and rename", proc.stderr.read()
        tmp = profile / edit.TMP_NAME
        assert tmp.read_bytes() == planned  # the new file was complete: only the rename was missing
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(10) == -signal.SIGKILL
    finally:
        proc.kill()
        proc.wait(10)
        proc.stdout.close()
        proc.stderr.close()
    # prefs.js is the old one, whole and valid
    assert (profile / "prefs.js").read_bytes() == before
    assert prefs_js.Prefs(before.decode("utf-8")).values == prefs_js.Prefs((profile / "prefs.js").read_text("utf-8")).values
    [first_backup] = edit.backups(profile)
    assert first_backup.read_bytes() == before
    # the next run removes the stale temporary file, writes, and makes a second backup beside the first
    result = edit.apply(profile, OCN, ME, link_identity=True)
    assert result.written and (profile / "prefs.js").read_bytes() == planned
    assert not (profile / edit.TMP_NAME).exists()
    assert edit.backups(profile) == [first_backup, result.backup] or set(edit.backups(profile)) == {first_backup, result.backup}
    assert first_backup.read_bytes() == before


@posix_only
def test_a_write_the_kernel_refuses_leaves_everything_as_it_was(profile):
    """RLIMIT_FSIZE: the backup (old size) fits, the new prefs.js (larger) does not: EFBIG in the middle of it."""
    before = (profile / "prefs.js").read_bytes()
    proc = child(
        """
        import json, os, resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # so that write() fails with EFBIG instead of killing us
        size = os.path.getsize(Path(sys.argv[1]) / "prefs.js")
        resource.setrlimit(resource.RLIMIT_FSIZE, (size + 16, size + 16))
        try:
            edit.apply(Path(sys.argv[1]), OCN, ME, link_identity=True)
            print(json.dumps({"error": None}))
        except errors.ThunderbirdError as exc:
            print(json.dumps({"error": str(exc)}))
        """,
        str(profile),
    )
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    error = json.loads(out)["error"]
    assert error and "File too large" in error and "prefs.js" in error and "Nothing was changed" in error
    assert (profile / "prefs.js").read_bytes() == before
    assert sorted(p.name for p in profile.iterdir()) == ["prefs.js"]  # no temporary file, no useless backup


# -- a full disk and a read-only profile, for real ---------------------------------------------------------------------

IN_NAMESPACE = """
import errno, json, os, subprocess, sys, tempfile
scenario, sample = sys.argv[1], Path(sys.argv[2])
mnt = Path(tempfile.mkdtemp(prefix="relay-wizard-tmpfs-"))
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mnt)], check=True)
profile = mnt / "abcd1234.default-release"
profile.mkdir()
data = sample.read_bytes()
(profile / "prefs.js").write_bytes(data)
page = os.statvfs(mnt).f_frsize

def fill(leave_pages):
    fd = os.open(mnt / "filler", os.O_WRONLY | os.O_CREAT)
    pages = 0
    try:
        while True:
            if os.write(fd, b"\\0" * page) < page:
                break
            pages += 1
    except OSError as exc:
        assert exc.errno == errno.ENOSPC, exc
    os.ftruncate(fd, max(0, pages - leave_pages) * page)
    os.fsync(fd)
    os.close(fd)

if scenario == "full-at-backup":
    fill(0)
elif scenario == "full-at-write":
    fill(-(-len(data) // page) + 1)  # room for the backup and its journal, not for the new prefs.js
elif scenario == "read-only":
    subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
free = os.statvfs(mnt).f_bavail
try:
    edit.apply(profile, OCN, ME, link_identity=True)
    error = None
except errors.ThunderbirdError as exc:
    error = str(exc)
print(json.dumps({"error": error, "unchanged": (profile / "prefs.js").read_bytes() == data,
                  "files": sorted(os.listdir(profile)), "free_pages": free}))
"""


def _namespace_prefix() -> list[str] | None:
    probe = "d=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs \"$d\" && umount \"$d\" && rmdir \"$d\""
    for prefix in (["unshare", "--mount", "--map-root-user"], ["unshare", "--mount"]):
        try:
            r = subprocess.run([*prefix, "sh", "-c", probe], capture_output=True, timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if r.returncode == 0:
            return prefix
    return None


@pytest.fixture(scope="module")
def namespace():
    prefix = _namespace_prefix() if sys.platform.startswith("linux") else None
    if prefix is None:
        need_system("a private mount namespace with a tmpfs (unshare --mount)")
    return prefix


@pytest.mark.parametrize(
    "scenario, reason, failing_file",
    [
        ("full-at-backup", "No space left on device", edit.BACKUP_PREFIX),
        ("full-at-write", "No space left on device", "/prefs.js: "),
        ("read-only", "Read-only file system", edit.BACKUP_PREFIX),
    ],
)
def test_full_disk_or_read_only_profile_gives_a_clear_error_and_changes_nothing(namespace, scenario, reason, failing_file):
    r = subprocess.run(
        [*namespace, sys.executable, "-c", APPLY + IN_NAMESPACE, scenario, str(SAMPLE)],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout.strip().splitlines()[-1])
    assert result["error"] and reason in result["error"] and "Nothing was changed" in result["error"], result
    assert failing_file in result["error"]  # the step that failed: the backup, or the new prefs.js after it
    assert result["unchanged"]
    assert result["files"] == ["prefs.js"], result  # no temporary file, no half backup
    if scenario == "full-at-write":
        assert result["free_pages"] >= 2  # the backup did fit: it was the new prefs.js that failed, and was undone


# -- backups are never overwritten -------------------------------------------------------------------------------------


def test_backups_in_the_same_second_and_a_file_in_the_way_are_never_overwritten(profile):
    now = _dt.datetime(2026, 11, 29, 10, 0, 0)
    in_the_way = profile / f"{edit.BACKUP_PREFIX}20261129-100000{edit.BACKUP_SUFFIX}"
    in_the_way.write_bytes(b"the user's own file with our name")
    original = (profile / "prefs.js").read_bytes()
    first = edit.apply(profile, OCN, ME, now=now)
    second_setting = RelaySetting("smtp.ocn.ne.jp", 587, Security.STARTTLS, Auth.AUTO, "taro@abc.ocn.ne.jp")
    after_first = (profile / "prefs.js").read_bytes()
    second = edit.apply(profile, second_setting, ME, now=now)
    assert in_the_way.read_bytes() == b"the user's own file with our name"
    assert len({in_the_way, first.backup, second.backup}) == 3
    assert first.backup.read_bytes() == original and second.backup.read_bytes() == after_first
    # two undos in the same second keep both replaced versions apart as well
    u1 = edit.undo(profile, now=now)
    u2 = edit.undo(profile, now=now)
    assert u1.saved_current != u2.saved_current
    assert u1.saved_current.read_bytes() != u2.saved_current.read_bytes()


def test_a_symlink_planted_as_the_temporary_file_is_not_followed(profile, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    (profile / edit.TMP_NAME).symlink_to(victim)
    assert edit.apply(profile, OCN, ME).written
    assert victim.read_bytes() == b"precious"
    assert not (profile / "prefs.js").is_symlink()


def test_prefs_js_changed_while_the_change_was_prepared_is_not_overwritten(profile, monkeypatch):
    real_plan = edit.plan_apply

    def plan_then_thunderbird_saves(*a, **k):
        plan = real_plan(*a, **k)
        with open(profile / "prefs.js", "ab") as fh:
            fh.write(b'user_pref("mail.ui.folderpane.version", 9);\n')
        return plan

    monkeypatch.setattr(edit, "plan_apply", plan_then_thunderbird_saves)
    with pytest.raises(errors.ThunderbirdError, match="changed by another program"):
        edit.apply(profile, OCN, ME)
    assert (profile / "prefs.js").read_bytes().endswith(b'user_pref("mail.ui.folderpane.version", 9);\n')
    assert sorted(p.name for p in profile.iterdir()) == ["prefs.js"]


def test_the_fault_hook_is_off_by_default():
    assert files.before_rename is None
