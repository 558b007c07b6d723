"""Which module publishes to which network, and what every publisher is built with.

Which module publishes is the network's descriptor's ``publisher`` (a module with a ``build(context)``
function): the outbox, the CLI and the window never name a network themselves.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.networks import ALL
from desktop.core.networks.publishing import ErrorKind, Publisher, PublishError

if TYPE_CHECKING:
    import requests

    from desktop.core.accounts import Accounts, AccountView
    from desktop.core.credentials import SecretStore
    from desktop.core.net import NetConfig

#: network id -> module with ``build(context: PublisherContext) -> Publisher``, from the descriptors
MODULES: Mapping[str, str] = {network.id: network.publisher for network in ALL}


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
    session: requests.Session | None = None,
) -> Callable[[AccountView], Publisher]:
    """One HTTP session (``session``, or one made from ``net_config``) and keyring for all publishers of a
    sync run."""
    from desktop.core.credentials import SecretStore
    from desktop.core.net import NetConfig, make_session

    store = secrets or SecretStore()
    values = dict(settings or {})
    session = session or make_session(net_config or NetConfig.from_settings(values))

    def build(account: AccountView) -> Publisher:
        module_name = MODULES.get(account.network)
        if module_name is None:
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION, f"This version of Crier can't post to {account.network}."
            )
        module = importlib.import_module(module_name)
        return module.build(PublisherContext(account, accounts, store, session, values))

    return build
