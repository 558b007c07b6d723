"""Joining this PC to a team: the one set of steps behind `crier team join`, `team init` and the window.

The address comes from the command or the ``team.database_url`` setting; when IT sets that setting by
machine policy, it binds: a PC may join that database only. The password goes to the keyring, the
address (without it) to this PC's team file, and only once the database has accepted both.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg

from desktop.core.team.connection import TeamUrl, connect
from desktop.core.team.errors import TeamError
from desktop.core.team.local import KEYRING_KEY, LocalTeam
from desktop.core.translatable import QT_TRANSLATE_NOOP

SETTING = "team.database_url"


def team_url(given: str | None, configured: str = "", *, locked: bool = False, user: str = "") -> TeamUrl:
    """The address to join: the one given, else the configured one; IT's (``locked``) binds."""
    text = (given or configured or "").strip()
    if not text:
        raise TeamError(
            QT_TRANSLATE_NOOP(
                "core.team",
                "give the team database address, e.g. postgresql://yourname@server/crier, "
                "or ask IT to set it",
            ),
            2,
        )
    url = TeamUrl.parse(text)
    if locked and configured.strip():
        required = TeamUrl.parse(configured)
        if url.where() != required.where():
            raise TeamError(
                QT_TRANSLATE_NOOP(
                    "core.team",
                    "your organisation's policy sets the team database to {database}; join that one",
                ).format(database=required.where_text()),
                2,
            )
        url = url.bound_to(required)
    if user.strip():
        url = url.with_user(user.strip())
    if not url.user:
        raise TeamError(
            QT_TRANSLATE_NOOP(
                "core.team", "put your user name in the address, e.g. postgresql://yourname@server/crier"
            ),
            2,
        )
    return url


def membership(conn: psycopg.Connection, url: TeamUrl) -> tuple[str, str]:
    """(role, team) of the signed-in person, or a sentence saying they are not in the team."""
    row = conn.execute(
        "SELECT p.role, t.name FROM crier.people p JOIN crier.teams t ON t.id = p.team_id"
        " WHERE p.name = session_user"
    ).fetchone()
    if row is None:
        raise TeamError(
            QT_TRANSLATE_NOOP(
                "core.team",
                "{user} is not a member of this team; ask the team admin to run `crier team add-user`",
            ).format(user=url.user)
        )
    return row[0], row[1]


def remember(
    data_dir: Path, url: TeamUrl, password: str | None, role: str, team: str, secrets: Any = None
) -> None:
    """Keep the password in the keyring and the address (never the password) in this PC's team file."""
    if secrets is None:
        from desktop.core.credentials import SecretStore

        secrets = SecretStore()
    local = LocalTeam(data_dir)
    try:
        if password:
            secrets.put(*KEYRING_KEY, password)
        local.set_config(
            url=url.without_password().conninfo(),
            role=role,
            team=team,
            auth="password" if password else "none",
        )
    finally:
        local.close()


def join(data_dir: Path, url: TeamUrl, password: str | None, secrets: Any = None) -> tuple[str, str]:
    """Sign in once to check the password and membership, then remember both; returns (role, team)."""
    password = password or url.password
    with connect(url, password) as conn:
        role, team = membership(conn, url)
    remember(data_dir, url, password, role, team, secrets)
    return role, team
