"""The drafts repository: everything the app does with drafts, in one place, with no Qt.

Methods return plain frozen dataclasses rather than ORM objects so results can cross threads (the UI
reads on worker threads) without lazy loads or detached-instance surprises.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, Select, case, delete, func, or_, select, text, tuple_, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.core.attachments import Attachment
from desktop.core.collation import title_key
from desktop.core.db import Database
from desktop.core.drafts import (
    SNIPPET_CHARS,
    TITLE_MAX,
    DraftData,
    DraftNotFound,
    DraftQuery,
    DraftSummary,
    RevisionInfo,
    SearchCancelled,
    Sort,
    StoreError,
    View,
    derive_title,
)
from desktop.core.models import Draft, Post, Revision, utcnow
from desktop.core.paths import app_paths
from desktop.core.revisions import REVISION_INTERVAL, SNAPSHOT_FIELDS, revisions_to_drop
from desktop.core.search_query import fts_query
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.views import view_of

if TYPE_CHECKING:
    from sqlalchemy import UnaryExpression

log = logging.getLogger(__name__)

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: str) -> str:
    """SQLite stores any str except lone surrogates, which UTF-8 cannot encode; keep them visibly."""
    return _LONE_SURROGATE.sub("\ufffd", value)


_PROGRESS_STEPS = 1_000  # SQLite VM steps between checks of a search's cancel flag
#: A draft in the Trash is deleted for good this many days after it was put there, once it has also been
#: seen there (by the window's maintenance) on ``TRASH_DAYS_SEEN`` separate days: a week of use.
TRASH_DAYS = 30
TRASH_DAYS_SEEN = 7


def _to_data(d: Draft) -> DraftData:
    return view_of(
        DraftData,
        d,
        networks=tuple(d.networks or ()),
        ignored_findings=tuple(d.ignored_findings or ()),
        media=tuple(Attachment.from_row(m) for m in d.media or ()),
    )


def _user_message(exc: OperationalError) -> str:
    detail = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "full" in detail:
        return "Not saved: the disk is full. Free some space; Crier keeps trying and your text stays here."
    if "readonly" in detail or "read-only" in detail:
        return (
            "Not saved: the drafts database is read-only. Check the folder's permissions or ask IT;"
            " your text stays here."
        )
    if "locked" in detail or "busy" in detail:
        return "Not saved yet: the database is busy. Crier will try again in a moment."
    if "disk i/o" in detail:
        return "Not saved: the disk reported an error. Crier keeps trying; your text stays here."
    return "Not saved: the drafts database reported an error. Crier keeps trying; your text stays here."


MAX_IMAGES = 4
MAX_IMAGE_BYTES = 20_000_000  # each network downscales or refuses beyond its own limit
_IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"GIF87a", "image/gif", ".gif"),
    (b"GIF89a", "image/gif", ".gif"),
)


def image_type(head: bytes) -> tuple[str, str] | None:
    """(mime type, extension) from the file's first bytes, not its name: a renamed file can't fool it."""
    for signature, mime, ext in _IMAGE_SIGNATURES:
        if head.startswith(signature):
            return mime, ext
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", ".webp"
    return None


def image_file_type(source: Path) -> tuple[str, str]:
    """(mime type, extension) of the image file ``source``; refused, with one sentence, unless it reads as
    a PNG, JPEG, GIF or WebP by its first bytes and is 20 MB at most."""
    try:
        size = source.stat().st_size
        with source.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        unread = QT_TRANSLATE_NOOP("core.store", "Crier couldn't read {name}: {why}.")
        raise StoreError(unread.format(name=source.name, why=exc.strerror), retryable=False) from exc
    kind = image_type(head)
    if kind is None:
        not_image = QT_TRANSLATE_NOOP("core.store", "{name} isn't a PNG, JPEG, GIF or WebP image.")
        raise StoreError(not_image.format(name=source.name), retryable=False)
    if size > MAX_IMAGE_BYTES:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "core.store", "{name} is over 20 MB: make it smaller and attach it again."
            ).format(name=source.name),
            retryable=False,
        )
    return kind


def copy_image(
    source: Path, folder: Path, alt_text: str = "", kind: tuple[str, str] | None = None
) -> Attachment:
    """A copy of the image ``source`` in ``folder`` (Crier's media folder, fsynced), so moving the original
    is harmless, checked by ``image_file_type`` (unless its ``kind`` is known already). The window's Attach
    image and `crier queue --image` both come here."""
    kind = kind or image_file_type(source)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{uuid.uuid4().hex}{kind[1]}"
    try:
        with source.open("rb") as src, target.open("wb") as dst:
            shutil.copyfileobj(src, dst)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError as exc:
        target.unlink(missing_ok=True)
        uncopied = QT_TRANSLATE_NOOP("core.store", "Crier couldn't copy {name}: {why}.")
        raise StoreError(uncopied.format(name=source.name, why=exc.strerror)) from exc
    return Attachment(target, _clean(alt_text).strip(), kind[0])


class DraftStore:
    def __init__(
        self,
        db: Database,
        media_dir: Path | None = None,
        order: Callable[[], Sequence[str]] = lambda: ("cy", "en"),
    ) -> None:
        self.db = db
        self.media_dir = media_dir or app_paths().media
        #: The order a bilingual draft's sides are posted in (``bilingual.order``): its title and snippet
        #: in the list come from the first side that has words.
        self.order = order

    def _title(self, draft: Draft | Revision) -> str:
        if not draft.bilingual:
            return derive_title(draft.title, draft.body)
        sides = {"cy": draft.text_cy, "en": draft.text_en}
        return derive_title(draft.title, *(sides[language] for language in self.order()))

    def _name(self, draft: Draft) -> None:
        """Name the draft in the list, and key that name for Title A–Z in its language (a bilingual one's
        in its first side's)."""
        shown = self._title(draft)
        key = title_key(shown, self.order()[0] if draft.bilingual else draft.language)
        if (draft.display_title, draft.title_key) != (shown, key):  # (an unchanged name is not written)
            draft.display_title, draft.title_key = shown, key

    # -- writes ---------------------------------------------------------------------------------

    @contextmanager
    def _write(self, action: str) -> Iterator[Session]:
        """One write transaction; SQLite's failures become a StoreError in plain words."""
        try:
            with self.db.write() as session:
                yield session
        except OperationalError as exc:
            log.warning("Could not %s: %s", action, exc.orig)
            raise StoreError(_user_message(exc)) from exc

    def create(
        self, title: str = "", body: str = "", networks: Sequence[str] = ("x",), language: str = "en"
    ) -> DraftData:
        title, body = _clean(title)[:TITLE_MAX], _clean(body)
        now = utcnow()
        with self._write("create the draft") as session:
            draft = Draft(
                title=title,
                body=body,
                networks=list(networks),
                language=language,
                ignored_findings=[],
                created_at=now,
                updated_at=now,
            )
            self._name(draft)
            session.add(draft)
            session.flush()
            return _to_data(draft)

    def save(
        self,
        draft_id: int,
        *,
        title: str,
        body: str,
        networks: Sequence[str] | None = None,
        language: str | None = None,
        now: datetime | None = None,
        bilingual: bool | None = None,
        text_cy: str | None = None,
        text_en: str | None = None,
    ) -> DraftData:
        """Persist the editor's text; committed (fsynced) when this returns. Snapshots a revision."""
        title, body = _clean(title)[:TITLE_MAX], _clean(body)
        now = now or utcnow()
        with self._write("save the draft") as session:
            draft = session.get(Draft, draft_id)
            if draft is None:
                raise DraftNotFound(draft_id)
            changed_text = draft.title != title or draft.body != body
            sides = {"bilingual": bilingual, "text_cy": text_cy, "text_en": text_en}
            sides = {k: _clean(v) if isinstance(v, str) else v for k, v in sides.items() if v is not None}
            if changed_text or any(getattr(draft, k) != v for k, v in sides.items()):
                self._snapshot_if_due(session, draft, now)
            if changed_text:
                draft.title, draft.body = title, body
            if networks is not None and list(networks) != list(draft.networks):
                draft.networks = list(networks)
                changed_text = True
            if language is not None and language != draft.language:
                draft.language = language
                changed_text = True
            for key, value in sides.items():
                if value != getattr(draft, key):
                    setattr(draft, key, value)  # a bilingual draft's sides (issue 15)
                    changed_text = True
            self._name(draft)
            if changed_text:
                draft.updated_at = now
            return _to_data(draft)

    def _snapshot_if_due(self, session: Session, draft: Draft, now: datetime) -> None:
        """Keep the text being replaced as a revision if the last snapshot is old enough; then thin."""
        # The newest version kept before now: one stamped ahead (the clock was fast then) must neither stop
        # versions being kept now nor make every save keep one until the clock catches up with it.
        last = session.scalar(
            select(func.max(Revision.created_at)).where(
                Revision.draft_id == draft.id, Revision.created_at <= now
            )
        )
        if last is not None and now - last < REVISION_INTERVAL:
            return
        if not (draft.body or draft.title or draft.text_cy or draft.text_en):
            return
        session.add(_snapshot(draft, now))
        session.flush()
        rows = session.execute(
            select(Revision.id, Revision.created_at).where(Revision.draft_id == draft.id)
        ).all()
        drop = revisions_to_drop([(r.id, r.created_at) for r in rows], now)
        if drop:
            session.execute(delete(Revision).where(Revision.id.in_(drop)))

    def attach(self, draft_id: int, source: Path) -> DraftData:
        """Copy an image into Crier's media folder (fsynced) and attach it; the original can then move."""
        kind = image_file_type(source)
        if len(self.get(draft_id).media) >= MAX_IMAGES:
            too_many = QT_TRANSLATE_NOOP("core.store", "A post can carry at most {n} images.")
            raise StoreError(too_many.format(n=MAX_IMAGES), retryable=False)
        attachment = copy_image(source, self.media_dir, kind=kind)
        return self._set_media(draft_id, lambda media: [*media, attachment.to_row()])

    def set_alt_text(self, draft_id: int, index: int, alt_text: str) -> DraftData:
        def change(media: list[dict]) -> list[dict]:
            media[index] = {**media[index], "alt_text": _clean(alt_text).strip()}
            return media

        return self._set_media(draft_id, change)

    def detach(self, draft_id: int, index: int) -> DraftData:
        """Remove an image from the draft. The copy stays on disk: a queued post may still need it."""
        return self._set_media(draft_id, lambda media: media[:index] + media[index + 1 :])

    def _set_media(self, draft_id: int, change: Callable[[list[dict]], list[dict]]) -> DraftData:
        with self._write("change the draft's images") as session:
            draft = session.get(Draft, draft_id)
            if draft is None:
                raise DraftNotFound(draft_id)
            draft.media = change([dict(m) for m in draft.media or ()])
            draft.updated_at = utcnow()
            return _to_data(draft)

    def set_ignored(self, draft_id: int, ignored: Iterable[str]) -> None:
        with self._write("remember the ignored check") as session:
            session.execute(
                update(Draft).where(Draft.id == draft_id).values(ignored_findings=sorted(set(ignored)))
            )

    def duplicate(self, draft_id: int) -> DraftData:
        source = self.get(draft_id)
        title = source.title or ""
        if title:
            title = f"{title} (copy)"[:TITLE_MAX]
        copy = self.create(title, source.body, source.networks, source.language)
        if source.media:  # its images and their alt text too (the files are shared: none is ever removed)
            copy = self._set_media(copy.id, lambda _none: [m.to_row() for m in source.media])
        if not source.bilingual:
            return copy
        return self.save(  # both languages copied too
            copy.id,
            title=copy.title,
            body=copy.body,
            bilingual=True,
            text_cy=source.text_cy,
            text_en=source.text_en,
        )

    def trash(self, ids: Iterable[int]) -> int:
        ids = list(ids)
        with self._write("move the draft to the Trash") as session:
            trashed = {"deleted_at": utcnow(), "trash_days": 0, "trash_seen_on": None}
            result = session.execute(
                update(Draft).where(Draft.id.in_(ids), Draft.deleted_at.is_(None)).values(trashed)
            )
            return result.rowcount  # type: ignore[attr-defined]  # DML gives a CursorResult

    def restore(self, ids: Iterable[int]) -> int:
        ids = list(ids)
        with self._write("restore the draft") as session:
            result = session.execute(update(Draft).where(Draft.id.in_(ids)).values(deleted_at=None))
            return result.rowcount  # type: ignore[attr-defined]  # DML gives a CursorResult

    def empty_trash(self) -> int:
        with self._write("empty the Trash") as session:
            result = session.execute(delete(Draft).where(Draft.deleted_at.is_not(None)))
            return result.rowcount  # type: ignore[attr-defined]  # DML gives a CursorResult

    def discard_if_empty(self, draft_id: int) -> bool:
        """Delete a new draft that was left empty (no title, text, image, earlier version or post), so
        "Untitled draft"s don't pile up. A draft with anything in it is never touched. True if deleted."""
        with self._write("tidy away the empty draft") as session:
            draft = session.get(Draft, draft_id)
            if draft is None or draft.deleted_at is not None or draft.media:
                return False
            if any(value.strip() for value in (draft.title, draft.body, draft.text_cy, draft.text_en)):
                return False
            for table in (Revision, Post):
                if session.scalar(select(func.count()).select_from(table).where(table.draft_id == draft_id)):
                    return False
            session.execute(delete(Draft).where(Draft.id == draft_id))
            return True

    def keep_version(self, draft_id: int) -> bool:
        """Keep the draft's text as an earlier version now (before Apply, Split or Restore changes it),
        unless it is empty or the newest version already holds it. True when one was kept."""
        now = utcnow()
        with self._write("keep an earlier version") as session:
            draft = session.get(Draft, draft_id)
            if draft is None:
                raise DraftNotFound(draft_id)
            newest = session.scalars(
                select(Revision)
                .where(Revision.draft_id == draft_id)
                .order_by(Revision.created_at.desc(), Revision.id.desc())
                .limit(1)
            ).first()
            texts = [getattr(draft, key) for key in SNAPSHOT_FIELDS]  # a bilingual draft's sides too
            if not (draft.title or draft.body or draft.text_cy or draft.text_en) or (
                newest is not None and [getattr(newest, key) for key in SNAPSHOT_FIELDS] == texts
            ):
                return False
            session.add(_snapshot(draft, now))
            return True

    def restore_revision(self, draft_id: int, revision_id: int) -> DraftData:
        """Bring back an earlier version; the current text becomes a revision so this can be undone."""
        now = utcnow()
        with self._write("restore the earlier version") as session:
            draft = session.get(Draft, draft_id)
            revision = session.get(Revision, revision_id)
            if draft is None or revision is None or revision.draft_id != draft_id:
                raise DraftNotFound(draft_id)
            session.add(_snapshot(draft, now))
            for key in SNAPSHOT_FIELDS:
                setattr(draft, key, getattr(revision, key))
            self._name(draft)
            draft.updated_at = now
            return _to_data(draft)

    # -- reads ----------------------------------------------------------------------------------

    def get(self, draft_id: int) -> DraftData:
        with self.db.read() as session:
            draft = session.get(Draft, draft_id)
            if draft is None:
                raise DraftNotFound(draft_id)
            return _to_data(draft)

    def revisions(self, draft_id: int) -> list[RevisionInfo]:
        with self.db.read() as session:
            rows = session.scalars(
                select(Revision)
                .where(Revision.draft_id == draft_id)
                .order_by(Revision.created_at.desc(), Revision.id.desc())
            ).all()
            return [
                RevisionInfo(
                    r.id, r.draft_id, r.title, r.body, r.created_at, r.bilingual, r.text_cy, r.text_en
                )
                for r in rows
            ]

    def _summaries(self) -> Select:
        first, second = ({"cy": Draft.text_cy, "en": Draft.text_en}[side] for side in self.order())
        side = func.coalesce(func.nullif(first, ""), second)
        return select(
            Draft.id,
            Draft.display_title,
            func.substr(case((Draft.bilingual, side), else_=Draft.body), 1, SNIPPET_CHARS).label("snippet"),
            Draft.status,
            Draft.updated_at,
            Draft.deleted_at,
            Draft.title_key,
        )

    @staticmethod
    def _summary(row: Row) -> DraftSummary:
        return DraftSummary(
            row.id,
            row.display_title,
            " ".join(row.snippet.split()),
            row.status,
            row.updated_at,
            row.deleted_at,
            row.title_key,
        )

    def _summary_select(self, query: DraftQuery) -> Select | None:
        stmt = self._summaries()
        if query.view is View.TRASH:
            stmt = stmt.where(Draft.deleted_at.is_not(None))
        else:
            stmt = stmt.where(Draft.deleted_at.is_(None))
            if query.view is not View.DRAFTS:
                stmt = stmt.where(Draft.status == query.view.value)
        if query.text.strip():
            match = fts_query(query.text)
            if match is None:
                return None
            stmt = stmt.where(
                Draft.id.in_(text("SELECT rowid FROM drafts_fts WHERE drafts_fts MATCH :match"))
            ).params(match=match)
        return stmt

    @contextmanager
    def _cancellable_read(self, cancelled: Callable[[], bool] | None) -> Iterator[Session]:
        """A read session that SQLite abandons (``SearchCancelled``) as soon as ``cancelled()`` is true.

        The check runs every few thousand VM steps through SQLite's progress handler, so an old search
        gives the single reader thread back within milliseconds of a newer one being asked for.
        """
        if cancelled is not None and cancelled():
            raise SearchCancelled
        with self.db.read() as session:
            raw = session.connection().connection.driver_connection
            watched = raw if isinstance(raw, sqlite3.Connection) and cancelled is not None else None
            if watched is not None and cancelled is not None:
                stop = cancelled
                watched.set_progress_handler(lambda: 1 if stop() else 0, _PROGRESS_STEPS)
            try:
                yield session
            except OperationalError as exc:
                if cancelled is not None and cancelled() and "interrupt" in str(exc.orig).lower():
                    raise SearchCancelled from None
                raise
            finally:
                if watched is not None:
                    watched.set_progress_handler(None, 0)  # the connection goes back to the pool

    def page(
        self,
        query: DraftQuery,
        after: tuple[object, int] | None = None,
        limit: int = 200,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[DraftSummary]:
        """One page of the list in the query's order, starting after ``after`` (keyset pagination).

        ``cancelled`` is polled while SQLite works; when it turns true the read stops with
        ``SearchCancelled``.
        """
        stmt = self._summary_select(query)
        if stmt is None:
            return []
        # Row-value comparisons let SQLite walk the (deleted_at, key, id) index straight to the page.
        if query.sort is Sort.TITLE:
            order: tuple[UnaryExpression[Any], ...] = (Draft.title_key.asc(), Draft.id.asc())
            if after is not None:
                stmt = stmt.where(tuple_(Draft.title_key, Draft.id) > tuple_(*after))
        elif query.sort is Sort.OLDEST:
            order = (Draft.updated_at.asc(), Draft.id.asc())
            if after is not None:
                stmt = stmt.where(tuple_(Draft.updated_at, Draft.id) > tuple_(*after))
        else:
            order = (Draft.updated_at.desc(), Draft.id.desc())
            if after is not None:
                stmt = stmt.where(tuple_(Draft.updated_at, Draft.id) < tuple_(*after))
        with self._cancellable_read(cancelled) as session:
            rows = session.execute(stmt.order_by(*order).limit(limit)).all()
        return [self._summary(r) for r in rows]

    def count(self, query: DraftQuery) -> int:
        stmt = self._summary_select(query)
        if stmt is None:
            return 0
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0

    def summary(self, draft_id: int) -> DraftSummary:
        with self.db.read() as session:
            row = session.execute(self._summaries().where(Draft.id == draft_id)).first()
        if row is None:
            raise DraftNotFound(draft_id)
        return self._summary(row)

    def summaries(self, ids: Sequence[int]) -> list[DraftSummary]:
        """These drafts' list rows (any order, missing ones left out): rows the list let go, shown again."""
        with self.db.read() as session:
            rows = session.execute(self._summaries().where(Draft.id.in_(list(ids)))).all()
        return [self._summary(r) for r in rows]

    def purge_old_trash(self) -> int:
        """Count today as a day each draft in the Trash was seen there, then delete for good those put there
        ``TRASH_DAYS`` ago that were seen there on ``TRASH_DAYS_SEEN`` separate days: a clock jumping ahead
        (a flat CMOS battery, a bad time server answer) deletes nothing at once. A clock put back counts no
        day until it passes the last one counted again."""
        now = utcnow()
        today = now.date()
        with self._write("empty old Trash") as session:
            unseen_today = or_(Draft.trash_seen_on.is_(None), Draft.trash_seen_on < today)
            session.execute(
                update(Draft)
                .where(Draft.deleted_at.is_not(None), unseen_today)
                .values(trash_days=Draft.trash_days + 1, trash_seen_on=today)
            )
            old = Draft.deleted_at < now - timedelta(days=TRASH_DAYS)
            result = session.execute(delete(Draft).where(old, Draft.trash_days >= TRASH_DAYS_SEEN))
            return result.rowcount  # type: ignore[attr-defined]  # DML gives a CursorResult


def _snapshot(draft: Draft, now: datetime) -> Revision:
    return Revision(
        draft_id=draft.id, created_at=now, **{key: getattr(draft, key) for key in SNAPSHOT_FIELDS}
    )
