"""Tone and style checks for council social media posts, in a council comms team's words.

``check(text, context=...)`` returns findings (rule, span, severity, message, suggestion) sorted by
position; ``RULES`` describes each rule for the settings screen. Word lists live in ``resources/tone`` as
data. No Qt here: the checks run on every keystroke and are tested without a display.
"""

from __future__ import annotations

from desktop.core.tone.checker import RULES, check
from desktop.core.tone.model import Finding, PreElectionPeriod, RuleInfo, Severity, ToneContext

__all__ = ["RULES", "Finding", "PreElectionPeriod", "RuleInfo", "Severity", "ToneContext", "check"]
