"""The window's menus and their actions: one place where each command gets its text, shortcut and menu.

A part of ``MainWindow`` (mixed in): the actions are the window's attributes (``new_action``, ``file_menu``…)
so later wiring (Post, Accounts, Team) and tests reach them by name. ``tr`` finds these texts under this
class's name: PySide looks along the window's classes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt: built on first use (tests/test_startup_path.py)
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QToolBar

from desktop.core.drafts import DraftQuery, View
from desktop.ui.ops import LIST

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
    split_action: QAction
    settings_action: QAction
    show_drafts_action: QAction
    show_trash_action: QAction
    preview_action: QAction
    about_action: QAction
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    toolbar: QToolBar
    view_group: QActionGroup
    guide_action: QAction
    shortcuts_action: QAction
    _trash_count = 0
    #: Each action's shortcut, until ``_set_shortcuts`` gives them (after the first paint): a key ("Ctrl+N")
    #: or the name of one of Qt's standard keys ("Undo"), which differ between systems.
    _shortcuts: list[tuple[QAction, str, bool]]

    def _action(
        self: MainWindow,
        text: str,
        slot: Callable[[], object],
        shortcut: str | None = None,
        *,
        standard: str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None or standard is not None:
            self._shortcuts.append((action, standard or shortcut or "", standard is not None))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _set_shortcuts(self: MainWindow) -> None:
        """The actions' shortcuts, once the window has painted (``finish_building``): QKeySequence's type and
        its enums (some 2 ms) are not needed to draw it, and it takes no keys until its drafts are here. A
        menu shows them when opened."""
        from PySide6.QtGui import QKeySequence

        for action, key, standard in self._shortcuts:
            sequence = QKeySequence(getattr(QKeySequence.StandardKey, key) if standard else key)
            action.setShortcuts([sequence])
        self._shortcuts.clear()

    def _build_actions(self: MainWindow) -> None:
        self._shortcuts = []
        menu = self.menuBar()
        self.new_action = self._action(self.tr("&New draft"), self.new_draft, "Ctrl+N")
        self.duplicate_action = self._action(self.tr("D&uplicate draft"), self.duplicate_draft, "Ctrl+D")
        self.history_action = self._action(self.tr("Earlier &versions…"), self.show_history, "Ctrl+H")
        self.quit_action = self._action(self.tr("&Quit"), self.close, standard="Quit")
        file_menu = self.file_menu = menu.addMenu(self.tr("&File"))
        for action in (self.new_action, self.duplicate_action, self.history_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.undo_action = self._action(self.tr("&Undo"), self.undo, standard="Undo")
        self.redo_action = self._action(self.tr("&Redo"), self.redo, "Ctrl+Shift+Z")
        self.find_action = self._action(self.tr("&Find…"), self.focus_search, standard="Find")
        self.delete_action = self._action(self.tr("&Move to Trash"), self.trash_selected, standard="Delete")
        # Delete belongs to the list: in the editor the key deletes characters.
        # (Qt's enums by name, through the property: the first Qt enum PySide6 hands over builds its whole Qt
        # namespace, 17 ms or more, that nothing else on the first screen needs; tests/test_startup_path.py)
        self.delete_action.setProperty("shortcutContext", "WidgetWithChildrenShortcut")
        self.drafts.list.addAction(self.delete_action)
        self.restore_action = self._action(self.tr("Restore from &Trash"), self.restore_selected, "Ctrl+R")
        self.empty_trash_action = self._action(self.tr("&Empty Trash…"), self.empty_trash)
        edit_menu = self.edit_menu = menu.addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (self.find_action, self.delete_action, self.restore_action, self.empty_trash_action):
            edit_menu.addAction(action)
        # T for thread; no other action, standard key or text-editing key uses Ctrl+Shift+T
        self.split_action = self._action(
            self.tr("Sp&lit into thread"), self.split_into_thread, "Ctrl+Shift+T"
        )
        self.split_action.setEnabled(False)  # while the text is too long for a chosen network (checks)
        edit_menu.addSeparator()
        edit_menu.addAction(self.split_action)
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)

        view_menu = self.view_menu = menu.addMenu(self.tr("&View"))
        self.show_drafts_action = self._action(
            self.tr("&Drafts"), lambda: self._choose_view(View.DRAFTS), "Ctrl+1"
        )
        self.show_trash_action = self._action(
            self.tr("&Trash"), lambda: self._choose_view(View.TRASH), "Ctrl+2"
        )
        # Drafts, Trash and (once posting is ready) Outbox: one place at a time, a radio group in the menu
        self.view_group = QActionGroup(self)
        self.view_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.Exclusive)
        for action in (self.show_drafts_action, self.show_trash_action):
            action.setCheckable(True)
            self.view_group.addAction(action)
            view_menu.addAction(action)
        self.show_drafts_action.setChecked(True)
        self.drafts.view_choice.currentIndexChanged.connect(lambda _i: self._sync_view_group())
        self.preview_action = self._action(self.tr("&Preview on each network"), self.toggle_preview, "Ctrl+P")
        view_menu.addAction(self.preview_action)

        self.help_menu = menu.addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            self.tr("Crier &user guide"), self.open_guide, standard="HelpContents"
        )
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.about_action = self._action(self.tr("&About Crier"), self.about)
        for action in (self.guide_action, self.shortcuts_action):
            self.help_menu.addAction(action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main-toolbar")  # so saveState() can keep where it is
        self.toolbar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)  # at the top
        room = QPixmap(self.toolbar.iconSize())  # its icon comes after the first paint (_draw_icons):
        room.fill(QColor(0, 0, 0, 0))  # until then a blank one keeps the toolbar's size
        self.new_action.setIcon(QIcon(room))
        self.toolbar.addAction(self.new_action)
        self.drafts.list.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.loaded.connect(lambda _rows: self._count_trash())

    def _draw_icons(self: MainWindow) -> None:
        """The toolbar's first icon, after the first paint (``finish_building``): Crier's own icons are drawn
        from SVG at five sizes, which loads Qt's SVG plugin; the others come with posting (below)."""
        from desktop.ui.theme_icons import theme_icon

        self.new_action.setIcon(theme_icon("new", self.palette()))

    def _join_posting(self: MainWindow) -> None:
        """Post, Outbox and Accounts, made once the database is open, join the toolbar and the View group."""
        from desktop.ui.theme_icons import theme_icon

        posting = self.posting
        for key, action in (
            ("post", posting.post_action),
            ("outbox", posting.outbox_action),
            ("accounts", posting.accounts_action),
        ):
            action.setIcon(theme_icon(key, self.palette()))
            self.toolbar.addAction(action)
        self.view_group.addAction(posting.outbox_action)
        self.view_menu.insertAction(self.preview_action, posting.outbox_action)  # after Trash
        self.view_menu.insertAction(self.preview_action, posting.calendar_action)  # not one of the group
        self.view_menu.insertSeparator(self.preview_action)
        posting.outbox_action.triggered.connect(lambda shown: shown and posting.panel.table.setFocus())

    def _open_view(self: MainWindow) -> str:
        """The View group's choice, as kept between runs: "drafts", "trash" or "outbox"."""
        if self.posting is not None and self.posting.outbox_action.isChecked():
            return "outbox"
        return "trash" if self.show_trash_action.isChecked() else "drafts"

    def _restore_view(self: MainWindow, view: str | None) -> None:
        if view == "trash":
            self._show_view(View.TRASH)
        elif view == "outbox" and self.posting is not None:
            self.posting.outbox_action.setChecked(True)
            self.posting.dock.show()

    def _choose_view(self: MainWindow, view: View) -> None:
        """Ctrl+1 / Ctrl+2: show that view and put the keyboard in its list."""
        self._show_view(view)
        self.drafts.list.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def _sync_view_group(self: MainWindow) -> None:
        """The View menu follows the list's "Show" choice: Trash, or one of the drafts views."""
        in_trash = self.drafts.view_choice.currentData() == View.TRASH
        (self.show_trash_action if in_trash else self.show_drafts_action).setChecked(True)

    def open_guide(self: MainWindow) -> None:
        from desktop.ui.help import open_user_guide, user_guide  # the Help menu's parts: built on first use

        if not open_user_guide():
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self,
                self.tr("User guide"),
                self.tr("The user guide could not be opened. It is at {path}").format(path=user_guide()),
            )

    def show_shortcuts(self: MainWindow) -> None:
        from desktop.ui.dialogs import disposable
        from desktop.ui.help import ShortcutsDialog

        more = {self.tr("Search box"): [self.drafts.clear_search_action]}
        disposable(ShortcutsDialog(self.menuBar(), self, more)).exec()

    def _count_trash(self: MainWindow) -> None:
        """Empty Trash is offered only when there is something in the Trash (counted off the GUI thread)."""
        store = self.store
        if store is None:
            return

        def counted(count: int) -> None:
            self._trash_count = count
            self._update_actions()

        self.ops.run(lambda: store.count(DraftQuery(view=View.TRASH)), counted, lane=LIST)

    def _update_post_action(self: MainWindow) -> None:
        """Post… only with a draft that has something to post (text or an image), outside the Trash."""
        if self.posting is None:
            return
        draft = self.editor.draft
        self.posting.post_action.setEnabled(
            draft is not None
            and self.model.query.view is not View.TRASH
            and bool(self.editor.check_text().strip() or draft.media)
        )

    def _update_actions(self: MainWindow) -> None:
        ready = self.store is not None
        in_trash = self.model.query.view is View.TRASH
        has_draft = self.editor.draft is not None
        for action in (self.new_action, self.find_action, self.undo_action, self.redo_action):
            action.setEnabled(ready)
        self.empty_trash_action.setEnabled(ready and self._trash_count > 0)
        self.settings_action.setEnabled(ready)
        self.duplicate_action.setEnabled(ready and has_draft and not in_trash)
        self.history_action.setEnabled(ready and has_draft)
        chosen = ready and bool(self.selected_ids())  # the selected rows, else the draft in the editor
        self.delete_action.setEnabled(chosen and not in_trash)
        self.restore_action.setEnabled(chosen and in_trash)
        self._update_post_action()
