"""The main window driven through real widgets offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QPlainTextEdit

from desktop.core.db import Database
from desktop.core.store import DraftQuery, DraftStore, View
from desktop.ui.drafts_model import PAGE_SIZE
from desktop.ui.main_window import MainWindow
from desktop.ui.single_instance import InstanceServer, ask_running_instance_to_raise
from tests.fakes.crier_side import disk_full


def _rows(win: MainWindow) -> int:
    return win.model.rowCount()


def _saved(win: MainWindow) -> bool:
    return win.save_label.text().startswith("Saved") and not win.autosaver.dirty


def test_layout_has_named_parts(window: MainWindow) -> None:
    widgets = [w for kind in (QLineEdit, QListView, QPlainTextEdit) for w in window.findChildren(kind)]
    names = {w.accessibleName() for w in widgets}
    assert {"Search drafts", "Drafts", "Post text", "Draft title"} <= names
    assert window.checks.accessibleName() == "Checks"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]


def test_new_draft_typing_autosaves_within_a_second(qtbot, window: MainWindow, store: DraftStore) -> None:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor.draft is not None)
    assert window.editor.body.hasFocus() or QApplication.focusWidget() is window.editor.body
    qtbot.keyClicks(window.editor.body, "Libraries open late on Thursday")
    qtbot.waitUntil(lambda: _saved(window), timeout=1500)
    assert store.get(window.editor.draft.id).body == "Libraries open late on Thursday"
    # The list row exists from Ctrl+N ("Untitled draft"); its title follows the save, read off the GUI thread.
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    qtbot.waitUntil(lambda: window.model.index(0).data() == "Libraries open late on Thursday")


def test_switching_drafts_saves_the_one_left(qtbot, window: MainWindow, store: DraftStore) -> None:  # noqa: ANN001
    first = store.create(body="first")
    second = store.create(body="second")
    window.model.reload()
    qtbot.waitUntil(lambda: _rows(window) == 2)
    window.select_draft(first.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id == first.id)
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, " edited")
    window.select_draft(second.id)  # before the debounce fires
    qtbot.waitUntil(lambda: not window.autosaver.dirty)
    assert store.get(first.id).body == "first edited"
    qtbot.waitUntil(lambda: window.editor.draft.id == second.id)  # read after the save, off the GUI thread
    assert window.editor.body.toPlainText() == "second"


def test_delete_goes_to_trash_and_undo_brings_it_back(qtbot, window: MainWindow, store: DraftStore) -> None:  # noqa: ANN001
    draft = store.create(body="council tax reminder")
    window.model.reload()
    qtbot.waitUntil(lambda: _rows(window) == 1)
    window.select_draft(draft.id)
    window.drafts.list.setFocus()
    qtbot.keyClick(window.drafts.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _rows(window) == 0)
    assert store.count(DraftQuery(view=View.TRASH)) == 1
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: _rows(window) == 1)
    assert store.count(DraftQuery(view=View.TRASH)) == 0
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: _rows(window) == 0)

    window._show_view(View.TRASH)
    qtbot.waitUntil(lambda: _rows(window) == 1)
    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None)  # read off the GUI thread
    assert window.editor.body.isReadOnly()
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: _rows(window) == 0)
    assert store.count(DraftQuery()) == 1


def test_search_box_filters_as_you_type(qtbot, window: MainWindow, store: DraftStore) -> None:  # noqa: ANN001
    store.create(body="Gŵyl Fwyd Caerdydd")
    store.create(body="Planning committee agenda")
    window.model.reload()
    qtbot.waitUntil(lambda: _rows(window) == 2)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.drafts.search.hasFocus()
    qtbot.keyClicks(window.drafts.search, "gwy")
    qtbot.waitUntil(lambda: _rows(window) == 1)
    assert window.model.index(0).data() == "Gŵyl Fwyd Caerdydd"
    qtbot.keyClicks(window.drafts.search, "zzz")
    qtbot.waitUntil(lambda: _rows(window) == 0)
    assert window.drafts.empty_label.isVisible()


def test_duplicate_and_history_restore(qtbot, window: MainWindow, store: DraftStore, monkeypatch) -> None:  # noqa: ANN001
    draft = store.create(title="Parks", body="old text")
    window.model.reload()
    qtbot.waitUntil(lambda: _rows(window) == 1)
    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None)  # read off the GUI thread
    window.duplicate_action.trigger()
    qtbot.waitUntil(lambda: _rows(window) == 2)
    assert window.editor.draft.title == "Parks (copy)"

    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft.id == draft.id)  # read off the GUI thread
    window.editor.body.setPlainText("new text")
    qtbot.waitUntil(lambda: _saved(window))
    assert store.revisions(draft.id)[0].body == "old text"

    from desktop.ui import history_dialog

    def choose_first(dialog: history_dialog.HistoryDialog) -> int:
        dialog._accept()
        return 1

    monkeypatch.setattr(history_dialog.HistoryDialog, "exec", choose_first)
    window.history_action.trigger()
    qtbot.waitUntil(lambda: window.editor.body.toPlainText() == "old text")
    assert store.get(draft.id).body == "old text"


def test_disk_full_says_so_keeps_text_and_retries(
    qtbot, window: MainWindow, store: DraftStore, db: Database
) -> None:  # noqa: ANN001
    draft = store.create(body="short")
    window.model.reload()
    qtbot.waitUntil(lambda: _rows(window) == 1)
    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None)  # read off the GUI thread
    big = "Big paste " * 200_000
    with disk_full(db):
        window.editor.body.setPlainText(big)
        full_said = "Not saved: the disk is full"
        qtbot.waitUntil(lambda: window.save_label.text().startswith(full_said), timeout=30_000)
        assert window.editor.body.toPlainText() == big
    qtbot.waitUntil(lambda: _saved(window), timeout=30_000)
    assert store.get(draft.id).body == big


def test_odd_unicode_is_shown_and_saved(qtbot, window: MainWindow, store: DraftStore) -> None:  # noqa: ANN001
    draft = store.create(body="")
    window.model.reload()
    qtbot.waitUntil(lambda: _rows(window) == 1)
    window.select_draft(draft.id)
    text = "שלום مرحبا e\u0301\u0301 NUL\x00 🧑‍🧑‍🧒"
    window.editor.body.setPlainText(text)
    qtbot.waitUntil(lambda: _saved(window))
    assert store.get(draft.id).body == window.editor.body.toPlainText()


def test_list_fetches_lazily(qtbot, window: MainWindow, store: DraftStore, db: Database) -> None:  # noqa: ANN001
    with db.write() as session:
        session.connection().exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 1000)"
            " INSERT INTO drafts (title, display_title, body, status, networks, language, ignored_findings,"
            " created_at, updated_at) SELECT '', 'Draft ' || i, 'Body ' || i, 'draft', '[]', 'en', '[]',"
            " strftime('%Y-%m-%d %H:%M:%S.000000', 'now'),"
            " strftime('%Y-%m-%d %H:%M:%S.000000', 'now', '-' || i || ' minutes') FROM n"
        )
    window.model.reload()
    qtbot.waitUntil(lambda: _rows(window) == PAGE_SIZE)
    window.drafts.list.scrollToBottom()
    qtbot.waitUntil(lambda: _rows(window) > PAGE_SIZE)
    assert _rows(window) < 1000 or window.model.canFetchMore() is False
    while window.model.canFetchMore():  # pages arrive from the reader thread, one at a time
        before = _rows(window)
        window.model.fetchMore()
        qtbot.waitUntil(lambda before=before: _rows(window) > before or not window.model.canFetchMore())
    assert _rows(window) == 1000
    ids = [window.model.index(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(1000)]
    assert len(set(ids)) == 1000


def test_close_flushes_pending_text(qtbot, store: DraftStore) -> None:  # noqa: ANN001
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    draft = store.create(body="")
    win.model.reload()
    qtbot.waitUntil(lambda: _rows(win) == 1)
    win.select_draft(draft.id)
    qtbot.waitUntil(lambda: win.editor.draft is not None)  # read off the GUI thread
    win.editor.body.setPlainText("typed just before closing")
    win.close()  # no wait for the debounce
    assert store.get(draft.id).body == "typed just before closing"


def test_second_instance_raises_the_first(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    server = InstanceServer(tmp_path)
    try:
        with qtbot.waitSignal(server.raise_requested, timeout=3000):
            assert ask_running_instance_to_raise(tmp_path)
        assert not ask_running_instance_to_raise(tmp_path / "elsewhere")
    finally:
        server.close()


def test_process_events_keeps_none_alive(qapp) -> None:  # noqa: ANN001
    """PySide6 6.12.0 dropped a reference to None on every processEvents() (Python 3.11 then aborts):
    pytest-qt's waits call it in a loop, so guard the pinned version."""
    import sys

    before = sys.getrefcount(None)
    for _ in range(20_000):
        qapp.processEvents()
    assert sys.getrefcount(None) > before - 1000
