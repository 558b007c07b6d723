"""Bluesky as a ``Network``."""

from __future__ import annotations

from desktop.core.networks.network import Field, Network, NetworkForm
from desktop.core.translatable import QT_TRANSLATE_NOOP

BLUESKY = Network(
    id="bluesky",
    name="Bluesky",
    char_limit=300,
    counting="bluesky",
    threaded=True,
    image_slots=4,
    publisher="desktop.core.networks.bluesky.publisher",
    exactly_once="Each part's record key (a TID) is chosen and committed before the first attempt, so a "
    "retry writes the same record and the server refuses a second one.",
    forms=(
        NetworkForm(
            "bluesky",
            QT_TRANSLATE_NOOP("core.networks", "Bluesky"),
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Use an app password, never the account's main password: in Bluesky open Settings → Privacy"
                " and security → App passwords, add one for Crier and paste it here (it looks like"
                " xxxx-xxxx-xxxx-xxxx).",
            ),
            (
                Field(
                    "handle",
                    QT_TRANSLATE_NOOP("core.networks", "Handle"),
                    help=QT_TRANSLATE_NOOP("core.networks", "e.g. yourcouncil.bsky.social"),
                ),
                Field("app_password", QT_TRANSLATE_NOOP("core.networks", "App password"), secret=True),
                Field(
                    "service_url",
                    QT_TRANSLATE_NOOP("core.networks", "Server"),
                    help=QT_TRANSLATE_NOOP("core.networks", "leave empty for bsky.social"),
                    optional=True,
                ),
            ),
        ),
    ),
    api_base="https://bsky.social",
    probe_path="/xrpc/_health",
    own_server=True,
)
