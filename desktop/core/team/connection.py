"""Connecting to the team database with libpq's own parameters, and saying plainly why it failed.

The URL is a libpq connection URI (``postgresql://user@host:port/db?sslmode=verify-full``); libpq's
environment (``PGSSLMODE``, ``PGSSLROOTCERT``, ``PGKRBSRVNAME``, …) applies as usual, so IT configures
TLS and Kerberos the standard way. Crier adds one rule: a host that is not this computer must use TLS.
A password, when there is one, comes from the keyring and is handed to libpq directly, never written.

When IT locks the address by machine policy, every connection is made with exactly the policy's
parameters and the person's user name (``TeamUrl.bound_to``): where to go and what to trust are never left
for libpq's environment (PGHOST, PGPORT, PGSSLMODE, PGSSLROOTCERT, …), files in the person's profile
(``~/.postgresql/root.crt``, ``~/.pg_service.conf``) or this PC's own team file to fill in. What libpq can
be told is pinned (``TeamUrl.pinned``); what it can't (a service) is refused in one sentence.
"""

from __future__ import annotations

import ipaddress
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
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


#: The libpq parameters that decide which server and database a connection reaches.
WHERE = ("host", "port", "dbname", "hostaddr", "service")
#: Under a locked address, libpq's own default for what the policy leaves out of where and how to connect,
#: so the environment (PGHOST, PGHOSTADDR, PGPORT, PGPASSFILE, PGTARGETSESSIONATTRS, PGCHANNELBINDING,
#: PGSSLMINPROTOCOLVERSION, PGKRBSRVNAME) is not read; empty means libpq's default. sslmode and
#: sslrootcert are the policy's to decide (``TeamUrl.pinned``). Left to the person: their identity (user,
#: password, sslcert, sslkey), what can only refuse more (sslcrl, require_auth) and their own session's
#: settings on the policy's server (PGOPTIONS, PGAPPNAME; Crier names itself anyway).
_PINNED = {"host": "", "hostaddr": "", "port": "", "passfile": "", "target_session_attrs": "any",
           "channel_binding": "prefer", "ssl_min_protocol_version": "TLSv1.2",
           "krbsrvname": "postgres"}  # fmt: skip


@dataclass(frozen=True)
class TeamUrl:
    params: dict[str, Any]
    locked: bool = False  # bound to IT's address: nothing about where comes from the environment

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
        return str(self.params.get("host") or self._environment("PGHOST") or "localhost")

    def _environment(self, name: str) -> str:
        return "" if self.locked else os.environ.get(name, "")

    def where(self) -> tuple[str, ...]:
        """Which server and database, as written: ``hostaddr`` and ``service`` bypass the host name."""
        given = {name: str(self.params.get(name) or "") for name in WHERE}
        return given["host"] or "localhost", given["port"] or "5432", *(given[n] for n in WHERE[2:])

    def where_text(self) -> str:
        host, port, dbname = self.where()[:3]
        return f"{host}:{port}/{dbname}"

    def bound_to(self, policy: TeamUrl) -> TeamUrl:
        """This address as IT's locked one binds it: exactly the policy's parameters with this person's user
        name (and password, when typed), the rest of where left to libpq's defaults, not its environment.
        TeamError when this address names another database (a team file edited after joining)."""
        if self.where() != policy.where():
            raise TeamError(
                QT_TRANSLATE_NOOP(
                    "core.team",
                    "your organisation's policy sets the team database to {database}, but this PC was set "
                    "to {joined}; join the team again",
                ).format(database=policy.where_text(), joined=self.where_text()),
                2,
            )
        own = {k: v for k, v in self.params.items() if k == "user" or k in _SECRET_PARAMS}
        return TeamUrl(policy.params | own, locked=True)

    def pinned(self) -> dict[str, Any]:
        """What a locked address is connected with besides its own parameters, so libpq reads none of it
        from the environment: its defaults for where and how, an sslmode (``prefer`` on this computer, else
        ``require``), and for a verifying sslmode without the policy's sslrootcert, the system's trusted
        roots rather than a file the person chose (PGSSLROOTCERT, ``~/.postgresql/root.crt``)."""
        if not self.locked:
            return {}
        mode = str(self.params.get("sslmode") or ("prefer" if self.is_loopback() else "require"))
        trust = {"sslrootcert": "system"} if mode.startswith("verify") else {}
        return _PINNED | {"sslmode": mode} | trust

    def without_password(self) -> TeamUrl:
        """The address to keep on disk: no password, nor a client key's passphrase (``sslpassword``)."""
        kept = {k: v for k, v in self.params.items() if k not in _SECRET_PARAMS}
        return TeamUrl(kept)

    def with_user(self, user: str) -> TeamUrl:
        return TeamUrl({**self.params, "user": user}, self.locked)

    def conninfo(self) -> str:
        return conninfo.make_conninfo(**self.params)

    def display(self) -> str:
        """Where, for messages and status: user@host:port/db, never a password."""
        port = self.params.get("port") or self._environment("PGPORT") or "5432"
        return f"{self.user}@{self.host}:{port}/{self.params['dbname']}"

    def is_loopback(self) -> bool:
        hosts = [h.strip() for h in self.host.split(",")]
        return all(_loopback(h) for h in hosts)

    def sslmode(self) -> str:
        return str(self.params.get("sslmode") or self._environment("PGSSLMODE") or "")


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


