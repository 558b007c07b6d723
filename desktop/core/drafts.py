"""What a draft is, as the rest of the app sees it: plain values, no database.

Kept apart from the store so the window can be built (and shown) before SQLAlchemy is even imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from desktop.core.attachments import Attachment
from desktop.core.errors import CrierError

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


@dataclass(frozen=True, slots=True)
class DraftQuery:
    text: str = ""
    view: View = View.DRAFTS
    sort: Sort = Sort.NEWEST


@dataclass(frozen=True, slots=True)
class DraftSummary:
    """What the list shows: no full body, so a page of 200 rows stays small."""

    id: int
    title: str
    snippet: str
    status: str
    updated_at: datetime
    deleted_at: datetime | None
    title_key: str = ""

    def cursor(self, sort: Sort) -> tuple[object, int]:
        """Where the next page starts: the same key the SQL orders by, so no row is skipped."""
        return (self.title_key if sort is Sort.TITLE else self.updated_at, self.id)


@dataclass(frozen=True, slots=True)
class DraftData:
    id: int
    title: str
    display_title: str
    body: str
    status: str
    networks: tuple[str, ...]
    language: str
    ignored_findings: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    media: tuple[Attachment, ...] = ()
    bilingual: bool = False  # then text_cy and text_en are the post; body is the monolingual text
    text_cy: str = ""
    text_en: str = ""

    def __repr__(self) -> str:  # keep draft text out of logs and tracebacks
        return f"DraftData(id={self.id}, status={self.status!r}, chars={len(self.body)})"


@dataclass(frozen=True, slots=True)
class RevisionInfo:
    id: int
    draft_id: int
    title: str
    body: str = field(repr=False)
    created_at: datetime
    bilingual: bool = False
    text_cy: str = field(default="", repr=False)
    text_en: str = field(default="", repr=False)


def derive_title(title: str, body: str) -> str:
    """The title shown in lists: the one given, else the first non-empty line of the body."""
    chosen = title.strip()
    if not chosen:
        for line in body.splitlines():
            if line.strip():
                chosen = line.strip()
                break
    chosen = " ".join(chosen.split())
    return chosen[:TITLE_MAX]
