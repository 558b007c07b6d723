"""The calendar's grid: a week (days × hours) or a month (six weeks of days), a chip per post.

Painted rather than built from item views, so a post can be dragged between cells and the day names stay
in sight while the hours scroll. Each shown post also has a :class:`Chip`, an invisible child widget over
its painted chip: it is what the keyboard focuses (Tab and the arrow keys go from post to post) and what a
screen reader announces ("time, account, start of text"). Choosing and moving by keyboard is here too; the
window that asks the outbox to move a post is ``calendar_view``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolTip, QWidget

from desktop.core.posts import PostView, State
from desktop.ui.dates import date_time_text

Role = QPalette.ColorRole
HOURS = range(24)
MONTH_ROWS = 6
#: How much of a post's text a chip's accessible name says.
NAME_CHARS = 80


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


def _wrap(metrics: QFontMetrics, text: str, width: int, lines: int) -> list[str]:
    """``text`` in at most ``lines`` lines of ``width``, word by word, the last one cut with an ellipsis."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        out.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return out


class Chip(QAbstractButton):
    """One shown post, for the keyboard and screen readers: the grid paints it and takes its mouse events;
    this takes the focus (so Tab and the arrow keys reach each post) and carries its accessible name.
    A button, so a screen reader says it can be acted on (Enter reschedules)."""

    def __init__(self, grid: CalendarGrid, post_id: int) -> None:
        super().__init__(grid)
        self.grid, self.post_id = grid, post_id
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click is the grid's: it chooses, then focuses this
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Nothing: the grid has painted the chip underneath."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.grid.select(self.post_id)
        self.grid.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.grid.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.grid.keyPressEvent(event)  # arrows, Alt+arrows and Enter mean the same as on the grid


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
        self._month = False
        self._anchor = date.today()
        self.entries: list[Entry] = []
        self.chips: dict[int, Chip] = {}  # post id → its focusable, named chip
        self.selected: int | None = None
        self._press: QPoint | None = None
        self._drag_target: tuple[date, int | None] | None = None

    # -- what is shown --------------------------------------------------------------------------

    @property
    def month(self) -> bool:
        return self._month

    @month.setter
    def month(self, month: bool) -> None:
        self._month = month
        self._place_chips()

    @property
    def anchor(self) -> date:
        return self._anchor

    @anchor.setter
    def anchor(self, day: date) -> None:
        self._anchor = day
        self._place_chips()

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
        self._update_chips()
        self.updateGeometry()
        self.update()

    def chip_name(self, entry: Entry) -> str:
        """What a screen reader says of a post: when, the account and the start of the text."""
        day = QLocale().dayName(entry.at.isoweekday(), QLocale.FormatType.LongFormat)
        when = f"{day} {date_time_text(to_utc(entry.at))}"
        text = entry.text if len(entry.text) <= NAME_CHARS else entry.text[: NAME_CHARS - 1].rstrip() + "…"
        said = (
            self.tr("Sent {when}, {account}, {text}") if entry.sent else self.tr("{when}, {account}, {text}")
        )
        return said.format(when=when, account=entry.account, text=text)

    def _update_chips(self) -> None:
        """A chip per post, named for it and in time order for Tab (the focused one kept across a move)."""
        ids = {e.post_id for e in self.entries}
        for post_id in [i for i in self.chips if i not in ids]:
            chip = self.chips.pop(post_id)
            if chip.hasFocus():
                self.setFocus(Qt.FocusReason.OtherFocusReason)
            chip.deleteLater()
        previous: QWidget = self
        for entry in self.entries:
            chip = self.chips.get(entry.post_id)
            if chip is None:
                chip = self.chips[entry.post_id] = Chip(self, entry.post_id)
            chip.setAccessibleName(self.chip_name(entry))
            chip.setAccessibleDescription(
                self.tr("Sent: it can't be moved.")
                if entry.sent
                else self.tr("Scheduled: Alt+arrow keys move it, Enter chooses another time.")
            )
            QWidget.setTabOrder(previous, chip)
            previous = chip
        self._place_chips()

    def _place_chips(self) -> None:
        """Each chip over its post where the period shows it; hidden (so Tab skips it) where it does not."""
        rects = self.chip_rects()
        for post_id, chip in self.chips.items():
            rect = rects.get(post_id)
            if rect is None and chip.hasFocus():
                self.setFocus(Qt.FocusReason.OtherFocusReason)  # not to a control outside the calendar
            if rect is not None:
                chip.setGeometry(rect)
            chip.setVisible(rect is not None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_chips()

    def has_focus_within(self) -> bool:
        return self.hasFocus() or any(chip.hasFocus() for chip in self.chips.values())

    def entry(self, post_id: int | None) -> Entry | None:
        return next((e for e in self.entries if e.post_id == post_id), None)

    def visible_entries(self) -> list[Entry]:
        days = self.days()
        return [e for e in self.entries if days[0] <= e.at.date() <= days[-1]]

    def select(self, post_id: int | None) -> None:
        """Choose a post; when the calendar has the keyboard, the post's chip takes it and is announced (a
        post a full month's day has no room to show leaves it on the grid, whose description names it)."""
        if post_id != self.selected:
            self.selected = post_id
            self.selection_changed.emit()
            self.update()
        if self.has_focus_within():
            chip = self.chips.get(post_id) if post_id is not None else None
            target = chip if chip is not None and chip.isVisible() else self
            if not target.hasFocus():
                target.setFocus(Qt.FocusReason.OtherFocusReason)

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
                2 if selected and self.has_focus_within() else 1,
            )
            if entry.sent:
                border.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(border)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            time = QLocale().toString(QTime(entry.at.hour, entry.at.minute), QLocale.FormatType.ShortFormat)
            painter.setPen(pen)
            mark = "✓ " if entry.sent else ""  # sent is said in a sign too, not by the dashed border alone
            room = max(1, (rect.height() - 2) // metrics.lineSpacing())  # a week's hour has two lines
            text = "\n".join(_wrap(metrics, f"{mark}{time} {entry.text}", rect.width() - 6, room))
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
        self.select(chip)  # and the chip takes the focus
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
