"""An image attached to a post: one type from the editor's image list through the outbox to a publisher.

A draft and a queued post keep their images as JSON rows in the database; ``to_row`` and ``from_row``
are the one place that shape is written and read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Attachment:
    """A copy of the image in Crier's media folder (so moving the original is harmless), its alt text
    and its type."""

    path: Path
    alt_text: str
    mime_type: str

    def to_row(self) -> dict[str, str]:
        return {"path": str(self.path), "alt_text": self.alt_text, "mime_type": self.mime_type}

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Attachment:
        return cls(Path(row["path"]), str(row.get("alt_text", "")), str(row.get("mime_type", "")))
