"""A post in the outbox as the rest of the app sees it: plain values, no database.

Kept apart from the outbox so the window's drafts list (which marks posted drafts) can be built before
SQLAlchemy is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from desktop.core.attachments import Attachment
from desktop.core.translatable import QT_TRANSLATE_NOOP

NEEDS_CONNECTING = QT_TRANSLATE_NOOP("core.outbox", "The account needs connecting.")


class State(StrEnum):
    QUEUED = "queued"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    WAITING = "waiting"
    NEEDS_ATTENTION = "needs_attention"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class PostView:
    """A post as the Outbox and ``crier outbox --json`` show it."""

    id: int
    account_id: int
    account: str
    network: str
    batch: str
    state: State
    parts: tuple[str, ...]
    media: tuple[Attachment, ...]
    language: str
    scheduled_at: datetime | None
    next_attempt_at: datetime | None
    attempts: int
    remote_ids: tuple[str, ...]
    remote_url: str
    error: str
    error_kind: str
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None
    draft_id: int | None
    account_connected: bool = True
    override_reason: str = ""
    pair_id: str = ""
    pair_index: int = 0
    pair_hold: str = ""  # why it waits for its pair ("" when it doesn't)

    @property
    def text(self) -> str:
        return "\n\n".join(self.parts)

    def as_json(self, say: Callable[[str], str] = str) -> dict[str, Any]:
        """For scripts: ``error`` is always English (stable to match on); ``error_text`` is the same
        message as ``say`` words it (the CLI passes the interface language's catalogue)."""
        error = self.error or (None if self.account_connected else NEEDS_CONNECTING) or self.pair_hold

        def iso(value: datetime | None) -> str | None:
            return value.isoformat() + "Z" if value else None

        return {
            "id": self.id,
            "account": self.account,
            "account_id": self.account_id,
            "network": self.network,
            "text": self.text,
            "parts": list(self.parts),
            "state": self.state.value,
            "remote_id": self.remote_ids[0] if self.remote_ids else None,
            "remote_ids": list(self.remote_ids),
            "url": self.remote_url or None,
            "error": str(error) if error else None,
            "error_text": say(error) if error else None,
            "error_kind": self.error_kind or None,
            "next_attempt_at": iso(self.next_attempt_at),
            "scheduled_at": iso(self.scheduled_at),
            "attempts": self.attempts,
            "created_at": iso(self.created_at),
            "sent_at": iso(self.sent_at),
            "images": [{"path": str(m.path), "alt_text": m.alt_text} for m in self.media],
            "override_reason": self.override_reason or None,
            "language": self.language,
            "pair": {"id": self.pair_id, "index": self.pair_index, "waiting": self.pair_hold or None}
            if self.pair_id
            else None,
        }
