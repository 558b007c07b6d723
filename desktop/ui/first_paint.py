"""Run something once a window has drawn its first frame (start-up work that must not delay it)."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(1000, self._run)  # a window never painted (minimised, offscreen) starts too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest, QEvent.Type.Expose):
            QTimer.singleShot(0, self._run)  # after this frame, not inside it
        return False

    def _run(self) -> None:
        if not self._done:
            self._done = True
            self.parent().removeEventFilter(self)
            self._then()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    _FirstPaint(window, then)


def freeze_start_up_objects() -> None:
    """Take what start-up built (modules, Qt wrappers, SQLAlchemy's tables: most of the heap) out of the
    garbage collector's sight, once the window has its drafts. A full collection then walks only what was
    made since, instead of stopping every thread for 50-140 ms in the middle of someone's typing."""
    from desktop.core.memory import release

    gc.collect(1)  # the young garbage first, so little of it is kept for good
    release()  # and start-up's cached source lines and free heap pages go back to the system
    gc.freeze()
