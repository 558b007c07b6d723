"""Where the keyboard is, made plain: a focus ring everyone can see, and focus that comes back after a dialog.

A 2-pixel ring goes around the widget that has the keyboard.

Fusion and some platform styles mark focus with a thin light outline (under 2:1 on white), which keyboard
users lose. A ring drawn just outside the focused widget works the same in every style, and its colour is
the palette's highlight, moved towards the text colour until it reaches WCAG 2.2's 3:1 for focus
indicators against the window and field backgrounds (so it follows dark and high-contrast themes too).

When a dialog closes, the keyboard goes back to the control it came from. Window managers usually do this
by re-activating the window, but not all do (nor a bare X session, nor some remote desktops), and a
keyboard user is then left nowhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QRegion
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMenu, QMenuBar, QSplitter, QWidget
from shiboken6 import Shiboken

from desktop.ui.contrast import over, ratio

RING_WIDTH = 2
FOCUS_CONTRAST = 3.0
Role = QPalette.ColorRole


def ring_colour(palette: QPalette) -> QColor:
    """The highlight colour, or the nearest step towards the text colour that is 3:1 on both backgrounds."""
    start, text = palette.color(Role.Highlight), palette.color(Role.WindowText)
    backgrounds = (palette.color(Role.Window), palette.color(Role.Base))
    for step in range(11):
        t = step / 10
        base = over(start, backgrounds[0])
        colour = QColor(
            *(round((1 - t) * b + t * f) for b, f in zip(base.getRgb()[:3], text.getRgb()[:3], strict=True))
        )
        if all(ratio(colour, background) >= FOCUS_CONTRAST for background in backgrounds):
            return colour
    return text


class _Ring(QWidget):
    """Drawn over the focused widget's parent, just around the widget; mouse clicks pass through it."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.colour = QColor()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.colour, RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 3, 3)


class FocusRing(QObject):
    """Follows QApplication's focus; one per application (see ``install``)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: _Ring | None = None
        self.target: QWidget | None = None
        app.focusChanged.connect(self._follow)

    def _valid_ring(self) -> _Ring:
        if self.ring is None or not Shiboken.isValid(self.ring):  # its last parent took it along
            self.ring = _Ring()
        return self.ring

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.target is not None and Shiboken.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = None
        ring = self._valid_ring()
        parent = new.parentWidget() if new is not None else None
        while isinstance(parent, QSplitter):  # a splitter would take the ring in as one of its panes
            parent = parent.parentWidget()
        if new is None or parent is None or new.isWindow() or isinstance(new, (QMenu, QMenuBar)):
            ring.hide()
            return
        self.target = new
        new.installEventFilter(self)
        if ring.parentWidget() is not parent:
            ring.setParent(parent)
        ring.colour = ring_colour(new.palette())
        self._place()

    def _place(self) -> None:
        ring, target = self._valid_ring(), self.target
        if target is None or not Shiboken.isValid(target) or not target.isVisible():
            ring.hide()
            return
        margin = RING_WIDTH + (0 if isinstance(target, QAbstractButton) else 1)
        place = QRect(target.mapTo(ring.parentWidget(), QPoint(0, 0)), target.size())
        ring.setGeometry(place.adjusted(-margin, -margin, margin, margin))
        # only the frame belongs to the ring: the widget inside repaints (every keystroke) without it
        inner = ring.rect().adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH, -RING_WIDTH)
        ring.setMask(QRegion(ring.rect()).subtracted(QRegion(inner)))
        ring.show()
        ring.raise_()
        ring.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.ZOrderChange,
        ):
            self._place()
        return False


class FocusReturn(QObject):
    """Remembers the control each dialog took the keyboard from, and gives it back when the dialog hides."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._came_from: dict[QDialog, QWidget] = {}
        app.focusChanged.connect(self._moved)

    def _moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is None or new is None:
            return
        dialog = new.window()
        if not isinstance(dialog, QDialog) or dialog is old.window() or dialog in self._came_from:
            return
        self._came_from[dialog] = old
        dialog.installEventFilter(self)
        dialog.destroyed.connect(lambda *_: self._came_from.pop(dialog, None))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and watched in self._came_from:
            target = self._came_from.pop(watched)  # type: ignore[call-overload]
            watched.removeEventFilter(self)
            if Shiboken.isValid(target) and target.isVisible() and target.isEnabled():
                target.window().activateWindow()
                target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        return False


def install(app: QApplication | None = None) -> FocusRing:
    """The application's focus ring and focus return, made on first call."""
    app = app or QApplication.instance()
    existing = app.findChild(FocusRing)
    if existing is not None:
        return existing
    FocusReturn(app)
    return FocusRing(app)
