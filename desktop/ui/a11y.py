"""Small accessibility helpers: names for controls Qt makes without one, and visible labels for combos."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolButton, QWidget


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Qt's clear button (setClearButtonEnabled) has no name, so screen readers say just "button"."""
    edit.setClearButtonEnabled(True)
    action = edit.findChild(QAction, "_q_qlineeditclearaction")
    if action is not None:
        action.setText(name)
        action.setToolTip(name)
    for button in edit.findChildren(QToolButton):
        if button.defaultAction() is action:
            button.setAccessibleName(name)


def buddy_label(text: str, combo: QComboBox, parent: QWidget) -> QLabel:
    """A visible label for a combo box, as its buddy: Linux screen readers otherwise read only its value."""
    label = QLabel(text, parent)
    label.setBuddy(combo)
    combo.setAccessibleName(label.text().replace("&", "").rstrip(":"))
    return label
