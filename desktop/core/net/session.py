"""The app's one HTTP stack: every network client gets its ``requests.Session`` from here.

Council PCs sit behind proxies that often inspect TLS with their own root certificate, so sessions
verify certificates through the operating system's trust store (``truststore``), pick a proxy per
request (explicit, PAC file, or the system's settings), apply default timeouts, and can send a real
API's URLs to a stand-in server (tests, staging) without touching the client library's code.
Failures are turned into a :class:`NetProblem` with a message a communications officer can act on.

This module never imports Qt.
"""

from __future__ import annotations

import contextlib
import errno
import importlib.metadata
import importlib.util
import ipaddress
import logging
import os
import queue
import random
import re
import socket
import ssl
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

import requests
import truststore
import urllib3.exceptions
from requests.adapters import BaseAdapter, HTTPAdapter

from desktop.core.net import limits as net_limits
from desktop.core.net.limits import AnswerTooLarge, DeadlineExceeded, RedirectRefused

log = logging.getLogger(__name__)

X_API_BASE = "https://api.x.com"
FACEBOOK_API_BASE = "https://graph.facebook.com"

#: Environment variables that point a real API base somewhere else (a fake server in tests).
API_BASE_ENV: Mapping[str, str] = {
    "CRIER_X_API_BASE": X_API_BASE,
    "CRIER_FACEBOOK_API_BASE": FACEBOOK_API_BASE,
}

#: Other hosts the client libraries hard-code for the same service; an override of the main base
#: covers them too (tweepy still calls api.twitter.com and upload.twitter.com).
API_BASE_ALIASES: Mapping[str, tuple[str, ...]] = {
    X_API_BASE: ("https://api.twitter.com", "https://upload.twitter.com"),
    FACEBOOK_API_BASE: ("https://graph-video.facebook.com",),
}

PROXY_AUTH_MESSAGE = (
    "Your organisation's proxy asked for a sign-in (407). "
    "Ask IT for the proxy settings, or set them in Settings → Network."
)


def _app_version() -> str:
    """The installed package version; a source checkout that isn't installed says "dev"."""
    try:
        return importlib.metadata.version("crier")
    except importlib.metadata.PackageNotFoundError:
        return "dev"


USER_AGENT = f"Crier/{_app_version()}"


# --------------------------------------------------------------------------------------------------
# Configuration


def is_loopback_host(host: str | None) -> bool:
    """True for this computer only (127.0.0.0/8, ::1, localhost), which never goes through a proxy."""
    if not host:
        return False
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def _strip_base(url: str) -> str:
    return url.strip().rstrip("/")


def _validate_real_base(base: str) -> str:
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise ValueError(f"{base!r} is not an API address Crier can redirect: use a form like {X_API_BASE}.")
    return base


def _validate_replacement_base(real: str, replacement: str) -> str:
    """Plain http is only for this computer: anything else must be https, so tokens never travel in clear."""
    parts = urlsplit(replacement)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"The replacement address {replacement!r} for {real} is not a web address. "
            "Use a form like https://host or http://127.0.0.1:8765."
        )
    if parts.query or parts.fragment:
        raise ValueError(f"The replacement address {replacement!r} for {real} must not contain '?' or '#'.")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ValueError(
            f"The replacement address {replacement!r} for {real} must start with https://. "
            "Plain http:// is only allowed for this computer (127.0.0.1, ::1 or localhost)."
        )
    if replacement == real:
        raise ValueError(f"The replacement address for {real} is the same address.")
    return replacement


def _normalise_proxy_url(value: str) -> str:
    """Accept "host:port" as typed by people copying from IT's instructions, as well as full URLs."""
    url = value if "://" in value else f"http://{value}"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"The proxy setting {redact(value)!r} isn't a proxy address. "
            "Use a form like http://proxy.example.gov.uk:8080, 'direct', 'pac:<address of the PAC file>', "
            "or leave it empty to use this computer's settings."
        )
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise ValueError(f"The proxy setting {redact(value)!r} has a port that isn't a number.") from exc
    return url


