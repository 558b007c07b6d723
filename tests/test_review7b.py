"""Review, session 7 (an attacker and chaos tester against exactly-once publishing): each test is a defect
found by trying it, with real parts (the HTTP fakes of ``tests/fakes/``, real SQLite files, the real
PostgreSQL of ``tests/postgres.py``). Time moves only on the fakes' clocks and the engine's injected clock;
nothing here edits the database."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest
import requests

from desktop.core.accounts import Accounts
from desktop.core.attachments import Attachment
from desktop.core.credentials import SecretStore
from desktop.core.db import Database
from desktop.core.net import NetConfig
from desktop.core.networks.publishing import PublishError
from desktop.core.networks.registry import publisher_factory
from desktop.core.outbox import Outbox, State
from desktop.core.sync import SyncEngine
from tests import test_hostile_networks as hostile
from tests import test_x_auth as x_shared
from tests.fakes.crier_side import EngineClock, png
from tests.fakes.faults import Fault
from tests.fakes.hostile import Act, HostileFront
from tests.test_hostile_networks import front
from tests.test_x_auth import XWorld
from tests.test_x_publisher import oauth1_account

# Fixtures shared by name with the networks' own test modules.
x_api_factory = x_shared.x_api_factory
world = x_shared.world
session = x_shared.session
mastodon_env, mastodon_factory = hostile.mastodon_env, hostile.mastodon_factory
bluesky_pds, bluesky_pds_factory = hostile.bluesky_pds, hostile.bluesky_pds_factory
graph_api, graph_api_factory = hostile.graph_api, hostile.graph_api_factory
__all__ = ["front"]  # a fixture, imported by name


# -- an image post that waited a day -------------------------------------------------------------------


def test_an_image_post_that_waited_a_day_offline_goes_out_with_its_image_when_back_online(
    world: XWorld, accounts: Accounts, secrets: SecretStore, session: requests.Session, db: Database,
    tmp_path: Path,
) -> None:  # fmt: skip
    """Field staff queue a post with a photo on flaky 4G: the photo uploads, then the connection drops
    before the post itself goes, and the laptop is shut until the next morning. X (like Mastodon and
    Facebook) keeps an uploaded photo that no post uses for only a day, so the next morning X refuses the
    saved media id ("Your media IDs are invalid") and the post "needs editing"; Retry sends the same dead
    id again, every time, and nothing the officer can edit makes it work. A photo uploaded that long ago
    must be uploaded again."""
    account = oauth1_account(world, accounts, secrets, session)
    clock = EngineClock()
    factory = publisher_factory(accounts, secrets=secrets, net_config=NetConfig.from_env(), settings={})
    engine = SyncEngine(db, factory, clock=clock, rng=random.Random(7))
    image = tmp_path / "gritter.png"
    image.write_bytes(png())
    alt = "A yellow gritting lorry on a snowy road at night."
    outbox = Outbox(db)
    [post] = outbox.queue(
        [account.id], ["Gritters are out tonight."], media=[Attachment(image, alt, "image/png")]
    )
    world.server.faults.add(Fault.drop(), method="POST", path="/2/tweets")  # the 4G drops after the upload
    assert engine.run_once().waiting == [post]
    assert len(world.state.media_for(world.user.id)) == 1

    world.state.clock.advance(25 * 3600)  # the next morning, for X and for Crier
    clock.advance(hours=25)
    report = engine.run_once()

    assert outbox.get(post).state is State.SENT, outbox.get(post).error
    assert report.sent == [post]
    [tweet] = world.state.tweets_for(world.user.id)
    [media_id] = tweet.media_ids
    assert world.state.media(media_id).alt_text == alt


# -- a page that isn't Mastodon's in place of its answer --------------------------------------------------

BLOCK_PAGE = (
    b"<!DOCTYPE html><html><head><title>Not found</title></head><body><h1>404 Not Found</h1>"
    b"<p>The page you requested was not found.</p><hr><address>nginx</address></body></html>"
)


def test_a_404_page_to_a_mastodon_post_is_not_told_as_an_earlier_post_deleted_since(
    request: pytest.FixtureRequest, front: HostileFront, accounts: Accounts, secrets: SecretStore,
    db: Database,
) -> None:  # fmt: skip
    """A council's Mastodon server is moved behind a new reverse proxy that answers POST /api/v1/statuses
    with its own "404 Not Found" page. The post has never been sent, yet Crier says: "An earlier attempt
    already posted this on ..., and it has since been deleted there, so Crier won't post it again", and
    every Retry says it again. Any 404 to a post was read as Mastodon's "Record not found" for an
    Idempotency-Key whose status was deleted; only those words from Mastodon mean that."""
    harness, backend = hostile.BUILDERS["mastodon"](request, front, accounts, secrets)
    front.backend_url = backend
    clock = EngineClock()
    factory = publisher_factory(accounts, secrets=secrets, net_config=NetConfig.from_env(), settings={})
    engine = SyncEngine(db, factory, clock=clock, rng=random.Random(7))
    [account] = accounts.all()
    outbox = Outbox(db)
    [post] = outbox.queue([account.id], ["Library opening hours change from Monday."])
    block = front.add(Act.BLOCK, method="POST", path=harness.post_path, status=404, body=BLOCK_PAGE,
                      headers={"Content-Type": "text/html"}, times=None)  # fmt: skip

    engine.run_once()
    said = outbox.get(post).error
    assert "already posted" not in said and "deleted" not in said, said
    assert harness.landed() == []

    block.times = 0  # the proxy is put right
    clock.advance(hours=1)
    if outbox.get(post).state is State.NEEDS_ATTENTION:
        outbox.retry(post)
    assert engine.run_once().sent == [post]
    assert len(harness.landed()) == 1


@pytest.mark.parametrize("status", [403, 404])
def test_a_web_filters_block_page_is_not_told_as_xs_refusal(
    request: pytest.FixtureRequest, front: HostileFront, accounts: Accounts, secrets: SecretStore, status: int
) -> None:
    """A council's web filter answers the post to X with its own "Access denied" page (403, HTML). Crier
    said "X didn't allow this (403). X said: forbidden. Check the post and the account, then send it again":
    the officer checks a post and an account that are fine, and no one asks IT. Facebook's publisher already
    tells a page that isn't Graph's apart; X's took any 403 for X's own."""
    harness, backend = hostile.BUILDERS["x"](request, front, accounts, secrets)
    front.backend_url = backend
    page = b"<html><body><h1>Access denied</h1><p>Blocked by your web filter.</p></body></html>"
    front.add(Act.BLOCK, method="POST", path=harness.post_path, status=status, body=page,
              headers={"Content-Type": "text/html"}, times=None)  # fmt: skip
    publisher = harness.publisher()
    with pytest.raises(PublishError) as caught:
        publisher.publish(hostile.part(publisher))
    said = caught.value.message
    assert "X didn't allow" not in said and "X said" not in said, said
    assert "Something between this computer and X" in said and "api.x.com" in said and str(status) in said
    assert harness.landed() == []


# -- a rate limit whose reset is absurd ---------------------------------------------------------------------

LIMIT_HEADERS = {
    "x": lambda value: {"x-rate-limit-remaining": "0", "x-rate-limit-reset": value},
    "bluesky": lambda value: {"ratelimit-remaining": "0", "ratelimit-reset": value},
    "facebook": lambda value: {"retry-after": value},
    "mastodon": lambda value: {"x-ratelimit-remaining": "0", "x-ratelimit-reset": ISO.get(value, value)},
}
ISO = {"99999999999": "5138-11-16T09:46:39.000Z"}  # Mastodon says its reset as a time
LIMIT_BODIES = {
    "x": b'{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}',
    "bluesky": b'{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}',
    "mastodon": b'{"error":"Too many requests"}',
    "facebook": b'{"error":{"message":"(#4) Application request limit reached","code":4}}',
}


@pytest.mark.parametrize("network", ["x", "bluesky", "facebook", "mastodon"])
@pytest.mark.parametrize("reset", ["99999999999", "nan", "1e300"])
def test_a_rate_limit_reset_years_away_or_not_a_time_holds_a_post_a_day_at_most(
    request: pytest.FixtureRequest, front: HostileFront, accounts: Accounts, secrets: SecretStore,
    db: Database, network: str, reset: str,
) -> None:  # fmt: skip
    """A broken gateway (or a hostile one) answers a post with 429 and a reset in the year 5138, or "nan":
    Crier took the first at its word (the post, and every later post of the account, waited until 5138:
    "Crier will try again at ... 5138") and crashed reading the second (the post stopped as "an answer Crier
    couldn't read, so Crier can't tell whether this post went out", a falsehood after a 429). No network
    limits posting for more than a day; a wait past that, or unreadable, is the network's usual wait."""
    harness, backend = hostile.BUILDERS[network](request, front, accounts, secrets)
    front.backend_url = backend
    settings = {"x.client_id": request.getfixturevalue("world").app.client_id} if network == "x" else {}
    net = NetConfig(proxy="direct", **harness.base(front))
    clock = EngineClock()
    engine = SyncEngine(db, publisher_factory(accounts, secrets=secrets, net_config=net, settings=settings),
                        clock=clock, rng=random.Random(7))  # fmt: skip
    [account] = accounts.all()
    outbox = Outbox(db)
    [post] = outbox.queue([account.id], ["Swimming lessons restart next week."])
    status = 400 if network == "facebook" else 429  # Graph's app limit is code 4 (its status varies)
    front.add(Act.BLOCK, method="POST", path=harness.post_path, status=status, body=LIMIT_BODIES[network],
              headers={"Content-Type": "application/json", **LIMIT_HEADERS[network](reset)})  # fmt: skip

    assert engine.run_once().waiting == [post], outbox.get(post).error
    waits = outbox.get(post).next_attempt_at
    assert waits is not None and waits <= clock() + timedelta(days=1, minutes=1)
    clock.advance(days=1, minutes=2)
    assert engine.run_once().sent == [post]
    assert len(harness.landed()) == 1
