"""Chaos for bilingual posting (issue 15): Welsh-English pairs and bilingual posts, exactly once, Welsh first.

Pairs on X (two users of the fake X API) and on Mastodon (two accounts of the fake instance), and
bilingual posts (Welsh then English, threads where they don't fit) on a Bluesky account whose language
mode is "both". Every fake fails 30% of writes in every way it can and the real ``crier sync --once`` is
SIGKILLed at random and restarted (``tests/chaos.py``); nothing edits the database between runs. Then each
part must be on its server exactly once, in order, and the servers' own ids (X's snowflakes, Mastodon's
status ids: both count up in the order posts arrive, across accounts) must show every Welsh post of a
pair arrived before any part of its English one. The English accounts are connected first, so without
the pair rule their turn would come first.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop.core.accounts import Accounts, AccountView
from desktop.core.bilingual import Bilingual, assess_bilingual
from desktop.core.db import Database, open_database
from desktop.core.outbox import Outbox, PostView, State
from desktop.core.paths import app_paths
from tests.chaos import run_chaos, sync_env
from tests.fakes.bluesky_fixtures import BlueskyEnv
from tests.fakes.faults import Fault
from tests.fakes.fixtures import XApiEnv
from tests.fakes.mastodon_fixtures import MastodonEnv
from tests.test_chaos_networks import COMMON_FAULTS, _add_faults, _fired

pytestmark = [pytest.mark.slow, pytest.mark.integration]

PAIRS_PER_NETWORK = 5
BILINGUAL_POSTS = 5
FAULT_SHARE = 0.3
FAULT_RUNS = 10
MAX_RUNS_AFTER_FAULTS = 15
RATE_WINDOW = 2.0
KILL_WINDOW = (0.0, 1.0)
SEED = 20261206

WELSH = (
    "Mae'r biniau glas yn mynd allan ddydd Llun, peidiwch ag anghofio.",
    "Ffordd ar gau ger y bont, defnyddiwch Heol y Bont os gwelwch yn dda.",
    "Diolch o galon i'r gwirfoddolwyr am eu gwaith caled eleni.",
    "Ŵyn bach ar y fferm ac ŷd yn y cae.",
)
ENGLISH = (
    "The blue bins go out on Monday, please don't forget.",
    "Road closed near the bridge, please use Bridge Road.",
    "Heartfelt thanks to the volunteers for their hard work this year.",
    "Lambs on the farm and corn in the field.",
)


def _text(rng: random.Random, number: int, sentences: int) -> Bilingual:
    """Every sentence numbered: no part repeats another (a repeat could be mistaken for one that landed)."""
    picks = [rng.randrange(len(WELSH)) for _ in range(sentences)]
    return Bilingual(
        "Rhif: " + " ".join(f"{WELSH[i]} ({number}.{k})" for k, i in enumerate(picks)),
        "Number: " + " ".join(f"{ENGLISH[i]} ({number}.{k})" for k, i in enumerate(picks)),
    )


def _connect(x: XApiEnv, bsky: BlueskyEnv, masto: MastodonEnv, db: Database) -> dict[str, AccountView]:
    """English accounts first (lower ids take their turn first), then Welsh, then the bilingual one."""
    from desktop.core.connect import ConnectContext, connect
    from desktop.core.credentials import SecretStore
    from desktop.core.net import NetConfig, make_session
    from tests.keyrings import JsonFileTestKeyring

    forms: list[tuple[str, str, dict[str, str]]] = []
    for name in ("x_en", "x_cy"):
        user = x.state.add_user(name.replace("_", ""), name=name)
        tokens = x.state.issue_oauth1_tokens(user.id, x.app.consumer_key)
        values = {
            "consumer_key": x.app.consumer_key,
            "consumer_secret": x.app.consumer_secret,
            "access_token": tokens.access_token,
            "access_token_secret": tokens.access_token_secret,
        }
        forms.append((name, "x", values))
    welsh = masto.state.add_account("cyngor", display_name="Cyngor")
    forms += [
        ("masto_en", "mastodon", {"instance": masto.base_url, "token": masto.token}),
        (
            "masto_cy",
            "mastodon",
            {"instance": masto.base_url, "token": masto.state.issue_token(welsh.id, ("read", "write"))},
        ),
        (
            "bsky_both",
            "bluesky",
            {"handle": bsky.account.handle, "app_password": bsky.app_password, "service_url": bsky.base_url},
        ),
    ]
    session = make_session(NetConfig.from_env())
    try:
        accounts = Accounts(db)
        ctx = ConnectContext(accounts, SecretStore(backend=JsonFileTestKeyring()), session, {})
        found = {name: connect(form, values, ctx) for name, form, values in forms}
    finally:
        session.close()
    both = found["bsky_both"]
    accounts.update(both.id, settings={**both.settings, "language_mode": "both"})
    return {name: accounts.get(a.id) for name, a in found.items()}


def _on_server(x: XApiEnv, bsky: BlueskyEnv, masto: MastodonEnv, account: AccountView) -> list[tuple]:
    """(id, text, language tags) of the account's posts on its server, oldest first."""
    if account.network == "x":
        return [
            (t.id, t.submitted_text, None)
            for t in x.state.tweets_for(account.remote_id, include_deleted=True)
        ]
    if account.network == "mastodon":
        statuses = masto.state.statuses_for(account.remote_id, include_deleted=True)
        return [(s.id, s.text, s.language) for s in statuses]
    return [
        (f"{r.uri}|{r.cid}", r.value["text"], r.value.get("langs"))
        for r in bsky.state.posts(account.remote_id)
    ]


