"""Online means "this account's network answers": each connected account's own API host is probed.

The probe here is a double that answers per URL, so a test can cut one network off; the real probe
(``net.probe`` through the app's session and proxy) is exercised by tests/test_proxy_outbox.py.
"""

from __future__ import annotations

import random
from urllib.parse import urlsplit

import pytest

from desktop.core.accounts import Accounts, AccountStatus
from desktop.core.db import Database
from desktop.core.net import NetProblem, ProbeResult
from desktop.core.outbox import Outbox
from desktop.core.reachability import check, probe_url
from desktop.core.store import DraftStore
from desktop.core.sync import SyncEngine
from desktop.ui.main_window import MainWindow
from tests.fakes.scripted import Network, ScriptedPublisher

X_HOST = "api.x.com"
MASTODON = "https://masto.cymru.test"
BLUESKY = "https://pds.cymru.test"


class Hosts:
    """Which hosts answer; every probed URL is kept."""

    def __init__(self, *down: str) -> None:
        self.down = set(down)
        self.probed: list[str] = []

    def __call__(self, url: str) -> ProbeResult:
        self.probed.append(url)
        host = urlsplit(url).hostname or ""
        if host in self.down:
            return ProbeResult(False, NetProblem("offline", f"Crier couldn't connect to {host}.", ""), None)
        return ProbeResult(True, None, 2.0, 404)

    @property
    def hosts(self) -> set[str]:
        return {urlsplit(u).hostname or "" for u in self.probed}


@pytest.fixture
def net() -> Network:
    return Network()


def _window(qtbot, db: Database, net: Network, hosts: Hosts) -> MainWindow:  # noqa: ANN001
    engine = SyncEngine(db, lambda account: ScriptedPublisher(net, account), rng=random.Random(5))
    window = MainWindow(DraftStore(db), sync=(engine, hosts))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _states(window: MainWindow) -> dict[int, str]:
    model = window.posting.panel.model
    return {model.post(row).id: model.index(row, 0).data() for row in range(model.rowCount())}


# -- the core rule ----------------------------------------------------------------------------------------


def test_each_connected_account_s_own_host_once_and_no_other(db: Database) -> None:
    accounts = Accounts(db)
    accounts.add("x", "@one")
    accounts.add("x", "@two")
    accounts.add("mastodon", "@cyngor@masto.cymru.test", service_url=MASTODON)
    signed_out = accounts.add("bluesky", "cyngor.bsky.social", service_url=BLUESKY)
    accounts.mark(signed_out.id, AccountStatus.NEEDS_SIGN_IN, "Sign in again.")
    hosts = Hosts(X_HOST)

    reach = check(accounts.all(), hosts)

    assert sorted(hosts.probed) == sorted([probe_url(accounts.get(1)), f"{MASTODON}/api/v1/instance"])
    assert {h.network: h.result.online for h in reach.hosts} == {"x": False, "mastodon": True}
    assert reach.reachable == {3} and not reach.online
    assert reach.problem is not None and X_HOST in reach.problem.message


def test_no_account_no_probe(db: Database) -> None:
    hosts = Hosts()
    reach = check(Accounts(db).all(), hosts)
    assert hosts.probed == [] and reach.online and reach.reachable == frozenset()


# -- the window ---------------------------------------------------------------------------------------------


def test_a_mastodon_only_council_posts_with_no_route_to_x(qtbot, db: Database, net: Network) -> None:  # noqa: ANN001
    account = Accounts(db).add("mastodon", "@cyngor@masto.cymru.test", service_url=MASTODON)
    hosts = Hosts(X_HOST)  # the proxy blocks X: it must not matter
    window = _window(qtbot, db, net, hosts)
    post_id = Outbox(db).queue([account.id], ["Mae'r llyfrgell ar agor heddiw."])[0]
    window.posting.sync.kick()

    qtbot.waitUntil(lambda: _states(window).get(post_id) == "Sent", timeout=5000)
    assert hosts.hosts == {"masto.cymru.test"}  # X was never asked
    assert window.posting.online_label.text() == "● Online"
    window.close()


def test_the_status_bar_names_what_can_t_be_reached_and_the_rest_goes(
    qtbot, db: Database, net: Network
) -> None:  # noqa: ANN001
    accounts = Accounts(db)
    x = accounts.add("x", "@cardiff").id
    bluesky = accounts.add("bluesky", "cardiff.bsky.social", service_url=BLUESKY).id
    mastodon = accounts.add("mastodon", "@cardiff@masto.cymru.test", service_url=MASTODON).id
    outbox = Outbox(db)
    held = outbox.queue([bluesky], ["Road closed"]) + outbox.queue([bluesky], ["Road open"])
    going = outbox.queue([x, mastodon], ["Bins on Tuesday"])
    hosts = Hosts("pds.cymru.test")
    window = _window(qtbot, db, net, hosts)  # posts left from last time: it starts sending at once

    qtbot.waitUntil(lambda: all(_states(window).get(p) == "Sent" for p in going), timeout=5000)
    assert [_states(window)[p] for p in held] == ["Waiting: Bluesky can't be reached"] * 2
    label = window.posting.online_label
    qtbot.waitUntil(lambda: "Bluesky can't be reached; 2 posts wait for it" in label.text(), timeout=5000)
    assert label.text().startswith("○") and "X" not in label.text().replace("Bluesky", "")

    hosts.down.clear()
    window.posting.sync.kick()
    qtbot.waitUntil(lambda: all(_states(window).get(p) == "Sent" for p in held), timeout=5000)
    assert label.text() == "● Online"
    assert [t for _, t, _ in net.posts[bluesky]] == ["Road closed", "Road open"]
    window.close()
