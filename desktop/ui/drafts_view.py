"""The left-hand drafts list: search box, view and sort choices, and a two-line item per draft."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.drafts import DraftQuery, Sort, View
from desktop.ui.a11y import buddy_label, name_clear_button
from desktop.ui.contrast import make_secondary

if TYPE_CHECKING:
    from desktop.ui.drafts_model import DraftsModel

SEARCH_DELAY_MS = 120
SEARCH_MAX_CHARS = 1_000  # a pasted document is cut here; the store searches fewer words still
SHOWN_SEARCH_CHARS = 60  # of the search text repeated in "No drafts match …"


class DraftsPanel(QWidget):
    query_changed = Signal(object)  # DraftQuery

    def __init__(self, model: DraftsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search drafts (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search drafts"))
        self.search.setMaxLength(SEARCH_MAX_CHARS)
        self.clear_search_action = QAction(self.tr("Clear search"), self.search)
        self.clear_search_action.setProperty("shortcutContext", "WidgetShortcut")  # by name: see menus
        self.clear_search_action.triggered.connect(self._escape_search)
        self.search.addAction(self.clear_search_action)

        self.view_choice = QComboBox(self)
        self.view_choice.setAccessibleName(self.tr("Show"))
        self.view_choice.addItem(self.tr("All drafts"), View.DRAFTS)
        self.view_choice.addItem(self.tr("Not posted yet"), View.UNPOSTED)
        self.view_choice.addItem(self.tr("In the outbox"), View.QUEUED)
        self.view_choice.addItem(self.tr("Posted"), View.POSTED)
        self.view_choice.addItem(self.tr("Trash"), View.TRASH)
        self.sort_choice = QComboBox(self)
        self.sort_choice.setAccessibleName(self.tr("Sort by"))
        self.sort_choice.addItem(self.tr("Newest edits first"), Sort.NEWEST)
        self.sort_choice.addItem(self.tr("Oldest edits first"), Sort.OLDEST)
        self.sort_choice.addItem(self.tr("Title A–Z"), Sort.TITLE)

        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Drafts"))
        self.list.setModel(model)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.empty_label = QLabel(self)
        self.empty_label.setProperty("alignment", "AlignCenter")
        self.empty_label.setWordWrap(True)
        make_secondary(self.empty_label)

        self.view_label = buddy_label(self.tr("Sho&w:"), self.view_choice, self)
        self.sort_label = buddy_label(self.tr("S&ort by:"), self.sort_choice, self)
        choices = QHBoxLayout()
        choices.addWidget(self.view_label)
        choices.addWidget(self.view_choice)
        choices.addWidget(self.sort_label)
        choices.addWidget(self.sort_choice, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)  # room on the right for the focus ring (focus.py)
        layout.addWidget(self.search)
        layout.addLayout(choices)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit_query)
        self.search.textChanged.connect(self._debounce.start)
        self.view_choice.currentIndexChanged.connect(self._emit_query)
        self.sort_choice.currentIndexChanged.connect(self._emit_query)
        model.loaded.connect(self._update_empty_label)
        # a new draft is added to the list without a reload: "No drafts yet" must go then too
        model.rowsInserted.connect(lambda *_: self._update_empty_label(model.rowCount()))
        model.rowsRemoved.connect(lambda *_: self._update_empty_label(model.rowCount()))

    def finish_building(self) -> None:
        """After the first paint (``MainWindow.finish_building``), before the first row is read: the rows'
        two-line look (draft_delegate: its Qt types and enums are not built before the window shows), and
        the search box's clear button: loading its icon takes some 5 ms, and with the box empty the button
        is not drawn (the box looks the same). Escape's shortcut comes now too (see menus._set_shortcuts)."""
        from PySide6.QtGui import QKeySequence

        from desktop.ui.draft_delegate import DraftDelegate

        self.list.setItemDelegate(DraftDelegate(self.list))

        self.clear_search_action.setShortcuts([QKeySequence("Esc")])
        name_clear_button(self.search, self.tr("Clear search"))

    def _escape_search(self) -> None:
        """Escape clears the search (as in every search box); in an empty one it goes back to the list."""
        if self.search.text():
            self.search.clear()
            self._emit_query()
        else:
            self.list.setFocus()

    def current_query(self) -> DraftQuery:
        # Qt hands item data back as plain str; turn it back into the enums the store compares by identity.
        return DraftQuery(
            self.search.text(), View(self.view_choice.currentData()), Sort(self.sort_choice.currentData())
        )

    def _emit_query(self) -> None:
        self._debounce.stop()
        self.query_changed.emit(self.current_query())

    def _update_empty_label(self, rows: int) -> None:
        query = self.model.query
        if rows:
            self.empty_label.hide()
            return
        if query.text.strip():
            shown = " ".join(query.text.split())
            if len(shown) > SHOWN_SEARCH_CHARS:
                shown = shown[: SHOWN_SEARCH_CHARS - 1] + "…"
            self.empty_label.setText(self.tr("No drafts match “{text}”.").format(text=shown))
        elif query.view is View.TRASH:
            self.empty_label.setText(self.tr("The Trash is empty."))
        else:
            self.empty_label.setText(self.tr("No drafts yet. Press Ctrl+N to write one."))
        self.empty_label.show()
