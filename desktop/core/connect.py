"""Connecting an account, the same way from the Accounts dialog and from ``crier accounts add-…``.

Each way of signing in is a form (the fields a person fills in) and a function that verifies with the
network and stores the secrets in the keyring. The dialog draws the form; the CLI reads the secret
field from standard input. Adding a network is one entry here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.drafts import StoreError
from desktop.core.settings import network_refusal

if TYPE_CHECKING:
    import requests

    from desktop.core.accounts import Accounts, AccountView
    from desktop.core.credentials import SecretStore


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: str
    secret: bool = False
    default: str = ""
    help: str = ""
    optional: bool = False


@dataclass(frozen=True, slots=True)
class NetworkForm:
    network: str  # the form's id (several forms may connect the same network)
    title: str
    intro: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class ConnectContext:
    accounts: Accounts
    secrets: SecretStore
    session: requests.Session
    settings: Mapping[str, Any]
    open_browser: Callable[[str], Any] | None = None


def _x_keys(values: Mapping[str, str], ctx: ConnectContext) -> AccountView:
    from desktop.core.networks.x.sign_in import OAuth1Keys, connect_oauth1

    keys = OAuth1Keys.from_mapping(values)
    return connect_oauth1(ctx.accounts, ctx.secrets, ctx.session, keys)


def _x_browser(values: Mapping[str, str], ctx: ConnectContext) -> AccountView:
    import webbrowser

    from desktop.core.networks.x.sign_in import connect_oauth2

    client_id = str(ctx.settings.get("x.client_id") or "").strip()
    if not client_id:
        raise StoreError(
            "Crier needs your council's X app client ID to sign in with the browser. Ask IT to set it by"
            " policy, or enter it in Settings; or connect with the four keys instead.",
            retryable=False,
        )
    return connect_oauth2(
        ctx.accounts, ctx.secrets, ctx.session, client_id, open_browser=ctx.open_browser or webbrowser.open
    )


def _facebook_page(values: Mapping[str, str], ctx: ConnectContext) -> AccountView:
    from desktop.core.networks.facebook.publisher import connect_facebook

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


FORMS: dict[str, NetworkForm] = {
    "x-browser": NetworkForm(
        "x-browser",
        "X (sign in with the browser)",
        "Your browser opens X's sign-in page. Sign in as the council's account and choose Authorize app;"
        " Crier then finishes by itself. The app is your council's own X developer app.",
        (),
    ),
    "x": NetworkForm(
        "x",
        "X (paste the app's keys)",
        "From the council's X developer app (Keys and tokens), paste the API key and secret and the"
        " access token and secret made for the account.",
        (
            Field("consumer_key", "API key"),
            Field("consumer_secret", "API key secret", secret=True),
            Field("access_token", "Access token"),
            Field("access_token_secret", "Access token secret", secret=True),
        ),
    ),
    "bluesky": NetworkForm(
        "bluesky",
        "Bluesky",
        "Use an app password, never the account's main password: in Bluesky open Settings → Privacy and"
        " security → App passwords, add one for Crier and paste it here (it looks like xxxx-xxxx-xxxx-xxxx).",
        (
            Field("handle", "Handle", help="e.g. yourcouncil.bsky.social"),
            Field("app_password", "App password", secret=True),
            Field("service_url", "Server", help="leave empty for bsky.social", optional=True),
        ),
    ),
    "mastodon": NetworkForm(
        "mastodon",
        "Mastodon",
        "On your Mastodon server open Preferences → Development → New application, allow read and write,"
        " and paste the access token here.",
        (
            Field("instance", "Server", help="e.g. mastodon.social or social.yourcouncil.gov.uk"),
            Field("token", "Access token", secret=True),
        ),
    ),
    "facebook": NetworkForm(
        "facebook",
        "Facebook Page",
        "Paste a Page access token for the council's Page (from Meta Business Suite or the Graph API"
        " Explorer with the council's app; a long-lived or system-user token keeps working unattended).",
        (
            Field("page_id", "Page ID", help="optional when the token is the Page's own", optional=True),
            Field("token", "Page access token", secret=True),
        ),
    ),
}

CONNECTORS: dict[str, Callable[[Mapping[str, str], ConnectContext], AccountView]] = {
    "x-browser": _x_browser,
    "x": _x_keys,
    "bluesky": _bluesky,
    "mastodon": _mastodon,
    "facebook": _facebook_page,
}


def network_of(form: str) -> str:
    """The network a form connects: form ids are the network's id, then ``-`` and a way of signing in."""
    return form.partition("-")[0]


def connect(form: str, values: Mapping[str, str], ctx: ConnectContext) -> AccountView:
    """Verify and store; failures raise an error with a ``user_message`` in one sentence."""
    connector = CONNECTORS.get(form)
    if connector is None:
        raise StoreError(f"Crier can't connect {form} accounts.", retryable=False)
    refusal = network_refusal(network_of(form), ctx.settings)
    if refusal is not None:
        raise StoreError(refusal, retryable=False)
    missing = [
        f.label for f in FORMS[form].fields if not f.optional and not str(values.get(f.key, "")).strip()
    ]
    if missing:
        raise StoreError(f"Fill in: {', '.join(missing)}.", retryable=False)
    return connector(values, ctx)


def default_context(accounts: Accounts, settings: Mapping[str, Any]) -> ConnectContext:
    from desktop.core.credentials import SecretStore
    from desktop.core.net import NetConfig, make_session

    return ConnectContext(accounts, SecretStore(), make_session(NetConfig.from_settings(settings)), settings)


def _x_sign_out(account: AccountView, ctx: ConnectContext) -> None:
    from desktop.core.networks.x.sign_in import sign_out

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
