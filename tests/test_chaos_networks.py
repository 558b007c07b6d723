"""Chaos across every network at once: 120 posts on X, Bluesky, Mastodon and Facebook Pages.

Two accounts per network (each fake serves several users, Pages or repositories), drafts cross-posted
with each account's own split (``prepare_parts``): single posts and 2–3 part threads on X, Bluesky and
Mastodon, one message per draft on Facebook, in Welsh with emoji, links, mentions and hashtags so
Bluesky's byte-offset facets meet multi-byte text. Every fake fails 30% of writes in every way it
can (5xx, 429 with its own rate-limit headers, dropped connections, lost answers, timeouts before and
after the write, Graph's 500-after-posting and non-JSON answers), and the real ``crier sync --once`` is
SIGKILLed at random moments and restarted at once (``tests/chaos.py``); nothing edits the database
between runs, and the fakes' rate limits reset within seconds. Once the faults end the outbox must
drain within a few restarts. Then every part must be on its server
exactly once, in queue order per account, each thread chained to its own earlier parts, every Bluesky
facet covering exactly its text, and the outbox must say every post was sent with the servers' ids.
"""

from __future__ import annotations

import os
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.accounts import AccountView
from desktop.core.db import open_database
from desktop.core.outbox import Outbox, PostView, State
from desktop.core.paths import app_paths
from desktop.core.posting import prepare_parts
from tests.chaos import run_chaos, sync_env
from tests.every_network import EveryNetwork, Servers
from tests.fakes.bluesky_fixtures import OTHER_HANDLE, BlueskyEnv
from tests.fakes.faults import Fault, FaultPlan
from tests.fakes.fixtures import XApiEnv
from tests.fakes.graph_api import GraphFault, RawAnswer
from tests.fakes.graph_fixtures import GraphEnv
from tests.fakes.mastodon_fixtures import MastodonEnv

pytestmark = [pytest.mark.slow, pytest.mark.integration]

POSTS_PER_ACCOUNT = 15
FAULT_SHARE = 0.3
FAULT_RUNS = 20  # runs while the servers inject faults, each killed at random once it publishes
MAX_RUNS_AFTER_FAULTS = 15
RATE_WINDOW = 2.0  # seconds: every fake's rate limits reset this soon, so a 429 costs seconds
MAX_PARTS = 3
THREADED = ("x", "bluesky", "mastodon")  # Facebook joins a thread into one message
LEAD_SIZES = (1, 2, 1, 3)  # parts a draft's leading account gets, in turn
#: A run is killed at a random moment in this window (seconds after 1–12 outbox events of its own)
#: unless it ends first, so kills land mid-publishing.
KILL_WINDOW = (0.0, 1.0)
SEED = int(os.environ.get("CRIER_CHAOS_SEED", "20260301"))  # another seed explores other schedules

# -- what the posts say ----------------------------------------------------------------------------

LINKS = (
    "https://www.caerdydd.gov.uk/ailgylchu?iaith=cy&tudalen=2",
    "https://cardiff.gov.uk/bins/collection-days",
    "caerdydd.gov.uk/biniau",  # no scheme: Bluesky's link facet covers the text, its uri adds https://
)
# How the official Bluesky app posts each link (social-app's toShortUrl: host, path cut to 13 and "...").
ON_BLUESKY = {
    "https://www.caerdydd.gov.uk/ailgylchu?iaith=cy&tudalen=2": "www.caerdydd.gov.uk/ailgylchu?ia...",
    "https://cardiff.gov.uk/bins/collection-days": "cardiff.gov.uk/bins/collect...",
    "caerdydd.gov.uk/biniau": "caerdydd.gov.uk/biniau",
}
TAGS = ("#Caerdydd", "#DyddGŵylDewi", "#Ailgylchu", "#Cymraeg", "#ŴylBanc")
MENTIONS = (f"@{OTHER_HANDLE}", "@cardiffcouncil.bsky.social")
SENTENCES = (
    "Mae'r biniau glas yn mynd allan ddydd Llun 🗑️♻️ peidiwch ag anghofio",
    "Dydd Gŵyl Dewi hapus 🏴󠁧󠁢󠁷󠁬󠁳󠁿🐉 i bawb yng Nghaerdydd a'r Fro",
    "Ffordd ar gau ger Llanfairpwllgwyngyll, defnyddiwch Heol-y-Bont 🚧 os gwelwch yn dda",
    "Diolch o galon i'r gwirfoddolwyr 👩‍👩‍👧 am eu gwaith caled eleni",
    "Tywydd: ☀️ → 🌧️ erbyn y prynhawn, gwisgwch gôt a sgidiau cryf",
    "Ŵyn bach ar y fferm ac ŷd yn y cae: â ê î ô û ŵ ŷ ẁ ẃ ẅ ỳ",
    "Biniau & ailgylchu: 3 bag yr wythnos <dim mwy> o fis Ebrill",
    "Council tax reminder: pay online before the 28th 💷 or call us",
    "Llyfrgell Treganna ar agor tan 7yh 📚 ar ddydd Iau",
)


