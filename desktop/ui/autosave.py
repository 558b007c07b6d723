"""Autosave: every keystroke reaches the disk within a second, and the status bar tells the truth.

A short debounce coalesces a burst of typing into one write; a ceiling makes sure continuous typing
still saves at least every 700 ms. The status only says "Saved" once the store has committed the
exact text that is on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.drafts import StoreError
from desktop.ui.i18n import shown
from desktop.ui.ops import STORE, Failure, Ops

if TYPE_CHECKING:
    from desktop.core.drafts import DraftData, DraftSummary  # (loaded with the first draft: drafts.py)
    from desktop.core.store import DraftStore

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
CEILING_MS = 700
RETRY_MS = 3000
NEW = 0  # the id of a draft shown while the store lane creates it (real ids start at 1)
NETWORKS, LANGUAGE = ("x",), "en"  # a new draft's


class Snapshot(NamedTuple):  # (a named tuple: cheaper to make at start-up than a dataclass)
    draft_id: int
    title: str
    body: str
    networks: tuple[str, ...] | None = None
    language: str | None = None
    bilingual: bool | None = None  # with the Welsh and English texts of a bilingual draft
    text_cy: str | None = None
    text_en: str | None = None


class Autosaver(QObject):
    status_changed = Signal(str, bool)  # message, is_problem
    saved = Signal(object, object)  # DraftData and its list row (DraftSummary), after a commit
    made = Signal(object, object)  # the same, after a save made the draft Ctrl+N's creation could not

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: DraftStore | None = None  # attached once the database is open
        self._ops = ops  # saves go on its store lane, in the order they were made
        self._new_id: int | None = None  # on the store lane: the id the latest NEW draft was given
        self._pending: Snapshot | None = None  # newest unsaved text
        self._in_flight: Snapshot | None = None
        self._debounce = self._timer(DEBOUNCE_MS)
        self._ceiling = self._timer(CEILING_MS)
        self._retry = self._timer(RETRY_MS)
        # The editor's: an edit of a long text it announces a moment later (editor.LONG_TEXT) is announced
        # now, so each save takes the text on screen; and whether one is waiting (not "Saved" yet).
        self.flush_edits: Callable[[], None] = lambda: None
        self.edits_waiting: Callable[[], bool] = lambda: False

    def _timer(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self.save_now)
        return timer

    @property
    def dirty(self) -> bool:
        return self._pending is not None or self._in_flight is not None or self.edits_waiting()

    def changed(self, snapshot: Snapshot) -> None:
        """The editor's text changed; remember it and schedule a save."""
        if self._pending is not None and self._pending.draft_id != snapshot.draft_id:
            self.save_now()  # switching drafts: the old one goes first, in order
        self._pending = snapshot
        self._debounce.start()
        if not self._ceiling.isActive():
            self._ceiling.start()

    def save_now(self) -> None:
        self.flush_edits()  # (which may call ``changed``)
        self._debounce.stop()
        self._ceiling.stop()
        self._retry.stop()
        snapshot, self._pending = self._pending, None
        if snapshot is None:
            return
        self._in_flight = snapshot
        self.status_changed.emit(self.tr("Saving…"), False)
        self._ops.run(
            lambda: self._write(snapshot),
            lambda saved: self._on_saved(snapshot, *saved),
            on_error=lambda failure: self._on_failed(snapshot, failure),
        )

    def create(self, make: Callable[[], DraftData]) -> DraftData:
        """On the store lane: make a new draft. Text typed into it before it existed (saved as ``NEW``,
        later on the same lane) goes to it, so nothing typed straight after Ctrl+N is lost."""
        self._new_id = None
        data = make()
        self._new_id = data.id
        return data

    def resolve(self, draft_id: int) -> int | None:
        """On the store lane: the draft ``draft_id`` stands for (``NEW``: the one made last, if made)."""
        return self._new_id if draft_id == NEW else draft_id

    def _write(self, snapshot: Snapshot) -> tuple[DraftData, DraftSummary]:
        """On the store lane: save, and read back the row the drafts list shows for it."""
        store = self.store
        assert store is not None, "no draft can be open before the store is attached"
        draft_id = self.resolve(snapshot.draft_id)
        if draft_id is None:  # Ctrl+N's creation failed (locked, read-only, full): this save makes it
            made = self.create(
                lambda: store.create(
                    networks=snapshot.networks or NETWORKS, language=snapshot.language or LANGUAGE
                )
            )
            draft_id = made.id
        data = store.save(
            draft_id,
            title=snapshot.title,
            body=snapshot.body,
            networks=snapshot.networks,
            language=snapshot.language,
            bilingual=snapshot.bilingual,
            text_cy=snapshot.text_cy,
            text_en=snapshot.text_en,
        )
        return data, store.summary(data.id)

    def _on_saved(self, snapshot: Snapshot, data: DraftData, summary: DraftSummary) -> None:
        if self._in_flight == snapshot:
            self._in_flight = None
        if snapshot.draft_id == NEW:
            self.made.emit(data, summary)
        self.saved.emit(data, summary)
        if not self.dirty:
            from datetime import UTC, datetime  # (not before the window shows)

            when = datetime.now(UTC).astimezone().strftime("%H:%M")
            self.status_changed.emit(self.tr("Saved {time}").format(time=when), False)

    def _on_failed(self, snapshot: Snapshot, failure: Failure) -> None:
        if self._in_flight == snapshot:
            self._in_flight = None
        if self._pending is None:
            self._pending = snapshot  # keep the text; retry it unless newer text replaced it
        error = failure.error
        message = (
            failure.message
            if failure.expected
            else self.tr("Not saved: something went wrong. Crier keeps trying; your text stays here.")
        )
        if isinstance(error, StoreError) and not error.retryable:
            self._pending = None
        else:
            self._retry.start()
        self.status_changed.emit(message, True)

    def flush(self, timeout: float = 30.0) -> bool:
        """Save anything pending and wait for it (closing the window). True when all is saved."""
        self.flush_edits()
        snapshot, self._pending = self._pending, None
        self._debounce.stop()
        self._ceiling.stop()
        self._retry.stop()
        if snapshot is not None:
            saving = self._ops.run(lambda: self._write(snapshot), on_error=lambda _failure: None)
            if saving is None:  # shut down already: nothing more can be written
                self._pending = snapshot
                return False
            try:
                saving.result(timeout=timeout)
            except StoreError as error:
                self._pending = snapshot
                self.status_changed.emit(shown(error.user_message), True)
                return False
        self._ops.wait(STORE, timeout)
        return True
