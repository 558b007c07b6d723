"""How Crier reaches the internet: :class:`NetConfig`, the real API bases it may redirect, and TLS trust.

The API base constants stay here until each network's descriptor owns its own. Never imports Qt.
"""

from __future__ import annotations

import importlib.metadata
import ipaddress
import os
import ssl
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import truststore

from desktop.core.clock import positive_seconds
from desktop.core.errors import CrierError
from desktop.core.net import limits as net_limits
from desktop.core.net.problems import redact

X_API_BASE = "https://api.x.com"
FACEBOOK_API_BASE = "https://graph.facebook.com"

#: Environment variables that point a real API base somewhere else (a fake server in tests).
API_BASE_ENV: Mapping[str, str] = {
    "CRIER_X_API_BASE": X_API_BASE,
    "CRIER_FACEBOOK_API_BASE": FACEBOOK_API_BASE,
}

#: Environment variable for the longest one request takes, in seconds (short in tests, whose team PCs'
#: posts are taken over only once a dead PC's last request has had its deadline).
DEADLINE_ENV = "CRIER_REQUEST_DEADLINE"

#: Other hosts the client libraries hard-code for the same service; an override of the main base
#: covers them too (tweepy still calls api.twitter.com and upload.twitter.com).
API_BASE_ALIASES: Mapping[str, tuple[str, ...]] = {
    X_API_BASE: ("https://api.twitter.com", "https://upload.twitter.com"),
    FACEBOOK_API_BASE: ("https://graph-video.facebook.com",),
}


def _app_version() -> str:
    """The installed package version; a source checkout that isn't installed says "dev"."""
    try:
        return importlib.metadata.version("crier")
    except importlib.metadata.PackageNotFoundError:
        return "dev"


USER_AGENT = f"Crier/{_app_version()}"


# --------------------------------------------------------------------------------------------------
# Configuration


class NetConfigError(CrierError, ValueError):
    """An address or proxy Crier won't use, in one sentence: a ``ValueError`` to the settings checks, and a
    problem the CLI and window show as it is (a bad ``CRIER_X_API_BASE`` reaches them at the first sync)."""


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
        raise NetConfigError(
            f"{base!r} is not an API address Crier can redirect: use a form like {X_API_BASE}."
        )
    return base


def _validate_replacement_base(real: str, replacement: str) -> str:
    """Plain http is only for this computer: anything else must be https, so tokens never travel in clear."""
    parts = urlsplit(replacement)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise NetConfigError(
            f"The replacement address {replacement!r} for {real} is not a web address. "
            "Use a form like https://host or http://127.0.0.1:8765."
        )
    if parts.query or parts.fragment:
        raise NetConfigError(
            f"The replacement address {replacement!r} for {real} must not contain '?' or '#'."
        )
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise NetConfigError(
            f"The replacement address {replacement!r} for {real} must start with https://. "
            "Plain http:// is only allowed for this computer (127.0.0.1, ::1 or localhost)."
        )
    if replacement == real:
        raise NetConfigError(f"The replacement address for {real} is the same address.")
    return replacement


def _normalise_proxy_url(value: str) -> str:
    """Accept "host:port" as typed by people copying from IT's instructions, as well as full URLs."""
    url = value if "://" in value else f"http://{value}"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise NetConfigError(
            f"The proxy setting {redact(value)!r} isn't a proxy address. "
            "Use a form like http://proxy.example.gov.uk:8080, 'direct', 'pac:<address of the PAC file>', "
            "or leave it empty to use this computer's settings."
        )
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise NetConfigError(f"The proxy setting {redact(value)!r} has a port that isn't a number.") from exc
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
                raise NetConfigError("The proxy setting 'pac:' needs the address of the PAC file after it.")
        elif proxy and proxy.lower() != "direct":
            _normalise_proxy_url(proxy)
        object.__setattr__(self, "proxy", proxy)
        for name in ("connect_timeout", "read_timeout", "pac_timeout", "deadline", "max_body_bytes"):
            if getattr(self, name) <= 0:
                raise NetConfigError(f"{name} must be more than zero.")
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
        if "deadline" not in fields and (deadline := positive_seconds(env.get(DEADLINE_ENV, ""))) is not None:
            fields["deadline"] = deadline
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

        ``CRIER_X_API_BASE`` beats the user's ``x.api_base`` so tests and support can redirect, but never
        the machine policy's: any user can set an environment variable, and IT's gateway must bind.
        """
        overrides: dict[str, str] = {}
        api = str(settings.get("x.api_base") or "").strip()
        if api and _strip_base(api) != X_API_BASE:
            overrides[X_API_BASE] = api
        env_config = cls.from_env(environ)
        from_env = dict(env_config.api_base_overrides)
        if X_API_BASE in from_env:
            from desktop.core.policy import load_policy  # only then: reading it costs a few milliseconds

            if load_policy().sets("x.api_base"):
                del from_env[X_API_BASE]
        overrides.update(from_env)
        return cls(
            proxy=str(settings.get("network.proxy") or ""),
            api_base_overrides=overrides,
            deadline=env_config.deadline,
        )

    @property
    def timeout(self) -> tuple[float, float]:
        return (self.connect_timeout, self.read_timeout)

    @property
    def longest_request(self) -> float:
        """How long one request of a session made with this configuration can stay open at most (its
        deadline and a connect under way): what a team post's request lease covers (``team.publish``)."""
        return net_limits.longest_request(self.deadline, self.connect_timeout)

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
            raise NetConfigError(
                f"The certificate file {path} could not be used ({exc.strerror or exc}). "
                "Check the file chosen in Settings → Network; it should be a .pem or .crt file from IT."
            ) from exc
    return context
