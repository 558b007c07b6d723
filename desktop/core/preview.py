"""What a draft will look like on each network: its parts, links as the network shows them, images, language.

Built from ``counting.network_parts`` (the same parts the outbox sends), off the GUI thread; the preview
widget only lays it out. Links are shown the way each network's own app shows them:

* Bluesky: the text as posted, links shortened by ``bluesky_richtext.to_short_url`` (the official app's rule);
* Mastodon: the scheme and "www." hidden, then 30 characters and "…" (Mastodon's ``shortened_link``);
* X and Facebook: as typed (X wraps them in t.co links counted as 23 characters; its display form is X's).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core._urls import extract_urls
from desktop.core.counting import Measure, NetworkParts
from desktop.core.networks import IMAGE_SLOTS
from desktop.core.networks.bluesky.richtext import shorten_links

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
    if network == "mastodon" and language:
        return language.split("-")[0].split("_")[0].lower()
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
