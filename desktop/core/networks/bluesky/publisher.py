"""Posting to Bluesky (the AT Protocol) with an app password, over the app's own HTTP session.

Exactly once on Bluesky: a post is a record in the account's repository, and its record key (a TID) is
chosen by ``prepare()`` and committed by the engine before the first request, together with the
record's ``createdAt``. Every attempt sends ``com.atproto.repo.createRecord`` with that same ``rkey``, so
the repository itself refuses a second copy: one rkey holds one record. Whether an earlier attempt
landed is then read back, never guessed, with ``com.atproto.repo.getRecord`` on that rkey:

* after an ambiguous failure (a timeout, a dropped connection, an answer lost after the write) or a crash
  mid-request, the engine calls ``find_landed()``, which reads the rkey back: a record there with this
  part's text and reply parent is the post; an empty rkey means it did not land and may be sent;
* a retry that meets the existing record is refused ("RecordAlreadyExists" as 400 or 409 from newer
  servers, "There is already a value at key" as 400, a bare 500 from bsky.social today); ``publish()``
  then reads the rkey back and returns the record that is there. Any 5xx or unreadable answer to
  createRecord is settled the same way, in the same attempt;
* a record at our rkey with other text is never overwritten or posted around: it goes to a person
  (``NEEDS_ATTENTION``).

A thread is a chain of replies: each part's remote id is ``"<at-uri>|<cid>"``, so the next part builds
its ``root`` and ``parent`` strong references without asking the server; the web link is
``https://bsky.app/profile/<handle>/post/<rkey>``. Images are re-encoded to Bluesky's limits and uploaded
with ``uploadBlob``; an upload the server discarded before the post went out is uploaded again.

Signing in and keeping the session: ``sign_in``; the XRPC wire and its errors: ``api``.

Nothing here sleeps or retries on its own: every failure is classified once into a ``PublishError``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import requests

from desktop.core.accounts import Accounts, AccountView
from desktop.core.attachments import Attachment
from desktop.core.credentials import SecretStore
from desktop.core.networks.bluesky.api import (
    _CID,
    _DID,
    _TID,
    _TIDS,
    DEFAULT_SERVICE,
    DID_TTL,
    MAX_ALT_CHARS,
    MAX_GRAPHEMES,
    MAX_IMAGE_BYTES,
    MAX_IMAGES,
    MAX_TEXT_BYTES,
    NETWORK,
    POST_COLLECTION,
    POST_URL,
    BlueskyAuthError,
    StrongRef,
    Xrpc,
    XrpcError,
    _classify,
    _post_rkey,
    _unreadable,
    _utc_iso,
    langs_for,
    normalise_service_url,
)
from desktop.core.networks.bluesky.images import PreparedImage, prepare_image
from desktop.core.networks.bluesky.richtext import grapheme_count, mention_handles, rich_text, shorten_links
from desktop.core.networks.bluesky.sign_in import _DIDS_SEEN, _SEEN_GUARD, SessionKeeper
from desktop.core.networks.publishing import (
    AccountInfo,
    ErrorKind,
    Limits,
    PartRequest,
    Published,
    PublishError,
    read_bytes,
)
from desktop.core.networks.registry import PublisherContext
from desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------------------------------
# The publisher


class BlueskyPublisher:
    network: ClassVar[str] = NETWORK

    def __init__(
        self,
        account: AccountView,
        accounts: Accounts,
        secrets: SecretStore,
        session: requests.Session,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.account = account
        self._clock = clock
        try:
            service = normalise_service_url(account.service_url or DEFAULT_SERVICE)
        except BlueskyAuthError as exc:
            raise PublishError(ErrorKind.NEEDS_SIGN_IN, exc.user_message) from None
        self._session = session
        self._xrpc = Xrpc(session, service)
        self._keeper = SessionKeeper(account, accounts, secrets, self._xrpc, clock=clock)

    def __repr__(self) -> str:
        return f"BlueskyPublisher({self.account.handle!r})"

    @property
    def did(self) -> str:
        return self.account.remote_id

    # -- the Publisher protocol --------------------------------------------------------------------

    def verify(self) -> AccountInfo:
        try:
            answer = self._authed("checking the account", "com.atproto.server.getSession")
        except XrpcError as error:
            raise _classify(error, self.account, "checking the account") from None
        did, handle = answer.get("did"), answer.get("handle")
        if not (isinstance(did, str) and isinstance(handle, str)):
            raise _unreadable(XrpcError("com.atproto.server.getSession", status=200, unreadable="no did"))
        return AccountInfo(did, f"@{handle}", self.account.display_name)

    def limits(self) -> Limits:
        """Bluesky's limits; larger images are scaled down by ``upload_media``, not refused."""
        return Limits(
            chars=MAX_GRAPHEMES, url_length=None, max_images=MAX_IMAGES, max_image_bytes=MAX_IMAGE_BYTES
        )

    def prepare(self, part: PartRequest) -> Mapping[str, Any]:
        """The record key and timestamp every attempt of this part will use (committed before sending)."""
        now = self._clock()
        return {"rkey": _TIDS.next(now), "created_at": _utc_iso(now)}

    def upload_media(self, item: Attachment) -> str:
        """Scale and re-encode the image, upload it as a blob; the id carries what the embed needs."""
        blob, image = self._upload(item)
        alt = item.alt_text.strip()[:MAX_ALT_CHARS]
        return json.dumps(
            {
                "blob": blob,
                "alt": alt,
                "w": image.width,
                "h": image.height,
                "path": str(item.path),
                "mime": item.mime_type,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    def publish(self, part: PartRequest) -> Published:
        rkey = str(part.idempotency.get("rkey") or "")
        if not _TID.match(rkey):
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "Crier lost track of this post's record key, so it won't send it in case it's "
                    "already on Bluesky. Check the account on Bluesky, then post it again as a new "
                    "post.",
                ),
                detail=f"publish() without a prepared rkey: {rkey!r}",
            )
        _check_text(shorten_links(part.text))
        reply = self._reply_refs(part)
        media = [_media(media_id) for media_id in part.media_ids]
        record = self._record(part, reply, media)
        try:
            return self._create(part, rkey, record)
        except _BlobsMissing:
            log.info("Bluesky no longer has the images of post %s; uploading them again", part.post_id)
            media = [self._reupload(entry) for entry in media]
            record = self._record(part, reply, media)
            try:
                return self._create(part, rkey, record)
            except _BlobsMissing as missing:
                raise PublishError(
                    ErrorKind.NEEDS_ATTENTION,
                    QT_TRANSLATE_NOOP(
                        "core.networks",
                        "Bluesky didn't keep this post's images even after Crier uploaded them again. Try "
                        "sending it again later; if it keeps happening, send the log file to IT.",
                    ),
                    detail=missing.detail,
                ) from None

    def find_landed(self, part: PartRequest) -> Published | None:
        """Read back the part's record key: the record there is the post; nothing there means not landed."""
        rkey = str(part.idempotency.get("rkey") or "")
        if not _TID.match(rkey):
            return None
        try:
            found = self._read_back(part, rkey)
        except XrpcError as error:
            raise _classify(error, self.account, "checking whether the post went out") from None
        if found is not None:
            log.info(
                "Post %s part %s was already on Bluesky as %s", part.post_id, part.index, found.remote_id
            )
        return found

    # -- creating ----------------------------------------------------------------------------------

    def _create(self, part: PartRequest, rkey: str, record: dict[str, Any]) -> Published:
        body = {"repo": self.did, "collection": POST_COLLECTION, "rkey": rkey, "record": record}
        try:
            answer = self._authed("posting", "com.atproto.repo.createRecord", method="POST", body=body)
        except XrpcError as error:
            if _blob_missing(error):
                raise _BlobsMissing(error.detail) from None
            if _already_exists(error) or error.status >= 500 or (error.unreadable and error.status):
                return self._settle(part, rkey, error)
            raise _classify(error, self.account, "posting", write=True) from None
        uri, cid = answer.get("uri"), answer.get("cid")
        if not (uri == self._own_uri(rkey) and isinstance(cid, str) and _CID.match(cid)):
            unread = XrpcError("com.atproto.repo.createRecord", status=200, unreadable=f"uri/cid {uri!r}")
            return self._settle(part, rkey, unread)
        return self._published(uri, cid, rkey)

    def _settle(self, part: PartRequest, rkey: str, error: XrpcError) -> Published:
        """After a "record exists", a 5xx or an unreadable answer to a create: the rkey says what happened."""
        try:
            found = self._read_back(part, rkey)
        except XrpcError as lookup:
            log.info(
                "Post %s: couldn't read back rkey %s after %s: %s", part.post_id, rkey, error.detail, lookup
            )
            found = None
        if found is not None:
            log.info(
                "Post %s part %s: %s; it is on Bluesky as %s",
                part.post_id,
                part.index,
                error.detail,
                found.remote_id,
            )
            return found
        problem = _classify(error, self.account, "posting", write=True)
        raise PublishError(
            ErrorKind.RETRY_LATER,
            problem.message,
            ambiguous=True,
            retry_at=problem.retry_at,
            detail=error.detail,
        )

    def _read_back(self, part: PartRequest, rkey: str) -> Published | None:
        """The record at our rkey, if any, checked to be this part (same text, same reply parent)."""
        params = {"repo": self.did, "collection": POST_COLLECTION, "rkey": rkey}
        try:
            answer = self._xrpc.call("com.atproto.repo.getRecord", params=params)
        except XrpcError as error:
            if error.status in (400, 404) and (
                error.error == "RecordNotFound" or "could not locate record" in error.message.lower()
            ):
                return None
            raise
        uri, cid, value = answer.get("uri"), answer.get("cid"), answer.get("value")
        if not (uri == self._own_uri(rkey) and isinstance(cid, str) and _CID.match(cid)):
            raise XrpcError("com.atproto.repo.getRecord", status=200, unreadable=f"uri/cid {uri!r:.120}")
        if not isinstance(value, dict):
            raise XrpcError("com.atproto.repo.getRecord", status=200, unreadable="no value")
        reply = value.get("reply")
        parent = reply.get("parent") if isinstance(reply, dict) else None
        parent_uri = parent.get("uri") if isinstance(parent, dict) else None
        expected_parent = StrongRef.parse(part.reply_to)[0] if part.reply_to else None
        if value.get("text") != shorten_links(part.text) or parent_uri != expected_parent:
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "{handle} already has a different post where Crier expected this one. Check the "
                    "account on Bluesky; if this post isn't there, post it again as a new post.",
                ).format(handle=self.account.handle),
                detail=f"rkey {rkey} holds another record (text or reply parent differs)",
            )
        return self._published(uri, cid, rkey)

    def _own_uri(self, rkey: str) -> str:
        """The only at-uri an answer may give for this part: the account's own repo, a post, our rkey."""
        return f"at://{self.did}/{POST_COLLECTION}/{rkey}"

    def _published(self, uri: str, cid: str, rkey: str) -> Published:
        handle = self.account.handle.lstrip("@") or self.did
        return Published(StrongRef(uri, cid).remote_id, POST_URL.format(handle=handle, rkey=rkey))

    # -- building the record -----------------------------------------------------------------------

    def _record(
        self, part: PartRequest, reply: dict[str, Any] | None, media: list[dict[str, Any]]
    ) -> dict[str, Any]:
        created_at = str(part.idempotency.get("created_at") or _utc_iso(self._clock()))
        # Links shortened as the official app posts them; the facets keep the full addresses.
        text, facets = rich_text(part.text, self._resolve_all(part.text))
        record: dict[str, Any] = {"$type": POST_COLLECTION, "text": text, "createdAt": created_at}
        langs = langs_for(part.language)
        if langs:
            record["langs"] = langs
        if facets:
            record["facets"] = facets
        if reply is not None:
            record["reply"] = reply
        if media:
            images = []
            for entry in media:
                image: dict[str, Any] = {"image": entry["blob"], "alt": entry.get("alt", "")}
                if entry.get("w") and entry.get("h"):
                    image["aspectRatio"] = {"width": int(entry["w"]), "height": int(entry["h"])}
                images.append(image)
            record["embed"] = {"$type": "app.bsky.embed.images", "images": images}
        return record

    def _resolve_all(self, text: str) -> Callable[[str], str | None]:
        """Resolve every mentioned handle (each once per sync run) before the facets are built."""
        with _SEEN_GUARD:
            seen = _DIDS_SEEN.setdefault(self._session, {})
        now = time.monotonic()
        found: dict[str, str | None] = {}
        for handle in mention_handles(text):
            cached = seen.get((self._xrpc.base, handle))
            if cached is None or cached[1] < now:
                cached = (self._resolve(handle), now + DID_TTL)
                with _SEEN_GUARD:
                    seen[(self._xrpc.base, handle)] = cached
            found[handle] = cached[0]
        return found.get

    def _resolve(self, handle: str) -> str | None:
        """The DID behind a mentioned handle; None (plain text) when Bluesky doesn't know the handle."""
        try:
            answer = self._xrpc.call("com.atproto.identity.resolveHandle", params={"handle": handle})
        except XrpcError as error:
            if error.status == 400 and not error.unreadable:
                log.info("Mention @%s left as text: %s", handle, error.detail)
                return None
            raise _classify(error, self.account, "looking up a mentioned account") from None
        did = answer.get("did")
        return did if isinstance(did, str) and _DID.match(did) else None

    def _reply_refs(self, part: PartRequest) -> dict[str, Any] | None:
        if part.index == 0 and not part.reply_to:
            return None
        if not part.reply_to:
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "Part {part} of this thread has no link to Bluesky, so part {next} can't be "
                    "attached to it. Post the rest of the thread from Bluesky, then mark this post as "
                    "done.",
                ).format(part=part.index, next=part.index + 1),
                detail="thread parent id unknown",
            )
        parent = self._strong_ref(part.reply_to)
        root = self._strong_ref(part.root) if part.root and part.root != part.reply_to else parent
        return {"root": root.as_json(), "parent": parent.as_json()}

    def _strong_ref(self, remote_id: str) -> StrongRef:
        uri, cid = StrongRef.parse(remote_id)
        rkey = _post_rkey(uri)
        if not rkey:
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "The earlier part of this thread isn't a Bluesky post Crier can reply to. Post "
                    "the rest of the thread from Bluesky, then mark this post as done.",
                ),
                detail=f"bad remote id {remote_id!r}",
            )
        if cid:
            return StrongRef(uri, cid)
        repo = uri.removeprefix("at://").split("/", 1)[0]
        try:
            answer = self._xrpc.call(
                "com.atproto.repo.getRecord",
                params={"repo": repo, "collection": POST_COLLECTION, "rkey": rkey},
            )
        except XrpcError as error:
            raise _classify(error, self.account, "finding the earlier part of the thread") from None
        found = answer.get("cid")
        if not isinstance(found, str) or not _CID.match(found):
            raise _unreadable(XrpcError("com.atproto.repo.getRecord", status=200, unreadable="no cid"))
        return StrongRef(uri, found)

    # -- images --------------------------------------------------------------------------------------

    def _upload(self, item: Attachment) -> tuple[dict[str, Any], PreparedImage]:
        image = prepare_image(read_bytes(item), name=item.path.name)
        try:
            answer = self._authed(
                "uploading an image",
                "com.atproto.repo.uploadBlob",
                method="POST",
                data=image.data,
                content_type=image.mime_type,
            )
        except XrpcError as error:
            raise _classify(error, self.account, "uploading an image") from None
        blob = answer.get("blob")
        ref = blob.get("ref") if isinstance(blob, dict) else None
        link = ref.get("$link") if isinstance(ref, dict) else None
        size = blob.get("size") if isinstance(blob, dict) else None
        if not (
            isinstance(blob, dict) and isinstance(link, str) and _CID.match(link) and isinstance(size, int)
        ):
            raise _unreadable(XrpcError("com.atproto.repo.uploadBlob", status=200, unreadable="no blob ref"))
        mime = blob.get("mimeType")
        ref_json = {
            "$type": "blob",
            "ref": {"$link": link},
            "mimeType": str(mime or image.mime_type),
            "size": size,
        }
        return ref_json, image

    def _reupload(self, entry: dict[str, Any]) -> dict[str, Any]:
        from pathlib import Path

        path = entry.get("path")
        if not path:
            raise PublishError(
                ErrorKind.NEEDS_ATTENTION,
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "Bluesky no longer has this post's images and Crier doesn't know where they came "
                    "from. Add the images to a new post and send that.",
                ),
                detail="no path in media id",
            )
        blob, image = self._upload(Attachment(Path(path), entry.get("alt", ""), entry.get("mime", "")))
        return {**entry, "blob": blob, "w": image.width, "h": image.height}

    # -- requests --------------------------------------------------------------------------------

    def _authed(self, doing: str, nsid: str, **kwargs: Any) -> dict[str, Any]:
        """A call with the account's access token; a refused token is renewed once and the call repeated."""
        token = self._keeper.token()
        try:
            return self._xrpc.call(nsid, token=token, **kwargs)
        except XrpcError as error:
            if not error.is_auth_failure:
                raise
            log.info(
                "%s: Bluesky refused the access token (%s); renewing it", doing, error.error or error.status
            )
        token = self._keeper.renew(token)
        try:
            return self._xrpc.call(nsid, token=token, **kwargs)
        except XrpcError as error:
            if error.is_auth_failure:
                raise PublishError(
                    ErrorKind.NEEDS_SIGN_IN,
                    QT_TRANSLATE_NOOP(
                        "core.networks",
                        "Bluesky refused Crier's fresh sign-in for {handle}. Connect the account again in "
                        "Accounts; its posts will wait until then.",
                    ).format(handle=self.account.handle),
                    detail=error.detail,
                ) from None
            raise


