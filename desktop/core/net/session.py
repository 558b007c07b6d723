"""The one way Crier makes an HTTP session: TLS trust, proxy choice, timeouts, User-Agent, API overrides."""

from __future__ import annotations

from typing import Any

import requests

from desktop.core.net import limits as net_limits
from desktop.core.net.adapters import ApiBaseRewriteAdapter, CrierAdapter
from desktop.core.net.config import USER_AGENT, NetConfig, make_ssl_context
from desktop.core.net.proxy import ProxyResolver


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
