"""The calendar: scheduled and sent posts by week or month, and moving a scheduled post to another time.

A post is moved by dragging it to another day (and, in the week, hour), by keyboard (the arrow keys
choose a post, Alt+arrows move it a day or an hour, a week in the month view) or with Reschedule…
(a date and time). Every move goes through ``Outbox.reschedule`` on a background thread, which refuses
a post that is no longer waiting (being sent, sent, cancelled); the calendar shows the outcome.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QPoint, QRect, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.core.drafts import StoreError
from desktop.core.outbox import PostView, State
from desktop.ui.contrast import make_secondary
from desktop.ui.dates import date_time_text
from desktop.ui.workers import SerialWorker

log = logging.getLogger(__name__)
Role = QPalette.ColorRole
HOURS = range(24)
MONTH_ROWS = 6


def to_local(when: datetime) -> datetime:
    """A stored naive-UTC time as naive local time (what the grid lays out)."""
    return when.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def to_utc(local: datetime) -> datetime:
    """Naive local time back to naive UTC, as the database keeps it."""
    return local.astimezone(UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class Entry:
    post_id: int
    at: datetime  # local
    account: str
    text: str
    sent: bool

    @property
    def movable(self) -> bool:
        return not self.sent


def entries_of(posts: list[PostView]) -> list[Entry]:
    """Scheduled posts at their time, sent posts at the time they went out."""
    out = []
    for post in posts:
        text = " ".join(post.text.split())
        if post.state is State.SCHEDULED and post.scheduled_at and not post.remote_ids:
            out.append(Entry(post.id, to_local(post.scheduled_at), post.account, text, False))
        elif post.state is State.SENT and post.sent_at:
            out.append(Entry(post.id, to_local(post.sent_at), post.account, text, True))
    return sorted(out, key=lambda e: (e.at, e.post_id))


class CalendarGrid(QWidget):
    """The painted week (days × hours) or month (six weeks of days), with a chip per post."""

    move_requested = Signal(int, object)  # post id, new local datetime
    reschedule_requested = Signal(int)  # post id: open the date-time dialog
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Calendar"))
        self.setMouseTracking(False)
        self.month = False
        self.anchor = date.today()
        self.entries: list[Entry] = []
        self.selected: int | None = None
        self._press: QPoint | None = None
        self._drag_target: tuple[date, int | None] | None = None

    # -- what is shown --------------------------------------------------------------------------

    def first_day(self) -> date:
        """The first day shown: the week's first day (as the locale counts weeks) or the month's grid's."""
        start = self.anchor.replace(day=1) if self.month else self.anchor
        first = QLocale().firstDayOfWeek().value  # Monday is 1, as date.isoweekday()
        return start - timedelta(days=(start.isoweekday() - first) % 7)

    def days(self) -> list[date]:
        return [self.first_day() + timedelta(days=i) for i in range(7 * (MONTH_ROWS if self.month else 1))]

    def set_entries(self, entries: list[Entry]) -> None:
        self.entries = entries
        if self.selected is not None and self.entry(self.selected) is None:
            self.selected = None
            self.selection_changed.emit()
        self.updateGeometry()
        self.update()

    def entry(self, post_id: int | None) -> Entry | None:
        return next((e for e in self.entries if e.post_id == post_id), None)

    def visible_entries(self) -> list[Entry]:
        days = self.days()
        return [e for e in self.entries if days[0] <= e.at.date() <= days[-1]]

    def select(self, post_id: int | None) -> None:
        if post_id != self.selected:
            self.selected = post_id
            self.selection_changed.emit()
            self.update()

    # -- geometry -------------------------------------------------------------------------------

    def _line(self) -> int:
        return QFontMetrics(self.font()).lineSpacing()

    def _gutter(self) -> int:
        metrics = QFontMetrics(self.font())
        return (
            metrics.horizontalAdvance(QLocale().toString(QTime(23, 0), QLocale.FormatType.ShortFormat)) + 12
        )

    def _header(self) -> int:
        return self._line() + 10

    def _least_row(self) -> int:
        return self._line() * (3 if self.month else 2) + 8

    def _row_height(self) -> int:
        """A week's hours are two lines high; a month's weeks share the height there is."""
        if not self.month:
            return self._least_row()
        return max(self._least_row(), (self.height() - self._header()) // MONTH_ROWS)

    def sizeHint(self) -> QSize:
        rows = MONTH_ROWS if self.month else len(HOURS)
        return QSize(7 * 14 * self._line(), self._header() + rows * self._least_row())

    def minimumSizeHint(self) -> QSize:
        rows = MONTH_ROWS if self.month else len(HOURS)
        return QSize(self._gutter() + 7 * 5 * self._line(), self._header() + rows * self._least_row())

    def _column_width(self) -> float:
        left = 0 if self.month else self._gutter()
        return (self.width() - left) / 7

    def cell_rect(self, day: date, hour: int | None = None) -> QRect:
        """Where a day (month view) or a day's hour (week view) is drawn."""
        index = (day - self.first_day()).days
        left = 0 if self.month else self._gutter()
        column, row = (index % 7, index // 7) if self.month else (index, hour or 0)
        width = self._column_width()
        x = round(left + column * width)
        return QRect(
            x,
            self._header() + row * self._row_height(),
            round(left + (column + 1) * width) - x,
            self._row_height(),
        )

    def cell_at(self, point: QPoint) -> tuple[date, int | None] | None:
        left = 0 if self.month else self._gutter()
        if point.x() < left or point.y() < self._sticky_top() + self._header():
            return None
        column = min(6, int((point.x() - left) / self._column_width()))
        row = (point.y() - self._header()) // self._row_height()
        if self.month:
            return (self.first_day() + timedelta(days=row * 7 + column), None) if row < MONTH_ROWS else None
        return (self.first_day() + timedelta(days=column), row) if row < len(HOURS) else None

    def _cell_key(self, entry: Entry) -> tuple[date, int | None]:
        return entry.at.date(), None if self.month else entry.at.hour

    def chip_rects(self) -> dict[int, QRect]:
        """Each visible post's chip: stacked in a month's day, side by side in a week's hour."""
        cells: dict[tuple[date, int | None], list[Entry]] = {}
        for entry in self.visible_entries():
            cells.setdefault(self._cell_key(entry), []).append(entry)
        line = self._line()
        rects: dict[int, QRect] = {}
        for (day, hour), entries in cells.items():
            cell = self.cell_rect(day, hour).adjusted(2, 2, -2, -2)
            if self.month:
                top = cell.top() + line  # below the day's number
                room = max(1, (cell.bottom() - top) // (line + 2))
                for i, entry in enumerate(entries[:room]):
                    rects[entry.post_id] = QRect(cell.left(), top + i * (line + 2), cell.width(), line + 2)
            else:
                width = cell.width() / len(entries)
                for i, entry in enumerate(entries):
                    x = round(cell.left() + i * width)
                    rects[entry.post_id] = QRect(x, cell.top(), max(4, round(width) - 2), cell.height())
        return rects

    def chip_at(self, point: QPoint) -> int | None:
        return next((i for i, r in self.chip_rects().items() if r.contains(point)), None)

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(Role.Base))
        locale = QLocale()
        metrics = QFontMetrics(self.font())
        grid_pen = QPen(palette.color(Role.Mid))
        today = date.today()
        days = self.days()
        if not self.month:
            for hour in HOURS:
                rect = self.cell_rect(days[0], hour)
                label = locale.toString(QTime(hour, 0), QLocale.FormatType.ShortFormat)
                painter.setPen(palette.color(Role.Text))
                painter.drawText(
                    QRect(0, rect.top(), self._gutter() - 6, self._line()), Qt.AlignmentFlag.AlignRight, label
                )
        cells = [(d, None) for d in days] if self.month else [(d, h) for d in days for h in HOURS]
        for day, hour in cells:
            rect = self.cell_rect(day, hour)
            outside = self.month and day.month != self.anchor.month
            if (day, hour) == self._drag_target:
                painter.fillRect(
                    rect,
                    palette.color(Role.Highlight).lighter(170)
                    if palette.color(Role.Base).lightness() > 128
                    else palette.color(Role.Highlight).darker(200),
                )
            elif outside or day.isoweekday() in (6, 7):
                painter.fillRect(rect, palette.color(Role.AlternateBase))
            painter.setPen(grid_pen)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            if self.month:
                painter.setPen(palette.color(Role.Text))
                font = painter.font()
                font.setBold(day == today)
                painter.setFont(font)
                painter.drawText(
                    rect.adjusted(4, 2, -4, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    str(day.day),
                )
                font.setBold(False)
                painter.setFont(font)
        self._paint_chips(painter, palette, metrics)
        self._paint_header(painter, palette, metrics)
        painter.end()

    def _sticky_top(self) -> int:
        """Where the day names go: the top of what the scroll area shows, so they stay in sight."""
        return max(0, -self.y())

    def _paint_header(self, painter: QPainter, palette: QPalette, metrics: QFontMetrics) -> None:
        locale, today, top = QLocale(), date.today(), self._sticky_top()
        painter.fillRect(QRect(0, top, self.width(), self._header()), palette.color(Role.Window))
        for day in self.days()[:7]:  # weekday names (and dates, in a week)
            rect = self.cell_rect(day, 0)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            if not self.month:
                name += " " + str(day.day)
            header = QRect(rect.left(), top, rect.width(), self._header())
            painter.setPen(palette.color(Role.WindowText))
            font = painter.font()
            font.setBold(not self.month and day == today)
            painter.setFont(font)
            painter.drawText(
                header,
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()),
            )
        font = painter.font()
        font.setBold(False)
        painter.setFont(font)

    def _paint_chips(self, painter: QPainter, palette: QPalette, metrics: QFontMetrics) -> None:
        rects = self.chip_rects()
        for entry in self.visible_entries():
            rect = rects.get(entry.post_id)
            if rect is None:
                continue
            selected = entry.post_id == self.selected
            background = palette.color(
                Role.Highlight if selected else (Role.AlternateBase if entry.sent else Role.Button)
            )
            painter.fillRect(rect, background)
            pen = QPen(palette.color(Role.HighlightedText if selected else Role.Text))
            border = QPen(
                palette.color(Role.Highlight if not selected else Role.Text),
                2 if selected and self.hasFocus() else 1,
            )
            if entry.sent:
                border.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(border)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            time = QLocale().toString(QTime(entry.at.hour, entry.at.minute), QLocale.FormatType.ShortFormat)
            painter.setPen(pen)
            mark = "✓ " if entry.sent else ""  # sent is said in a sign too, not by the dashed border alone
            text = metrics.elidedText(
                f"{mark}{time} {entry.text}", Qt.TextElideMode.ElideRight, rect.width() - 6
            )
            flags = Qt.AlignmentFlag.AlignLeft | (
                Qt.AlignmentFlag.AlignVCenter if self.month else Qt.AlignmentFlag.AlignTop
            )
            painter.drawText(rect.adjusted(3, 1, -3, -1), flags, text)

    # -- mouse: choose and drag ------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        chip = self.chip_at(event.position().toPoint())
        self.select(chip)
        entry = self.entry(chip)
        self._press = event.position().toPoint() if entry is not None and entry.movable else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        point = event.position().toPoint()
        if (
            self._drag_target is None
            and (point - self._press).manhattanLength() < QApplication.startDragDistance()
        ):
            return
        target = self.cell_at(point)
        if target != self._drag_target:
            self._drag_target = target
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        target, self._drag_target, self._press = self._drag_target, None, None
        self.unsetCursor()
        self.update()
        entry = self.entry(self.selected)
        if target is None or entry is None:
            return
        day, hour = target
        moved = datetime.combine(day, entry.at.time())
        if hour is not None:
            moved = moved.replace(hour=hour)
        if moved != entry.at:
            self.move_requested.emit(entry.post_id, moved)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            entry = self.entry(self.chip_at(event.pos()))
            if entry is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), f"{entry.account}\n{entry.text[:300]}", self)
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        entry = self.entry(self.chip_at(event.position().toPoint()))
        if entry is not None and entry.movable:
            self.reschedule_requested.emit(entry.post_id)

    # -- keyboard: arrows choose, Alt+arrows move, Enter reschedules -------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        arrows = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        entry = self.entry(self.selected)
        if key in arrows and alt:
            if entry is not None and entry.movable:
                step = arrows[key]
                if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                    delta = timedelta(days=step)
                else:
                    delta = timedelta(days=7 * step) if self.month else timedelta(hours=step)
                self.move_requested.emit(entry.post_id, entry.at + delta)
            return
        if key in arrows and not event.modifiers():
            shown = self.visible_entries()
            if shown:
                ids = [e.post_id for e in shown]
                if self.selected in ids:
                    ids_index = ids.index(self.selected) + arrows[key]
                else:
                    ids_index = 0 if arrows[key] > 0 else len(ids) - 1
                self.select(ids[max(0, min(len(ids) - 1, ids_index))])
            return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
            and entry is not None
            and entry.movable
        ):
            self.reschedule_requested.emit(entry.post_id)
            return
        super().keyPressEvent(event)


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
        self._worker = SerialWorker("crier-calendar", self)
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
                "Drag a scheduled post to move it, or choose it with the arrow keys and press "
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
        self.grid.anchor = day
        self._show_title()
        self.grid.update()
        hours = self.grid.cell_rect(self.grid.first_day(), 8).top() - self.grid._header()
        self.scroll.verticalScrollBar().setValue(0 if self.grid.month else hours)  # a week opens at 08:00

    def step(self, direction: int) -> None:
        anchor = self.grid.anchor
        if self.grid.month:
            month = anchor.month - 1 + direction
            self.show_date(date(anchor.year + month // 12, month % 12 + 1, 1))
        else:
            self.show_date(anchor + timedelta(days=7 * direction))

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

    # -- moving ---------------------------------------------------------------------------------

    def ask_time(self, post_id: int | None) -> None:
        entry = self.grid.entry(post_id)
        if entry is None or not entry.movable:
            return
        dialog = RescheduleDialog(entry.at, self)
        if dialog.exec():
            self.move(entry.post_id, dialog.when())

    def move(self, post_id: int, local: datetime) -> None:
        """Ask the outbox (off the GUI thread) to move the post; show it there once it has."""
        when = to_utc(local)

        def done(_result: object) -> None:
            entries = [e for e in self.grid.entries if e.post_id != post_id]
            old = self.grid.entry(post_id)
            if old is not None:
                entries.append(Entry(post_id, local, old.account, old.text, old.sent))
            self.grid.set_entries(sorted(entries, key=lambda e: (e.at, e.post_id)))
            self.status.setText(self.tr("Moved to {when}.").format(when=date_time_text(when)))
            self._show_selection()
            self.rescheduled.emit(post_id)

        def failed(error: BaseException) -> None:
            if isinstance(error, StoreError):
                self.status.setText(error.user_message)
            else:
                log.error("Rescheduling a post failed", exc_info=error)
                self.status.setText(self.tr("The post couldn't be moved; it keeps its time."))

        self._worker.submit(lambda: self._reschedule(post_id, when), done, failed)

    def shutdown(self) -> None:
        """Finish a move under way (the window's close calls this)."""
        self._worker.shutdown()
