"""Every text reaches WCAG 2.2 AA (4.5:1), computed from the palette the widgets actually use, in the light,
dark and high-contrast themes; the combo boxes have visible labels and the clear buttons have names."""

from __future__ import annotations

import sys
from collections import Counter

import pytest
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QToolButton

from desktop.core.checks import CheckResult
from desktop.core.db import open_database
from desktop.core.paths import app_paths
from desktop.core.settings import Settings
from desktop.core.store import DraftStore
from desktop.core.tone import Finding
from desktop.ui.checks_view import FINDING_ROLE
from desktop.ui.contrast import AA_TEXT, TEXT_COLOURS, Theme, apply_theme, ratio, severity_colour
from desktop.ui.main_window import MainWindow
from desktop.ui.outlined_style import OutlinedStyle
from desktop.ui.settings_dialog import SettingsDialog

Role = QPalette.ColorRole


@pytest.fixture(params=list(Theme))
def window(qtbot, qapp, request):  # noqa: ANN001, ANN201
    before = qapp.palette()
    apply_theme(qapp, request.param, before)  # as app.py does at start-up when the system asks for it
    db = open_database(app_paths().ensure())
    win = MainWindow(DraftStore(db))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    db.close()
    apply_theme(qapp, Theme.LIGHT, before)  # and the style it started with
    qapp.setPalette(before)


def text_ratio(widget, role: Role = Role.WindowText, background: Role = Role.Window) -> float:  # noqa: ANN001
    palette = widget.palette()
    group = QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled
    return ratio(palette.color(group, role), palette.color(group, background))


def test_hints_are_readable_not_disabled_grey(qtbot, window) -> None:  # noqa: ANN001
    window.model.reload()
    qtbot.waitUntil(lambda: window.drafts.empty_label.isVisible())
    assert text_ratio(window.drafts.empty_label) >= AA_TEXT
    assert text_ratio(window.editor.empty_hint) >= AA_TEXT


def test_placeholders_and_the_preview_line_are_readable(window) -> None:  # noqa: ANN001
    for edit in (window.drafts.search, window.editor.title, window.editor.body):
        assert text_ratio(edit, Role.PlaceholderText, Role.Base) >= AA_TEXT, edit.placeholderText()


def test_findings_text_keeps_the_palette_colour_even_when_selected(window) -> None:  # noqa: ANN001
    panel = window.checks
    findings = tuple(Finding(r, 0, 1, s, "m") for r, s in (("a", "error"), ("b", "warning"), ("c", "info")))
    panel.show_result(CheckResult("a b", (), findings))
    for row in range(panel.model.rowCount()):
        index = panel.model.index(row)
        assert index.data(FINDING_ROLE) is not None
        assert index.data(9) is None  # Qt.ForegroundRole: no fixed colour, so Text / HighlightedText apply
    list_palette = panel.list.palette()
    assert ratio(list_palette.color(Role.Text), list_palette.color(Role.Base)) >= AA_TEXT
    assert ratio(list_palette.color(Role.HighlightedText), list_palette.color(Role.Highlight)) >= 3.0


def drawn_background(widget) -> QColor:  # noqa: ANN001
    """The colour covering most of the widget as drawn: its background under the text."""
    image = widget.grab().toImage()
    inside = range(4, image.width() - 4), range(4, image.height() - 4)  # within the frame
    counts = Counter(image.pixel(x, y) for x in inside[0] for y in inside[1])
    return QColor(counts.most_common(1)[0][0])


@pytest.mark.parametrize("severity", sorted(TEXT_COLOURS))
def test_count_and_warning_colours_on_plain_and_pressed_buttons(window, severity: str) -> None:  # noqa: ANN001
    button = window.editor.counts.toggles["x"]
    colour = QColor(severity_colour(severity, button.palette()))
    for checked in (False, True):
        button.setChecked(checked)
        background = drawn_background(button)  # as the style paints it, pressed or not
        assert ratio(colour, background) >= AA_TEXT, (checked, background.name())
    assert ratio(colour, window.palette().color(Role.Window)) >= AA_TEXT  # the images' warning line


