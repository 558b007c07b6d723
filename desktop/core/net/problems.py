"""Network failures in the user's words (:class:`NetProblem`), and whether a failed write may have left."""

from __future__ import annotations

import errno
import re
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

from desktop.core.net.limits import AnswerTooLarge, DeadlineExceeded, RedirectRefused
from desktop.core.translatable import QT_TRANSLATE_NOOP

PROXY_AUTH_MESSAGE = QT_TRANSLATE_NOOP(
    "core.net",
    "Your organisation's proxy asked for a sign-in (407). "
    "Ask IT for the proxy settings, or set them in Settings → Network.",
)


ProblemKind = Literal[
    "offline", "timeout", "proxy-auth", "proxy-unreachable", "tls", "redirect", "too-large", "other"
]


@dataclass(frozen=True, slots=True)
class NetProblem:
    """What went wrong, for the user (``message``) and for the log (``detail``, credentials removed)."""

    kind: ProblemKind
    message: str
    detail: str = ""

    @property
    def retry_may_help(self) -> bool:
        """A sign-in request, an untrusted certificate or a redirect needs a person; the rest may clear up."""
        return self.kind not in ("proxy-auth", "tls", "redirect")


_CREDENTIALS = re.compile(r"(?<=//)[^/@\s'\"]+@")


def redact(text: str) -> str:
    """Remove ``user:password@`` from any URLs in ``text`` before it is shown or logged."""
    return _CREDENTIALS.sub("***@", text)


