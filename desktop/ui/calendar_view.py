"""The calendar: scheduled and sent posts by week or month, and moving a scheduled post to another time.

A post is moved by dragging it to another day (and, in the week, hour), by keyboard (the arrow keys
choose a post, Alt+arrows move it a day or an hour, a week in the month view) or with Reschedule…
(a date and time). Every move goes through ``Outbox.reschedule`` on a background thread, which refuses
a post that is no longer waiting (being sent, sent, cancelled); the calendar shows the outcome.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.posts import PostView
from desktop.ui.calendar_grid import CalendarGrid, Entry, entries_of, to_utc
from desktop.ui.contrast import make_secondary
from desktop.ui.dates import date_time_text
from desktop.ui.dialogs import disposable
from desktop.ui.ops import Change, Failure, Ops, ops_of

log = logging.getLogger(__name__)


class RescheduleDialog(QDialog):
    """A date and time for one post, in the locale's format."""

    def __init__(self, when: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule post"))
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.edit.setDateTime(
            QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
        )
        self.edit.setMinimumDateTime(QDateTime.currentDateTime())
        label = QLabel(self.tr("&Send it at:"), self)
        label.setBuddy(self.edit)
        self.edit.setAccessibleName(self.tr("Send it at"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def when(self) -> datetime:
        value = self.edit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class CalendarView(QDialog):
    """A window (View ▸ Calendar) over the outbox's scheduled and sent posts."""

    rescheduled = Signal(int)  # post id: the outbox changed, re-read it

    def __init__(self, reschedule: Callable[[int, datetime], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calendar"))
        self._reschedule = reschedule
        found = ops_of(parent)
        self._own_ops = found is None  # shown alone (a test): it runs its own
        self._ops = found if found is not None else Ops(self)  # moves are writes: the store lane, in order
        self.grid = CalendarGrid(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.grid)
        self.scroll.setWidgetResizable(True)
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _value: self.grid.update())  # day names
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.previous = QPushButton(self.tr("&Previous"), self)
        self.today = QPushButton(self.tr("&Today"), self)
        self.next = QPushButton(self.tr("Ne&xt"), self)
        self.title = QLabel(self)
        self.title.setAccessibleName(self.tr("Shown period"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.week = QRadioButton(self.tr("&Week"), self)
        self.month = QRadioButton(self.tr("&Month"), self)
        self.week.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.week)
        group.addButton(self.month)
        top = QHBoxLayout()
        for widget in (self.previous, self.today, self.next):
            top.addWidget(widget)
        top.addWidget(self.title, 1)
        top.addWidget(self.week)
        top.addWidget(self.month)

        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("Chosen post"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Calendar messages"))
        hint = QLabel(
            self.tr(
                "Drag a scheduled post to move it, or choose it with Tab or the arrow keys and press "
                "Alt+arrows to move it by a day or an hour (a week in the month view)."
            ),
            self,
        )
        hint.setWordWrap(True)
        make_secondary(hint)
        self.reschedule_button = QPushButton(self.tr("&Reschedule…"), self)
        close = QPushButton(self.tr("&Close"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.detail, 1)
        bottom.addWidget(self.reschedule_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today.clicked.connect(lambda: self.show_date(date.today()))
        self.week.toggled.connect(lambda _on: self._set_mode())
        self.reschedule_button.clicked.connect(lambda: self.ask_time(self.grid.selected))
        close.clicked.connect(self.close)
        self.grid.move_requested.connect(self.move)
        self.grid.reschedule_requested.connect(self.ask_time)
        self.grid.selection_changed.connect(self._show_selection)
        self.resize(
            self.grid.fontMetrics().averageCharWidth() * 130, self.grid.fontMetrics().lineSpacing() * 36
        )
        self._show_title()
        self._show_selection()
        self.grid.setFocus()

    # -- data and navigation --------------------------------------------------------------------

    def set_posts(self, posts: list[PostView]) -> None:
        self.grid.set_entries(entries_of(posts))
        self._show_selection()

    def show_date(self, day: date) -> None:
        # A grid's six weeks either side must stay inside the years Python counts (a post for 9999-12-31).
        self.grid.anchor = min(max(day, date(1, 1, 8)), date(9999, 11, 1))
        self._show_title()
        self.grid.update()
        QTimer.singleShot(0, self._scroll_to_first)  # once the layout has sized the grid

    def _scroll_to_first(self) -> None:
        """A week opens at its first post's hour (08:00 when it has none); a month at its top."""
        hours = [e.at.hour for e in self.grid.visible_entries()]
        hour = max(0, min(hours) - 1) if hours else 8
        top = self.grid.cell_rect(self.grid.first_day(), hour).top() - self.grid._header()
        self.scroll.verticalScrollBar().setValue(0 if self.grid.month else top)

    def step(self, direction: int) -> None:
        anchor = self.grid.anchor
        if self.grid.month:
            month = anchor.month - 1 + direction
            year = min(max(anchor.year + month // 12, 1), 9999)
            self.show_date(date(year, month % 12 + 1, 1))
        else:
            self.show_date(anchor + timedelta(days=7 * direction))  # (show_date kept the anchor in range)

    def _set_mode(self) -> None:
        self.grid.month = self.month.isChecked()
        self.grid.updateGeometry()
        self.show_date(self.grid.anchor)

    def _show_title(self) -> None:
        locale = QLocale()
        days = self.grid.days()
        if self.grid.month:
            text = locale.toString(QDate(self.grid.anchor.year, self.grid.anchor.month, 1), "MMMM yyyy")
        else:
            first, last = (QDate(d.year, d.month, d.day) for d in (days[0], days[-1]))
            text = f"{locale.toString(first, 'd MMM')} – {locale.toString(last, 'd MMM yyyy')}"
        self.title.setText(text)

    def _show_selection(self) -> None:
        entry = self.grid.entry(self.grid.selected)
        self.reschedule_button.setEnabled(entry is not None and entry.movable)
        if entry is None:
            self.detail.setText(self.tr("Choose a post to see it here."))
        else:
            when = date_time_text(to_utc(entry.at))
            said = self.tr("Sent {when}: {post}") if entry.sent else self.tr("Scheduled for {when}: {post}")
            self.detail.setText(said.format(when=when, post=f"{entry.account} · {entry.text[:140]}"))
        self.grid.setAccessibleDescription(self.detail.text())
        chip = self.grid.chips.get(self.grid.selected) if entry is not None else None
        if chip is not None and chip.isVisible() and self.grid.has_focus_within():
            self.scroll.ensureWidgetVisible(chip)  # arrowed to a post out of sight

    # -- moving ---------------------------------------------------------------------------------

    def ask_time(self, post_id: int | None) -> None:
        entry = self.grid.entry(post_id)
        if entry is None or not entry.movable:
            return
        dialog = disposable(RescheduleDialog(entry.at, self))
        if dialog.exec():
            self.move(entry.post_id, dialog.when())

    def move(self, post_id: int, local: datetime) -> None:
        """Show the post at its new time at once (so the next Alt+arrow starts there) and ask the outbox,
        off the GUI thread, to move it; if the outbox refuses, it goes back and the reason is shown.
        """
        old = self.grid.entry(post_id)
        if old is None:
            return
        when = to_utc(local)
        self._place(Entry(post_id, local, old.account, old.text, old.sent))

        def done(_result: object) -> None:
            self.status.setText(self.tr("Moved to {when}.").format(when=date_time_text(when)))
            self.rescheduled.emit(post_id)

        def failed(failure: Failure) -> None:
            self._place(old)
            if failure.expected:
                self.status.setText(failure.message)
            else:
                self.status.setText(self.tr("The post couldn't be moved; it keeps its time."))

        self._ops.run(lambda: self._reschedule(post_id, when), done, on_error=failed, changes=Change.OUTBOX)

    def _place(self, entry: Entry) -> None:
        entries = [e for e in self.grid.entries if e.post_id != entry.post_id] + [entry]
        self.grid.set_entries(sorted(entries, key=lambda e: (e.at, e.post_id)))
        self._show_selection()

    def shutdown(self) -> None:
        """Finish a move under way (the window's close calls this; its ops land the writes queued)."""
        if self._own_ops:
            self._ops.shutdown()