def _sentence(rng: random.Random) -> str:
    """A sentence, a third of them carrying whitespace-delimited links, mentions or hashtags."""
    roll = rng.random()
    if roll < 0.12:
        return f"Mwy o wybodaeth: {rng.choice(LINKS)} 🔗 diolch"
    if roll < 0.22:
        return f"Holwch {rng.choice(MENTIONS)} 👋 am fanylion"
    if roll < 0.34:
        first, second = rng.sample(TAGS, 2)
        return f"{first} {second} 🏴󠁧󠁢󠁷󠁬󠁳󠁿"
    return f"{rng.choice(SENTENCES)} ({rng.randint(1, 999)})"


@dataclass(frozen=True)
class Draft:
    text: str
    parts: dict[int, list[str]]  # account id -> its parts, as the Post button would queue them


def _grow(rng: random.Random, number: int, lead: AccountView, target: int) -> str:
    """A draft that ``lead``'s network splits into exactly ``target`` parts."""
    while True:
        text = f"Rhif {number:03d}: {_sentence(rng)}"
        while len(prepare_parts(text, lead)) < target:
            text += f" {_sentence(rng)}"
        if len(prepare_parts(text, lead)) == target:
            return text


def _plan_drafts(accounts: Sequence[AccountView], rng: random.Random) -> list[Draft]:
    """Drafts cross-posted to 1–4 accounts until every account has its share, no part repeated.

    Each draft is led by the account with the most posts still to get, and grown until the lead gets
    the next size in LEAD_SIZES (Facebook leads always get one message); the others get their own
    split of the same text, and one whose split would exceed MAX_PARTS is left out of that draft.
    """
    wanted = {a.id: POSTS_PER_ACCOUNT for a in accounts}
    led = dict.fromkeys(wanted, 0)
    seen: dict[int, set[str]] = {a.id: set() for a in accounts}
    drafts: list[Draft] = []
    while any(wanted.values()):
        open_accounts = [a for a in accounts if wanted[a.id]]
        lead = max(open_accounts, key=lambda a: (wanted[a.id], rng.random()))
        others = [a for a in open_accounts if a is not lead]
        group = [lead, *rng.sample(others, min(len(others), rng.randint(0, 3)))]
        target = 1 if lead.network == "facebook" else LEAD_SIZES[led[lead.id] % len(LEAD_SIZES)]
        led[lead.id] += 1
        text = _grow(rng, len(drafts), lead, target)
        parts = {a.id: prepare_parts(text, a) for a in group}
        parts = {
            a: p
            for a, p in parts.items()
            if len(p) <= MAX_PARTS and not seen[a] & {" ".join(x.split()) for x in p}
        }
        if not parts:
            continue
        for account_id, account_parts in parts.items():
            seen[account_id].update(" ".join(x.split()) for x in account_parts)
            wanted[account_id] -= 1
        drafts.append(Draft(text, parts))
    return drafts


# -- the fakes' faults -------------------------------------------------------------------------------

COMMON_FAULTS = (
    Fault.server_error(),
    Fault.unavailable(),
    Fault.rate_limited(),  # each fake sends its own network's rate-limit headers with it (not Graph's)
    Fault.drop(),
    Fault.lost_answer(),
    Fault.timeout(seconds=1.0),
    Fault.timeout(seconds=1.0, commit=True),
)


def _add_faults(plan: FaultPlan, faults: Sequence[Fault], *, share: float, seed: int) -> None:
    """Each kind fails ``share / len(faults)`` of writes: a later rule sees only what earlier ones let by."""
    each = share / len(faults)
    for n, fault in enumerate(faults):
        plan.add_random(fault, fraction=each / (1 - n * each), seed=seed + n, method="WRITE")


def _fired(plan: FaultPlan) -> int:
    return sum(int(rule["fired"]) for rule in plan.rules())


# -- what the servers hold -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerPart:
    """One published part, the same shape for every network, to check order and thread links."""

    id: str  # what the outbox should have recorded as the part's remote id
    text: str
    parent: str | None
    root: str | None  # None where the network keeps no root (Mastodon, Facebook)


