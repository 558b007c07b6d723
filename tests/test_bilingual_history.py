"""History keeps a bilingual draft's Welsh and English texts: an earlier version shows, compares and
restores both."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.db import open_database
from desktop.core.models import utcnow
from desktop.core.paths import app_paths
from desktop.core.store import DraftStore
from desktop.ui.history_dialog import HistoryDialog
from desktop.ui.main_window import MainWindow
from tests.test_main_window import _saved

CY1, EN1 = "Mae'r llyfrgell ar gau heddiw.", "The library is closed today."
CY2, EN2 = "Mae'r llyfrgell ar agor heddiw.", "The library is open today."
_EARLIER = utcnow() - timedelta(minutes=10)  # so the next edit keeps this text as a version


def test_a_snapshot_keeps_and_restores_both_sides(qtbot) -> None:  # noqa: ANN001
    db = open_database(app_paths().ensure())
    store = DraftStore(db)
    start = utcnow() - timedelta(minutes=10)  # the edits before; restoring happens now
    draft = store.create(body=EN1)
    store.save(draft.id, title="", body=EN1, bilingual=True, text_cy=CY1, text_en=EN1, now=start)
    # Only the Welsh side changes later: that is an edit too, and the version it replaces is kept.
    store.save(draft.id, title="", body=EN1, text_cy=CY2, now=start + timedelta(minutes=3))
    store.save(draft.id, title="", body=EN1, text_en=EN2, now=start + timedelta(minutes=6))
    revisions = store.revisions(draft.id)
    assert [(r.bilingual, r.text_cy, r.text_en) for r in revisions[:2]] == [
        (True, CY2, EN1),
        (True, CY1, EN1),
    ]

    dialog = HistoryDialog(revisions)
    qtbot.addWidget(dialog)
    model = dialog.list.model()
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    (row,) = [i for i in rows if getattr(i.data(Qt.ItemDataRole.UserRole), "id", None) == revisions[1].id]
    dialog.list.setCurrentIndex(row)
    shown = dialog.preview.toPlainText()
    assert shown.index("Cymraeg (Welsh)") < shown.index(CY1) < shown.index("English") < shown.index(EN1)
    assert row.data().endswith("Welsh and English: Mae'r llyfrgell ar gau heddiw.")

    restored = store.restore_revision(draft.id, revisions[1].id)
    assert (restored.bilingual, restored.text_cy, restored.text_en) == (True, CY1, EN1)
    undo = store.revisions(draft.id)[0]  # what restoring replaced is itself kept, so it can be undone
    assert (undo.text_cy, undo.text_en) == (CY2, EN2)
    db.close()


def _changes_text(dialog: HistoryDialog) -> str:
    return dialog.changes.toPlainText()


def test_changes_show_the_welsh_then_the_english_and_restore_brings_both_back(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    store: DraftStore,
) -> None:
    """Edit both sides in the window, open Earlier versions: the Welsh changes come first, then the
    English, each under its heading; Restore brings both sides back into the editors and the file."""
    draft = store.create(body=EN1)
    store.save(draft.id, title="", body=EN1, bilingual=True, text_cy=CY1, text_en=EN1, now=_EARLIER)
    window.model.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.sides.isVisible())
    sides = window.editor.sides
    sides.welsh.text.setPlainText(CY2)
    sides.english.text.setPlainText(EN2)
    qtbot.waitUntil(lambda: _saved(window), timeout=3000)
    assert (store.get(draft.id).text_cy, store.get(draft.id).text_en) == (CY2, EN2)

    seen: dict[str, object] = {}

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, HistoryDialog):
            return
        timer.stop()
        seen["row"] = dialog.list.currentIndex().data()
        seen["now"] = dialog.list.model().index(0, 0).data()
        seen["changes"] = _changes_text(dialog)
        seen["html"] = dialog.changes.toHtml()
        dialog.restore_button.click()

    timer = QTimer()
    timer.timeout.connect(in_the_dialog)
    timer.start(20)
    window.history_action.trigger()
    qtbot.waitUntil(lambda: sides.welsh.text.toPlainText() == CY1, timeout=5000)
    timer.stop()

    changes = str(seen["changes"])
    welsh, english = changes.index("Cymraeg (Welsh)"), changes.index("English")
    assert welsh < changes.index("gau") < changes.index("agor") < english  # the Welsh diff, under Welsh
    assert english < changes.index("closed") < changes.index("open")  # then the English one
    assert "line-through" in str(seen["html"]) and "underline" in str(seen["html"])
    assert str(seen["row"]).endswith("Welsh and English: Mae'r llyfrgell ar gau heddiw.")
    assert str(seen["now"]) == "Now · Welsh and English: Mae'r llyfrgell ar agor heddiw."
    assert sides.english.text.toPlainText() == EN1
    saved = store.get(draft.id)
    assert (saved.bilingual, saved.text_cy, saved.text_en) == (True, CY1, EN1)
    assert (store.revisions(draft.id)[0].text_cy, store.revisions(draft.id)[0].text_en) == (CY2, EN2)


def test_a_side_without_changes_says_so(qtbot, store: DraftStore) -> None:  # noqa: ANN001
    draft = store.create(body=EN1)
    store.save(draft.id, title="", body=EN1, bilingual=True, text_cy=CY1, text_en=EN1, now=_EARLIER)
    store.save(draft.id, title="", body=EN1, text_en=EN2)  # only the English changes
    dialog = HistoryDialog(store.revisions(draft.id), current=store.get(draft.id))
    qtbot.addWidget(dialog)
    changes = _changes_text(dialog)
    assert changes.index("Cymraeg (Welsh)") < changes.index("No changes to the Welsh text.")
    assert changes.index("No changes to the Welsh text.") < changes.index("English") < changes.index("open")
    assert "No changes to the English text." not in changes


def test_a_monolingual_version_of_a_bilingual_draft_says_what_restore_does(qtbot, store: DraftStore) -> None:  # noqa: ANN001
    draft = store.create(body=EN1)
    store.save(draft.id, title="", body=EN1, bilingual=True, text_cy=CY1, text_en=EN1)  # keeps the one text
    dialog = HistoryDialog(store.revisions(draft.id), current=store.get(draft.id))
    qtbot.addWidget(dialog)
    assert dialog.preview.toPlainText() == EN1
    said = "This version is one text; the draft is now in Welsh and English."
    assert _changes_text(dialog).startswith(said)


def test_keeping_a_version_keeps_both_sides(store: DraftStore) -> None:
    """Before Apply, Split or Restore the draft is kept as a version: a bilingual one with its sides."""
    draft = store.create(body=EN1)
    store.save(draft.id, title="", body=EN1, bilingual=True, text_cy=CY1, text_en=EN1, now=_EARLIER)
    assert store.keep_version(draft.id)
    kept = store.revisions(draft.id)[0]
    assert (kept.bilingual, kept.text_cy, kept.text_en) == (True, CY1, EN1)
    assert not store.keep_version(draft.id)  # the newest version already holds it
    store.save(draft.id, title="", body=EN1, text_cy=CY2, now=_EARLIER)  # only a side changes
    assert store.keep_version(draft.id)
