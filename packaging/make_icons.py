"""Render resources/icons/companion.svg into the Windows .ico and macOS .icns icons.

`QT_QPA_PLATFORM=offscreen python packaging/make_icons.py` writes
packaging/windows/companion.ico and packaging/macos/companion.icns. Both
formats are written here from PNG renderings (ICO and ICNS may hold PNG data),
so no image tool beyond Qt is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "companion.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    chunks = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", len(blob) + 8) + blob
        for size, blob in sorted(images.items())
    )
    return b"icns" + struct.pack(">I", len(chunks) + 8) + chunks


def main() -> None:
    app = QGuiApplication(sys.argv)  # noqa: F841 - QPainter needs one
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    windows = ROOT / "packaging" / "windows" / "companion.ico"
    macos = ROOT / "packaging" / "macos" / "companion.icns"
    windows.parent.mkdir(exist_ok=True)
    macos.parent.mkdir(exist_ok=True)
    windows.write_bytes(ico({s: png(renderer, s) for s in ICO_SIZES}))
    macos.write_bytes(icns({s: png(renderer, s) for s in ICNS_TYPES}))
    print(windows, macos)


if __name__ == "__main__":
    main()
