"""How fast the team outbox hands posts out to N publishers, and how long a decision takes to reach
another PC.

    python benchmarks/bench_team_outbox.py [--posts 400] [--accounts 8] [--publishers 1,2,4,8]
                                           [--decisions 40]

Starts a throwaway PostgreSQL server (as the tests do), sets up a team, approves ``--posts`` posts spread
over ``--accounts`` accounts, then lets N publisher connections (threads, each its own PostgreSQL
session, as N PCs would be) drain the outbox through the real ``TeamSender``: claim with the account's
advisory lock and FOR UPDATE SKIP LOCKED, record progress, finish, release. The network answers at
once (a publisher that returns an id without any I/O), so the figure is the outbox's own rate; real
networks take 100-1000 ms a post and are the limit in practice. Prints posts/s for each N and the
ratio to one publisher (one account is only ever sent by one publisher at a time, so the ratio is
bounded by the number of accounts).

Decision propagation: a watcher LISTENs as another PC would; an approver approves; the time from the
approval's commit to the watcher's wake-up is measured ``--decisions`` times (median and worst).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any, ClassVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


class InstantPublisher:
    """A network that answers at once: the benchmark measures Crier's outbox, not a network."""

    network: ClassVar[str] = "x"
    _ids = iter(range(10**12))
    _lock = threading.Lock()

    def prepare(self, part: Any) -> dict[str, str]:
        return {}

    def find_landed(self, part: Any) -> None:
        return None

    def publish(self, part: Any) -> Any:
        from desktop.core.networks.publishing import Published

        with self._lock:
            return Published(remote_id=str(next(self._ids)))


def _account_view(team_id: int, handle: str) -> Any:
    from datetime import datetime

    from desktop.core.accounts import AccountStatus, AccountView

    return AccountView(
        id=team_id, network="x", handle=handle, display_name="", remote_id="", service_url="", auth_kind="",
        secret_names=(), status=AccountStatus.CONNECTED, status_message="", settings={}, is_default=False,
        created_at=datetime.now(), last_used_at=None,
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=400)
    parser.add_argument("--accounts", type=int, default=8)
    parser.add_argument("--publishers", default="1,2,4,8")
    parser.add_argument("--decisions", type=int, default=40)
    args = parser.parse_args()

    import psycopg

    from desktop.core.team.connection import TeamUrl, connect
    from desktop.core.team.notify import POLL_SECONDS, TeamWatcher
    from desktop.core.team.publish import TeamSender
    from desktop.core.team.schema import add_person, init_team
    from tests.postgres import OWNER, _start_cluster

    cluster = _start_cluster()
    server = next(cluster)
    try:
        server.superuser_sql(f"CREATE DATABASE bench OWNER {OWNER}")
        owner_url = TeamUrl.parse(server.url(OWNER, "it-owner-pw", "bench"))
        init_team(owner_url, None)
        admin = connect(owner_url, None)
        for name, role in (("bench_author", "author"), ("bench_approver", "approver")):
            add_person(admin, name, role, "pw")

        def as_(user: str) -> psycopg.Connection:
            return connect(TeamUrl.parse(server.url(user, None, "bench")), "pw")

        accounts = [
            admin.execute("SELECT crier.register_account('x', %s)", (f"@acct{i}",)).fetchone()[0]
            for i in range(args.accounts)
        ]
        held = {a: _account_view(a, f"@acct{a}") for a in accounts}
        author, approver = as_("bench_author"), as_("bench_approver")

        print(
            f"Team outbox hand-out: {args.posts} posts over {args.accounts} accounts, network answers at once"
        )
        base_rate = None
        for n in [int(x) for x in args.publishers.split(",")]:
            for i in range(args.posts):
                sid = author.execute(
                    "SELECT crier.submit(%s, %s, %s)",
                    (uuid.uuid4(), accounts[i % len(accounts)], f"n{n} #{i}"),
                ).fetchone()[0]
                approver.execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
            conns = [as_("bench_approver") for _ in range(n)]
            counts = [0] * n

            def drain(k: int, conns: list = conns, counts: list = counts) -> None:
                sender = TeamSender(
                    conns[k], dict(held), lambda _a: InstantPublisher(), lambda text, _a: [text]
                )
                while True:
                    report = sender.run()
                    counts[k] += len(report.sent)
                    left = (
                        conns[k]
                        .execute("SELECT count(*) FROM crier.outbox WHERE state <> 'sent'")
                        .fetchone()[0]
                    )
                    if not left:
                        return

            threads = [threading.Thread(target=drain, args=(k,)) for k in range(n)]
            start = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - start
            rate = sum(counts) / elapsed
            base_rate = base_rate or rate
            assert sum(counts) == args.posts, counts
            print(f"  {n} publisher(s): {rate:7.0f} posts/s  ({rate / base_rate:.2f}x one publisher)")
            for c in conns:
                c.close()

        watcher = TeamWatcher(lambda: as_("bench_author"))
        watcher.wait(0)
        delays = []
        for i in range(args.decisions):
            sid = author.execute(
                "SELECT crier.submit(%s, %s, %s)", (uuid.uuid4(), accounts[0], f"decision {i}")
            ).fetchone()[0]
            watcher.wait(0.2)  # swallow the submission's own notification
            start = time.perf_counter()
            approver.execute("SELECT crier.decide(%s, %s, 'approved', '')", (uuid.uuid4(), sid))
            events = watcher.wait(10)
            delays.append(time.perf_counter() - start)
            assert any(e["action"] == "approved" and e["submission_id"] == sid for e in events), events
        watcher.close()
        delays.sort()
        print(
            f"Decision to another PC (LISTEN/NOTIFY, approval call included): median "
            f"{statistics.median(delays) * 1000:.1f} ms, worst {delays[-1] * 1000:.1f} ms over {len(delays)};"
            f" without notifications the polling fallback bounds it at {POLL_SECONDS:.0f} s"
        )
        return 0
    finally:
        cluster.close()


if __name__ == "__main__":
    raise SystemExit(main())
