"""Review 7c (council IT and a Welsh-speaking comms team): each test failed on main for the reason it names.

Real parts only: real policy files, the real `crier` command in a subprocess, a real SQLite data folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.core.policy import load_policy
from desktop.core.tone import PreElectionPeriod, ToneContext, check
from tests.postgres import OWNER_PASSWORD, TeamDatabase, unique_name
from tests.team_pcs import PC
from tests.test_cli import REPO


def crier(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "en_GB.UTF-8", "LANGUAGE": "", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


# -- a policy file nested deeper than the key locator can follow ---------------------------------------------


def _deep_policy(tmp_path: Path, depth: int = 600) -> Path:
    """Valid JSON (``json.loads`` reads it: its C scanner allows ~1000 levels) with a deep value."""
    policy = tmp_path / "policy.json"
    policy.write_text(
        '{"posting.require_alt_text": false,\n "tone.banned_terms": ' + "[" * depth + "]" * depth + "}",
        encoding="utf-8",
    )
    return policy


def test_a_deeply_nested_policy_file_is_one_plain_problem_not_a_crash(tmp_path: Path) -> None:
    """On main, json.loads accepted it but locate_keys (two Python frames a level) raised RecursionError out
    of load_policy: the window said "could not open the drafts database", every command "something went
    wrong (RecursionError)" and --selftest printed the bare exception."""
    policy = load_policy(_deep_policy(tmp_path))
    [problem] = policy.problems
    assert "this isn't valid JSON (nested too deeply)" in problem.message
    assert "none of the file is applied" in problem.message
    assert dict(policy.values) == {}


