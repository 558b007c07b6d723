"""What a draft will look like on each network: its parts, links as the network shows them, images, language.

Built from ``counting.network_parts`` (the same parts the outbox sends), off the GUI thread; the preview
widget only lays it out. Links are shown the way each network's own app shows them:

* Bluesky: the text as posted, links shortened by ``bluesky_richtext.to_short_url`` (the official app's rule);
* Mastodon: the scheme and "www." hidden, then 30 characters and "…" (Mastodon's ``shortened_link``);
* X and Facebook: as typed (X wraps them in t.co links counted as 23 characters; its display form is X's).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core._urls import extract_urls
from desktop.core.counting import Measure, NetworkParts
from desktop.core.networks import IMAGE_SLOTS
from desktop.core.networks.bluesky.richtext import shorten_links

if TYPE_CHECKING:
    from desktop.core.bilingual import Bilingual

MASTODON_SHOWN = 30
_MASTODON_PREFIXES = ("https://www.", "http://www.", "https://", "http://")


@dataclass(frozen=True, slots=True)
class ImageSlot:
    number: int  # from 1
    alt_text: str
    fits: bool  # False past the network's number of images per post


@dataclass(frozen=True, slots=True)
class PostPreview:
    shown: str  # the part as the network's app shows it
    measure: Measure


@dataclass(frozen=True, slots=True)
class NetworkPreview:
    network: str
    posts: tuple[PostPreview, ...]
    images: tuple[ImageSlot, ...]  # on the first post
    language: str | None  # the tag sent with the post; None where the network takes none from us
    #: Whose post this is, for a bilingual draft: "cy" / "en" the Welsh / English account's post of a pair,
    #: "both" the one bilingual post; "" for a draft in one language.
    side: str = ""


def mastodon_link(url: str) -> str:
    """How Mastodon shows a link: without the scheme and "www.", cut after 30 characters with "…"."""
    prefix = next((p for p in _MASTODON_PREFIXES if url.lower().startswith(p)), "")
    rest = url[len(prefix) :]
    if len(rest) <= MASTODON_SHOWN + 1:  # Mastodon shows a one-character tail rather than "…"
        return rest
    return rest[:MASTODON_SHOWN] + "…"


def shown_text(part: str, network: str) -> str:
    """The part as the network's own app shows it (links shortened the way that app shortens them)."""
    if network == "bluesky":
        return shorten_links(part)
    if network != "mastodon":
        return part
    pieces: list[str] = []
    position = 0
    for url in extract_urls(part, without_protocol=False):
        pieces += (part[position : url.start], mastodon_link(part[url.start : url.end]))
        position = url.end
    return "".join(pieces) + part[position:]


def language_tag(network: str, language: str) -> str | None:
    """The language tag the publisher sends: Bluesky's ``langs``, Mastodon's primary subtag, else none."""
    if network == "bluesky":
        from desktop.core.networks.bluesky.api import langs_for

        return ", ".join(langs_for(language)) or None
    if network == "mastodon" and language:  # one language only: a bilingual post is tagged with its first
        return language.split(",")[0].strip().split("-")[0].split("_")[0].lower()
    return None


def preview(
    shares: Sequence[NetworkParts], alt_texts: Sequence[str] = (), language: str = ""
) -> tuple[NetworkPreview, ...]:
    """One preview per network, in the order given."""
    previews = []
    for share in shares:
        slots = IMAGE_SLOTS.get(share.network, 4)
        images = tuple(ImageSlot(i, alt, i <= slots) for i, alt in enumerate(alt_texts, start=1))
        posts = tuple(
            PostPreview(shown_text(part, share.network), m)
            for part, m in zip(share.parts, share.measures, strict=True)
        )
        previews.append(NetworkPreview(share.network, posts, images, language_tag(share.network, language)))
    return tuple(previews)


def bilingual_preview(
    text: Bilingual,
    modes: Mapping[str, Sequence[str]],
    settings: Mapping[str, Any],
    alt_texts: Sequence[str] = (),
    limits: Mapping[str, int] | None = None,
) -> tuple[NetworkPreview, ...]:
    """Each network's posts from a bilingual draft, as ``bilingual.compose`` makes them, Welsh first.

    ``modes`` holds, per network the draft goes to, the language modes of the accounts there (none: the
    council's default). A Welsh and an English account show the pair, the Welsh account's post first; a
    bilingual account the one post with both languages (in the order ``posting.bilingual_order`` sets).
    """
    from desktop.core.bilingual import BOTH, ENGLISH, MODE_SETTING, WELSH, bilingual_post
    from desktop.core.counting import network_parts

    previews: list[NetworkPreview] = []
    for network, found in modes.items():
        limit = (limits or {}).get(network)
        wanted = set(found) or {settings.get(MODE_SETTING, BOTH)}
        for mode in (m for m in (WELSH, ENGLISH, BOTH) if m in wanted):
            if mode == BOTH:
                composed = bilingual_post(text, network, settings, limit=limit)
                body, language = composed.text, composed.language
            else:
                body, language = text.side(mode).strip(), mode
            (shown,) = preview([network_parts(body, network, limit=limit)], alt_texts, language)
            previews.append(NetworkPreview(shown.network, shown.posts, shown.images, shown.language, mode))
    return tuple(previews)
