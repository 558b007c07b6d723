"""A focus indicator everyone can see: a 2-pixel ring around the widget that has the keyboard.

Fusion and some platform styles mark focus with a thin light outline (under 2:1 on white), which keyboard
users lose. A ring drawn just outside the focused widget works the same in every style, and its colour is
the palette's highlight, moved towards the text colour until it reaches WCAG 2.2's 3:1 for focus
indicators against the window and field backgrounds (so it follows dark and high-contrast themes too).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QMenuBar, QWidget
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
        ring.setGeometry(QRect(target.geometry()).adjusted(-margin, -margin, margin, margin))
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


def install(app: QApplication | None = None) -> FocusRing:
    """The application's focus ring, made on first call."""
    app = app or QApplication.instance()
    existing = app.findChild(FocusRing)
    return existing if existing is not None else FocusRing(app)