def test_every_command_still_works_under_a_deeply_nested_policy_file(tmp_path: Path) -> None:
    result = crier("outbox", CRIER_POLICY_FILE=str(_deep_policy(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "The outbox is empty.\n"
    [line] = result.stderr.splitlines()
    assert line.startswith("crier: policy.json line 1, column 1: this isn't valid JSON (nested too deeply)")


# -- Welsh posts get the same guardrails as English ones ---------------------------------------------------

ELECTION = ToneContext(
    pre_election_periods=(PreElectionPeriod("Senedd 2026", date(2026, 3, 23), date(2026, 5, 7)),),
    today=date(2026, 4, 20),
)


def _flagged(text: str, rule: str) -> list[str]:
    return [text[f.start : f.end] for f in check(text, context=ELECTION) if f.rule == rule]


@pytest.mark.parametrize(
    ("english", "welsh", "blanks"),
    [
        ("The fair is on DATE at TIME in VENUE.", "Mae'r ffair ar DYDDIAD am AMSER yn LLEOLIAD.", 3),
        ("Book at LINK or call PHONE.", "Archebwch yn DOLEN neu ffoniwch FFÔN.", 2),
        ("Ask NAME at ADDRESS.", "Gofynnwch i ENW yn CYFEIRIAD.", 2),
    ],
)
def test_a_welsh_placeholder_stops_a_post_as_the_english_one_does(
    english: str, welsh: str, blanks: int
) -> None:
    """On main "DATE" was an error (it stops the post) and "DYDDIAD" nothing: a Welsh draft went out with its
    blanks unfilled."""
    assert len(_flagged(english, "placeholder")) == blanks
    assert len(_flagged(welsh, "placeholder")) == blanks


def test_welsh_capitals_that_are_words_are_not_placeholders() -> None:
    assert _flagged("Mae Amser Hamdden yn dechrau ddydd Llun. Dyddiad: 3 Mai.", "placeholder") == []


@pytest.mark.parametrize(
    ("english", "welsh"),
    [
        ("Vote Welsh Labour on Thursday.", "Pleidleisiwch dros Lafur Cymru ddydd Iau."),
        ("A win for the Welsh Conservatives.", "Buddugoliaeth i'r Ceidwadwyr Cymreig."),
        (
            "The Liberal Democrats and the Green Party met.",
            "Cyfarfu'r Democratiaid Rhyddfrydol a'r Blaid Werdd.",
        ),
        ("A stall run by Plaid Cymru.", "Stondin gan Blaid Cymru."),
        ("Councillor Alex Jones opened it.", "Agorodd y Cynghorydd Alex Jones hi."),
        ("Cllr Alex Jones opened it.", "Agorodd Cyng. Alex Jones hi."),
        ("Alex Jones MS visited.", "Ymwelodd Alex Jones AS."),
        ("The council leader is proud to announce it.", "Mae arweinydd y cyngor yn falch o gyhoeddi hyn."),
        ("The biggest ever investment in schools.", "Y buddsoddiad mwyaf erioed mewn ysgolion."),
        ("The cabinet member for housing said so.", "Dywedodd yr aelod cabinet dros dai hynny."),
    ],
)
def test_a_welsh_post_in_a_pre_election_period_is_warned_as_the_english_one_is(
    english: str, welsh: str
) -> None:
    """On main every one of these Welsh posts passed in silence in the pre-election period while its English
    twin was warned: the party names, titles and promotion phrases were English only."""
    assert _flagged(english, "pre-election"), english
    assert _flagged(welsh, "pre-election"), welsh


def test_ordinary_welsh_words_are_not_parties_or_promotion() -> None:
    text = "Llafur caled yw garddio. Mae'r ardal yn wyrdd. Cyhoeddodd y cyngor amserlen newydd."
    assert _flagged(text, "pre-election") == []


WELSH_COUNCIL_SENTENCES = [
    "Defnyddiwch y ffurflen ar-lein er mwyn cyflwyno cais am drwydded barcio i breswylwyr.",
    "Gwnewch gais am le mewn ysgol gynradd erbyn canol mis Ionawr eleni.",
    "Adnewyddwch eich tocyn bws rhatach ar-lein cyn iddo ddod i ben ddiwedd y flwyddyn.",
    "Dysgwch fwy am gymorth costau byw sydd ar gael gan eich awdurdod lleol eleni.",
    "Bydd casgliadau biniau ailgylchu yn digwydd ddydd Mawrth yr wythnos nesaf oherwydd gŵyl y banc.",
    "Talwch eich treth gyngor yn fisol drwy ddebyd uniongyrchol er mwyn arbed amser.",
]


@pytest.mark.parametrize("sentence", WELSH_COUNCIL_SENTENCES)
def test_an_everyday_welsh_sentence_is_not_scored_by_the_english_reading_age_formula(sentence: str) -> None:
    """The reading-age check leaves Welsh sentences alone (an English formula would score them as hard), but
    on main it told four of these plain Welsh sentences "Reading age about 12-14: aim for 9 or under": the
    word list that recognises Welsh had 99 words and knew none of "er mwyn", "cais", "erbyn", "gael" nor
    Welsh's own spelling (an imperative's -wch, a word starting dd, ff, ll, ngh)."""
    assert _flagged(sentence, "reading-age") == []


def test_a_hard_english_sentence_with_welsh_place_names_is_still_scored() -> None:
    text = (
        "Residents of Llanelli, Ffestiniog and Llandudno are reminded that applications for discretionary "
        "housing assistance necessitate comprehensive documentation demonstrating financial circumstances."
    )
    assert _flagged(text, "reading-age")


@pytest.mark.parametrize(
    ("english", "welsh"),
    [
        ("Fill in the form in order to apply.", "Llenwch y ffurflen er mwyn gwneud cais."),
        (
            "We will write to you in relation to your bin.",
            "Byddwn yn ysgrifennu atoch mewn perthynas â'ch bin.",
        ),
        ("The new hub will facilitate access.", "Bydd y ganolfan newydd yn hwyluso mynediad."),
    ],
)
def test_welsh_jargon_gets_the_plain_words_help_english_jargon_gets(english: str, welsh: str) -> None:
    """An English post is offered "to" for "in order to"; a Welsh one is never offered "i" for "er mwyn":
    a Welsh team gets none of the plain-language help. The fix is a Welsh list beside plain_english.json
    (Cymraeg Clir's advice, reviewed by a Welsh Language Officer), used on sentences is_welsh finds."""
    assert _flagged(english, "plain-english")
    assert _flagged(welsh, "plain-english")


@pytest.mark.parametrize(
    ("welsh", "offered"),
    [
        ("Llenwch y ffurflen er mwyn gwneud cais.", "i wneud"),  # "i" softens the next word
        ("Cysylltwch â ni ynghylch cais am le.", "am gais"),
        ("Mae'r tîm yma mewn perthynas â bin gwyrdd.", "am fin"),  # â's word unchanged, then softened
    ],
)
def test_a_plainer_welsh_word_is_offered_with_the_next_word_mutated(welsh: str, offered: str) -> None:
    [finding] = [f for f in check(welsh) if f.rule == "plain-english"]
    assert finding.suggestion == offered
    assert welsh[finding.end :].startswith((" ", ".")) and offered.split()[0] in finding.message


@pytest.mark.parametrize(
    "welsh",
    [
        "Er mwyn i chi gael lle, cofrestrwch heddiw.",  # "so that": "i" would change the meaning
        "Mae'r tîm yma mewn perthynas â chwaraeon y sir.",  # after "â", ch- could be c- or ch-: no guess
        "Fill in the form in order to apply, er mwyn cyrraedd.",  # an English sentence
    ],
)
def test_no_plain_welsh_swap_is_offered_where_it_would_be_wrong(welsh: str) -> None:
    assert [f.suggestion for f in check(welsh) if f.rule == "plain-english" and " " in (f.suggestion or "")
            and f.suggestion.startswith(("i ", "am "))] == []  # fmt: skip


# -- a joined PC whose keyring lost the team password -------------------------------------------------------


@pytest.mark.integration
def test_a_joined_pc_whose_keyring_lost_the_team_password_is_told_to_join_again(
    tmp_path: Path, team_db: TeamDatabase
) -> None:
    """A cleared Credential Manager (a rebuilt profile, a tidy-up) leaves the PC joined with no password for
    the team. On main Crier signed in with none and said "the team database refused the password for alice",
    so she thought her password had changed and asked IT to reset it; nothing was refused but a blank."""
    it = PC(tmp_path / "it")
    it.ok("team", "init", team_db.owner_url(with_password=False), stdin=OWNER_PASSWORD + "\n")
    name = unique_name("alice")
    it.ok("team", "add-user", name, "--role", "author", stdin="alice-pw\n")
    pc = PC(tmp_path / "alice")
    pc.ok("team", "join", team_db.url_for(name), stdin="alice-pw\n")
    pc.keyring_file.write_text("{}", encoding="utf-8")  # the user's credential store, emptied
    result = pc.run("team", "status")
    assert "Traceback" not in result.stderr
    assert "refused the password" not in result.stderr, result.stderr
    assert "crier team join" in result.stderr and name in result.stderr, result.stderr


# -- a bilingual draft's words in the record of what was written ---------------------------------------------

WELSH_TEXT = "Mae'r llyfrgell ar agor tan 8pm heno."
ENGLISH_TEXT = "The library is open until 8pm tonight."


def test_drafts_show_and_export_keep_a_bilingual_drafts_welsh_and_english_welsh_first() -> None:
    """`crier drafts show/export` (a comms team's record, an FOI answer) printed a bilingual draft's one
    monolingual text, empty or stale, so its Welsh and English words were in no record at all."""
    from desktop.core.db import open_database
    from desktop.core.paths import app_paths
    from desktop.core.store import DraftStore

    db = open_database(app_paths().ensure())
    try:
        store = DraftStore(db)
        draft = store.create(body="An early English note")
        store.save(draft.id, title="", body="An early English note", bilingual=True,
                   text_cy=WELSH_TEXT, text_en=ENGLISH_TEXT)  # fmt: skip
    finally:
        db.close()
    shown = crier("drafts", "show", str(draft.id))
    assert shown.returncode == 0, shown.stderr
    assert WELSH_TEXT in shown.stdout and ENGLISH_TEXT in shown.stdout
    assert shown.stdout.index(WELSH_TEXT) < shown.stdout.index(ENGLISH_TEXT)
    exported = crier("drafts", "export", "--format", "csv").stdout
    assert WELSH_TEXT in exported and exported.index(WELSH_TEXT) < exported.index(ENGLISH_TEXT)
    [record] = json.loads(crier("drafts", "export").stdout)
    assert (record["bilingual"], record["text_cy"], record["text_en"]) == (True, WELSH_TEXT, ENGLISH_TEXT)


def test_a_bilingual_drafts_welsh_and_english_words_are_found_by_search_and_name_it() -> None:
    """Search ("wyl finds ŵyl") never finds a bilingual draft by its Welsh or English words, and the list
    calls it "Untitled draft" (or by a stale early note): the full-text index (migration 0001) and the
    derived title read only ``body``. The fix is a local migration that indexes text_cy and text_en too,
    and a display title taken from the Welsh side (else the English) when the draft is bilingual."""
    from desktop.core.db import open_database
    from desktop.core.drafts import DraftQuery
    from desktop.core.paths import app_paths
    from desktop.core.store import DraftStore

    db = open_database(app_paths().ensure())
    try:
        store = DraftStore(db)
        draft = store.create(body="")
        store.save(draft.id, title="", body="", bilingual=True,
                   text_cy="Dewch i ŵyl y llyfrgell ddydd Sadwrn.",
                   text_en="Come to the library festival on Saturday.")  # fmt: skip
        assert store.count(DraftQuery(text="llyfrgell")) == 1
        assert store.count(DraftQuery(text="festival")) == 1
        assert store.get(draft.id).display_title == "Dewch i ŵyl y llyfrgell ddydd Sadwrn."
    finally:
        db.close()


def test_a_bilingual_draft_written_before_the_upgrade_is_found_and_named_after_it() -> None:
    """Migration 0010 re-indexes drafts already on disk and names an untitled bilingual one by its Welsh."""
    from desktop.core.db import open_database
    from desktop.core.drafts import DraftQuery
    from desktop.core.paths import app_paths
    from desktop.core.store import DraftStore
    from tests.old_databases import database_at

    paths = app_paths().ensure()
    with database_at(paths.database, "0009") as conn:
        conn.exec_driver_sql(
            "INSERT INTO drafts (title, display_title, body, bilingual, text_cy, text_en, status, networks,"
            " language, ignored_findings, media, created_at, updated_at) VALUES ('', '', '', 1,"
            " 'Dewch i ŵyl y llyfrgell.', 'Come to the library festival.', 'draft', '[]', 'en', '[]', '[]',"
            " '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
        )
    db = open_database(paths)
    try:
        store = DraftStore(db)
        assert [d.title for d in store.page(DraftQuery(text="wyl"))] == ["Dewch i ŵyl y llyfrgell."]
        assert store.count(DraftQuery(text="festival")) == 1
        [draft] = store.page(DraftQuery())
        assert draft.snippet == "Dewch i ŵyl y llyfrgell."
    finally:
        db.close()


def test_a_bilingual_draft_is_named_by_the_side_the_team_posts_first() -> None:
    from desktop.core.db import open_database
    from desktop.core.drafts import DraftQuery
    from desktop.core.paths import app_paths
    from desktop.core.store import DraftStore

    db = open_database(app_paths().ensure())
    try:
        store = DraftStore(db, order=lambda: ("en", "cy"))
        draft = store.create(body="")
        saved = store.save(draft.id, title="", body="", bilingual=True, text_cy="", text_en="")
        assert saved.display_title == ""
        saved = store.save(draft.id, title="", body="", text_cy="Croeso", text_en="Welcome")
        assert saved.display_title == "Welcome"
        assert [d.snippet for d in store.page(DraftQuery(text="croeso"))] == ["Welcome"]
    finally:
        db.close()


def test_crier_check_shows_the_sides_in_the_order_the_team_posts_them(tmp_path: Path) -> None:
    """With the team's "English first" policy, `crier check` listed the Welsh first all the same."""
    policy = tmp_path / "policy.json"
    policy.write_text('{"posting.bilingual_order": "en-first"}', encoding="utf-8")
    post = tmp_path / "post.txt"
    post.write_text(f"---cy---\n{WELSH_TEXT}\n---en---\n{ENGLISH_TEXT}\n", encoding="utf-8")
    english_first = crier("check", str(post), CRIER_POLICY_FILE=str(policy))
    assert english_first.returncode == 0, english_first.stderr
    assert english_first.stdout.index("English (en):") < english_first.stdout.index("Cymraeg (cy):")
    welsh_first = crier("check", str(post)).stdout
    assert welsh_first.index("Cymraeg (cy):") < welsh_first.index("English (en):")
    assert "en-first" in crier("queue", "--help").stdout


def test_the_welsh_side_of_a_bilingual_draft_gets_plain_welsh_help_that_apply_and_ignore_act_on() -> None:
    from desktop.core.bilingual import Bilingual, run_bilingual_checks
    from desktop.core.checks import finding_key
    from desktop.core.tone import ToneContext

    draft = Bilingual("Llenwch y ffurflen er mwyn gwneud cais.", "Fill in the form in order to apply.")
    text = f"{draft.cy}\n\n{draft.en}"  # what the window checks: Welsh, a blank line, English
    found = [
        f for f in run_bilingual_checks(draft, ["x"], ToneContext()).findings if f.rule == "plain-english"
    ]
    assert [f.suggestion for f in found] == ["i wneud", "to"]
    welsh = found[0]
    applied = text[: welsh.start] + (welsh.suggestion or "") + text[welsh.end :]
    assert applied.startswith("Llenwch y ffurflen i wneud cais.")
    ignored = run_bilingual_checks(draft, ["x"], ToneContext(), ignored=[finding_key(text, welsh)])
    assert [f.suggestion for f in ignored.findings if f.rule == "plain-english"] == ["to"]
