"""The post gate, once for the window's Post button and ``crier queue``: what each account would get from a
draft (its language side, its network's parts) and whether it may go out (``core.posting.assess``, with
the alt-text rule for its images). A front end only asks where to post and words the answer."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.core.drafts import StoreError

if TYPE_CHECKING:
    from desktop.core.accounts import AccountView
    from desktop.core.attachments import Attachment
    from desktop.core.bilingual import Bilingual
    from desktop.core.drafts import DraftData
    from desktop.core.posting import Verdict


@dataclass(frozen=True)
class Outgoing:
    """What is to be posted: one text, or a Welsh and an English side, with its images."""

    text: str = ""
    sides: Bilingual | None = None
    media: tuple[Attachment, ...] = ()
    language: str = "en"
    draft_id: int | None = None

    @classmethod
    def from_draft(cls, draft: DraftData) -> Outgoing:
        from desktop.core.bilingual import Bilingual

        sides = Bilingual(draft.text_cy, draft.text_en) if draft.bilingual else None
        return cls(draft.body, sides, tuple(draft.media), draft.language, draft.id)

    def side(self, language: str) -> Outgoing:
        """One side of a bilingual post on its own, as the Welsh or English of a pair gets it."""
        text = self.sides.side(language).strip() if self.sides is not None else self.text
        return Outgoing(text, None, self.media, language, self.draft_id)

    @property
    def empty(self) -> bool:
        return not (self.sides.cy + self.sides.en if self.sides else self.text).strip()


@dataclass
class Assessment:
    """Each account's verdict (or why it can't take the post at all) and the language each gets."""

    judged: list[tuple[AccountView, Verdict | StoreError]] = field(default_factory=list)  # in the order asked
    languages: dict[int, str] = field(default_factory=dict)

    @property
    def verdicts(self) -> dict[int, Verdict]:
        return {a.id: v for a, v in self.judged if not isinstance(v, StoreError)}

    @property
    def refused(self) -> dict[int, StoreError]:
        return {a.id: v for a, v in self.judged if isinstance(v, StoreError)}

    def by_account(self, said: Callable[[str], str] = str) -> dict[int, Verdict | str]:
        """Each account's verdict, or why it can't take the post at all (in ``said``'s words)."""
        return {a.id: v if not isinstance(v, StoreError) else said(v.user_message) for a, v in self.judged}

    def in_order(self) -> list[Verdict]:
        """The verdicts in the order the accounts were given; the first refusal is raised if any (a command
        stops there, as it always has; the window lists each one instead)."""
        verdicts = []
        for _account, verdict in self.judged:
            if isinstance(verdict, StoreError):
                raise verdict
            verdicts.append(verdict)
        return verdicts


def assess(
    outgoing: Outgoing, accounts: Sequence[AccountView], settings: Mapping[str, Any], *, pair: bool = False
) -> Assessment:
    """Judge ``outgoing`` for each account.

    A bilingual post goes to each account in its language mode (``bilingual.compose``); with ``pair`` the
    first account gets the Welsh side and the second the English, whatever their modes. Every side runs
    through every check, so the personal-data and pre-election rules cover both languages, and an image
    without a description is a finding like any other.
    """
    from desktop.core.bilingual import ENGLISH, WELSH, compose
    from desktop.core.posting import assess as assess_text

    modes: Sequence[str | None] = (WELSH, ENGLISH) if pair else [None] * len(accounts)
    alt_texts = [m.alt_text for m in outgoing.media]
    result = Assessment()
    for account, mode in zip(accounts, modes, strict=True):
        try:
            text = outgoing.text
            if outgoing.sides is not None:
                composed = compose(outgoing.sides, account, settings, mode=mode)
                text, result.languages[account.id] = composed.text, composed.language
            result.judged.append((account, assess_text(text, account, settings, alt_texts=alt_texts)))
        except StoreError as error:
            result.judged.append((account, error))
    return result
