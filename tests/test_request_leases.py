"""Requests made under a lease (a team post's recorded request time, ``team.publish``) never outlive it.

Each request asks the lease first, naming how long it can stay open (``NetConfig.longest_request``: its
deadline, and a connect under way, never longer than the deadline); its deadline counts from the lease's
start, and nothing is sent once that has passed: not on a kept-alive connection, not on one whose connect
finished late. Real local servers; the held connect is a full listen queue, as a busy server's would be.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import requests

from desktop.core.net import NetConfig, make_session
from desktop.core.net.limits import DeadlineExceeded, requests_within
from tests.fakes.hostile import HostileFront


class Lease:
    """A lease whose start was ``started_ago`` seconds back; ``refuse``: what it raises instead."""

    def __init__(self, started_ago: float = 0.0, refuse: Exception | None = None) -> None:
        self.started_ago, self.refuse = started_ago, refuse
        self.asked: list[tuple[float, float]] = []

    def admit(self, deadline: float, longest: float) -> float:
        self.asked.append((deadline, longest))
        if self.refuse is not None:
            raise self.refuse
        return time.monotonic() - self.started_ago


class NotYours(Exception):
    """What a lease raises when the work is no longer this computer's."""


@pytest.fixture
def origin() -> Iterator[HostileFront]:
    with HostileFront(answer=json.dumps({"data": {"id": "1"}}).encode()) as server:
        yield server


def session(**config: float) -> requests.Session:
    return make_session(NetConfig(proxy="direct", **config))


def test_each_request_asks_the_lease_with_how_long_it_can_stay_open(origin: HostileFront) -> None:
    lease = Lease()
    with session(deadline=2.0, connect_timeout=10.0) as http, requests_within(lease):
        http.get(f"{origin.base_url}/a")
        http.post(f"{origin.base_url}/b", json={}, timeout=(1.0, 5.0))  # a publisher's own timeouts
    assert lease.asked == [(2.0, 4.0), (2.0, 3.0)]  # a connect's allowance: no longer than the deadline
    assert NetConfig(deadline=2.0, connect_timeout=10.0).longest_request == 4.0
    assert NetConfig().longest_request == 130.0
    with session() as http:  # no lease: nothing asked
        http.get(f"{origin.base_url}/c")
    assert len(lease.asked) == 2 and len(origin.seen) == 3


def test_a_request_its_lease_refuses_is_never_sent(origin: HostileFront) -> None:
    with session() as http, requests_within(Lease(refuse=NotYours())), pytest.raises(NotYours):
        http.post(f"{origin.base_url}/2/tweets", json={"text": "hi"})
    assert origin.seen == []


def test_nothing_goes_on_a_kept_alive_connection_once_the_leased_deadline_has_passed(
    origin: HostileFront,
) -> None:
    with session(deadline=1.0) as http:
        assert http.get(f"{origin.base_url}/a").ok  # the connection is kept for the next request
        with requests_within(Lease(started_ago=1.5)), pytest.raises(DeadlineExceeded):
            http.post(f"{origin.base_url}/2/tweets", json={"text": "hi"})
    assert [seen.path for seen in origin.seen] == ["/a"]


def test_a_connect_that_ends_after_the_leased_deadline_sends_nothing() -> None:
    """The watchdog can't cut a socket still connecting; the request's connection is closed unused."""
    server = socket.create_server(("127.0.0.1", 0), backlog=0)
    blocker = socket.create_connection(server.getsockname())  # the listen queue is full: connects wait
    received: list[bytes] = []

    def serve() -> None:
        first, _ = server.accept()  # after a while: room for the held connect's next try (about 1 s in)
        first.close()
        server.settimeout(10)
        conn, _ = server.accept()
        conn.settimeout(3)
        with conn:
            received.append(conn.recv(65536))

    def accept_later() -> None:
        time.sleep(0.6)
        serve()

    thread = threading.Thread(target=accept_later, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.getsockname()[1]}/2/tweets"
    try:
        # A 2 s deadline whose lease began 1.7 s ago: it passes 0.3 s in, while the connect still waits.
        lease = Lease(started_ago=1.7)
        with session(deadline=2.0) as http, requests_within(lease), pytest.raises(DeadlineExceeded):
            http.post(url, json={"text": "hi"})
        thread.join(15)
    finally:
        blocker.close()
        server.close()
    assert received == [b""]  # it connected (after the deadline), and nothing was sent