def _server_parts(servers: Servers, account: AccountView) -> list[ServerPart]:
    """The account's posts on its server, oldest first."""
    if account.network == "x":
        return [
            ServerPart(t.id, t.submitted_text, t.in_reply_to_tweet_id, t.conversation_id)
            for t in servers.x.state.tweets_for(account.remote_id, include_deleted=True)
        ]
    if account.network == "bluesky":

        def ref(record: dict[str, object], name: str) -> str | None:
            reply = record.get("reply")
            if not isinstance(reply, dict):
                return None
            return f"{reply[name]['uri']}|{reply[name]['cid']}"

        records = servers.bluesky.state.posts(account.remote_id)
        rkeys = [r.rkey for r in records]  # TIDs: the order the repository and the app list posts in
        assert rkeys == sorted(set(rkeys)), f"{account.handle}: record keys out of creation order"
        return [
            ServerPart(f"{r.uri}|{r.cid}", r.value["text"], ref(r.value, "parent"), ref(r.value, "root"))
            for r in records
        ]
    if account.network == "mastodon":
        return [
            ServerPart(s.id, s.text, s.in_reply_to_id, None)
            for s in servers.mastodon.state.statuses_for(account.remote_id, include_deleted=True)
        ]
    posts = servers.graph.state.posts_for(account.remote_id)
    assert not any(p.comments for p in posts), f"{account.handle}: a one-part post grew comments"
    return [ServerPart(p.id, p.message, None, None) for p in posts]


def _check_account(account: AccountView, sent: list[PostView], on_server: list[ServerPart]) -> None:
    """Exactly once and in order (the texts line up one to one), each thread chained to its own parts."""
    expected = [part for post in sent for part in post.parts]
    if account.network == "bluesky":  # links go out shortened, as the official app posts them
        expected = [" ".join(ON_BLUESKY.get(word, word) for word in part.split(" ")) for part in expected]
    assert [p.text for p in on_server] == expected, f"{account.handle}: server order/contents differ"
    at = 0
    for post in sent:
        published = on_server[at : at + len(post.parts)]
        at += len(post.parts)
        ids = [p.id for p in published]
        assert list(post.remote_ids) == ids, f"{account.handle} post {post.id}: outbox ids differ from server"
        for index, part in enumerate(published):
            if index == 0:
                assert part.parent is None, f"{account.handle} post {post.id}: first part is a reply"
                assert part.root in (None, part.id), f"{account.handle} post {post.id}: first part's root"
            else:
                assert part.parent == ids[index - 1], f"{account.handle} post {post.id} part {index}: parent"
                assert part.root in (None, ids[0]), f"{account.handle} post {post.id} part {index}: root"


_FACET_KINDS = {
    "app.bsky.richtext.facet#link": "link",
    "app.bsky.richtext.facet#mention": "mention",
    "app.bsky.richtext.facet#tag": "tag",
}


