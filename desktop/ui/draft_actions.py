"""What the File and Edit menus do to the drafts list: new, duplicate, Trash and back, earlier versions,
and Undo/Redo (the editor's own text history first, then these list actions).

Each runs on the window's ``ops`` store lane, after any save already queued, and announces
``Change.DRAFTS``: the list re-reads itself; what the person asked for (the new draft selected, the trashed
rows gone) is shown as soon as the store has done it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from desktop.core.clock import utcnow
from desktop.core.drafts import DraftQuery, View
from desktop.ui.autosave import LANGUAGE, NETWORKS, NEW
from desktop.ui.ops import Change, Failure

if TYPE_CHECKING:
    from desktop.core.drafts import DraftData, DraftSummary  # (loaded with the first draft: drafts.py)
    from desktop.ui.main_window import MainWindow


class StoreCommand(QUndoCommand):
    """A list action the Edit menu can undo: each side is an operation on the store lane (so undo and redo
    land in the order they were asked for)."""

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

    def new_draft(self: MainWindow) -> None:
        """A blank draft in the editor at once, ready for typing, while the store lane creates it; what is
        typed meanwhile is saved to it (``Autosaver.create``)."""
        self.autosaver.save_now()
        if self.model.query.view is not View.DRAFTS or self.model.query.text:
            self.drafts.search.clear()
            self._show_view(View.DRAFTS)
        from desktop.core.drafts import DraftData

        store, autosaver = self.store, self.autosaver
        now = utcnow()
        blank = DraftData(NEW, "", "", "", "draft", NETWORKS, LANGUAGE, (), now, now, None)
        # The draft left is discarded if empty (``_show_now``) after this one is made, so its id is not
        # reused for this one; but a blank left before it was made is settled first (``Autosaver.resolve``).
        settle_first = self.editor.draft is not None and self.editor.draft.id == NEW
        if settle_first:
            self._show_blank(blank)

        def create() -> tuple[DraftData, DraftSummary]:
            created = autosaver.create(lambda: store.create(networks=NETWORKS, language=LANGUAGE))
            return created, store.summary(created.id)

        def created(result: tuple[DraftData, DraftSummary]) -> None:
            draft, summary = result
            self.undo_stack.push(
                StoreCommand(
                    self.tr("New draft"),
                    lambda: self._move(restore=[draft.id]),
                    lambda: self._move(trash=[draft.id], said=self._undone_to_trash()),
                    done=True,
                )
            )
            if self._creating is blank and self._wanted == NEW:  # still on screen: it is this draft now
                self._wanted = draft.id
                self.editor.remember(draft)
            self.model.upsert(summary)
            if self._wanted == draft.id:
                self.select_draft(draft.id)
            self._update_actions()

        def failed(failure: Failure) -> None:
            # A blank with text stays: the autosaver makes the draft when it can (``Autosaver._write``).
            if self._creating is blank and self._wanted == NEW and not self.autosaver.dirty:
                self._open(None)
            self._warn(self.tr("Crier"), failure.message)

        self.ops.run(create, created, on_error=failed, changes=Change.DRAFTS)
        if not settle_first:
            self._show_blank(blank)

    def _show_blank(self: MainWindow, blank: DraftData) -> None:
        self._creating = blank
        self._show_now(blank)
        self.drafts.list.selectionModel().clear()  # no row is it yet; the one left may go (empty)
        self.editor.body.setFocus()

    def duplicate_draft(self: MainWindow) -> None:
        if self.editor.draft is None or self.editor.draft.id == NEW:
            return
        self.autosaver.save_now()  # the copy is made after this save: one lane, in order
        store, draft_id = self.store, self.editor.draft.id

        def duplicate() -> tuple[DraftData, DraftSummary]:
            copy = store.duplicate(draft_id)
            return copy, store.summary(copy.id)

        def duplicated(result: tuple[DraftData, DraftSummary]) -> None:
            copy, summary = result
            self.undo_stack.push(
                StoreCommand(
                    self.tr("Duplicate draft"),
                    lambda: self._move(restore=[copy.id]),
                    lambda: self._move(trash=[copy.id], said=self._undone_to_trash()),
                    done=True,
                )
            )
            self._show_now(copy)
            self.model.upsert(summary)
            self.select_draft(copy.id)

        self.ops.run(duplicate, duplicated, changes=Change.DRAFTS)

    def trash_selected(self: MainWindow) -> None:
        from desktop.ui.main_window import MainWindow  # at run time: main_window imports this module

        ids = self.selected_ids()
        if not ids or self.model.query.view is View.TRASH:
            return
        self.autosaver.save_now()
        self.undo_stack.push(
            StoreCommand(
                self.tr("Move to Trash"),
                lambda: self._move(trash=ids),
                lambda: self._move(restore=ids),
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
                lambda: self._move(restore=ids),
                lambda: self._move(trash=ids),
            )
        )

    def _undone_to_trash(self: MainWindow) -> str:
        """What Undo of a new or duplicated draft says: with what was typed in it, the draft vanished from
        the list and the editor without a word."""
        return self.tr("Undone: the draft is in the Trash. Ctrl+Shift+Z brings it back.")

    def _move(
        self: MainWindow, *, trash: Sequence[int] = (), restore: Sequence[int] = (), said: str = ""
    ) -> None:
        """Into the Trash or out of it (each side of an undo step); the list re-reads on the change."""
        store = self.store

        def move() -> None:
            if trash:
                store.trash(list(trash))
            if restore:
                store.restore(list(restore))

        def moved(_result: None) -> None:
            gone = {*trash, *restore}
            if self.editor.draft is not None and self.editor.draft.id in gone:
                self._open(None)
            self.model.remove_ids(gone)
            if said:
                self.statusBar().showMessage(said, 6000)

        self.ops.run(move, moved, changes=Change.DRAFTS)

    def empty_trash(self: MainWindow) -> None:
        store = self.store
        self.ops.run(lambda: store.count(DraftQuery(view=View.TRASH)), self._confirm_empty_trash)

    def _confirm_empty_trash(self: MainWindow, count: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.main_window import MainWindow  # at run time: main_window imports this module

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

        def emptied(_count: int) -> None:
            self.undo_stack.clear()  # the drafts are gone; older undo steps would refer to them
            if self.editor.draft is not None and self.editor.draft.deleted_at is not None:
                self._open(None)

        self.ops.run(self.store.empty_trash, emptied, changes=Change.DRAFTS)

    def show_history(self: MainWindow) -> None:
        if self.editor.draft is None or self.editor.draft.id == NEW:
            return
        self.autosaver.save_now()  # the versions are read after this save
        store, draft_id = self.store, self.editor.draft.id
        self.ops.run(
            lambda: (store.revisions(draft_id), store.get(draft_id)),
            lambda found: self._choose_version(draft_id, *found),
        )

    def _choose_version(self: MainWindow, draft_id: int, revisions: list, current: DraftData) -> None:
        from desktop.ui.dialogs import disposable
        from desktop.ui.history_dialog import HistoryDialog  # built on first use, not at start-up

        dialog = disposable(HistoryDialog(revisions, self, current=current))
        if not dialog.exec() or dialog.chosen is None:
            return
        store, revision_id = self.store, dialog.chosen.id

        def restore() -> tuple[DraftData, DraftSummary]:
            return store.restore_revision(draft_id, revision_id), store.summary(draft_id)

        def restored(result: tuple[DraftData, DraftSummary]) -> None:
            draft, summary = result
            if self.editor.draft is not None and self.editor.draft.id == draft_id:
                self.editor.show_draft(draft)
            self.model.upsert(summary)
            self.statusBar().showMessage(
                self.tr("Earlier version restored. The text it replaced is in Earlier versions."), 6000
            )

        self.ops.run(restore, restored)

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
