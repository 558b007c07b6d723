"""What every fake server does the same way, so each fake is only its state and its routes.

- :class:`ServedFake` — the lifecycle: listen on loopback, serve on a thread, hold injected delays, close
  promptly (cutting held requests and idle keep-alives).
- :class:`FakeHTTPServer` — a threading HTTP server that tracks its connections so ``close()`` can cut them.
- :class:`FakeHandler` — one request handler: body limits, silenced logging, a crash that fails the test
  (never passes for an injected fault), and :meth:`FakeHandler.answer_with_faults`, the one place the
  shared faults (slow, drop, timeout, status, lost answer) are applied around the fake's own answer.
- :class:`FakeControl` — the ``/__control/...`` JSON endpoint's shared part (health, config, faults,
  violations), for code under test in another process.
- :class:`Clock` — the fakes' adjustable clock.
- :func:`serve_main` — the standalone ``python -m tests.fakes.<fake>`` entry point.
- :class:`FakeEnv` and :func:`env_factory` — what the pytest fixtures of every fake share: a started fake
  with the sessions made to reach it, all closed after the test, which then fails if the fake crashed.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import dataclasses
import html
import itertools
import json
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable, Collection, Iterator, Mapping
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Protocol, Self, TypeVar
from urllib.parse import SplitResult, urlsplit

import requests

from tests.fakes.faults import Fault, FaultKind, FaultPlan

LOOPBACK = ("127.0.0.1", "localhost", "::1")


class Answer(Protocol):
    """An HTTP answer before serialisation (each fake's ``Reply``)."""

    status: int
    body: bytes
    content_type: str
    headers: dict[str, str]


JSON = "application/json; charset=utf-8"
HTML = "text/html; charset=utf-8"


@dataclasses.dataclass
class Reply:
    """An HTTP answer before serialisation: what every fake's routes return."""

    status: int
    body: bytes = b""
    content_type: str = JSON
    headers: dict[str, str] = dataclasses.field(default_factory=dict)

    json_type: ClassVar[str] = JSON  # what ``json`` answers are labelled, unless told otherwise

    @classmethod
    def json(
        cls, status: int, body: Any, headers: Mapping[str, str] | None = None, *, content_type: str = ""
    ) -> Self:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        return cls(status, data, content_type or cls.json_type, dict(headers or {}))

    @classmethod
    def page(cls, status: int, title: str, body_html: str) -> Self:
        head = f"<head><title>{html.escape(title)}</title></head>"
        return cls(status, f"<!DOCTYPE html><html>{head}<body>{body_html}</body></html>".encode(), HTML)

    @classmethod
    def redirect(cls, location: str) -> Self:
        return cls(302, b"", HTML, {"Location": location})


@dataclasses.dataclass
class Request:
    """A request as a fake's routes read it (header names lower-cased)."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    def one(self, name: str) -> str | None:
        """The last value of a query parameter, or None."""
        values = self.query.get(name)
        return values[-1] if values else None


@dataclasses.dataclass
class RecordedRequest:
    """One request as a fake saw it; ``status``/``outcome`` are filled in when it finishes."""

    seq: int
    received_at: float
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names
    body: bytes
    status: int | None = None
    outcome: str = "in_progress"  # answered | dropped | lost_answer | timeout | crashed
    fault: str | None = None


def parse_multipart(content_type: str, body: bytes, *, raw: Collection[str] = ()) -> dict[str, Any]:
    """Multipart form fields: files as (bytes, mime type), the ``raw`` fields as bytes, the rest as text.

    Raises ValueError for a body that isn't multipart (each fake answers that in its network's words)."""
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        raise ValueError("malformed multipart body")
    fields: dict[str, Any] = {}
    for part in message.iter_parts():  # type: ignore[attr-defined]
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        payload = part.get_payload(decode=True) or b""
        if part.get_filename() is not None:
            fields[str(name)] = (payload, part.get_content_type())
        else:
            fields[str(name)] = payload if name in raw else payload.decode("utf-8")
    return fields


class Clock:
    """Wall clock plus an adjustable offset: tests expire tokens or end rate windows without sleeping."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += seconds


