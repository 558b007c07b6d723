"""The one way the UI runs work off the GUI thread, as Anki's ``CollectionOp``/``QueryOp`` or Picard's
``run_task``: ``window.ops.run(job, on_done, lane=..., changes=...)``.

- **Lanes**: each lane is one thread that runs its jobs in submission order. ``store`` takes every write,
  and the reads that must see them (opening a draft after saving the one left), so writes land in the
  order they were made; ``list`` reads the drafts list's pages and searches; slow neighbours (checks, the
  preview, the outbox's sync, the team database) have lanes of their own so they never hold up a save.
- **Failures** are handled the same way for every operation: a ``CrierError`` is shown as its
  ``user_message``; anything else is logged with its traceback and shown as one sentence saying so. An
  operation without its own ``on_error`` reports through ``failed`` (the window shows a message).
- **Changes**: a finished operation announces what it changed (``changed``: drafts, outbox, accounts,
  team, settings) and the views that show those re-read themselves.
- **Shutdown**: ``shutdown`` refuses new work, waits for the writes already queued (and for the lanes in
  ``WAITED_ON`` to finish what they hold, such as the change watch closing its connection), and delivers
  no more answers, so no view hears from a job after its window closed: no ``_closed`` flags elsewhere.

The GUI thread never waits here except in ``shutdown`` and ``wait`` (closing the window).
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6 import QtCore  # QtCore.Qt: built on first use (tests/test_startup_path.py)
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from desktop.core.errors import CrierError
from desktop.ui.i18n import shown

if TYPE_CHECKING:
    from concurrent.futures import Future

log = logging.getLogger(__name__)

# Lanes: one thread each, jobs in submission order.
STORE = "store"  # writes, and reads that must follow them
LIST = "list"  # the drafts list's pages and searches; start-up and maintenance
CHECKS = "checks"
COUNTS = "counts"  # the counts under the editor for a text too long to count on the keystroke
PREVIEW = "preview"
SYNC = "sync"  # probing the networks and publishing the outbox
WATCH = "watch"  # asking whether another process changed the database
TEAM = "team"
TEAM_WATCH = "team-watch"  # waits for the team database's notifications
# A close waits for these lanes' queued jobs (a draft's last save, the change watch's own close); the
# others may be held up by a network or a browser sign-in, so they finish on their own.
WAITED_ON = frozenset({STORE, LIST, CHECKS, SYNC, WATCH})


class Change(enum.Flag):
    """What an operation changed; views showing it re-read themselves."""

    NONE = 0
    DRAFTS = enum.auto()
    OUTBOX = enum.auto()
    ACCOUNTS = enum.auto()
    TEAM = enum.auto()
    SETTINGS = enum.auto()


class Failure(NamedTuple):  # (a named tuple: cheaper to make at start-up than a dataclass)
    """A failed operation: the error, and what to tell the person in one plain sentence."""

    error: BaseException
    message: str
    expected: bool  # a CrierError: its own message; otherwise the log has the traceback

    @classmethod
    def of(cls, error: BaseException) -> Failure:
        if isinstance(error, CrierError):
            return cls(error, shown(error.user_message), True)  # core's words, in the interface language
        log.error("Background work failed", exc_info=error)
        message = QCoreApplication.translate("Ops", "Crier could not do that; the log has the details.")
        return cls(error, message, False)


class _Relay(QObject):
    """Carries a finished job's callbacks to the GUI thread through a queued signal."""

    done = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._dispatch, QtCore.Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _dispatch(self, call: object) -> None:
        call()  # type: ignore[operator]


