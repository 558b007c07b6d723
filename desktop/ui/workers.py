"""Running core work off the GUI thread and getting the answer back on it.

Writes go through one serial worker so saves land in the order they were made; reads that may be slow
(searches over a large database) go to Qt's thread pool and carry a generation number so stale
answers are dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Relay(QObject):
    """Carries a finished future's callbacks to the GUI thread through a queued signal."""

    done = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _dispatch(self, call: object) -> None:
        call()  # type: ignore[operator]


class SerialWorker(QObject):
    """One background thread that runs jobs in submission order (the store's writer)."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._relay = _Relay()
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future:
        self._pending += 1

        def finished(future: Future) -> None:
            def deliver() -> None:
                self._pending -= 1
                error = future.exception()
                if error is not None:
                    if on_error is not None:
                        on_error(error)
                    else:
                        log.error("Background job failed", exc_info=error)
                elif on_done is not None:
                    on_done(future.result())

            self._relay.done.emit(deliver)

        future = self._pool.submit(job)
        future.add_done_callback(finished)
        return future

    def drain(self, timeout: float = 30.0) -> None:
        """Wait for queued jobs (used when closing so the last save lands before exit)."""
        self._pool.submit(lambda: None).result(timeout=timeout)

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=not wait)
