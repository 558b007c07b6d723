"""History keeps a bilingual draft's Welsh and English texts: an earlier version shows and restores both."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desktop.core.db import open_database
from desktop.core.models import utcnow
from desktop.core.paths import app_paths
from desktop.core.store import DraftStore
from desktop.ui.history_dialog import HistoryDialog

CY1, EN1 = "Mae'r llyfrgell ar gau heddiw.", "The library is closed today."
CY2, EN2 = "Mae'r llyfrgell ar agor heddiw.", "The library is open today."


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
    assert row.data().endswith("Welsh and English")

    restored = store.restore_revision(draft.id, revisions[1].id)
    assert (restored.bilingual, restored.text_cy, restored.text_en) == (True, CY1, EN1)
    undo = store.revisions(draft.id)[0]  # what restoring replaced is itself kept, so it can be undone
    assert (undo.text_cy, undo.text_en) == (CY2, EN2)
    db.close()
