"""The Python way: build the sdist and the wheel from this tree, install the wheel into a fresh venv outside the
checkout, and use it there as a user would (self-test, every provider profile, an export, both languages).

Run from a temporary folder with a clean environment, so nothing can come from the source tree by accident. The
fresh venv gets its dependencies from the package index (pip's cache makes repeated runs quick).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO, need_system

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

PROFILES = sorted(p.stem for p in (REPO / "resources" / "isps").glob("*.toml"))


def _env(home: Path) -> dict[str, str]:
    keep = ("PATH", "LANG", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_TRUSTED_HOST",
            "PIP_CONFIG_FILE", "PIP_CACHE_DIR", "SSL_CERT_FILE", "REQUESTS_CA_BUNDLE")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env.setdefault("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))  # the real user's pip cache, not the test HOME
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONNOUSERSITE="1", XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"))
    return env


def _run(cmd, cwd: Path, env: dict[str, str], timeout: float = 600, stdin: str | None = None):
    return subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                          input=stdin)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    try:
        import build  # noqa: F401
    except ImportError:
        need_system("the Python package build is missing (pip install -e '.[test]')")
    out = tmp_path_factory.mktemp("dist")
    home = tmp_path_factory.mktemp("buildhome")
    # the sdist first, then the wheel from the sdist: what an index user gets; --no-isolation uses this Python's
    # setuptools (the registry's build isolation would download it again for every run)
    result = _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", out, REPO], out, _env(home))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    wheels, sdists = list(out.glob("*.whl")), list(out.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, list(out.iterdir())
    return {"wheel": wheels[0], "sdist": sdists[0]}


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> dict:
    where = tmp_path_factory.mktemp("user")
    home = where / "home"
    home.mkdir()
    env = _env(home)
    venv.EnvBuilder(with_pip=True, clear=True).create(where / "venv")
    py = where / "venv" / "bin" / "python"
    result = _run([py, "-m", "pip", "install", "-q", built["wheel"]], where, env, timeout=900)
    if result.returncode != 0 and "No matching distribution" in result.stderr:
        need_system("the package index cannot be reached to install the wheel's dependencies")
    assert result.returncode == 0, result.stderr[-3000:]
    return {"py": py, "exe": where / "venv" / "bin" / "relay-wizard", "cwd": where, "env": env}


def test_wheel_carries_every_resource(built):
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    for stem in PROFILES:
        assert f"wizard/resources/isps/{stem}.toml" in names
    for rel in ("dnsbl.toml", "i18n/relay_wizard_ja.qm", "icons/relay-wizard.svg"):
        assert f"wizard/resources/{rel}" in names, rel
    assert not [n for n in names if n.startswith("resources/")], "resources/ must live inside the package"


def test_sdist_carries_the_sources_of_the_data(built):
    import tarfile

    names = {n.split("/", 1)[1] for n in tarfile.open(built["sdist"]).getnames() if "/" in n}
    assert {"setup.py", "pyproject.toml", "resources/dnsbl.toml", "resources/i18n/relay_wizard_ja.ts",
            "resources/i18n/relay_wizard_ja.qm"} <= names
    assert {f"resources/isps/{s}.toml" for s in PROFILES} <= names


def test_installed_wheel_self_test_in_both_languages(installed):
    for lang in ("ja", "en"):
        r = _run([installed["exe"], "--self-test", "--lang", lang], installed["cwd"], installed["env"])
        assert r.returncode == 0, r.stdout + r.stderr
        assert f"{len(PROFILES)} profiles, lang {lang}" in r.stdout and "OK" in r.stdout, r.stdout


def test_installed_wheel_reads_the_public_suffix_list(installed):
    """publicsuffixlist comes in as a dependency with its data file; city domains need the full list."""
    code = "from wizard.core.dmarc import organizational_domain as o; print(o('www.city.kawasaki.jp'), o('a.b.x.kawasaki.jp'))"
    r = _run([installed["py"], "-c", code], installed["cwd"], installed["env"])
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["city.kawasaki.jp", "b.x.kawasaki.jp"]


def test_installed_wheel_lists_every_profile(installed):
    r = _run([installed["exe"], "isps", "--json"], installed["cwd"], installed["env"])
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    profiles = data["profiles"] if isinstance(data, dict) else data
    ids = sorted(p["id"] for p in profiles)
    expected = sorted(tomllib.loads((REPO / "resources" / "isps" / f"{s}.toml").read_text("utf-8"))["id"]
                      for s in PROFILES)
    assert ids == expected


def test_installed_wheel_exports_and_speaks_japanese(installed, tmp_path):
    out = tmp_path / "out"
    r = _run([installed["exe"], "export", "--isp", "ocn", "--from", "info@example.jp", "--isp-address",
              "taro@abc.ocn.ne.jp", "--format", "thunderbird-autoconfig", "-o", out], installed["cwd"],
             {**installed["env"], "RELAY_WIZARD_LANG": "ja"})
    assert r.returncode == 0, r.stdout + r.stderr
    files = list(out.iterdir()) if out.is_dir() else [out]
    assert files and b"<clientConfig" in files[0].read_bytes()
    bad = _run([installed["exe"], "export", "--isp", "ocn", "--from", "info@@example.jp", "--format",
                "sheet-html", "-o", out],
               installed["cwd"], {**installed["env"], "RELAY_WIZARD_LANG": "ja"})
    assert bad.returncode == 2 and "「@」" in bad.stderr, bad.stderr  # the message from the wheel's .qm


def test_pipx_install_of_the_wheel(built, tmp_path):
    pipx = shutil.which("pipx")
    if pipx is None:
        pytest.skip("pipx is not installed (apt-get install pipx)")
    env = _env(tmp_path / "home")
    env.update(PIPX_HOME=str(tmp_path / "pipx"), PIPX_BIN_DIR=str(tmp_path / "bin"))
    r = _run([pipx, "install", built["wheel"]], tmp_path, env, timeout=900)
    assert r.returncode == 0, r.stdout + r.stderr
    r = _run([tmp_path / "bin" / "relay-wizard", "--self-test"], tmp_path, env)
    assert r.returncode == 0 and "OK" in r.stdout, r.stdout + r.stderr
