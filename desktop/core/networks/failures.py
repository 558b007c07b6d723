"""The one way a request that got no usable answer becomes a ``PublishError``, for every network."""

from __future__ import annotations

from desktop.core.net import classify_exception, may_have_been_sent
from desktop.core.networks.publishing import ErrorKind, PublishError


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
