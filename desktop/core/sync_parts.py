"""What the sync engine hands a publisher: one part's request, and the first part's key chosen at its claim.

Kept apart from ``sync`` (the engine's transactions and rules) because it is plain data shaping: a
post as the engine holds it (``sync._Sending``, or a row of the same columns) in, a ``PartRequest`` or
the post with its first key out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from desktop.core.landing import first_attempt, stamped
from desktop.core.networks.publishing import PartRequest, Publisher

#: How long an uploaded image is reused for a post still waiting to go: X keeps a media id for 24 hours,
#: Mastodon deletes unattached media after a day, Facebook its unpublished photos; well within that.
MEDIA_KEPT = timedelta(hours=12)


def part_request(
    post: Any,
    index: int,
    media_ids: list[str] | tuple,
    idempotency: Mapping | None = None,
    taken: Callable[[str], bool] | None = None,
) -> PartRequest:
    """The request for one part of the post as it stands (its thread parents are the ids recorded)."""
    keys = post.idempotency.get("parts", {}).get(str(index), {}) if idempotency is None else idempotency
    return PartRequest(
        post_id=post.id,
        index=index,
        count=len(post.parts),
        text=post.parts[index],
        language=post.language,
        reply_to=post.remote_ids[index - 1] if index else None,
        root=post.remote_ids[0] if post.remote_ids else None,
        media_ids=tuple(media_ids),
        idempotency=keys,
        not_before=first_attempt(keys, post.created_at),
        taken=taken,
    )


def first_key_due(post: Any) -> bool:
    """Whether a claim can carry the post's first key: not a post with images (its key follows their
    upload), nor one already begun or keyed."""
    return not (post.media or post.remote_ids or "0" in post.idempotency.get("parts", {}))


def prepare_first(publisher: Publisher, post: Any, now: datetime) -> Any:
    """The post with its first part's idempotency material, chosen as the post is claimed so that it is
    durable in the claim's commit (before any request, as the engine's ``_publish_part`` would make it):
    one synced commit per post fewer. Unchanged when ``first_key_due`` says no, or when ``prepare`` fails
    (the attempt calls it again and records the failure)."""
    if not first_key_due(post):
        return post
    parts = post.idempotency.get("parts", {})
    try:
        material = stamped(publisher.prepare(part_request(post, 0, ())), now)
    except Exception:  # noqa: BLE001 - the attempt's to classify
        return post
    return dataclasses.replace(post, idempotency={**post.idempotency, "parts": {**parts, "0": material}})


def kept_media(idempotency: Mapping[str, Any], path: str, now: datetime) -> str | None:
    """The media id uploaded for the image at ``path`` while its network still keeps it, else None (upload
    it again: a post that waited a day offline would otherwise send a dead id on every retry). An id
    recorded without its upload time (before this was kept) counts as too old."""
    media_id = idempotency.get("media", {}).get(path)
    at = idempotency.get("media_at", {}).get(path)
    try:
        age = now - datetime.fromisoformat(at) if isinstance(at, str) else None
    except ValueError:
        age = None
    return media_id if media_id and age is not None and timedelta(0) <= age < MEDIA_KEPT else None


def with_upload(idempotency: Mapping[str, Any], path: str, media_id: str, now: datetime) -> dict[str, Any]:
    """The post's idempotency with the image at ``path`` uploaded as ``media_id`` at ``now``."""
    media = {**idempotency.get("media", {}), path: media_id}
    return {
        **idempotency,
        "media": media,
        "media_at": {**idempotency.get("media_at", {}), path: now.isoformat()},
    }
