"""The left-hand drafts list: search box, view and sort choices, and a two-line item per draft."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from desktop.core.drafts import DraftQuery, Sort, View
from desktop.ui.a11y import buddy_label, name_clear_button
from desktop.ui.contrast import make_secondary
from desktop.ui.drafts_model import DraftRoles, DraftsModel

if TYPE_CHECKING:  # (made on the first row's paint, after the window shows: see paint)
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

SEARCH_DELAY_MS = 120
SEARCH_MAX_CHARS = 1_000  # a pasted document is cut here; the store searches fewer words still
SHOWN_SEARCH_CHARS = 60  # of the search text repeated in "No drafts match …"


class DraftDelegate(QStyledItemDelegate):
    """Title and time on the first line, the start of the text below in a quieter colour."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, line * 2 + 14)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # built on the first row's paint (see outlined_style); the style option's type with them
        from PySide6.QtCore import Qt  # (the Qt namespace too: test_startup_path)
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_color = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect = opt.rect.adjusted(8, 6, -8, -6)
        metrics = QFontMetrics(opt.font)
        line = metrics.lineSpacing()
        when = index.data(DraftRoles.UPDATED) or ""
        when_width = metrics.horizontalAdvance(when) + 8
        painter.save()
        bold = opt.font
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        title_rect = QRect(rect.left(), rect.top(), rect.width() - when_width, line)
        title = QFontMetrics(bold).elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(option.font)
        painter.setPen(quiet)
        painter.drawText(
            QRect(rect.right() - when_width, rect.top(), when_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            when,
        )
        second = QRect(rect.left(), rect.top() + line, rect.width(), line)
        if posted := index.data(DraftRoles.POSTED):  # where and when it went out, before the text
            symbol = index.data(DraftRoles.POSTED_MARK)
            mark = metrics.elidedText(f"{symbol} {posted}", Qt.TextElideMode.ElideRight, second.width())
            painter.setPen(text_color)
            painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, mark)
            second.setLeft(second.left() + metrics.horizontalAdvance(mark + "   "))
            painter.setPen(quiet)
        snippet = metrics.elidedText(
            index.data(DraftRoles.SNIPPET) or "", Qt.TextElideMode.ElideRight, max(0, second.width())
        )
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, snippet)
        painter.restore()


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
        self.list.setItemDelegate(DraftDelegate(self.list))
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

    def add_clear_button(self) -> None:
        """The search box's clear button, after the first paint (``MainWindow.finish_building``): loading its
        icon takes some 5 ms, and with the box empty the button is not drawn (the box looks the same).
        Escape's shortcut comes now too (see menus._set_shortcuts)."""
        from PySide6.QtGui import QKeySequence

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
