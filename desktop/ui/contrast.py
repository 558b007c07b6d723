"""Colours that every officer can read: WCAG 2.2 AA contrast (4.5:1 for text) from the palette in use.

Grey hints were disabled labels (1.55:1) and placeholders Qt's half-transparent text (4.0:1); a secondary
text colour is worked out from the palette instead, so it stays readable in dark and high-contrast themes.
Colours for errors and warnings come in a dark set for light backgrounds and a light set for dark ones
(``severity_colour``).

The app follows the operating system's dark and high-contrast settings (``follow_system_theme``): Qt's
colour-scheme and contrast hints say what the officer chose; where the platform's own palette doesn't
follow (Fusion on some desktops, an old style), a dark or high-contrast palette is applied here, and
again whenever the setting changes. Before the first frame the theme is told without those hints
(``first_theme``): they are Qt enums, and the first one PySide6 hands over builds its whole ``Qt``
namespace, some 17 ms (75 under load) that nothing else on the first screen needs.
"""

from __future__ import annotations

import sys
from enum import StrEnum

from PySide6 import QtCore  # its Qt namespace is built when first used, after the first paint
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

AA_TEXT = 4.5
#: Text colours for severities (counts, warnings under images); on light backgrounds down to #c8c8c8.
TEXT_COLOURS = {"error": "#a61b1b", "warning": "#7a4a00", "ok": "#1b6e35"}
#: The same on dark backgrounds (up to #4a4a4a, a pressed button in the dark palette).
DARK_TEXT_COLOURS = {"error": "#ffb4b4", "warning": "#ffd88a", "ok": "#9fe0ad"}

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


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(Role.Window)) < 0.2


def severity_colour(severity: str, palette: QPalette | None = None) -> str:
    """The text colour for "error", "warning" or "ok" that reads on this palette's backgrounds."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return (DARK_TEXT_COLOURS if is_dark(palette) else TEXT_COLOURS)[severity]


class Theme(StrEnum):
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"  # white on black, yellow selection
    HIGH_CONTRAST_LIGHT = "high-contrast-light"  # black on white, dark blue selection


#: The roles each palette sets, in the order of the colours below.
_ROLES = (
    Role.Window,
    Role.WindowText,
    Role.Base,
    Role.AlternateBase,
    Role.Text,
    Role.Button,
    Role.ButtonText,
    Role.BrightText,
    Role.Highlight,
    Role.HighlightedText,
    Role.Link,
    Role.LinkVisited,
    Role.ToolTipBase,
    Role.ToolTipText,
    Role.PlaceholderText,
    Role.Mid,
    Role.Dark,
    Role.Light,
    Role.Midlight,
    Role.Shadow,
)
_COLOURS: dict[Theme, str] = {
    Theme.DARK: "#2b2b2b #f0f0f0 #1f1f1f #303030 #f0f0f0 #3a3a3a #f0f0f0 #ffffff #2f65ad #ffffff "
    "#8ab4f8 #c58af9 #3a3a3a #f0f0f0 #a8a8a8 #8a8a8a #1a1a1a #505050 #454545 #000000",
    Theme.HIGH_CONTRAST: "#000000 #ffffff #000000 #1a1a1a #ffffff #000000 #ffffff #ffffff #ffff00 #000000 "
    "#00ffff #ff80ff #000000 #ffffff #d0d0d0 #ffffff #ffffff #ffffff #ffffff #ffffff",
    Theme.HIGH_CONTRAST_LIGHT: "#ffffff #000000 #ffffff #ebebeb #000000 #ffffff #000000 #000000 #1a237e "
    "#ffffff #00009f #5c007a #ffffff #000000 #3c3c3c #000000 #000000 #000000 #000000 #000000",
}  # fmt: skip
DISABLED_TEXT = {Theme.DARK: "#9a9a9a", Theme.HIGH_CONTRAST: "#8c8c8c", Theme.HIGH_CONTRAST_LIGHT: "#6e6e6e"}


def theme_palette(theme: Theme, light: QPalette) -> QPalette:
    """The palette for ``theme``; LIGHT is the platform's (``light``), or the style's if that is dark."""
    if theme is Theme.LIGHT:
        style = QApplication.style()
        return QPalette(style.standardPalette() if is_dark(light) and style is not None else light)
    palette = QPalette()
    for role, colour in zip(_ROLES, _COLOURS[theme].split(), strict=True):
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT[theme]))
    return palette


def _theme(high: bool, scheme: str, platform: QPalette) -> Theme:
    """The theme for a contrast preference and a colour scheme ("dark", "light" or "unknown"): with no
    scheme, the platform's palette says (a dark one is dark); high contrast is white on black unless the
    officer asked for light."""
    if high:
        return Theme.HIGH_CONTRAST_LIGHT if scheme == "light" else Theme.HIGH_CONTRAST
    dark = scheme == "dark" or (scheme == "unknown" and is_dark(platform))
    return Theme.DARK if dark else Theme.LIGHT


def system_theme(app: QGuiApplication, platform: QPalette | None = None) -> Theme:
    """What the officer chose in the operating system: Qt's contrast and colour-scheme hints."""
    qt = QtCore.Qt
    hints = app.styleHints()
    high = hints.accessibility().contrastPreference() == qt.ContrastPreference.HighContrast
    scheme = {qt.ColorScheme.Dark: "dark", qt.ColorScheme.Light: "light"}.get(hints.colorScheme(), "unknown")
    return _theme(high, scheme, platform if platform is not None else app.palette())


