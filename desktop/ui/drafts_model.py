"""The drafts list as a lazy Qt model: pages arrive as the view scrolls, never the whole table.

Scrolled to the end of 100,000 drafts, the model holds every row's draft id but only ``KEEP`` rows'
titles and snippets (the first page, the last row and those shown most recently); a row shown again after
being let go is re-read by id on the reader thread and drawn when it arrives.

Every read (a new query's first page and each further page fetchMore asks for) runs on the ops' list
lane, never the GUI thread. A newer query cancels the reads of the older one, so a slow search can't
hold up the next; rows arrive when their page does. When an operation changes drafts (``Change.DRAFTS``)
the first page is read again, quietly unless the rows it holds differ.

Where and when each draft went out (its "Posted to …" mark) is asked by draft id, on the same lane, for
each page as it arrives, and again for a draft when the outbox shows one of its posts newly sent: exact for
a draft posted long ago, without reading the whole outbox.
"""

from __future__ import annotations

import logging
import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt: built on first use (tests/test_startup_path.py)
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)

from desktop.core.drafts import DraftQuery, SearchCancelled
from desktop.ui.dates import local_date_and_time, local_time_text
from desktop.ui.ops import LIST, Change, Failure, Ops

if TYPE_CHECKING:
    from collections.abc import Iterable

    from desktop.core.drafts import DraftSummary  # (loaded with the first draft: drafts.py)
    from desktop.core.outbox import Posted
    from desktop.core.posts import PostView
    from desktop.core.store import DraftStore

    PostedSource = Callable[[list[int]], dict[int, Posted]]

log = logging.getLogger(__name__)

PAGE_SIZE = 200
KEEP = 2_000  # summaries kept in memory (the first page and the last row always among them)
Index = QModelIndex | QPersistentModelIndex


