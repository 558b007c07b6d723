"""Mastodon as a ``Network``."""

from __future__ import annotations

from desktop.core.networks.network import Field, Network, NetworkForm
from desktop.core.translatable import QT_TRANSLATE_NOOP

MASTODON = Network(
    id="mastodon",
    name="Mastodon",
    char_limit=500,
    counting="mastodon",
    threaded=True,
    image_slots=4,  # servers may allow more; 4 is the default
    publisher="desktop.core.networks.mastodon.publisher",
    exactly_once="Each part sends an Idempotency-Key committed before the first attempt; past 50 minutes "
    "the account's own statuses are searched before posting again.",
    forms=(
        NetworkForm(
            "mastodon",
            QT_TRANSLATE_NOOP("core.networks", "Mastodon"),
            QT_TRANSLATE_NOOP(
                "core.networks",
                "On your Mastodon server open Preferences → Development → New application, allow read and"
                " write, and paste the access token here.",
            ),
            (
                Field(
                    "instance",
                    QT_TRANSLATE_NOOP("core.networks", "Server"),
                    help=QT_TRANSLATE_NOOP(
                        "core.networks", "e.g. mastodon.social or social.yourcouncil.gov.uk"
                    ),
                ),
                Field("token", QT_TRANSLATE_NOOP("core.networks", "Access token"), secret=True),
            ),
        ),
    ),
    probe_path="/api/v1/instance",
    own_server=True,
)
