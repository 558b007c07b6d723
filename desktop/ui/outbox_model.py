"""The Outbox as a Qt table model: one row per post, its state in words a person can act on.

A post that waits says why (``core.waiting``, the same reasons ``crier outbox`` gives); times that
matter (a schedule, a retry, when it was queued and sent) are written with the date and the time.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.core.networks import NETWORK_NAMES
from desktop.core.posts import PostView, State
from desktop.core.waiting import Wait, WaitReason, why_waiting
from desktop.ui.contrast import severity_colour
from desktop.ui.dates import date_time_text
from desktop.ui.i18n import shown
from desktop.ui.icons import network_icon

Index = QModelIndex | QPersistentModelIndex
POST_ROLE = Qt.ItemDataRole.UserRole + 10


class OutboxModel(QAbstractTableModel):
    COLUMNS = ("state", "account", "text", "detail", "override", "queued", "sent")  # the view shows times 4th

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posts: list[PostView] = []
        self._unreachable: dict[int, str] = {}  # account -> why its network didn't answer the last probe
        self._waits: dict[int, WaitReason] = {}

    def wait_texts(self) -> dict[Wait, str]:
        """``core.waiting.WAIT_TEXTS``, translated (tests/test_outbox_waits.py holds the two equal)."""
        return {
            Wait.ACCOUNT: self.tr("Waiting: the account needs connecting"),
            Wait.SCHEDULED: self.tr("Scheduled for {when}"),
            Wait.OFFLINE: self.tr("Waiting: {network} can't be reached"),
            Wait.PROXY: self.tr("Waiting: your organisation's proxy asked for a sign-in"),
            Wait.PAIR_WELSH: self.tr("Waiting for its Welsh pair to go out"),
            Wait.PAIR_ENGLISH: self.tr("Waiting for its English pair"),
            Wait.BEHIND: self.tr("Queued behind post {post} of the same account"),
            Wait.RETRY: self.tr("Retrying at {when}"),
            Wait.READY: self.tr("Queued: ready to send"),
        }

    def set_posts(self, posts: list[PostView]) -> None:
        """Replace the rows, keeping the view's selection stable where the ids stay the same."""
        self._waits = why_waiting(posts, unreachable=self._unreachable)
        if [p.id for p in posts] == [p.id for p in self._posts]:
            self._posts = posts
            self._changed()
            return
        self.beginResetModel()
        self._posts = posts
        self.endResetModel()

    def set_unreachable(self, accounts: Mapping[int, str]) -> None:
        """The accounts whose network didn't answer the last probe (with the problem's kind): their posts
        wait for it.
        """
        self._unreachable = dict(accounts)
        self._waits = why_waiting(self._posts, unreachable=self._unreachable)
        self._changed()

    def _changed(self) -> None:
        if self._posts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._posts) - 1, len(self.COLUMNS) - 1))

    def posts(self) -> list[PostView]:
        return list(self._posts)

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
                self.tr("Queued", "column: when the post was queued"),
                self.tr("Sent", "column: when the post was sent"),
            )[section]
        return None

    def wait_text(self, reason: WaitReason) -> str:
        return self.wait_texts()[reason.kind].format(
            when=date_time_text(reason.when) if reason.when else "",
            network=reason.network,
            post=reason.behind,
        )

    def state_text(self, post: PostView) -> str:
        if (reason := self._waits.get(post.id)) is not None:
            return self.wait_text(reason)
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
            if column == "queued":
                return _when(post.created_at)
            if column == "sent":
                return _when(post.sent_at)
            if column == "override":
                return post.override_reason
            if post.state is State.SENT:
                return post.remote_url or shown(post.error) or self.tr("Posted")
            return shown(post.error or post.pair_hold)  # kept as source and values: in the reader's words
        if role == Qt.ItemDataRole.DecorationRole and column == "account":
            return network_icon(post.network)
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown(post.error) or post.text[:500]
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            if post.state is State.NEEDS_ATTENTION:  # (the words say it too: colour is never alone)
                return QColor(severity_colour("error"))
            if post.state is State.SENT:
                return QColor(severity_colour("ok"))
        return None


def _when(value: datetime | None) -> str:
    return date_time_text(value) if value else ""
