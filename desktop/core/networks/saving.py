"""The one way a verified sign-in becomes a connected account, for every network."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import Any

from desktop.core.accounts import Accounts, AccountStatus, AccountView
from desktop.core.credentials import CredentialsUnavailable, Secret, SecretStore
from desktop.core.networks.publishing import AccountInfo


def save_account(
    accounts: Accounts,
    secrets: SecretStore,
    *,
    network: str,
    info: AccountInfo,
    auth_kind: str,
    values: Mapping[str, Secret | str],
    service_url: str | None = None,
    same_server: bool = False,
    settings: Callable[[Mapping[str, Any]], dict[str, Any]] | None = None,
) -> AccountView:
    """Find the account (same network and remote id, and server if ``same_server``) or add it, then
    store ``values`` in the keyring, in order, one entry each.

    When the keyring fails a new account is removed again, so nothing half-connected is left; an
    existing one keeps its old secrets. Only once the new ones are stored are the old account's
    secrets that the new sign-in doesn't use deleted. ``settings`` turns the account's settings ({}
    for a new one) into those to keep; None leaves them as they are.
    """
    existing = next(
        (
            a
            for a in accounts.all()
            if a.network == network
            and a.remote_id == info.remote_id
            and (not same_server or a.service_url == service_url)
        ),
        None,
    )
    where: dict[str, Any] = {} if service_url is None else {"service_url": service_url}
    kept: dict[str, Any] = {}
    if settings is not None:
        kept["settings"] = settings(existing.settings if existing else {})
    account = existing or accounts.add(
        network,
        info.handle,
        display_name=info.display_name,
        remote_id=info.remote_id,
        auth_kind=auth_kind,
        **where,
        **kept,
    )
    try:
        for name, value in values.items():
            secrets.put(account.key, name, value)
    except CredentialsUnavailable:
        if existing is None:
            with contextlib.suppress(Exception):
                accounts.remove(account.id)
        raise
    if existing is not None:
        stale = set(existing.secret_names) - set(values)
        if stale:
            secrets.delete_all(existing.key, stale)
    accounts.update(
        account.id,
        handle=info.handle,
        display_name=info.display_name or account.display_name,
        auth_kind=auth_kind,
        **where,
        **kept,
    )
    accounts.set_secret_names(account.id, list(values))
    accounts.mark(account.id, AccountStatus.CONNECTED)
    return accounts.get(account.id)