class FakeState:
    """What every fake's state starts with: its config, an adjustable clock, one lock (with a condition
    for tests that wait on requests), and the ``violations`` that fail the test (a crash of the fake)."""

    #: What :meth:`record_request` logs (a fake may add fields)
    recorded: ClassVar[type[RecordedRequest]] = RecordedRequest

    def __init__(self, config: Any) -> None:
        self.config = config
        self.clock = Clock()
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self.violations: list[str] = []
        self._seq = itertools.count(1)
        self._log: collections.deque[Any] = collections.deque(maxlen=config.request_log_size)

    def record_request(
        self, method: str, path: str, query: dict[str, list[str]], headers: dict[str, str], body: bytes
    ) -> Any:
        """Log a request as it arrives (the newest ``config.request_log_size`` are kept)."""
        with self._changed:
            entry = self.recorded(next(self._seq), time.time(), method, path, query, headers, body)
            self._log.append(entry)
            self._changed.notify_all()
            return entry

    def now(self) -> float:
        return self.clock.now()

    def advance_clock(self, seconds: float) -> None:
        """Move the fake clock on (token expiry, rate-limit windows, media processing)."""
        self.clock.advance(seconds)

    def record_violation(self, message: str) -> None:
        with self._lock:
            self.violations.append(message)


# --------------------------------------------------------------------------------------------- lifecycle


class ServedFake:
    """Base of the fakes: the class sets ``thread_name`` and calls :meth:`listen` in ``__init__``, after
    setting ``state`` (with ``state.config.max_hold`` and ``state.config.idle_timeout``)."""

    thread_name = "fake-server"
    _httpd: Any
    _thread: threading.Thread | None
    _stop: threading.Event
    state: Any

    def listen(
        self, host: str, port: int, handler: type[BaseHTTPRequestHandler], *, what: str, backlog: int = 5
    ) -> None:
        """Bind (loopback only: a fake must never be reachable from the network) and note the address."""
        if host not in LOOPBACK:
            raise ValueError(f"the fake {what} only listens on loopback")
        self._stop = threading.Event()
        self._thread = None
        self._httpd = FakeHTTPServer((host, port), self, handler, backlog=backlog)
        self.host, self.port = self._httpd.server_address[:2]
        self.base_url = f"http://{host}:{self.port}"

    def start(self) -> Self:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=self.thread_name,
            daemon=True,
        )
        self._thread.start()
        return self

    def hold(self, seconds: float) -> float:
        """Wait out an injected delay (bounded by config.max_hold, cut short by close()); returns the wait."""
        started = time.perf_counter()
        self._stop.wait(min(seconds, self.state.config.max_hold))
        return time.perf_counter() - started

    def close(self) -> None:
        """Stop serving, end held requests and keep-alive connections; returns within a couple of seconds."""
        if self._stop.is_set():
            return
        self._stop.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(2.0)
        self._httpd.server_close()
        self._httpd.abort(timeout=2.0)

    def __enter__(self) -> Self:
        return self.start() if self._thread is None else self

    def __exit__(self, *exc: object) -> None:
        self.close()


