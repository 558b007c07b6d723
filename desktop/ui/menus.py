"""The window's menus and their actions: one place where each command gets its text, shortcut and menu.

A part of ``MainWindow`` (mixed in): the actions are the window's attributes (``new_action``, ``file_menu``…)
so later wiring (Post, Accounts, Team) and tests reach them by name. ``tr`` finds these texts under this
class's name: PySide looks along the window's classes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop.core.drafts import View

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from desktop.ui.main_window import MainWindow


class WindowMenus:
    new_action: QAction
    duplicate_action: QAction
    history_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    find_action: QAction
    delete_action: QAction
    restore_action: QAction
    empty_trash_action: QAction
    settings_action: QAction
    show_drafts_action: QAction
    show_trash_action: QAction
    preview_action: QAction
    about_action: QAction
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu

    def _action(
        self: MainWindow,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self: MainWindow) -> None:
        menu = self.menuBar()
        self.new_action = self._action(self.tr("&New draft"), self.new_draft, "Ctrl+N")
        self.duplicate_action = self._action(self.tr("D&uplicate draft"), self.duplicate_draft, "Ctrl+D")
        self.history_action = self._action(self.tr("Earlier &versions…"), self.show_history, "Ctrl+H")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu = self.file_menu = menu.addMenu(self.tr("&File"))
        for action in (self.new_action, self.duplicate_action, self.history_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.undo_action = self._action(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.redo, "Ctrl+Shift+Z")
        self.find_action = self._action(self.tr("&Find…"), self.focus_search, QKeySequence.StandardKey.Find)
        self.delete_action = self._action(
            self.tr("&Move to Trash"), self.trash_selected, QKeySequence.StandardKey.Delete
        )
        # Delete belongs to the list: in the editor the key deletes characters.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.drafts.list.addAction(self.delete_action)
        self.restore_action = self._action(self.tr("Restore from &Trash"), self.restore_selected, "Ctrl+R")
        self.empty_trash_action = self._action(self.tr("&Empty Trash…"), self.empty_trash)
        edit_menu = self.edit_menu = menu.addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (self.find_action, self.delete_action, self.restore_action, self.empty_trash_action):
            edit_menu.addAction(action)
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)

        view_menu = self.view_menu = menu.addMenu(self.tr("&View"))
        self.show_drafts_action = self._action(
            self.tr("&Drafts"), lambda: self._show_view(View.DRAFTS), "Ctrl+1"
        )
        self.show_trash_action = self._action(
            self.tr("&Trash"), lambda: self._show_view(View.TRASH), "Ctrl+2"
        )
        view_menu.addAction(self.show_drafts_action)
        view_menu.addAction(self.show_trash_action)
        self.preview_action = self._action(self.tr("&Preview on each network"), self.toggle_preview, "Ctrl+P")
        view_menu.addAction(self.preview_action)

        self.help_menu = menu.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About Crier"), self.about)
        self.help_menu.addAction(self.about_action)

    def _update_actions(self: MainWindow) -> None:
        ready = self.store is not None
        in_trash = self.model.query.view is View.TRASH
        has_draft = self.editor.draft is not None
        for action in (
            self.new_action,
            self.find_action,
            self.empty_trash_action,
            self.undo_action,
            self.redo_action,
        ):
            action.setEnabled(ready)
        self.settings_action.setEnabled(ready)
        self.duplicate_action.setEnabled(ready and has_draft and not in_trash)
        self.history_action.setEnabled(ready and has_draft)
        self.delete_action.setEnabled(ready and not in_trash)
        self.restore_action.setEnabled(ready and in_trash)
