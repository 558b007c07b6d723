"""Facebook Pages as a ``Network``."""

from __future__ import annotations

from desktop.core.networks.network import Field, Network, NetworkForm
from desktop.core.translatable import QT_TRANSLATE_NOOP

API_BASE = "https://graph.facebook.com"

FACEBOOK = Network(
    id="facebook",
    name="Facebook",
    char_limit=63_206,
    counting="graphemes",
    threaded=False,  # a Facebook post is never split
    image_slots=10,
    publisher="desktop.core.networks.facebook.publisher",
    exactly_once="No idempotency key: the first attempt's time is committed, and after an uncertain "
    "attempt the Page's feed since then is read for the message before posting again.",
    forms=(
        NetworkForm(
            "facebook",
            QT_TRANSLATE_NOOP("core.networks", "Facebook Page"),
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Paste a Page access token for the council's Page (from Meta Business Suite or the Graph API"
                " Explorer with the council's app; a long-lived or system-user token keeps working"
                " unattended).",
            ),
            (
                Field(
                    "page_id",
                    QT_TRANSLATE_NOOP("core.networks", "Page ID"),
                    help=QT_TRANSLATE_NOOP("core.networks", "optional when the token is the Page's own"),
                    optional=True,
                ),
                Field("token", QT_TRANSLATE_NOOP("core.networks", "Page access token"), secret=True),
            ),
        ),
    ),
    api_base=API_BASE,
    probe_path="/me",
)
