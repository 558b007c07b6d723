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

Why not the atproto SDK's ``Client``: it talks through its own ``httpx`` client, so it would bypass the
app's one HTTP stack (the organisation's proxy and PAC file, the OS certificate store through
truststore, Crier's timeouts and User-Agent), which is how council networks reach anything at all; a
replacement ``Request`` class would have to copy the SDK's private, httpx-shaped internals. Its errors
also lose what the outbox needs: 409, 413 and 502 all arrive as one ``NetworkError``. So the few XRPC
calls are made here over the app's ``requests.Session``, and the atproto package provides what it is
good for: the official app's rich-text detection (see ``bluesky_richtext``) and at-uri parsing.

Sign-in: the handle (or DID) and an app password (``xxxx-xxxx-xxxx-xxxx``; anything else is taken for the
main password and refused before it leaves the computer, and a session whose scope shows the main
password is ended at once). The app password, the refresh token and the access token are kept in the
keyring, one entry each. An access token the server refuses (or that has expired by its ``exp``) is
renewed with ``refreshSession``; a refused refresh token (revoked, rotated by another Crier, expired)
falls back to a new session made with the app password; when that is refused the account needs signing
in again (``NEEDS_SIGN_IN``). New tokens are written to the keyring before they are used, renewals of
one account take turns within a process, and a renewal first looks in the keyring for tokens another
worker already renewed. Within one sync run the access token and mentioned handles' DIDs are
remembered, so a run of posts reads the keyring and resolves each handle once.

Nothing here sleeps or retries on its own: every failure is classified once into a ``PublishError``.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Any

from desktop.core.networks.bluesky.api import MAX_IMAGE_BYTES, MAX_IMAGE_SIDE
from desktop.core.networks.publishing import (
    ErrorKind,
    PublishError,
)

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------------------------------
# Images


@dataclass(frozen=True, slots=True)
class PreparedImage:
    data: bytes
    mime_type: str
    width: int
    height: int


def prepare_image(
    data: bytes, *, name: str = "the image", limit: int = MAX_IMAGE_BYTES, max_side: int = MAX_IMAGE_SIDE
) -> PreparedImage:
    """Re-encode an image to fit Bluesky: at most ``max_side`` pixels a side and ``limit`` bytes.

    Like the Bluesky app, every image is re-encoded, which also drops its metadata (a phone photo's
    location). PNGs stay PNG when they fit (screenshots and posters keep sharp text); everything else,
    and PNGs that don't fit, become JPEG at falling quality, then smaller, until they fit. The same
    file always gives the same bytes, so uploading it again gives the same blob.
    """
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data)) as opened:
            source_format = opened.format or ""
            opened.seek(0)  # an animated GIF or WebP: the first frame
            image = ImageOps.exif_transpose(opened)
            image.load()
        return _fit(image, source_format, name=name, limit=limit, max_side=max_side)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        # UnidentifiedImageError is an OSError; truncated or exotic files raise the others.
        raise PublishError(
            ErrorKind.NEEDS_EDITING,
            f"Crier can't read {name} as a picture. Save it as a JPEG or PNG, add it again, then send "
            "the post.",
            detail=f"Pillow: {type(exc).__name__}: {exc}",
        ) from None


def _fit(image: Any, source_format: str, *, name: str, limit: int, max_side: int) -> PreparedImage:
    from PIL import Image

    if max(image.size) > max_side:
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    if source_format == "PNG":
        encoded = _encode(image, "PNG")
        if len(encoded) <= limit:
            return PreparedImage(encoded, "image/png", *image.size)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    if has_alpha:
        rgba = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    elif image.mode != "RGB":
        image = image.convert("RGB")
    while True:
        for quality in (90, 82, 74, 66):
            encoded = _encode(image, "JPEG", quality=quality)
            if len(encoded) <= limit:
                return PreparedImage(encoded, "image/jpeg", *image.size)
        if max(image.size) <= 64:
            raise PublishError(
                ErrorKind.NEEDS_EDITING,
                f"{name} can't be made small enough for Bluesky. Use a different picture, then send the "
                "post.",
                detail=f"still {len(encoded)} bytes at {image.size}",
            )
        width, height = image.size
        image = image.resize((max(1, width * 3 // 4), max(1, height * 3 // 4)), Image.Resampling.LANCZOS)


def _encode(image: Any, kind: str, **options: Any) -> bytes:
    out = io.BytesIO()
    if kind == "JPEG":
        image.save(out, "JPEG", optimize=True, progressive=False, **options)
    else:
        image.save(out, kind, optimize=True, **options)
    return out.getvalue()
