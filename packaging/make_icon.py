"""Draw the program's icon with Qt: resources/icons/boligsocial.png (256 px) and boligsocial.ico.

    uv run python packaging/make_icon.py

A house with three windows lit, on a rounded teal square: readable at 16 px in the
taskbar. The .ico holds PNG images of 16, 24, 32, 48, 64, 128 and 256 px (the PNG-in-ICO
format Windows has read since Vista), written by hand so no image plugin is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPolygonF

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
TEAL, ROOF, WALL, LIGHT = QColor("#00796b"), QColor("#ffffff"), QColor("#e0f2f1"), QColor("#ffca28")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(TEAL)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    roof = QPolygonF([QPointF(128 * s, 38 * s), QPointF(222 * s, 118 * s), QPointF(34 * s, 118 * s)])
    p.setBrush(ROOF)
    p.drawPolygon(roof)
    body = QPainterPath()
    body.addRect(QRectF(58 * s, 112 * s, 140 * s, 100 * s))
    p.setBrush(WALL)
    p.drawPath(body)
    p.setBrush(LIGHT)
    for x in (74, 114, 154):  # three lit windows: the community house is open
        p.drawRect(QRectF(x * s, 130 * s, 28 * s, 28 * s))
    p.setBrush(TEAL)
    p.drawRect(QRectF(114 * s, 170 * s, 28 * s, 42 * s))  # the door
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    directory, payload = b"", b""
    for size, data in images.items():
        dimension = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + directory + payload


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts and painting need it
    ICONS.mkdir(parents=True, exist_ok=True)
    images = {size: png_bytes(draw(size)) for size in SIZES}
    (ICONS / "boligsocial.png").write_bytes(images[256])
    (ICONS / "boligsocial.ico").write_bytes(ico_bytes(images))
    print(f"Ikoner skrevet i {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
