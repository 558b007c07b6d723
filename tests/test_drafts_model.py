"""The drafts list keeps every row's id but only a bounded number of rows' titles and snippets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop.core.db import Database, open_database
from desktop.core.paths import app_paths
from desktop.core.store import DraftStore
from desktop.ui import drafts_model
from desktop.ui.drafts_model import PAGE_SIZE, DraftRoles, DraftsModel, IdSet
from desktop.ui.ops import Ops

DRAFTS = 1500


@pytest.fixture
def db() -> Database:
    database = open_database(app_paths().ensure())
    with database.write() as session:
        session.connection().exec_driver_sql(
            f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < {DRAFTS})"
            " INSERT INTO drafts (title, display_title, body, status, networks, language, ignored_findings,"
            " created_at, updated_at) SELECT '', 'Draft ' || i, 'Body ' || i, 'draft', '[]', 'en', '[]',"
            " strftime('%Y-%m-%d %H:%M:%S.000000', 'now'),"
            " strftime('%Y-%m-%d %H:%M:%S.000000', 'now', '-' || i || ' minutes') FROM n"
        )
    yield database
    database.close()


def _load_all(qtbot, model: DraftsModel) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE)
    while model.canFetchMore():
        before = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda before=before: model.rowCount() > before or not model.canFetchMore())


def test_rows_let_go_are_read_again_when_shown(qtbot, db: Database, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(drafts_model, "KEEP", 500)
    store = DraftStore(db)
    ops = Ops()
    model = DraftsModel(ops)
    model.attach(store)
    _load_all(qtbot, model)
    assert model.rowCount() == DRAFTS
    assert len(model._kept) <= 500  # the bound holds while every row stays in the list
    ids = [model.index(i).data(DraftRoles.ID) for i in range(DRAFTS)]
    assert len(set(ids)) == DRAFTS  # ids are always there: selecting and opening never wait
    assert model.index(0).data() == "Draft 1"  # the first page is kept
    far = 700  # let go: later pages pushed it out
    assert model.index(far).data() == ""  # drawn blank while it is read again …
    changed = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    qtbot.waitUntil(lambda: model.index(far).data() == f"Draft {far + 1}")  # … then the real title
    assert any(top <= far <= bottom for top, bottom in changed)  # and the view was told to redraw it
    assert model.index(far).data(DraftRoles.SNIPPET) == f"Body {far + 1}"
    assert model.row_of(ids[far]) == far and model.row_of(10**9) == -1
    assert len(model._kept) <= 500
    model.remove_ids({ids[far], ids[-1]})
    assert model.rowCount() == DRAFTS - 2 and model.row_of(ids[far]) == -1
    summary = store.summary(ids[far + 1])
    model.upsert(summary)  # a saved draft's new title, in place
    assert model.index(far).data(Qt.ItemDataRole.DisplayRole) == summary.title
    ops.shutdown()


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["add", "discard"]),
            st.one_of(st.integers(0, 5_000), st.integers(-5, 5), st.integers(IdSet.BITS - 3, IdSet.BITS + 3)),
        ),
        max_size=200,
    )
)
def test_the_id_bits_answer_as_a_set_would(steps: list[tuple[str, int]]) -> None:
    bits, reference = IdSet([7, 1_000]), {7, 1_000}
    for action, draft_id in steps:
        getattr(bits, action)(draft_id)
        getattr(reference, action)(draft_id)
    probes = {draft_id for _action, draft_id in steps} | {0, 7, 1_000, 99_999, -1, IdSet.BITS}
    assert {i for i in probes if i in bits} == {i for i in probes if i in reference}
