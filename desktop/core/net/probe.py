"""Is the network there? One cheap request, and a backing-off schedule for when to ask again."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import requests

from desktop.core.net.limits import RedirectRefused
from desktop.core.net.problems import NetProblem, classify_exception, proxy_auth_problem


@dataclass(frozen=True, slots=True)
class ProbeResult:
    online: bool
    problem: NetProblem | None
    latency_ms: float | None
    status: int | None = None


def probe(
    session: requests.Session,
    url: str,
    timeout: float = 5.0,
    *,
    clock: Callable[[], float] = time.monotonic,
) -> ProbeResult:
    """Is ``url``'s host reachable through ``session``? Any HTTP answer (even 401/404) counts as online."""
    started = clock()
    try:
        response = session.head(url, timeout=timeout, allow_redirects=False)
    except RedirectRefused as exc:  # an answer all the same: the host is reachable
        status = exc.response.status_code if exc.response is not None else None
        return ProbeResult(True, None, (clock() - started) * 1000.0, status)
    except (requests.RequestException, OSError) as exc:
        return ProbeResult(online=False, problem=classify_exception(exc), latency_ms=None)
    latency_ms = (clock() - started) * 1000.0
    response.close()
    if response.status_code == 407:  # a plain-http request answered by the proxy, not the host
        return ProbeResult(False, proxy_auth_problem("HTTP 407 from the proxy"), latency_ms, 407)
    return ProbeResult(True, None, latency_ms, response.status_code)


@dataclass
class ProbeSchedule:
    """When to check the connection next: soon at first, then backing off to ``cap`` seconds.

    Jitter (up to ``jitter`` × the delay, subtracted) stops many PCs on one network probing in step.
    ``rand`` and ``clock`` are injectable so the schedule is testable without waiting.
    """

    base: float = 5.0
    cap: float = 300.0
    factor: float = 2.0
    jitter: float = 0.2
    rand: Callable[[], float] = random.random
    clock: Callable[[], float] = time.monotonic
    attempts: int = field(default=0, init=False)
    due_at: float | None = field(default=None, init=False)
    _current: float = field(default=0.0, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.base <= 0 or self.cap < self.base or self.factor < 1 or not 0 <= self.jitter < 1:
            raise ValueError("ProbeSchedule needs base > 0, cap >= base, factor >= 1 and 0 <= jitter < 1.")
        self._current = self.base

    def next_delay(self) -> float:
        """Seconds to wait before the next probe; each call backs off further until the cap."""
        delay = self._current * (1.0 - self.jitter * self.rand())
        self._current = min(self.cap, self._current * self.factor)
        self.attempts += 1
        self.due_at = self.clock() + delay
        return delay

    def reset(self) -> None:
        """Back to quick probes, e.g. after a success or when the user presses "Try again"."""
        self._current = self.base
        self.attempts = 0
        self.due_at = None

    def is_due(self) -> bool:
        return self.due_at is None or self.clock() >= self.due_at