class Lane:
    """One thread running jobs in submission order; answers come back on the GUI thread until it closes."""

    def __init__(self, name: str, relay: _Relay, *, waited_on: bool) -> None:
        self.name = name
        self.waited_on = waited_on
        self._relay = relay
        from concurrent.futures import ThreadPoolExecutor  # the first lane starts after the first paint

        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"crier-{name}")
        self._pending = 0
        self.closed = False

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future | None:
        """Queue ``job``; None once closed (the job never runs). ``Ops.run`` is the usual way in."""
        if self.closed:
            return None
        self._pending += 1

        def finished(future: Future) -> None:
            def deliver() -> None:
                self._pending -= 1
                if self.closed:
                    return  # the window has gone: nobody is listening
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

    def wait(self, timeout: float = 30.0) -> None:
        """Block until the jobs queued so far have run (closing the window: the last save lands)."""
        if not self.closed:
            self._pool.submit(lambda: None).result(timeout=timeout)

    def close(self, *, wait: bool | None = None) -> None:
        """Refuse new work and deliver no more answers; jobs already queued still run."""
        self.closed = True
        self._pool.shutdown(wait=self.waited_on if wait is None else wait)


class Ops(QObject):
    """The window's one owner of background work: its lanes, failures, change notices and shutdown."""

    changed = Signal(object)  # Change: what a finished operation (or another process) changed
    failed = Signal(object)  # Failure of an operation that has no on_error of its own

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._made_relay: _Relay | None = None  # made with the first lane, after the first paint (its queued
        # connection's type is a Qt enum, whose namespace PySide6 builds on first use)
        self._lanes: dict[str, Lane] = {}
        self._private: list[Lane] = []
        self.closed = False

    @property
    def _relay(self) -> _Relay:
        if self._made_relay is None:
            self._made_relay = _Relay()
        return self._made_relay

    def lane(self, name: str) -> Lane:
        """The named lane, started on first use."""
        lane = self._lanes.get(name)
        if lane is None:
            lane = self._lanes[name] = Lane(name, self._relay, waited_on=name in WAITED_ON)
            if self.closed:
                lane.close()
        return lane

    def private_lane(self, name: str) -> Lane:
        """A lane of one's own (a dialog's, whose sign-in may wait minutes for a browser), closed by its
        user; the window's shutdown closes it too."""
        self._private = [lane for lane in self._private if not lane.closed]
        lane = Lane(name, self._relay, waited_on=False)
        self._private.append(lane)
        if self.closed:
            lane.close()
        return lane

    def run(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        lane: str | Lane = STORE,
        on_error: Callable[[Failure], None] | None = None,
        changes: Change = Change.NONE,
        quiet: tuple[type[BaseException], ...] = (),
    ) -> Future | None:
        """Run ``job`` on ``lane``; then, on the GUI thread, ``on_done(result)`` and announce ``changes``.

        A failure goes to ``on_error`` (or ``failed``) as a ``Failure``; errors of a ``quiet`` type (a
        search a newer one cancelled) are dropped. Returns None, and runs nothing, once shut down. Called
        from the GUI thread (the callbacks come back to it).
        """
        if self.closed:
            return None
        target = lane if isinstance(lane, Lane) else self.lane(lane)

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            if changes:
                self.changed.emit(changes)

        def failed(error: BaseException) -> None:
            if isinstance(error, quiet):
                return
            failure = Failure.of(error)
            if on_error is not None:
                on_error(failure)
            else:
                self.failed.emit(failure)

        return target.submit(job, done, failed)

    def announce(self, changes: Change) -> None:
        """Something changed that no operation here did (another process, a dialog that saved)."""
        if changes and not self.closed:
            self.changed.emit(changes)

    def wait(self, lane: str = STORE, timeout: float = 30.0) -> None:
        """Block until ``lane``'s queued jobs have run."""
        self.lane(lane).wait(timeout)

    def shutdown(self, timeout: float = 30.0) -> None:
        """Refuse new work, wait for the writes already queued, deliver nothing more."""
        if self.closed:
            return
        store = self._lanes.get(STORE)
        if store is not None:
            store.wait(timeout)
        self.closed = True
        for lane in [*self._lanes.values(), *self._private]:
            lane.close()


def ops_of(obj: QObject | None) -> Ops | None:
    """The window's ``Ops`` for a part built by someone else (Posting builds the sync and Accounts)."""
    while obj is not None:
        found = getattr(obj, "ops", None)
        if isinstance(found, Ops):
            return found
        obj = obj.parent()
    return None
