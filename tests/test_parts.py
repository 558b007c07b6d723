"""Each network gets its own parts, counts and preview, all from one text (issue 14).

Every test here failed before `counting.parts_for`: the draft was split for X and that split was applied to
Mastodon and Facebook, Bluesky's byte limit was not counted, `http://localhost:8080` was not a link and a long
link cost its full length on Bluesky.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop.core.accounts import AccountStatus, AccountView
from desktop.core.counting import measure
from desktop.core.networks.bluesky.richtext import LINK, facet_text, features, find_facets
from desktop.core.posting import prepare_parts

# What this work added is imported where it is used, so that each test fails on its own before it.

REPO = Path(__file__).resolve().parents[1]
FAMILY = "👨‍👩‍👧‍👦"  # one grapheme, 25 UTF-8 bytes
COUNCIL_LINK = "https://www.cardiff.gov.uk/ENG/resident/Bins-and-recycling/x"  # 60 characters
# 388 characters (375 on X and Mastodon): two posts on X, one on Mastodon and Facebook.
LONG = (
    "Roadworks on Church Street start on Monday 3 June and last three weeks. Buses 27 and 28 will divert "
    "via Station Road, and the stop outside the library will close. Bins will be collected as usual, but "
    "please put them out by 7am. Full details and a map: https://www.cardiff.gov.uk/roadworks "
    "Questions? Ask us here and we will answer as soon as we can. Thank you for your patience meanwhile."
)


def account(network: str, **settings: object) -> AccountView:
    return AccountView(
        id=1, network=network, handle="@council", display_name="", remote_id="1", service_url="",
        auth_kind="token", secret_names=(), status=AccountStatus.CONNECTED, status_message="",
        settings=dict(settings), is_default=True, created_at=datetime.now(UTC), last_used_at=None,
    )  # fmt: skip


# --- one text, each network's own parts ---------------------------------------------------------------


def test_each_network_splits_the_one_text_for_its_own_limit() -> None:
    from desktop.core.counting import parts_for

    assert len(LONG) == 388
    x = parts_for(LONG, "x")
    assert len(x) == 2 and x[0].endswith(" 1/2") and x[1].endswith(" 2/2")
    assert parts_for(LONG, "mastodon") == [LONG]
    assert parts_for(LONG, "bluesky")[0].endswith(" 1/2")
    assert parts_for(LONG, "facebook") == [LONG]


def test_a_facebook_post_is_never_split_or_numbered() -> None:
    # What "Use these parts" used to leave in a draft: X's breaks. Facebook still gets one post.
    draft = "Roadworks on Church Street.\n---\nDetails: https://www.cardiff.gov.uk/roadworks"
    [post] = prepare_parts(draft, account("facebook"))
    assert post == "Roadworks on Church Street.\n\nDetails: https://www.cardiff.gov.uk/roadworks"
    assert "1/2" not in post
    [long_post] = prepare_parts(LONG * 20, account("facebook"))
    assert long_post == (LONG * 20).strip()


def test_a_manual_break_is_honoured_where_threads_exist() -> None:
    from desktop.core.counting import parts_for

    draft = "First, the news.\n---\nThen the details."
    assert parts_for(draft, "mastodon") == ["First, the news. 1/2", "Then the details. 2/2"]
    assert prepare_parts(draft, account("x")) == parts_for(draft, "x")


def test_the_post_dialog_and_queue_get_the_parts_the_counts_show() -> None:
    from desktop.core.counting import network_parts

    shares = {n: network_parts(LONG, n) for n in ("x", "mastodon", "facebook")}
    for network, share in shares.items():
        assert list(share.parts) == prepare_parts(LONG, account(network))
        assert share.valid
    assert prepare_parts(LONG, account("mastodon", char_limit=300))[0].endswith(" 1/2")


# --- Bluesky: two limits --------------------------------------------------------------------------------


def test_bluesky_counts_bytes_as_well_as_graphemes_and_splits_by_both() -> None:
    from desktop.core.counting import parts_for

    draft = FAMILY * 200  # 200 graphemes (under 300) but 5000 bytes (over 3000)
    whole = measure(draft, "bluesky")
    assert (whole.length, whole.bytes, whole.byte_limit) == (200, 5000, 3000)
    assert whole.remaining == 100 and whole.too_long and not whole.valid
    assert whole.over is not None and len(draft[: whole.over[0]].encode()) <= 3000
    parts = parts_for(draft, "bluesky")
    assert len(parts) == 2
    for part in parts:
        counted = measure(part, "bluesky")
        assert counted.valid and counted.bytes <= 3000 and counted.length <= 300
    assert "".join(p.rsplit(" ", 1)[0] for p in parts) == draft


def test_crier_check_reports_both_bluesky_measures(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text(FAMILY * 200, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "check", "--network", "bluesky", "--json", str(post)],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    [bluesky] = json.loads(result.stdout)["counts"]
    measured = (bluesky["length"], bluesky["limit"], bluesky["bytes"], bluesky["byte_limit"])
    assert measured == (200, 300, 5000, 3000)
    assert bluesky["valid"] is False and bluesky["bytes_remaining"] == -2000
    assert [p["bytes"] <= 3000 and p["valid"] for p in bluesky["parts"]] == [True, True]
    plain = subprocess.run(
        [sys.executable, "-m", "desktop", "check", "--network", "bluesky", str(post)],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert plain.stdout.splitlines()[0] == "Bluesky 200/300 (5000/3000 bytes) → 2 posts"


# --- Bluesky: links as the official app finds and shortens them ----------------------------------------


@pytest.mark.parametrize("link", ["http://localhost:8080", "https://intranet/x"])
def test_a_link_without_a_dot_is_a_link(link: str) -> None:
    from desktop.core.networks.bluesky.richtext import link_spans

    text = f"Staff: see {link} today"
    [found] = features(find_facets(text, lambda _h: None), LINK)
    assert found["uri"] == link
    assert [text[s:e] for s, e, _ in link_spans(text)] == [link]


WORDS = ["see", "http://localhost:8080", "https://intranet/x", "example.com/a.", "(www.gov.wales)"]
WORDS += ["a.notatld/x", "Cardiff.Gov.UK", "x.co!", FAMILY, "#tag", "https://example.com/(a)", "\n"]
LINKISH = st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(LINKISH | st.text(max_size=40))
def test_the_counters_links_are_the_links_the_sdk_finds(text: str) -> None:
    from atproto_client.utils.facet_regexes import URL_REGEX

    from desktop.core.networks.bluesky import richtext as bluesky_richtext

    assert bluesky_richtext._LINK.pattern == URL_REGEX.pattern  # the same rule, without the SDK's import
    encoded = text.encode("utf-8", "surrogatepass")
    by_sdk = [
        (len(encoded[: f["index"]["byteStart"]].decode()), len(encoded[: f["index"]["byteEnd"]].decode()))
        for f in find_facets(text, lambda _h: None)
        if f["features"][0]["$type"] == LINK
    ]
    assert [(start, end) for start, end, _ in bluesky_richtext.link_spans(text)] == by_sdk


@pytest.mark.parametrize(
    ("url", "shown"),
    [  # social-app's toShortUrl: host, then a path of up to 15 characters or 13 and "..."
        ("https://example.com", "example.com"),
        ("https://example.com/", "example.com"),
        ("https://example.com/abcdefghijklmn", "example.com/abcdefghijklmn"),
        ("https://example.com/abcdefghijklmno", "example.com/abcdefghijkl..."),
        ("http://localhost:8080", "localhost:8080"),
        ("https://EXAMPLE.com:443/A?b=1#c", "example.com/A?b=1#c"),
        ("https://example.com/?", "example.com"),
        ("https://cardiff.gov.uk/gŵyl", "cardiff.gov.uk/gŵyl"),  # letters as letters, not %C5%B5
        ("example.com/abcdefghijklmnopqrstuvwxyz", "example.com/abcdefghijklmnopqrstuvwxyz"),
        ("ftp://example.com/abcdefghijklmnopqrstuvwxyz", "ftp://example.com/abcdefghijklmnopqrstuvwxyz"),
        ("https://example.com/a\ud800?q=\udc00", "example.com/a\ufffd?q=\ufffd"),  # a lone surrogate, as JS
    ],
)
def test_links_are_shortened_as_the_bluesky_app_shortens_them(url: str, shown: str) -> None:
    from desktop.core.networks.bluesky.richtext import to_short_url

    assert to_short_url(url) == shown


def test_a_long_council_link_costs_what_it_costs_in_the_official_app() -> None:
    assert len(COUNCIL_LINK) == 60
    shown = "www.cardiff.gov.uk/ENG/resident..."
    assert measure(COUNCIL_LINK, "bluesky").length == len(shown) == 34
    assert measure(f"Bins: {COUNCIL_LINK}", "bluesky").length == 6 + 34


def test_the_posted_text_is_shortened_and_every_facet_points_into_it() -> None:
    from desktop.core.networks.bluesky.richtext import rich_text

    text = f"{FAMILY} Bins: {COUNCIL_LINK} #Caerdydd and http://localhost:8080/long/path/here/too ok"
    sent, facets = rich_text(text, lambda _h: None)
    shown = "www.cardiff.gov.uk/ENG/resident... #Caerdydd and localhost:8080/long/path/he... ok"
    assert sent == f"{FAMILY} Bins: {shown}"
    assert [facet_text(sent, f) for f in facets] == [
        "www.cardiff.gov.uk/ENG/resident...",
        "#Caerdydd",
        "localhost:8080/long/path/he...",
    ]
    uris = [f["uri"] for f in features(facets, LINK)]
    assert uris == [COUNCIL_LINK, "http://localhost:8080/long/path/here/too"]


# --- the preview ------------------------------------------------------------------------------------------


def test_the_preview_shows_each_networks_parts_links_images_and_language() -> None:
    from desktop.core.counting import network_parts
    from desktop.core.preview import mastodon_link, preview

    text = LONG.replace("https://www.cardiff.gov.uk/roadworks", COUNCIL_LINK)
    shares = [network_parts(text, n) for n in ("x", "bluesky", "mastodon", "facebook")]
    shown = {p.network: p for p in preview(shares, ["Map of the diversion", ""], "cy")}
    assert [len(shown[n].posts) for n in ("x", "bluesky", "mastodon", "facebook")] == [2, 2, 1, 1]
    assert shown["x"].posts[1].shown.endswith(" 2/2")
    assert "www.cardiff.gov.uk/ENG/resident..." in "".join(p.shown for p in shown["bluesky"].posts)
    assert mastodon_link(COUNCIL_LINK) == "cardiff.gov.uk/ENG/resident/Bi…"
    assert "cardiff.gov.uk/ENG/resident/Bi…" in shown["mastodon"].posts[0].shown
    assert shown["facebook"].posts[0].shown == text and COUNCIL_LINK in shown["facebook"].posts[0].shown
    assert [(i.number, i.alt_text) for i in shown["bluesky"].images] == [(1, "Map of the diversion"), (2, "")]
    assert (shown["bluesky"].language, shown["mastodon"].language, shown["x"].language) == ("cy", "cy", None)


# --- the window -------------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot):  # noqa: ANN001, ANN201
    from desktop.core.db import open_database
    from desktop.core.paths import app_paths
    from desktop.core.store import DraftStore
    from desktop.ui.main_window import MainWindow

    db = open_database(app_paths().ensure())
    store = DraftStore(db)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, store
    win.close()
    db.close()


def _open(qtbot, win, store, body: str, networks: tuple[str, ...]) -> None:  # noqa: ANN001
    draft = store.create(body=body, networks=networks)
    win.model.reload()
    qtbot.waitUntil(lambda: win.model.row_of(draft.id) >= 0)
    win.select_draft(draft.id)
    qtbot.waitUntil(lambda: win.editor.draft is not None and win.editor.draft.id == draft.id)


def test_counts_show_each_networks_own_parts_and_the_preview_shows_them(qtbot, window) -> None:  # noqa: ANN001
    win, store = window
    _open(qtbot, win, store, LONG, ("x", "mastodon", "facebook"))
    toggles = win.editor.counts.toggles
    qtbot.waitUntil(lambda: toggles["x"].text() == "X 375/280 → 2 posts", timeout=5000)  # a link costs 23
    assert toggles["mastodon"].text() == "Mastodon 375/500"
    assert toggles["facebook"].text() == "Facebook 388/63206"
    assert "c62828" not in toggles["x"].styleSheet()  # a thread, not "too long for X"
    assert all(f.rule != "length" for f in win.last_checks.findings)

    win.editor.counts.preview_button.click()  # where "Split into thread" was
    assert win.tabs.currentWidget() is win.preview
    qtbot.waitUntil(lambda: len(win.preview.previews) == 3, timeout=5000)
    posts = {p.network: [post.shown for post in p.posts] for p in win.preview.previews}
    assert [len(posts[n]) for n in ("x", "mastodon", "facebook")] == [2, 1, 1]
    assert posts["facebook"] == [LONG] and posts["mastodon"] == [
        LONG.replace("https://www.cardiff.gov.uk/roadworks", "cardiff.gov.uk/roadworks")
    ]
    assert "1/2" in win.preview.view.toPlainText() and "Facebook" in win.preview.view.toPlainText()
    assert win.editor.body.toPlainText() == LONG  # the draft still holds one text

    qtbot.keyClick(win, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert win.tabs.currentWidget() is win.editor


def test_bluesky_bytes_are_counted_live(qtbot, window) -> None:  # noqa: ANN001
    win, store = window
    _open(qtbot, win, store, FAMILY * 200, ("bluesky",))
    button = win.editor.counts.toggles["bluesky"]
    qtbot.waitUntil(lambda: button.text() == "Bluesky 200/300 · 5000/3000 bytes → 2 posts", timeout=5000)
    assert "over the limit of 3000 bytes by 2000" in button.toolTip()
