"""Connecting to the team database with libpq's own parameters, and saying plainly why it failed.

The URL is a libpq connection URI (``postgresql://user@host:port/db?sslmode=verify-full``); libpq's
environment (``PGSSLMODE``, ``PGSSLROOTCERT``, ``PGKRBSRVNAME``, …) applies as usual, so IT configures
TLS and Kerberos the standard way. Crier adds one rule: a host that is not this computer must use TLS.
A password, when there is one, comes from the keyring and is handed to libpq directly, never written.
"""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import conninfo, errors

from desktop.core.team.errors import TeamError, Unreachable
from desktop.core.team.refusals import refusal_text
from desktop.core.translatable import QT_TRANSLATE_NOOP

__all__ = ["TeamError", "TeamUrl", "Unreachable", "connect", "scalar"]

CONNECT_TIMEOUT = 5
#: sslmodes that may fall back to plain text, refused for a host that is not loopback
_WEAK_SSLMODES = {"disable", "allow", "prefer"}


@dataclass(frozen=True)
class TeamUrl:
    params: dict[str, Any]

    @classmethod
    def parse(cls, url: str) -> TeamUrl:
        try:
            params = conninfo.conninfo_to_dict(url.strip())
        except psycopg.ProgrammingError:
            raise TeamError(
                QT_TRANSLATE_NOOP(
                    "core.team", "{url} is not a PostgreSQL address like postgresql://name@server/crier"
                ).format(url=repr(_hidden(url))),
                2,
            ) from None
        if not params.get("dbname"):
            raise TeamError(
                QT_TRANSLATE_NOOP(
                    "core.team",
                    "the team database address needs a database name, e.g. postgresql://name@server/crier",
                ),
                2,
            )
        return cls(params)

    @property
    def user(self) -> str:
        return str(self.params.get("user") or os.environ.get("PGUSER") or "")

    @property
    def password(self) -> str | None:
        value = self.params.get("password")
        return str(value) if value else None

    @property
    def host(self) -> str:
        return str(self.params.get("host") or os.environ.get("PGHOST") or "localhost")

    def without_password(self) -> TeamUrl:
        """The address to keep on disk: no password, nor a client key's passphrase (``sslpassword``)."""
        return TeamUrl({k: v for k, v in self.params.items() if k not in _SECRET_PARAMS})

    def with_user(self, user: str) -> TeamUrl:
        return TeamUrl({**self.params, "user": user})

    def conninfo(self) -> str:
        return conninfo.make_conninfo(**self.params)

    def display(self) -> str:
        """Where, for messages and status: user@host:port/db, never a password."""
        port = self.params.get("port") or os.environ.get("PGPORT") or "5432"
        return f"{self.user}@{self.host}:{port}/{self.params['dbname']}"

    def is_loopback(self) -> bool:
        hosts = [h.strip() for h in self.host.split(",")]
        return all(_loopback(h) for h in hosts)

    def sslmode(self) -> str:
        return str(self.params.get("sslmode") or os.environ.get("PGSSLMODE") or "")


#: libpq parameters that are secrets: never written to this PC's team file
_SECRET_PARAMS = frozenset({"password", "sslpassword"})


def _hidden(url: str) -> str:
    """A typed address as messages may repeat it: any password in it replaced by "…"."""
    url = re.sub(r"(//[^\s@/:]*):[^\s@/]*@", r"\1:…@", url)
    return re.sub(r"((?:^|[?&\s])(?:ssl)?password\s*=\s*)('[^']*'|[^&\s]*)", r"\1…", url)


def _loopback(host: str) -> bool:
    if host.startswith("/") or host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def connect(url: TeamUrl, password: str | None = None, *, autocommit: bool = True) -> psycopg.Connection:
    """Open a connection or raise TeamError/Unreachable with the reason in the user's words."""
    params = dict(url.params)
    if not url.is_loopback():
        mode = url.sslmode()
        if mode in _WEAK_SSLMODES:
            raise TeamError(
                QT_TRANSLATE_NOOP(
                    "core.team",
                    "the team database at {host} must be reached over TLS; remove sslmode={mode} "
                    "(use verify-full with the council's CA certificate)",
                ).format(host=url.host, mode=mode),
                2,
            )
        if not mode:
            params["sslmode"] = "require"
    if password:
        params["password"] = password
    params.setdefault("connect_timeout", CONNECT_TIMEOUT)
    params.setdefault("application_name", "crier")
    # A PC that vanishes mid-send must lose its locks soon, so another PC can take its posts over.
    params.setdefault("keepalives_idle", 10)
    params.setdefault("keepalives_interval", 5)
    params.setdefault("keepalives_count", 3)
    try:
        return psycopg.connect(conninfo.make_conninfo(**params), autocommit=autocommit)
    except psycopg.OperationalError as error:
        raise explain_connect_error(url, error) from None


def scalar(conn: psycopg.Connection, sql: str, params: tuple[Any, ...] = ()) -> Any:
    """The first column of the one row ``sql`` returns (a function call or an aggregate returns one)."""
    row = conn.execute(sql, params).fetchone()
    if row is None:
        raise psycopg.errors.NoDataFound(f"no row from {sql}")
    return row[0]


def explain_connect_error(url: TeamUrl, error: Exception) -> TeamError:
    text = str(error)
    if "password authentication failed" in text or "no password supplied" in text:
        return TeamError(
            QT_TRANSLATE_NOOP("core.team", "the team database refused the password for {user}").format(
                user=url.user
            )
        )
    if "GSSAPI" in text or "Kerberos" in text:
        return TeamError(
            QT_TRANSLATE_NOOP(
                "core.team", "the team database did not accept the Kerberos sign-in for {user}"
            ).format(user=url.user)
        )
    if "does not exist" in text and "database" in text:
        return TeamError(
            QT_TRANSLATE_NOOP("core.team", "there is no database {name} on {host}").format(
                name=url.params["dbname"], host=url.host
            )
        )
    if "role" in text and "does not exist" in text:
        return TeamError(
            QT_TRANSLATE_NOOP("core.team", "the team database has no user {user}").format(user=url.user)
        )
    if "SSL" in text or "certificate" in text:
        return TeamError(
            QT_TRANSLATE_NOOP(
                "core.team", "the TLS connection to {host} failed; check PGSSLROOTCERT (see docs/team.md)"
            ).format(host=url.host)
        )
    return Unreachable(
        QT_TRANSLATE_NOOP("core.team", "can't reach the team database at {database}").format(
            database=url.display()
        )
    )


#: SQLSTATEs a team function uses to refuse; anything else is a fault, not a decision.
REFUSALS = (errors.InsufficientPrivilege, errors.NoDataFound, errors.ObjectNotInPrerequisiteState,
            errors.InvalidParameterValue)  # fmt: skip


def refusal_message(error: psycopg.Error) -> str:
    """The database's own sentence, without the "permission denied:" prefix people needn't read, marked for
    translation where it is one the team's migrations raise (``refusals``)."""
    primary = (error.diag.message_primary or str(error)).strip()
    if primary.startswith("permission denied: "):
        primary = primary[len("permission denied: ") :]
    return refusal_text(primary)  # in the reader's language when shown


def is_connection_lost(error: BaseException) -> bool:
    """True when the link to the server broke (restart, network), as opposed to a refusal."""
    if isinstance(error, psycopg.OperationalError | psycopg.InterfaceError):
        return True
    return isinstance(error, errors.AdminShutdown | errors.CrashShutdown | errors.CannotConnectNow)
