"""A draft as read from the store: its row in the list, all of it, and an earlier version.

Plain values, no database. Importers name them through ``desktop.core.drafts``, which loads this module on
first use: none is needed before the window shows (its drafts are read after the first paint).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.drafts import Sort

if TYPE_CHECKING:
    from datetime import datetime

    from desktop.core.attachments import Attachment


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
