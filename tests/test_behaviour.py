"""Issue 17's behaviour items, driven through real widgets offscreen with real keystrokes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.db import Database, open_database
from desktop.core.paths import app_paths
from desktop.core.store import DraftStore
from desktop.ui.history_dialog import HistoryDialog


@pytest.fixture
def db() -> Database:
    database = open_database(app_paths().ensure())
    yield database
    database.close()


@pytest.fixture
def store(db: Database) -> DraftStore:
    return DraftStore(db)


# --- earlier versions ------------------------------------------------------------------------------------


def test_keep_version_keeps_the_text_once(store: DraftStore) -> None:
    draft = store.create(body="Bins go out on Monday.")
    assert store.keep_version(draft.id)
    assert not store.keep_version(draft.id)  # the newest version already holds this text
    assert [r.body for r in store.revisions(draft.id)] == ["Bins go out on Monday."]
    empty = store.create()
    assert not store.keep_version(empty.id)  # nothing worth keeping


def test_history_lists_now_and_shows_the_changes_since_a_version(qtbot, store: DraftStore) -> None:  # noqa: ANN001
    draft = store.create(body="Bins go out on Monday.")
    store.keep_version(draft.id)
    dialog = HistoryDialog(store.revisions(draft.id), current="Bins go out on Tuesday.")
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.list.model()
    assert model.rowCount() == 2
    assert model.index(0, 0).data().startswith("Now")
    assert dialog.list.currentIndex().row() == 1  # the newest earlier version is chosen
    assert dialog.preview.toPlainText() == "Bins go out on Monday."
    changes = dialog.changes.toHtml()
    assert "Monday" in changes and "Tuesday" in changes
    assert "line-through" in changes and "underline" in changes  # not by colour alone
    assert dialog.restore_button.isEnabled()
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up)  # to the text as it is now
    assert dialog.preview.toPlainText() == "Bins go out on Tuesday."
    assert not dialog.restore_button.isEnabled()
