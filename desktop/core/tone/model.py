"""The shapes the tone checker hands out and takes in, kept free of any rule logic."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to point out in a draft; ``start``/``end`` are str indices the editor can underline."""

    rule: str
    start: int
    end: int
    severity: Severity
    message: str
    suggestion: str | None = None


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What the settings screen shows for a rule, so users know what turning it off loses."""

    id: str
    title: str
    description: str
    severity: Severity


@dataclass(frozen=True, slots=True)
class PreElectionPeriod:
    """A named run of days (both ends included) when council posts must stay politically neutral."""

    name: str
    start: date
    end: date

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class ToneContext:
    """Everything the user or IT policy can change about the checks; the defaults suit most councils."""

    networks: tuple[str, ...] = ()
    disabled_rules: frozenset[str] = frozenset()
    reading_age_target: int = 9
    banned_terms: Mapping[str, str | None] = field(default_factory=dict)
    preferred_terms: Mapping[str, str] = field(default_factory=dict)
    allowed_personal_data: frozenset[str] = frozenset()
    pre_election_periods: tuple[PreElectionPeriod, ...] = ()
    political_names: tuple[str, ...] = ()
    today: date | None = None
    council_domains: tuple[str, ...] = ()
    #: Per-network character limits where the account's differs from the network's default (X Premium).
    limits: Mapping[str, int] = field(default_factory=dict)