def test_chaos_pairs_and_bilingual_posts_exactly_once_welsh_first(
    x_api: XApiEnv,
    bluesky_pds: BlueskyEnv,
    mastodon: MastodonEnv,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CRIER_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("CRIER_X_API_BASE", x_api.base_url)
    x_api.state.set_rate_limit("POST /2/tweets", 300, window=RATE_WINDOW)
    for bucket, (limit, _) in list(bluesky_pds.state.config.rate_limits.items()):
        bluesky_pds.state.set_rate_limit(bucket, limit, RATE_WINDOW)
    for bucket, (limit, _) in list(mastodon.state.rate_limits.items()):
        mastodon.state.rate_limits[bucket] = (limit, RATE_WINDOW)
    rng = random.Random(SEED)
    db = open_database(app_paths().ensure())
    pairs: list[tuple[int, int]] = []
    try:
        accounts = _connect(x_api, bluesky_pds, mastodon, db)
        outbox = Outbox(db)
        number = 0
        for _ in range(PAIRS_PER_NETWORK):
            for network in ("x", "masto"):
                number += 1
                text = _text(rng, number, rng.choice((1, 2, 6)))  # 6 sentences: a thread on X
                chosen = [accounts[f"{network}_cy"], accounts[f"{network}_en"]]
                verdicts, languages = assess_bilingual(text, chosen, {}, pair=True)
                cy_post, en_post = outbox.queue_checked(verdicts, languages=languages, pair=True)
                pairs.append((cy_post, en_post))
        for _ in range(BILINGUAL_POSTS):
            number += 1
            text = _text(rng, number, rng.choice((1, 3)))  # 3 sentences each side: a thread on Bluesky
            verdicts, languages = assess_bilingual(text, [accounts["bsky_both"]], {})
            outbox.queue_checked(verdicts, languages=languages)
    finally:
        db.close()

    plans = [x_api.faults, bluesky_pds.faults, mastodon.faults]
    for n, plan in enumerate(plans):
        _add_faults(plan, (*COMMON_FAULTS, Fault.http(502)), share=FAULT_SHARE, seed=SEED + 10 * n)
    fired: list[int] = []

    def end_faults() -> None:
        fired.append(sum(_fired(p) for p in plans))
        for plan in plans:
            plan.clear()

    logs = tmp_path / "runs"
    logs.mkdir()
    runs = run_chaos(
        sync_env(),
        rng,
        logs,
        fault_runs=FAULT_RUNS,
        kill_window=KILL_WINDOW,
        end_faults=end_faults,
        max_after=MAX_RUNS_AFTER_FAULTS,
    )

    db = open_database(app_paths())
    try:
        posts = {p.id: p for p in Outbox(db).posts()}
    finally:
        db.close()
    assert [p.id for p in posts.values() if p.state is not State.SENT] == []
    for account in accounts.values():
        sent: list[PostView] = sorted(
            (p for p in posts.values() if p.account_id == account.id), key=lambda p: p.id
        )
        server = _on_server(x_api, bluesky_pds, mastodon, account)
        assert [text for _, text, _ in server] == [part for p in sent for part in p.parts], account.handle
        assert [s[0] for s in server] == [i for p in sent for i in p.remote_ids], account.handle
        for post in sent:
            tags = {
                s[2] if s[2] is None or isinstance(s[2], str) else tuple(s[2])
                for s in server
                if s[0] in post.remote_ids
            }
            expected = {"x": {None}, "mastodon": {post.language}, "bluesky": {("cy", "en")}}[account.network]
            assert tags == expected, (account.handle, post.id, tags)
            if account.network == "bluesky":  # Welsh first in every bilingual post: the thread opens with it
                whole = "\n".join(post.parts)
                assert post.parts[0].startswith("Rhif") and whole.index("Rhif") < whole.index("Number")
    for cy_post, en_post in pairs:
        welsh, english = posts[cy_post], posts[en_post]
        assert (welsh.language, english.language) == ("cy", "en")
        assert max(int(i) for i in welsh.remote_ids) < min(int(i) for i in english.remote_ids), (
            cy_post,
            en_post,
        )
    print(
        f"chaos (bilingual, seed {SEED}): {runs.summary()}; {sum(fired)} faults fired; {len(pairs)} pairs"
        f" Welsh first and {BILINGUAL_POSTS} bilingual posts, "
        f"{sum(len(p.parts) for p in posts.values())} parts exactly once"
    )