@dataclass(frozen=True, slots=True)
class NetConfig:
    """How Crier reaches the internet.

    ``proxy`` is "" (this computer's settings: environment, Windows/macOS settings, PAC/WPAD),
    "direct", an explicit "http://[user:pass@]host:port", or "pac:<URL or file>".
    ``api_base_overrides`` maps a real API base (``https://api.x.com``) to a replacement base.
    """

    proxy: str = ""
    extra_ca_file: Path | None = None
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    #: Longest one request takes in total, and the largest answer read (see ``net_limits``).
    deadline: float = net_limits.DEFAULT_DEADLINE
    max_body_bytes: int = net_limits.DEFAULT_MAX_BODY
    api_base_overrides: Mapping[str, str] = field(default_factory=dict)
    #: Longest the first requests wait for a PAC file to be found (in total), and any request waits
    #: for the PAC script's answer; past that they use the system's static settings or go direct.
    pac_timeout: float = 3.0
    #: WPAD (looking for wpad.<domain> in DNS) only where Windows itself would do it by default.
    wpad: bool = sys.platform == "win32"

    def __post_init__(self) -> None:
        proxy = self.proxy.strip()
        if proxy.lower().startswith("pac:"):
            if not proxy[4:].strip():
                raise ValueError("The proxy setting 'pac:' needs the address of the PAC file after it.")
        elif proxy and proxy.lower() != "direct":
            _normalise_proxy_url(proxy)
        object.__setattr__(self, "proxy", proxy)
        for name in ("connect_timeout", "read_timeout", "pac_timeout", "deadline", "max_body_bytes"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be more than zero.")
        overrides: dict[str, str] = {}
        for real, replacement in self.api_base_overrides.items():
            real_base = _validate_real_base(_strip_base(real))
            overrides[real_base] = _validate_replacement_base(real_base, _strip_base(replacement))
        object.__setattr__(self, "api_base_overrides", overrides)
        if self.extra_ca_file is not None:
            object.__setattr__(self, "extra_ca_file", Path(self.extra_ca_file))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **fields: Any) -> NetConfig:
        """Read API base overrides (``CRIER_X_API_BASE`` …) from the environment; other fields as given."""
        env = os.environ if environ is None else environ
        overrides = dict(fields.pop("api_base_overrides", {}))
        for variable, real in API_BASE_ENV.items():
            value = env.get(variable, "").strip()
            if value and _strip_base(value) != real:
                overrides.setdefault(real, value)
        return cls(api_base_overrides=overrides, **fields)

    @classmethod
    def from_settings(
        cls, settings: Mapping[str, Any], environ: Mapping[str, str] | None = None
    ) -> NetConfig:
        """The proxy and X API address from settings (machine policy applied), environment on top.

        ``CRIER_X_API_BASE`` beats the ``x.api_base`` setting so tests and support can always redirect.
        """
        overrides: dict[str, str] = {}
        api = str(settings.get("x.api_base") or "").strip()
        if api and _strip_base(api) != X_API_BASE:
            overrides[X_API_BASE] = api
        overrides.update(cls.from_env(environ).api_base_overrides)
        return cls(proxy=str(settings.get("network.proxy") or ""), api_base_overrides=overrides)

    @property
    def timeout(self) -> tuple[float, float]:
        return (self.connect_timeout, self.read_timeout)

    def rewrite_map(self) -> dict[str, str]:
        """Every base to rewrite, including the aliases client libraries hard-code for the same service."""
        mapping = dict(self.api_base_overrides)
        for real, replacement in self.api_base_overrides.items():
            for alias in API_BASE_ALIASES.get(real, ()):
                mapping.setdefault(alias, replacement)
        return mapping


# --------------------------------------------------------------------------------------------------
# TLS


