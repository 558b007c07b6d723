"""X as a ``Network``."""

from __future__ import annotations

from desktop.core.networks.network import Field, Network, NetworkForm
from desktop.core.translatable import QT_TRANSLATE_NOOP

API_BASE = "https://api.x.com"

X = Network(
    id="x",
    name="X",
    char_limit=280,
    counting="x",
    threaded=True,
    image_slots=4,
    publisher="desktop.core.networks.x.publisher",
    exactly_once="No idempotency key: after an uncertain attempt the account's own recent posts are read "
    "for the same text and parent before posting again, and X refuses an exact repeat.",
    forms=(
        NetworkForm(
            "x-browser",
            QT_TRANSLATE_NOOP("core.networks", "X (sign in with the browser)"),
            QT_TRANSLATE_NOOP(
                "core.networks",
                "Your browser opens X's sign-in page. Sign in as the council's account and choose Authorize"
                " app; Crier then finishes by itself. The app is your council's own X developer app.",
            ),
            (),
        ),
        NetworkForm(
            "x",
            QT_TRANSLATE_NOOP("core.networks", "X (paste the app's keys)"),
            QT_TRANSLATE_NOOP(
                "core.networks",
                "From the council's X developer app (Keys and tokens), paste the API key and secret and the"
                " access token and secret made for the account.",
            ),
            (
                Field("consumer_key", QT_TRANSLATE_NOOP("core.networks", "API key")),
                Field("consumer_secret", QT_TRANSLATE_NOOP("core.networks", "API key secret"), secret=True),
                Field("access_token", QT_TRANSLATE_NOOP("core.networks", "Access token")),
                Field(
                    "access_token_secret",
                    QT_TRANSLATE_NOOP("core.networks", "Access token secret"),
                    secret=True,
                ),
            ),
        ),
    ),
    api_base=API_BASE,
    probe_path="/2/users/me",
)