class IdSet:
    """Draft ids as one bit each (row ids are small positive numbers): 100,000 in 12 KB, where a set of them
    holds 7 MB of hash table and int objects. An id past ``BITS`` (or below 0) goes in a plain set."""

    BITS = 1 << 26  # at most 8 MB of bits

    __slots__ = ("_bits", "_others")

    def __init__(self, ids: Iterable[int] = ()) -> None:
        self._bits = bytearray()
        self._others: set[int] = set()
        self.update(ids)

    def add(self, draft_id: int) -> None:
        if not 0 <= draft_id < self.BITS:
            self._others.add(draft_id)
            return
        byte = draft_id >> 3
        if byte >= len(self._bits):
            self._bits.extend(bytes(byte + 1 - len(self._bits) + len(self._bits) // 2))  # room to grow
        self._bits[byte] |= 1 << (draft_id & 7)

    def update(self, ids: Iterable[int]) -> None:
        for draft_id in ids:
            self.add(draft_id)

    def discard(self, draft_id: int) -> None:
        if not 0 <= draft_id < self.BITS:
            self._others.discard(draft_id)
        elif (byte := draft_id >> 3) < len(self._bits):
            self._bits[byte] &= 0xFF ^ (1 << (draft_id & 7))

    def __contains__(self, draft_id: object) -> bool:
        if not isinstance(draft_id, int) or not 0 <= draft_id < self.BITS:
            return draft_id in self._others
        byte = draft_id >> 3
        return byte < len(self._bits) and bool(self._bits[byte] >> (draft_id & 7) & 1)


class DraftRoles:
    """Qt.ItemDataRole.UserRole (256) and on, as ints: importing the model builds no Qt namespace."""

    ID = 256 + 1
    SNIPPET = 256 + 2
    UPDATED = 256 + 3
    SUMMARY = 256 + 4
    POSTED = 256 + 5  # "Posted to @x on 6 Dec at 12:00", or "" when not posted
    POSTED_MARK = 256 + 6  # "✓" once out, "…" while a team submission is on its way


class DraftsModel(QAbstractListModel):
    loaded = Signal(int)  # rows after a (re)load, for "No drafts match" messages and tests

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: DraftStore | None = None
        self._ops = ops
        ops.changed.connect(self._on_changed)
        self._ids = array("q")  # every loaded row's draft id, in list order
        self._known = IdSet()  # the same ids, for "is it loaded" without a scan
        self._kept: OrderedDict[int, DraftSummary] = OrderedDict()  # by id, least recently shown first
        self._tail: tuple[object, int] | None = None  # the cursor of the last row read
        self._wanted: set[int] = set()  # ids being re-read
        self._query = DraftQuery()
        self._exhausted = True
        self._generation = 0
        self._cancel = threading.Event()  # set when the current query's reads are no longer wanted
        self._fetching = False
        self._posted_source: PostedSource | None = None  # draft ids -> where each went out
        self._posted: dict[int, Posted] = {}  # the loaded drafts that went out
        self._sent_seen: set[int] = set()  # sent posts already accounted for

    # -- querying -------------------------------------------------------------------------------

    @property
    def query(self) -> DraftQuery:
        return self._query

    def attach(self, store: DraftStore, posted: PostedSource | None = None) -> None:
        """Read drafts from ``store``; ``posted`` (the service's) says where drafts went out."""
        self._store, self._posted_source = store, posted
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
        self._read(
            lambda: store.page(query, None, PAGE_SIZE, cancelled=cancel.is_set),
            lambda rows: self._apply_first_page(generation, rows),
        )

    def _read(
        self,
        job: Callable[[], list[DraftSummary]],
        on_done: Callable[[list[DraftSummary]], None],
        on_error: Callable[[Failure], None] | None = None,
    ) -> None:
        """A read on the list lane: a cancelled search is dropped; other failures logged (the list stays)."""

        def failed(failure: Failure) -> None:
            log.error("Reading the drafts list failed: %s", failure.message)
            if on_error is not None:
                on_error(failure)

        self._ops.run(job, on_done, lane=LIST, on_error=failed, quiet=(SearchCancelled,))

    def _on_changed(self, changes: Change) -> None:
        if Change.DRAFTS in changes:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the first page after drafts changed (here or in another process); quiet if the same rows
        are shown."""
        if self._store is None:
            return
        generation, query, store = self._generation, self._query, self._store

        def apply(rows: list[DraftSummary]) -> None:
            ids = self._ids if len(rows) < PAGE_SIZE else self._ids[: len(rows)]
            shown = [self._kept.get(i) for i in ids]  # the first page is always kept
            if sorted(rows, key=lambda r: r.id) != sorted(shown, key=lambda r: r.id if r else -1):
                self._apply_first_page(generation, rows)  # (this window's own saves are shown already)

        self._read(lambda: store.page(query, None, PAGE_SIZE), apply)

    def _apply_first_page(self, generation: int, rows: list[DraftSummary]) -> None:
        if generation != self._generation:
            return  # an older search finished after a newer one started
        self.beginResetModel()
        self._ids = array("q", (row.id for row in rows))
        self._known = IdSet(self._ids)
        self._kept = OrderedDict((row.id, row) for row in rows)
        self._tail = rows[-1].cursor(self._query.sort) if rows else None
        self._wanted = set()
        self._exhausted = len(rows) < PAGE_SIZE
        self.endResetModel()
        self.loaded.emit(len(self._ids))
        self._ask_posted(row.id for row in rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Ask the reader for the next page; one at a time, and its rows are appended when it arrives."""
        if parent.isValid() or self._exhausted or self._fetching or not self._ids or self._store is None:
            return
        self._fetching = True
        generation, query, store, cancel = self._generation, self._query, self._store, self._cancel
        last = self._kept.get(self._ids[-1])  # kept, unless it was removed and the new last let go
        after = last.cursor(query.sort) if last is not None else self._tail

        def failed(_failure: Failure) -> None:
            if generation == self._generation:
                self._fetching = False

        self._read(
            lambda: store.page(query, after, PAGE_SIZE, cancelled=cancel.is_set),
            lambda page: self._append_page(generation, page),
            failed,
        )

    def _append_page(self, generation: int, page: list[DraftSummary]) -> None:
        if generation != self._generation:
            return  # the list was reloaded while this page was being read
        self._fetching = False
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self._tail = page[-1].cursor(self._query.sort)
        page = [row for row in page if row.id not in self._known]  # one upserted meanwhile may be here too
        if page:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._ids.extend(row.id for row in page)
            self._known.update(row.id for row in page)
            self._keep(page)
            self.endInsertRows()
            self._ask_posted(row.id for row in page)

    # -- the rows kept in memory ------------------------------------------------------------------

    def _keep(self, rows: list[DraftSummary]) -> None:
        """Remember rows as most recently shown, letting the least recent go beyond ``KEEP``."""
        for row in rows:
            self._kept[row.id] = row
            self._kept.move_to_end(row.id)
        if len(self._kept) <= KEEP:
            return
        pinned = {*self._ids[:PAGE_SIZE], self._ids[-1]}  # what refresh compares, and the next cursor
        for draft_id in list(self._kept):
            if len(self._kept) <= KEEP:
                break
            if draft_id not in pinned:
                del self._kept[draft_id]

    def _summary(self, row: int) -> DraftSummary | None:
        """Row ``row``'s summary, or None while it is re-read (asking for it and its neighbours)."""
        draft_id = self._ids[row]
        found = self._kept.get(draft_id)
        if found is not None:
            self._kept.move_to_end(draft_id)
            return found
        if self._store is not None and draft_id not in self._wanted:
            lo, hi = max(0, row - PAGE_SIZE // 2), min(len(self._ids), row + PAGE_SIZE // 2)
            ids = [i for i in self._ids[lo:hi] if i not in self._kept and i not in self._wanted]
            self._wanted.update(ids)
            generation, store = self._generation, self._store

            def arrived(rows: list[DraftSummary]) -> None:
                self._wanted.difference_update(ids)
                if generation != self._generation:
                    return
                self._keep([r for r in rows if r.id in self._known])
                if self._ids:
                    top, bottom = min(lo, len(self._ids) - 1), min(hi, len(self._ids)) - 1
                    self.dataChanged.emit(self.index(top), self.index(max(top, bottom)))

            def failed(_failure: Failure) -> None:
                self._wanted.difference_update(ids)

            self._read(lambda: store.summaries(ids), arrived, failed)
        return None

    # -- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = 0) -> object:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == DraftRoles.ID:
            return self._ids[index.row()]
        row = self._summary(index.row())
        if row is None:  # being re-read: drawn blank for a moment
            return "" if role in (QtCore.Qt.ItemDataRole.DisplayRole, DraftRoles.UPDATED) else None
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            return row.title or self.tr("Untitled draft")
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
            return row.snippet[:160] or None
        if role == QtCore.Qt.ItemDataRole.AccessibleTextRole:
            said = self.tr("{title}, edited {when}").format(
                title=row.title or self.tr("Untitled draft"), when=local_time_text(row.updated_at)
            )
            return ", ".join(filter(None, [said, self.posted_text(row.id, row.status)]))
        if role == DraftRoles.SNIPPET:
            return row.snippet
        if role == DraftRoles.UPDATED:
            return local_time_text(row.updated_at)
        if role == DraftRoles.SUMMARY:
            return row
        if role == DraftRoles.POSTED:
            return self.posted_text(row.id, row.status)
        if role == DraftRoles.POSTED_MARK:
            posted = self._posted.get(row.id)
            return "✓" if posted is None or posted.state == "sent" else "…"
        return None

    # -- where and when each draft went out (from the outbox the sync controller reads) ------------

    def set_postings(self, posts: list[PostView]) -> None:
        """The outbox as last read: a loaded draft with a post newly sent is asked about again."""
        from desktop.core.posts import State  # (comes with the outbox, after the window shows)

        sent = {p.id: p.draft_id for p in posts if p.state is State.SENT and p.draft_id is not None}
        fresh = {d for post_id, d in sent.items() if post_id not in self._sent_seen and d in self._known}
        self._sent_seen.update(sent)
        self._ask_posted(fresh)

    def refresh_marks(self) -> None:
        """Ask again where the loaded drafts are (the team was read again: a submission may have moved on)."""
        self._ask_posted(self._kept)

    def _ask_posted(self, draft_ids: Iterable[int]) -> None:
        """Where these drafts went out, read on the list lane; their rows repaint when it is known."""
        ids, source = list(draft_ids), self._posted_source
        if not ids or source is None:
            return

        def known(found: dict[int, Posted]) -> None:
            changed = False
            for draft_id in ids:
                posted = found.get(draft_id)
                if posted != self._posted.get(draft_id):
                    changed = True
                    if posted is None:
                        del self._posted[draft_id]
                    else:
                        self._posted[draft_id] = posted
            if changed and self._ids:
                self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1), [DraftRoles.POSTED])

        self._ops.run(lambda: source(ids), known, lane=LIST, on_error=lambda f: log.error("%s", f.message))

    def posted_where(self, draft_id: int) -> tuple[str, str, str] | None:
        """(the accounts it went to, the date and the time it last went out), or None."""
        posted = self._posted.get(draft_id)
        if posted is None:
            return None
        date, time = local_date_and_time(posted.last)
        return ", ".join(posted.accounts), date, time

    def posted_text(self, draft_id: int, status: str = "") -> str:
        posted = self._posted.get(draft_id)
        if posted is not None and posted.state != "sent":  # submitted to the team, not out yet
            from desktop.ui.team_model import state_text

            return self.tr("Team: {state}").format(state=state_text(posted.state))
        if (where := self.posted_where(draft_id)) is None:
            return self.tr("Posted") if status == "sent" else ""  # (until where is read)
        accounts, date, time = where
        return self.tr("Posted to {accounts} on {date} at {time}").format(
            accounts=accounts, date=date, time=time
        )

    def flags(self, index: Index) -> QtCore.Qt.ItemFlag:
        if not index.isValid():
            return QtCore.Qt.ItemFlag.NoItemFlags
        return QtCore.Qt.ItemFlag.ItemIsEnabled | QtCore.Qt.ItemFlag.ItemIsSelectable

    # -- keeping rows current without a reload --------------------------------------------------

    def row_of(self, draft_id: int) -> int:
        return self._ids.index(draft_id) if draft_id in self._known else -1

    def upsert(self, summary: DraftSummary) -> None:
        """Show a saved draft's new title and time in place, or a new draft at the top."""
        row = self.row_of(summary.id)
        if row >= 0:
            self._keep([summary])
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._ids.insert(0, summary.id)
        self._known.add(summary.id)
        self._keep([summary])
        self.endInsertRows()

    def remove_ids(self, ids: set[int]) -> None:
        for row in range(len(self._ids) - 1, -1, -1):
            if self._ids[row] in ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._known.discard(self._ids[row])
                self._kept.pop(self._ids[row], None)
                del self._ids[row]
                self.endRemoveRows()
