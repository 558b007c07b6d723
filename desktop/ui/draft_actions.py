"""What the File and Edit menus do to the drafts list: new, duplicate, Trash and back, earlier versions,
and Undo/Redo (the editor's own text history first, then these list actions)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit

from desktop.core.drafts import DraftData, DraftQuery, StoreError, View
from desktop.ui.history_dialog import HistoryDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class StoreCommand(QUndoCommand):
    """A list action the Edit menu can undo: each side is a store call plus a list refresh."""

    def __init__(
        self, text: str, do: Callable[[], None], undo: Callable[[], None], *, done: bool = False
    ) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo
        self._skip_first_redo = done  # the action already happened; push() must not repeat it

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._do()

    def undo(self) -> None:
        self._undo()


class DraftActions:
    """The drafts list's commands and their undo history: a part of ``MainWindow`` (mixed in), acting on
    its store, list, editor and ``undo_stack``. ``self.tr`` finds these texts under this class's name, as
    PySide looks along the window's classes; but a text with a plural (%n) stops at the first class (the
    number filled in looks like a translation), so those say ``MainWindow.tr`` and live in its catalogue."""

    def _run(self: MainWindow, action: Callable[[], object]) -> object | None:
        """Run a store action; failures become a plain message, never a traceback."""
        try:
            return action()
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Crier"), error.user_message)
            return None

    def new_draft(self: MainWindow) -> None:
        self.autosaver.save_now()
        if self.model.query.view is not View.DRAFTS or self.model.query.text:
            self.drafts.search.clear()
            self._show_view(View.DRAFTS)
        created = self._run(self.store.create)
        if not isinstance(created, DraftData):
            return
        self.undo_stack.push(
            StoreCommand(
                self.tr("New draft"),
                lambda: self._after_change(restore=[created.id]),
                lambda: self._after_change(trash=[created.id]),
                done=True,
            )
        )
        self.model.upsert(self.store.summary(created.id))
        self.select_draft(created.id)
        self.editor.body.setFocus()

    def duplicate_draft(self: MainWindow) -> None:
        if self.editor.draft is None:
            return
        self.autosaver.flush()
        copy = self._run(lambda: self.store.duplicate(self.editor.draft.id))
        if not isinstance(copy, DraftData):
            return
        self.undo_stack.push(
            StoreCommand(
                self.tr("Duplicate draft"),
                lambda: self._after_change(restore=[copy.id]),
                lambda: self._after_change(trash=[copy.id]),
                done=True,
            )
        )
        self.model.upsert(self.store.summary(copy.id))
        self.select_draft(copy.id)

    def trash_selected(self: MainWindow) -> None:
        ids = self.selected_ids()
        if not ids or self.model.query.view is View.TRASH:
            return
        self.autosaver.flush()
        from desktop.ui.main_window import MainWindow  # at run time: main_window imports this module

        self.undo_stack.push(
            StoreCommand(
                self.tr("Move to Trash"),
                lambda: self._after_change(trash=ids),
                lambda: self._after_change(restore=ids),
            )
        )
        self.statusBar().showMessage(
            MainWindow.tr("Moved %n draft(s) to the Trash. Ctrl+Z brings them back.", "", len(ids)),
            6000,
        )

    def restore_selected(self: MainWindow) -> None:
        ids = self.selected_ids()
        if not ids or self.model.query.view is not View.TRASH:
            return
        self.undo_stack.push(
            StoreCommand(
                self.tr("Restore from Trash"),
                lambda: self._after_change(restore=ids),
                lambda: self._after_change(trash=ids),
            )
        )

    def _after_change(
        self: MainWindow, *, trash: list[int] | None = None, restore: list[int] | None = None
    ) -> None:
        if trash:
            self._run(lambda: self.store.trash(trash))
        if restore:
            self._run(lambda: self.store.restore(restore))
        moved = set(trash or []) | set(restore or [])
        if self.editor.draft is not None and self.editor.draft.id in moved:
            self._open(None)
        self.model.remove_ids(moved)
        self.model.reload()

    def empty_trash(self: MainWindow) -> None:
        from desktop.ui.main_window import MainWindow  # at run time: main_window imports this module

        count = self.store.count(DraftQuery(view=View.TRASH))
        if not count:
            self.statusBar().showMessage(self.tr("The Trash is already empty."), 4000)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Empty Trash"),
            MainWindow.tr("Delete %n draft(s) in the Trash for good? This can't be undone.", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._run(self.store.empty_trash) is not None:
            self.undo_stack.clear()  # the drafts are gone; older undo steps would refer to them
            if self.editor.draft is not None and self.editor.draft.deleted_at is not None:
                self._open(None)
            self.model.reload()

    def show_history(self: MainWindow) -> None:
        if self.editor.draft is None:
            return
        self.autosaver.flush()
        draft_id = self.editor.draft.id
        current = self.store.get(draft_id).body
        dialog = HistoryDialog(self.store.revisions(draft_id), self, current=current)
        if dialog.exec() and dialog.chosen is not None:
            restored = self._run(lambda: self.store.restore_revision(draft_id, dialog.chosen.id))
            if isinstance(restored, DraftData):
                self.editor.show_draft(restored)
                self.model.upsert(self.store.summary(draft_id))
                self.statusBar().showMessage(
                    self.tr("Earlier version restored. The text it replaced is in Earlier versions."),
                    6000,
                )

    # -- Undo / Redo --------------------------------------------------------------------------

    def _text_history(self: MainWindow, redo: bool) -> QPlainTextEdit | QLineEdit | None:
        """The focused editor field when Undo/Redo should act on its text rather than on the list."""
        editor = self.editor
        focus = QApplication.focusWidget()
        if focus is editor.body and not focus.isReadOnly():
            document = focus.document()
            return focus if (document.isRedoAvailable() if redo else document.isUndoAvailable()) else None
        if focus is editor.title and not focus.isReadOnly():
            return focus if (focus.isRedoAvailable() if redo else focus.isUndoAvailable()) else None
        return None

    def undo(self: MainWindow) -> None:
        field = self._text_history(redo=False)
        field.undo() if field is not None else self.undo_stack.undo()

    def redo(self: MainWindow) -> None:
        field = self._text_history(redo=True)
        field.redo() if field is not None else self.undo_stack.redo()
