"""The networks Crier knows: one ``Network`` descriptor per network, read by everything else.

Adding a network is its folder here (``descriptor.py``, ``api.py``, ``sign_in.py``, ``publisher.py``),
one entry in ``ALL`` and its fake server. Only descriptors are imported here, so anything may use it.
"""

from __future__ import annotations

from desktop.core.networks.bluesky.descriptor import BLUESKY
from desktop.core.networks.facebook.descriptor import FACEBOOK
from desktop.core.networks.mastodon.descriptor import MASTODON
from desktop.core.networks.network import Field, Network, NetworkForm
from desktop.core.networks.x.descriptor import X

__all__ = [
    "ALL",
    "BY_ID",
    "COUNTED_NETWORKS",
    "IMAGE_SLOTS",
    "NETWORKS",
    "NETWORK_NAMES",
    "THREADED_NETWORKS",
    "Field",
    "Network",
    "NetworkForm",
]

#: Every network an account can be on, in the order the app shows them.
ALL: tuple[Network, ...] = (X, BLUESKY, MASTODON, FACEBOOK)
BY_ID: dict[str, Network] = {network.id: network for network in ALL}

NETWORKS = tuple(network.id for network in ALL)
#: Networks the live counts know, in the order the counts bar shows them.
COUNTED_NETWORKS = NETWORKS
#: Networks where a post too long for one goes out as a numbered thread.
THREADED_NETWORKS = tuple(network.id for network in ALL if network.threaded)
NETWORK_NAMES = {network.id: network.name for network in ALL}
#: Images one post can carry, per network.
IMAGE_SLOTS = {network.id: network.image_slots for network in ALL}
