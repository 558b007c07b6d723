"""The main window: drafts on the left, the editor in the middle, checks on the right."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QWidget,
)

from desktop.core.drafts import DraftData, DraftQuery, StoreError, View
from desktop.ui.autosave import Autosaver
from desktop.ui.checks_view import ChecksPanel, apply_suggestion, highlight, select_span
from desktop.ui.dates import local_time_text
from desktop.ui.drafts_model import DraftRoles, DraftsModel
from desktop.ui.drafts_view import DraftsPanel
from desktop.ui.editor import DraftEditor
from desktop.ui.history_dialog import HistoryDialog
from desktop.ui.preview import PreviewPanel
from desktop.ui.workers import SerialWorker

if TYPE_CHECKING:
    from desktop.core.checks import CheckResult
    from desktop.core.settings import Settings
    from desktop.core.store import DraftStore
    from desktop.ui.live_checks import LiveChecker
    from desktop.ui.posting import Posting
    from desktop.ui.team_view import TeamArea

log = logging.getLogger(__name__)

TRASH_DAYS = timedelta(days=30)


class _StoreCommand(QUndoCommand):
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


class MainWindow(QMainWindow):
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
        self.checker: LiveChecker | None = None
        self.last_checks: CheckResult | None = None
        self._sync = sync  # (engine, probe) for tests; the real ones are built on attach
        self.setWindowTitle(self.tr("Crier"))
        self.resize(1200, 760)
        self.writer = SerialWorker("crier-writer", self)
        self.reader = SerialWorker("crier-reader", self)
        self.autosaver = Autosaver(self.writer, self)
        self.undo_stack = QUndoStack(self)

        self.model = DraftsModel(self.reader, self)
        self.drafts = DraftsPanel(self.model, self)
        self.editor = DraftEditor(self)
        self.checks = ChecksPanel(self)
        # at least 240 px, and never narrower than its buttons need (Welsh labels are longer)
        self.checks.setMinimumWidth(max(240, self.checks.minimumSizeHint().width()))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.preview = PreviewPanel(self)
        self.tabs = QTabWidget(self)  # Write | Preview: the post as each network will get it (Ctrl+P)
        self.tabs.setAccessibleName(self.tr("Write or preview"))
        self.tabs.addTab(self.editor, self.tr("Write"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
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
        if store is not None:
            self.attach(store, settings)
        else:
            self.setEnabled(False)
            self.statusBar().showMessage(self.tr("Opening your drafts…"))

    def _start_spelling(self) -> None:
        """Spelling loads its dictionaries after the first paint, on a thread of its own."""
        from desktop.core.paths import app_paths
        from desktop.core.spelling import Speller
        from desktop.ui.spelling import SpellingService

        self.spelling = SpellingService(Speller(app_paths().data / "spelling-words.txt"), self)
        self.editor.enable_spelling(self.spelling)
        QTimer.singleShot(0, self.spelling.load_in_background)

    def attach(self, store: DraftStore, settings: Settings | None = None) -> None:
        """Start working on an open database; the window can be on screen before this."""
        if settings is None:
            from desktop.core.settings import Settings

            settings = Settings.load()
        self.store, self.settings = store, settings
        self.autosaver.store = store
        self.model.attach(store)
        from desktop.ui.posting import Posting

        self.posting = Posting(self, store.db, settings.effective_values(), self._sync)
        self.file_menu.insertAction(self.history_action, self.posting.post_action)
        self.file_menu.insertAction(self.quit_action, self.posting.accounts_action)
        self.file_menu.insertSeparator(self.quit_action)
        self.posting.post_action.triggered.connect(self.post_draft)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.posting.outbox_action)
        self.posting.panel.edit.connect(self.edit_post)
        self._start_team(settings)
        self._start_checks(settings.effective_values())
        self._start_spelling()
        self.setEnabled(True)
        self.statusBar().clearMessage()
        self._update_actions()

    def _start_team(self, settings: Settings) -> None:
        """The Team area (View > Team) and the team connection in the status bar; see team_view."""
        from desktop.core.paths import app_paths
        from desktop.ui.team_view import TeamArea

        self.team = TeamArea(self, app_paths().data, settings)
        self.view_menu.addAction(self.team.action)
        self.file_menu.insertAction(self.quit_action, self.team.join_action)

    # -- layout -------------------------------------------------------------------------------

    # -- live checks --------------------------------------------------------------------------

    def _start_checks(self, settings: dict) -> None:
        from desktop.core.bilingual import run_bilingual_checks, sides_or_none
        from desktop.core.checks import run_checks, tone_context
        from desktop.ui.live_checks import LiveChecker

        self._check_settings = settings

        def run(text: str, networks: tuple[str, ...], ignored: tuple[str, ...]) -> object:
            limits = self.posting.limits if self.posting is not None else {}
            context = tone_context(self._check_settings, networks)
            if sides := sides_or_none(text):  # a bilingual draft: both sides, and the bilingual checks
                return run_bilingual_checks(
                    sides, networks, context, ignored=ignored, limits=limits, speller=self.spelling.speller
                )
            return run_checks(text, networks, context, ignored=ignored, limits=limits)

        self.checker = LiveChecker(run, self)
        self.checker.checked.connect(self._show_checks)
        self.checks.activated.connect(lambda finding: select_span(self.editor.body, finding))
        self.checks.apply.connect(lambda finding: apply_suggestion(self.editor.body, finding))
        self.checks.ignore.connect(self._ignore_finding)
        self.editor.counts.networks_changed.connect(lambda _n: self._on_edited())
        self.editor.counts.preview_requested.connect(self.toggle_preview)
        self.editor.body.verticalScrollBar().valueChanged.connect(self._rehighlight)
        images = self.editor.images
        images.attach_requested.connect(lambda path: self._change_media(lambda s, d: s.attach(d, Path(path))))
        images.alt_text_changed.connect(lambda i, t: self._change_media(lambda s, d: s.set_alt_text(d, i, t)))
        images.remove_requested.connect(lambda i: self._change_media(lambda s, d: s.detach(d, i)))
        self._request_checks(now=True)

    def _request_checks(self, *, now: bool = False) -> None:
        if self.checker is None:
            return
        draft = self.editor.draft
        text = self.editor.check_text()  # both sides of a bilingual draft
        networks = self.editor.counts.networks()
        ignored = draft.ignored_findings if draft else ()
        (self.checker.run_now if now else self.checker.request)(text, networks, ignored)

    def _show_checks(self, result: object) -> None:
        self.last_checks = result
        draft = self.editor.draft
        self.checks.show_result(result, [m.alt_text for m in draft.media] if draft else ())
        self.editor.counts.show_result(result)
        self.preview.show_result(
            result, [m.alt_text for m in draft.media] if draft else (), draft.language if draft else ""
        )
        highlight(self.editor.body, result)

    def _change_media(self, change: Callable[[DraftStore, int], DraftData]) -> None:
        """Attach, describe or remove an image on the writer thread, then show the result."""
        draft, store = self.editor.draft, self.store
        if draft is None or store is None:
            return

        def done(data: DraftData) -> None:
            if self.editor.draft is not None and self.editor.draft.id == data.id:
                self.editor.remember(data)
                self.editor.images.show_media(data.media)
                self._request_checks(now=True)  # an image's missing description is a finding too

        self.writer.submit(
            lambda: change(store, draft.id),
            done,
            lambda error: QMessageBox.warning(
                self, self.tr("Images"), getattr(error, "user_message", str(error))
            ),
        )

    def _rehighlight(self, *_args: object) -> None:
        if self.last_checks is not None:
            highlight(self.editor.body, self.last_checks)

    def _ignore_finding(self, finding: object) -> None:
        from dataclasses import replace

        from desktop.core.checks import finding_key

        draft = self.editor.draft
        if draft is None or self.store is None:
            return
        ignored = (*draft.ignored_findings, finding_key(self.editor.body.toPlainText(), finding))
        self.editor.remember(replace(draft, ignored_findings=ignored))
        store = self.store
        self.writer.submit(lambda: store.set_ignored(draft.id, ignored))
        self._request_checks(now=True)

    def toggle_preview(self) -> None:
        """Ctrl+P: between writing and the per-network preview."""
        showing = self.tabs.currentWidget() is self.preview
        self.tabs.setCurrentWidget(self.editor if showing else self.preview)
        (self.editor.body if showing else self.preview.view).setFocus()

    def _action(
        self,
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

    def _build_actions(self) -> None:
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
        edit_menu = menu.addMenu(self.tr("&Edit"))
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

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Crier"), self.about))
        self._update_actions()

    def _connect(self) -> None:
        self.drafts.query_changed.connect(self._on_query)
        self.drafts.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.editor.edited.connect(self._on_edited)
        self.editor.focus_left.connect(self.autosaver.save_now)
        self.autosaver.status_changed.connect(self._on_save_status)
        self.autosaver.saved.connect(self._on_saved)
        self.model.loaded.connect(lambda _rows: self._update_actions())
        self.model.loaded.connect(self._open_first_if_idle)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_actions())

    # -- selection and editing ----------------------------------------------------------------

    def _on_query(self, query: DraftQuery) -> None:
        self.autosaver.save_now()
        self.model.set_query(query)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.autosaver.save_now()  # the draft being left is saved first, in order
        draft_id = current.data(DraftRoles.ID) if current.isValid() else None
        if draft_id == (self.editor.draft.id if self.editor.draft else None):
            return
        self._open(draft_id)

    def _open_first_if_idle(self, rows: int) -> None:
        """On start and after a search, put the first draft in the editor rather than leave it blank."""
        if rows and self.editor.draft is None:
            self.drafts.list.setCurrentIndex(self.model.index(0))

    def _open(self, draft_id: int | None) -> None:
        draft: DraftData | None = None
        if draft_id is not None:
            try:
                draft = self.store.get(draft_id)
            except StoreError as error:
                self.statusBar().showMessage(error.user_message, 8000)
        self.editor.show_draft(draft)
        self._request_checks(now=True)
        if draft is not None and not self.autosaver.dirty:
            self._on_save_status(
                self.tr("Saved {time}").format(time=local_time_text(draft.updated_at)), False
            )
        self._update_actions()

    def _on_edited(self) -> None:
        snapshot = self.editor.snapshot()
        if snapshot is not None:
            self.autosaver.changed(snapshot)
        self._request_checks()

    def _on_save_status(self, message: str, problem: bool) -> None:
        self.save_label.setText(message)
        self.save_label.setStyleSheet("color: #b00020; font-weight: bold;" if problem else "")

    def _on_saved(self, data: DraftData) -> None:
        if data.deleted_at is None and self.model.query.view is View.DRAFTS:
            self.model.upsert(self.store.summary(data.id))

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
        if not ids and self.editor.draft is not None:
            ids = [self.editor.draft.id]
        return ids

    # -- actions ------------------------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> object | None:
        """Run a store action; failures become a plain message, never a traceback."""
        try:
            return action()
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Crier"), error.user_message)
            return None

    def new_draft(self) -> None:
        self.autosaver.save_now()
        if self.model.query.view is not View.DRAFTS or self.model.query.text:
            self.drafts.search.clear()
            self._show_view(View.DRAFTS)
        created = self._run(self.store.create)
        if not isinstance(created, DraftData):
            return
        self.undo_stack.push(
            _StoreCommand(
                self.tr("New draft"),
                lambda: self._after_change(restore=[created.id]),
                lambda: self._after_change(trash=[created.id]),
                done=True,
            )
        )
        self.model.upsert(self.store.summary(created.id))
        self.select_draft(created.id)
        self.editor.body.setFocus()

    def duplicate_draft(self) -> None:
        if self.editor.draft is None:
            return
        self.autosaver.flush()
        copy = self._run(lambda: self.store.duplicate(self.editor.draft.id))
        if not isinstance(copy, DraftData):
            return
        self.undo_stack.push(
            _StoreCommand(
                self.tr("Duplicate draft"),
                lambda: self._after_change(restore=[copy.id]),
                lambda: self._after_change(trash=[copy.id]),
                done=True,
            )
        )
        self.model.upsert(self.store.summary(copy.id))
        self.select_draft(copy.id)

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.model.query.view is View.TRASH:
            return
        self.autosaver.flush()
        self.undo_stack.push(
            _StoreCommand(
                self.tr("Move to Trash"),
                lambda: self._after_change(trash=ids),
                lambda: self._after_change(restore=ids),
            )
        )
        self.statusBar().showMessage(
            self.tr("Moved %n draft(s) to the Trash. Ctrl+Z brings them back.", "", len(ids)), 6000
        )

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.model.query.view is not View.TRASH:
            return
        self.undo_stack.push(
            _StoreCommand(
                self.tr("Restore from Trash"),
                lambda: self._after_change(restore=ids),
                lambda: self._after_change(trash=ids),
            )
        )

    def _after_change(self, *, trash: list[int] | None = None, restore: list[int] | None = None) -> None:
        if trash:
            self._run(lambda: self.store.trash(trash))
        if restore:
            self._run(lambda: self.store.restore(restore))
        moved = set(trash or []) | set(restore or [])
        if self.editor.draft is not None and self.editor.draft.id in moved:
            self._open(None)
        self.model.remove_ids(moved)
        self.model.reload()

    def empty_trash(self) -> None:
        count = self.store.count(DraftQuery(view=View.TRASH))
        if not count:
            self.statusBar().showMessage(self.tr("The Trash is already empty."), 4000)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Empty Trash"),
            self.tr("Delete %n draft(s) in the Trash for good? This can't be undone.", "", count),
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

    def show_history(self) -> None:
        if self.editor.draft is None:
            return
        self.autosaver.flush()
        draft_id = self.editor.draft.id
        dialog = HistoryDialog(self.store.revisions(draft_id), self)
        if dialog.exec() and dialog.chosen is not None:
            restored = self._run(lambda: self.store.restore_revision(draft_id, dialog.chosen.id))
            if isinstance(restored, DraftData):
                self.editor.show_draft(restored)
                self.model.upsert(self.store.summary(draft_id))
                self.statusBar().showMessage(
                    self.tr("Earlier version restored. The text it replaced is in Earlier versions."), 6000
                )

    def _text_history(self, redo: bool) -> QPlainTextEdit | QLineEdit | None:
        """The focused editor field when Undo/Redo should act on its text rather than on the list."""
        focus = QApplication.focusWidget()
        if focus is self.editor.body and not focus.isReadOnly():
            document = focus.document()
            return focus if (document.isRedoAvailable() if redo else document.isUndoAvailable()) else None
        if focus is self.editor.title and not focus.isReadOnly():
            return focus if (focus.isRedoAvailable() if redo else focus.isUndoAvailable()) else None
        return None

    def undo(self) -> None:
        field = self._text_history(redo=False)
        field.undo() if field is not None else self.undo_stack.undo()

    def redo(self) -> None:
        field = self._text_history(redo=True)
        field.redo() if field is not None else self.undo_stack.redo()

    def post_draft(self) -> None:
        if self.editor.draft is None or self.posting is None or self.editor.draft.deleted_at is not None:
            return
        self.autosaver.flush()
        draft = self._run(lambda: self.store.get(self.editor.draft.id))
        if isinstance(draft, DraftData) and self.posting.post(draft):
            self.statusBar().showMessage(self.tr("Queued. The Outbox shows its progress."), 6000)

    def edit_post(self, post_id: int) -> None:
        """Take a post out of the outbox and open its draft again."""
        if self.posting is None:
            return
        draft_id = self._run(lambda: self.posting.outbox.cancel(post_id))
        self.posting.sync.refresh()
        if isinstance(draft_id, int):
            self._show_view(View.DRAFTS)
            self.model.reload()
            self._open(draft_id)

    def open_settings(self) -> None:
        """Settings (Edit menu); saved changes reach the checks and posting at once."""
        if self.settings is None:
            return
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.changed.connect(self._settings_changed)
        dialog.exec()

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

    def about(self) -> None:
        from desktop import __version__

        QMessageBox.about(
            self,
            self.tr("About Crier"),
            self.tr("Crier {version}\nDraft, check and publish council social media posts.").format(
                version=__version__
            ),
        )

    def _update_actions(self) -> None:
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

    # -- window life ----------------------------------------------------------------------------

    def show_notices(self, notices: list[str]) -> None:
        """Messages from start-up (a restored backup, a policy problem), shown once the window is up."""
        for notice in notices:
            QTimer.singleShot(0, lambda n=notice: QMessageBox.warning(self, self.tr("Crier"), n))

    def start_background_maintenance(self, database: Path, backups_dir: Path) -> None:
        """Daily backup and Trash clean-up, off the GUI thread, once the window is up."""

        def maintain() -> None:
            from desktop.core.backup import daily_backup_if_due

            daily_backup_if_due(database, backups_dir)
            self.store.purge_trash_older_than(TRASH_DAYS)

        self.reader.submit(maintain, on_error=lambda error: log.warning("Maintenance failed: %s", error))

    def bring_to_front(self) -> None:
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.autosaver.flush():
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
        if self.posting is not None:
            self.posting.shutdown()
        if self.checker is not None:
            self.checker.shutdown()
        if self.team is not None:
            self.team.shutdown()
        self.preview.shutdown()
        self.writer.shutdown()
        self.reader.shutdown()
        event.accept()
