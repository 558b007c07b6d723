"""What every fake server does the same way: serve on a thread, hold injected delays, close promptly."""

from __future__ import annotations

import threading
import time
from typing import Any, Self


class ServedFake:
    """Mixin for the fakes: the class sets ``thread_name`` and, in ``__init__``, ``_httpd`` (a threading
    HTTP server with ``abort()``), ``_thread = None``, ``_stop`` (an Event) and ``state.config.max_hold``."""

    thread_name = "fake-server"
    _httpd: Any
    _thread: threading.Thread | None
    _stop: threading.Event
    state: Any

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
