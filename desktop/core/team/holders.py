"""Who publishes for each team account (team migration t0008's ``crier.account_holders``): the list any
member may read, and the one change an admin makes, for `crier team holders` and the window alike. The
database checks that the caller is an admin and that the person is in the team; a refusal comes back as
its sentence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from psycopg.rows import dict_row

from desktop.core.team.connection import REFUSALS, refusal_message
from desktop.core.team.errors import TeamError

if TYPE_CHECKING:
    import psycopg

    from desktop.core.team.client import TeamClient

HOLDERS_SQL = """
SELECT a.id, a.network, a.handle, coalesce(array_agg(h.person ORDER BY h.person)
       FILTER (WHERE h.person IS NOT NULL), '{}') AS holders
FROM crier.accounts a LEFT JOIN crier.account_holders h ON h.account_id = a.id AND h.holds
GROUP BY a.id ORDER BY a.handle, a.network
"""
PEOPLE_SQL = "SELECT name, role FROM crier.people ORDER BY name"  # row security: this team's people


@dataclass(frozen=True)
class Holders:
    """Each account with the people who publish for it (none: its posts wait), and the team's people."""

    accounts: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    can_change: bool = False  # an admin: add and remove (the database checks again)


def account_holders(conn: psycopg.Connection) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(HOLDERS_SQL).fetchall()


def read_holders(client: TeamClient, conn: psycopg.Connection) -> Holders:
    with conn.cursor(row_factory=dict_row) as cur:
        people = cur.execute(PEOPLE_SQL).fetchall()
    return Holders(account_holders(conn), people, client.role == "admin")


def set_holder(client: TeamClient, account_id: int, person: str, holds: bool) -> bool:
    """Name ``person`` as one who publishes for the account (their PCs hold its credentials), or stop;
    whether that changed anything."""
    client.require_role("admin", "change who publishes for an account")  # at once, in the reader's words
    call = "SELECT crier.add_holder(%s, %s)" if holds else "SELECT crier.remove_holder(%s, %s)"
    with client.connect() as conn:
        try:
            changed = conn.execute(call, (account_id, person)).fetchone()
        except REFUSALS as error:
            raise TeamError(refusal_message(error)) from None
    return bool(changed and changed[0])
