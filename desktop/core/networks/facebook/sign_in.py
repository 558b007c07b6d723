"""Connecting a Facebook Page: its access token checked against Graph and kept in the keyring.

The token, pasted (with the Page id) or got through Facebook Login (``login``), is kept as one keyring
entry, ``page_token``; the database holds only the Page's id, name and address.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import requests

from desktop.core.accounts import Accounts, AccountView
from desktop.core.credentials import CredentialsUnavailable, Secret, SecretStore
from desktop.core.networks import saving
from desktop.core.networks.facebook.api import (
    _PAGE_ID,
    AUTH_KIND,
    GRAPH_BASE,
    NETWORK,
    PAGE_SIZE,
    SIGN_IN_CODES,
    TOKEN_SECRET,
    GraphRefusal,
    UnreadableAnswer,
    _Graph,
    checked_base,
    classify,
)
from desktop.core.networks.facebook.publisher import _page_info
from desktop.core.networks.loopback import SignInError, SignInProblem
from desktop.core.networks.publishing import AccountInfo, ErrorKind, PublishError
from desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# -- connecting a Page -------------------------------------------------------------------------------


ConnectProblem = SignInProblem


class FacebookConnectError(SignInError):
    """Connecting a Page failed; ``user_message`` is one plain sentence, never a token."""


@dataclass(frozen=True)
class UserToken:
    """A person's token from Facebook Login; ``expires_at`` 0 when it is long-lived or unknown."""

    token: Secret
    expires_at: float = 0.0


@dataclass(frozen=True)
class PageChoice:
    """A Page the signed-in person manages, with its own token (shown as **** everywhere)."""

    page_id: str
    name: str
    username: str
    token: Secret
    tasks: tuple[str, ...] = ()

    @property
    def can_post(self) -> bool:
        """Facebook lists the person's tasks on the Page; no list means Facebook didn't say, so try."""
        return not self.tasks or "CREATE_CONTENT" in self.tasks or "MANAGE" in self.tasks


def _connect_error(exc: GraphRefusal | PublishError, *, rejected: str) -> FacebookConnectError:
    """A Graph or network failure met while connecting, in connect's terms (nothing retries here)."""
    if isinstance(exc, UnreadableAnswer):
        return FacebookConnectError(
            ConnectProblem.FACEBOOK,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Facebook's answer couldn't be read: something on the network (a proxy, or a Wi-Fi sign-in "
                "page) may have answered instead. Check you're online, then try again.",
            ),
            detail=exc.detail,
        )
    if isinstance(exc, PublishError):
        return FacebookConnectError(ConnectProblem.NETWORK, exc.message, detail=exc.detail)
    error = classify(exc)
    detail = exc.error.describe(exc.doing)
    if exc.error.code in SIGN_IN_CODES or (exc.error.code == 100 and exc.error.subcode != 33):
        return FacebookConnectError(ConnectProblem.REJECTED, rejected, detail=detail)
    if exc.error.code == 100:
        return FacebookConnectError(
            ConnectProblem.WRONG_PAGE,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Facebook has no Page with that ID that this access can see. Check the Page ID (in the "
                "Page's About section, under Page transparency) and try again.",
            ),
            detail=detail,
        )
    if error.kind in (ErrorKind.RETRY_LATER, ErrorKind.WAIT_UNTIL):
        return FacebookConnectError(
            ConnectProblem.FACEBOOK,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Facebook is busy or having a problem ({status}), so the Page wasn't connected. Try again "
                "in a few minutes.",
            ).format(status=exc.error.status),
            detail=detail,
        )
    return FacebookConnectError(ConnectProblem.FACEBOOK, error.message, detail=detail)


def _require_keyring(secrets: SecretStore) -> None:
    """Fail before anything is fetched if there is nowhere safe to keep the token."""
    status = secrets.status()
    if not status.available:
        raise CredentialsUnavailable(status.reason, status.message, backend=status.backend)


def _clean_token(token: str | Secret) -> Secret:
    value = Secret(token).reveal().strip()
    if not value:
        raise FacebookConnectError(
            ConnectProblem.BAD_INPUT, QT_TRANSLATE_NOOP("core.networks", "Paste the Page access token first.")
        )
    if any(ch.isspace() for ch in value):
        raise FacebookConnectError(
            ConnectProblem.BAD_INPUT,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "That doesn't look like an access token (it contains spaces). Copy only the token and paste "
                "it again.",
            ),
        )
    return Secret(value)


