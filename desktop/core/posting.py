"""Turning a draft into what goes out to one account: checked, and in that network's own parts.

One rule for the GUI's Post button, ``crier queue`` and the outbox: ``assess`` decides whether a text may
go out to an account. It runs the same checks as the live Checks panel and ``crier check`` (``run_checks``);
an error finding blocks the post unless the machine policy lets that rule be overridden and the person
gives a reason. A post that can't be made valid for an account's network at all (an empty text, a
character the network refuses) is refused outright with the reason.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from desktop.core.drafts import StoreError
from desktop.core.networks import NETWORK_NAMES
from desktop.core.setting_specs import BLOCKING_RULES, SETTINGS
from desktop.core.translatable import QT_TRANSLATE_NOOP

CANT_QUEUE = QT_TRANSLATE_NOOP("core.posting", "Can't queue this for {handle}: {why}.")

if TYPE_CHECKING:  # kept light: ``crier check`` reads (and may refuse) the text before the checks load
    from desktop.core.accounts import AccountView
    from desktop.core.tone import Finding

#: The longest text Crier takes as a post: a little over the longest any network accepts (Facebook's).
MAX_POST_CHARS = 64_000
#: The longest thread Crier will queue; a text needing more is a document, not a post.
MAX_THREAD_PARTS = 25

#: The error rules that stop a post, in the order findings are listed ("alt-text" is an image with no
#: description; the others are tone rules of severity "error"), and the setting, lockable by machine
#: policy, listing which of them a person may override with a reason.
OVERRIDE_SETTING = "posting.overridable_rules"
DEFAULT_OVERRIDABLE = tuple(SETTINGS[OVERRIDE_SETTING].default)


class PostTextError(StoreError):
    """The text can't be a post at all (NUL characters, far too long); the message says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=False)


def post_text(raw: str) -> str:
    """The text posted (and checked): without the blank space around it, such as a file's last newline."""
    if "\x00" in raw:
        nul = QT_TRANSLATE_NOOP(
            "core.posting", "the text contains a NUL character, which no network accepts; remove it"
        )
        raise PostTextError(nul)
    if len(raw) > MAX_POST_CHARS * 2 or len(text := raw.strip()) > MAX_POST_CHARS:
        raise PostTextError(
            QT_TRANSLATE_NOOP(
                "core.posting", "the text is longer than any network accepts as a post (over {n} characters)"
            ).format(n=f"{MAX_POST_CHARS:,}")
        )
    return text


def account_limit(account: AccountView) -> int | None:
    """The account's own limit (a Mastodon server's, X Premium's); None for the network's default."""
    value = account.settings.get("char_limit")
    return int(value) if value else None


def _plan_parts(text: str, account: AccountView) -> tuple[list[str], str | None]:
    """The parts for ``account`` (``counting.parts_for``, for its network and its own limit) and, when one
    can't go out as it is, why ("empty", "too_long", …)."""
    from desktop.core.counting import DEFAULT_LIMITS, measure, parts_for

    network = account.network
    limit = account_limit(account)
    url_length = account.settings.get("url_length")
    if len(text) > (limit or DEFAULT_LIMITS[network]) * MAX_THREAD_PARTS:
        return [], "too_many_parts"  # refused before splitting: splitting a huge text takes seconds
    parts = parts_for(text.strip(), network, limit=limit, url_length=url_length)
    if len(parts) > MAX_THREAD_PARTS:
        return parts, "too_many_parts"
    for part in parts or [""]:
        result = measure(part, network, limit=limit, url_length=url_length)
        if not result.valid:
            return parts, result.reason or "invalid"
    return parts, None


def prepare_parts(text: str, account: AccountView) -> list[str]:
    """The parts to publish for ``account``: the text itself, or a numbered thread if it is too long."""
    parts, reason = _plan_parts(text, account)
    if reason is not None:
        why = _refusal(reason, account)
        raise StoreError(CANT_QUEUE.format(handle=account.handle, why=why), retryable=False)
    return parts