def test_combo_boxes_have_visible_buddy_labels(window) -> None:  # noqa: ANN001
    panel = window.drafts
    assert panel.view_label.buddy() is panel.view_choice and panel.view_label.isVisible()
    assert panel.sort_label.buddy() is panel.sort_choice and panel.sort_label.isVisible()
    assert panel.view_choice.accessibleName() == "Show" and panel.sort_choice.accessibleName() == "Sort by"


def clear_button(edit) -> QToolButton:  # noqa: ANN001
    action = edit.findChild(QAction, "_q_qlineeditclearaction")
    return next(b for b in edit.findChildren(QToolButton) if b.defaultAction() is action)


def test_clear_buttons_have_names(qtbot, window) -> None:  # noqa: ANN001
    assert clear_button(window.drafts.search).accessibleName() == "Clear search"
    dialog = SettingsDialog(Settings.load())
    qtbot.addWidget(dialog)
    line = dialog.fields["network.proxy"].line
    assert clear_button(line).accessibleName() == "Clear Proxy"


# -- the system's dark and high-contrast themes -----------------------------------------------------------

PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
)


@pytest.mark.parametrize("theme", [t for t in Theme if t is not Theme.LIGHT])
def test_every_text_role_of_the_dark_and_high_contrast_palettes_reaches_aa(qapp, theme: Theme) -> None:  # noqa: ANN001
    from desktop.ui.contrast import theme_palette

    palette = theme_palette(theme, qapp.palette())
    for text, background in PAIRS:
        assert ratio(palette.color(text), palette.color(background)) >= AA_TEXT, (theme, text, background)
    for background in (Role.Window, Role.Base, Role.Button):  # the outlines of fields and buttons
        assert ratio(palette.color(Role.Mid), palette.color(background)) >= 3.0, (theme, background)
    minimum = 7.0 if theme is not Theme.DARK else AA_TEXT  # high contrast: WCAG's AAA for text
    assert ratio(palette.color(Role.Text), palette.color(Role.Base)) >= minimum
    for severity in TEXT_COLOURS:
        for background in (Role.Window, Role.Base, Role.Button, Role.AlternateBase):
            colour = QColor(severity_colour(severity, palette))
            assert ratio(colour, palette.color(background)) >= AA_TEXT, (theme, severity, background)


class _Hints:
    """The operating system's choice, which Qt reports through its style hints (the offscreen platform
    has no dark or high-contrast setting of its own to change)."""

    def __init__(self, scheme, contrast) -> None:  # noqa: ANN001
        self.scheme, self.contrast = scheme, contrast

    def colorScheme(self):  # noqa: ANN201, N802
        return self.scheme

    def accessibility(self):  # noqa: ANN201
        return self

    def contrastPreference(self):  # noqa: ANN201, N802
        return self.contrast


def test_the_system_theme_is_read_from_qts_hints() -> None:
    from PySide6.QtCore import Qt

    from desktop.ui.contrast import system_theme, theme_palette

    class App:
        def __init__(self, hints: _Hints) -> None:
            self.hints = hints

        def styleHints(self) -> _Hints:  # noqa: N802
            return self.hints

    high, normal = Qt.ContrastPreference.HighContrast, Qt.ContrastPreference.NoPreference
    dark, light, unknown = Qt.ColorScheme.Dark, Qt.ColorScheme.Light, Qt.ColorScheme.Unknown
    pale, night = QPalette(QColor("#f0f0f0")), theme_palette(Theme.DARK, QPalette())
    assert system_theme(App(_Hints(dark, normal)), pale) is Theme.DARK
    assert system_theme(App(_Hints(light, normal)), night) is Theme.LIGHT
    assert system_theme(App(_Hints(unknown, normal)), pale) is Theme.LIGHT
    assert system_theme(App(_Hints(unknown, normal)), night) is Theme.DARK  # no scheme: the palette says
    assert system_theme(App(_Hints(dark, high)), pale) is Theme.HIGH_CONTRAST
    assert system_theme(App(_Hints(unknown, high)), pale) is Theme.HIGH_CONTRAST
    assert system_theme(App(_Hints(light, high)), night) is Theme.HIGH_CONTRAST_LIGHT