def _identify(
    session: requests.Session, base: str, token: Secret, page_id: str
) -> tuple[AccountInfo, Secret]:
    """Whose token this is; a person's token is swapped for the Page's own from /me/accounts."""
    rejected = QT_TRANSLATE_NOOP(
        "core.networks",
        "Facebook didn't accept this access token: it may have expired or been copied incompletely. Copy "
        "the Page access token again and paste it.",
    )
    graph = _Graph(session, token, base)
    try:
        me, _ = graph.call("GET", "me", doing="GET /me", params={"fields": "id,name", "metadata": "1"})
    except (GraphRefusal, PublishError) as exc:
        raise _connect_error(exc, rejected=rejected) from None
    me_id = str(me.get("id") or "")
    kind = str((me.get("metadata") or {}).get("type") or "")
    if kind == "page" or (page_id and me_id == page_id):
        if page_id and me_id != page_id:
            raise FacebookConnectError(
                ConnectProblem.WRONG_PAGE,
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "This access token is for the Page {name}, not Page {page_id}. Paste the token of the "
                    "Page you want, or leave the Page ID empty to connect this one.",
                ).format(name=me.get("name") or me_id, page_id=page_id),
            )
        try:
            page, _ = graph.call("GET", me_id, doing="GET /{page-id}", params={"fields": "id,name,username"})
        except (GraphRefusal, PublishError) as exc:
            raise _connect_error(exc, rejected=rejected) from None
        return _page_info(page), token
    pages = [p for p in pages_for_user(session, UserToken(token), base=base)]
    chosen = [p for p in pages if p.page_id == page_id] if page_id else pages
    if len(chosen) != 1:
        raise FacebookConnectError(
            ConnectProblem.WRONG_PAGE,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "This is a person's access token, and Crier couldn't tell which Page to post to with it: "
                "enter the ID of a Page you manage, or paste the Page's own access token.",
            )
            if not page_id or not pages
            else QT_TRANSLATE_NOOP(
                "core.networks",
                "The person this token belongs to doesn't manage Page {page_id}. Check the Page ID, or paste "
                "the Page's own access token.",
            ).format(page_id=page_id),
        )
    choice = chosen[0]
    return AccountInfo(
        choice.page_id, f"@{choice.username}" if choice.username else choice.name, choice.name
    ), choice.token


def connect_facebook(
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    page_id: str,
    token: str | Secret,
    *,
    expires_at: float = 0.0,
    base: str = GRAPH_BASE,
) -> AccountView:
    """Check a Page access token against Graph, then keep it: the whole "Connect Facebook Page" step.

    ``page_id`` may be empty when ``token`` is a Page token (Graph's /me is then the Page). A person's
    token with a ``page_id`` is swapped for that Page's own token. Reconnecting a Page updates its
    existing account. Raises FacebookConnectError (or CredentialsUnavailable) with a ``user_message``.
    """
    _require_keyring(secrets)
    page_id = page_id.strip()
    if page_id and not _PAGE_ID.match(page_id):
        raise FacebookConnectError(
            ConnectProblem.BAD_INPUT,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "A Page ID is a number (find it in the Page's About section, under Page transparency); "
                "enter it without spaces, or leave it empty.",
            ),
        )
    info, page_token = _identify(session, checked_base(base), _clean_token(token), page_id)

    def settings(old: Mapping[str, Any]) -> dict[str, Any]:
        kept = {name: value for name, value in old.items() if name != "token_expires_at"}
        return {**kept, "token_expires_at": int(expires_at)} if expires_at else kept

    slug = info.handle[1:] if info.handle.startswith("@") else info.remote_id
    account = saving.save_account(
        accounts,
        secrets,
        network=NETWORK,
        info=info,
        auth_kind=AUTH_KIND,
        values={TOKEN_SECRET: page_token},
        service_url=f"https://www.facebook.com/{slug}",
        settings=settings,
    )
    log.info("Facebook Page %s (%s) connected", info.handle, info.remote_id)
    return account


def pages_for_user(session: requests.Session, user: UserToken, *, base: str = GRAPH_BASE) -> list[PageChoice]:
    """The Pages a person manages, each with its own token (``GET /me/accounts``)."""
    graph = _Graph(session, user.token, checked_base(base))
    params = {"fields": "id,name,username,access_token,tasks", "limit": str(PAGE_SIZE)}
    pages: list[PageChoice] = []
    for _ in range(10):
        try:
            body, _ = graph.call("GET", "me/accounts", doing="GET /me/accounts", params=params)
        except (GraphRefusal, PublishError) as exc:
            raise _connect_error(
                exc,
                rejected=QT_TRANSLATE_NOOP(
                    "core.networks",
                    "Facebook didn't accept the sign-in. Start again and allow Crier's access.",
                ),
            ) from None
        for item in body.get("data") or []:
            if not isinstance(item, dict) or not item.get("id") or not item.get("access_token"):
                continue
            listed = item.get("tasks")
            tasks = listed if isinstance(listed, list) else []
            pages.append(
                PageChoice(
                    str(item["id"]),
                    str(item.get("name") or ""),
                    str(item.get("username") or ""),
                    Secret(str(item["access_token"])),
                    tuple(str(t) for t in tasks),
                )
            )
        after = ((body.get("paging") or {}).get("cursors") or {}).get("after")
        if not (body.get("paging") or {}).get("next") or not isinstance(after, str):
            break
        params = {**params, "after": after}
    return pages
