"""Where a post goes from a PC joined to a team: submitted for approval, for the window's Post and ``crier
queue`` alike.

On a joined PC the accounts offered are the team's (as last pulled, live when the database answers), with
this PC's own among them; a post passes the same post gate as a local one (``posting.check_override``), and
then each account's text is recorded here as a team action and pushed at once when the database can be
reached (``TeamClient.act``; offline it goes at the next push). A Welsh and an English account chosen as a
pair make one ``submit_pair``. Posting without approval (``post_direct``) is a choice only where team policy
lets this person do it, always with a reason; the database checks it again whatever is sent.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.core.drafts import StoreError
from desktop.core.team.errors import TeamError, Unreachable
from desktop.core.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.core.accounts import AccountView
    from desktop.core.attachments import Attachment
    from desktop.core.posting import Verdict
    from desktop.core.service.posting import Outgoing
    from desktop.core.team.client import TeamClient
    from desktop.core.team.local import Image

NOT_DIRECT = QT_TRANSLATE_NOOP(
    "core.team", "Team policy doesn't let you post to {account} without approval; submit it for approval."
)
NO_DIRECT_PAIR = QT_TRANSLATE_NOOP(
    "core.team", "A Welsh and English pair is always submitted for approval, each language on its own."
)
NOT_A_PAIR = QT_TRANSLATE_NOOP(
    "core.team", "A pair is two different accounts: a Welsh one and an English one."
)


@dataclass(frozen=True)
class TeamSide:
    """Who this PC submits as, and what team policy lets them do (as last pulled)."""

    user: str
    role: str
    team: str
    reachable: bool
    direct: frozenset[int] = frozenset()  # accounts this person may post to without approval, with a reason
    refused: Mapping[int, str] = field(default_factory=dict)  # accounts this PC's machine policy rules out


@dataclass(frozen=True)
class Destinations:
    """The accounts a post from this PC can go to; ``team`` is None where this PC posts them itself."""

    accounts: list[AccountView]
    team: TeamSide | None = None


def may_post_directly(role: str, policy: Mapping[str, Any], needs_approval: bool, reason: str) -> bool:
    """The team database's rule for ``crier.post_direct`` (migration t0001), read here only to offer the
    choice: an account that needs no approval, for approvers (and authors where policy says so); any
    account for approvers where policy lets them skip approval, with a reason."""
    author = role == "author"
    if not needs_approval and (not author or bool(policy.get("authors_post_directly"))):
        return True
    return not author and bool(policy.get("approvers_skip_approval")) and bool(reason.strip())


def team_view(row: Mapping[str, Any], local: AccountView | None) -> AccountView:
    """A team account as the post gate and the Post dialog see it: this PC's own account where it is
    connected here (its language mode and limits count), else one made from the team's row, whose id is
    the team's id negated so it never meets a local one."""
    from desktop.core.accounts import AccountStatus, AccountView

    if local is not None:
        return local
    return AccountView(
        id=-int(row["id"]),
        network=row["network"],
        handle=row["handle"],
        display_name=row.get("display_name") or "",
        remote_id="",
        service_url="",
        auth_kind="team",
        secret_names=(),
        status=AccountStatus.CONNECTED,
        status_message="",
        settings={},
        is_default=False,
        created_at=datetime(1970, 1, 1),
        last_used_at=None,
    )


def destinations(
    client: TeamClient, local: Sequence[AccountView], settings: Mapping[str, Any]
) -> Destinations:
    """The team's accounts with this PC's own (which become the team's at the next sync), pulled now when
    the database answers."""
    from desktop.core.settings import network_refusal

    reachable = False
    rows: list[dict[str, Any]] = list(client.local.cache("accounts", []))
    conn = client.try_connect()
    if conn is not None:
        try:
            with conn:
                client.push(conn)
                rows = client.pull(conn)["accounts"]
            reachable = True
        except Unreachable:  # the link dropped on the way: as last pulled
            pass
    policy = client.local.cache("policy", {}) or {}
    here = {(a.network, a.handle): a for a in local}
    views, direct, refused = [], set(), {}
    for row in rows:
        view = team_view(row, here.pop((row["network"], row["handle"]), None))
        views.append(view)
        if may_post_directly(client.role, policy, bool(row.get("needs_approval", True)), "a reason"):
            direct.add(view.id)
    views += here.values()  # connected here, not yet known to the team: it needs approval like any other
    for view in views:
        if (why := network_refusal(view.network, settings)) is not None:
            refused[view.id] = why
    side = TeamSide(
        client.url.user, client.role, client.config.get("team", ""), reachable, frozenset(direct), refused
    )
    return Destinations(views, side)


