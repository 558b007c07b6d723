"""The shared HTTP stack against hostile servers: no redirects, a total deadline, bounded bodies.

Every network's client gets its session from ``net.make_session``, so these hold for all four; the
per-network tests (``test_hostile_networks``) show each publisher turning them into the right kind.
Deadlines and caps are made small through ``NetConfig``, so nothing here waits long.
"""

from __future__ import annotations

import gzip
import json
import tracemalloc
from collections.abc import Iterator

import pytest
import requests

from desktop.core.net import NetConfig, make_session
from desktop.core.net.limits import AnswerTooLarge, DeadlineExceeded, RedirectRefused
from desktop.core.net.probe import probe
from desktop.core.net.problems import classify_exception, may_have_been_sent
from tests.fakes.hostile import Act, HostileFront

ANSWER = {"data": {"id": "1234"}}


@pytest.fixture
def origin() -> Iterator[HostileFront]:
    """The API host: answers every request with a small JSON body."""
    with HostileFront(answer=json.dumps(ANSWER).encode()) as server:
        yield server


@pytest.fixture
def other() -> Iterator[HostileFront]:
    """Another server on this computer, where a hostile redirect points."""
    with HostileFront() as server:
        yield server


@pytest.fixture
def front(origin: HostileFront) -> Iterator[HostileFront]:
    with HostileFront(origin.base_url) as server:
        yield server


def session(**config: object) -> requests.Session:
    return make_session(NetConfig(proxy="direct", **config))  # type: ignore[arg-type]


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirected_write_is_refused_and_nothing_reaches_the_other_host(
    front: HostileFront, other: HostileFront, status: int
) -> None:
    front.add(Act.REDIRECT, status=status, location=f"{other.base_url}/2/tweets")
    with session() as http, pytest.raises(RedirectRefused) as caught:
        http.post(f"{front.base_url}/2/tweets", json={"text": "secret draft"}, headers={"Authorization": "x"})

    assert other.seen == []  # neither the text nor the token went anywhere else
    problem = classify_exception(caught.value)
    assert problem.kind == "redirect" and not problem.retry_may_help
    assert "127.0.0.1" in problem.message and "another address" in problem.message
    assert may_have_been_sent(caught.value)  # the API host had the request: check before re-sending


def test_allow_redirects_false_does_not_turn_a_redirect_into_an_answer(
    front: HostileFront, other: HostileFront
) -> None:
    """Even a caller asking for the 3xx itself gets the error: no code path can read it as success."""
    front.add(Act.REDIRECT, status=302, location=other.base_url)
    with session() as http, pytest.raises(RedirectRefused):
        http.get(f"{front.base_url}/xrpc/x", allow_redirects=False)


def test_a_probe_still_counts_a_redirect_as_online(front: HostileFront, other: HostileFront) -> None:
    front.add(Act.REDIRECT, status=302, location=other.base_url)
    with session() as http:
        result = probe(http, f"{front.base_url}/")
    assert result.online and result.status == 302 and other.seen == []


def test_a_dribbling_answer_ends_at_the_deadline(front: HostileFront) -> None:
    """One byte every 0.2 s never trips the 5 s read timeout; the 1 s total deadline ends it."""
    front.add(Act.DRIBBLE, seconds=0.2)
    with session(read_timeout=5.0, deadline=1.0) as http, pytest.raises(DeadlineExceeded) as caught:
        http.post(f"{front.base_url}/2/tweets", json={"text": "hi"})
    problem = classify_exception(caught.value)
    assert problem.kind == "timeout" and problem.retry_may_help
    assert may_have_been_sent(caught.value)


def test_the_connection_is_usable_after_a_deadline(front: HostileFront) -> None:
    front.add(Act.DRIBBLE, seconds=0.2)
    with session(read_timeout=5.0, deadline=1.0) as http:
        with pytest.raises(DeadlineExceeded):
            http.get(f"{front.base_url}/a")
        assert http.get(f"{front.base_url}/b").json() == ANSWER


def test_a_huge_body_is_refused_past_the_cap(front: HostileFront) -> None:
    front.add(Act.HUGE, size=5_000_000)
    with session(max_body_bytes=100_000) as http, pytest.raises(AnswerTooLarge) as caught:
        http.get(f"{front.base_url}/2/users/me")
    problem = classify_exception(caught.value)
    assert problem.kind == "too-large" and problem.retry_may_help


def test_a_gzip_bomb_is_refused_without_inflating_it(front: HostileFront) -> None:
    """A 100 MB bomb (about 100 kB on the wire) against a 1 MB cap: memory stays near the cap."""
    front.add(Act.GZIP_BOMB, size=100 * 1024 * 1024)
    with session(max_body_bytes=1024 * 1024) as http:
        tracemalloc.start()
        try:
            with pytest.raises(AnswerTooLarge):
                http.get(f"{front.base_url}/2/users/me")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 16 * 1024 * 1024


def test_a_normal_gzip_answer_is_read(front: HostileFront) -> None:
    packed = gzip.compress(json.dumps(ANSWER).encode())
    front.add(Act.REPLACE, status=200, body=packed, headers={"Content-Encoding": "gzip"})
    with session() as http:
        assert http.get(f"{front.base_url}/x").json() == ANSWER
        assert http.headers["Accept-Encoding"] == "gzip, deflate"


def test_stream_callers_still_get_the_body(front: HostileFront) -> None:
    with session() as http:
        response = http.get(f"{front.base_url}/x", stream=True)
        assert b"".join(response.iter_content(4)) == json.dumps(ANSWER).encode()
