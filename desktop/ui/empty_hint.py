"""What the editor shows with no draft open. The first screen shows it too, on a page of its own: the
editor itself (title, text, counts, images, the bilingual pane and their modules) is built after the first
paint (``MainWindow.finish_building``), and until the drafts are open there is no draft for it to show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.contrast import make_secondary


def empty_hint(parent: QWidget) -> QLabel:
    label = QLabel(
        QCoreApplication.translate(
            "DraftEditor", "Select a draft on the left, or press Ctrl+N to start a new one."
        ),
        parent,
    )
    label.setWordWrap(True)
    make_secondary(label)
    return label


def hint_page(parent: QWidget) -> QWidget:
    """The hint where the editor will be, in the editor's margins (so nothing moves when it comes)."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(empty_hint(page))
    return page
