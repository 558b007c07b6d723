"""The drafts list as a lazy Qt model: pages arrive as the view scrolls, never the whole table.

A new query (search text, view or sort) is answered on the reader thread; fetchMore pages are small
indexed keyset reads, cheap enough to run where Qt asks for them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from desktop.core.drafts import DraftQuery, DraftSummary

if TYPE_CHECKING:
    from desktop.core.store import DraftStore
from desktop.ui.workers import SerialWorker

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


class DraftRoles:
    ID = Qt.ItemDataRole.UserRole + 1
    SNIPPET = Qt.ItemDataRole.UserRole + 2
    UPDATED = Qt.ItemDataRole.UserRole + 3
    SUMMARY = Qt.ItemDataRole.UserRole + 4


def local_time_text(when: datetime) -> str:
    """'14:02' today, '21 Nov' this year, else '21 Nov 2025' — how desktop mail clients show it."""
    local = when.replace(tzinfo=UTC).astimezone()
    now = datetime.now().astimezone()
    if local.date() == now.date():
        return local.strftime("%H:%M")
    if local.year == now.year:
        return local.strftime("%d %b").lstrip("0")
    return local.strftime("%d %b %Y").lstrip("0")


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
        self._generation += 1
        generation, query, store = self._generation, self._query, self._store
        self._reader.submit(
            lambda: store.page(query, None, PAGE_SIZE),
            lambda rows: self._apply_first_page(generation, rows),
        )

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
        if parent.isValid() or self._exhausted or not self._rows or self._store is None:
            return
        after = self._rows[-1].cursor(self._query.sort)
        page = self._store.page(self._query, after, PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
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
            return self.tr("{title}, edited {when}").format(
                title=row.title or self.tr("Untitled draft"), when=local_time_text(row.updated_at)
            )
        if role == DraftRoles.ID:
            return row.id
        if role == DraftRoles.SNIPPET:
            return row.snippet
        if role == DraftRoles.UPDATED:
            return local_time_text(row.updated_at)
        if role == DraftRoles.SUMMARY:
            return row
        return None

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