#: A locked address that would verify the server's CA but names none: libpq can't use the system's trusted
#: roots for that (``sslrootcert=system`` needs verify-full), and the person's own file is not trusted.
NO_CA_FILE = QT_TRANSLATE_NOOP(
    "core.team",
    "your organisation's policy sets sslmode=verify-ca for the team database but no sslrootcert; ask IT "
    "to add the CA certificate's file (sslrootcert) to it, or to use verify-full",
)


def _libpq_home() -> Path:
    """Where libpq looks for the person's own files (``.pg_service.conf``, ``.postgresql/root.crt``)."""
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", "")) / "postgresql"
    return Path(os.environ.get("HOME") or Path.home())


def _refuse_service_environment(url: TeamUrl) -> None:
    """A locked address may not be completed from a service file the person chose (libpq can't be told
    "no service", nor "not your own service file", by a parameter): the one refusal, in a sentence."""
    service = str(url.params.get("service") or "")
    named = [name for name in ("PGSERVICE",) if os.environ.get(name, service) != service]
    if service:  # the policy's own service: which file defines it is the policy's too
        named += [name for name in ("PGSERVICEFILE", "PGSYSCONFDIR") if os.environ.get(name)]
    if named:
        raise TeamError(
            QT_TRANSLATE_NOOP(
                "core.team",
                "the {name} environment variable could change the team database your organisation's "
                "policy sets; remove it, or ask IT",
            ).format(name=named[0]),
            2,
        )
    own_file = _libpq_home() / ".pg_service.conf"
    if service and own_file.exists():  # libpq reads it before the system's, and takes the service from it
        raise TeamError(
            QT_TRANSLATE_NOOP(
                "core.team",
                "the file {path} could change the team database your organisation's policy sets; "
                "remove it, or ask IT",
            ).format(path=str(own_file)),
            2,
        )


def connect(url: TeamUrl, password: str | None = None, *, autocommit: bool = True) -> psycopg.Connection:
    """Open a connection or raise TeamError/Unreachable with the reason in the user's words."""
    if url.locked:
        _refuse_service_environment(url)
        if url.params.get("sslmode") == "verify-ca" and not url.params.get("sslrootcert"):
            raise TeamError(NO_CA_FILE, 2)  # (libpq takes the system's roots only with verify-full)
    params = url.pinned() | url.params
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
    tls = "ssl" in text.lower() or "certificate" in text  # libpq's TLS errors, sslmode/sslrootcert's too
    if tls and url.locked:
        return TeamError(
            QT_TRANSLATE_NOOP(
                "core.team",
                "the TLS connection to {host} failed; your organisation's policy decides which certificates "
                "are trusted (PGSSLMODE and PGSSLROOTCERT don't apply), so ask IT",
            ).format(host=url.host)
        )
    if tls:
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
