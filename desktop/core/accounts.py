"""Connected accounts as the app sees them: who, which network, whether posting can go ahead.

The secrets themselves are in the OS keyring (``credentials``); an account row only names the entries
that exist, so the database can be copied, backed up or exported without leaking anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select, update

from desktop.core.db import Database
from desktop.core.drafts import LARGEST_ID, StoreError
from desktop.core.models import Account, Post, utcnow
from desktop.core.networks import NETWORKS
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.views import view_of

NO_ACCOUNT = QT_TRANSLATE_NOOP("core.accounts", "There is no account {account}.")


#: An account removed while it still has posts (migration 0009 gives older rows of it these words too).
SIGNED_OUT = QT_TRANSLATE_NOOP(
    "core.accounts", "Signed out. Connect this account again to post its queued posts."
)


class AccountStatus(StrEnum):
    CONNECTED = "connected"
    NEEDS_SIGN_IN = "needs_sign_in"
    CREDENTIALS_UNAVAILABLE = "credentials_unavailable"


@dataclass(frozen=True, slots=True)
class AccountView:
    id: int
    network: str
    handle: str
    display_name: str
    remote_id: str
    service_url: str
    auth_kind: str
    secret_names: tuple[str, ...]
    status: AccountStatus
    status_message: str
    settings: dict[str, Any] = field(hash=False)
    is_default: bool
    created_at: datetime
    last_used_at: datetime | None

    @property
    def key(self) -> str:
        """The keyring prefix for this account's secrets."""
        return f"account-{self.id}"

    def as_json(self, say: Callable[[str], str] = str) -> dict[str, Any]:
        """For scripts: ``status_message`` in English (stable), ``status_text`` as ``say`` words it."""
        return {
            "id": self.id,
            "network": self.network,
            "handle": self.handle,
            "name": self.display_name,
            "status": self.status.value,
            "status_message": str(self.status_message) or None,
            "status_text": say(self.status_message) or None,
            "service_url": self.service_url or None,
            "default": self.is_default,
            "last_used_at": self.last_used_at.isoformat() + "Z" if self.last_used_at else None,
        }


def account_view(a: Account) -> AccountView:
    return view_of(
        AccountView,
        a,
        secret_names=tuple(a.secret_names or ()),
        status=AccountStatus(a.status),
        settings=dict(a.settings or {}),
    )


class Accounts:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> list[AccountView]:
        with self.db.read() as session:
            return [account_view(a) for a in session.scalars(select(Account).order_by(Account.id))]

    def get(self, account_id: int) -> AccountView:
        with self.db.read() as session:
            account = session.get(Account, account_id) if 0 < account_id <= LARGEST_ID else None
            if account is None:
                raise StoreError(NO_ACCOUNT.format(account=account_id), retryable=False)
            return account_view(account)

    def find(self, ref: str) -> AccountView:
        """An account by id ("3") or handle ("@council", "council", "council@example.social")."""
        ref = ref.strip()
        if ref.isascii() and ref.isdigit():  # not "²" or "３": int() refuses some of what isdigit() allows
            return self.get(int(ref))
        wanted = ref.lstrip("@").casefold()
        matches = [a for a in self.all() if a.handle.lstrip("@").casefold() == wanted]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            missing = QT_TRANSLATE_NOOP(
                "core.accounts", "There is no account {ref}. `crier accounts list` shows them."
            )
            raise StoreError(missing.format(ref=ref), retryable=False)
        twice = QT_TRANSLATE_NOOP(
            "core.accounts",
            "More than one account is called {ref}; use its number from `crier accounts list`.",
        )
        raise StoreError(twice.format(ref=ref), retryable=False)

    def default(self) -> AccountView | None:
        accounts = self.all()
        chosen = [a for a in accounts if a.is_default]
        if chosen:
            return chosen[0]
        return accounts[0] if len(accounts) == 1 else None

    def add(
        self,
        network: str,
        handle: str,
        *,
        display_name: str = "",
        remote_id: str = "",
        service_url: str = "",
        auth_kind: str = "",
        settings: dict[str, Any] | None = None,
    ) -> AccountView:
        if network not in NETWORKS:
            raise StoreError(
                QT_TRANSLATE_NOOP("core.accounts", "Crier can't post to {network}.").format(
                    network=repr(network)
                ),
                retryable=False,
            )
        with self.db.write() as session:
            first = session.scalar(select(func.count()).select_from(Account)) == 0
            account = Account(
                network=network,
                handle=handle,
                display_name=display_name,
                remote_id=remote_id,
                service_url=service_url,
                auth_kind=auth_kind,
                secret_names=[],
                settings=settings or {},
                is_default=first,
                created_at=utcnow(),
            )
            session.add(account)
            session.flush()
            return account_view(account)

    def update(self, account_id: int, **values: Any) -> None:
        if "status" in values:
            values["status"] = AccountStatus(values["status"]).value
        with self.db.write() as session:
            session.execute(update(Account).where(Account.id == account_id).values(**values))

    def set_secret_names(self, account_id: int, names: Sequence[str]) -> None:
        self.update(account_id, secret_names=sorted(set(names)))

    def mark(self, account_id: int, status: AccountStatus, message: str = "") -> None:
        self.update(account_id, status=status, status_message=message)

    def touch(self, account_id: int) -> None:
        self.update(account_id, last_used_at=utcnow())

    def remove(self, account_id: int) -> None:
        """Forget an account. Its unfinished posts stay queued, saying the account needs connecting."""
        with self.db.write() as session:
            account = session.get(Account, account_id)
            if account is None:
                raise StoreError(NO_ACCOUNT.format(account=account_id), retryable=False)
            has_posts = session.scalar(
                select(func.count()).select_from(Post).where(Post.account_id == account_id)
            )
            if has_posts:
                account.status = AccountStatus.NEEDS_SIGN_IN.value
                account.status_message = SIGNED_OUT
                account.secret_names = []
            else:
                session.delete(account)
