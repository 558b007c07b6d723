"""The main window: drafts on the left, the editor in the middle, checks on the right.

The window is made of parts, each in a module of its own and mixed in here: the menus and their actions
(``menus``), the drafts list's commands with their undo history (``draft_actions``) and the live checks'
wiring (``checks_wiring``). This module holds the layout, opening and saving drafts, and the window's life.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt: built on first use (tests/test_startup_path.py)
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

from desktop.core.drafts import DraftQuery, View
from desktop.ui.autosave import NEW, Autosaver
from desktop.ui.checks_view import ChecksPanel
from desktop.ui.checks_wiring import ChecksWiring
from desktop.ui.contrast import error_style
from desktop.ui.dates import local_time_text
from desktop.ui.draft_actions import DraftActions
from desktop.ui.drafts_model import DraftRoles, DraftsModel
from desktop.ui.drafts_view import DraftsPanel
from desktop.ui.empty_hint import hint_page
from desktop.ui.i18n import shown
from desktop.ui.menus import WindowMenus
from desktop.ui.ops import LIST, Change, Failure, Lane, Ops
from desktop.ui.window_state import restore_geometry, restore_layout, save_window

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from desktop.core.drafts import DraftData, DraftSummary  # (loaded with the first draft: drafts.py)
    from desktop.core.service import Crier
    from desktop.core.settings import Settings
    from desktop.core.store import DraftStore
    from desktop.ui.editor import DraftEditor
    from desktop.ui.posting import Posting
    from desktop.ui.preview import PreviewPanel
    from desktop.ui.team_view import TeamArea

log = logging.getLogger(__name__)


def _tab_order(parts: tuple[QWidget, ...]) -> None:
    """Tab goes through ``parts`` in this order, each part's controls in the order they were made. Qt's
    order is the order widgets were made in, and the editor and preview are made after the first paint
    (after the checks panel); without this Tab would reach them last. (Only the parts' own children are
    looked at: walking the whole window's focus chain made PySide6 delete the menu bar.)"""
    ordered: list[QWidget] = []
    for part in parts:  # a control goes with the first part that holds it (the tabs hold the editor too)
        for control in (part, *part.findChildren(QWidget)):
            if (
                control.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
                and control.window() is part.window()  # (not a combo box's pop-up list)
                and control not in ordered
            ):
                ordered.append(control)
    for first, second in zip(ordered, ordered[1:], strict=False):
        QWidget.setTabOrder(first, second)


MAINTENANCE_MS = 60 * 60 * 1000  # how often an open window looks whether today's backup is due


class MainWindow(WindowMenus, DraftActions, ChecksWiring, QMainWindow):
    _view_changed = False  # the list's view changed; see _open_first_if_idle
    _built = False  # finish_building has run
    editor: DraftEditor  # made by finish_building
    preview: PreviewPanel  # made by finish_building

    def __init__(
        self,
        store: DraftStore | None = None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        sync: tuple | None = None,
    ) -> None:
        super().__init__(parent)
        self.store: DraftStore | None = None
        self.settings: Settings | None = None
        self.posting: Posting | None = None
        self.team: TeamArea | None = None
        self._sync = sync  # (engine, probe) for tests; the real ones are built on attach
        self.setWindowTitle(self.tr("Crier"))
        self.resize(1200, 760)
        self.ops = Ops(self)  # every job off the GUI thread: the store's writes, reads, checks, sync, team
        self.ops.failed.connect(lambda failure: self._warn(self.tr("Crier"), failure.message))
        self.ops.changed.connect(self._on_changed)
        self.autosaver = Autosaver(self.ops, self)
        self.undo_stack = QUndoStack(self)
        self._wanted: int | None = None  # the draft the editor shows, or is about to once it is read
        self._creating: DraftData | None = None  # the blank draft shown while Ctrl+N's is made

        self.model = DraftsModel(self.ops, self)
        self.drafts = DraftsPanel(self.model, self)
        self.checks = ChecksPanel(self)
        # at least 240 px, and never narrower than its buttons need (Welsh labels are longer)
        self.checks.setMinimumWidth(max(240, self.checks.minimumSizeHint().width()))

        splitter = QSplitter(parent=self)  # side by side, its default (the Orientation overload builds Qt)
        self.tabs = QTabWidget(self)  # Write | Preview: the post as each network will get it (Ctrl+P)
        self.tabs.setAccessibleName(self.tr("Write or preview"))
        self.tabs.addTab(hint_page(self), self.tr("Write"))  # the editor comes after the first paint
        self.tabs.addTab(QWidget(self), self.tr("Preview"))  # a hidden tab: the preview comes with the editor
        splitter.addWidget(self.drafts)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.checks)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([300, 600, 280])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.save_label = QLabel(self)
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_label)

        self._build_actions()
        self._connect()
        restore_geometry(self, splitter)  # size, place and splitter from the last run on this machine
        if store is not None:
            self.attach(store, settings)
        else:
            self.setEnabled(False)
            self.statusBar().showMessage(self.tr("Opening your drafts…"))

    def finish_building(self) -> None:
        """What the first screen can do without, once it has painted (``app``) or when the drafts are
        attached, whichever comes first: the editor (with no draft open it shows only the hint its page
        shows until then), the preview (a hidden tab), the focus ring, the toolbar's icon and the search
        box's clear button. The window is disabled until the drafts are attached, so no key or click can
        reach a part before it is here."""
        if self._built:
            return
        self._built = True
        from desktop.ui import focus
        from desktop.ui.editor import DraftEditor
        from desktop.ui.preview import PreviewPanel

        # in place of the hint page (which shows what the editor shows with no draft) and the hidden Preview
        self.editor = DraftEditor(self)
        self.preview = PreviewPanel(self.ops, self)
        for index, (page, label) in enumerate(
            ((self.editor, self.tr("Write")), (self.preview, self.tr("Preview")))
        ):
            stand_in = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, label)
            stand_in.deleteLater()
        self.tabs.setCurrentIndex(0)
        _tab_order((self.drafts, self.editor, self.checks, self.preview, self.tabs))
        self.editor.edited.connect(self._update_post_action)
        self.editor.edited.connect(self._on_edited)
        self.editor.focus_left.connect(self.autosaver.save_now)
        self.autosaver.flush_edits = self.editor.flush_edit
        self.autosaver.edits_waiting = lambda: self.editor.edit_waiting
        self.editor.watch_focus()  # the draft is saved when the keyboard leaves it
        focus.install()  # a visible focus ring, and focus back where it was when a dialog closes
        self._draw_icons()
        self._set_shortcuts()
        self.drafts.finish_building()
        self.checks.finish_building()

    def _start_spelling(self) -> None:
        """Spelling loads its dictionaries after the first paint, on a thread of its own."""
        from desktop.ui.spelling import SpellingService

        self.spelling = SpellingService(self.crier.speller(), self)
        self.editor.enable_spelling(self.spelling)
        QTimer.singleShot(0, self.spelling.load_in_background)

    def attach(
        self, store: DraftStore, settings: Settings | None = None, *, crier: Crier | None = None
    ) -> None:
        """Start working on an open database; the window can be on screen before this. ``crier``: the app
        service that opened it (else one is made around ``store`` and ``settings``)."""
        if crier is None:
            from desktop.core.service import Crier

            crier = Crier(db=store.db, settings=settings)
        self.finish_building()
        settings = crier.settings
        self.crier, self.store, self.settings = crier, store, settings
        self.autosaver.store = store
        self.model.attach(store, crier.posted)  # where each draft went out, asked by draft id
        from desktop.ui.posting import Posting

        self.posting = Posting(self, crier, self._sync)
        posting = self.posting  # a bilingual draft's preview shows what each account gets (worker thread)
        self.preview.use_accounts(lambda: (self._check_settings, crier.accounts.all(), posting.limits))
        self.file_menu.insertAction(self.history_action, self.posting.post_action)
        self.file_menu.insertAction(self.quit_action, self.posting.accounts_action)
        self.file_menu.insertSeparator(self.quit_action)
        self.posting.post_action.triggered.connect(self.post_draft)
        self.posting.limits_changed.connect(lambda: self._request_checks(now=True))
        self._join_posting()  # the toolbar and the View group (menus)
        self._restore_view(restore_layout(self))
        self.posting.panel.edit.connect(self.edit_post)
        self._start_team(settings)
        self._start_checks(settings.effective_values())
        self._start_spelling()
        self.setEnabled(True)
        self.statusBar().clearMessage()
        self._update_actions()

    def _start_team(self, settings: Settings) -> None:
        """The Team area (View > Team) and the team connection in the status bar; see team_view."""
        from desktop.ui.team_view import TeamArea

        self.team = TeamArea(self, self.crier, settings)
        self.team.changed.connect(lambda _snapshot: self.model.refresh_marks())  # drafts' team marks
        self.view_menu.addAction(self.team.action)
        self.file_menu.insertAction(self.quit_action, self.team.join_action)

    def toggle_preview(self) -> None:
        """Ctrl+P: between writing and the per-network preview."""
        showing = self.tabs.currentWidget() is self.preview
        self.tabs.setCurrentWidget(self.editor if showing else self.preview)
        (self.editor.body if showing else self.preview.view).setFocus()

    def _connect(self) -> None:
        self.drafts.query_changed.connect(self._on_query)
        self.drafts.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.autosaver.status_changed.connect(self._on_save_status)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.made.connect(self._adopt_made)
        self.model.loaded.connect(lambda _rows: self._update_actions())
        self.model.loaded.connect(self._open_first_if_idle)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_actions())

    # -- selection and editing ----------------------------------------------------------------

    def _on_query(self, query: DraftQuery) -> None:
        self.autosaver.save_now()
        self._view_changed = self._view_changed or query.view is not self.model.query.view
        self.model.set_query(query)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.autosaver.save_now()  # the draft being left is saved first, in order
        draft_id = current.data(DraftRoles.ID) if current.isValid() else None
        if draft_id == self._wanted or (draft_id is None and self._wanted == NEW):
            return  # (a blank new draft has no row until the store has made it)
        self._open(draft_id)

    def _open_first_if_idle(self, rows: int) -> None:
        """On start and after a search, put the first draft in the editor rather than leave it blank; after
        a change of view (Drafts to Trash), a draft from the other view does not stay in the editor."""
        if self._view_changed:
            self._view_changed = False
            if self.editor.draft is not None and self.model.row_of(self.editor.draft.id) < 0:
                self._open(None)
        if rows and self.editor.draft is None and self._wanted is None:
            self.drafts.list.setCurrentIndex(self.model.index(0))

    def _open(self, draft_id: int | None) -> None:
        """Show a draft once the store lane has read it (after any save queued before); the latest wins."""
        leaving = self.editor.draft
        if leaving is not None and leaving.id != draft_id:
            self._discard_if_empty(leaving.id)
        self._wanted = draft_id
        if draft_id is None:
            self._show_opened(None)
            return
        store = self.store

        def failed(failure: Failure) -> None:
            if self._wanted == draft_id:
                self.statusBar().showMessage(failure.message, 8000)
                self._show_opened(None)

        self.ops.run(
            lambda: store.get(draft_id),
            lambda draft: self._show_opened(draft) if self._wanted == draft_id else None,
            on_error=failed,
        )

    def _show_now(self, draft: DraftData) -> None:
        """Show a draft an operation has just given back (created, copied): no need to read it again."""
        leaving = self.editor.draft
        if leaving is not None and leaving.id != draft.id:
            self._discard_if_empty(leaving.id)
        self._wanted = draft.id
        self._show_opened(draft)

    def _show_opened(self, draft: DraftData | None) -> None:
        self.editor.show_draft(draft)
        self._request_checks(now=True)
        if draft is not None and not self.autosaver.dirty:
            self._on_save_status(
                self.tr("Saved {time}").format(time=local_time_text(draft.updated_at)), False
            )
        self._update_actions()

    def _discard_if_empty(self, draft_id: int) -> None:
        """A new draft left empty is not kept, so "Untitled draft"s don't pile up. The store decides,
        after any pending save (the store lane keeps order), and keeps anything with text or history. A
        blank left before its creation finished is the draft that creation made (``Autosaver.resolve``)."""
        snapshot, store, autosaver = self.editor.snapshot(), self.store, self.autosaver
        if (
            self.ops.closed
            or snapshot is None
            or snapshot.draft_id != draft_id
            or store is None
            or self.editor.draft.media
        ):
            return
        if any(
            (text or "").strip()
            for text in (snapshot.title, snapshot.body, snapshot.text_cy, snapshot.text_en)
        ):
            return
        self.autosaver.save_now()

        def discard() -> int | None:
            made = autosaver.resolve(draft_id)
            return made if made is not None and store.discard_if_empty(made) else None

        self.ops.run(
            discard,
            lambda gone: self.model.remove_ids({gone}) if gone is not None else None,
            changes=Change.DRAFTS,
        )

    def _on_edited(self) -> None:
        snapshot = self.editor.snapshot()
        if snapshot is not None:
            self.autosaver.changed(snapshot)
        self._request_checks()

    def _on_save_status(self, message: str, problem: bool) -> None:
        self.save_label.setText(message)
        self.save_label.setAccessibleDescription(message)  # its name stays "Save status": a reader hears both
        # a red that reads on this palette (light, dark or high contrast), bold, and the words say it too
        self.save_label.setStyleSheet(error_style(self.save_label) + " font-weight: bold;" if problem else "")

    def _on_saved(self, data: DraftData, summary: DraftSummary) -> None:
        if data.deleted_at is None and self.model.query.view is View.DRAFTS:
            self.model.upsert(summary)

    def _adopt_made(self, data: DraftData, _summary: DraftSummary) -> None:
        """A blank whose creation failed was made by a later save: if it is still on screen, it is that
        draft now (its row arrives through ``_on_saved``)."""
        if self._creating is not None and self._wanted == NEW:
            self._wanted = data.id
            self.editor.remember(data)
            self._update_actions()

    def select_draft(self, draft_id: int) -> None:
        row = self.model.row_of(draft_id)
        if row >= 0:
            index = self.model.index(row)
            self.drafts.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.drafts.list.scrollTo(index)

    def selected_ids(self) -> list[int]:
        rows = self.drafts.list.selectionModel().selectedRows()
        ids = [index.data(DraftRoles.ID) for index in rows]
        if not ids and self.editor.draft is not None and self.editor.draft.id != NEW:
            ids = [self.editor.draft.id]
        return ids

    def post_draft(self) -> None:
        draft = self.editor.draft
        if draft is None or draft.id == NEW or self.posting is None or draft.deleted_at is not None:
            return
        self.autosaver.save_now()  # read back after this save: the post is what is on screen
        store, draft_id = self.store, draft.id

        def queued(_ids: list[int]) -> None:
            self.statusBar().showMessage(self.tr("Queued. The Outbox shows its progress."), 6000)

        def post(saved: DraftData) -> None:
            if self.posting is not None:
                self.posting.post(saved, queued)

        self.ops.run(lambda: store.get(draft_id), post)

    def edit_post(self, post_id: int) -> None:
        """Take a post out of the outbox and open its draft again."""
        if self.posting is None:
            return
        crier = self.crier

        def cancelled(draft_id: int | None) -> None:
            if isinstance(draft_id, int):
                self._show_view(View.DRAFTS)
                self._open(draft_id)

        self.ops.run(lambda: crier.cancel(post_id), cancelled, changes=Change.OUTBOX | Change.DRAFTS)

    def open_settings(self) -> None:
        """Settings (Edit menu); saved changes reach the checks and posting at once."""
        if self.settings is None:
            return
        from desktop.ui.dialogs import disposable
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = disposable(SettingsDialog(self.settings, self))
        dialog.changed.connect(lambda _keys: self.ops.announce(Change.SETTINGS))
        dialog.exec()

    def _on_changed(self, changes: Change) -> None:
        if Change.DRAFTS in changes:
            self._count_trash()  # Empty Trash is offered only when there is something in it
        if Change.SETTINGS in changes and self.settings is not None:
            self._settings_changed([])

    def _settings_changed(self, _keys: list[str]) -> None:
        values = self.settings.effective_values()
        self._check_settings = values
        if self.posting is not None:
            self.posting.settings_changed(values)
        self._request_checks(now=True)

    def focus_search(self) -> None:
        self.drafts.search.setFocus()
        self.drafts.search.selectAll()

    def _show_view(self, view: View) -> None:
        self.drafts.view_choice.setCurrentIndex(self.drafts.view_choice.findData(view))

    def _warn(self, title: str, message: str) -> None:
        """A warning box. (QMessageBox is imported when first shown: PySide6 builds its type and QDialog's
        with their enums, which the window doesn't need before it shows.)"""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, title, message)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop import __version__

        QMessageBox.about(
            self,
            self.tr("About Crier"),
            self.tr("Crier {version}\nDraft, check and publish council social media posts.").format(
                version=__version__
            ),
        )

    # -- window life ----------------------------------------------------------------------------

    def show_notices(self, notices: list[str]) -> None:
        """Messages from start-up (a restored backup, a policy problem), shown once the window is up."""
        for notice in notices:
            said = shown(notice)  # core's words in the interface language
            QTimer.singleShot(0, lambda n=said: self._warn(self.tr("Crier"), n))

    def start_background_maintenance(self, database: Path, backups_dir: Path) -> None:
        """Daily backup and Trash clean-up, off the GUI thread, once the window is up and every hour after:
        a window left open for days still takes each day's backup."""

        store = self.store

        def maintain() -> None:
            from desktop.core.service import Crier

            Crier.back_up_if_due(database, backups_dir)
            store.purge_old_trash()

        def run() -> None:
            self.ops.run(
                maintain,
                lane=LIST,
                changes=Change.DRAFTS,
                on_error=lambda failure: log.warning("Maintenance failed: %s", failure.message),
            )

        run()
        timer = QTimer(self)
        timer.setInterval(MAINTENANCE_MS)
        timer.timeout.connect(run)
        timer.start()

    @property
    def reader(self) -> Lane:
        """The list lane, on which start-up opens the database (``app``)."""
        return self.ops.lane(LIST)

    def bring_to_front(self) -> None:
        self.setWindowState(
            (self.windowState() & ~QtCore.Qt.WindowState.WindowMinimized) | QtCore.Qt.WindowState.WindowActive
        )
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finish_building()  # (closed before its first paint: what follows expects the whole window)
        if not self.autosaver.flush():
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "Your latest changes could not be saved ({problem}). Close anyway and lose them?"
                ).format(problem=self.save_label.text()),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        from desktop.ui.single_instance import InstanceServer

        for server in self.findChildren(InstanceServer):  # a start from now on waits for the window lock
            server.close()
        if self.editor.draft is not None:
            self._discard_if_empty(self.editor.draft.id)  # queued before the store lane's last drain, below
        save_window(self, self.centralWidget(), self._open_view())
        if self.posting is not None:
            self.posting.shutdown()
        if self.checker is not None:
            self.checker.shutdown()
        if self.team is not None:
            self.team.shutdown()
        self.ops.shutdown()  # the writes queued so far land; nothing is delivered after this
        event.accept()
