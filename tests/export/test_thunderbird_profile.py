"""The Thunderbird profile editor on realistic prefs.js files: lines kept byte for byte, idempotence, undo, locks,
atomicity, profiles.ini discovery."""

from __future__ import annotations

import datetime as _dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wizard.core.inputs.address import parse_address
from wizard.core.thunderbird import edit, errors, lock, prefs_js, profiles
from wizard.core import files
from wizard.core.model import Auth, RelaySetting, Security

SAMPLE = Path(__file__).parent / "samples" / "prefs_several_accounts.js"
OCN = RelaySetting("smtp.ocn.ne.jp", 465, Security.TLS, Auth.AUTO, "taro@abc.ocn.ne.jp")
ME = parse_address("info@例え.jp")
T0 = _dt.datetime(2026, 11, 29, 10, 0, 0)


def prefs(d: Path) -> prefs_js.Prefs:
    return prefs_js.Prefs((d / "prefs.js").read_bytes().decode("utf-8"))


def test_apply_adds_next_free_server_and_keeps_every_other_line(profile):
    before = (profile / "prefs.js").read_bytes()
    result = edit.apply(profile, OCN, ME, link_identity=True, now=T0)
    assert result.written and result.plan.key == "smtp4"  # smtp1, smtp2 listed; smtp3 has leftover prefs
    after = (profile / "prefs.js").read_bytes()
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    changed = {i for i, line in enumerate(old) if line != new[i]}
    # only the identity links and the server list changed in place; everything else stayed byte for byte
    assert {old[i].split(b",")[0] for i in changed} == {
        b'user_pref("mail.identity.id1.smtpServer"', b'user_pref("mail.identity.id3.smtpServer"',
        b'user_pref("mail.smtpservers"'}
    assert new[: len(old)] == [new[i] if i in changed else old[i] for i in range(len(old))]
    added = b"".join(new[len(old):]).decode("utf-8")
    assert added == textwrap.dedent("""\
        user_pref("mail.smtpserver.smtp4.hostname", "smtp.ocn.ne.jp");
        user_pref("mail.smtpserver.smtp4.port", 465);
        user_pref("mail.smtpserver.smtp4.try_ssl", 3);
        user_pref("mail.smtpserver.smtp4.authMethod", 3);
        user_pref("mail.smtpserver.smtp4.username", "taro@abc.ocn.ne.jp");
        user_pref("mail.smtpserver.smtp4.description", "Relay Wizard: info@例え.jp");
        user_pref("mail.smtpserver.smtp4.type", "smtp");
        """)
    p = prefs(profile)
    assert p.get("mail.smtpservers") == "smtp1,smtp2,smtp4"
    assert p.get("mail.smtp.defaultserver") == "smtp1"  # the user's default stays
    # both identities with the address (Unicode and ASCII form, other case) now use it; the Gmail one does not
    assert p.get("mail.identity.id1.smtpServer") == "smtp4"
    assert p.get("mail.identity.id3.smtpServer") == "smtp4"
    assert p.get("mail.identity.id2.smtpServer") == "smtp2"
    assert p.get("mail.identity.id1.htmlSigText") == '-- \n山田 太郎 "営業部"\nTEL 03-1234-5678'
    assert not [n for n in p.names() if "password" in n.lower()]
    assert result.backup.read_bytes() == before
    lines = [m.render() for m in result.plan.summary()]
    assert lines[0] == "New outgoing server smtp4: smtp.ocn.ne.jp."
    assert "Identity info@例え.jp: sends through smtp4 (was smtp1 (sv1234.xserver.jp:465))." in lines
    assert "Identity INFO@xn--r8jz45g.jp: sends through smtp4 (was smtp1 (sv1234.xserver.jp:465))." in lines


def test_without_link_identity_no_identity_changes(profile):
    plan = edit.apply(profile, OCN, ME, now=T0).plan
    assert not plan.linked and not [c for c in plan.changes if ".identity." in c.name]
    assert prefs(profile).get("mail.identity.id1.smtpServer") == "smtp1"