def _windows_settings() -> tuple[bool, str]:
    """High contrast and the apps' colour scheme from where Windows keeps them (Qt asks the same: under high
    contrast it reports no scheme). A missing or unreadable value counts as not set."""
    import winreg

    def value(path: str, name: str) -> object:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                return winreg.QueryValueEx(key, name)[0]
        except OSError:
            return None

    flags = str(value(r"Control Panel\Accessibility\HighContrast", "Flags"))
    high = flags.isdigit() and bool(int(flags) & 1)  # HCF_HIGHCONTRASTON
    light = value(r"Software\Microsoft\Windows\CurrentVersion\Themes\Personalize", "AppsUseLightTheme")
    scheme = "unknown" if high or not isinstance(light, int) else ("light" if light else "dark")
    return high, scheme


def early_system_theme(platform: QPalette) -> Theme:
    """The system's theme as far as it can be told without Qt's hints: on Windows from the registry, where
    Qt reads it; elsewhere the platform's palette, which already follows dark mode (macOS, KDE, GTK)."""
    high, scheme = _windows_settings() if sys.platform == "win32" else (False, "unknown")
    return _theme(high, scheme, platform)


def apply_theme(app: QGuiApplication, theme: Theme, platform: QPalette | None = None) -> Theme:
    """Use ``theme``'s palette, unless the platform's already is one (Windows and KDE draw their own dark and
    high-contrast palettes: those are kept), then make the placeholders readable on it.
    """
    platform = platform if platform is not None else app.palette()
    high = ratio(platform.color(Role.Text), platform.color(Role.Base)) >= 15
    dark_wanted = theme in (Theme.DARK, Theme.HIGH_CONTRAST)
    high_wanted = theme in (Theme.HIGH_CONTRAST, Theme.HIGH_CONTRAST_LIGHT)
    own = is_dark(platform) == dark_wanted and (high or not high_wanted)
    if isinstance(app, QApplication):  # (the style first: a new style may bring its own palette)
        _outline_controls(app, theme is not Theme.LIGHT and not own)
    app.setPalette(platform if own else theme_palette(theme, platform))
    apply_accessible_palette(app)
    return theme


_outlined: list[bool] = []  # set once the outlined style has been used: turning it off needs it again


def _outline_controls(app: QApplication, outlined: bool) -> None:
    """Outline the controls (``outlined_style``) for a palette applied here. With the platform's own palette
    and the style never changed there is nothing to do, and QStyle is not built (see that module)."""
    if outlined or _outlined:
        from desktop.ui.outlined_style import outline_controls

        _outlined.append(True)
        outline_controls(app, outlined)


def first_theme(app: QGuiApplication) -> tuple[QPalette, Theme]:
    """Apply the system's theme before the first frame (``early_system_theme``). Returns the platform's own
    palette and the theme, for ``follow_system_theme`` once the window has painted."""
    platform = app.palette()  # the platform's own (a copy), before this module changes anything
    return platform, apply_theme(app, early_system_theme(platform), platform)


def follow_system_theme(
    app: QGuiApplication, platform: QPalette | None = None, shown: Theme | None = None
) -> Theme:
    """Apply the theme Qt's hints say, unless it is ``shown`` already, and again whenever the officer
    changes it (no restart needed). It differs from ``first_theme``'s only where the palette doesn't show
    what the hints say: high contrast on Linux or macOS, or a dark scheme with a light platform palette."""
    platform = platform if platform is not None else app.palette()
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda *_: apply_theme(app, system_theme(app, platform), platform))
    hints.accessibility().contrastPreferenceChanged.connect(
        lambda *_: apply_theme(app, system_theme(app, platform), platform)
    )
    theme = system_theme(app, platform)
    return theme if theme is shown else apply_theme(app, theme, platform)


def error_style(widget: QWidget) -> str:
    """The style sheet for an error message on ``widget``: red that reads on its (light or dark) palette."""
    return f"color: {severity_colour('error', widget.palette())};"
