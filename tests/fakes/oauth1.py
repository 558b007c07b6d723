"""OAuth 1.0a request verification for the fake X API (RFC 5849, HMAC-SHA1 as X uses it).

Verifying the real signature rather than just the key names means a client that signs the wrong URL, drops
a form parameter or mixes up secrets fails here as it would against X. Requests reach the fake through a
URL-rewriting adapter, so the client signed ``https://api.x.com/...`` (or api.twitter.com) while we see
``http://127.0.0.1:port/...``: the verifier therefore accepts a signature over any of the candidate origins.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from oauthlib.oauth1.rfc5849 import signature as oauth_signature
from oauthlib.oauth1.rfc5849.utils import escape

SUPPORTED_METHODS = ("HMAC-SHA1",)


@dataclass(frozen=True)
class OAuth1Params:
    """The ``oauth_*`` parameters of a request's Authorization header."""

    values: Mapping[str, str]

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    @property
    def consumer_key(self) -> str | None:
        return self.values.get("oauth_consumer_key")

    @property
    def token(self) -> str | None:
        return self.values.get("oauth_token")


def parse_authorization(header: str | None) -> OAuth1Params | None:
    """Parse ``Authorization: OAuth k="v", ...``; None when the header is not OAuth 1.0a."""
    if not header or header[:6].lower() != "oauth ":
        return None
    values: dict[str, str] = {}
    for item in header[6:].split(","):
        name, sep, raw = item.strip().partition("=")
        if not sep:
            continue
        values[unquote(name.strip())] = unquote(raw.strip().strip('"'))
    return OAuth1Params(values)


def signature_matches(
    *,
    method: str,
    path: str,
    query: str,
    form_body: str | None,
    authorization: str,
    origins: Iterable[str],
    consumer_secret: str,
    token_secret: str,
) -> bool:
    """True when the HMAC-SHA1 signature is valid for the request as signed against any origin."""
    params = parse_authorization(authorization)
    if params is None or params.get("oauth_signature_method") not in SUPPORTED_METHODS:
        return False
    given = params.get("oauth_signature") or ""
    collected = oauth_signature.collect_parameters(
        uri_query=query,
        body=form_body,
        headers={"Authorization": authorization},
        exclude_oauth_signature=True,
    )
    normalized = oauth_signature.normalize_parameters(collected)
    key = f"{escape(consumer_secret)}&{escape(token_secret)}".encode()
    for origin in origins:
        base_uri = oauth_signature.base_string_uri(origin.rstrip("/") + path)
        base = oauth_signature.signature_base_string(method.upper(), base_uri, normalized)
        expected = base64.b64encode(hmac.new(key, base.encode(), hashlib.sha1).digest()).decode()
        if hmac.compare_digest(expected, given):
            return True
    return False