def _expected_facets(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every link, mention and hashtag written into the part, in order."""
    kinds = {
        **dict.fromkeys(ON_BLUESKY.values(), "link"),
        **dict.fromkeys(MENTIONS, "mention"),
        **dict.fromkeys(TAGS, "tag"),
    }
    return [(kinds[word], word) for word in text.split() if word in kinds]


def _check_facets(bsky: BlueskyEnv, did: str, dids: dict[str, str]) -> dict[str, int]:
    """Each facet's UTF-8 byte range covers exactly its link/mention/tag, and every one written has one."""
    counts = dict.fromkeys(_FACET_KINDS.values(), 0)
    for record in bsky.state.posts(did):
        text: str = record.value["text"]
        encoded = text.encode("utf-8")
        found = []
        for facet in sorted(record.value.get("facets") or [], key=lambda f: f["index"]["byteStart"]):
            start, end = facet["index"]["byteStart"], facet["index"]["byteEnd"]
            covered = encoded[start:end].decode("utf-8")  # raises on a range that splits a character
            (feature,) = facet["features"]
            kind = _FACET_KINDS[feature["$type"]]
            if kind == "link":
                full = next(link for link, shown in ON_BLUESKY.items() if shown == covered)
                assert feature["uri"] in (full, f"https://{full}"), (record.uri, covered, feature)
            elif kind == "mention":
                assert feature["did"] == dids[covered.lower()], (record.uri, covered, feature)
            else:
                assert covered == f"#{feature['tag']}", (record.uri, covered, feature)
            found.append((kind, covered))
            counts[kind] += 1
        assert found == _expected_facets(text), f"{record.uri}: facets {found} for {text!r}"
    return counts


# -- the test ------------------------------------------------------------------------------------------


def _short_rate_windows(servers: Servers) -> None:
    """Each fake's rate-limit headers promise access again within RATE_WINDOW seconds."""
    servers.x.state.set_rate_limit("POST /2/tweets", 300, window=RATE_WINDOW)
    for bucket, (limit, _) in list(servers.bluesky.state.config.rate_limits.items()):
        servers.bluesky.state.set_rate_limit(bucket, limit, RATE_WINDOW)
    for bucket, (limit, _) in list(servers.mastodon.state.rate_limits.items()):
        servers.mastodon.state.rate_limits[bucket] = (limit, RATE_WINDOW)


def test_chaos_all_networks_every_part_exactly_once(
    every_network: EveryNetwork,
    x_api: XApiEnv,
    bluesky_pds: BlueskyEnv,
    mastodon: MastodonEnv,
    graph_api: GraphEnv,
    tmp_path: Path,
) -> None:
    """The outbox's exactly-once promise holds on every network at once, whatever fails and whenever."""
    servers, accounts = every_network.servers, every_network.accounts
    _short_rate_windows(servers)
    rng = random.Random(SEED)
    db = open_database(app_paths())
    try:
        drafts = _plan_drafts(accounts, rng)
        outbox = Outbox(db)
        for draft in drafts:
            outbox.queue(list(draft.parts), [draft.text], parts_per_account=draft.parts)
    finally:
        db.close()
    sizes = {(a.network, len(p)) for d in drafts for a in accounts for p in [d.parts.get(a.id)] if p}
    for network in THREADED:
        assert {(network, n) for n in (1, 2, 3)} <= sizes, f"{network} lacks singles or 2-3 part threads"

    plans: dict[str, list[FaultPlan]] = {
        "x": [x_api.faults],
        "bluesky": [bluesky_pds.faults],
        "mastodon": [mastodon.faults],
        "facebook": [graph_api.faults, graph_api.answers],
    }
    _add_faults(x_api.faults, COMMON_FAULTS, share=FAULT_SHARE, seed=SEED)
    _add_faults(bluesky_pds.faults, (*COMMON_FAULTS, Fault.http(502)), share=FAULT_SHARE, seed=SEED + 10)
    _add_faults(mastodon.faults, (*COMMON_FAULTS, Fault.http(502)), share=FAULT_SHARE, seed=SEED + 20)
    regain = RATE_WINDOW / 60  # Graph says minutes; the fake may say a fraction of one
    graph_faults = (
        *(f for f in COMMON_FAULTS if f.status != 429),
        GraphFault.graph(4, status=429, regain_minutes=regain),  # the app's limit, with usage headers
        GraphFault.graph(80001, regain_minutes=regain),  # the Page's own limit, with x-page-usage headers
        GraphFault.graph(1, status=500, commit=True),  # 500 after the post was made
    )
    # One more Graph kind from its answers plan: an HTML page in place of the answer, after the write.
    # The two plans draw independently, so together they fail FAULT_SHARE of writes.
    not_json = FAULT_SHARE / (len(graph_faults) + 1)
    graph_api.answers.add_random(
        RawAnswer.of(200, "<html><body>Proxy error</body></html>", "text/html", commit=True),
        fraction=not_json,
        seed=SEED + 30,
        method="WRITE",
    )
    _add_faults(graph_api.faults, graph_faults, share=1 - (1 - FAULT_SHARE) / (1 - not_json), seed=SEED + 31)

    fired: dict[str, int] = {}

    def end_faults() -> None:
        fired.update(
            {network: sum(_fired(p) for p in network_plans) for network, network_plans in plans.items()}
        )
        for network_plans in plans.values():
            for plan in network_plans:
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
        posts = Outbox(db).posts()
    finally:
        db.close()
    assert [p for p in posts if p.state is not State.SENT] == []
    assert len(posts) == POSTS_PER_ACCOUNT * len(accounts)
    dids = {OTHER_HANDLE: bluesky_pds.other_did, bluesky_pds.account.handle: bluesky_pds.account.did}
    dids = {f"@{handle}": did for handle, did in dids.items()}
    facets = dict.fromkeys(_FACET_KINDS.values(), 0)
    for account in accounts:
        sent = sorted((p for p in posts if p.account_id == account.id), key=lambda p: p.id)
        _check_account(account, sent, _server_parts(servers, account))
        if account.network == "bluesky":
            for kind, n in _check_facets(bluesky_pds, account.remote_id, dids).items():
                facets[kind] += n
    assert all(facets.values()), f"some facet kind never went out: {facets}"
    parts = sum(len(p.parts) for p in posts)
    threads = {n: sum(len(p.parts) > 1 for p in posts if p.network == n) for n in THREADED}
    print(
        f"chaos (all networks, seed {SEED}): {runs.summary()}; "
        f"{sum(fired.values())} faults fired ({', '.join(f'{n} {c}' for n, c in fired.items())}); "
        f"{len(posts)} posts, {parts} parts exactly once (threads {threads}); Bluesky facets {facets}"
    )
