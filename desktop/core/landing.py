"""What makes a "did it land?" match this post's own, for the sync engine and the team sender.

Bluesky answers that check exactly (its record key); X, Facebook and Mastodon past its key's hour can only
be searched by text, and a post may repeat an earlier one word for word on purpose. So a match must be
(1) made after this part's own first attempt began: ``stamped`` adds ``first_attempt_at`` to the part's
material, committed before its first request, and ``first_attempt`` gives it back as
``PartRequest.not_before`` (each publisher allows a little for clock skew and says its residual risk);
and (2) recorded for no other post of the account: ``post_remote_ids`` (migration 0008) is UNIQUE per
account on the remote id, ``own`` enters each id in the commit that records it on the post (the constraint
refuses another post's), and ``is_taken`` answers ``PartRequest.taken`` for a search.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Integer, String, Table, bindparam, exists, insert, select
from sqlalchemy.exc import IntegrityError

from desktop.core.accounts import AccountView
from desktop.core.db import Database
from desktop.core.models import PostRemoteId
from desktop.core.networks import NETWORK_NAMES
from desktop.core.networks.publishing import taken_error

FIRST_ATTEMPT = "first_attempt_at"

_REMOTE = cast(Table, PostRemoteId.__table__)
_SAME_ID = (_REMOTE.c.account_id == bindparam("account_id"), _REMOTE.c.remote_id == bindparam("remote_id"))
_TAKEN = select(_REMOTE.c.post_id).where(*_SAME_ID, _REMOTE.c.post_id != bindparam("post_id")).limit(1)
#: A post's remote id entered as its own, once; the UNIQUE constraint refuses one another post holds.
_OWN = insert(_REMOTE).from_select(
    ["account_id", "remote_id", "post_id"],
    select(
        bindparam("account_id", type_=Integer),
        bindparam("remote_id", type_=String),
        bindparam("post_id", type_=Integer),
    ).where(~exists().where(*_SAME_ID, _REMOTE.c.post_id == bindparam("post_id"))),
)


def stamped(material: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    """A part's idempotency material with when its first attempt began (naive UTC), to commit before it."""
    return {FIRST_ATTEMPT: now.isoformat(), **material}


def first_attempt(material: Mapping[str, Any], queued: datetime) -> datetime:
    """When the part's first attempt began; for a part begun before this was recorded, when it was queued."""
    value = material.get(FIRST_ATTEMPT)
    return datetime.fromisoformat(value) if isinstance(value, str) else queued


def own(connection: Connection, account: AccountView, post_id: int, remote_id: str) -> None:
    """Enter ``remote_id`` as the post's, in the caller's transaction; PublishError (NEEDS_ATTENTION, the
    check kept pending) if another post of the account holds it: the caller's commit must not happen."""
    if not remote_id:
        return  # (an id the network never told: nothing to own)
    try:
        connection.execute(_OWN, {"account_id": account.id, "remote_id": remote_id, "post_id": post_id})
    except IntegrityError:
        name = NETWORK_NAMES.get(account.network, account.network)
        raise taken_error(name, account.handle, remote_id) from None


def is_taken(db: Database, account_id: int, post_id: int, remote_id: str) -> bool:
    """Whether another post of the account holds ``remote_id`` (``PartRequest.taken``)."""
    with db.read() as session:
        found = session.connection().execute(
            _TAKEN, {"account_id": account_id, "remote_id": remote_id, "post_id": post_id}
        )
        return found.first() is not None
