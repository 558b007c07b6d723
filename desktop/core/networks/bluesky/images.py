"""Images re-encoded to Bluesky's limits (size and longest side) before ``uploadBlob``."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Any

from desktop.core.networks.bluesky.api import MAX_IMAGE_BYTES, MAX_IMAGE_SIDE
from desktop.core.networks.publishing import ErrorKind, PublishError
from desktop.core.translatable import QT_TRANSLATE_NOOP

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
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Crier can't read {name} as a picture. "
                "Save it as a JPEG or PNG, add it again, then send the post.",
            ).format(name=name),
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
                QT_TRANSLATE_NOOP(
                    "core.networks",
                    "{name} can't be made small enough for Bluesky. "
                    "Use a different picture, then send the post.",
                ).format(name=name),
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
