"""Publishing the team outbox from this PC, exactly once across every PC that holds credentials.

``crier.claim_next`` hands this connection the next due post of one account whose credentials this PC
holds, under that account's session-level advisory lock: while this connection lives no other PC
publishes for the account, so posts go out one at a time and in order. Every step is recorded through
functions that check this connection still owns the attempt (same attempt id, same backend), so a PC
that lost its connection (server restart, network) cannot record over the PC that took over. A post
taken over from a vanished PC carries ``check_landed``: the publisher asks the network whether the
interrupted part is already there before sending it again, as the local sync engine does. As there, a
match must be this post's own: each part's first attempt time is saved (``crier.progress``) before its
first request and searches start from it, and ids another team post owns are skipped
(``crier.remote_id_owner``); the database refuses one id for two posts (migration ``t0004``).

A post's images (``crier.attachments``, t0007: frozen once approved) are written to this PC's media folder,
checked against the database's SHA-256, and uploaded through the publisher's ``upload_media`` before the
first part, as the local outbox does: each media id is recorded (``crier.progress``) as soon as it exists,
so a retry or another PC taking over reuses it rather than uploading again, while the network still keeps
it (``sync_parts.kept_media``, the local engine's rule: one uploaded more than ``MEDIA_KEPT`` ago goes up
again).

Before each request to the network this PC records how long it may stay open (its publishers'
``NetConfig.longest_request``: the request deadline and a connect under way) on the database's clock
(``request_until``, migration ``t0010``): a PC whose connection dropped mid-request loses its lock at once,
but its request may still land, so no other PC takes the post over until that request has ended either way
and the landing search can see it. One record covers one request: every further request the publisher
makes for the post (X renewing its sign-in, then posting; an image's alt text after its upload; a landing
search's pages) records its own first, and is never sent if it can't (``_RequestLease``, admitted by
``net.limits.requests_within``), so no request can outlive the time recorded for it.

Only the account's holders (``crier.account_holders``, migration ``t0008``) are handed its posts and may
record a send; the parts are recorded once and must be the approved text, and each part's first attempt
time is the database's clock, read here against this PC's own (``db_offset``) so PCs whose clocks
disagree search the network from the same moment.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from desktop.core import stored_text
from desktop.core.accounts import AccountView
from desktop.core.attachments import Attachment
from desktop.core.clock import utcnow
from desktop.core.errors import CrierError
from desktop.core.landing import first_attempt, stamped
from desktop.core.net import limits as net_limits
from desktop.core.net.config import NetConfig
from desktop.core.networks import NETWORK_NAMES
from desktop.core.networks.publishing import ErrorKind, PartRequest, Publisher, PublishError, taken_error
from desktop.core.sync_parts import kept_media, with_upload
from desktop.core.team.connection import refusal_message
from desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
# ``crier.failed`` with the message's source and values (team migration t0005).
FAILED_WITH_TEXT = "crier.failed(bigint, uuid, text, text, timestamptz, jsonb, jsonb)"
# ``crier.progress`` that records how long the request about to start may take (team migration t0010).
PROGRESS_WITH_DEADLINE = "crier.progress(bigint, uuid, jsonb, jsonb, text, double precision)"


@dataclass
class TeamSendReport:
    sent: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)
    needs_attention: list[int] = field(default_factory=list)
    lost: list[int] = field(default_factory=list)  # the connection dropped mid-post; another PC resumes it


class RemoteIdTaken(Exception):
    """The database refused a remote id another team post already owns (crier.outbox_remote_ids)."""


class LostOwnership(Exception):
    """This connection no longer owns the attempt (taken over, or the server restarted)."""


class Refused(Exception):
    """The database refused a step: this PC's user no longer holds the account, or the parts aren't the
    approved text (``crier.checked``, migration t0008)."""


def team_accounts_held(conn: psycopg.Connection, local: list[AccountView]) -> dict[int, AccountView]:
    """Team account id -> this PC's connected account with the same network and handle."""
    mine = {(a.network, a.handle.lstrip("@").casefold()): a for a in local if a.status.value == "connected"}
    held = {}
    for team_id, network, handle in conn.execute("SELECT id, network, handle FROM crier.accounts"):
        account = mine.get((network, handle.lstrip("@").casefold()))
        if account is not None:
            held[team_id] = account
    return held


