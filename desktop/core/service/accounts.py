"""The accounts Crier posts as: listing, connecting (each network's sign-in, secrets to the keyring only),
choosing the default and the language, and signing out — the same for the Accounts dialog and
``crier accounts``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.accounts import AccountView
    from desktop.core.connect import ConnectContext
    from desktop.core.credentials import KeyringStatus
    from desktop.core.service.app import Crier


def parse_x_keys(text: str) -> Any:
    """The four OAuth 1.0a keys as JSON (standard input); ``InputError`` when they can't be read."""
    from desktop.core.networks.x.api import XAuthError
    from desktop.core.networks.x.tokens import parse_oauth1_json
    from desktop.core.service.app import InputError

    try:
        return parse_oauth1_json(text)
    except XAuthError as error:
        raise InputError(error.user_message) from None


class AccountService:
    def __init__(self, crier: Crier) -> None:
        self._crier = crier
        self._context: ConnectContext | None = None

    # -- reading ----------------------------------------------------------------------------------

    def all(self) -> list[AccountView]:
        return self._crier.account_table.all()

    def find(self, ref: str) -> AccountView:
        """An account by id or @handle; a ``StoreError`` saying so when there is none."""
        return self._crier.account_table.find(ref)

    def default(self) -> AccountView | None:
        return self._crier.account_table.default()

    def limits(self) -> dict[str, int]:
        """Per-network limits the counts should use: a connected Mastodon server's own, for example."""
        limits: dict[str, int] = {}
        for account in self.all():
            value = account.settings.get("char_limit")
            if value and account.network not in limits:
                limits[account.network] = int(value)
        return limits

    def keyring_status(self) -> KeyringStatus:
        """Whether credentials can be stored here, asked afresh (IT may have fixed the keyring meanwhile)."""
        from desktop.core.credentials import SecretStore

        return SecretStore().status()

    # -- changing ---------------------------------------------------------------------------------

    def set_language(self, account: AccountView, mode: str) -> None:
        """The language an account posts in (cy, en, both), or "default" for the council's."""
        from desktop.core.bilingual import set_account_mode

        set_account_mode(self._crier.account_table, account.id, None if mode == "default" else mode)

    def make_default(self, account: AccountView) -> None:
        from desktop.core.connect import make_default

        make_default(account, self._crier.account_table)

    def connect(
        self, form: str, values: Mapping[str, str], open_browser: Callable[[str], Any] | None = None
    ) -> AccountView:
        """Verify with the network and keep the secrets in the keyring (``core.connect``); failures are
        one sentence (``user_message``)."""
        from dataclasses import replace

        from desktop.core.connect import connect

        context = self._connect_context()
        if open_browser is not None:
            context = replace(context, open_browser=open_browser)
        return connect(form, values, context)

    def sign_out(self, account: AccountView) -> None:
        """Revoke where the network allows it, remove the keyring entries, and forget the account."""
        from desktop.core.connect import sign_out

        sign_out(account, self._connect_context())

    # -- X by the command line --------------------------------------------------------------------

    def connect_x(
        self, keys: Any = None, *, timeout: float = 300.0, port: int = 0, on_url: Callable[[str], None]
    ) -> AccountView:
        """Connect X with pasted keys (``parse_x_keys``), else through the browser with the X app client ID
        from settings or policy; ``on_url`` tells the person where to go if no browser opens."""
        from desktop.core.networks.x.tokens import connect_oauth1, connect_oauth2

        context = self._connect_context()
        if keys is not None:
            return connect_oauth1(context.accounts, context.secrets, context.session, keys)
        client_id = str(self._crier.values.get("x.client_id") or "")
        return connect_oauth2(
            context.accounts, context.secrets, context.session, client_id, timeout=timeout, port=port,
            on_url=on_url,
        )  # fmt: skip

    # -- plumbing ---------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Make the sign-in session now: ``ValueError`` (one sentence) when the network settings can't
        make a connection, reported before anything is asked of the person."""
        self._connect_context()

    def _connect_context(self) -> ConnectContext:
        """The keyring and an HTTP session for signing in, made on first use (off the GUI thread)."""
        if self._context is None:
            from desktop.core.connect import ConnectContext

            crier = self._crier
            session = crier.new_session()
            self._context = ConnectContext(crier.account_table, crier.secrets, session, crier.values)
        return self._context

    def settings_changed(self) -> None:
        """Sign-in picks up new settings (proxy, the X client ID) with its next session."""
        self._context = None

    def close(self) -> None:
        self._context = None