def test_applying_twice_changes_nothing_the_second_time(profile):
    first = edit.apply(profile, OCN, ME, link_identity=True, now=T0)
    after_first = (profile / "prefs.js").read_bytes()
    second = edit.apply(profile, OCN, ME, link_identity=True, now=T0 + _dt.timedelta(seconds=5))
    assert not second.written and second.backup is None and not second.plan.changed
    assert (profile / "prefs.js").read_bytes() == after_first
    assert second.plan.key == first.plan.key
    assert edit.backups(profile) == [first.backup]
    summary = [m.render() for m in second.plan.summary()]
    assert summary[0].startswith("Nothing to change")
    assert "Identity info@例え.jp already sends through smtp4." in summary


def test_a_changed_setting_updates_the_same_server(profile):
    edit.apply(profile, OCN, ME, now=T0)
    starttls = RelaySetting("smtp.ocn.ne.jp", 587, Security.STARTTLS, Auth.AUTO, "taro@abc.ocn.ne.jp")
    result = edit.apply(profile, starttls, ME, now=T0 + _dt.timedelta(minutes=1))
    p = prefs(profile)
    assert result.plan.key == "smtp4" and not result.plan.new_server
    assert p.get("mail.smtpservers") == "smtp1,smtp2,smtp4"
    assert (p.get("mail.smtpserver.smtp4.port"), p.get("mail.smtpserver.smtp4.try_ssl")) == (587, 2)
    assert sum(1 for n in p.names() if n.endswith(".hostname") and p.get(n) == "smtp.ocn.ne.jp") == 1
    assert {c.name.rsplit(".", 1)[1] for c in result.plan.changes} == {"port", "try_ssl"}


def test_a_server_the_user_made_by_hand_is_found_by_host_and_user(profile):
    text = SAMPLE.read_text(encoding="utf-8").replace(
        'user_pref("mail.smtpservers", "smtp1,smtp2");',
        'user_pref("mail.smtpserver.smtp5.hostname", "SMTP.OCN.NE.JP");\n'
        'user_pref("mail.smtpserver.smtp5.username", "taro@abc.ocn.ne.jp");\n'
        'user_pref("mail.smtpservers", "smtp1,smtp2,smtp5");')
    (profile / "prefs.js").write_text(text, encoding="utf-8")
    plan = edit.plan_apply(profile, OCN, ME)
    assert plan.key == "smtp5" and not plan.new_server


def test_no_auth_setting_and_first_server_becomes_default(tmp_path):
    d = tmp_path / "p"
    d.mkdir()
    (d / "prefs.js").write_bytes(b'// Mozilla User Preferences\r\n\r\nuser_pref("mail.accountmanager.accounts", "account1");')
    plain = RelaySetting("mail.example-isp.ne.jp", 25, Security.PLAIN, Auth.NONE)
    edit.apply(d, plain, parse_address("office@example.jp"), now=T0)
    data = (d / "prefs.js").read_bytes()
    assert data.startswith(b'// Mozilla User Preferences\r\n\r\nuser_pref("mail.accountmanager.accounts", "account1");\r\n')
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF file stays CRLF
    p = prefs(d)
    assert (p.get("mail.smtpservers"), p.get("mail.smtp.defaultserver")) == ("smtp1", "smtp1")
    assert (p.get("mail.smtpserver.smtp1.authMethod"), p.get("mail.smtpserver.smtp1.try_ssl")) == (1, 0)
    assert p.get("mail.smtpserver.smtp1.username") is None


def test_prefs_in_comments_are_not_prefs():
    p = prefs_js.Prefs(SAMPLE.read_text(encoding="utf-8") + '/*\nuser_pref("mail.smtpservers", "smtp9");\n*/\n'
                 '// user_pref("mail.smtp.defaultserver", "smtp9");\n')
    assert p.get("mail.smtpserver.smtp9.hostname") is None  # in the sample's block comment
    assert (p.get("mail.smtpservers"), p.get("mail.smtp.defaultserver")) == ("smtp1,smtp2", "smtp1")
    p.set("mail.smtpservers", "smtp1,smtp2,smtp4")
    assert 'user_pref("mail.smtpservers", "smtp9");' in p.text()  # the commented line is left alone


def test_bytes_that_are_not_utf8_survive(profile):
    raw = SAMPLE.read_bytes().replace(b'"Asia/Tokyo"', b'"\x93\xfa\x96\x7b"')  # Shift_JIS bytes
    (profile / "prefs.js").write_bytes(raw)
    edit.apply(profile, OCN, ME, now=T0)
    assert b'user_pref("calendar.timezone.local", "\x93\xfa\x96\x7b");' in (profile / "prefs.js").read_bytes()


