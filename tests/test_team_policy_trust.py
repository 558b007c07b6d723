"""Under IT's locked team address, what libpq trusts and how it connects is the policy's, not the person's:
libpq reads PGSSLMODE, PGSSLROOTCERT, ``~/.postgresql/root.crt`` and ``~/.pg_service.conf`` by itself, so
each test connects to a real PostgreSQL server with TLS (its certificate from a CA made here) with a
temporary HOME standing for the person's profile."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import trustme

from desktop.core.team.connection import TeamError, TeamUrl, connect, scalar
from tests.postgres import SUPERUSER, SUPERUSER_PASSWORD, PgServer, _start_cluster

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA(organization_name="A CA the person was told to trust")


@pytest.fixture(scope="module")
def tls_server(ca: trustme.CA) -> Iterator[PgServer]:
    """A PostgreSQL server that speaks TLS with a certificate for 127.0.0.1 from ``ca``."""
    for server in _start_cluster():
        cert = ca.issue_cert("127.0.0.1")
        cert.private_key_pem.write_to_path(str(server.data / "server.key"))
        cert.cert_chain_pems[0].write_to_path(str(server.data / "server.crt"))
        (server.data / "server.key").chmod(0o600)
        for name in ("server.key", "server.crt"):
            if server.user:
                shutil.chown(server.data / name, server.user)
        with (server.data / "postgresql.conf").open("a") as conf:
            conf.write("ssl = on\n")
        server.restart()
        yield server


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The person's home folder, where libpq looks for their own files; none of libpq's environment."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("PGSSLMODE", "PGSSLROOTCERT", "PGSERVICE", "PGSERVICEFILE", "PGSYSCONFDIR", "PGREQUIRESSL"):
        monkeypatch.delenv(name, raising=False)
    return home


def _connect_locked(policy: str) -> psycopg.Connection:
    """Connect as a PC whose machine policy locks the address to ``policy`` (the person's own name added)."""
    locked = TeamUrl.parse(policy)
    return connect(locked.with_user(SUPERUSER).bound_to(locked), SUPERUSER_PASSWORD)


def _uses_tls(conn: psycopg.Connection) -> bool:
    return bool(scalar(conn, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))


def test_pgsslmode_cant_turn_tls_off_under_a_locked_address(
    tls_server: PgServer, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A policy for this computer without sslmode means libpq's default (TLS when offered); on main the
    person's PGSSLMODE=disable filled it in and the connection went in plain text."""
    monkeypatch.setenv("PGSSLMODE", "disable")
    with _connect_locked(f"postgresql://127.0.0.1:{tls_server.port}/postgres") as conn:
        assert _uses_tls(conn)


@pytest.mark.parametrize("chosen_by", ["PGSSLROOTCERT", "root.crt in the profile"])
def test_a_ca_the_person_chose_is_not_trusted_under_a_locked_address(
    tls_server: PgServer, ca: trustme.CA, profile: Path, monkeypatch: pytest.MonkeyPatch, chosen_by: str
) -> None:
    """The policy says verify-full but not which CA: on main libpq took the person's (PGSSLROOTCERT or
    ~/.postgresql/root.crt), so whoever could set either could have Crier trust a server of their own.
    Now only the system's trusted roots, or the CA the policy names, decide; refused in one sentence."""
    ca_file = profile / "their-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    named = f"postgresql://127.0.0.1:{tls_server.port}/postgres?sslmode=verify-full&sslrootcert={ca_file}"
    with _connect_locked(named) as conn:  # the policy naming the CA: trusted, over TLS
        assert _uses_tls(conn)
    if chosen_by == "PGSSLROOTCERT":
        monkeypatch.setenv("PGSSLROOTCERT", str(ca_file))
    else:
        (profile / ".postgresql").mkdir()
        shutil.copy(ca_file, profile / ".postgresql" / "root.crt")
    with pytest.raises(TeamError) as refused:
        _connect_locked(f"postgresql://127.0.0.1:{tls_server.port}/postgres?sslmode=verify-full")
    message = str(refused.value)
    assert "policy" in message and "\n" not in message and "Traceback" not in message


def test_the_persons_own_service_file_is_not_used_under_a_locked_address(
    tls_server: PgServer, profile: Path
) -> None:
    """libpq reads ~/.pg_service.conf before the system's file for the service a policy names, and no
    parameter turns that off: on main its settings (here plain text) were used. Refused in one sentence."""
    (profile / ".pg_service.conf").write_text("[team]\nhost=127.0.0.2\nsslmode=disable\n", encoding="utf-8")
    policy = f"postgresql://127.0.0.1:{tls_server.port}/postgres?service=team"
    with pytest.raises(TeamError) as refused:
        _connect_locked(policy).close()
    message = str(refused.value)
    assert ".pg_service.conf" in message and "policy" in message and "\n" not in message
