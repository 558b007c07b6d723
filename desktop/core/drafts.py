"""What a draft is, as the rest of the app sees it: plain values, no database.

Kept apart from the store so the window can be built (and shown) before SQLAlchemy is even imported.
The drafts as read (``DraftSummary``, ``DraftData``, ``RevisionInfo``) are in ``draft_rows`` and come from
here on first use: the window shows before any is read, and their slotted dataclasses cost some 3 ms.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop.core.errors import CrierError

if TYPE_CHECKING:
    from desktop.core.draft_rows import DraftData as DraftData
    from desktop.core.draft_rows import DraftSummary as DraftSummary
    from desktop.core.draft_rows import RevisionInfo as RevisionInfo

TITLE_MAX = 200
SNIPPET_CHARS = 160


#: The largest row id SQLite can hold (a 64-bit INTEGER PRIMARY KEY): a number past it names no row, and
#: binding it would raise OverflowError rather than find nothing.
LARGEST_ID = 2**63 - 1


class StoreError(CrierError):
    """A save or read that failed, with a message for the person ("Not saved: the disk is full")."""

    def __init__(self, user_message: str, *, retryable: bool = True) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.retryable = retryable


class SearchCancelled(Exception):
    """A newer search replaced this one before it finished; nobody is waiting for its answer."""


class DraftNotFound(StoreError):
    def __init__(self, draft_id: int) -> None:
        super().__init__("That draft no longer exists.", retryable=False)
        self.draft_id = draft_id


class View(StrEnum):
    """Which drafts the list shows: all live ones, those in one posting status, or the Trash."""

    DRAFTS = "drafts"
    UNPOSTED = "draft"
    QUEUED = "queued"
    POSTED = "sent"
    TRASH = "trash"


class Sort(StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"
    TITLE = "title"


class DraftQuery(NamedTuple):  # a named tuple: made in a tenth of a frozen dataclass's time at start-up
    text: str = ""
    view: View = View.DRAFTS
    sort: Sort = Sort.NEWEST


def derive_title(title: str, *texts: str) -> str:
    """The title shown in lists: the one given, else the first non-empty line of the first text that has
    one (the body; a bilingual draft's sides in the order they are posted)."""
    chosen = title.strip()
    for text in texts if not chosen else ():
        chosen = next((line.strip() for line in text.splitlines() if line.strip()), "")
        if chosen:
            break
    chosen = " ".join(chosen.split())
    return chosen[:TITLE_MAX]


_ROWS = ("DraftSummary", "DraftData", "RevisionInfo")


def __getattr__(name: str) -> Any:
    """``DraftData`` and the rest, from ``draft_rows`` when first asked for (after the window shows)."""
    if name in _ROWS:
        from desktop.core import draft_rows

        return getattr(draft_rows, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