def find(
    client: TeamClient, ref: str, local: Sequence[AccountView], settings: Mapping[str, Any]
) -> AccountView:
    """The team account ``ref`` (id or @handle) names, as ``destinations`` shows it; TeamError when the team
    has none such, or this PC's machine policy rules its network out."""
    from desktop.core.settings import network_refusal

    found = client.find_account(ref, [(a.network, a.handle) for a in local])
    if (refusal := network_refusal(found["network"], settings)) is not None:
        raise TeamError(refusal)
    here = {(a.network, a.handle): a for a in local}
    mine = here.get((found["network"], found["handle"]))
    if not found["id"]:
        assert mine is not None  # an account the team doesn't know yet is one of this PC's
        return mine
    return team_view({**found, "id": int(found["id"])}, mine)


@dataclass(frozen=True)
class PostRequest:
    """What Post asks for, handed down whole from ``Crier.queue``: the post, each chosen account's verdict,
    and how it goes (a reason to override the gate, a time, each account's language, as a pair, or
    without approval with its reason)."""

    outgoing: Outgoing
    verdicts: Sequence[Verdict]
    override_reason: str = ""
    scheduled_at: datetime | None = None
    languages: Mapping[int, str] | None = None
    pair: bool = False
    direct_reason: str = ""


def submit(client: TeamClient, request: PostRequest) -> list[int | None]:
    """Submit one post per verdict for approval (or, with ``direct_reason``, post it without approval where
    team policy allows); returns the submission ids, None for each that waits on this PC to be pushed.

    The post gate first: a finding stops it unless policy lets it be overridden and a reason is given,
    and the reason goes to the approvers as the submission's first comment. Refusals by role or policy
    are raised before anything is recorded.
    """
    from desktop.core.posting import check_override

    outgoing, verdicts, pair, languages = request.outgoing, request.verdicts, request.pair, request.languages
    if not verdicts:
        raise StoreError(
            QT_TRANSLATE_NOOP("core.outbox", "Choose at least one account to post to."), retryable=False
        )
    note = check_override(verdicts, request.override_reason)
    images = team_images(outgoing.media)
    made: dict[str, Any] = {"batch": uuid.uuid4().hex}  # one Post: the drafts list shows the latest
    if outgoing.draft_id is not None:
        made["draft_id"] = outgoing.draft_id
    direct_reason = " ".join(request.direct_reason.split())
    if direct_reason:
        _check_direct(client, verdicts, direct_reason, pair)
    _make_known(client, [v.account for v in verdicts])
    when = request.scheduled_at.isoformat() + "Z" if request.scheduled_at else None
    if pair:
        if len(verdicts) != 2 or _key(verdicts[0].account) == _key(verdicts[1].account):
            raise StoreError(NOT_A_PAIR, retryable=False)
        welsh, english = verdicts
        payload: dict[str, Any] = {
            **_where(welsh.account),
            "text": welsh.text,
            "english": _where(english.account),
            "english_text": english.text,
            "scheduled_at": when,
            **made,
        }
        if note:
            payload["note"] = note
        submission = _act(client, "submit_pair", payload, images)
        if submission is None:
            return [None, None]
        partner = next((s["pair_of"] for s in client.view("submissions") if s["id"] == submission), None)
        return [submission, partner]
    ids: list[int | None] = []
    for verdict in verdicts:
        account = verdict.account
        payload = {
            **_where(account),
            "text": verdict.text,
            "language": (languages or {}).get(account.id, outgoing.language),
            "scheduled_at": when,
            **made,
        }
        if note:
            payload["note"] = note
        kind = "submit"
        if direct_reason:
            kind, payload["reason"] = "post_direct", direct_reason
        ids.append(_act(client, kind, payload, images))
    return ids


