"""The database schema as typed SQLAlchemy models.

Times are stored as naive UTC datetimes: SQLite has no time zones, and one convention everywhere
avoids comparing local and UTC times by accident.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """Naive UTC with millisecond precision, so values round-trip through SQLite exactly."""
    now = datetime.now(UTC).replace(tzinfo=None)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


class Base(DeclarativeBase):
    type_annotation_map = {dict: JSON, list: JSON}


class Draft(Base):
    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    display_title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    networks: Mapped[list] = mapped_column(default=lambda: ["x"])
    language: Mapped[str] = mapped_column(String(10), default="en")
    ignored_findings: Mapped[list] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    revisions: Mapped[list[Revision]] = relationship(
        back_populates="draft", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_drafts_live_updated", "deleted_at", "updated_at", "id"),
        Index("ix_drafts_live_title", "deleted_at", func.lower(display_title), "id"),
    )

    def __repr__(self) -> str:  # no draft text: reprs end up in logs
        return f"Draft(id={self.id!r}, status={self.status!r})"


class Revision(Base):
    """A snapshot taken by autosave, so earlier versions can be restored."""

    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    draft: Mapped[Draft] = relationship(back_populates="revisions")

    __table_args__ = (Index("ix_revisions_draft_id", "draft_id", "created_at"),)

    def __repr__(self) -> str:
        return f"Revision(id={self.id!r}, draft_id={self.draft_id!r})"
