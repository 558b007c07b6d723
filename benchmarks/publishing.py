"""What the four publish benchmarks share: the network's fake in its own process, Crier's side, the measure.

The figure each prints is **Crier's own CPU time per post**: the CPU time (user + system, all threads)
of the Crier process while ``SyncEngine.run_once`` publishes, divided by the posts sent. The fake server
runs in a separate process (``python -m tests.fakes.<fake>``), so its parsing, its answers and its
threads' fight for the interpreter lock are not counted, and time spent waiting (for the fake's answer,
for the disk's fsync) is not CPU time. Wall-clock time per post is printed beside it for context: it
includes the fake, loopback TCP and the synced commits' waits, so it depends on the disk and the load.

The CPU time is split within the same runs: the publisher's share (building it, keyring reads, the
network library, JSON, requests; the calling thread's CPU time inside its methods) and the engine's (the
rest: claims, records and commits in SQLite, WAL with synchronous=FULL). Two ways of sending:

* one at a time: one post queued, then one ``run_once``, repeated (a day's posts as they are written: each
  run builds its publisher and claims afresh);
* a backlog: every post queued first, then one ``run_once`` (after a day offline).

The publisher comes from the registry's ``publisher_factory``, as the app builds it; credentials sit in an
in-memory keyring (a real OS keyring adds its own cost to every publisher built).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

TARGET_MS = 3.0  # issue 16: Crier's own work per post, at the same durability


class FakeProcess:
    """``python -m tests.fakes.<module> --defaults`` in its own process; ``info`` is what it bootstrapped."""

    def __init__(self, module: str, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", f"tests.fakes.{module}", "--port", "0", "--defaults", *args],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.base_url = self.process.stdout.readline().strip()
        if not self.base_url:
            raise SystemExit(f"the fake {module} did not start")
        self.info: dict[str, Any] = json.loads(self.process.stdout.readline())

    def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        import requests

        answer = requests.request(method, f"{self.base_url}/__control{path}", json=body, timeout=10)
        answer.raise_for_status()
        return answer.json()

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@dataclass
class Network:
    """How one network's benchmark sets up: its fake, its limits lifted, an account connected."""

    name: str  # as printed
    fake: str  # module under tests.fakes
    fake_args: tuple[str, ...]
    text: str  # a post's text, with {n}
    #: (fake) -> the NetConfig that sends the network's real API address to the fake
    net_config: Callable[[FakeProcess], Any]
    #: (fake, accounts, secrets, session, options) -> the connected account's id
    connect: Callable[[FakeProcess, Any, Any, Any, argparse.Namespace], int]
    #: (fake) -> None: lift the fake's rate limits (they are not what is measured)
    unlimit: Callable[[FakeProcess], None] = lambda fake: None
    #: the benchmark's own options
    options: Callable[[argparse.ArgumentParser], None] = lambda parser: None
    #: (crier, options) -> None: a further pass after the timed rounds (X's memory pass)
    after: Callable[[Crier, argparse.Namespace], None] | None = None


class _Timed:
    """A publisher whose methods' CPU time (this thread's) is added to ``spent``."""

    def __init__(self, inner: Any, spent: list[float]) -> None:
        self._inner = inner
        self._spent = spent
        self.network = inner.network

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._inner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return method(*args, **kwargs)
            finally:
                self._spent[0] += time.thread_time() - started

        return timed


class Crier:
    """A fresh data folder with one connected account, the registry's publishers and the sync engine."""

    def __init__(
        self, network: Network, fake: FakeProcess, folder: Path, options: argparse.Namespace
    ) -> None:
        from desktop.core.accounts import Accounts
        from desktop.core.credentials import SecretStore
        from desktop.core.db import open_database
        from desktop.core.net import make_session
        from desktop.core.networks.registry import publisher_factory
        from desktop.core.outbox import Outbox
        from desktop.core.paths import app_paths
        from desktop.core.sync import SyncEngine
        from tests.keyrings import MemoryKeyring

        os.environ["CRIER_DATA_DIR"] = str(folder)
        self.db = open_database(app_paths().ensure())
        config = network.net_config(fake)
        self._session = make_session(config)
        accounts = Accounts(self.db)
        secrets = SecretStore(backend=MemoryKeyring())
        self.account_id = network.connect(fake, accounts, secrets, self._session, options)
        build = publisher_factory(accounts, secrets=secrets, net_config=config)
        self.publisher_cpu = [0.0]

        def timed_build(account: Any) -> _Timed:
            started = time.thread_time()
            try:
                return _Timed(build(account), self.publisher_cpu)
            finally:
                self.publisher_cpu[0] += time.thread_time() - started

        self.engine = SyncEngine(self.db, timed_build)
        self.outbox = Outbox(self.db)
        self.text = network.text
        self._queued = 0

    def queue(self, count: int) -> None:
        for _ in range(count):
            self._queued += 1
            self.outbox.queue([self.account_id], [self.text.format(n=self._queued)])

    def close(self) -> None:
        self._session.close()
        self.db.close()


@dataclass
class Sample:
    posts: int
    cpu: float  # seconds of the Crier process's CPU time
    publisher: float  # of which inside the publisher
    wall: float

    def per_post(self) -> tuple[float, float, float, float]:
        """(CPU, publisher CPU, engine CPU, wall) in ms per post."""
        ms = 1000 / self.posts
        return self.cpu * ms, self.publisher * ms, (self.cpu - self.publisher) * ms, self.wall * ms


