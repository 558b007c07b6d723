"""Turning a draft into what goes out to one account: checked, and in that network's own parts.

One rule for the GUI's Post button and ``crier queue``: a post that can't be made valid for an
account's network (an empty text, a character the network refuses) is refused with the reason.
"""

from __future__ import annotations

from desktop.core.accounts import AccountView
from desktop.core.drafts import StoreError
from desktop.core.networks import NETWORK_NAMES


def account_limit(account: AccountView) -> int | None:
    """The account's own limit (a Mastodon server's, X Premium's); None for the network's default."""
    value = account.settings.get("char_limit")
    return int(value) if value else None


def prepare_parts(text: str, account: AccountView) -> list[str]:
    """The parts to publish for ``account``: ``counting.parts_for`` for its network and its own limit."""
    from desktop.core.counting import measure, parts_for

    network = account.network
    limit = account_limit(account)
    url_length = account.settings.get("url_length")
    parts = parts_for(text, network, limit=limit, url_length=url_length)
    for part in parts:
        result = measure(part, network, limit=limit, url_length=url_length)
        if not result.valid:
            name = NETWORK_NAMES.get(account.network, account.network)
            reason = {
                "empty": "the post is empty",
                "invalid_characters": f"it contains characters {name} does not accept",
                "too_long": f"it is too long for {name}",
            }.get(result.reason or "", "it is not valid")
            raise StoreError(f"Can't queue this for {account.handle}: {reason}.", retryable=False)
    return parts
