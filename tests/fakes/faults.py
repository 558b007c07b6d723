"""Scriptable fault injection for the fake X API.

Publishing code has to cope with every way a network call can go wrong, including the nasty one where X
created the post but the answer never arrived. A :class:`FaultPlan` holds rules that pick, per incoming
request, whether to misbehave and how. Rules are plain data so the same plan can be driven from Python or
as JSON through the server's ``/__control/faults`` endpoint (for subprocess tests).
"""

from __future__ import annotations

import itertools
import random
import re
import threading
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class FaultKind(StrEnum):
    """What the server does instead of (or as well as) answering normally."""

    STATUS = (
        "status"  # answer at once with an X-shaped error of the given HTTP status (500, 503, 429, 402, 403…)
    )
    TIMEOUT = "timeout"  # hold the connection for ``seconds`` (past the client's timeout), then close it
    DROP = "drop"  # close the connection without answering; the request is NOT processed
    SLOW = "slow"  # wait ``seconds``, then answer normally
    LOST_ANSWER = "lost_answer"  # process the request (the post IS created), then close without answering


@dataclass(frozen=True)
class Fault:
    """One misbehaviour. ``commit`` makes a TIMEOUT process the request before holding (ambiguous outcome)."""

    kind: FaultKind
    status: int = 0
    seconds: float = 0.0
    commit: bool = False

    def __post_init__(self) -> None:
        if self.kind is FaultKind.STATUS and not 400 <= self.status <= 599:
            raise ValueError(f"a status fault needs a 4xx/5xx status, not {self.status}")
        if self.seconds < 0:
            raise ValueError("fault seconds must not be negative")

    @classmethod
    def http(cls, status: int) -> Fault:
        return cls(FaultKind.STATUS, status=status)

    @classmethod
    def server_error(cls) -> Fault:
        return cls.http(500)

    @classmethod
    def unavailable(cls) -> Fault:
        return cls.http(503)

    @classmethod
    def rate_limited(cls) -> Fault:
        return cls.http(429)

    @classmethod
    def credits_depleted(cls) -> Fault:
        return cls.http(402)

    @classmethod
    def forbidden(cls) -> Fault:
        return cls.http(403)

    @classmethod
    def timeout(cls, seconds: float = 2.0, *, commit: bool = False) -> Fault:
        return cls(FaultKind.TIMEOUT, seconds=seconds, commit=commit)

    @classmethod
    def drop(cls) -> Fault:
        return cls(FaultKind.DROP)

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        return cls(FaultKind.SLOW, seconds=seconds)

    @classmethod
    def lost_answer(cls) -> Fault:
        return cls(FaultKind.LOST_ANSWER)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fault:
        return cls(
            FaultKind(data["kind"]),
            status=int(data.get("status", 0)),
            seconds=float(data.get("seconds", 0.0)),
            commit=bool(data.get("commit", False)),
        )


def _compile_path(pattern: str) -> re.Pattern[str]:
    """``*`` matches anything, ``{name}`` one path segment, everything else literally."""
    parts = re.split(r"(\*|\{[^}/]+\})", pattern)
    regex = "".join(
        ".*" if part == "*" else "[^/]+" if part.startswith("{") else re.escape(part) for part in parts
    )
    return re.compile(f"^{regex}$")


@dataclass
class FaultRule:
    """Targets requests by method (``*``, ``WRITE`` or a verb) and path pattern."""

    rule_id: str
    fault: Fault
    method: str = "*"
    path: str = "*"
    times: int | None = 1  # counted rules: fire this many times, then retire; None = unlimited
    skip: int = 0  # let this many matching requests through first
    fraction: float | None = None  # random rules: fire with this probability
    seed: int | None = None
    fired: int = 0
    _regex: re.Pattern[str] = field(init=False, repr=False)
    _rng: random.Random | None = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        self.method = self.method.upper()
        self._regex = _compile_path(self.path)
        if self.fraction is not None:
            if not 0.0 <= self.fraction <= 1.0:
                raise ValueError("fraction must be within [0, 1]")
            self._rng = random.Random(self.seed)

    def matches(self, method: str, path: str) -> bool:
        method = method.upper()
        method_ok = method in WRITE_METHODS if self.method == "WRITE" else self.method in ("*", method)
        return method_ok and bool(self._regex.match(path))

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.fired >= self.times

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.rule_id,
            **self.fault.to_dict(),
            "method": self.method,
            "path": self.path,
            "times": self.times,
            "skip": self.skip,
            "fraction": self.fraction,
            "seed": self.seed,
            "fired": self.fired,
        }


class FaultPlan:
    """Ordered, thread-safe set of rules; the first rule that fires for a request wins."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self._ids = itertools.count(1)

    def add(
        self, fault: Fault, *, method: str = "*", path: str = "*", times: int | None = 1, skip: int = 0
    ) -> str:
        """Fail the next ``times`` requests matching method+path (after letting ``skip`` through)."""
        with self._lock:
            rule = FaultRule(f"f{next(self._ids)}", fault, method, path, times=times, skip=skip)
            self._rules.append(rule)
            return rule.rule_id

    def add_random(
        self,
        fault: Fault,
        *,
        fraction: float,
        seed: int,
        method: str = "WRITE",
        path: str = "*",
        times: int | None = None,
    ) -> str:
        """Fail a seeded-random ``fraction`` of matching requests (writes by default), at most ``times``."""
        with self._lock:
            rule = FaultRule(
                f"f{next(self._ids)}", fault, method, path, times=times, fraction=fraction, seed=seed
            )
            self._rules.append(rule)
            return rule.rule_id

    def add_from_dict(self, data: dict[str, Any]) -> str:
        """JSON form used by the HTTP control endpoint: fault fields plus targeting fields."""
        fault = Fault.from_dict(data)
        method = str(data.get("method", "*"))
        path = str(data.get("path", "*"))
        times = data.get("times", 1 if data.get("fraction") is None else None)
        times = None if times is None else int(times)
        if data.get("fraction") is not None:
            return self.add_random(
                fault,
                fraction=float(data["fraction"]),
                seed=int(data.get("seed", 0)),
                method=str(data.get("method", "WRITE")),
                path=path,
                times=times,
            )
        return self.add(fault, method=method, path=path, times=times, skip=int(data.get("skip", 0)))

    def remove(self, rule_id: str) -> bool:
        with self._lock:
            before = len(self._rules)
            self._rules = [rule for rule in self._rules if rule.rule_id != rule_id]
            return len(self._rules) != before

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def rules(self) -> list[dict[str, Any]]:
        with self._lock:
            return [rule.to_dict() for rule in self._rules]

    def pick(self, method: str, path: str) -> Fault | None:
        """Decide the fault (if any) for one request, consuming counters and random draws."""
        with self._lock:
            for rule in self._rules:
                if rule.exhausted or not rule.matches(method, path):
                    continue
                if rule.skip > 0:
                    rule.skip -= 1
                    continue
                if (
                    rule._rng is not None
                    and rule.fraction is not None
                    and rule._rng.random() >= rule.fraction
                ):
                    continue
                rule.fired += 1
                if rule.exhausted:
                    self._rules.remove(rule)
                return rule.fault
            return None
