"""Crier's HTTP, split along its seams; this package re-exports the public names so callers keep working.

- :mod:`.config` — :class:`NetConfig`, the API bases, TLS trust, User-Agent.
- :mod:`.proxy` — per-request proxy choice (explicit, PAC, WPAD, system settings).
- :mod:`.adapters` — the transport adapters (trust, proxy, timeouts, bounded answers, API rewriting).
- :mod:`.session` — :func:`make_session`, :func:`mount_on`.
- :mod:`.problems` — failures in the user's words, and whether a failed write may have gone out.
- :mod:`.probe` — the connectivity probe and its schedule.
- :mod:`.limits` — redirect, deadline and size limits on every answer.

Never imports Qt.
"""

from desktop.core.net.adapters import ApiBaseRewriteAdapter, CrierAdapter
from desktop.core.net.config import (
    API_BASE_ALIASES,
    API_BASE_ENV,
    FACEBOOK_API_BASE,
    USER_AGENT,
    X_API_BASE,
    NetConfig,
    is_loopback_host,
    make_ssl_context,
)
from desktop.core.net.limits import AnswerTooLarge, DeadlineExceeded, RedirectRefused
from desktop.core.net.probe import ProbeResult, ProbeSchedule, probe
from desktop.core.net.problems import (
    PROXY_AUTH_MESSAGE,
    NetProblem,
    ProblemKind,
    classify_exception,
    exception_chain,
    may_have_been_sent,
    proxy_auth_problem,
    redact,
)
from desktop.core.net.proxy import ProxyResolver
from desktop.core.net.session import make_session, mount_on

__all__ = [
    "API_BASE_ALIASES",
    "API_BASE_ENV",
    "FACEBOOK_API_BASE",
    "PROXY_AUTH_MESSAGE",
    "USER_AGENT",
    "X_API_BASE",
    "AnswerTooLarge",
    "ApiBaseRewriteAdapter",
    "CrierAdapter",
    "DeadlineExceeded",
    "NetConfig",
    "NetProblem",
    "ProbeResult",
    "ProbeSchedule",
    "ProblemKind",
    "ProxyResolver",
    "RedirectRefused",
    "classify_exception",
    "exception_chain",
    "is_loopback_host",
    "make_session",
    "make_ssl_context",
    "may_have_been_sent",
    "mount_on",
    "probe",
    "proxy_auth_problem",
    "redact",
]
