"""Colours that every officer can read: WCAG 2.2 AA contrast (4.5:1 for text) from the palette in use.

Grey hints were disabled labels (1.55:1) and placeholders Qt's half-transparent text (4.0:1); a secondary
text colour is worked out from the palette instead, so it stays readable in dark and high-contrast themes.
Fixed colours for warnings and errors are dark enough on the light window and pressed-button greys.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

AA_TEXT = 4.5
#: Text colours for severities (counts, warnings under images); on light backgrounds down to #c8c8c8.
TEXT_COLOURS = {"error": "#a61b1b", "warning": "#7a4a00"}

Role = QPalette.ColorRole


def _channel(value: float) -> float:
    value /= 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return (
        0.2126 * _channel(colour.red()) + 0.7152 * _channel(colour.green()) + 0.0722 * _channel(colour.blue())
    )


def over(colour: QColor, background: QColor) -> QColor:
    """What a (possibly translucent) colour looks like drawn on ``background``."""
    a = colour.alphaF()
    mix = [
        round(a * f + (1 - a) * b) for f, b in zip(colour.getRgb()[:3], background.getRgb()[:3], strict=True)
    ]
    return QColor(*mix)


def ratio(foreground: QColor, background: QColor) -> float:
    """The WCAG contrast ratio, 1 to 21."""
    lighter, darker = sorted((luminance(over(foreground, background)), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def secondary_text(palette: QPalette) -> QColor:
    """A quieter text colour that still reaches 4.5:1 on both the window and the text-entry backgrounds:
    the placeholder colour, moved towards the full text colour only as far as it must."""
    text, start = palette.color(Role.Text), palette.color(Role.PlaceholderText)
    backgrounds = (palette.color(Role.Window), palette.color(Role.Base))
    for step in range(0, 11):
        base = over(start, palette.color(Role.Base))
        t = step / 10
        colour = QColor(
            *(round((1 - t) * b + t * f) for b, f in zip(base.getRgb()[:3], text.getRgb()[:3], strict=True))
        )
        if all(ratio(colour, bg) >= AA_TEXT for bg in backgrounds):
            return colour
    return text


def apply_accessible_palette(app: QGuiApplication) -> None:
    """Give placeholders (and the draft list's preview line, which uses them) a readable colour."""
    palette = app.palette()
    colour = secondary_text(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, Role.PlaceholderText, colour)
    app.setPalette(palette)


def make_secondary(widget: QWidget) -> None:
    """Show a hint in the secondary text colour (rather than disabling it, which makes it unreadable)."""
    palette = widget.palette()
    colour = secondary_text(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, Role.WindowText, colour)
    widget.setPalette(palette)
