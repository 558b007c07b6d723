"""Bounds on what a server can make Crier do: no redirects, a total deadline, a cap on the body.

A hostile or broken server (or something on the network pretending to be one) must not be able to
send a post or a token to another host with a redirect, hold a sync for ever by dribbling one byte
at a time (the read timeout is per read, so it never fires), or exhaust memory with a huge answer or
a gzip bomb. :class:`net.CrierAdapter` applies these to every request, so all four networks get them.

Each failure is a ``requests`` exception, so every publisher's existing "network trouble" path
classifies it (``net.classify_exception``) without special cases.

A request never sends anything once its deadline has passed: a connection finished after it (the watchdog
can only cut a socket once it exists) is closed unused. So one request stays open at most
:func:`longest_request`, and work that must end by a time recorded elsewhere (a team post's request lease,
``team.publish``) admits each request first (:func:`requests_within`).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import requests
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

#: Longest one request may take in total (connect, send, wait, read), whatever the server does.
DEFAULT_DEADLINE = 120.0
#: Largest answer Crier reads, after decompression: API answers are JSON of a few kilobytes.
DEFAULT_MAX_BODY = 4 * 1024 * 1024
#: Only what Crier can decompress with a bound (no brotli or zstd from urllib3's optional decoders).
ACCEPT_ENCODING = "gzip, deflate"
_CHUNK = 64 * 1024


class RedirectRefused(requests.exceptions.RequestException):
    """The server answered with a redirect: Crier never follows one for an API call or a token."""

    def __init__(self, *args: Any, target_host: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.target_host = target_host


class AnswerTooLarge(requests.exceptions.RequestException):
    """The answer (decompressed) was larger than Crier reads."""

    def __init__(self, *args: Any, limit: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limit = limit


class DeadlineExceeded(requests.exceptions.ReadTimeout):
    """The whole request took longer than its deadline (e.g. a server sending a byte at a time)."""


def longest_request(deadline: float, connect_timeout: float) -> float:
    """How long one request can stay open at most: its deadline, and then a connect still under way (the
    watchdog can't cut a socket before it exists; once connected it is closed unused). A connect never
    waits longer than the deadline (:func:`connect_timeout_within`)."""
    return deadline + connect_timeout_within(connect_timeout, deadline)


def connect_timeout_within(connect_timeout: float, deadline: float) -> float:
    """The connect timeout a request uses: never longer than its whole deadline, as a connection finished
    after that is closed unused."""
    return min(connect_timeout, deadline)


class Lease(Protocol):
    """Something every request must end within (see :func:`requests_within`)."""

    def admit(self, deadline: float, longest: float) -> float:
        """Called as a request with this ``deadline``, open ``longest`` seconds at most, is about to start:
        the ``time.monotonic()`` its deadline counts from (its lease's start, at most now), or raise so the
        request is never sent."""
        ...


@contextlib.contextmanager
def requests_within(lease: Lease) -> Iterator[None]:
    """Every request this thread makes meanwhile is first admitted by ``lease``."""
    previous = getattr(_CURRENT, "lease", None)
    _CURRENT.lease = lease
    try:
        yield
    finally:
        _CURRENT.lease = previous


def admitted(deadline: float, connect_timeout: float) -> float | None:
    """When this thread's lease lets a request with this deadline and connect timeout start counting its
    deadline from, or None without a lease (from now)."""
    lease = getattr(_CURRENT, "lease", None)
    return lease.admit(deadline, longest_request(deadline, connect_timeout)) if lease is not None else None


# -- the deadline ------------------------------------------------------------------------------------

_CURRENT = threading.local()


class _Watch:
    """Cuts a request's connection when its deadline passes, so a blocked read returns at once."""

    def __init__(self, seconds: float, since: float | None = None) -> None:
        self.fired = threading.Event()
        self._done = threading.Event()
        self._conn: Any = None
        self._seconds = seconds
        self.ends = (time.monotonic() if since is None else since) + seconds

    def __enter__(self) -> _Watch:
        _CURRENT.watch = self
        _WATCHDOG.add(self.ends, self)
        return self

    def passed(self) -> bool:
        """Whether the deadline has passed (the watchdog may not have looked yet)."""
        return time.monotonic() >= self.ends

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        _CURRENT.watch = None

    def attach(self, conn: Any) -> None:
        self._conn = conn

    def _fire(self) -> bool:
        """Cut the connection; False while it is still connecting (bounded by the connect timeout)."""
        if self._done.is_set():
            return True
        self.fired.set()
        sock = getattr(self._conn, "sock", None)
        if sock is None:
            return False
        with contextlib.suppress(OSError, AttributeError):
            sock.shutdown(socket.SHUT_RDWR)
        return True


#: Finished requests leave the watchdog's heap when they reach its top; past this many entries ``add``
#: drops them all at once (so the heap holds about one deadline's span of live requests).
_TIDY_AT = 256


class _Watchdog:
    """One thread for every request's deadline: a timer thread per request cost about 5 ms each on a
    loaded machine, most of Crier's own cost per post."""

    def __init__(self) -> None:
        self._wake = threading.Condition()
        self._heap: list[tuple[float, int, _Watch]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None
        self._tidy_at = _TIDY_AT

    def add(self, deadline: float, watch: _Watch) -> None:
        with self._wake:
            if len(self._heap) >= self._tidy_at:  # finished requests behind a live one's deadline
                self._drop_finished()
            earliest = not self._heap or deadline < self._heap[0][0]
            heapq.heappush(self._heap, (deadline, next(self._order), watch))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="crier-request-deadlines", daemon=True)
                self._thread.start()
            elif earliest:  # else it sleeps until an earlier deadline and looks at this one then
                self._wake.notify()  # (waking it for every request cost a thread switch per post)

    def _drop_finished(self) -> None:
        self._heap = [entry for entry in self._heap if not entry[2]._done.is_set()]
        heapq.heapify(self._heap)
        self._tidy_at = max(_TIDY_AT, 2 * len(self._heap))

    def forget_finished(self) -> None:
        """Drop finished requests now, not at the next tidy: a memory measurement's steady point (up to
        ``_TIDY_AT`` finished watches, about 2.5 KB each, are otherwise kept by design)."""
        with self._wake:
            self._drop_finished()

    def _run(self) -> None:
        with self._wake:
            while True:
                while self._heap and self._heap[0][2]._done.is_set():
                    heapq.heappop(self._heap)  # finished in time
                if not self._heap:
                    self._wake.wait()
                    continue
                deadline, _, watch = self._heap[0]
                now = time.monotonic()
                if deadline > now:
                    self._wake.wait(deadline - now)
                    continue
                heapq.heappop(self._heap)
                if not watch._fire():  # still connecting: look again shortly
                    heapq.heappush(self._heap, (now + 0.05, next(self._order), watch))


_WATCHDOG = _Watchdog()


def watch(seconds: float, since: float | None = None) -> _Watch:
    """A request's deadline: ``seconds`` from ``since`` (a ``time.monotonic()``), or from now."""
    return _Watch(seconds, since)


def forget_finished() -> None:
    """See ``_Watchdog.forget_finished``."""
    _WATCHDOG.forget_finished()


def _refuse_if_passed() -> None:
    """Nothing is sent on a request whose deadline has passed (while connecting, or before it started)."""
    current = getattr(_CURRENT, "watch", None)
    if current is not None and current.passed():
        current.fired.set()
        raise TimeoutError("the request's deadline passed before anything was sent")


class _WatchedConnection:
    """A connection finished after its request's deadline is closed unused."""

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        try:
            _refuse_if_passed()
        except TimeoutError:
            self.close()  # type: ignore[attr-defined]
            raise


class WatchedHTTPConnection(_WatchedConnection, HTTPConnection):
    pass


class WatchedHTTPSConnection(_WatchedConnection, HTTPSConnection):
    pass


class _WatchedPool:
    """Hands each connection a request uses to the request's deadline watch (same thread)."""

    def _make_request(self, conn: Any, *args: Any, **kwargs: Any) -> Any:
        current = getattr(_CURRENT, "watch", None)
        if current is not None:
            current.attach(conn)
            _refuse_if_passed()  # (a kept-alive connection sends at once)
        return super()._make_request(conn, *args, **kwargs)  # type: ignore[misc]


class WatchedHTTPPool(_WatchedPool, HTTPConnectionPool):
    ConnectionCls = WatchedHTTPConnection


class WatchedHTTPSPool(_WatchedPool, HTTPSConnectionPool):
    ConnectionCls = WatchedHTTPSConnection


WATCHED_POOLS = {"http": WatchedHTTPPool, "https": WatchedHTTPSPool}


def watch_pools(manager: Any) -> Any:
    """Make a urllib3 PoolManager/ProxyManager build watched pools (new pools only; call it first)."""
    if getattr(manager, "pool_classes_by_scheme", None) is not WATCHED_POOLS:
        manager.pool_classes_by_scheme = WATCHED_POOLS
    return manager


# -- redirects and bodies ------------------------------------------------------------------------------


def refuse_redirect(response: requests.Response, request: requests.PreparedRequest) -> None:
    """Raise :class:`RedirectRefused` for a 3xx with a Location, naming where it pointed."""
    if not response.is_redirect:
        return
    location = response.headers.get("location", "")
    target = urlsplit(urljoin(request.url or "", location)).hostname or "another address"
    here = urlsplit(request.url or "").hostname or "the server"
    response.close()
    raise RedirectRefused(
        f"HTTP {response.status_code} redirect from {here} to {target} refused",
        target_host=target,
        request=request,
        response=response,
    )


def preload(response: requests.Response, limit: int) -> None:
    """Read and decompress the body into ``response`` (as requests would), never more than ``limit``."""
    raw = response.raw
    encoding = response.headers.get("content-encoding", "").strip().lower()
    decoder: Any = None
    if encoding in ("gzip", "x-gzip"):
        decoder = _Gzip()
    elif encoding == "deflate":
        decoder = _Deflate()
    parts: list[bytes] = []
    size = received = 0
    try:
        while True:
            chunk = raw.read(_CHUNK, decode_content=False)
            if not chunk:
                break
            received += len(chunk)
            if received > limit:
                raise _too_large(response, limit)
            pieces = [chunk] if decoder is None else _decompress(decoder, chunk, limit - size + 1)
            for piece in pieces:
                size += len(piece)
                if size > limit:
                    raise _too_large(response, limit)
                parts.append(piece)
        if decoder is not None:
            tail = decoder.flush()
            size += len(tail)
            if size > limit:
                raise _too_large(response, limit)
            parts.append(tail)
    except zlib.error as exc:
        raise requests.exceptions.ContentDecodingError(
            f"answer could not be decompressed: {exc}", request=response.request
        ) from exc
    except BaseException:
        response.close()
        raise
    response._content = b"".join(parts)
    response._content_consumed = True  # type: ignore[attr-defined]  # requests' own flag, untyped
    response.headers.pop("content-encoding", None)  # what is stored is already decoded
    raw.release_conn()


def _too_large(response: requests.Response, limit: int) -> AnswerTooLarge:
    return AnswerTooLarge(f"answer larger than {limit} bytes", limit=limit, request=response.request)


def _decompress(decoder: Any, chunk: bytes, room: int) -> list[bytes]:
    """Decompress ``chunk`` into at most ``room`` bytes more (then the caller stops): a bomb stays small."""
    out: list[bytes] = []
    data = chunk
    while data and room > 0:
        piece = decoder.decompress(data, room)
        out.append(piece)
        room -= len(piece)
        data = decoder.unconsumed_tail
    if data:
        out.append(b"x")  # output was still waiting when the room ran out: over the limit
    return out


class _Gzip:
    """gzip, including several members one after another (as urllib3 accepts)."""

    def __init__(self) -> None:
        self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._tail_is_next_member = False

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._decoder.eof:
            leftover = self._decoder.unused_data
            self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
            if not self._tail_is_next_member:
                data = leftover + data
            self._tail_is_next_member = False
            if not data.strip(b"\0"):
                self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
                return b""  # padding after the last member
        return self._decoder.decompress(data, max_length)

    @property
    def unconsumed_tail(self) -> bytes:
        if self._decoder.eof and self._decoder.unused_data.strip(b"\0"):
            self._tail_is_next_member = True
            return self._decoder.unused_data  # the next member: decompress() starts it
        return self._decoder.unconsumed_tail

    def flush(self) -> bytes:
        return self._decoder.flush()


class _Deflate:
    """HTTP "deflate" is zlib-wrapped by the standard, raw deflate by some servers: accept both."""

    def __init__(self) -> None:
        self._decoder: Any = None

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._decoder is None:
            self._decoder = zlib.decompressobj()
            try:
                return self._decoder.decompress(data, max_length)
            except zlib.error:
                self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._decoder.decompress(data, max_length)

    @property
    def unconsumed_tail(self) -> bytes:
        return self._decoder.unconsumed_tail if self._decoder is not None else b""

    def flush(self) -> bytes:
        return self._decoder.flush() if self._decoder is not None else b""
