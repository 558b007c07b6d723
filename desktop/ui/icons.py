"""Small network badges drawn in code: no image files to ship, sharp at any scale, one look everywhere."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

_BADGES = {
    "x": ("#000000", "X"),
    "bluesky": ("#1185fe", "B"),
    "mastodon": ("#6364ff", "M"),
    "facebook": ("#1877f2", "f"),
}


@cache
def network_icon(network: str) -> QIcon:
    colour, letter = _BADGES.get(network, ("#666666", network[:1].upper() or "?"))
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(0, 0, size, size))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.6))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