def make_ssl_context(config: NetConfig) -> ssl.SSLContext:
    """Trust what Windows/macOS/the system trusts (so an inspecting proxy's root CA works), plus IT's file."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if config.extra_ca_file is not None:
        path = config.extra_ca_file
        try:
            context.load_verify_locations(cafile=str(path))
        except (OSError, ssl.SSLError) as exc:
            raise ValueError(
                f"The certificate file {path} could not be used ({exc.strerror or exc}). "
                "Check the file chosen in Settings → Network; it should be a .pem or .crt file from IT."
            ) from exc
    return context


# --------------------------------------------------------------------------------------------------
# Proxies


class _JsThread:
    """Runs every PAC JavaScript call on one daemon thread.

    The JS engine behind pypac must not be used from several threads, and a PAC script that hangs
    (``dnsResolve()`` with no network) must never hold up a request or the app's exit.
    """

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, job: Callable[[], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="crier-pac-js", daemon=True)
                self._thread.start()
        self._jobs.put((job, future))
        return future

    def _run(self) -> None:
        while True:
            job, future = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(job())
            except Exception as exc:  # handed to the waiting request, which falls back
                future.set_exception(exc)


_JS_THREAD = _JsThread()


def _make_pac_resolver(js: str) -> Any:
    from pypac.parser import PACFile
    from pypac.resolver import ProxyResolver as PacResolver

    return PacResolver(PACFile(js))


class _PacSource:
    """A PAC file found and refreshed in the background.

    Requests wait for a discovery only ``timeout`` seconds in total (not each), then use the fallback
    until it finishes, so an office PAC server that is unreachable from home costs one short pause.
    """

    def __init__(
        self,
        fetch_js: Callable[[], str | None],
        *,
        timeout: float,
        label: str,
        retry_after: float = 60.0,
        refresh_after: float = 1800.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch_js = fetch_js
        self._timeout = timeout
        self._label = label
        self._retry_after = retry_after
        self._refresh_after = refresh_after
        self._clock = clock
        self._lock = threading.Lock()
        self._resolver: Any = None
        self._loading: Future[None] | None = None
        self._wait_until = 0.0  # requests wait for a load only until this clock time, once in total
        self._next_load_at = 0.0

    def _start_load_locked(self) -> Future[None] | None:
        if self._loading is not None and not self._loading.done():
            return self._loading
        if self._clock() < self._next_load_at:
            return None
        future: Future[None] = Future()
        self._loading = future
        self._wait_until = self._clock() + self._timeout
        threading.Thread(target=self._load, args=(future,), name="crier-pac-load", daemon=True).start()
        return future

    def _load(self, future: Future[None]) -> None:
        resolver: Any = None
        try:
            js = self._fetch_js()
            if js:
                resolver = _JS_THREAD.submit(lambda: _make_pac_resolver(js)).result(timeout=30)
        except Exception as exc:  # any failure means "no PAC for now"; requests fall back
            log.warning("Could not load the proxy auto-config file (%s): %s", self._label, redact(str(exc)))
        with self._lock:
            # A PAC that can no longer be fetched is dropped, as Windows does when leaving the office.
            self._resolver = resolver
            delay = self._refresh_after if resolver is not None else self._retry_after
            self._next_load_at = self._clock() + delay
        future.set_result(None)

    def proxies_for(self, url: str) -> list[str] | None:
        """The PAC file's answer for ``url`` (e.g. ["http://proxy:8080", "DIRECT"]), or None without one."""
        with self._lock:
            loading = self._start_load_locked()
            resolver = self._resolver
            wait = self._wait_until - self._clock()
        if resolver is None and loading is not None and wait > 0:
            with contextlib.suppress(TimeoutError):
                loading.result(timeout=wait)
            with self._lock:
                resolver = self._resolver
        if resolver is None:
            return None
        try:
            return list(_JS_THREAD.submit(lambda: resolver.get_proxies(url)).result(timeout=self._timeout))
        except Exception as exc:
            log.warning("The proxy auto-config file gave no answer in time (%s): %s", self._label, exc)
            return None


def _read_pac_location(location: str, session: requests.Session, timeout: float) -> str:
    """Fetch a PAC file from a URL, a file:// URL or a local path."""
    if location.lower().startswith(("http://", "https://")):
        response = session.get(location, timeout=(timeout, timeout))
        response.raise_for_status()
        return response.text
    path = location
    if location.lower().startswith("file:"):
        path = unquote(urlsplit(location).path)
        if re.match(r"^/[A-Za-z]:", path):  # file:///C:/... on Windows
            path = path[1:]
    return Path(path).read_text(encoding="utf-8", errors="replace")


def _os_pac_location() -> str | None:
    """The PAC address set in Windows (registry, incl. group policy) or macOS settings, if any."""
    try:
        if sys.platform == "win32":
            from pypac.os_settings import autoconfig_url_from_registry

            return autoconfig_url_from_registry() or None
        if sys.platform == "darwin":
            from pypac.os_settings import autoconfig_url_from_preferences

            return autoconfig_url_from_preferences() or None
    except Exception as exc:  # missing pyobjc, unreadable registry: no PAC rather than no network
        log.info("Could not read the system's proxy auto-config setting: %s", exc)
    return None


