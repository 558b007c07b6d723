"""The Trash is emptied by days of use, never by the clock's word alone (open since session 6's reviews).

Drafts in the Trash went for good 30 days after they were put there by the wall clock, so a PC whose clock
jumped ahead by more than that (a flat CMOS battery, a bad time server answer) lost every trashed draft at
its next start. Now a draft also has to have been seen there on a week of separate days. A real SQLite file
and the store the window's maintenance calls; the clock moves only through the store's ``utcnow``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from desktop.core import store as store_module
from desktop.core.clock import utcnow
from desktop.core.drafts import DraftNotFound, DraftQuery, View
from desktop.core.store import TRASH_DAYS, TRASH_DAYS_SEEN, DraftStore


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[timedelta], None]:
    """Move the store's clock to real time plus an offset."""

    def move(offset: timedelta) -> None:
        monkeypatch.setattr(store_module, "utcnow", lambda: utcnow() + offset)

    return move


def in_trash(store: DraftStore) -> int:
    return store.count(DraftQuery(view=View.TRASH))


def trashed_draft(store: DraftStore, text: str) -> int:
    draft = store.create(body=text)
    assert store.trash([draft.id]) == 1
    return draft.id


def test_a_clock_jumping_months_ahead_empties_nothing_until_a_week_of_days_has_passed(
    store: DraftStore, clock: Callable[[timedelta], None]
) -> None:
    trashed_draft(store, "Road closure notice, old wording")
    store.purge_old_trash()  # the window's maintenance, today

    jump = timedelta(days=TRASH_DAYS + 10)
    clock(jump)  # the next start: the clock says 40 days on
    assert store.purge_old_trash() == 0 and in_trash(store) == 1

    last = TRASH_DAYS_SEEN - 2  # days on from the jump: seen then on its week of days (today and the jump's)
    for day in range(1, last):  # days of use under the jumped clock
        clock(jump + timedelta(days=day))
        store.purge_old_trash()
        store.purge_old_trash()  # (hourly: one day counts once)
    assert in_trash(store) == 1, "deleted before it was seen in the Trash on a week of days"
    clock(jump + timedelta(days=last))
    assert store.purge_old_trash() == 1 and in_trash(store) == 0


def test_a_draft_goes_after_thirty_days_of_ordinary_use_and_not_a_day_before(
    store: DraftStore, clock: Callable[[timedelta], None]
) -> None:
    old = trashed_draft(store, "Bin day moved for the bank holiday")
    for day in range(TRASH_DAYS):  # the window open every day
        clock(timedelta(days=day))
        assert store.purge_old_trash() == 0
    later = trashed_draft(store, "Library opening hours")
    clock(timedelta(days=TRASH_DAYS, minutes=1))
    assert store.purge_old_trash() == 1
    assert in_trash(store) == 1 and store.summary(later).id == later
    with pytest.raises(DraftNotFound):
        store.summary(old)


def test_a_clock_put_back_counts_no_day_until_it_passes_the_last_one_counted(
    store: DraftStore, clock: Callable[[timedelta], None]
) -> None:
    trashed_draft(store, "Consultation closes Friday")
    clock(timedelta(days=5))
    store.purge_old_trash()  # a clock five days fast, then put right
    for hour in range(0, 5 * 24, 6):
        clock(timedelta(hours=hour))
        store.purge_old_trash()
    assert _trash_days(store) == 1 and in_trash(store) == 1


def test_a_draft_restored_and_trashed_again_starts_counting_again(
    store: DraftStore, clock: Callable[[timedelta], None]
) -> None:
    draft = trashed_draft(store, "Swimming pool reopens")
    for day in range(TRASH_DAYS_SEEN):
        clock(timedelta(days=day))
        store.purge_old_trash()
    store.restore([draft])
    store.trash([draft])
    assert _trash_days(store) == 0


def _trash_days(store: DraftStore) -> int:
    from sqlalchemy import text

    with store.db.read() as session:
        return int(session.execute(text("SELECT trash_days FROM drafts")).scalar_one())
