"""Every text reaches WCAG 2.2 AA (4.5:1), computed from the palette the widgets actually use; the
combo boxes have visible labels and the clear buttons have names."""

from __future__ import annotations

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
from desktop.ui.contrast import AA_TEXT, TEXT_COLOURS, apply_accessible_palette, ratio
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_dialog import SettingsDialog

Role = QPalette.ColorRole


@pytest.fixture
def window(qtbot, qapp):  # noqa: ANN001, ANN201
    before = qapp.palette()
    apply_accessible_palette(qapp)  # as app.py does at start-up
    db = open_database(app_paths().ensure())
    win = MainWindow(DraftStore(db))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    db.close()
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
    colour = QColor(TEXT_COLOURS[severity])
    for checked in (False, True):
        button = window.editor.counts.toggles["x"]
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
