"""Make every platform's icons from the one source image, resources/icons/relay-wizard.svg.

    python packaging/make_icons.py [OUT_DIR]      (default build/icons)

Writes PNGs (16 to 512 px, for Linux and the .desktop file), relay-wizard.ico (Windows) and relay-wizard.icns (macOS),
rendered with Qt's SVG renderer, so the build needs no other tool.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data)


def write_ico(path: Path, pngs: dict[int, bytes]) -> None:
    """ICO with PNG-compressed entries (Windows Vista and later read them)."""
    sizes = [s for s in (16, 24, 32, 48, 64, 128, 256) if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = pngs[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    path.write_bytes(header + entries + blobs)


def write_icns(path: Path, pngs: dict[int, bytes]) -> None:
    """ICNS with PNG entries (ic07 128, ic08 256, ic09 512, icp4 16, icp5 32, icp6 64)."""
    kinds = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(kinds[s] + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for s in sorted(kinds) if s in pngs)
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it for painting
    svg = ROOT / "resources" / "icons" / "relay-wizard.svg"
    out.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in SIZES:
        pngs[size] = png_bytes(render(svg, size))
        (out / f"relay-wizard-{size}.png").write_bytes(pngs[size])
    write_ico(out / "relay-wizard.ico", pngs)
    write_icns(out / "relay-wizard.icns", pngs)
    print(f"icons: {len(SIZES)} PNG sizes, .ico, .icns in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"))
