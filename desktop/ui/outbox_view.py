"""The Outbox panel: every post with its state, and the buttons to act on the selected one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.posts import PostView, State
from desktop.ui.i18n import shown
from desktop.ui.outbox_model import POST_ROLE, OutboxModel


class OutboxPanel(QWidget):
    send_now = Signal(int)
    retry = Signal(int)
    cancel = Signal(int)
    edit = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OutboxModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Outbox"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        for column in (5, 6):  # when it was queued and sent, shown after the text
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            header.moveSection(column, column - 2)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label in (
            ("send_now", self.tr("Send &now")),
            ("retry", self.tr("Re&try")),
            ("edit", self.tr("Edit (back to &drafts)")),
            ("cancel", self.tr("&Cancel")),
            ("open", self.tr("O&pen post")),
            ("copy", self.tr("Cop&y error")),
        ):
            button = QPushButton(label, self)
            button.setAccessibleName(label.replace("&", ""))
            button.clicked.connect(lambda _checked=False, k=key: self._act(k))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.model.dataChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def selected(self) -> PostView | None:
        index: QModelIndex = self.table.currentIndex()
        return index.data(POST_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        post = self.selected()
        state = post.state if post else None
        self.buttons["send_now"].setEnabled(state in (State.SCHEDULED, State.WAITING))
        self.buttons["retry"].setEnabled(state is State.NEEDS_ATTENTION)
        unsent = state in (State.QUEUED, State.SCHEDULED, State.WAITING, State.NEEDS_ATTENTION)
        untouched = bool(post) and not post.remote_ids
        self.buttons["cancel"].setEnabled(unsent and untouched)
        self.buttons["edit"].setEnabled(unsent and untouched and post.draft_id is not None)
        self.buttons["open"].setEnabled(bool(post and post.remote_url))
        self.buttons["copy"].setEnabled(bool(post and post.error))

    def _act(self, key: str) -> None:
        post = self.selected()
        if post is None:
            return
        if key == "open":
            QDesktopServices.openUrl(QUrl(post.remote_url))
        elif key == "copy":
            QGuiApplication.clipboard().setText(shown(post.error))  # as the row shows it
        else:
            getattr(self, key).emit(post.id)
