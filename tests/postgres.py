"""A real, throwaway PostgreSQL server for the team-mode tests.

One cluster per test session: ``initdb`` into a temporary folder, a free port on 127.0.0.1, password
(SCRAM) authentication for TCP like a council's server, stopped and removed at the end. PostgreSQL
refuses to run as root, so as root the server runs as ``nobody`` in a folder only it can read.
Each test gets its own database, owned by a role that may create roles but is not a superuser
(what ``crier team init`` is documented to need).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "super-secret-test"
OWNER = "crier_it"
OWNER_PASSWORD = "it-owner-pw"
_counter = itertools.count(1)


def postgres_bindir() -> Path | None:
    """Debian keeps each major version's programs in /usr/lib/postgresql/N/bin; pg_config says which."""
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        candidate = Path(out.stdout.strip())
        if (candidate / "initdb").exists():
            return candidate
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if versions:
        return versions[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    bindir: Path
    root: Path
    port: int
    user: str | None  # the OS user the server runs as (None: ourselves)
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.data = self.root / "data"
        self.log = self.root / "server.log"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        kwargs = {"user": self.user} if self.user else {}
        return subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            check=check,
            cwd=self.root,
            timeout=120,
            **kwargs,
        )

    def init(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        if self.user:
            shutil.chown(pwfile, self.user)
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--pwfile", str(pwfile), "-A", "scram-sha-256",
            "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        pwfile.unlink()
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"listen_addresses = '127.0.0.1'\nport = {self.port}\n"
                f"unix_socket_directories = '{self.root}'\n"
                "fsync = on\nmax_connections = 200\nlog_min_messages = warning\n"
            )

    def start(self) -> None:
        result = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start",
                           check=False)  # fmt: skip
        if result.returncode != 0:
            raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{self.log.read_text()[-2000:]}")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def restart(self) -> None:
        """Stop (dropping every connection and advisory lock) and start again on the same port."""
        self.stop("fast")
        self.start()

    def url(
        self, user: str = SUPERUSER, password: str | None = SUPERUSER_PASSWORD, db: str = "postgres"
    ) -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{db}"

    def superuser_sql(self, sql: str, db: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(db=db), autocommit=True) as conn:
            conn.execute(sql)


@dataclass
class TeamDatabase:
    """An empty database owned by a CREATEROLE (not superuser) role, as IT would hand it over."""

    server: PgServer
    name: str

    def owner_url(self, with_password: bool = True) -> str:
        return self.server.url(OWNER, OWNER_PASSWORD if with_password else None, self.name)

    def url_for(self, user: str, password: str | None = None) -> str:
        return self.server.url(user, password, self.name)


def _start_cluster() -> Iterator[PgServer]:
    bindir = postgres_bindir()
    if bindir is None:
        pytest.fail(
            "PostgreSQL is not installed; scripts/system-deps.sh test installs it (package postgresql)"
        )
    root = Path(tempfile.mkdtemp(prefix="crier-pg-"))
    user = None
    if os.geteuid() == 0:
        user = "nobody"  # PostgreSQL will not run as root; nobody exists on every Debian system
        info = pwd.getpwnam(user)
        os.chown(root, info.pw_uid, info.pw_gid)
    root.chmod(0o700)
    server = PgServer(bindir, root, _free_port(), user)
    try:
        server.init()
        server.start()
        server.superuser_sql(f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'")
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    yield from _start_cluster()


@pytest.fixture
def team_db(pg_server: PgServer) -> TeamDatabase:
    name = f"team{os.getpid()}_{next(_counter)}"
    pg_server.superuser_sql(f"CREATE DATABASE {name} OWNER {OWNER}")
    return TeamDatabase(pg_server, name)


def unique_name(base: str) -> str:
    """Roles are cluster-wide, so each test's people get their own names."""
    return f"{base}_{os.getpid()}_{next(_counter)}_{int(time.monotonic() * 1000) % 100000}"


class PortGate:
    """A TCP forwarder in front of the server: ``block()`` cuts every connection and refuses new ones
    (a PC whose network lost the database port), ``open()`` lets them through again on the same port."""

    def __init__(self, target_port: int) -> None:
        import threading

        self.target_port = target_port
        self.port = _free_port()
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []

    def open(self) -> PortGate:
        import threading

        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def block(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
            conns, self._conns = self._conns, []
        if listener is not None:
            with contextlib.suppress(OSError):  # wakes the accept: a closed listener alone let one more in
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()

    def _accept(self, listener: socket.socket) -> None:
        import threading

        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                sink.shutdown(socket.SHUT_WR)