def exception_chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps: requests → MaxRetryError.reason → urllib3 → OSError."""
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = [getattr(current, "reason", None), current.__cause__, current.__context__, *current.args]
        pending.extend(item for item in linked if isinstance(item, BaseException))


#: Failures that happen before a request can leave this computer: retrying such a write can't double it.
_NOT_SENT = (
    requests.exceptions.ConnectTimeout,
    requests.exceptions.ProxyError,
    requests.exceptions.SSLError,
    urllib3.exceptions.NewConnectionError,
    urllib3.exceptions.NameResolutionError,
    urllib3.exceptions.ConnectTimeoutError,
    ConnectionRefusedError,
    socket.gaierror,
)


def may_have_been_sent(exc: BaseException) -> bool:
    """False only when the failure was before the request could leave (no connection, DNS, TLS, proxy).

    Every publisher asks this of a failed write: True means the network may have the post, so the next
    attempt must first find out (the publisher's exactly-once rule).
    """
    return not any(isinstance(item, _NOT_SENT) for item in exception_chain(exc))


_TUNNEL_STATUS = re.compile(r"Tunnel connection failed: (\d{3})")
_OFFLINE_ERRNOS = {
    errno.ECONNREFUSED,
    errno.ENETUNREACH,
    errno.EHOSTUNREACH,
    errno.ENETDOWN,
    getattr(errno, "EHOSTDOWN", errno.EHOSTUNREACH),
}
_OFFLINE_WINERRORS = {10061, 10051, 10065, 10050, 11001, 11002, 11004}  # refused, unreachable, DNS
_OFFLINE_TEXT = (
    "connection refused",
    "name or service not known",
    "nodename nor servname",
    "getaddrinfo failed",
    "failed to resolve",
    "temporary failure in name resolution",
    "no route to host",
    "network is unreachable",
)


def _target_host(chain: list[BaseException]) -> str | None:
    for item in chain:
        request = getattr(item, "request", None)
        url = getattr(request, "url", None)
        if isinstance(url, str):
            return urlsplit(url).hostname
    for item in chain:
        pool = getattr(item, "pool", None)
        host = getattr(pool, "host", None)
        if isinstance(host, str):
            return host
    return None


def _is_offline_error(item: BaseException) -> bool:
    if isinstance(item, socket.gaierror | ConnectionRefusedError | urllib3.exceptions.NameResolutionError):
        return True
    if isinstance(item, OSError) and (
        item.errno in _OFFLINE_ERRNOS or getattr(item, "winerror", None) in _OFFLINE_WINERRORS
    ):
        return True
    return isinstance(item, urllib3.exceptions.NewConnectionError) and any(
        text in str(item).lower() for text in _OFFLINE_TEXT
    )


def _is_timeout(item: BaseException) -> bool:
    if isinstance(item, urllib3.exceptions.NewConnectionError):
        return False  # a subclass of ConnectTimeoutError in urllib3 2, but means "couldn't connect"
    return isinstance(
        item,
        requests.Timeout | urllib3.exceptions.TimeoutError | TimeoutError,
    ) or (isinstance(item, OSError) and item.errno == errno.ETIMEDOUT)


def proxy_auth_problem(detail: str = "") -> NetProblem:
    return NetProblem("proxy-auth", PROXY_AUTH_MESSAGE, detail)


Rule = tuple[Callable[[BaseException], bool], ProblemKind, str]


def _rules(where: str, *, before_tunnel: bool) -> tuple[Rule, ...]:
    """What an exception in the chain means, in order: the first rule any link matches is the problem.

    A proxy's refusal of the tunnel (its status in the message) is judged between the two halves: after
    the answer and TLS rules, before "couldn't reach the proxy" and the connection rules."""
    if before_tunnel:
        return (
            (
                lambda item: isinstance(item, AnswerTooLarge),
                "too-large",
                QT_TRANSLATE_NOOP(
                    "core.net",
                    "{where} sent an answer far larger than expected, so Crier stopped reading it. This is "
                    "usually a fault on that server or on the network; Crier will try again later.",
                ).format(where=where),
            ),
            (
                lambda item: isinstance(item, DeadlineExceeded),
                "timeout",
                QT_TRANSLATE_NOOP(
                    "core.net",
                    "{where} took too long to finish its answer. The connection may be slow or busy; "
                    "Crier will try again later.",
                ).format(where=where),
            ),
            (
                lambda item: (
                    isinstance(item, ssl.SSLCertVerificationError)
                    or "certificate verify failed" in str(item).lower()
                ),
                "tls",
                QT_TRANSLATE_NOOP(
                    "core.net",
                    "Crier couldn't confirm it was really talking to {where}: the security certificate "
                    "wasn't trusted. On a council network this usually means the organisation's proxy checks "
                    "secure traffic with its own certificate, which this computer doesn't trust yet. Ask IT "
                    "to install the organisation's certificates, or choose their certificate file in "
                    "Settings → Network.",
                ).format(where=where),
            ),
            (
                lambda item: isinstance(item, ssl.SSLError | requests.exceptions.SSLError),
                "tls",
                QT_TRANSLATE_NOOP(
                    "core.net",
                    "Crier couldn't set up a secure connection to {where}. If this keeps happening on the "
                    "council network, ask IT whether the organisation's proxy allows this site.",
                ).format(where=where),
            ),
        )
    return (
        (
            lambda item: isinstance(item, requests.exceptions.ProxyError | urllib3.exceptions.ProxyError),
            "proxy-unreachable",
            QT_TRANSLATE_NOOP(
                "core.net",
                "Crier couldn't reach your organisation's proxy. If you're away from the office network, "
                "check the proxy setting in Settings → Network (try 'use this computer's settings'); "
                "otherwise ask IT whether the proxy address has changed.",
            ),
        ),
        (
            _is_offline_error,
            "offline",
            QT_TRANSLATE_NOOP(
                "core.net",
                "Crier couldn't connect to {where}. Check that this computer is connected to the internet, "
                "then try again.",
            ).format(where=where),
        ),
        (
            _is_timeout,
            "timeout",
            QT_TRANSLATE_NOOP(
                "core.net",
                "{where} took too long to answer. The connection may be slow or busy; try again in a few"
                " minutes.",
            ).format(where=where),
        ),
    )


def classify_exception(exc: BaseException) -> NetProblem:
    """Turn a network exception into a :class:`NetProblem` with a plain message (never "offline" for 407)."""
    chain = list(exception_chain(exc))
    detail = redact(f"{type(exc).__name__}: {exc}")
    where = _target_host(chain) or QT_TRANSLATE_NOOP("core.net", "the server")

    tunnel_status: int | None = None
    for item in chain:
        response = getattr(item, "response", None)
        if getattr(response, "status_code", None) == 407:
            return proxy_auth_problem(detail)
        match = _TUNNEL_STATUS.search(str(item))
        if match:
            tunnel_status = int(match.group(1))
    if tunnel_status == 407 or any(
        "407" in str(item) and "proxy authentication" in str(item).lower() for item in chain
    ):
        return proxy_auth_problem(detail)

    redirect = next((item for item in chain if isinstance(item, RedirectRefused)), None)
    if redirect is not None:
        return NetProblem(
            "redirect",
            QT_TRANSLATE_NOOP(
                "core.net",
                "{where} sent Crier on to another address ({target}) instead of answering. Crier never "
                "follows a redirect with a post or a sign-in, so nothing was sent there. If it keeps "
                "happening, ask IT whether something on the network is redirecting traffic.",
            ).format(where=where, target=redirect.target_host),
            detail,
        )
    for matches, kind, message in _rules(where, before_tunnel=True):
        if any(matches(item) for item in chain):
            return NetProblem(kind, message, detail)

    if tunnel_status is not None:
        if tunnel_status == 403:
            return NetProblem(
                "other",
                QT_TRANSLATE_NOOP(
                    "core.net",
                    "Your organisation's proxy blocked the connection to {where} (403). Ask IT to allow "
                    "{where} for Crier.",
                ).format(where=where),
                detail,
            )
        if tunnel_status in (502, 503, 504):
            return NetProblem(
                "offline",
                QT_TRANSLATE_NOOP(
                    "core.net",
                    "Your organisation's proxy couldn't reach {where} ({status}). The site or the connection "
                    "may be down; try again in a few minutes.",
                ).format(where=where, status=tunnel_status),
                detail,
            )
        return NetProblem(
            "other",
            QT_TRANSLATE_NOOP(
                "core.net",
                "Your organisation's proxy refused the connection to {where} ({status}). Ask IT to check the "
                "proxy settings for Crier.",
            ).format(where=where, status=tunnel_status),
            detail,
        )

    for matches, kind, message in _rules(where, before_tunnel=False):
        if any(matches(item) for item in chain):
            return NetProblem(kind, message, detail)
    return NetProblem(
        "other",
        QT_TRANSLATE_NOOP(
            "core.net",
            "Something went wrong while talking to {where}. Try again; if it keeps happening, send the log "
            "file to IT.",
        ).format(where=where),
        detail,
    )