def approval_gate(
    client: TeamClient,
    submission: Mapping[str, Any],
    local: Sequence[AccountView],
    settings: Mapping[str, Any],
    note: str,
) -> None:
    """The post gate again, on the words being approved: an edit (``crier edit``), or a submission made
    from psql, never passed it on the author's PC. A finding that policy won't let be overridden refuses
    the approval (``Blocked``); one it lets be overridden needs the approver's note as the reason."""
    from desktop.core.posting import assess, check_override

    key = (submission["network"], submission["account"])
    rows = {(a["network"], a["handle"]): a for a in client.local.cache("accounts", [])}
    here = {_key(a): a for a in local}
    row = rows.get(key) or {"id": 0, "network": key[0], "handle": key[1]}
    check_override([assess(submission["text"], team_view(row, here.get(key)), settings)], note)


def team_images(media: Sequence[Attachment]) -> list[Image]:
    """The post's images with their bytes, checked as the draft store checks an attached image (type by its
    first bytes, size, how many) and each with its alt text, which the team database requires too."""
    from desktop.core.store import MAX_IMAGE_BYTES, MAX_IMAGES, image_type
    from desktop.core.team.local import Image

    if len(media) > MAX_IMAGES:
        too_many = QT_TRANSLATE_NOOP("core.store", "A post can carry at most {n} images.")
        raise StoreError(too_many.format(n=MAX_IMAGES), retryable=False)
    images = []
    for n, attachment in enumerate(media, 1):
        name = attachment.path.name
        try:
            content = attachment.path.read_bytes()
        except OSError as exc:
            unread = QT_TRANSLATE_NOOP("core.store", "Crier couldn't read {name}: {why}.")
            raise StoreError(unread.format(name=name, why=exc.strerror), retryable=False) from exc
        kind = image_type(content[:16])
        if kind is None:
            not_image = QT_TRANSLATE_NOOP("core.store", "{name} isn't a PNG, JPEG, GIF or WebP image.")
            raise StoreError(not_image.format(name=name), retryable=False)
        if len(content) > MAX_IMAGE_BYTES:
            too_big = QT_TRANSLATE_NOOP(
                "core.store", "{name} is over 20 MB: make it smaller and attach it again."
            )
            raise StoreError(too_big.format(name=name), retryable=False)
        if not attachment.alt_text.strip():
            undescribed = QT_TRANSLATE_NOOP(
                "core.checks", "Image {n} has no description (alt text) for screen readers."
            )
            raise StoreError(undescribed.format(n=n), retryable=False)
        images.append(Image(kind[0], attachment.alt_text.strip(), name, content))
    return images


def _act(client: TeamClient, kind: str, payload: dict[str, Any], images: Sequence[Image] = ()) -> int | None:
    """Record the action (with its images' bytes) here and push it now if the database answers: its result,
    None while it waits here (also when the link drops on the way: it is recorded, and goes at the next
    push)."""
    if images:
        payload["images"] = [
            {"name": i.name, "alt_text": i.alt_text, "bytes": len(i.content)} for i in images
        ]
    try:
        return client.act(kind, payload, images)[1]
    except Unreachable:
        return None


def _key(account: AccountView) -> tuple[str, str]:
    return account.network, account.handle


def _where(account: AccountView) -> dict[str, str]:
    return {"network": account.network, "handle": account.handle}


def _check_direct(client: TeamClient, verdicts: Sequence[Verdict], reason: str, pair: bool) -> None:
    if pair:
        raise TeamError(NO_DIRECT_PAIR, 2)
    policy = client.local.cache("policy", {}) or {}
    rows = {(a["network"], a["handle"]): a for a in client.local.cache("accounts", [])}
    for verdict in verdicts:
        row = rows.get(_key(verdict.account), {})
        if not may_post_directly(client.role, policy, bool(row.get("needs_approval", True)), reason):
            raise TeamError(NOT_DIRECT.format(account=verdict.account.handle))


def _make_known(client: TeamClient, accounts: Sequence[AccountView]) -> None:
    """This PC's accounts that the team doesn't know yet are made known now when the database answers (by
    name and network only), so the submission can name them; offline, the next sync does it first."""
    known = {(a["network"], a["handle"]) for a in client.local.cache("accounts", [])}
    new = [a for a in accounts if _key(a) not in known]
    if not new:
        return
    conn = client.try_connect()
    if conn is not None:
        with conn:
            client.register_accounts(conn, [(a.network, a.handle, a.display_name) for a in new])
            client.pull(conn)