class _BlobsMissing(Exception):
    """The server no longer has an uploaded image (unused uploads expire): upload again, once."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _media(media_id: str) -> dict[str, Any]:
    try:
        entry = json.loads(media_id)
    except ValueError:
        entry = None
    if not isinstance(entry, dict) or not isinstance(entry.get("blob"), dict):
        raise PublishError(
            ErrorKind.NEEDS_ATTENTION,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "One of this post's images was uploaded by another version of Crier and can't be "
                "attached. Add the images to a new post and send that.",
            ),
            detail=f"unreadable media id {media_id[:80]!r}",
        )
    return entry


def _check_text(text: str) -> None:
    length = grapheme_count(text)
    if length > MAX_GRAPHEMES:
        raise PublishError(
            ErrorKind.NEEDS_EDITING,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "This post is {length} characters long and Bluesky allows {most}. Shorten it (or "
                "split it into a thread), then send it again.",
            ).format(length=length, most=MAX_GRAPHEMES),
            detail=f"{length} graphemes",
        )
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise PublishError(
            ErrorKind.NEEDS_EDITING,
            QT_TRANSLATE_NOOP(
                "core.networks",
                "This post uses too many special characters and emoji for Bluesky. Shorten it, "
                "then send it again.",
            ),
            detail=f"{size} bytes > {MAX_TEXT_BYTES}",
        )


def _already_exists(error: XrpcError) -> bool:
    if error.status not in (400, 409) or error.unreadable:
        return False
    lowered = error.message.lower()
    return error.error == "RecordAlreadyExists" or "already exist" in lowered or "already a value" in lowered


def _blob_missing(error: XrpcError) -> bool:
    return error.status == 400 and (
        error.error == "BlobNotFound" or "could not find blob" in error.message.lower()
    )


def build(context: PublisherContext) -> BlueskyPublisher:
    """The registry's entry point: raises PublishError(NEEDS_SIGN_IN) when the account has no credentials."""
    return BlueskyPublisher(context.account, context.accounts, context.secrets, context.session)