class _RequestLease:
    """The time recorded for this PC's next request of a post (t0010): each record covers one request,
    counted from just before it was written; a request that finds none unused records its own first."""

    def __init__(self, record: Callable[[float], None]) -> None:
        self._record = record
        self._unused: tuple[float, float] | None = None  # (time.monotonic() before the record, seconds)

    def recorded(self, at: float, seconds: float) -> None:
        self._unused = (at, seconds)

    def admit(self, deadline: float, longest: float) -> float:
        """``net.limits.Lease``: the start of a record covering a request open ``longest`` at most. An unused
        one serves while it still has room for the request's whole ``deadline`` (only its connect
        allowance spent since: the publisher reading its sign-in, say); else the request records its own."""
        unused, self._unused = self._unused, None
        at = time.monotonic()
        if unused is not None and unused[1] >= longest and at + deadline <= unused[0] + unused[1]:
            return unused[0]
        self._record(longest)  # LostOwnership or Refused: the request is never sent
        self._unused = None
        return at


class TeamSender:
    def __init__(
        self,
        conn: psycopg.Connection,
        held: dict[int, AccountView],
        publisher_for: Callable[[AccountView], Publisher],
        split: Callable[[str, AccountView], list[str]],
        media_dir: Path | None = None,
        longest_request: float | None = None,
    ) -> None:
        """``longest_request``: how long one request of ``publisher_for``'s publishers can stay open (their
        session's ``NetConfig.longest_request``; by default the default configuration's)."""
        self.conn = conn
        self.longest_request = NetConfig().longest_request if longest_request is None else longest_request
        self._leases: bool | None = None
        self._lease: _RequestLease | None = None
        self._recorded: tuple[dict[str, Any], list[str], dict[str, Any] | None, str | None] | None = None
        self.media_dir = media_dir
        self.held = held
        self.publisher_for = publisher_for
        self.split = split
        self._publishers: dict[int, Publisher] = {}
        self._error_text: bool | None = None
        self._attachments: bool | None = None

    def run(self, limit: int | None = None) -> TeamSendReport:
        report = TeamSendReport()
        while limit is None or len(report.sent) + len(report.waiting) + len(report.needs_attention) < limit:
            row = self._claim()
            if row is None:
                break
            try:
                with self._requests_leased(row):
                    outcome = self._publish(row)
            except (LostOwnership, Refused):
                report.lost.append(row["id"])
                break  # the connection is gone or no longer ours: stop; the locks went with it
            finally:
                self._release(row["account_id"])
            getattr(report, outcome).append(row["id"])
        return report

    def _claim(self) -> dict[str, Any] | None:
        if not self.held:
            return None
        with self.conn.cursor(row_factory=dict_row) as cur:
            sql = "SELECT *, clock_timestamp() AS db_now FROM crier.claim_next(%s)"
            row = cur.execute(sql, (list(self.held),)).fetchone()
        if row is not None:  # this PC's clock minus the database's: its recorded times read in ours
            row["db_offset"] = utcnow() - row.pop("db_now").astimezone(UTC).replace(tzinfo=None)
        return row

    def _keeps_error_text(self) -> bool:
        """Whether the team database records a translatable error (migration t0005), asked once."""
        if self._error_text is None:
            self._error_text = bool(
                self._call("SELECT to_regprocedure(%s) IS NOT NULL", (FAILED_WITH_TEXT,))[0]
            )
        return self._error_text

    def _release(self, account_id: int) -> None:
        if not self.conn.closed:
            with contextlib.suppress(psycopg.Error):  # a dead connection's advisory locks died with it
                self.conn.execute("SELECT crier.release(%s)", (account_id,))

    def _call(self, sql: str, params: tuple) -> Any:
        try:
            return self.conn.execute(sql, params).fetchone()
        except psycopg.errors.UniqueViolation as error:  # crier.outbox_remote_ids: another post's id
            raise RemoteIdTaken(str(error).splitlines()[0]) from None
        except psycopg.errors.ObjectNotInPrerequisiteState as error:
            raise LostOwnership(str(error)) from None
        except psycopg.errors.InsufficientPrivilege as error:
            raise Refused(refusal_message(error)) from None
        except (psycopg.OperationalError, psycopg.InterfaceError) as error:
            raise LostOwnership(str(error)) from None

    def _taken(self, account_id: int, post_id: int, remote_id: str) -> bool:
        """Whether another team post owns ``remote_id`` on the account (``PartRequest.taken``)."""
        return (
            self._call("SELECT crier.remote_id_owner(%s, %s, %s)", (account_id, remote_id, post_id))[0]
            is not None
        )

    @contextlib.contextmanager
    def _requests_leased(self, row: dict[str, Any]) -> Iterator[None]:
        """Every request made while the post is this PC's is covered by a time recorded for it (t0010)."""
        if not self._records_requests():
            yield
            return
        self._recorded = (row, list(row["remote_ids"] or []), row["idempotency"], None)
        self._lease = _RequestLease(self._record_request)
        try:
            with net_limits.requests_within(self._lease):
                yield
        finally:
            self._lease = self._recorded = None

    def _record_request(self, seconds: float) -> None:
        """Record again what was last recorded, and that a request open up to ``seconds`` starts now."""
        assert self._recorded is not None
        self._progress(*self._recorded, requesting=True, seconds=seconds)

    def _progress(
        self,
        row: dict[str, Any],
        remote_ids: list[str],
        idem: dict[str, Any] | None,
        url: str | None,
        requesting: bool = False,
        seconds: float | None = None,
    ) -> None:
        """Record how far the post got; ``requesting``: a request to the network starts next, so no other
        PC takes the post over until it can have ended (``seconds``, by default ``longest_request``; where
        the team database knows how, t0010)."""
        recorded = Jsonb(idem) if idem is not None else None
        values = (row["id"], row["attempt_id"], Jsonb(remote_ids), recorded, url)
        if requesting and self._records_requests():
            seconds = self.longest_request if seconds is None else seconds
            at = time.monotonic()
            self._call("SELECT crier.progress(%s, %s, %s, %s, %s, %s)", (*values, seconds))
            if self._lease is not None:
                self._lease.recorded(at, seconds)
        else:
            self._call("SELECT crier.progress(%s, %s, %s, %s, %s)", values)
        if self._lease is not None:  # what a further request's own record writes again
            self._recorded = (row, list(remote_ids), copy.deepcopy(idem), url)

    def _records_requests(self) -> bool:
        """Whether the team database keeps each request's deadline (migration t0010), asked once."""
        if self._leases is None:
            self._leases = bool(
                self._call("SELECT to_regprocedure(%s) IS NOT NULL", (PROGRESS_WITH_DEADLINE,))[0]
            )
        return self._leases

    def _publish(self, row: dict[str, Any]) -> str:
        account = self.held[row["account_id"]]
        idem: dict[str, Any] = dict(row["idempotency"] or {})
        remote_ids: list[str] = list(row["remote_ids"] or [])
        url: str | None = None
        try:
            publisher = self._publishers.get(row["account_id"])
            if publisher is None:
                publisher = self._publishers[row["account_id"]] = self.publisher_for(account)
            if "split" not in idem:  # every PC sends the same parts: recorded with the first request's key
                idem["split"] = self.split(row["text"], account)
            parts: list[str] = idem["split"]
            media_ids = self._upload_images(publisher, row, remote_ids, idem)
            note = ""
            offset: timedelta = row.get("db_offset") or timedelta(0)
            queued = row["created_at"].astimezone(UTC).replace(tzinfo=None)
            for index in range(len(remote_ids), len(parts)):
                keys = dict(idem.get("parts", {}))
                part = PartRequest(
                    post_id=row["id"],
                    index=index,
                    count=len(parts),
                    text=parts[index],
                    language=row["language"],
                    reply_to=remote_ids[index - 1] if index else None,
                    root=remote_ids[0] if remote_ids else None,
                    media_ids=media_ids if index == 0 else (),
                    idempotency=keys.get(str(index), {}),
                    not_before=first_attempt(keys.get(str(index), {}), queued) + offset,
                    taken=partial(self._taken, row["account_id"], row["id"]),
                )
                if str(index) not in keys:
                    now = utcnow()
                    keys[str(index)] = stamped(publisher.prepare(part), now)
                    idem["parts"] = keys
                    part = PartRequest(
                        **{
                            **_fields(part),
                            "idempotency": keys[str(index)],
                            "not_before": first_attempt(keys[str(index)], now),
                        }
                    )
                landed = publisher.find_landed(part) if idem.get("check_landed") else None
                # Durable before the request: this attempt still owns the post, its key is saved, and
                # no other PC takes the post over until the request's deadline has passed.
                self._progress(row, remote_ids, idem, url, requesting=landed is None)
                try:
                    result = landed or publisher.publish(part)
                except PublishError as error:
                    if error.ambiguous:
                        idem["check_landed"] = True
                    raise
                remote_ids.append(result.remote_id)
                idem.pop("check_landed", None)
                url = url or result.url
                note = result.note or note
                if index < len(parts) - 1:
                    self._progress(row, remote_ids, idem, url)
            self._call(
                "SELECT crier.finish(%s, %s, %s, %s, %s)",
                (row["id"], row["attempt_id"], Jsonb(remote_ids), url, note),
            )
            return "sent"
        except PublishError as error:
            return self._failed(row, error, remote_ids, idem)
        except Refused as refusal:  # nothing more is recorded from here but that it needs a person
            refused = QT_TRANSLATE_NOOP("core.team", "The team database refused this send ({reason}).")
            stop = PublishError(ErrorKind.NEEDS_ATTENTION, refused.format(reason=refusal.args[0]))
            try:
                return self._failed(row, stop, remote_ids, None)
            except Refused as again:  # not (or no longer) a holder of the account: another PC sends it
                raise LostOwnership(str(again)) from None
        except RemoteIdTaken:  # never recorded as this post's: it stops, and Retry checks again first
            taken = remote_ids.pop()
            idem["check_landed"] = True
            name = NETWORK_NAMES.get(account.network, account.network)
            return self._failed(row, taken_error(name, account.handle, taken), remote_ids, idem)
        except Exception as error:  # noqa: BLE001 - a bad split or a bug: the post waits for a person
            if isinstance(error, LostOwnership | Refused):
                raise
            log.exception("Team post %s failed", row["id"])
            known = isinstance(error, CrierError) and error.user_message
            message = known or QT_TRANSLATE_NOOP("core.team", "Crier could not send this ({kind}).").format(
                kind=type(error).__name__
            )
            return self._failed(row, PublishError(ErrorKind.NEEDS_ATTENTION, message), remote_ids, idem)

    def _upload_images(
        self, publisher: Publisher, row: dict[str, Any], remote_ids: list[str], idem: dict[str, Any]
    ) -> list[str]:
        """The media ids of the post's images, each uploaded once while its network keeps it (its id and
        upload time recorded before the next step, as the local engine's ``kept_media``); none once the
        first part is out (they went with it)."""
        if remote_ids or row.get("submission_id") is None or not self._holds_images():
            return []
        ids = []
        for image in self._images(row["submission_id"]):
            key = str(image["position"])
            media_id = kept_media(idem, key, utcnow())
            if media_id is None:
                self._progress(row, remote_ids, idem, None, requesting=True)
                media_id = publisher.upload_media(self._written(image))
                idem.update(with_upload(idem, key, media_id, utcnow()))
                self._progress(row, remote_ids, idem, None)
            ids.append(media_id)
        return ids

    def _holds_images(self) -> bool:
        """Whether the team database holds images (migration t0007), asked once."""
        if self._attachments is None:
            self._attachments = bool(self._call("SELECT to_regclass('crier.attachments') IS NOT NULL", ())[0])
        return self._attachments

    def _images(self, submission_id: int) -> list[dict[str, Any]]:
        try:
            with self.conn.cursor(row_factory=dict_row) as cur:
                return cur.execute(
                    "SELECT position, name, media_type, alt_text, content, sha256 FROM crier.attachments"
                    " WHERE submission_id = %s ORDER BY position",
                    (submission_id,),
                ).fetchall()
        except (psycopg.OperationalError, psycopg.InterfaceError) as error:
            raise LostOwnership(str(error)) from None

    def _written(self, image: dict[str, Any]) -> Attachment:
        """The image as a file in this PC's media folder (named by its hash, fsynced), for the publisher."""
        from desktop.core.paths import app_paths
        from desktop.core.store import image_type

        content = bytes(image["content"])
        digest = hashlib.sha256(content).digest()
        kind = image_type(content[:16])
        if digest != bytes(image["sha256"]) or kind is None:
            raise CrierError(QT_TRANSLATE_NOOP("core.team", "An image of this post arrived damaged."))
        folder = self.media_dir or app_paths().media
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"team-{digest.hex()}{kind[1]}"
        if not path.exists() or path.read_bytes() != content:
            partial_path = path.with_suffix(".part")
            with partial_path.open("wb") as out:
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
            partial_path.replace(path)
        return Attachment(path, image["alt_text"], image["media_type"])

    def _failed(
        self, row: dict[str, Any], error: PublishError, remote_ids: list[str], idem: dict[str, Any] | None
    ) -> str:
        log.info("Team post %s: %s (%s)", row["id"], error.kind.value, error.detail or error.message)
        if remote_ids:
            self._progress(row, remote_ids, idem, None)
        values = (
            row["id"],
            row["attempt_id"],
            error.kind.value,
            error.message,
            _aware(error.retry_at),
            Jsonb(idem) if idem is not None else None,
        )
        if self._keeps_error_text():  # the message's source and values too, for each reader's language
            marked = stored_text.data(error.message)
            call = "SELECT crier.failed(%s, %s, %s, %s, %s, %s, %s)"
            state = self._call(call, (*values, Jsonb(marked) if marked is not None else None))[0]
        else:
            state = self._call("SELECT crier.failed(%s, %s, %s, %s, %s, %s)", values)[0]
        if error.kind is ErrorKind.NEEDS_SIGN_IN:
            self.held.pop(row["account_id"], None)  # this PC's credentials don't work; others may
        return "needs_attention" if state == "needs_attention" else "waiting"


def _fields(part: PartRequest) -> dict[str, Any]:
    return {name: getattr(part, name) for name in part.__dataclass_fields__}


def _aware(when: datetime | None) -> datetime | None:
    """The publishers' times are naive UTC; PostgreSQL must not read them in its own time zone."""
    return when.replace(tzinfo=UTC) if when is not None and when.tzinfo is None else when