def test_link_identity_without_a_matching_identity_says_so(profile):
    plan = edit.plan_apply(profile, OCN, parse_address("nobody@example.jp"), link_identity=True)
    assert not plan.linked
    assert any("No identity in this profile has the address" in m.render() for m in plan.summary())


def test_user_js_that_would_override_is_reported(profile):
    (profile / "user.js").write_text('user_pref("mail.identity.id1.smtpServer", "smtp1");\n', encoding="utf-8")
    plan = edit.plan_apply(profile, OCN, ME, link_identity=True)
    assert plan.user_js_conflicts == ("mail.identity.id1.smtpServer",)
    assert any("user.js sets mail.identity.id1.smtpServer" in m.render() for m in plan.summary())


def test_dry_run_writes_nothing(profile):
    before = (profile / "prefs.js").read_bytes()
    result = edit.apply(profile, OCN, ME, link_identity=True, dry_run=True)
    assert result.plan.changed and not result.written
    assert (profile / "prefs.js").read_bytes() == before
    assert sorted(p.name for p in profile.iterdir()) == ["prefs.js"]


def test_undo_restores_the_backup_byte_for_byte_and_walks_back(profile):
    original = (profile / "prefs.js").read_bytes()
    edit.apply(profile, OCN, ME, now=T0)
    after_first = (profile / "prefs.js").read_bytes()
    starttls = RelaySetting("smtp.ocn.ne.jp", 587, Security.STARTTLS, Auth.AUTO, "taro@abc.ocn.ne.jp")
    edit.apply(profile, starttls, ME, link_identity=True, now=T0 + _dt.timedelta(minutes=1))
    assert len(edit.backups(profile)) == 2

    r = edit.undo(profile, now=T0 + _dt.timedelta(minutes=2))
    assert r.restored and not r.changed_since
    assert (profile / "prefs.js").read_bytes() == after_first
    r = edit.undo(profile, now=T0 + _dt.timedelta(minutes=3))
    assert (profile / "prefs.js").read_bytes() == original
    assert r.saved_current.read_bytes() == after_first  # what undo replaced is kept
    with pytest.raises(errors.ThunderbirdError, match="nothing to undo"):
        edit.undo(profile)


def test_undo_notices_later_changes(profile):
    edit.apply(profile, OCN, ME, now=T0)
    with open(profile / "prefs.js", "ab") as fh:  # as if Thunderbird had run and saved
        fh.write(b'user_pref("mail.ui.folderpane.version", 9);\n')
    r = edit.undo(profile, dry_run=True)
    assert r.changed_since and not r.restored
    assert edit.undo(profile, now=T0 + _dt.timedelta(seconds=1)).changed_since


def test_profile_without_prefs_js_is_refused(tmp_path):
    with pytest.raises(errors.ThunderbirdError, match="has no prefs.js"):
        edit.apply(tmp_path, OCN, ME)
    with pytest.raises(errors.ThunderbirdError, match="does not exist"):
        edit.apply(tmp_path / "missing", OCN, ME)


# --- atomicity ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_failure_between_write_and_rename_leaves_the_old_file(profile, monkeypatch, failing):
    before = (profile / "prefs.js").read_bytes()

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, failing, boom)
    with pytest.raises(errors.ThunderbirdError, match="No space left on device"):
        edit.apply(profile, OCN, ME, now=T0)
    monkeypatch.undo()
    assert (profile / "prefs.js").read_bytes() == before
    assert not (profile / edit.TMP_NAME).exists()


def test_atomic_write_keeps_the_file_mode(tmp_path):
    path = tmp_path / "prefs.js"
    path.write_bytes(b"old")
    path.chmod(0o600)
    files.atomic_write(path, b"new")
    assert path.read_bytes() == b"new" and (path.stat().st_mode & 0o777) == 0o600


# --- is Thunderbird running? -----------------------------------------------------------------------------------

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX lock files")


