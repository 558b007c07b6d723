"""The networks Crier knows, by id, with the names people see. No imports, so anything may use it."""

from __future__ import annotations

#: Every network an account can be on.
NETWORKS = ("x", "bluesky", "mastodon", "facebook")
#: Networks the live counts know, in the order the counts bar shows them.
COUNTED_NETWORKS = ("x", "bluesky", "mastodon", "facebook")
#: Networks where a post too long for one goes out as a numbered thread (a Facebook post is never split).
THREADED_NETWORKS = ("x", "bluesky", "mastodon")
NETWORK_NAMES = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon", "facebook": "Facebook"}
#: Images one post can carry, per network (Mastodon servers may allow more; 4 is the default).
IMAGE_SLOTS = {"x": 4, "bluesky": 4, "mastodon": 4, "facebook": 10}
