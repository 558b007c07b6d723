"""Which proxy each request goes through: explicit, a PAC file (named, the system's, or WPAD), or none.

Council PCs often get their proxy from a PAC script that is slow or unreachable away from the office,
so discovery runs in the background and a request waits for it only briefly.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import queue
import re
import ssl
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

import requests

from desktop.core.net.adapters import bare_session
from desktop.core.net.config import NetConfig, _normalise_proxy_url, is_loopback_host, make_ssl_context
from desktop.core.net.problems import redact

log = logging.getLogger(__name__)


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
            pac_session = bare_session(ssl_context or make_ssl_context(config), config.timeout)
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
                if urllib.request.proxy_bypass_environment(host):  # type: ignore[attr-defined]
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
