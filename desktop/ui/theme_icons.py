"""Toolbar icons from the desktop's icon theme (Breeze, Adwaita…), as KDE apps and Qt Creator do, with
Crier's own line icons (resources/icons) where there is no theme (Windows, macOS, a bare Linux session).

The fallbacks are drawn in the window's text colour, so they keep their contrast in dark and high-contrast
themes as the theme's own icons do.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QIcon, QImageReader, QPalette, QPixmap

from desktop.core.paths import RESOURCES

#: What each toolbar action shows: freedesktop icon names, first found wins, then our own file.
ICONS = {
    "new": (("document-new",), "new.svg"),
    "post": (("mail-send", "document-send"), "post.svg"),
    "outbox": (("mail-folder-outbox", "mail-outbox"), "outbox.svg"),
    "accounts": (("system-users", "user-identity", "avatar-default"), "accounts.svg"),
}
_SIZES = (16, 22, 24, 32, 48)


def fallback_icon(file: str, palette: QPalette) -> QIcon:
    """One of our SVG line icons, drawn in the palette's text colour at the usual toolbar sizes."""
    svg = (RESOURCES / "icons" / file).read_bytes()
    icon = QIcon()
    for group, mode in (
        (QPalette.ColorGroup.Active, QIcon.Mode.Normal),
        (QPalette.ColorGroup.Disabled, QIcon.Mode.Disabled),
    ):
        colour = palette.color(group, QPalette.ColorRole.WindowText).name().encode()
        data = QByteArray(svg.replace(b"currentColor", colour))
        for size in _SIZES:
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QImageReader(buffer, b"svg")
            reader.setScaledSize(QSize(size, size))
            image = reader.read()
            if not image.isNull():
                icon.addPixmap(QPixmap.fromImage(image), mode)
    return icon


def theme_icon(key: str, palette: QPalette) -> QIcon:
    names, file = ICONS[key]
    for name in names:
        if QIcon.hasThemeIcon(name):
            return QIcon.fromTheme(name)
    return fallback_icon(file, palette)
