"""The window's dialogs are made for one showing each: ``disposable`` deletes one once it is closed, so
opening Who publishes…, Join team…, Settings… again and again doesn't pile up hidden dialogs (and all
their widgets) under the window for as long as it is open. An answer from background work that comes
back after its dialog has gone is dropped (``while_there``), as the window's own are after it closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog
from shiboken6 import Shiboken

D = TypeVar("D", bound=QDialog)


def disposable(dialog: D) -> D:
    """``dialog``, deleted once it finishes (closed, accepted or rejected). The deletion waits for the
    event loop, so what opened it still reads it after ``exec()`` returns or in its own ``finished``."""
    dialog.finished.connect(dialog.deleteLater)
    return dialog


def while_there(dialog: QDialog, answer: Callable[..., None]) -> Callable[..., None]:
    """``answer``, called only while ``dialog`` still exists (work finished after it was closed)."""

    def answered(*args: Any) -> None:
        if Shiboken.isValid(dialog):
            answer(*args)

    return answered
