"""Connecting an account, the same way from the Accounts dialog and from ``crier accounts add-…``.

Each way of signing in is a form (the fields a person fills in) and a function that verifies with the
network and stores the secrets in the keyring. The dialog draws the form; the CLI reads the secret
field from standard input. The forms are the networks' descriptors' own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.drafts import StoreError
from desktop.core.networks import Field, NetworkForm  # noqa: F401 - the forms' types, as before
from desktop.core.networks.forms import FORMS, network_of
from desktop.core.settings import network_refusal
from desktop.core.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import requests

    from desktop.core.accounts import Accounts, AccountView
    from desktop.core.credentials import SecretStore


@dataclass(frozen=True)
class ConnectContext:
    accounts: Accounts
    secrets: SecretStore
    session: requests.Session
    settings: Mapping[str, Any]
    open_browser: Callable[[str], Any] | None = None


def _x_keys(values: Mapping[str, str], ctx: ConnectContext) -> AccountView:
    from desktop.core.networks.x.api import OAuth1Keys
    from desktop.core.networks.x.tokens import connect_oauth1

    keys = OAuth1Keys.from_mapping(values)
    return connect_oauth1(ctx.accounts, ctx.secrets, ctx.session, keys)


def _x_browser(values: Mapping[str, str], ctx: ConnectContext) -> AccountView:
    import webbrowser

    from desktop.core.networks.x.tokens import connect_oauth2

    client_id = str(ctx.settings.get("x.client_id") or "").strip()
    if not client_id:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "core.connect",
                "Crier needs your council's X app client ID to sign in with the browser. Ask IT to set it by"
                " policy, or enter it in Settings; or connect with the four keys instead.",
            ),
            retryable=False,
        )
    return connect_oauth2(
        ctx.accounts, ctx.secrets, ctx.session, client_id, open_browser=ctx.open_browser or webbrowser.open
    )


def _facebook_page(values: Mapping[str, str], ctx: ConnectContext) -> AccountView:
    from desktop.core.networks.facebook.sign_in import connect_facebook

    return connect_facebook(
        ctx.accounts, ctx.secrets, ctx.session, values.get("page_id", ""), values["token"]
    )


def _bluesky(values: Mapping[str, str], ctx: ConnectContext) -> AccountView:
    from desktop.core.networks.bluesky.api import DEFAULT_SERVICE
    from desktop.core.networks.bluesky.sign_in import connect_bluesky

    service = values.get("service_url", "").strip() or DEFAULT_SERVICE
    return connect_bluesky(
        ctx.accounts, ctx.secrets, ctx.session, values["handle"], values["app_password"], service_url=service
    )


def _mastodon(values: Mapping[str, str], ctx: ConnectContext) -> AccountView:
    from desktop.core.networks.mastodon.sign_in import connect_mastodon

    return connect_mastodon(ctx.accounts, ctx.secrets, ctx.session, values["instance"], values["token"])


CONNECTORS: dict[str, Callable[[Mapping[str, str], ConnectContext], AccountView]] = {
    "x-browser": _x_browser,
    "x": _x_keys,
    "bluesky": _bluesky,
    "mastodon": _mastodon,
    "facebook": _facebook_page,
}


def connect(form: str, values: Mapping[str, str], ctx: ConnectContext) -> AccountView:
    """Verify and store; failures raise an error with a ``user_message`` in one sentence."""
    connector = CONNECTORS.get(form)
    if connector is None:
        unknown = QT_TRANSLATE_NOOP("core.connect", "Crier can't connect {form} accounts.")
        raise StoreError(unknown.format(form=form), retryable=False)
    refusal = network_refusal(network_of(form), ctx.settings)
    if refusal is not None:
        raise StoreError(refusal, retryable=False)
    missing = [
        f.label for f in FORMS[form].fields if not f.optional and not str(values.get(f.key, "")).strip()
    ]
    if missing:
        fill_in = QT_TRANSLATE_NOOP(
            "core.connect", "Fill in: {fields}."
        )  # each label translated, then listed
        raise StoreError(fill_in.format(fields=tuple(missing)), retryable=False)
    return connector(values, ctx)


def _x_sign_out(account: AccountView, ctx: ConnectContext) -> None:
    from desktop.core.networks.x.tokens import sign_out

    sign_out(
        account, ctx.accounts, ctx.secrets, ctx.session, client_id=str(ctx.settings.get("x.client_id") or "")
    )


#: network -> how to sign out there (revoke tokens) before forgetting the account locally
def _mastodon_sign_out(account: AccountView, ctx: ConnectContext) -> None:
    from desktop.core.networks.mastodon.sign_in import sign_out_mastodon

    sign_out_mastodon(ctx.accounts, ctx.secrets, ctx.session, account)


SIGN_OUTS: dict[str, Callable[[AccountView, ConnectContext], None]] = {
    "x": _x_sign_out,
    "mastodon": _mastodon_sign_out,
}


def sign_out(account: AccountView, ctx: ConnectContext) -> None:
    """Revoke where the network allows it, remove the keyring entries, and forget the account.

    Queued posts for it stay queued and say the account needs connecting (``Accounts.remove``).
    """
    network_sign_out = SIGN_OUTS.get(account.network)
    if network_sign_out is not None:
        network_sign_out(account, ctx)
        return
    ctx.secrets.delete_all(account.key, account.secret_names)
    ctx.accounts.set_secret_names(account.id, [])
    ctx.accounts.remove(account.id)


def make_default(account: AccountView, accounts: Accounts) -> None:
    for other in accounts.all():
        if other.is_default != (other.id == account.id):
            accounts.update(other.id, is_default=other.id == account.id)
