"""The window's bilingual editors, driven through real widgets offscreen against a real SQLite file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.db import Database, open_database
from desktop.core.paths import app_paths
from desktop.core.store import DraftStore
from desktop.ui.main_window import MainWindow
from tests.test_main_window import _saved


@pytest.fixture
def db() -> Database:
    database = open_database(app_paths().ensure())
    yield database
    database.close()


@pytest.fixture
def store(db: Database) -> DraftStore:
    return DraftStore(db)


@pytest.fixture
def window(qtbot, store: DraftStore) -> MainWindow:  # noqa: ANN001
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_bilingual_toggle_shows_two_editors_with_their_own_counts_and_autosaves(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: DraftStore,
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor.draft is not None)
    editor = window.editor
    qtbot.keyClicks(editor.body, "Library open late")
    assert editor.body.isVisible() and not editor.sides.isVisible()
    editor.bilingual.setChecked(True)  # the user ticks "Bilingual (Cymraeg + English)"
    assert editor.bilingual.text().replace("&", "") == "Bilingual (Cymraeg + English)"
    assert editor.sides.isVisible() and not editor.body.isVisible()
    assert editor.sides.english.text.toPlainText() == "Library open late"  # starts from what was written
    qtbot.keyClicks(editor.sides.welsh.text, "Llyfrgell ar agor yn hwyr")
    qtbot.waitUntil(lambda: editor.sides.welsh.counts.text() == "X 25/280", timeout=2000)
    assert editor.sides.english.counts.text() == "X 17/280"
    assert editor.sides.welsh.text.accessibleName() == "Cymraeg (Welsh)"
    spelling = (editor.sides.welsh.spelling, editor.sides.english.spelling)
    assert [s.language for s in spelling if s is not None] == ["cy", "en"]  # each side in its own language
    qtbot.waitUntil(lambda: _saved(window), timeout=3000)
    saved = store.get(editor.draft.id)
    assert (saved.bilingual, saved.text_cy, saved.text_en) == (
        True,
        "Llyfrgell ar agor yn hwyr",
        "Library open late",
    )
    assert saved.body == "Library open late"  # the monolingual text is kept
    qtbot.waitUntil(lambda: window.last_checks is not None and "Llyfrgell" in window.last_checks.text)
    assert window.last_checks.text == "Llyfrgell ar agor yn hwyr\n\nLibrary open late"