def _timed(crier: Crier, run: Callable[[], int], profiler: cProfile.Profile | None) -> Sample:
    crier.publisher_cpu[0] = 0.0
    if profiler is not None:
        profiler.enable()
    cpu, wall = time.process_time(), time.perf_counter()
    sent = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if profiler is not None:
        profiler.disable()
    return Sample(sent, cpu, crier.publisher_cpu[0], wall)


def one_at_a_time(crier: Crier, posts: int, profiler: cProfile.Profile | None) -> Sample:
    total = Sample(0, 0.0, 0.0, 0.0)
    for _ in range(posts):
        crier.queue(1)
        sample = _timed(crier, lambda: len(crier.engine.run_once().sent), profiler)
        total = Sample(
            total.posts + sample.posts,
            total.cpu + sample.cpu,
            total.publisher + sample.publisher,
            total.wall + sample.wall,
        )
    if total.posts != posts:
        raise SystemExit(f"only {total.posts} of {posts} posts were sent")
    return total


def backlog(crier: Crier, posts: int, profiler: cProfile.Profile | None) -> Sample:
    crier.queue(posts)
    sample = _timed(crier, lambda: len(crier.engine.run_once().sent), profiler)
    if sample.posts != posts:
        raise SystemExit(f"only {sample.posts} of {posts} posts were sent")
    return sample


def synced_commit_ms(folder: Path, rounds: int = 30) -> float:
    """Median wall time of one bare synced SQLite commit in ``folder`` (WAL, synchronous=FULL): the disk's
    floor for a durable step, which the wall-clock figures include and the CPU figures do not."""
    import sqlite3

    connection = sqlite3.connect(folder / "reference.sqlite3", isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")
        samples = []
        for _ in range(rounds):
            started = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO t (v) VALUES (?)", ("x" * 200,))
            connection.execute("COMMIT")
            samples.append((time.perf_counter() - started) * 1000)
        return statistics.median(samples)
    finally:
        connection.close()


MODES: dict[str, Callable[[Crier, int, cProfile.Profile | None], Sample]] = {
    "one at a time": one_at_a_time,
    "backlog": backlog,
}


def main(network: Network) -> int:
    parser = argparse.ArgumentParser(
        description=f"Crier's own CPU time per post published to {network.name}."
    )
    parser.add_argument("--posts", type=int, default=200, help="posts per round and way of sending")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mode", choices=[*MODES, "both"], default="both")
    parser.add_argument("--dir", type=Path, help="where the database goes (default: a temporary folder)")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="cProfile the timed runs (slows them down; wall-clock timer, so commit() and socket reads"
        " include their waits for the disk and the fake)",
    )
    network.options(parser)
    args = parser.parse_args()
    modes = list(MODES) if args.mode == "both" else [args.mode]
    profiler = cProfile.Profile() if args.profile else None
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"{network.name}: Crier's own CPU time per post (process CPU, user + system, of the Crier process; "
        f"the fake {network.name} server runs in another process and is not counted). Load average: {load}"
    )
    fake = FakeProcess(network.fake, *network.fake_args)
    results: dict[str, list[tuple[float, float, float, float]]] = {mode: [] for mode in modes}
    try:
        network.unlimit(fake)
        with tempfile.TemporaryDirectory(prefix="crier-bench-", dir=args.dir) as folder:
            crier = Crier(network, fake, Path(folder), args)
            try:
                crier.queue(10)  # warm-up: imports, the first connection, SQLite's caches
                crier.engine.run_once()
                for n in range(args.rounds):
                    for mode in modes:
                        row = MODES[mode](crier, args.posts, profiler).per_post()
                        results[mode].append(row)
                        print(
                            f"  round {n + 1}, {mode}: CPU {row[0]:.2f} ms per post (publisher {row[1]:.2f}, "
                            f"engine {row[2]:.2f}); wall {row[3]:.2f} ms"
                        )
                floor = synced_commit_ms(Path(folder))
                if network.after is not None:
                    network.after(crier, args)
            finally:
                crier.close()
    finally:
        fake.close()
    for mode, rows in results.items():
        cpu, publisher, engine, wall = (statistics.median(column) for column in zip(*rows, strict=True))
        verdict = "OK" if cpu < TARGET_MS else "OVER"
        print(
            f"{network.name}, {mode}: Crier's own CPU {cpu:.2f} ms per post, median of {len(rows)} rounds of "
            f"{args.posts} (target < {TARGET_MS:.0f} ms: {verdict}): publisher {publisher:.2f} ms, engine "
            f"{engine:.2f} ms; wall {wall:.2f} ms per post (with the fake, loopback and fsync waits)"
        )
    print(f"One bare synced SQLite commit in the same folder: {floor:.2f} ms wall (the disk's floor)")
    if profiler is not None:  # by own time, then by time with callees (where a step's time goes)
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).strip_dirs()
        stats.sort_stats("tottime").print_stats(35)
        stats.sort_stats("cumtime").print_stats(50)
        print(f"\ncProfile of the timed runs (totals over all of them):\n{out.getvalue()}")
    return 0
