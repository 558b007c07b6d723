"""The transport adapters every Crier request goes through: trust, proxy, timeouts, bounded answers.

:class:`CrierAdapter` applies the limits in :mod:`desktop.core.net.limits`; :class:`ApiBaseRewriteAdapter`
sends a real API's URLs to a stand-in server without touching the client library's code.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import BaseAdapter, HTTPAdapter

from desktop.core.net import limits as net_limits
from desktop.core.net.config import USER_AGENT
from desktop.core.net.limits import DeadlineExceeded


class CrierAdapter(HTTPAdapter):
    """HTTPAdapter with the shared TLS context, per-URL proxy choice, timeouts and bounded answers.

    Every answer is read here, within ``deadline`` seconds for the whole request and ``max_body``
    bytes after decompression; with ``refuse_redirects`` a 3xx answer is an error, whatever the
    caller's ``allow_redirects`` (client libraries follow redirects by default).
    """

    def __init__(
        self,
        ssl_context: ssl.SSLContext,
        *,
        proxy_for: Callable[[str], str | None],
        timeout: tuple[float, float],
        deadline: float = net_limits.DEFAULT_DEADLINE,
        max_body: int = net_limits.DEFAULT_MAX_BODY,
        refuse_redirects: bool = True,
        **kwargs: Any,
    ) -> None:
        self._ssl_context = ssl_context  # before super().__init__, which builds the pool manager
        self._proxy_for = proxy_for
        self._timeout = timeout
        self._deadline = deadline
        self._max_body = max_body
        self._refuse_redirects = refuse_redirects
        super().__init__(**kwargs)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        pool_kwargs.setdefault("ssl_context", self._ssl_context)
        super().init_poolmanager(connections, maxsize, block=block, **pool_kwargs)
        net_limits.watch_pools(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs.setdefault("ssl_context", self._ssl_context)
        if proxy.lower().startswith("https://"):
            proxy_kwargs.setdefault("proxy_ssl_context", self._ssl_context)
        return net_limits.watch_pools(super().proxy_manager_for(proxy, **proxy_kwargs))

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        """Leave trust to the truststore context: requests would otherwise add certifi's bundle to it."""
        if verify is True and url.lower().startswith("https"):
            super().cert_verify(conn, url, False, cert)  # client-certificate handling only
            conn.cert_reqs = "CERT_REQUIRED"
            return
        super().cert_verify(conn, url, verify, cert)

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        if verify is False:
            raise ValueError(
                "Crier never turns off certificate checks. Add the organisation's certificate file in "
                "Settings → Network instead."
            )
        connect, read = _pair(timeout, self._timeout)
        connect = net_limits.connect_timeout_within(connect, self._deadline)  # (no use past the deadline)
        if not proxies:
            url = request.url or ""
            proxy = self._proxy_for(url)
            proxies = {urlsplit(url).scheme.lower(): proxy} if proxy else {}
        since = net_limits.admitted(self._deadline, connect)
        with net_limits.watch(self._deadline, since) as watch:
            try:
                response = super().send(
                    request,
                    stream=True,
                    timeout=(connect, read),
                    verify=verify,
                    cert=cert,
                    proxies=dict(proxies),
                )
                if self._refuse_redirects:
                    net_limits.refuse_redirect(response, request)
                net_limits.preload(response, self._max_body)  # stream=True callers get it from memory
            except Exception as exc:
                if watch.fired.is_set() or watch.passed():
                    raise DeadlineExceeded(
                        f"no complete answer within {self._deadline:g} s", request=request
                    ) from exc
                raise
        return response


def _pair(timeout: Any, default: tuple[float, float]) -> tuple[float, float]:
    """A caller's timeout as (connect, read), the adapter's where it gives none: requests takes one number
    for both, or a pair (a connect timeout bounds how long a request can stay open, ``longest_request``)."""
    pair = timeout if isinstance(timeout, tuple) else (timeout, timeout)
    return tuple(  # type: ignore[return-value]
        float(given) if given is not None else fallback for given, fallback in zip(pair, default, strict=True)
    )


class ApiBaseRewriteAdapter(BaseAdapter):
    """Sends requests for a real API base to its replacement, through the normal proxy/TLS adapter.

    Client libraries such as tweepy hard-code their hosts; mounting this on their prefixes lets tests and
    staging point them at another server without patching the library.
    """

    def __init__(self, rewrite_map: Mapping[str, str], transport: BaseAdapter) -> None:
        super().__init__()
        # Longest first, so a more specific base wins over a shorter one.
        self._map = sorted(rewrite_map.items(), key=lambda item: len(item[0]), reverse=True)
        self._transport = transport

    def rewrite_url(self, url: str) -> str:
        for real, replacement in self._map:
            if url.lower().startswith(real.lower()) and url[len(real) : len(real) + 1] in ("", "/", "?"):
                return replacement + url[len(real) :]
        return url

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        rewritten = request.copy()
        rewritten.url = self.rewrite_url(request.url or "")
        return self._transport.send(rewritten, **kwargs)

    def close(self) -> None:
        """Nothing to release: the transport adapter is mounted on the session and closed with it."""


def bare_session(ssl_context: ssl.SSLContext, timeout: tuple[float, float]) -> requests.Session:
    """A direct (never proxied) session with the shared TLS context, for fetching PAC files."""
    session = requests.Session()
    session.trust_env = False
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept-Encoding"] = net_limits.ACCEPT_ENCODING
    # A PAC file's address may redirect (a web server moving it): this session carries no secrets.
    adapter = CrierAdapter(ssl_context, proxy_for=lambda _url: None, timeout=timeout, refuse_redirects=False)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session
