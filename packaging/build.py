"""Build the packaged app for this system: `make package` runs this.

    python packaging/build.py [--onefile] [--dist DIR] [--work DIR] [--no-tarball]

Steps: compile translations, make icons from the one SVG, run PyInstaller with packaging/relay-wizard.spec, and on
Linux add the .desktop file and icon to the bundle and pack a tarball dist/relay-wizard-<version>-linux-<arch>.tar.gz.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from wizard import __version__

    return __version__


def tool(name: str) -> str:
    exe = Path(sys.executable).parent / (name + (".exe" if os.name == "nt" else ""))
    return str(exe) if exe.exists() else name


def windows_version_file(path: Path) -> None:
    v = tuple(int(x) for x in (version().split(".") + ["0", "0", "0"])[:4])
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0),
  kids=[StringFileInfo([StringTable('041104B0', [
    StringStruct('CompanyName', 'Relay Wizard developers'),
    StringStruct('FileDescription', 'Relay Wizard'),
    StringStruct('FileVersion', '{version()}'),
    StringStruct('ProductName', 'Relay Wizard'),
    StringStruct('ProductVersion', '{version()}')])]),
    VarFileInfo([VarStruct('Translation', [0x0411, 1200, 0x0409, 1200])])]
)
""",
        encoding="utf-8",
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--onefile", action="store_true", help="one self-extracting file instead of a folder")
    ap.add_argument("--dist", default=str(ROOT / "dist"))
    ap.add_argument("--work", default=str(ROOT / "build" / "pyinstaller"))
    ap.add_argument("--no-tarball", action="store_true")
    args = ap.parse_args()
    dist = Path(args.dist)

    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(ROOT / "build" / "icons")], check=True)
    if sys.platform == "win32":
        windows_version_file(ROOT / "build" / "version_info.txt")

    env = dict(os.environ, RW_ONEFILE="1" if args.onefile else "0")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", args.work, str(ROOT / "packaging" / "relay-wizard.spec")],
        check=True, env=env, cwd=ROOT,
    )
    if sys.platform.startswith("linux") and not args.onefile:
        bundle = dist / "relay-wizard"
        shutil.copy(ROOT / "packaging" / "relay-wizard.desktop", bundle / "relay-wizard.desktop")
        shutil.copy(ROOT / "build" / "icons" / "relay-wizard-256.png", bundle / "relay-wizard.png")
        shutil.copy(ROOT / "packaging" / "install-linux.sh", bundle / "install.sh")
        if not args.no_tarball:
            name = f"relay-wizard-{version()}-linux-{platform.machine()}.tar.gz"
            with tarfile.open(dist / name, "w:gz") as tar:
                tar.add(bundle, arcname=f"relay-wizard-{version()}")
            print(f"tarball: {dist / name}")
    print(f"bundle: {dist}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
