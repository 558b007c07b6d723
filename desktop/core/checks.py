"""Live checks as one call: the counts for each chosen network plus the tone findings.

The window (per keystroke), ``crier check`` and the Post button all come through here, so they can
never disagree about whether a post is ready.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.core.counting import Measure, NetworkParts, network_shares
from desktop.core.tone import Finding, PreElectionPeriod, ToneContext, check
from desktop.core.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.core.bilingual import Bilingual


@dataclass(frozen=True, slots=True)
class CheckResult:
    text: str
    measures: tuple[Measure, ...]  # the draft as one post, per network
    findings: tuple[Finding, ...]
    parts: tuple[NetworkParts, ...] = ()  # what each network gets: its own parts (counting.parts_for)
    sides: Bilingual | None = None  # a bilingual draft's two texts (``text`` is both, Welsh first)

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)

    def as_json(self) -> dict[str, Any]:
        return {
            "counts": [_count_json(m, share) for m, share in zip(self.measures, self._shares(), strict=True)],
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

    def _shares(self) -> tuple[NetworkParts | None, ...]:
        by_network = {share.network: share for share in self.parts}
        return tuple(by_network.get(m.network) for m in self.measures)


def _measure_json(m: Measure) -> dict[str, Any]:
    counted: dict[str, Any] = {"length": m.length, "limit": m.limit, "remaining": m.remaining}
    if m.bytes is not None and m.byte_limit is not None:
        counted |= {"bytes": m.bytes, "byte_limit": m.byte_limit, "bytes_remaining": m.byte_limit - m.bytes}
    return counted | {"valid": m.valid}


def _count_json(m: Measure, share: NetworkParts | None) -> dict[str, Any]:
    """One network's counts: the draft as one post, then the parts it really gets."""
    counted = {"network": m.network, **_measure_json(m), "over": list(m.over) if m.over else None}
    if share is not None:
        pairs = zip(share.parts, share.measures, strict=True)
        counted["parts"] = [{"text": text, **_measure_json(pm)} for text, pm in pairs]
    return counted


def count_summary(share: NetworkParts, name: str) -> str:
    """ "Bluesky 200/300 (5000/3000 bytes) → 2 posts": the draft as one post, then how many it becomes."""
    m = share.whole
    summary = QT_TRANSLATE_NOOP("core.checks", "{network} {length}/{limit}{bytes}{posts}{too_long}")
    return summary.format(
        network=name,
        length=m.length,
        limit=m.limit,
        bytes=BYTES.format(bytes=m.bytes, limit=m.byte_limit) if m.bytes is not None else "",
        posts=POSTS.format(n=len(share.parts)) if len(share.parts) > 1 else "",
        too_long="" if share.valid or not share.parts else TOO_LONG,
    )


#: The parts of a count summary (marked: the window and ``crier check`` show it in the reader's language).
BYTES = QT_TRANSLATE_NOOP("core.checks", " ({bytes}/{limit} bytes)")
POSTS = QT_TRANSLATE_NOOP("core.checks", " → {n} posts")
TOO_LONG = QT_TRANSLATE_NOOP("core.checks", " (too long)")


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


def alt_text_findings(alt_texts: Sequence[str]) -> list[Finding]:
    """An image with no description is a finding like any other: in the panel and at the post gate."""
    return [
        Finding(
            "alt-text",
            0,
            0,
            "error",
            QT_TRANSLATE_NOOP(
                "core.checks", "Image {n} has no description (alt text) for screen readers."
            ).format(n=n),
        )
        for n, alt in enumerate(alt_texts, 1)
        if not alt.strip()
    ]


def run_checks(
    text: str,
    networks: Sequence[str],
    context: ToneContext,
    *,
    ignored: Iterable[str] = (),
    limits: Mapping[str, int] | None = None,
) -> CheckResult:
    shares = network_shares(text, networks, limits=limits)
    if limits:
        context = replace(context, limits=dict(limits))  # the length finding agrees with the counts
    skip = set(ignored)
    findings = tuple(f for f in check(text, context=context) if finding_key(text, f) not in skip)
    return CheckResult(text, tuple(share.whole for share in shares), findings, shares)
