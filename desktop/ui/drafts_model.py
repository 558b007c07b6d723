"""The drafts list as a lazy Qt model: pages arrive as the view scrolls, never the whole table.

Every read (a new query's first page and each further page fetchMore asks for) runs on the reader
thread, never the GUI thread. A newer query cancels the reads of the older one, so a slow search can't
hold up the next; rows arrive when their page does.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.core.drafts import DraftQuery, DraftSummary, SearchCancelled
from desktop.core.outbox import PostView, State
from desktop.ui.dates import local_date_and_time, local_time_text

if TYPE_CHECKING:
    from desktop.core.store import DraftStore
from desktop.ui.workers import SerialWorker

log = logging.getLogger(__name__)

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


class DraftRoles:
    ID = Qt.ItemDataRole.UserRole + 1
    SNIPPET = Qt.ItemDataRole.UserRole + 2
    UPDATED = Qt.ItemDataRole.UserRole + 3
    SUMMARY = Qt.ItemDataRole.UserRole + 4
    POSTED = Qt.ItemDataRole.UserRole + 5  # "Posted to @x on 6 Dec at 12:00", or "" when not posted


class DraftsModel(QAbstractListModel):
    loaded = Signal(int)  # rows after a (re)load, for "No drafts match" messages and tests

    def __init__(self, reader: SerialWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: DraftStore | None = None
        self._reader = reader
        self._rows: list[DraftSummary] = []
        self._query = DraftQuery()
        self._exhausted = True
        self._generation = 0
        self._cancel = threading.Event()  # set when the current query's reads are no longer wanted
        self._fetching = False
        self._postings: dict[int, list[PostView]] = {}  # draft id -> its sent posts, oldest first

    # -- querying -------------------------------------------------------------------------------

    @property
    def query(self) -> DraftQuery:
        return self._query

    def attach(self, store: DraftStore) -> None:
        self._store = store
        self.reload()

    def set_query(self, query: DraftQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        if self._store is None:
            return
        self._cancel.set()  # the older query's reads stop where they are
        self._cancel = cancel = threading.Event()
        self._generation += 1
        self._fetching = False
        generation, query, store = self._generation, self._query, self._store
        self._reader.submit(
            lambda: store.page(query, None, PAGE_SIZE, cancelled=cancel.is_set),
            lambda rows: self._apply_first_page(generation, rows),
            self._read_failed,
        )

    @staticmethod
    def _read_failed(error: BaseException) -> None:
        if not isinstance(error, SearchCancelled):
            log.error("Reading the drafts list failed", exc_info=error)

    def refresh(self) -> None:
        """Re-read the first page after another process changed the database; quiet if nothing differs."""
        if self._store is None:
            return
        generation, query, store = self._generation, self._query, self._store

        def apply(rows: list[DraftSummary]) -> None:
            shown = self._rows if len(rows) < PAGE_SIZE else self._rows[: len(rows)]
            if sorted(rows, key=lambda r: r.id) != sorted(shown, key=lambda r: r.id):
                self._apply_first_page(generation, rows)  # (this window's own saves are shown already)

        self._reader.submit(lambda: store.page(query, None, PAGE_SIZE), apply, self._read_failed)

    def _apply_first_page(self, generation: int, rows: list[DraftSummary]) -> None:
        if generation != self._generation:
            return  # an older search finished after a newer one started
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < PAGE_SIZE
        self.endResetModel()
        self.loaded.emit(len(self._rows))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Ask the reader for the next page; one at a time, and its rows are appended when it arrives."""
        if parent.isValid() or self._exhausted or self._fetching or not self._rows or self._store is None:
            return
        self._fetching = True
        generation, query, store, cancel = self._generation, self._query, self._store, self._cancel
        after = self._rows[-1].cursor(query.sort)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._fetching = False
            self._read_failed(error)

        self._reader.submit(
            lambda: store.page(query, after, PAGE_SIZE, cancelled=cancel.is_set),
            lambda page: self._append_page(generation, page),
            failed,
        )

    def _append_page(self, generation: int, page: list[DraftSummary]) -> None:
        if generation != self._generation:
            return  # the list was reloaded while this page was being read
        self._fetching = False
        self._exhausted = len(page) < PAGE_SIZE
        known = {row.id for row in self._rows}  # a draft upserted meanwhile may be in this page too
        page = [row for row in page if row.id not in known]
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or self.tr("Untitled draft")
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.snippet[:160] or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = self.tr("{title}, edited {when}").format(
                title=row.title or self.tr("Untitled draft"), when=local_time_text(row.updated_at)
            )
            return ", ".join(filter(None, [said, self.posted_text(row.id, row.status)]))
        if role == DraftRoles.ID:
            return row.id
        if role == DraftRoles.SNIPPET:
            return row.snippet
        if role == DraftRoles.UPDATED:
            return local_time_text(row.updated_at)
        if role == DraftRoles.SUMMARY:
            return row
        if role == DraftRoles.POSTED:
            return self.posted_text(row.id, row.status)
        return None

    # -- where and when each draft went out (from the outbox the sync controller reads) ------------

    def set_postings(self, posts: list[PostView]) -> None:
        """The sent posts, so a posted draft says where and when; rows repaint, nothing is re-read."""
        postings: dict[int, list[PostView]] = {}
        for post in sorted(posts, key=lambda p: p.sent_at or p.updated_at):
            if post.state is State.SENT and post.draft_id is not None:
                postings.setdefault(post.draft_id, []).append(post)
        if postings != self._postings:
            self._postings = postings
            if self._rows:
                self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [DraftRoles.POSTED])

    def postings(self, draft_id: int) -> list[PostView]:
        return self._postings.get(draft_id, [])

    def posted_where(self, draft_id: int) -> tuple[str, str, str] | None:
        """(the accounts it went to, the date and the time it last went out), or None."""
        sent = self.postings(draft_id)
        if not sent:
            return None
        date, time = local_date_and_time(sent[-1].sent_at or sent[-1].updated_at)
        return ", ".join(dict.fromkeys(p.account for p in sent)), date, time

    def posted_text(self, draft_id: int, status: str = "") -> str:
        if (where := self.posted_where(draft_id)) is None:
            return self.tr("Posted") if status == "sent" else ""  # (older than the outbox list)
        accounts, date, time = where
        return self.tr("Posted to {accounts} on {date} at {time}").format(
            accounts=accounts, date=date, time=time
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- keeping rows current without a reload --------------------------------------------------

    def row_of(self, draft_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == draft_id:
                return i
        return -1

    def upsert(self, summary: DraftSummary) -> None:
        """Show a saved draft's new title and time in place, or a new draft at the top."""
        row = self.row_of(summary.id)
        if row >= 0:
            self._rows[row] = summary
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, summary)
        self.endInsertRows()

    def remove_ids(self, ids: set[int]) -> None:
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].id in ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
