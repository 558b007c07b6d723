"""Search that cannot be made slow: normalised, capped terms; a newer search cancels an older one; and the
drafts list never reads the database on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from desktop.core.db import Database
from desktop.core.drafts import DraftQuery, Sort
from desktop.core.search_query import MAX_SEARCH_TERMS, MAX_TERM_CHARS, fts_query, search_terms
from desktop.core.store import DraftStore, SearchCancelled
from desktop.ui.drafts_model import PAGE_SIZE, DraftRoles, DraftsModel
from desktop.ui.ops import LIST, Ops


def _fill(db: Database, count: int) -> None:
    with db.write() as session:
        session.connection().exec_driver_sql(
            f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < {count})"
            " INSERT INTO drafts (title, display_title, body, status, networks, language, ignored_findings,"
            " created_at, updated_at) SELECT '', 'Draft ' || i, 'bin collection ' || i || ' road closure',"
            " 'draft', '[]', 'en', '[]', strftime('%Y-%m-%d %H:%M:%S.000000', 'now'),"
            " strftime('%Y-%m-%d %H:%M:%S.000000', 'now', '-' || i || ' minutes') FROM n"
        )


def test_decomposed_welsh_letters_are_one_word(store: DraftStore) -> None:
    welsh = store.create(body="Mae'r ŵyl fwyd ddydd Sadwrn")
    store.create(body="Wy a yl, nothing else")
    decomposed = "w\u0302yl"  # w + COMBINING CIRCUMFLEX, as some keyboards and pastes produce it
    assert search_terms(decomposed) == ["ŵyl"]
    assert [s.id for s in store.page(DraftQuery(decomposed))] == [welsh.id]


def test_repeated_words_are_searched_once_and_terms_are_capped() -> None:
    assert fts_query("bin " * 5000) == '"bin"*'
    assert search_terms("Bin BIN bin road") == ["Bin", "road"]
    many = " ".join(f"word{i}" for i in range(100_000))  # a large paste
    assert len(search_terms(many)) == MAX_SEARCH_TERMS
    assert search_terms("x" * 1_000_000) == ["x" * MAX_TERM_CHARS]


def test_short_words_before_the_last_match_whole_words(store: DraftStore) -> None:
    assert fts_query("a b road c") == '"a" "b" "road"* "c"*'
    plan_a = store.create(body="Plan A for the road closure")
    store.create(body="Another plan for the roads")
    assert [s.id for s in store.page(DraftQuery("a road"))] == [plan_a.id]
    assert {s.id for s in store.page(DraftQuery("road a"))} == {plan_a.id, plan_a.id + 1}


def test_a_huge_paste_still_finds_by_its_first_words(store: DraftStore) -> None:
    hit = store.create(body="Road closure on the high street")
    store.create(body="Bin collection moves to Tuesday")
    paste = "road closure " * 100_000  # over 1 MB
    assert [s.id for s in store.page(DraftQuery(paste))] == [hit.id]


def test_cancelled_search_stops_inside_sqlite_and_the_connection_stays_usable(
    store: DraftStore, db: Database
) -> None:
    _fill(db, 3000)
    polls = 0

    def cancel_after_first_poll() -> bool:
        nonlocal polls
        polls += 1
        return polls > 1  # not cancelled when asked, then cancelled while SQLite is mid-query

    with pytest.raises(SearchCancelled):
        store.page(DraftQuery("b c r", sort=Sort.TITLE), None, 5000, cancelled=cancel_after_first_poll)
    assert polls > 1  # SQLite itself asked, through the progress handler
    # The pooled connection no longer carries the handler: later reads are unaffected.
    assert len(store.page(DraftQuery("road"), None, 5000)) == 3000
    with pytest.raises(SearchCancelled):
        store.page(DraftQuery("road"), cancelled=lambda: True)


class _ThreadRecordingStore(DraftStore):
    """The real store, noting which thread each page read runs on."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.page_threads: list[threading.Thread] = []

    def page(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        self.page_threads.append(threading.current_thread())
        return super().page(*args, **kwargs)


@pytest.fixture
def ops(qtbot) -> Iterator[Ops]:  # noqa: ANN001
    runner = Ops()
    yield runner
    runner.shutdown()


def test_fetch_more_reads_on_the_reader_thread_not_the_gui_thread(
    qtbot,
    db: Database,
    ops: Ops,  # noqa: ANN001
) -> None:
    _fill(db, PAGE_SIZE * 2 + 10)
    store = _ThreadRecordingStore(db)
    model = DraftsModel(ops)
    with qtbot.waitSignal(model.loaded):
        model.attach(store)
    assert model.rowCount() == PAGE_SIZE
    model.fetchMore()
    model.fetchMore()  # a second request while the first is in flight asks for nothing more
    assert model.rowCount() == PAGE_SIZE  # nothing was read on this (the GUI) thread
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE * 2)
    model.fetchMore()
    qtbot.waitUntil(lambda: not model.canFetchMore())
    assert model.rowCount() == PAGE_SIZE * 2 + 10
    ids = [model.index(i).data(DraftRoles.ID) for i in range(model.rowCount())]
    assert len(set(ids)) == model.rowCount()
    assert len(store.page_threads) == 3
    assert all(t is not threading.main_thread() for t in store.page_threads)


def test_a_newer_search_cancels_the_older_and_only_its_answer_is_shown(
    qtbot,
    db: Database,
    store: DraftStore,
    ops: Ops,  # noqa: ANN001
) -> None:
    _fill(db, 500)
    hit = store.create(body="Gritting tonight on the A470")
    model = DraftsModel(ops)
    with qtbot.waitSignal(model.loaded):
        model.attach(store)
    # Hold the reader so both searches are waiting, as when someone types while a slow read runs.
    release = threading.Event()
    ops.lane(LIST).submit(release.wait)
    outcomes: list[object] = []
    original = store.page

    def page(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        try:
            rows = original(*args, **kwargs)
        except SearchCancelled as exc:
            outcomes.append(exc)
            raise
        outcomes.append(rows)
        return rows

    store.page = page  # type: ignore[method-assign]
    loaded: list[int] = []
    model.loaded.connect(loaded.append)
    model.set_query(DraftQuery("b " * 200_000 + "road closure"))  # a pathological paste
    model.set_query(DraftQuery("gritting"))
    release.set()
    qtbot.waitUntil(lambda: loaded == [1])
    assert model.index(0).data(DraftRoles.ID) == hit.id
    assert isinstance(outcomes[0], SearchCancelled)  # the older search stopped, unanswered
    assert len(outcomes) == 2
