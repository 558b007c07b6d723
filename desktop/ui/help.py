"""The Help menu's own parts: a list of keyboard shortcuts made from the window's actions (so it never
goes stale) and the local user guide, opened in the person's browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.paths import RESOURCES

USER_GUIDE = RESOURCES / "help" / "user-guide.html"


def plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis: "&Empty Trash…" → "Empty Trash"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


Rows = list[tuple[str, list[tuple[str, str]]]]


def shortcut_rows(menu_bar: QMenuBar, more: dict[str, list[QAction]] | None = None) -> Rows:
    """(menu, [(command, keys)]) for every menu action that has a shortcut, in menu order; then ``more``,
    the keys that belong to one control (Escape in the search box), under that control's name."""
    groups = [(plain(top.text()), _actions(top.menu().actions())) for top in menu_bar.actions() if top.menu()]
    groups.extend((title, actions) for title, actions in (more or {}).items())
    rows: Rows = []
    for title, actions in groups:
        entries = [(plain(action.text()), keys) for action in actions if (keys := _keys(action))]
        if entries:
            rows.append((title, entries))
    return rows


def _actions(actions: list[QAction]) -> list[QAction]:
    found: list[QAction] = []
    for action in actions:
        if action.menu() is not None:
            found.extend(_actions(action.menu().actions()))
        elif not action.isSeparator() and action.isVisible():
            found.append(action)
    return found


def _keys(action: QAction) -> str:
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for key in action.shortcuts()
        if not key.isEmpty()
    )


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: every command that has keys, grouped by the menu it is in."""

    def __init__(
        self, menu_bar: QMenuBar, parent: QWidget | None = None, more: dict[str, list[QAction]] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for menu, entries in shortcut_rows(menu_bar, more):
            group = QTreeWidgetItem(self.tree, [menu])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for command, keys in entries:
                QTreeWidgetItem(group, [command, keys])
        self.tree.expandAll()
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(max(420, self.tree.sizeHintForColumn(0) + 220), 480)


def user_guide(locale: QLocale | None = None) -> Path:
    """The guide in the interface's language: Welsh when the window is in Welsh, else English."""
    welsh = USER_GUIDE.with_name("user-guide.cy.html")
    is_welsh = (locale or QLocale()).language() == QLocale.Language.Welsh
    return welsh if is_welsh and welsh.is_file() else USER_GUIDE


def open_user_guide(guide: Path | None = None) -> bool:
    """The guide in the person's browser; False when there is no guide or nothing could open it."""
    guide = guide or user_guide()
    return guide.is_file() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide)))