def _refusal(reason: str, account: AccountView) -> str:
    name = NETWORK_NAMES.get(account.network, account.network)
    why = {
        "empty": QT_TRANSLATE_NOOP("core.posting", "the post is empty"),
        "invalid_characters": QT_TRANSLATE_NOOP(
            "core.posting", "it contains characters {network} does not accept"
        ),
        "too_long": QT_TRANSLATE_NOOP(
            "core.posting", "a part is still too long for {network} after splitting"
        ),
        "too_many_parts": QT_TRANSLATE_NOOP("core.posting", "it would take more than {n} posts on {network}"),
    }.get(reason, QT_TRANSLATE_NOOP("core.posting", "it is not valid"))
    return why.format(network=name, n=MAX_THREAD_PARTS)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a text may go out to one account: its parts, and the error findings that stop it."""

    account: AccountView
    text: str
    parts: tuple[str, ...]
    findings: tuple[Finding, ...]
    overridable: frozenset[str]

    @property
    def clear(self) -> bool:
        return not self.findings

    @property
    def locked(self) -> tuple[Finding, ...]:
        """The findings no reason can override (policy says so): they must be fixed."""
        return tuple(f for f in self.findings if f.rule not in self.overridable)

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.rule for f in self.findings))

    def problems(self, shown: Callable[[str], str] = str) -> list[str]:
        """One line per finding, the words quoted on one line, for the Post dialog and ``crier queue``;
        ``shown`` gives core's marked text in the reader's language (the window passes ``i18n.shown``)."""
        lines = []
        for f in self.findings:
            title = shown(rule_title(f.rule))
            words = quote(self.text[f.start : f.end]) if f.rule not in ("length", "alt-text") else ""
            lines.append(f"{title}{' ' + words if words else ''}: {' '.join(shown(f.message).splitlines())}")
        return lines


def rule_title(rule: str) -> str:
    from desktop.core.tone import RULES
    from desktop.core.translatable import QT_TRANSLATE_NOOP

    if rule == "alt-text":
        return QT_TRANSLATE_NOOP("core.rules", "Image description")
    return RULES[rule].title if rule in RULES else rule


def quote(words: str, limit: int = 40) -> str:
    """Words from the text in quotes on one line: newlines and runs of space become one space."""
    flat = " ".join(words.split())
    return f"“{flat[:limit]}{'…' if len(flat) > limit else ''}”" if flat else ""


def overridable_rules(settings: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(settings.get(OVERRIDE_SETTING, DEFAULT_OVERRIDABLE))


def assess(
    text: str,
    account: AccountView,
    settings: Mapping[str, Any],
    *,
    alt_texts: Sequence[str] = (),
) -> Verdict:
    """May ``text`` (with images described by ``alt_texts``) go out to ``account``? StoreError if never.

    The tone findings come from ``run_checks``, the live checks' own function. Length is judged on the parts
    that will actually go out (a long text becomes a thread), and a rule that can't be overridden runs even
    if the user turned it off in Settings, so turning a check off is not a way round the policy.
    """
    from desktop.core.checks import alt_text_findings, run_checks, tone_context
    from desktop.core.tone import Finding
    from desktop.core.translatable import QT_TRANSLATE_NOOP

    text = post_text(text)
    parts, reason = _plan_parts(text, account)
    if reason in ("empty", "invalid_characters", "too_many_parts"):
        why = _refusal(reason, account)
        raise StoreError(CANT_QUEUE.format(handle=account.handle, why=why), retryable=False)
    allowed = overridable_rules(settings)
    context = tone_context(settings, [account.network])
    context = replace(context, disabled_rules=context.disabled_rules - (set(BLOCKING_RULES) - allowed))
    result = run_checks(text, [account.network], context)
    findings = [f for f in result.findings if f.severity == "error" and f.rule != "length"]
    if reason == "too_long":
        name = NETWORK_NAMES.get(account.network, account.network)
        message = QT_TRANSLATE_NOOP("core.checks", "A part is still too long for {network} after splitting.")
        findings.append(Finding("length", 0, len(text), "error", message.format(network=name)))
    if settings.get("posting.require_alt_text", True) or "alt-text" not in allowed:  # see the docstring
        findings += alt_text_findings(alt_texts)
    order = {rule: i for i, rule in enumerate(BLOCKING_RULES)}
    findings.sort(key=lambda f: (order.get(f.rule, len(order)), f.start))
    return Verdict(account, text, tuple(parts), tuple(findings), allowed)


class Blocked(StoreError):
    """Something must be fixed before posting; ``verdicts`` say what, per account."""

    def __init__(self, verdicts: Iterable[Verdict], message: str) -> None:
        super().__init__(message, retryable=False)
        self.verdicts = tuple(verdicts)


def check_override(verdicts: Sequence[Verdict], reason: str) -> str:
    """Let the verdicts through, or raise ``Blocked``; returns the reason to keep ("" when none is needed)."""
    blocked = [v for v in verdicts if not v.clear]
    if not blocked:
        return ""
    reason = _readable(reason)
    locked = [v for v in blocked if v.locked]
    if locked:
        rules = tuple(rule_title(r) for r in dict.fromkeys(f.rule for v in locked for f in v.locked))
        raise Blocked(
            blocked,
            QT_TRANSLATE_NOOP(
                "core.posting",
                "This can't be posted until it is fixed: your organisation doesn't allow “{rules}” to be"
                " overridden.",
            ).format(rules=rules),
        )
    if not reason:
        fix = QT_TRANSLATE_NOOP(
            "core.posting", "This needs fixing before posting, or a reason to post it anyway."
        )
        raise Blocked(blocked, fix)
    return reason


def _readable(reason: str) -> str:
    """The reason as a reader sees it: invisible characters (zero-width spaces, joiners, direction marks,
    soft hyphens) dropped and spaces folded; "" unless a letter or number is left, so a reason that looks
    blank is no reason."""
    visible = "".join(c for c in reason if unicodedata.category(c) not in ("Cf", "Cc") or c.isspace())
    visible = " ".join(visible.split())
    return visible if any(c.isalnum() for c in visible) else ""
