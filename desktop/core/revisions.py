"""How much revision history autosave keeps.

Autosave runs every second or so while someone types; keeping every save would grow without bound, so
older history is thinned to one snapshot per period, like Time Machine: recent detail, older milestones.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

#: Autosave snapshots the text it is about to replace at most this often.
REVISION_INTERVAL = timedelta(minutes=2)
#: Hard cap per draft, whatever the schedule keeps.
MAX_REVISIONS = 200
#: What a snapshot keeps of a draft, and what restoring one brings back: its words, and for a bilingual
#: draft its Welsh and English texts (the monolingual ``body`` is kept beside them).
SNAPSHOT_FIELDS = ("title", "body", "bilingual", "text_cy", "text_en")

# (age up to, one kept per bucket of this size); anything older is kept one per week.
_SCHEDULE: tuple[tuple[timedelta, timedelta | None], ...] = (
    (timedelta(hours=1), None),
    (timedelta(days=1), timedelta(minutes=15)),
    (timedelta(days=7), timedelta(hours=2)),
    (timedelta(days=90), timedelta(days=1)),
)
_OLDEST_BUCKET = timedelta(weeks=1)


def _bucket(age: timedelta) -> tuple[int, int] | None:
    for tier, (limit, size) in enumerate(_SCHEDULE):
        if age <= limit:
            return None if size is None else (tier, int(age / size))
    return (len(_SCHEDULE), int(age / _OLDEST_BUCKET))


def revisions_to_drop(revisions: Sequence[tuple[int, datetime]], now: datetime) -> list[int]:
    """Ids to delete so that each bucket keeps only its newest revision, and the total stays capped."""
    kept: list[tuple[int, datetime]] = []
    seen: set[tuple[int, int]] = set()
    drop: list[int] = []
    for rev_id, created in sorted(revisions, key=lambda r: (r[1], r[0]), reverse=True):
        bucket = _bucket(max(now - created, timedelta(0)))
        if bucket is not None and bucket in seen:
            drop.append(rev_id)
            continue
        if bucket is not None:
            seen.add(bucket)
        kept.append((rev_id, created))
    drop.extend(rev_id for rev_id, _ in kept[MAX_REVISIONS:])
    return drop
