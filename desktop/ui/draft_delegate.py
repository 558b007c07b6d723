"""How a draft's row in the list looks: title and time on the first line, the start of the text below.
Made after the first paint (``DraftsPanel.finish_building``): the list has no rows before then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QStyledItemDelegate

from desktop.ui.drafts_model import DraftRoles

if TYPE_CHECKING:  # (made on the first row's paint: see paint)
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem


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