def _system_pac_js(session: requests.Session, timeout: float, wpad: bool) -> str | None:
    location = _os_pac_location()
    if location:
        return _read_pac_location(location, session, timeout)
    if wpad and not urllib.request.getproxies():
        from pypac.wpad import proxy_urls_from_dns

        for candidate in proxy_urls_from_dns():
            try:
                response = session.get(candidate, timeout=(timeout, timeout))
            except requests.RequestException:
                continue
            if response.ok and "FindProxyForURL" in response.text:
                return response.text
    return None


def _pick(proxies: Mapping[str, str], scheme: str) -> str | None:
    chosen = proxies.get(scheme) or proxies.get("all")
    if not chosen:
        return None
    return chosen if "://" in chosen else f"http://{chosen}"


def _first_pac_choice(answer: list[str]) -> str | None:
    """Use the PAC file's first choice; "DIRECT" (or no usable answer) means no proxy."""
    if not answer or answer[0] == "DIRECT":
        return None
    return answer[0]


_PAC_AVAILABLE = importlib.util.find_spec("pypac") is not None


class ProxyResolver:
    """Decides the proxy for each request URL, following :attr:`NetConfig.proxy`."""

    def __init__(self, config: NetConfig, *, ssl_context: ssl.SSLContext | None = None) -> None:
        setting = config.proxy
        self._mode: Literal["system", "direct", "explicit", "pac"]
        self._explicit: str | None = None
        self._pac: _PacSource | None = None
        lowered = setting.lower()
        if not setting:
            self._mode = "system"
        elif lowered == "direct":
            self._mode = "direct"
        elif lowered.startswith("pac:"):
            self._mode = "pac"
        else:
            self._mode = "explicit"
            self._explicit = _normalise_proxy_url(setting)

        wants_pac = self._mode == "pac" or (
            self._mode == "system" and (sys.platform in ("win32", "darwin") or config.wpad)
        )
        if wants_pac and not _PAC_AVAILABLE:
            if self._mode == "pac":
                raise ValueError(
                    "This copy of Crier can't read proxy auto-config (PAC) files. "
                    "Ask IT for the proxy address and enter it in Settings → Network instead."
                )
            wants_pac = False
        if wants_pac:
            # The PAC file itself is always fetched directly: it is what says which proxy to use.
            pac_session = _bare_session(ssl_context or make_ssl_context(config), config.timeout)
            timeout = config.pac_timeout
            if self._mode == "pac":
                location = setting[4:].strip()

                def fetch() -> str | None:
                    return _read_pac_location(location, pac_session, timeout)

                label = redact(location)
            else:

                def fetch() -> str | None:
                    return _system_pac_js(pac_session, timeout, config.wpad)

                label = "system settings"
            self._pac = _PacSource(fetch, timeout=timeout, label=label)

    @property
    def mode(self) -> str:
        return self._mode

    def proxy_for(self, url: str) -> str | None:
        """The proxy URL to use for ``url``, or None to connect directly."""
        if self._mode == "direct":
            return None
        if self._mode == "explicit":
            return self._explicit  # even for loopback: tests point Crier at a local proxy this way
        parts = urlsplit(url)
        host = parts.hostname or ""
        scheme = parts.scheme.lower()
        if is_loopback_host(host):
            return None
        if self._mode == "system":
            environment = {k: v for k, v in urllib.request.getproxies_environment().items() if k != "no"}
            if environment:
                if urllib.request.proxy_bypass_environment(host):
                    return None
                return _pick(environment, scheme)
        if self._pac is not None:
            answer = self._pac.proxies_for(url)
            if answer is not None:
                return _first_pac_choice(answer)
        system = urllib.request.getproxies()
        if system and not urllib.request.proxy_bypass(host):
            return _pick(system, scheme)
        return None


# --------------------------------------------------------------------------------------------------
# Adapters and sessions


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
        if timeout is None:
            timeout = self._timeout
        if not proxies:
            url = request.url or ""
            proxy = self._proxy_for(url)
            proxies = {urlsplit(url).scheme.lower(): proxy} if proxy else {}
        with net_limits.watch(self._deadline) as watch:
            try:
                response = super().send(
                    request, stream=True, timeout=timeout, verify=verify, cert=cert, proxies=dict(proxies)
                )
                if self._refuse_redirects:
                    net_limits.refuse_redirect(response, request)
                net_limits.preload(response, self._max_body)  # stream=True callers get it from memory
            except Exception as exc:
                if watch.fired.is_set():
                    raise DeadlineExceeded(
                        f"no complete answer within {self._deadline:g} s", request=request
                    ) from exc
                raise
        return response


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


