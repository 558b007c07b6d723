"""Issue 17: the calendar shows scheduled and sent posts by week and month, and a scheduled post moves to
another time by mouse drag, by keyboard (Alt+arrows) or with Reschedule…, only while it still waits.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from sqlalchemy import update

from desktop.core.accounts import Accounts
from desktop.core.db import Database
from desktop.core.drafts import StoreError
from desktop.core.models import Post, utcnow
from desktop.core.outbox import Outbox, State
from desktop.ui import calendar_view
from desktop.ui.calendar_grid import to_local, to_utc
from desktop.ui.calendar_view import CalendarView

NEXT_YEAR = utcnow().year + 1
# A Wednesday at 10:30 local time next year: always in the future, never at a week's edge.
WEDNESDAY = next(d for d in (date(NEXT_YEAR, 3, day) for day in range(10, 17)) if d.isoweekday() == 3)
AT = datetime.combine(WEDNESDAY, datetime.min.time()).replace(hour=10, minute=30)


@pytest.fixture
def outbox(db: Database) -> Outbox:
    return Outbox(db)


@pytest.fixture
def scheduled(db: Database, outbox: Outbox) -> int:
    account = Accounts(db).add("x", "@council").id
    return outbox.queue([account], ["Bins go out early this week."], scheduled_at=to_utc(AT))[0]


@pytest.fixture
def view(qtbot, outbox: Outbox, scheduled: int) -> CalendarView:  # noqa: ANN001
    window = CalendarView(outbox.reschedule)
    qtbot.addWidget(window)
    window.set_posts(outbox.posts())
    window.show_date(WEDNESDAY)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.shutdown()


def _scheduled_local(outbox: Outbox, post_id: int) -> datetime:
    return to_local(outbox.get(post_id).scheduled_at)


def _drag(qtbot, grid, start: QPoint, end: QPoint) -> None:  # noqa: ANN001
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    middle = (start + end) / 2
    QTest.mouseMove(grid, QPoint(int(middle.x()), int(middle.y())))
    QTest.mouseMove(grid, end)
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_week_view_drag_moves_a_scheduled_post_to_another_day_and_hour(
    qtbot, view, outbox, scheduled
) -> None:  # noqa: ANN001
    grid = view.grid
    chip = grid.chip_rects()[scheduled]
    assert grid.cell_rect(WEDNESDAY, 10).contains(chip.center())
    friday = WEDNESDAY + timedelta(days=2)
    view.scroll.ensureVisible(0, grid.cell_rect(friday, 14).center().y())
    _drag(qtbot, grid, chip.center(), grid.cell_rect(friday, 14).center())

    qtbot.waitUntil(
        lambda: _scheduled_local(outbox, scheduled) == AT.replace(day=friday.day, hour=14), timeout=5000
    )
    assert outbox.get(scheduled).state is State.SCHEDULED
    qtbot.waitUntil(lambda: grid.cell_rect(friday, 14).contains(grid.chip_rects()[scheduled].center()))
    qtbot.waitUntil(lambda: view.status.text().startswith("Moved to"))


def test_keyboard_chooses_a_post_and_alt_arrows_move_it(qtbot, view, outbox, scheduled) -> None:  # noqa: ANN001
    grid = view.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # the first post shown
    assert grid.selected == scheduled
    assert "Bins go out early" in view.detail.text()
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _scheduled_local(outbox, scheduled) == AT + timedelta(days=1), timeout=5000)
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: _scheduled_local(outbox, scheduled) == AT + timedelta(days=1, hours=1), timeout=5000
    )

    view.month.setChecked(True)  # in the month, Alt+Up/Down is a week
    qtbot.keyClick(grid, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: _scheduled_local(outbox, scheduled) == AT + timedelta(days=-6, hours=1), timeout=5000
    )


def test_month_view_drag_and_the_reschedule_dialog(qtbot, view, outbox, scheduled, monkeypatch) -> None:  # noqa: ANN001
    view.month.setChecked(True)
    grid = view.grid
    assert view.title.text() == f"March {NEXT_YEAR}"
    target = WEDNESDAY + timedelta(days=7)
    _drag(qtbot, grid, grid.chip_rects()[scheduled].center(), grid.cell_rect(target).center())
    qtbot.waitUntil(lambda: _scheduled_local(outbox, scheduled) == AT + timedelta(days=7), timeout=5000)

    chosen = AT + timedelta(days=20, hours=3)
    monkeypatch.setattr(calendar_view.RescheduleDialog, "exec", lambda dialog: 1)
    monkeypatch.setattr(calendar_view.RescheduleDialog, "when", lambda dialog: chosen)
    grid.select(scheduled)
    qtbot.mouseClick(view.reschedule_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _scheduled_local(outbox, scheduled) == chosen, timeout=5000)


def test_sent_posts_show_but_do_not_move(qtbot, view, outbox, db, scheduled) -> None:  # noqa: ANN001
    with db.write() as session:
        session.execute(
            update(Post).where(Post.id == scheduled).values(state=State.SENT.value, sent_at=to_utc(AT))
        )
    view.set_posts(outbox.posts())
    grid = view.grid
    chip = grid.chip_rects()[scheduled]
    _drag(qtbot, grid, chip.center(), grid.cell_rect(WEDNESDAY + timedelta(days=1), 15).center())
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(100)
    assert grid.selected == scheduled and not view.reschedule_button.isEnabled()
    assert outbox.get(scheduled).scheduled_at == to_utc(AT) and view.status.text() == ""


def test_core_reschedules_only_posts_still_waiting(db: Database, outbox: Outbox, scheduled: int) -> None:
    later = to_utc(AT + timedelta(days=1))
    account = outbox.get(scheduled).account_id
    queued = outbox.queue([account], ["Now"])[0]
    outbox.reschedule(queued, later)  # a queued post becomes scheduled
    assert outbox.get(queued).state is State.SCHEDULED and outbox.get(queued).next_attempt_at == later
    assert outbox.events(queued)[-1][3].startswith("rescheduled for")

    with pytest.raises(StoreError, match="still to come"):
        outbox.reschedule(scheduled, utcnow() - timedelta(minutes=1))
    for state, words in ((State.SENDING, "being sent"), (State.SENT, "already gone out")):
        with db.write() as session:
            session.execute(update(Post).where(Post.id == scheduled).values(state=state.value))
        with pytest.raises(StoreError, match=words):
            outbox.reschedule(scheduled, later)
        assert outbox.get(scheduled).scheduled_at == to_utc(AT)  # untouched


def test_the_window_opens_the_calendar_and_a_move_reaches_the_outbox(qtbot, db, outbox, scheduled) -> None:  # noqa: ANN001
    import random

    from desktop.core.store import DraftStore
    from desktop.core.sync import SyncEngine
    from desktop.ui.main_window import MainWindow
    from tests.fakes.scripted import Network, ScriptedPublisher
    from tests.test_outbox_ui import Link

    engine = SyncEngine(db, lambda account: ScriptedPublisher(Network(), account), rng=random.Random(1))
    window = MainWindow(DraftStore(db), sync=(engine, Link()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.posting.panel.model.rowCount() == 1, timeout=5000)
    entry = next(a for a in window.view_menu.actions() if a.text().replace("&", "") == "Calendar")
    entry.trigger()  # View ▸ Calendar
    calendar = window.posting.calendar
    assert calendar is not None and calendar.isVisible()
    calendar.show_date(WEDNESDAY)
    assert scheduled in calendar.grid.chip_rects()
    calendar.grid.select(scheduled)
    qtbot.keyClick(calendar.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _scheduled_local(outbox, scheduled) == AT - timedelta(days=1), timeout=5000)
    # The outbox is read again, and its row says the new time.
    when = outbox.get(scheduled).scheduled_at
    model = window.posting.panel.model
    qtbot.waitUntil(lambda: model.post(0).scheduled_at == when, timeout=5000)
    window.close()


def test_a_post_claimed_for_sending_meanwhile_is_not_moved_and_goes_back(
    qtbot, view, outbox, db, scheduled
) -> None:  # noqa: ANN001
    with db.write() as session:  # the sync engine claimed it after the calendar last read the outbox
        session.execute(update(Post).where(Post.id == scheduled).values(state=State.SENDING.value))
    grid = view.grid
    grid.select(scheduled)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "being sent" in view.status.text(), timeout=5000)
    assert grid.entry(scheduled).at == AT  # shown at its time again
    assert outbox.get(scheduled).scheduled_at == to_utc(AT)


def _focused_name() -> str:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication

    return QAccessible.queryAccessibleInterface(QApplication.focusWidget()).text(QAccessible.Text.Name)


def test_each_post_is_a_named_chip_that_tab_and_the_arrows_reach(qtbot, view, outbox, scheduled, db) -> None:  # noqa: ANN001
    """A screen reader hears each post as its own button, "day date time, account, start of text", as
    Tab or an arrow key moves the keyboard to it; Alt+arrows still move it, and the keyboard stays on it."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication

    account = outbox.get(scheduled).account_id
    later = outbox.queue(
        [account], ["Library open late on Thursday."], scheduled_at=to_utc(AT + timedelta(days=1))
    )[0]
    view.set_posts(outbox.posts())
    grid = view.grid
    chips = [grid.chips[scheduled], grid.chips[later]]
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)

    qtbot.keyClick(grid, Qt.Key.Key_Tab)  # the first post, in time order
    assert QApplication.focusWidget() is chips[0] and grid.selected == scheduled
    name = _focused_name()
    assert name.startswith("Wednesday ") and "10:30, @council, Bins go out early this week." in name
    interface = QAccessible.queryAccessibleInterface(chips[0])
    assert interface.role() == QAccessible.Role.Button
    assert interface.text(QAccessible.Text.Description).startswith("Scheduled: Alt+arrow keys move it")
    assert "Bins go out early" in view.detail.text()
    qtbot.keyClick(chips[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is chips[1] and grid.selected == later
    assert "Thursday" in _focused_name() and "Library open late" in _focused_name()
    qtbot.keyClick(chips[1], Qt.Key.Key_Tab)  # out of the calendar to the next control
    assert QApplication.focusWidget() not in (grid, *chips)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is chips[1]

    qtbot.keyClick(chips[1], Qt.Key.Key_Left)  # the arrows go from post to post too
    assert QApplication.focusWidget() is chips[0] and grid.selected == scheduled
    qtbot.keyClick(chips[0], Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # move it a day
    qtbot.waitUntil(lambda: _scheduled_local(outbox, scheduled) == AT + timedelta(days=1), timeout=5000)
    assert QApplication.focusWidget() is chips[0]  # still on the post it moved
    assert _focused_name().startswith("Thursday ")
    assert grid.chip_rects()[scheduled] == chips[0].geometry()  # over its painted chip

    view.step(1)  # next week: no posts shown, so Tab does not stop on posts out of sight
    assert not any(chip.isVisible() for chip in chips)
    assert QApplication.focusWidget() is grid


def test_a_sent_post_is_named_as_sent(qtbot, view, outbox, db, scheduled) -> None:  # noqa: ANN001
    from PySide6.QtGui import QAccessible

    with db.write() as session:
        session.execute(
            update(Post).where(Post.id == scheduled).values(state=State.SENT.value, sent_at=to_utc(AT))
        )
    view.set_posts(outbox.posts())
    interface = QAccessible.queryAccessibleInterface(view.grid.chips[scheduled])
    assert interface.text(QAccessible.Text.Name).startswith("Sent Wednesday ")
    assert interface.text(QAccessible.Text.Description) == "Sent: it can't be moved."


def test_a_post_for_the_last_day_python_counts_shows_and_stepping_past_it_stops(
    qtbot,
    view,
    outbox,
    db,  # noqa: ANN001
) -> None:
    """``crier queue --at 9999-12-31T09:00 --yes`` was accepted, and the calendar then raised OverflowError
    drawing the weeks after it (found by the session 6 review); the grid now stops at the last month it can
    draw whole, and so does stepping on."""
    account = Accounts(db).add("x", "@far").id
    outbox.queue([account], ["Far ahead"], scheduled_at=datetime(9999, 12, 31, 9, 0))
    view.set_posts(outbox.posts())
    for month in (False, True):
        view.grid.month = month
        view.show_date(date(9999, 12, 31))
        for _ in range(3):
            view.step(1)
        view.grid.repaint()
        assert view.grid.days()[-1].year == 9999
        view.show_date(date(1, 1, 1))
        view.step(-1)
        view.grid.repaint()
        assert view.grid.days()[0].year == 1