@pytest.mark.skipif(sys.platform == "win32", reason="Windows' own settings are read from the registry")
def test_before_the_first_frame_the_platforms_palette_says_dark_or_light(qapp) -> None:  # noqa: ANN001
    """Without Qt's hints (asking builds PySide6's whole Qt namespace): a dark platform palette is dark,
    as macOS, KDE and GTK give when dark mode is on. Once the window has painted, Qt's hints are asked and
    a theme already shown is not applied again."""
    from desktop.ui.contrast import early_system_theme, theme_palette

    assert early_system_theme(QPalette(QColor("#f0f0f0"))) is Theme.LIGHT
    assert early_system_theme(theme_palette(Theme.DARK, QPalette())) is Theme.DARK
    assert early_system_theme(qapp.palette()) is Theme.LIGHT  # offscreen: light, no scheme
    from desktop.ui import contrast

    before = qapp.palette()
    platform, shown = contrast.first_theme(qapp)
    try:
        assert shown is Theme.LIGHT and contrast.follow_system_theme(qapp, platform, shown) is shown
    finally:
        for signal in (
            qapp.styleHints().colorSchemeChanged,
            qapp.styleHints().accessibility().contrastPreferenceChanged,
        ):
            signal.disconnect()
        qapp.setPalette(before)


def test_the_window_follows_a_change_of_theme_without_a_restart(qtbot, qapp, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from desktop.ui import contrast

    before = qapp.palette()
    try:
        contrast.follow_system_theme(qapp)
        assert not contrast.is_dark(qapp.palette())
        monkeypatch.setattr(contrast, "system_theme", lambda app, _platform: Theme.DARK)
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the platform sends
        assert contrast.is_dark(qapp.palette())
        monkeypatch.setattr(contrast, "system_theme", lambda app, _platform: Theme.HIGH_CONTRAST)
        qapp.styleHints().accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
        assert qapp.palette().color(Role.Highlight).name() == "#ffff00"
        assert isinstance(qapp.style(), OutlinedStyle)  # Fusion's outlines vanish on black
        monkeypatch.setattr(contrast, "system_theme", lambda app, _platform: Theme.LIGHT)
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert qapp.palette().color(Role.Window) == before.color(Role.Window)
        assert not isinstance(qapp.style(), OutlinedStyle)
    finally:
        for signal in (
            qapp.styleHints().colorSchemeChanged,
            qapp.styleHints().accessibility().contrastPreferenceChanged,
        ):
            signal.disconnect()
        contrast.apply_theme(qapp, Theme.LIGHT, before)
        qapp.setPalette(before)


def test_error_messages_are_readable_in_every_theme(qtbot, window) -> None:  # noqa: ANN001
    import re

    from desktop.core.connect import FORMS
    from desktop.ui.accounts_dialog import ConnectDialog

    dialog = ConnectDialog(FORMS["mastodon"], window)
    qtbot.addWidget(dialog)
    dialog.show_error("The server didn't accept this access token.")
    colour = QColor(re.search(r"color: (#[0-9a-f]{6})", dialog.error.styleSheet()).group(1))
    assert ratio(colour, dialog.palette().color(Role.Window)) >= AA_TEXT, colour.name()


def test_a_save_problem_in_the_status_bar_is_readable_in_every_theme(window) -> None:  # noqa: ANN001
    import re

    window._on_save_status("Not saved: the disk is full.", True)
    label = window.save_label
    colour = QColor(re.search(r"color: (#[0-9a-f]{6})", label.styleSheet()).group(1))
    assert ratio(colour, label.palette().color(Role.Window)) >= AA_TEXT, colour.name()
    assert "bold" in label.styleSheet()
    window._on_save_status("Saved 12:00", False)
    assert label.styleSheet() == ""