def _bare_session(ssl_context: ssl.SSLContext, timeout: tuple[float, float]) -> requests.Session:
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


def make_session(config: NetConfig | None = None) -> requests.Session:
    """A session with Crier's TLS trust, proxy choice, timeouts, User-Agent and API base overrides."""
    config = config or NetConfig()
    context = make_ssl_context(config)
    resolver = ProxyResolver(config, ssl_context=context)
    session = requests.Session()
    # Proxies come from ProxyResolver, trust from truststore: requests' own environment lookups
    # (HTTP_PROXY, REQUESTS_CA_BUNDLE, .netrc) would bypass both.
    session.trust_env = False
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept-Encoding"] = net_limits.ACCEPT_ENCODING
    # Redirects are refused in the adapter (a 3xx is an error naming the host); max_redirects = 0 as
    # well, so nothing a client library asks for can make requests follow one.
    session.max_redirects = 0
    transport = CrierAdapter(
        context,
        proxy_for=resolver.proxy_for,
        timeout=config.timeout,
        deadline=config.deadline,
        max_body=config.max_body_bytes,
    )
    session.mount("https://", transport)
    session.mount("http://", transport)
    rewrite_map = config.rewrite_map()
    if rewrite_map:
        rewriter = ApiBaseRewriteAdapter(rewrite_map, transport)
        for real in rewrite_map:
            session.mount(real + "/", rewriter)
    return session


def mount_on(owner: Any, session: requests.Session) -> requests.Session:
    """Give a client library object (tweepy ``Client``/``API``) Crier's session and User-Agent."""
    if not hasattr(owner, "session"):
        raise TypeError(f"{type(owner).__name__} has no 'session' attribute to replace.")
    previous = owner.session
    owner.session = session
    if hasattr(owner, "user_agent"):
        owner.user_agent = USER_AGENT  # tweepy sends its own User-Agent header on every request
    if isinstance(previous, requests.Session) and previous is not session:
        previous.close()
    return session


# --------------------------------------------------------------------------------------------------
# Problems in the user's words

ProblemKind = Literal[
    "offline", "timeout", "proxy-auth", "proxy-unreachable", "tls", "redirect", "too-large", "other"
]


@dataclass(frozen=True, slots=True)
class NetProblem:
    """What went wrong, for the user (``message``) and for the log (``detail``, credentials removed)."""

    kind: ProblemKind
    message: str
    detail: str = ""

    @property
    def retry_may_help(self) -> bool:
        """A sign-in request, an untrusted certificate or a redirect needs a person; the rest may clear up."""
        return self.kind not in ("proxy-auth", "tls", "redirect")


_CREDENTIALS = re.compile(r"(?<=//)[^/@\s'\"]+@")


def redact(text: str) -> str:
    """Remove ``user:password@`` from any URLs in ``text`` before it is shown or logged."""
    return _CREDENTIALS.sub("***@", text)


