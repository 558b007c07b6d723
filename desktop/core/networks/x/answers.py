"""X's answers other than success, read: its error messages, its rate-limit resets, and the one place each
becomes a ``PublishError`` kind (``classify``). Kept apart from the publisher, which makes the requests.

A 403 or 404 whose body isn't X's own JSON error is not X's refusal: a council's web filter or proxy
answered in X's place (an "Access denied" page). The officer is told that something between the computer
and X refused it, as every network's publisher says it (``publishing.refused_on_the_way``), not "X didn't
allow this", which sends them to check a post and an account that are fine.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from desktop.core.net import PROXY_AUTH_MESSAGE
from desktop.core.networks.publishing import (
    ErrorKind,
    PublishError,
    refused_on_the_way,
    reset_time,
    wait_until_error,
)
from desktop.core.translatable import QT_TRANSLATE_NOOP

DEFAULT_WAIT = timedelta(minutes=15)  # X's rate-limit window, when a 429 says nothing more
_RATE_HEADERS = ("x-rate-limit", "x-user-limit-24hour", "x-app-limit-24hour")
#: The keys of X's own error bodies (API v2 problem details, v1.1 ``errors``).
_X_ERROR_KEYS = frozenset({"errors", "title", "detail", "type", "status"})


class Duplicate(Exception):
    """X's 403 "duplicate content" to a create: settled in ``publish()``, never seen by the engine."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class TimelineUnreadable(Exception):
    """The account's tier can't read its own timeline (402/403/429 there): ``find_landed`` says None."""


def classify(response: Any, doing: str, *, write: bool, handle: str, now: float) -> Exception:
    """The one place an X answer other than success becomes a PublishError kind (``handle``: the account's,
    for the words; ``now``: the publisher's clock, for a rate limit's reset)."""
    status = int(getattr(response, "status_code", 0) or 0)
    said = _x_message(response)
    detail = f"{doing}: HTTP {status} {said}".strip()
    timeline = doing.startswith("GET /2/users/:id/tweets")
    if timeline and status in (402, 403, 429):
        return TimelineUnreadable(detail)
    if status in (403, 404) and not _is_xs(response):
        return refused_on_the_way("X", "api.x.com", status, detail=detail)
    if status == 401:
        return PublishError(
            ErrorKind.NEEDS_SIGN_IN,
            QT_TRANSLATE_NOOP(
                "core.x",
                "X no longer accepts Crier's sign-in for {handle}. Connect the account again "
                "in Accounts; its posts will wait until then.",
            ).format(handle=handle),
            detail=detail,
        )
    if status == 429:
        retry_at = rate_limit_reset(getattr(response, "headers", {}) or {}, now=now)
        return wait_until_error(
            QT_TRANSLATE_NOOP("core.x", "X's limit on how much {handle} can post has been reached.").format(
                handle=handle
            ),
            retry_at,
            detail=detail,
        )
    if status == 402:
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            QT_TRANSLATE_NOOP(
                "core.x",
                "X refused because the council's X developer account has run out of API credit (402). "
                "X said: {said} Ask whoever manages the X developer account to add "
                "credit, then send the post again.",
            ).format(said=said or QT_TRANSLATE_NOOP("core.x", "payment required.")),
            detail=detail,
        )
    if status == 403:
        lowered = said.lower()
        if write and "duplicate" in lowered:
            return Duplicate(detail)
        if "too long" in lowered:
            return PublishError(
                ErrorKind.NEEDS_EDITING,
                QT_TRANSLATE_NOOP(
                    "core.x",
                    "X refused this post because the text is too long. X said: {said} "
                    "Shorten it, then send it again.",
                ).format(said=said),
                detail=detail,
            )
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            QT_TRANSLATE_NOOP(
                "core.x",
                "X didn't allow this (403). X said: {said} "
                "Check the post and the account, then send it again.",
            ).format(said=said or QT_TRANSLATE_NOOP("core.x", "forbidden.")),
            detail=detail,
        )
    if status == 400:
        return PublishError(
            ErrorKind.NEEDS_EDITING,
            QT_TRANSLATE_NOOP(
                "core.x", "X refused this post. X said: {said} Edit it, then send it again."
            ).format(said=said or QT_TRANSLATE_NOOP("core.x", "the request was invalid.")),
            detail=detail,
        )
    if status == 407:
        return PublishError(ErrorKind.NEEDS_ATTENTION, PROXY_AUTH_MESSAGE, detail=detail)
    if status >= 500 or status == 0:
        return PublishError(
            ErrorKind.RETRY_LATER,
            QT_TRANSLATE_NOOP(
                "core.x", "X had a problem on its side ({status}). Crier will try again shortly."
            ).format(status=status),
            ambiguous=write,  # X has answered 503 after creating the post: check before re-sending
            detail=detail,
        )
    return PublishError(
        ErrorKind.NEEDS_ATTENTION,
        QT_TRANSLATE_NOOP(
            "core.x",
            "X answered in a way Crier didn't expect ({status}). X said: {said} Try "
            "again; if it keeps happening, send the log file to IT.",
        ).format(status=status, said=said or QT_TRANSLATE_NOOP("core.x", "nothing more.")),
        detail=detail,
    )


# -- rate limits -------------------------------------------------------------------------------------


def rate_limit_reset(headers: Mapping[str, str], *, now: float | None = None) -> datetime:
    """When posting may resume after a 429, as naive UTC.

    X sends the 15-minute window (``x-rate-limit-*``) and, on some tiers, 24-hour caps per user and per
    app (``x-user-limit-24hour-*``, ``x-app-limit-24hour-*``). The latest reset among the windows that
    are used up wins; with none marked used up, the 15-minute reset, else 15 minutes from now.
    """
    lowered = {str(k).lower(): str(v) for k, v in headers.items()}
    current = time.time() if now is None else now
    exhausted: list[float] = []
    any_reset: list[float] = []
    for prefix in _RATE_HEADERS:
        reset = _number(lowered.get(f"{prefix}-reset"))
        if reset is None:
            continue
        any_reset.append(reset)
        if _number(lowered.get(f"{prefix}-remaining")) == 0:
            exhausted.append(reset)
    if exhausted:
        when = max(exhausted)
    elif (window := _number(lowered.get("x-rate-limit-reset"))) is not None:
        when = window
    elif any_reset:
        when = max(any_reset)
    else:
        when = current + DEFAULT_WAIT.total_seconds()
    return reset_time(when, current, DEFAULT_WAIT)


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


# -- reading X's answers -----------------------------------------------------------------------------


def _x_message(response: Any) -> str:
    """X's own words from an error body (``errors[].message``, ``detail``, ``title``)."""
    try:
        body = response.json()
    except Exception:  # not JSON (a proxy's page), or no body at all
        return ""
    if not isinstance(body, dict):
        return ""
    errors = [e for e in body.get("errors") or [] if isinstance(e, dict)]
    messages = [e["message"] for e in errors if isinstance(e.get("message"), str)]
    if not messages:
        messages = [body[k] for k in ("detail", "title") if isinstance(body.get(k), str)][:1]
    return " ".join(m.strip().rstrip(".") + "." for m in messages if m.strip())


def _is_xs(response: Any) -> bool:
    """Whether an error answer is X's own JSON error (not a web filter's or a proxy's page)."""
    try:
        body = response.json()
    except Exception:  # noqa: BLE001 - not JSON, or no body at all
        return False
    return isinstance(body, dict) and not _X_ERROR_KEYS.isdisjoint(body)
