"""Review, session 7 (an attacker and chaos tester against exactly-once publishing): each test is a defect
found by trying it, with real parts (the HTTP fakes of ``tests/fakes/``, real SQLite files, the real
PostgreSQL of ``tests/postgres.py``). Time moves only on the fakes' clocks and the engine's injected clock;
nothing here edits the database."""

from __future__ import annotations

import random
from pathlib import Path

import requests

from desktop.core.accounts import Accounts
from desktop.core.attachments import Attachment
from desktop.core.credentials import SecretStore
from desktop.core.db import Database
from desktop.core.net import NetConfig
from desktop.core.networks.registry import publisher_factory
from desktop.core.outbox import Outbox, State
from desktop.core.sync import SyncEngine
from tests import test_x_auth as x_shared
from tests.fakes.crier_side import EngineClock, png
from tests.fakes.faults import Fault
from tests.test_x_auth import XWorld
from tests.test_x_publisher import oauth1_account

# Fixtures shared by name with the networks' own test modules.
x_api_factory = x_shared.x_api_factory
world = x_shared.world
session = x_shared.session


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
