"""The database schema as typed SQLAlchemy models.

Times are stored as naive UTC datetimes: SQLite has no time zones, and one convention everywhere
avoids comparing local and UTC times by accident.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Dialect, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from desktop.core import stored_text
from desktop.core.clock import utcnow


class StoredText(TypeDecorator[str]):
    """A text column that keeps a ``translatable.Text`` as its source and values (``stored_text``) and gives
    it back as a ``Text``; a plain string is kept as it is."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return stored_text.dump(value) if value is not None else None

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return stored_text.load(value) if value is not None else None


class Base(DeclarativeBase):
    type_annotation_map = {dict: JSON, list: JSON}


class Draft(Base):
    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    display_title: Mapped[str] = mapped_column(String(200), default="")
    #: What "Title A–Z" sorts by: display_title folded, in the draft's language's alphabet (core.collation)
    title_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    body: Mapped[str] = mapped_column(Text, default="")  # the monolingual text
    bilingual: Mapped[bool] = mapped_column(default=False)
    text_cy: Mapped[str] = mapped_column(Text, default="")  # a bilingual draft's Welsh text
    text_en: Mapped[str] = mapped_column(Text, default="")  # and its English text
    status: Mapped[str] = mapped_column(String(20), default="draft")
    networks: Mapped[list] = mapped_column(default=lambda: ["x"])
    language: Mapped[str] = mapped_column(String(10), default="en")
    ignored_findings: Mapped[list] = mapped_column(default=list)
    media: Mapped[list] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Separate days this draft was seen in the Trash, the last one being ``trash_seen_on`` (migration 0011).
    trash_days: Mapped[int] = mapped_column(default=0, server_default="0")
    trash_seen_on: Mapped[date | None] = mapped_column(default=None)

    revisions: Mapped[list[Revision]] = relationship(
        back_populates="draft", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_drafts_live_updated", "deleted_at", "updated_at", "id"),
        Index("ix_drafts_live_title_key", "deleted_at", "title_key", "id"),
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
    bilingual: Mapped[bool] = mapped_column(default=False)
    text_cy: Mapped[str] = mapped_column(Text, default="")  # a bilingual draft's Welsh text then
    text_en: Mapped[str] = mapped_column(Text, default="")  # and its English text
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    draft: Mapped[Draft] = relationship(back_populates="revisions")

    __table_args__ = (Index("ix_revisions_draft_id", "draft_id", "created_at"),)

    def __repr__(self) -> str:
        return f"Revision(id={self.id!r}, draft_id={self.draft_id!r})"


class Account(Base):
    """A connected social media account. Secrets are in the keyring; only their entry names are here."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    network: Mapped[str] = mapped_column(String(20))
    handle: Mapped[str] = mapped_column(String(200), default="")
    display_name: Mapped[str] = mapped_column(String(200), default="")
    remote_id: Mapped[str] = mapped_column(String(100), default="")
    service_url: Mapped[str] = mapped_column(String(300), default="")
    auth_kind: Mapped[str] = mapped_column(String(30), default="")
    secret_names: Mapped[list] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(30), default="connected")
    status_message: Mapped[str] = mapped_column(StoredText, default="")  # a Text, shown translated
    settings: Mapped[dict] = mapped_column(default=dict)
    is_default: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)

    def __repr__(self) -> str:
        return f"Account(id={self.id!r}, network={self.network!r}, handle={self.handle!r})"


class Post(Base):
    """One draft frozen for one account, on its way out. The outbox's unit of work."""

    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    draft_id: Mapped[int | None] = mapped_column(ForeignKey("drafts.id", ondelete="SET NULL"), default=None)
    batch: Mapped[str] = mapped_column(String(40), default="")
    state: Mapped[str] = mapped_column(String(20), default="queued")
    parts: Mapped[list] = mapped_column(default=list)
    media: Mapped[list] = mapped_column(default=list)
    language: Mapped[str] = mapped_column(String(10), default="en")
    scheduled_at: Mapped[datetime | None] = mapped_column(default=None)
    next_attempt_at: Mapped[datetime | None] = mapped_column(default=None)
    attempts: Mapped[int] = mapped_column(default=0)
    attempt_id: Mapped[str] = mapped_column(String(40), default="")
    idempotency: Mapped[dict] = mapped_column(default=dict)
    remote_ids: Mapped[list] = mapped_column(default=list)
    remote_url: Mapped[str] = mapped_column(String(500), default="")
    error: Mapped[str] = mapped_column(StoredText, default="")  # a Text, shown in the reader's language
    error_kind: Mapped[str] = mapped_column(String(30), default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")  # why it went out despite a finding
    pair_id: Mapped[str] = mapped_column(String(40), default="")  # a Welsh-English pair shares this
    pair_index: Mapped[int] = mapped_column(default=0)  # 0 goes first (Welsh), 1 only after it is sent
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)

    __table_args__ = (
        Index("ix_posts_account_state", "account_id", "state", "id"),
        Index("ix_posts_due", "state", "next_attempt_at"),
        Index("ix_posts_pair", "pair_id"),
        Index("ix_posts_draft", "draft_id", "state"),  # where a draft went out (the drafts list)
    )

    def __repr__(self) -> str:
        return f"Post(id={self.id!r}, account_id={self.account_id!r}, state={self.state!r})"


class PostRemoteId(Base):
    """Which post each network id belongs to: one post only per account (the UNIQUE constraint), so a
    landing check can never record a repeat of a post under the earlier post's id (``sync.py``)."""

    __tablename__ = "post_remote_ids"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    remote_id: Mapped[str] = mapped_column(String(100))
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))

    __table_args__ = (UniqueConstraint("account_id", "remote_id", name="uq_post_remote_ids_account_remote"),)


class PostEvent(Base):
    """Every state change of a post, for the Outbox's history and for support."""

    __tablename__ = "post_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    from_state: Mapped[str] = mapped_column(String(20), default="")
    to_state: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(StoredText, default="")

    __table_args__ = (Index("ix_post_events_post", "post_id", "id"),)
