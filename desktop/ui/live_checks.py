"""Runs the checks while someone types, off the GUI thread, at most every 100 ms, and only ever on the
latest text (a burst of keys is one run); and the counts under the editor, once each key is painted
(``LiveCounts``).

A run starts once the keystroke's counts are on screen (``LiveChecker.counts_shown``) and the keys have
paused for as long as the last run worked (its thread's CPU time, which a loaded machine does not
stretch): the tone checks are pure Python, and a run holds the interpreter lock the GUI thread needs for
the next key's letter and counts (a 5,000-character post's run works ~8 ms, a 100,000-character paste's
~200 ms, which would otherwise run back to back under every key). Each run
carries the text it checked; a result for text that has since changed is still shown but its spans are
only drawn where they still fit the current text.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ui.ops import CHECKS, COUNTS, Failure, Ops

THROTTLE_MS = 100
# Counting a longer text takes more than about 3 ms on the GUI thread (typing at the end of a thread on a
# loaded machine, counting.network_shares for X and Bluesky: 1.4 ms at 5,000 characters, 2.5 at 10,000,
# 4.4 at 20,000): it goes to the counts lane.
GUI_COUNT_LIMIT = 10_000
QUIET_MAX_MS = 2000  # however long the last run worked, a pause this long runs the checks


class LiveChecker(QObject):
    checked = Signal(object)  # CheckResult

    def __init__(
        self,
        run: Callable[[str, Sequence[str], Sequence[str]], object],
        ops: Ops,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._run = run
        self._ops = ops  # runs on its checks lane; once it has shut down, nothing more starts
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(THROTTLE_MS)
        self._timer.timeout.connect(self._start_if_quiet)
        self._soon = QTimer(self)  # the pause after the latest key's counts
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self._start)
        self._pending: tuple[str, tuple[str, ...], tuple[str, ...]] | None = None
        self._busy = False
        self._counted = True  # the pending text's counts are on screen
        self._last_ms = 0  # the CPU time the last run took

    def request(self, text: str, networks: Sequence[str], ignored: Sequence[str]) -> None:
        """Ask for a check of the latest text; it runs once ``counts_shown`` says the keystroke's counts
        are on screen and the keys have paused. A burst collapses into one run, at most one per 100 ms."""
        if self._ops.closed:
            return
        self._pending = (text, tuple(networks), tuple(ignored))
        self._counted = False

    def counts_shown(self) -> None:
        """The latest keystroke's counts are on screen: wait for a pause as long as the last run worked."""
        self._counted = True
        if self._pending is not None and not self._ops.closed:
            self._soon.start(min(self._last_ms, QUIET_MAX_MS))

    def run_now(self, text: str, networks: Sequence[str], ignored: Sequence[str]) -> None:
        self._pending = (text, tuple(networks), tuple(ignored))
        self._counted = True
        self._timer.stop()
        self._soon.stop()
        if not self._busy:
            self._start()

    def _start(self) -> None:
        if self._pending is None or self._ops.closed or self._busy or self._timer.isActive():
            return  # (the gate's end or the running check's answer starts it)
        text, networks, ignored = self._pending
        self._pending = None
        self._busy = True

        def run() -> tuple[object, float]:
            started = time.thread_time()
            result = self._run(text, networks, ignored)
            return result, (time.thread_time() - started) * 1000

        self._ops.run(run, self._finished, lane=CHECKS, on_error=self._failed)
        self._timer.start()

    def _start_if_quiet(self) -> None:
        if self._counted and not self._soon.isActive():  # (else the counts or the pause's end start it)
            self._start()

    def _finished(self, answer: tuple[object, float]) -> None:
        self._busy = False
        if self._ops.closed:  # a result arriving after the window closed must not start another run
            return
        result, worked = answer
        self._last_ms = round(worked)
        self.checked.emit(result)
        self._start_if_quiet()

    def _failed(self, _failure: Failure) -> None:
        self._busy = False  # (the runner has logged it)
        self._start_if_quiet()

    def shutdown(self) -> None:
        self._timer.stop()
        self._soon.stop()  # the window's ops stop the rest


class LiveCounts(QObject):
    """The counts under the editor, worked out once the keystroke's letter is painted (a zero timer: the
    repaint Qt has queued for the key goes first, and keys queued meanwhile are counted once).

    A text up to ``GUI_COUNT_LIMIT`` characters is counted on the GUI thread (a few milliseconds, with no
    wait for a thread); a longer one on the counts lane (not the checks lane: the counts never wait for the
    tone checks), only ever the latest text, shown when its count arrives. An answer older than one
    already shown is dropped.
    """

    counted = Signal(object)  # what the count returned (counting.network_shares: tuple[NetworkParts, ...])
    settled = Signal()  # after ``counted`` (or a failed count): the latest counts are shown

    def __init__(self, ops: Ops, parent: QObject | None = None):
        super().__init__(parent)
        self._ops = ops
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._start)
        self._pending: tuple[int, int, Callable[[], object]] | None = None
        self._busy = False
        self._asked = self._shown = 0

    def request(self, size: int, count: Callable[[], object], *, now: bool = False) -> None:
        """Run ``count`` (thread-safe; of a text of ``size`` characters) once the event loop has painted
        the keystroke, or at once (``now``: a draft opening)."""
        self._asked += 1
        self._pending = (self._asked, size, count)
        if now:
            self._start()
        elif not self._timer.isActive():
            self._timer.start()

    def _start(self) -> None:
        self._timer.stop()
        if self._pending is None or self._ops.closed:
            return
        number, size, count = self._pending
        if size <= GUI_COUNT_LIMIT:
            self._pending = None
            self._show(number, count())
        elif not self._busy:  # (else it goes when the running count comes back)
            self._pending = None
            self._busy = True
            self._ops.run(
                count, lambda parts: self._finished(number, parts), lane=COUNTS, on_error=self._failed
            )

    def _show(self, number: int, parts: object) -> None:
        if number > self._shown:
            self._shown = number
            self.counted.emit(parts)
        if number == self._asked:
            self.settled.emit()

    def _finished(self, number: int, parts: object) -> None:
        self._busy = False
        self._show(number, parts)
        self._start()

    def _failed(self, _failure: Failure) -> None:
        self._busy = False  # (the runner has logged it)
        if self._pending is None:
            self.settled.emit()  # nothing newer to count: what waits for the counts need not
        self._start()
