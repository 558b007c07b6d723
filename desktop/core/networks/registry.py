"""Which module publishes to which network, and what every publisher is built with.

Adding a network is one entry here plus its module (with a ``build(context)`` function) and its
fake server: the outbox, the CLI and the window never name a network themselves.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.networks.publishing import ErrorKind, Publisher, PublishError

if TYPE_CHECKING:
    import requests

    from desktop.core.accounts import Accounts, AccountView
    from desktop.core.credentials import SecretStore
    from desktop.core.net import NetConfig

#: network id -> module with ``build(context: PublisherContext) -> Publisher``
MODULES: Mapping[str, str] = {
    "x": "desktop.core.networks.x.publisher",
    "bluesky": "desktop.core.networks.bluesky.publisher",
    "mastodon": "desktop.core.networks.mastodon.publisher",
    "facebook": "desktop.core.networks.facebook.publisher",
}


@dataclass(frozen=True)
class PublisherContext:
    account: AccountView
    accounts: Accounts  # to record rotated tokens' entry names and the account's status
    secrets: SecretStore
    session: requests.Session
    settings: Mapping[str, Any]


def publisher_factory(
    accounts: Accounts,
    *,
    secrets: SecretStore | None = None,
    net_config: NetConfig | None = None,
    settings: Mapping[str, Any] | None = None,
) -> Callable[[AccountView], Publisher]:
    """One HTTP session and keyring for all publishers of a sync run."""
    from desktop.core.credentials import SecretStore
    from desktop.core.net import NetConfig, make_session

    store = secrets or SecretStore()
    values = dict(settings or {})
    session = make_session(net_config or NetConfig.from_settings(values))

    def build(account: AccountView) -> Publisher:
        module_name = MODULES.get(account.network)
        if module_name is None:
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION, f"This version of Crier can't post to {account.network}."
            )
        module = importlib.import_module(module_name)
        return module.build(PublisherContext(account, accounts, store, session, values))

    return build
