"""The one way a request that got no usable answer becomes a ``PublishError``, for every network."""

from __future__ import annotations

from desktop.core.net import PROXY_AUTH_MESSAGE, classify_exception, may_have_been_sent
from desktop.core.networks.publishing import ErrorKind, PublishError
from desktop.core.translatable import QT_TRANSLATE_NOOP


def network_failure(exc: BaseException, doing: str, *, write: bool) -> PublishError:
    """No answer (offline, a timeout, a proxy or certificate problem): retry later, or a person looks.

    ``ambiguous`` when ``write`` and the request may have reached the network, so the next attempt
    first asks whether it landed.
    """
    problem = classify_exception(exc)
    if not problem.retry_may_help:  # a proxy sign-in, an untrusted certificate or a redirect
        return PublishError(
            ErrorKind.NEEDS_ATTENTION,
            problem.message,
            ambiguous=write and may_have_been_sent(exc),  # a redirect answered a write: check first
            detail=f"{doing}: {problem.detail}",
        )
    return PublishError(
        ErrorKind.RETRY_LATER,
        problem.message,
        ambiguous=write and may_have_been_sent(exc),
        detail=f"{doing}: {problem.detail}",
    )


def server_trouble(status: int, who: str, *, write: bool, detail: str) -> PublishError | None:
    """A proxy asking for its sign-in (407), or ``who`` failing on its side (5xx); None for other statuses.

    A 5xx answer to a write is ambiguous: the post may have been made before the error.
    """
    if status == 407:
        return PublishError(ErrorKind.NEEDS_ATTENTION, PROXY_AUTH_MESSAGE, detail=detail)
    if status >= 500:
        return PublishError(
            ErrorKind.RETRY_LATER,
            QT_TRANSLATE_NOOP(
                "core.publishing", "{who} had a problem on its side ({status}). Crier will try again shortly."
            ).format(who=who, status=status),
            ambiguous=write,
            detail=detail,
        )
    return None
