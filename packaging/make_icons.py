"""Render Crier's icon from resources/icons/crier.svg into the PNG, ICO and ICNS files the builds use.

    .venv/bin/python packaging/make_icons.py

Run it after editing the SVG and commit the results: builds never render icons, so every platform's
build gets identical files. Qt (already a dependency) rasterises the SVG; the ICO and ICNS containers are
simple enough to write here, so no imaging library is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "crier.svg"
#: hicolor sizes for Linux desktops; the largest also serve the macOS and Windows containers.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Windows asks for these; 256 is stored as PNG, smaller ones as 32-bit bitmaps for old shell code paths.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types and their pixel sizes (the @2x types share images with the next size up).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)  # fmt: skip


def render(size: int) -> object:
    """The SVG drawn at ``size`` pixels square, as a QImage with straight (not premultiplied) alpha."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: object) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[attr-defined]
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def bmp_icon_entry(image: object) -> bytes:
    """A 32-bit DIB as ICO stores it: BITMAPINFOHEADER (double height), bottom-up BGRA rows, AND mask."""
    size = image.width()  # type: ignore[attr-defined]
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in reversed(range(size)):
        line = image.constScanLine(y)  # type: ignore[attr-defined]
        rows.append(bytes(line)[: size * 4])  # ARGB32 is B, G, R, A in memory on little-endian machines
    mask_row = b"\0" * (((size + 31) // 32) * 4)  # all zero: alpha decides transparency
    return header + b"".join(rows) + mask_row * size


def ico_bytes(images: dict[int, object]) -> bytes:
    entries = []
    for size in ICO_SIZES:
        image = images[size]
        payload = png_bytes(image) if size >= 256 else bmp_icon_entry(image)
        entries.append((size, payload))
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    directory = b""
    blobs = b""
    for size, payload in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset + len(blobs))
        blobs += payload
    return header + directory + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    images = {size: render(size) for size in sizes}
    pngs = {size: png_bytes(images[size]) for size in sizes}
    for size in PNG_SIZES:
        (ICONS / f"crier-{size}.png").write_bytes(pngs[size])
    (ICONS / "crier.ico").write_bytes(ico_bytes(images))
    (ICONS / "crier.icns").write_bytes(icns_bytes(pngs))
    del app
    print(f"wrote {len(PNG_SIZES)} PNGs, crier.ico and crier.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
