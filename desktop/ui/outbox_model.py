"""The Outbox as a Qt table model: one row per post, its state in words a person can act on."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.core.networks import NETWORK_NAMES
from desktop.core.outbox import PostView, State
from desktop.ui.drafts_model import local_time_text
from desktop.ui.icons import network_icon

Index = QModelIndex | QPersistentModelIndex
POST_ROLE = Qt.ItemDataRole.UserRole + 10


class OutboxModel(QAbstractTableModel):
    COLUMNS = ("state", "account", "text", "detail", "override")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posts: list[PostView] = []

    def set_posts(self, posts: list[PostView]) -> None:
        """Replace the rows, keeping the view's selection stable where the ids stay the same."""
        if [p.id for p in posts] == [p.id for p in self._posts]:
            self._posts = posts
            if posts:
                self.dataChanged.emit(self.index(0, 0), self.index(len(posts) - 1, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self._posts = posts
        self.endResetModel()

    def post(self, row: int) -> PostView | None:
        return self._posts[row] if 0 <= row < len(self._posts) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._posts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Status"),
                self.tr("Account"),
                self.tr("Post"),
                self.tr("Details"),
                self.tr("Override reason"),
            )[section]
        return None

    def state_text(self, post: PostView) -> str:
        if post.state in (State.QUEUED, State.SCHEDULED) and not post.account_connected:
            return self.tr("Waiting: the account needs connecting")
        if post.state in (State.QUEUED, State.SCHEDULED) and post.pair_hold:
            return self.tr("Waiting for its pair")  # why is in Details (outbox.pair_hold)
        if post.state is State.SCHEDULED and post.scheduled_at:
            return self.tr("Scheduled for {when}").format(when=local_time_text(post.scheduled_at))
        if post.state is State.WAITING and post.next_attempt_at:
            return self.tr("Retrying at {when}").format(when=local_time_text(post.next_attempt_at))
        if post.state is State.SENT and len(post.parts) > 1:
            return self.tr("Sent (%n parts)", "", len(post.parts))
        if post.state is State.SENDING and len(post.parts) > 1:
            return self.tr("Sending part {i} of {n}").format(i=len(post.remote_ids) + 1, n=len(post.parts))
        return {
            State.QUEUED: self.tr("Queued"),
            State.SENDING: self.tr("Sending…"),
            State.SENT: self.tr("Sent"),
            State.NEEDS_ATTENTION: self.tr("Needs attention"),
            State.CANCELLED: self.tr("Cancelled"),
        }.get(post.state, post.state.value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        post = self.post(index.row()) if index.isValid() else None
        if post is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == POST_ROLE:
            return post
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "state":
                return self.state_text(post)
            if column == "account":
                return f"{NETWORK_NAMES.get(post.network, post.network)} · {post.account}"
            if column == "text":
                return " ".join(post.text.split())[:200]
            if column == "override":
                return post.override_reason
            if post.state is State.SENT:
                return post.remote_url or post.error or self.tr("Posted")
            return post.error or post.pair_hold
        if role == Qt.ItemDataRole.DecorationRole and column == "account":
            return network_icon(post.network)
        if role == Qt.ItemDataRole.ToolTipRole:
            return post.error or post.text[:500]
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            if post.state is State.NEEDS_ATTENTION:
                return QColor("#b00020")
            if post.state is State.SENT:
                return QColor("#1b7f3b")
        return None
