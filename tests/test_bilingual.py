"""Bilingual drafts (issue 15): the file format, what each account gets, the checks on both sides, and
Welsh-English pairs in the sync engine (a real database, the scripted network of tests/fakes)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from desktop.core.accounts import Accounts, AccountStatus, AccountView
from desktop.core.bilingual import (
    Bilingual,
    BilingualFormatError,
    assess_bilingual,
    balance_findings,
    check_sides,
    compose,
    parse_divided,
    wrong_language_findings,
)
from desktop.core.checks import tone_context
from desktop.core.counting import parts_for
from desktop.core.db import Database
from desktop.core.models import utcnow
from desktop.core.networks.bluesky.api import langs_for
from desktop.core.networks.publishing import ErrorKind, PartRequest, Published, PublishError
from desktop.core.outbox import Outbox, State
from desktop.core.posting import Blocked, check_override
from desktop.core.sync import SyncEngine
from tests.fakes.scripted import Network, ScriptedPublisher

CY = "Mae'r llyfrgell ar agor tan 8 heno. Croeso i bawb."
EN = "The library is open until 8 tonight. Everyone welcome."
LONG_CY = " ".join(["Mae'r ffordd ar gau oherwydd gwaith trwsio ar y bont dros yr afon."] * 5)
LONG_EN = " ".join(["The road is closed for repairs to the bridge over the river."] * 5)


def account(network: str = "x", mode: str | None = None, limit: int | None = None) -> AccountView:
    settings = {"language_mode": mode} if mode else {}
    if limit:
        settings["char_limit"] = limit
    return AccountView(
        1,
        network,
        "@council",
        "",
        "",
        "",
        "",
        (),
        AccountStatus.CONNECTED,
        "",
        settings,
        False,
        utcnow(),
        None,
    )


# -- the file format ----------------------------------------------------------------------------------


def test_divided_text_either_order_and_none_without_markers() -> None:
    assert parse_divided(f"---cy---\n{CY}\n---en---\n{EN}\n") == Bilingual(CY, EN)
    assert parse_divided(f"--- EN ---\n{EN}\n\n---cy---\n{CY}") == Bilingual(CY, EN)
    assert parse_divided("Just English --- with dashes\n---\nand a thread break") is None


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (f"Intro\n---cy---\n{CY}\n---en---\n{EN}", "before the first"),
        (f"---cy---\n{CY}\n---cy---\n{CY}", "more than one ---cy---"),
    ],
)
def test_badly_divided_text_is_one_sentence(text: str, says: str) -> None:
    with pytest.raises(BilingualFormatError, match=says):
        parse_divided(text)


# -- what each account gets ---------------------------------------------------------------------------


def test_monolingual_accounts_get_their_side() -> None:
    text = Bilingual(CY, EN)
    assert compose(text, account(mode="cy"), {}).text == CY
    assert compose(text, account(mode="en"), {}).language == "en"
    assert compose(text, account(), {"posting.language_mode": "en"}).text == EN  # the council's default


def test_bilingual_post_is_one_post_welsh_first_where_it_fits() -> None:
    composed = compose(Bilingual(CY, EN), account(mode="both"), {})
    assert composed.text == f"{CY}\n\n{EN}" and composed.language == "cy,en"
    assert parts_for(composed.text, "x") == [composed.text]  # counted as one
    flipped = compose(Bilingual(CY, EN), account(mode="both"), {"posting.bilingual_order": "en-first"})
    assert flipped.text == f"{EN}\n\n{CY}" and flipped.language == "en,cy"


@pytest.mark.parametrize("network", ["x", "bluesky", "mastodon"])
def test_bilingual_thread_opens_with_all_the_welsh_never_english_alone_first(network: str) -> None:
    composed = compose(Bilingual(LONG_CY, LONG_EN), account(network, mode="both"), {})
    parts = parts_for(composed.text, network)
    assert len(parts) >= 2
    welsh_parts = [i for i, p in enumerate(parts) if "ffordd" in p]
    english_parts = [i for i, p in enumerate(parts) if "road" in p]
    assert welsh_parts and english_parts and max(welsh_parts) < min(english_parts)
    assert "".join(parts).count("afon") == 5 and "".join(parts).count("river") == 5  # nothing lost


def test_an_accounts_own_limit_decides_whether_it_fits() -> None:
    text = Bilingual(CY, EN)
    assert "\n---\n" in compose(text, account("mastodon", mode="both", limit=80), {}).text
    assert "\n---\n" not in compose(text, account("mastodon", mode="both"), {}).text


def test_language_tags_for_the_networks() -> None:
    assert langs_for("cy,en") == ["cy", "en"]  # Bluesky: both; Mastodon takes the first (publisher)


# -- checks on both sides -----------------------------------------------------------------------------


def test_empty_or_much_shorter_side_is_a_warning_with_the_ratio() -> None:
    assert balance_findings(Bilingual(CY, EN)) == {}
    [(side, finding)] = balance_findings(Bilingual("Croeso.", EN)).items()
    assert side == "cy" and finding.severity == "warning" and "ratio 0.13" in finding.message
    [(side, finding)] = balance_findings(Bilingual(CY, "")).items()
    assert side == "en" and "English text is empty" in finding.message


@pytest.mark.parametrize("placeholder", ["[Welsh to follow]", "[Cymraeg i ddilyn]", "English to follow"])
def test_translation_placeholders_stop_the_post(placeholder: str) -> None:
    text = Bilingual(placeholder, EN) if "English" not in placeholder else Bilingual(CY, placeholder)
    verdicts, _ = assess_bilingual(text, [account(mode="both")], {})
    assert [f.rule for f in verdicts[0].findings] == ["placeholder"]
    with pytest.raises(Blocked, match="doesn't allow"):  # not overridable by default
        check_override(verdicts, "translation is late")


def test_personal_data_is_found_on_either_side() -> None:
    text = Bilingual(f"{CY} Ffoniwch Jo ar 07700 900123.", EN)
    sides = check_sides(text, ["cy", "en"], ["x"], tone_context({}, ["x"]))
    assert "personal-data" in {f.rule for f in sides["cy"].findings} and sides["cy"].has_errors
    verdicts, _ = assess_bilingual(text, [account(mode="both")], {})
    assert "personal-data" in verdicts[0].rules
    verdicts, _ = assess_bilingual(text, [account(mode="cy"), account(mode="en")], {}, pair=True)
    assert "personal-data" in verdicts[0].rules and verdicts[1].clear


def test_pre_election_rule_runs_on_both_sides() -> None:
    today = datetime.now().date()
    settings = {
        "tone.pre_election_periods": [
            {
                "name": "Local elections",
                "start": str(today - timedelta(days=1)),
                "end": str(today + timedelta(1)),
            }
        ],
        "tone.political_names": ["Cllr Jones"],
    }
    text = Bilingual(f"{CY} Diolch i Cllr Jones.", f"{EN} Thanks to Cllr Jones.")
    sides = check_sides(text, ["cy", "en"], ["x"], tone_context(settings, ["x"]))
    for side in ("cy", "en"):
        assert any("Jones" in sides[side].text[f.start : f.end] for f in sides[side].findings), side


def test_words_of_the_other_language_are_a_tip() -> None:
    from desktop.core.spelling import Speller, SpellingUnavailable

    speller = Speller()
    try:
        speller.load()
    except SpellingUnavailable as error:
        pytest.skip(f"no spelling dictionaries here: {error}")
    welsh = "Mae'r parking ar gau heddiw."
    tips = wrong_language_findings(welsh, "cy", speller)
    assert [(f.rule, f.severity, welsh[f.start : f.end]) for f in tips] == [
        ("wrong-language", "info", "parking")
    ]
    english = "The car park is closed heddiw."
    assert [english[f.start : f.end] for f in wrong_language_findings(english, "en", speller)] == ["heddiw"]
    assert wrong_language_findings(CY, "cy", speller) == []


# -- pairs in the sync engine -------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = utcnow() + timedelta(seconds=10)

    def __call__(self) -> datetime:
        return self.now


class Recording(ScriptedPublisher):
    """The scripted network, noting across accounts the order in which posts arrived."""

    arrived: list[tuple[int, str]]

    def publish(self, part: PartRequest) -> Published:
        published = super().publish(part)
        self.arrived.append((self.account_id, part.text))
        return published


@pytest.fixture
def net() -> Network:
    network = Network()
    network.arrived = []  # type: ignore[attr-defined]
    return network


@pytest.fixture
def engine(db: Database, net: Network) -> SyncEngine:
    def publisher(account: AccountView) -> Recording:
        recording = Recording(net, account)
        recording.arrived = net.arrived  # type: ignore[attr-defined]
        return recording

    return SyncEngine(db, publisher, clock=Clock(), rng=random.Random(1))


def queue_pair(db: Database) -> tuple[int, int, int, int]:
    """An English account made first, so without the pair rule it would take its turn first."""
    accounts = Accounts(db)
    english = accounts.add("x", "@council")
    welsh = accounts.add("x", "@cyngor")
    verdicts, languages = assess_bilingual(Bilingual(CY, EN), [welsh, english], {}, pair=True)
    cy_post, en_post = Outbox(db).queue_checked(verdicts, languages=languages, pair=True)
    return welsh.id, english.id, cy_post, en_post


def test_pair_goes_out_welsh_first_each_exactly_once(db: Database, engine: SyncEngine, net: Network) -> None:
    welsh, english, cy_post, en_post = queue_pair(db)
    outbox = Outbox(db)
    assert outbox.get(en_post).pair_hold.startswith("Waiting for its Welsh pair on @cyngor to go out")
    assert engine.run_once().sent == [cy_post, en_post]
    assert net.arrived == [(welsh, CY), (english, EN)]  # type: ignore[attr-defined]
    assert engine.run_once().sent == []
    views = {p.id: p for p in outbox.posts()}
    assert views[cy_post].language == "cy" and views[en_post].language == "en"
    assert views[cy_post].pair_id == views[en_post].pair_id and views[en_post].pair_index == 1


def test_welsh_needing_sign_in_holds_the_english_with_the_reason_on_both(
    db: Database, engine: SyncEngine, net: Network
) -> None:
    welsh, english, cy_post, en_post = queue_pair(db)
    net.fail_next("publish", PublishError(ErrorKind.NEEDS_SIGN_IN, "Sign in to @cyngor again."))
    report = engine.run_once()
    assert report.paused_accounts == [cy_post] and report.sent == []
    outbox = Outbox(db)
    assert outbox.get(cy_post).as_json()["error"] == "Sign in to @cyngor again."
    held = outbox.get(en_post).as_json()
    assert held["state"] == "queued" and "needs signing in" in held["error"] and held["pair"]["waiting"]
    Accounts(db).mark(welsh, AccountStatus.CONNECTED)
    assert engine.run_once().sent == [cy_post, en_post]
    assert [a for a, _ in net.arrived] == [welsh, english]  # type: ignore[attr-defined]


def test_english_account_needing_sign_in_holds_the_welsh(
    db: Database, engine: SyncEngine, net: Network
) -> None:
    welsh, english, cy_post, en_post = queue_pair(db)
    Accounts(db).mark(english, AccountStatus.NEEDS_SIGN_IN, "Signed out.")
    assert engine.run_once().sent == []
    assert "English pair on @council" in Outbox(db).get(cy_post).pair_hold
    Accounts(db).mark(english, AccountStatus.CONNECTED)
    assert engine.run_once().sent == [cy_post, en_post]


def test_welsh_needing_attention_holds_the_english_until_retried(
    db: Database, engine: SyncEngine, net: Network
) -> None:
    welsh, english, cy_post, en_post = queue_pair(db)
    net.fail_next("publish", PublishError(ErrorKind.NEEDS_EDITING, "X says this is a duplicate."))
    assert engine.run_once().needs_attention == [cy_post]
    outbox = Outbox(db)
    assert "needs attention: X says this is a duplicate." in outbox.get(en_post).pair_hold
    assert engine.run_once().sent == []
    outbox.retry(cy_post)
    assert engine.run_once().sent == [cy_post, en_post]
    assert len(net.arrived) == 2  # type: ignore[attr-defined]


def test_cancelling_one_of_a_pair_cancels_both(db: Database) -> None:
    _, _, cy_post, en_post = queue_pair(db)
    Outbox(db).cancel(en_post)
    assert {p.state for p in Outbox(db).posts()} == {State.CANCELLED}


def test_a_bilingual_draft_keeps_both_sides_and_its_copy_does_too(db: Database) -> None:
    from desktop.core.store import DraftStore

    store = DraftStore(db)
    draft = store.create(body="Library open late")
    saved = store.save(draft.id, title="", body=draft.body, bilingual=True, text_cy=CY, text_en=EN)
    assert (saved.bilingual, saved.text_cy, saved.text_en, saved.body) == (True, CY, EN, "Library open late")
    assert store.get(draft.id) == saved
    copy = store.duplicate(draft.id)
    assert (copy.bilingual, copy.text_cy, copy.text_en) == (True, CY, EN) and copy.id != draft.id
