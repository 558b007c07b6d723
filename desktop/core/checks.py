"""Live checks as one call: the counts for each chosen network plus the tone findings.

The window (per keystroke), ``crier check`` and the Post button all come through here, so they can
never disagree about whether a post is ready.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from desktop.core.counting import Measure, measure
from desktop.core.networks import COUNTED_NETWORKS
from desktop.core.tone import Finding, PreElectionPeriod, ToneContext, check


@dataclass(frozen=True, slots=True)
class CheckResult:
    text: str
    measures: tuple[Measure, ...]
    findings: tuple[Finding, ...]

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)

    def as_json(self) -> dict[str, Any]:
        return {
            "counts": [
                {
                    "network": m.network,
                    "length": m.length,
                    "limit": m.limit,
                    "remaining": m.remaining,
                    "valid": m.valid,
                    "over": list(m.over) if m.over else None,
                }
                for m in self.measures
            ],
            "findings": [
                {
                    "rule": f.rule,
                    "severity": f.severity,
                    "start": f.start,
                    "end": f.end,
                    "text": self.text[f.start : f.end],
                    "message": f.message,
                    "suggestion": f.suggestion,
                }
                for f in self.findings
            ],
            "ok": not self.has_errors,
        }


def finding_key(text: str, finding: Finding) -> str:
    """What "Ignore" remembers: the rule and the words, so it survives edits elsewhere in the draft."""
    return f"{finding.rule}:{text[finding.start : finding.end].casefold()}"


def _periods(raw: Iterable[Mapping[str, str]]) -> tuple[PreElectionPeriod, ...]:
    periods = []
    for item in raw:
        try:
            periods.append(
                PreElectionPeriod(
                    item["name"], date.fromisoformat(item["start"]), date.fromisoformat(item["end"])
                )
            )
        except (KeyError, ValueError, TypeError):
            continue  # settings validation reports bad entries; a check must never fail on one
    return tuple(periods)


def tone_context(
    settings: Mapping[str, Any], networks: Sequence[str], *, today: date | None = None
) -> ToneContext:
    """The checks as the user and IT configured them (effective settings: policy already applied)."""
    return ToneContext(
        networks=tuple(networks),
        disabled_rules=frozenset(settings.get("tone.disabled_rules", ())),
        reading_age_target=int(settings.get("tone.reading_age_target", 9)),
        banned_terms=dict(settings.get("tone.banned_terms", {})),
        preferred_terms=dict(settings.get("tone.preferred_terms", {})),
        allowed_personal_data=frozenset(settings.get("tone.allowed_personal_data", ())),
        pre_election_periods=_periods(settings.get("tone.pre_election_periods", ())),
        political_names=tuple(settings.get("tone.political_names", ())),
        today=today,
        council_domains=tuple(settings.get("tone.council_domains", ())),
    )


def run_checks(
    text: str,
    networks: Sequence[str],
    context: ToneContext,
    *,
    ignored: Iterable[str] = (),
    limits: Mapping[str, int] | None = None,
) -> CheckResult:
    counted = [n for n in COUNTED_NETWORKS if n in networks]
    measures = tuple(measure(text, n, limit=(limits or {}).get(n)) for n in counted)
    if limits:
        context = replace(context, limits=dict(limits))  # the length finding agrees with the counts
    skip = set(ignored)
    findings = tuple(f for f in check(text, context=context) if finding_key(text, f) not in skip)
    return CheckResult(text, measures, findings)
