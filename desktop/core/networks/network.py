"""What a network *is*, in one place per network: the ``Network`` descriptor and its sign-in forms.

Only dataclasses here (no HTTP, no keyring), so counting, settings and policy may read descriptors
without loading any network's client.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: str
    secret: bool = False
    default: str = ""
    help: str = ""
    optional: bool = False


@dataclass(frozen=True, slots=True)
class NetworkForm:
    """One way of connecting an account: the fields a person fills in (the dialog and the CLI draw it)."""

    network: str  # the form's id: the network's id, then ``-`` and a way of signing in when there are several
    title: str
    intro: str
    fields: tuple[Field, ...]


@dataclass(frozen=True, slots=True)
class Network:
    id: str
    name: str  # as people see it
    char_limit: int  # what one post may hold, in the unit of ``counting``
    #: how a post is counted: "x" (weighted, links 23), "mastodon" (characters, links 23, remote
    #: mentions by user name), "bluesky" (graphemes and bytes, links shortened) or "graphemes"
    counting: str
    threaded: bool  # a post too long for one goes out as a numbered thread
    image_slots: int  # images one post can carry
    publisher: str  # module with ``build(context) -> Publisher``
    exactly_once: str  # how a retry is kept from posting twice
    forms: tuple[NetworkForm, ...]
    api_base: str = ""  # the API host (for Bluesky the default server; Mastodon has none of its own)
    probe_path: str = ""  # a cheap path on that host: any answer there means the host is reachable
    own_server: bool = False  # each account names its server (``service_url``): Bluesky, Mastodon

    def probe_url(self, service_url: str = "") -> str:
        """What to ask to learn whether this network, on the account's server if it has one, answers."""
        base = (service_url if self.own_server else "") or self.api_base
        return f"{base.rstrip('/')}{self.probe_path}"