def exception_chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps: requests → MaxRetryError.reason → urllib3 → OSError."""
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = [getattr(current, "reason", None), current.__cause__, current.__context__, *current.args]
        pending.extend(item for item in linked if isinstance(item, BaseException))


#: Failures that happen before a request can leave this computer: retrying such a write can't double it.
_NOT_SENT = (
    requests.exceptions.ConnectTimeout,
    requests.exceptions.ProxyError,
    requests.exceptions.SSLError,
    urllib3.exceptions.NewConnectionError,
    urllib3.exceptions.NameResolutionError,
    urllib3.exceptions.ConnectTimeoutError,
    ConnectionRefusedError,
    socket.gaierror,
)


def may_have_been_sent(exc: BaseException) -> bool:
    """False only when the failure was before the request could leave (no connection, DNS, TLS, proxy).

    Every publisher asks this of a failed write: True means the network may have the post, so the next
    attempt must first find out (the publisher's exactly-once rule).
    """
    return not any(isinstance(item, _NOT_SENT) for item in exception_chain(exc))


_TUNNEL_STATUS = re.compile(r"Tunnel connection failed: (\d{3})")
_OFFLINE_ERRNOS = {
    errno.ECONNREFUSED,
    errno.ENETUNREACH,
    errno.EHOSTUNREACH,
    errno.ENETDOWN,
    getattr(errno, "EHOSTDOWN", errno.EHOSTUNREACH),
}
_OFFLINE_WINERRORS = {10061, 10051, 10065, 10050, 11001, 11002, 11004}  # refused, unreachable, DNS
_OFFLINE_TEXT = (
    "connection refused",
    "name or service not known",
    "nodename nor servname",
    "getaddrinfo failed",
    "failed to resolve",
    "temporary failure in name resolution",
    "no route to host",
    "network is unreachable",
)


def _target_host(chain: list[BaseException]) -> str | None:
    for item in chain:
        request = getattr(item, "request", None)
        url = getattr(request, "url", None)
        if isinstance(url, str):
            return urlsplit(url).hostname
    for item in chain:
        pool = getattr(item, "pool", None)
        host = getattr(pool, "host", None)
        if isinstance(host, str):
            return host
    return None


def _is_offline_error(item: BaseException) -> bool:
    if isinstance(item, socket.gaierror | ConnectionRefusedError | urllib3.exceptions.NameResolutionError):
        return True
    if isinstance(item, OSError) and (
        item.errno in _OFFLINE_ERRNOS or getattr(item, "winerror", None) in _OFFLINE_WINERRORS
    ):
        return True
    return isinstance(item, urllib3.exceptions.NewConnectionError) and any(
        text in str(item).lower() for text in _OFFLINE_TEXT
    )


def _is_timeout(item: BaseException) -> bool:
    if isinstance(item, urllib3.exceptions.NewConnectionError):
        return False  # a subclass of ConnectTimeoutError in urllib3 2, but means "couldn't connect"
    return isinstance(
        item,
        requests.Timeout | urllib3.exceptions.TimeoutError | TimeoutError,
    ) or (isinstance(item, OSError) and item.errno == errno.ETIMEDOUT)


def proxy_auth_problem(detail: str = "") -> NetProblem:
    return NetProblem("proxy-auth", PROXY_AUTH_MESSAGE, detail)


def classify_exception(exc: BaseException) -> NetProblem:
    """Turn a network exception into a :class:`NetProblem` with a plain message (never "offline" for 407)."""
    chain = list(exception_chain(exc))
    detail = redact(f"{type(exc).__name__}: {exc}")
    where = _target_host(chain) or "the server"

    tunnel_status: int | None = None
    for item in chain:
        response = getattr(item, "response", None)
        if getattr(response, "status_code", None) == 407:
            return proxy_auth_problem(detail)
        match = _TUNNEL_STATUS.search(str(item))
        if match:
            tunnel_status = int(match.group(1))
    if tunnel_status == 407 or any(
        "407" in str(item) and "proxy authentication" in str(item).lower() for item in chain
    ):
        return proxy_auth_problem(detail)

    redirect = next((item for item in chain if isinstance(item, RedirectRefused)), None)
    if redirect is not None:
        return NetProblem(
            "redirect",
            f"{where} sent Crier on to another address ({redirect.target_host}) instead of answering. "
            "Crier never follows a redirect with a post or a sign-in, so nothing was sent there. If it "
            "keeps happening, ask IT whether something on the network is redirecting traffic.",
            detail,
        )
    if any(isinstance(item, AnswerTooLarge) for item in chain):
        return NetProblem(
            "too-large",
            f"{where} sent an answer far larger than expected, so Crier stopped reading it. This is "
            "usually a fault on that server or on the network; Crier will try again later.",
            detail,
        )
    if any(isinstance(item, DeadlineExceeded) for item in chain):
        return NetProblem(
            "timeout",
            f"{where} took too long to finish its answer. The connection may be slow or busy; "
            "Crier will try again later.",
            detail,
        )

    if any(isinstance(item, ssl.SSLCertVerificationError) for item in chain) or any(
        "certificate verify failed" in str(item).lower() for item in chain
    ):
        return NetProblem(
            "tls",
            f"Crier couldn't confirm it was really talking to {where}: the security certificate wasn't "
            "trusted. On a council network this usually means the organisation's proxy checks secure "
            "traffic with its own certificate, which this computer doesn't trust yet. Ask IT to install "
            "the organisation's certificates, or choose their certificate file in Settings → Network.",
            detail,
        )
    if any(isinstance(item, ssl.SSLError | requests.exceptions.SSLError) for item in chain):
        return NetProblem(
            "tls",
            f"Crier couldn't set up a secure connection to {where}. If this keeps happening on the "
            "council network, ask IT whether the organisation's proxy allows this site.",
            detail,
        )

    if tunnel_status is not None:
        if tunnel_status == 403:
            return NetProblem(
                "other",
                f"Your organisation's proxy blocked the connection to {where} (403). "
                f"Ask IT to allow {where} for Crier.",
                detail,
            )
        if tunnel_status in (502, 503, 504):
            return NetProblem(
                "offline",
                f"Your organisation's proxy couldn't reach {where} ({tunnel_status}). The site or the "
                "connection may be down; try again in a few minutes.",
                detail,
            )
        return NetProblem(
            "other",
            f"Your organisation's proxy refused the connection to {where} ({tunnel_status}). "
            "Ask IT to check the proxy settings for Crier.",
            detail,
        )

    if any(
        isinstance(item, requests.exceptions.ProxyError | urllib3.exceptions.ProxyError) for item in chain
    ):
        return NetProblem(
            "proxy-unreachable",
            "Crier couldn't reach your organisation's proxy. If you're away from the office network, "
            "check the proxy setting in Settings → Network (try 'use this computer's settings'); "
            "otherwise ask IT whether the proxy address has changed.",
            detail,
        )

    if any(_is_offline_error(item) for item in chain):
        return NetProblem(
            "offline",
            f"Crier couldn't connect to {where}. Check that this computer is connected to the internet, "
            "then try again.",
            detail,
        )
    if any(_is_timeout(item) for item in chain):
        return NetProblem(
            "timeout",
            f"{where} took too long to answer. The connection may be slow or busy; "
            "try again in a few minutes.",
            detail,
        )
    return NetProblem(
        "other",
        f"Something went wrong while talking to {where}. Try again; if it keeps happening, "
        "send the log file to IT.",
        detail,
    )


# --------------------------------------------------------------------------------------------------
# Connectivity probe


@dataclass(frozen=True, slots=True)
class ProbeResult:
    online: bool
    problem: NetProblem | None
    latency_ms: float | None
    status: int | None = None


def probe(
    session: requests.Session,
    url: str,
    timeout: float = 5.0,
    *,
    clock: Callable[[], float] = time.monotonic,
) -> ProbeResult:
    """Is ``url``'s host reachable through ``session``? Any HTTP answer (even 401/404) counts as online."""
    started = clock()
    try:
        response = session.head(url, timeout=timeout, allow_redirects=False)
    except RedirectRefused as exc:  # an answer all the same: the host is reachable
        status = exc.response.status_code if exc.response is not None else None
        return ProbeResult(True, None, (clock() - started) * 1000.0, status)
    except (requests.RequestException, OSError) as exc:
        return ProbeResult(online=False, problem=classify_exception(exc), latency_ms=None)
    latency_ms = (clock() - started) * 1000.0
    response.close()
    if response.status_code == 407:  # a plain-http request answered by the proxy, not the host
        return ProbeResult(False, proxy_auth_problem("HTTP 407 from the proxy"), latency_ms, 407)
    return ProbeResult(True, None, latency_ms, response.status_code)


@dataclass
class ProbeSchedule:
    """When to check the connection next: soon at first, then backing off to ``cap`` seconds.

    Jitter (up to ``jitter`` × the delay, subtracted) stops many PCs on one network probing in step.
    ``rand`` and ``clock`` are injectable so the schedule is testable without waiting.
    """

    base: float = 5.0
    cap: float = 300.0
    factor: float = 2.0
    jitter: float = 0.2
    rand: Callable[[], float] = random.random
    clock: Callable[[], float] = time.monotonic
    attempts: int = field(default=0, init=False)
    due_at: float | None = field(default=None, init=False)
    _current: float = field(default=0.0, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.base <= 0 or self.cap < self.base or self.factor < 1 or not 0 <= self.jitter < 1:
            raise ValueError("ProbeSchedule needs base > 0, cap >= base, factor >= 1 and 0 <= jitter < 1.")
        self._current = self.base

    def next_delay(self) -> float:
        """Seconds to wait before the next probe; each call backs off further until the cap."""
        delay = self._current * (1.0 - self.jitter * self.rand())
        self._current = min(self.cap, self._current * self.factor)
        self.attempts += 1
        self.due_at = self.clock() + delay
        return delay

    def reset(self) -> None:
        """Back to quick probes, e.g. after a success or when the user presses "Try again"."""
        self._current = self.base
        self.attempts = 0
        self.due_at = None

    def is_due(self) -> bool:
        return self.due_at is None or self.clock() >= self.due_at
