"""How many SQL statements the sync engine issues per post: a count, not a time (timings are the
benchmarks'), so a change that brings back a read per account or per step fails here.

Each statement through SQLAlchemy costs tens of microseconds of Crier's own CPU, which is most of what a
post costs besides the network library (issue 16: under 3 ms per post). BEGIN and SAVEPOINT lines count.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from sqlalchemy import event

from desktop.core.accounts import Accounts
from desktop.core.db import Database
from desktop.core.outbox import Outbox
from desktop.core.sync import SyncEngine
from tests.fakes.scripted import Network, ScriptedPublisher

#: One post queued, one run: a read (the due posts: one statement, so no BEGIN); the claim with its key
#: (BEGIN, the post read again, UPDATE, its event); "sent" (BEGIN, UPDATE, the id's owner, its event, the
#: account's turn) and the look for a next post (SAVEPOINT, the due posts, RELEASE). It was 18 before the
#: due posts, the accounts' turns and the account were read in one statement, and 14 while that read
#: began a transaction.
ONE_POST_RUN = 13
#: Each further post of a backlog: "sent" with the next claim in one transaction (BEGIN, UPDATE, owner,
#: event, turn, SAVEPOINT, the due posts, the claim's UPDATE and event, RELEASE). It was 11.
BACKLOG_POST = 10


@pytest.fixture
def statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def executed(_conn, _cursor, statement: str, *_args) -> None:  # noqa: ANN001
        seen.append(" ".join(statement.split())[:80])

    event.listen(db.engine, "before_cursor_execute", executed)
    yield seen
    event.remove(db.engine, "before_cursor_execute", executed)


def _engine(db: Database, net: Network) -> SyncEngine:
    return SyncEngine(db, lambda account: ScriptedPublisher(net, account), rng=random.Random(1))


def test_a_one_post_run_issues_at_most_thirteen_statements(db: Database, statements: list[str]) -> None:
    net = Network()
    accounts = [Accounts(db).add("x", f"council{i}").id for i in range(3)]  # more accounts: no more reads
    engine = _engine(db, net)
    outbox = Outbox(db)
    for text in ("Bins go out on Tuesday", "Library closed Monday"):
        (post_id,) = outbox.queue([accounts[1]], [text])
        statements.clear()
        assert engine.run_once().sent == [post_id]
        assert len(statements) <= ONE_POST_RUN, "\n".join(statements)


def test_each_post_of_a_backlog_after_the_first_costs_at_most_ten_statements(
    db: Database, statements: list[str]
) -> None:
    net = Network()
    (a,) = [Accounts(db).add("x", "council").id]
    engine = _engine(db, net)
    outbox = Outbox(db)
    ids = [outbox.queue([a], [f"Road closure {n}"])[0] for n in range(11)]
    statements.clear()
    assert engine.run_once().sent == ids
    assert len(statements) <= ONE_POST_RUN + BACKLOG_POST * 10, "\n".join(statements)


def test_an_idle_run_reads_once(db: Database, statements: list[str]) -> None:
    net = Network()
    Accounts(db).add("x", "council")
    engine = _engine(db, net)
    statements.clear()
    assert engine.run_once().sent == []
    assert len(statements) <= 1, "\n".join(statements)  # the due posts, with no BEGIN