@posix_only
def test_lock_link_with_a_live_pid_means_running(profile):
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        os.symlink(f"127.0.1.1:+{proc.pid}", profile / "lock")
        state = lock.lock_state(profile)
        assert state.running and str(proc.pid) in state.reason.render()
        before = (profile / "prefs.js").read_bytes()
        with pytest.raises(errors.ThunderbirdRunning, match="Close Thunderbird"):
            edit.apply(profile, OCN, ME)
        with pytest.raises(errors.ThunderbirdRunning):
            edit.undo(profile)
        assert (profile / "prefs.js").read_bytes() == before and not edit.backups(profile)
    finally:
        proc.kill()
        proc.wait()
    # the same link after the process is gone: a stale lock, as after a crash or a normal exit
    assert not lock.lock_state(profile).running
    assert edit.apply(profile, OCN, ME, now=T0).written


@posix_only
def test_lock_link_from_another_computer_means_running(profile):
    os.symlink("192.0.2.7:+4242", profile / "lock")
    state = lock.lock_state(profile)
    assert state.running and "another computer (192.0.2.7)" in state.reason.render()


@posix_only
def test_parentlock_held_with_fcntl_means_running(profile):
    (profile / ".parentlock").touch()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import fcntl, os, sys, time
            fd = os.open({str(profile / '.parentlock')!r}, os.O_RDWR)
            fcntl.lockf(fd, fcntl.LOCK_EX)
            print("locked", flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert lock.lock_state(profile).running
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert not lock.lock_state(profile).running  # the file alone proves nothing


# --- profiles.ini -------------------------------------------------------------------------------------------------


def _tree(root: Path, ini: str, dirs: list[str]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "profiles.ini").write_text(textwrap.dedent(ini), encoding="utf-8")
    for d in dirs:
        (root / d).mkdir(parents=True, exist_ok=True)
        (root / d / "prefs.js").write_text("// prefs\n", encoding="utf-8")


def test_profiles_ini_install_default_wins(tmp_path):
    root = tmp_path / ".thunderbird"
    _tree(root, """\
        [Profile1]
        Name=default
        IsRelative=1
        Path=k1x2.default
        Default=1

        [Profile0]
        Name=default-release
        IsRelative=1
        Path=ab12cd34.default-release

        [Profile2]
        Name=仕事
        IsRelative=0
        Path={abs}

        [General]
        StartWithLastProfile=1
        Version=2

        [InstallFDC34C9F024745EB]
        Default=ab12cd34.default-release
        Locked=1
        """.replace("{abs}", str(tmp_path / "elsewhere" / "work")), ["k1x2.default", "ab12cd34.default-release"])
    (tmp_path / "elsewhere" / "work").mkdir(parents=True)
    found = profiles.find_profiles([root])
    assert [(p.name, p.default) for p in found] == [
        ("default-release", True), ("default", False), ("仕事", False)]
    assert found[0].path == root / "ab12cd34.default-release" and found[0].exists
    assert found[2].path == tmp_path / "elsewhere" / "work" and not found[2].exists  # no prefs.js yet


def test_profiles_ini_old_style_default_and_windows_paths(tmp_path):
    root = tmp_path / "Thunderbird"
    _tree(root, """\
        [General]
        StartWithLastProfile=1

        [Profile0]
        Name=default
        IsRelative=1
        Path=Profiles\\\\x9y8z7.default
        Default=1
        """.replace("\\\\", "\\"), ["Profiles/x9y8z7.default"])
    (p,) = profiles.find_profiles([root])
    assert p.default and p.path == root / "Profiles" / "x9y8z7.default" and p.exists


def test_missing_and_broken_profiles_ini(tmp_path):
    assert profiles.find_profiles([tmp_path / "none"]) == []
    root = tmp_path / "broken"
    root.mkdir()
    (root / "profiles.ini").write_text("Name=no section header\n", encoding="utf-8")
    with pytest.raises(errors.ThunderbirdError, match="Cannot read"):
        profiles.find_profiles([root])


@pytest.mark.parametrize(
    ("platform", "expected"),
    [("linux", ".thunderbird"), ("darwin", "Library/Thunderbird"), ("win32", "Roaming/Thunderbird")],
)
def test_default_roots_per_system(monkeypatch, isolated_home, platform, expected):
    monkeypatch.setattr(profiles.sys, "platform", platform)
    monkeypatch.setenv("APPDATA", str(isolated_home / "AppData" / "Roaming"))
    roots = profiles.default_roots()
    assert roots[0].as_posix().endswith(expected)
    assert str(roots[0]).startswith(str(isolated_home))