class FakeHTTPServer(ThreadingHTTPServer):
    """One thread per connection, each tracked so :meth:`abort` can cut idle keep-alives on close."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        fake: ServedFake,
        handler: type[BaseHTTPRequestHandler],
        *,
        backlog: int = 5,
    ) -> None:
        self.fake: Any = fake
        self.request_queue_size = backlog  # socketserver's 5 makes a burst of clients wait on SYN retries
        self._connection_name = f"{fake.thread_name}-connection"
        self._track = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._workers: set[threading.Thread] = set()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        worker = threading.Thread(
            target=self._work, args=(request, client_address), name=self._connection_name, daemon=True
        )
        with self._track:
            self._connections.add(request)
            self._workers.add(worker)
        worker.start()

    def _work(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except OSError:
            pass  # the client went away (its own timeout) or we dropped it on purpose
        finally:
            self.shutdown_request(request)
            with self._track:
                self._connections.discard(request)
                self._workers.discard(threading.current_thread())

    def abort(self, timeout: float) -> None:
        """Cut every open connection (idle keep-alives included) and wait, bounded, for the workers."""
        with self._track:
            connections, workers = list(self._connections), list(self._workers)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + timeout
        for worker in workers:
            worker.join(max(0.0, deadline - time.monotonic()))


# --------------------------------------------------------------------------------------------- requests


class FakeHandler(BaseHTTPRequestHandler):
    """The shared request handler; a fake's handler sets the class attributes and writes ``_dispatch``."""

    protocol_version = "HTTP/1.1"
    sys_version = ""
    # Headers and body go out in separate writes; without TCP_NODELAY the body would wait for the
    # client's delayed ACK (40 ms on Linux), which benchmarks would wrongly charge to Crier.
    disable_nagle_algorithm = True
    server: FakeHTTPServer

    #: Named in the violation a crash of the fake records ("fake X API crashed: ...").
    fake_name: ClassVar[str] = "fake server"
    #: Largest request body read; a larger one is refused before it is read.
    max_body: ClassVar[int] = 64 * 1024 * 1024
    #: Read ``Transfer-Encoding: chunked`` bodies (X's media upload sends them).
    accept_chunked: ClassVar[bool] = False
    #: Extra headers on every answer (a real service's cache and version headers).
    fixed_headers: ClassVar[Mapping[str, str]] = {}
    #: The ``Date`` header follows the fake's clock (``state.now()``), so a skewed server clock shows.
    dated_by_fake_clock: ClassVar[bool] = False

    def setup(self) -> None:
        self.timeout = self.server.fake.state.config.idle_timeout
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's signature
        """Silenced: the request log on the state is the record tests use."""

    def date_time_string(self, timestamp: float | None = None) -> str:
        if timestamp is None and self.dated_by_fake_clock:
            timestamp = self.server.fake.state.now()
        return super().date_time_string(timestamp)

    def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
        self._entry: Any = None
        self.started = time.perf_counter()
        self.held = 0.0
        try:
            self._dispatch()
        except OSError:
            raise  # the client went away mid-answer; nothing to report
        except Exception:
            # A bug in the fake must fail the test, not pass for an injected dropped connection.
            self.server.fake.state.record_violation(f"{self.fake_name} crashed:\n{traceback.format_exc()}")
            if self._entry is not None:
                self.crashed(self._entry)
            self._write(self.crash_reply())
            self.close_connection = True

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET  # noqa: N815

    def _dispatch(self) -> None:
        body = self.body_or_refuse()
        if body is not None:
            headers = {name.lower(): value for name, value in self.headers.items()}
            self.route(urlsplit(self.path), body, headers)

    def route(self, parts: SplitResult, body: bytes, headers: dict[str, str]) -> None:
        """Answer one request: ``headers`` have lower-case names, ``body`` is read (and within limits)."""
        raise NotImplementedError

    def crashed(self, entry: Any) -> None:
        """Mark the logged request as crashed (status 500)."""
        self.server.fake.state.finish_request(entry, status=500, outcome="crashed", fault=None, seconds=0.0)

    def crash_reply(self) -> Answer:
        raise NotImplementedError

    def hold(self, seconds: float) -> None:
        """Wait out an injected delay; ``self.held`` adds it up so handling times can leave it out."""
        self.held += self.server.fake.hold(seconds)

    def _read_body(self) -> bytes:
        return read_body(self, self.max_body, chunked=self.accept_chunked)

    def body_or_refuse(self) -> bytes | None:
        """The request body, or None once one too large (or malformed) is answered and the connection ends."""
        try:
            return self._read_body()
        except ValueError:
            self._write(self.too_large_reply())
            self.close_connection = True
            return None

    def too_large_reply(self) -> Answer:
        raise NotImplementedError

    def answer_with_faults(
        self,
        fault: Fault | None,
        respond: Callable[[], Answer],
        record: Callable[[int | None, str], None],
    ) -> Answer | None:
        """Apply a shared fault around ``respond()``; the answer to write, or None when there is none.

        ``respond`` gives the fake's answer (its error answer where ``fault`` is a status fault).
        ``record(status, outcome)`` logs each way of not answering before the client can see it, so a test
        reading the log right after its call never finds the entry half written. With a timeout or a lost
        answer whose fault ``commit``s, the request is processed first: the post exists, the answer is lost.
        """
        kind = fault.kind if fault is not None else None
        seconds = fault.seconds if fault is not None else 0.0
        if kind is FaultKind.SLOW:
            self.hold(seconds)
        if kind is FaultKind.DROP or (kind is FaultKind.TIMEOUT and fault is not None and not fault.commit):
            record(None, "dropped" if kind is FaultKind.DROP else "timeout")
            if kind is FaultKind.TIMEOUT:
                self.hold(seconds)
            self._drop()
            return None
        reply = respond()
        if kind in (FaultKind.LOST_ANSWER, FaultKind.TIMEOUT):
            record(reply.status, str(kind))
            if kind is FaultKind.TIMEOUT:
                self.hold(seconds)
            self._drop()
            return None
        return reply

    def _write(self, reply: Answer) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in {**self.fixed_headers, **self.per_answer_headers()}.items():
            self.send_header(name, value)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)
        self.wfile.flush()

    def per_answer_headers(self) -> dict[str, str]:
        return {}

    def _drop(self) -> None:
        """Close without a byte of answer, as when the service's edge or the network gives up."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


def read_body(handler: BaseHTTPRequestHandler, limit: int, *, chunked: bool) -> bytes:
    """The request's body by Content-Length (or chunked, if allowed); ValueError past ``limit`` bytes."""
    if chunked and handler.headers.get("Transfer-Encoding", "").lower() == "chunked":
        chunks, total = [], 0
        while True:
            size = int(handler.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                handler.rfile.readline()
                return b"".join(chunks)
            total += size
            if total > limit:
                raise ValueError("body too large")
            chunks.append(handler.rfile.read(size))
            handler.rfile.readline()
    length = int(handler.headers.get("Content-Length") or 0)
    if length > limit:
        raise ValueError("body too large")
    return handler.rfile.read(length) if length else b""


# --------------------------------------------------------------------------------------------- control


class FakeControl:
    """``/__control/...``: the Python control API as JSON, for code under test in another process.

    A fake's control writes :meth:`routes` for its own endpoints; health, ``PATCH /config``, the fault plans
    and ``GET /violations`` are shared here.
    """

    #: The fake's ``Reply.json``.
    reply: ClassVar[Callable[..., Any]]
    #: The fake's config dataclass, whose fields ``PATCH /config`` may set.
    config_type: ClassVar[type]

    def __init__(self, server: Any) -> None:
        self.server = server
        self.state = server.state

    def handle(self, method: str, path: str, raw: bytes, request: Any) -> Any:
        try:
            body = json.loads(raw) if raw else {}
            path = path.removeprefix("/__control")
            found = self.routes(request, method, path, body)
            return found if found is not None else self._shared(method, path, body)
        except (KeyError, ValueError, TypeError) as error:
            return self.reply(400, {"error": f"{type(error).__name__}: {error}"})

    def routes(self, request: Any, method: str, path: str, body: dict[str, Any]) -> Any:
        """The fake's own endpoints: a reply, or None for a path it doesn't have."""
        return None

    def health(self) -> dict[str, Any]:
        return {"ok": True}

    def plans(self) -> dict[str, FaultPlan]:
        """Rule lists by control path (the fault plan at ``/faults``; Graph adds canned answers)."""
        return {"/faults": self.server.faults}

    def add_rule(self, plan: FaultPlan, path: str, body: dict[str, Any]) -> str:
        return plan.add_from_dict(body)

    def config_value(self, value: Any) -> Any:
        return value

    def violations(self) -> list[str]:
        return list(self.state.violations)

    def _shared(self, method: str, path: str, body: dict[str, Any]) -> Any:
        state, plans = self.state, self.plans()
        if (method, path) == ("GET", "/health"):
            return self.reply(200, self.health())
        if (method, path) == ("PATCH", "/config"):
            known = {f.name for f in dataclasses.fields(self.config_type)}
            unknown = set(body) - known
            if unknown:
                raise KeyError(f"unknown config fields {sorted(unknown)}")
            for name, value in body.items():
                setattr(state.config, name, self.config_value(value))
            return self.reply(200, dataclasses.asdict(state.config))
        if path in plans:
            plan = plans[path]
            if method == "GET":
                return self.reply(200, {"rules": plan.rules()})
            if method == "POST":
                return self.reply(201, {"id": self.add_rule(plan, path, body)})
            if method == "DELETE":
                plan.clear()
                return self.reply(200, {"ok": True})
        base, _, rule_id = path.rpartition("/")
        if method == "DELETE" and base in plans:
            removed = plans[base].remove(rule_id)
            return self.reply(200 if removed else 404, {"removed": removed})
        if (method, path) == ("GET", "/violations"):
            return self.reply(200, {"violations": self.violations()})
        return self.reply(404, {"error": f"no control endpoint {method} {path}"})


# --------------------------------------------------------------------------------------------- standalone


def serve_main(
    argv: list[str] | None,
    fake_type: Callable[..., ServedFake],
    bootstrap: Callable[[Any, argparse.Namespace], dict[str, Any]],
    *,
    defaults_help: str,
    options: Callable[[argparse.ArgumentParser], None] = lambda parser: None,
    make: Callable[[argparse.Namespace], ServedFake] | None = None,
) -> int:
    """``python -m tests.fakes.<fake>``: serve until SIGINT/SIGTERM; print the base URL, and with
    ``--defaults`` what ``bootstrap`` made, as JSON. ``make`` builds the fake from extra ``options``."""
    module = sys.modules[fake_type.__module__]
    name = module.__spec__.name if module.__spec__ else module.__name__  # not "__main__" under -m
    description = (module.__doc__ or "").splitlines()[0]
    parser = argparse.ArgumentParser(prog=f"python -m {name}", description=description)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--defaults", action="store_true", help=defaults_help)
    options(parser)
    args = parser.parse_args(argv)
    # The handlers go in before the URL is printed: a caller may stop the fake as soon as it has read it.
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    server = (make(args) if make else fake_type(host=args.host, port=args.port)).start()
    print(server.base_url, flush=True)  # type: ignore[attr-defined]
    if args.defaults:
        print(json.dumps(bootstrap(server, args)), flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.close()
    return 0


# --------------------------------------------------------------------------------------------- fixtures


@dataclasses.dataclass
class FakeEnv:
    """A started fake (``server``) and the sessions made to reach it; ``close()`` ends them all."""

    server: Any
    _sessions: list[requests.Session] = dataclasses.field(default_factory=list, kw_only=True)

    @property
    def base_url(self) -> str:
        return str(self.server.base_url)

    @property
    def state(self) -> Any:
        return self.server.state

    @property
    def faults(self) -> FaultPlan:
        return self.server.faults  # type: ignore[no-any-return]

    def keep(self, session: requests.Session) -> requests.Session:
        """Close ``session`` with the fake."""
        self._sessions.append(session)
        return session

    def close(self) -> None:
        for session in self._sessions:
            session.close()
        self.server.close()


Env = TypeVar("Env", bound=FakeEnv)


@contextlib.contextmanager
def env_factory(
    make: Callable[..., Env], problems: Callable[[Env], list[str]], what: str
) -> Iterator[Callable[..., Env]]:
    """A fixture's factory of fakes (``make``); afterwards all are closed, then the test fails with
    ``what`` if any fake reports ``problems`` (a crash, a spec violation): a bug in a fake must not pass
    for an injected fault."""
    envs: list[Env] = []

    def factory(*args: Any, **kwargs: Any) -> Env:
        env = make(*args, **kwargs)
        envs.append(env)
        return env

    yield factory
    for env in envs:
        env.close()
    for env in envs:
        found = problems(env)
        assert not found, f"{what}:\n" + "\n".join(found)
