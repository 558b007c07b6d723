"""`crier check --lang`, `crier queue` of a ---cy--- / ---en--- file and `crier queue --pair`, as scripts
use them: real subprocesses against a real SQLite file in the test's own data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.accounts import Accounts
from desktop.core.db import open_database
from desktop.core.paths import app_paths
from tests.test_cli import crier
from tests.test_cli_queue import outbox, plain, write

CY = "Mae'r llyfrgell ar agor tan 8 heno. Croeso i bawb."
EN = "The library is open until 8 tonight. Everyone welcome."
DIVIDED = f"---cy---\n{CY}\n---en---\n{EN}\n"


@pytest.fixture
def accounts() -> None:
    db = open_database(app_paths().ensure())
    try:
        store = Accounts(db)
        store.add("x", "@council", settings={"language_mode": "en"})
        store.add("x", "@cyngor", settings={"language_mode": "cy"})
        store.add("mastodon", "@sir", settings={"language_mode": "both"})
    finally:
        db.close()


def test_queue_help_documents_the_bilingual_format() -> None:
    result = crier("queue", "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "---cy---" in text and "---en---" in text and "--pair @welsh,@english" in text


def test_each_account_gets_what_its_language_mode_asks_for(tmp_path: Path, accounts: None) -> None:
    path = write(tmp_path, "post.txt", DIVIDED)
    result = crier("queue", path, "--account", "@council", "--account", "@cyngor", "--account", "@sir")
    assert result.returncode == 0, result.stderr
    posts = {p["account"]: p for p in outbox()}
    assert posts["@council"]["text"] == EN and posts["@council"]["language"] == "en"
    assert posts["@cyngor"]["text"] == CY and posts["@cyngor"]["language"] == "cy"
    assert posts["@sir"]["parts"] == [f"{CY}\n\n{EN}"] and posts["@sir"]["language"] == "cy,en"
    assert all(p["pair"] is None for p in posts.values())


def test_pair_is_queued_as_a_pair_and_the_english_shows_why_it_waits(tmp_path: Path, accounts: None) -> None:
    result = crier("queue", write(tmp_path, "post.txt", DIVIDED), "--pair", "@cyngor,@council")
    assert result.returncode == 0, result.stderr
    posts = {p["account"]: p for p in outbox()}
    welsh, english = posts["@cyngor"], posts["@council"]
    assert welsh["text"] == CY and english["text"] == EN
    assert welsh["pair"]["id"] == english["pair"]["id"]
    assert [welsh["pair"]["index"], english["pair"]["index"]] == [0, 1]
    waiting = "Waiting for its Welsh pair on @cyngor to go out first."
    assert english["error"] == english["pair"]["waiting"] == waiting
    assert welsh["error"] is None
    assert "Waiting for its Welsh pair" in crier("outbox").stdout


@pytest.mark.parametrize(
    ("args", "text", "says"),
    [
        (["--pair", "@cyngor,@council"], "Just one language.\n", "--pair needs a bilingual file"),
        (["--pair", "@cyngor"], DIVIDED, "--pair takes two accounts"),
        (["--account", "@sir"], f"Intro\n{DIVIDED}", "text before the first ---cy---"),
    ],
)
def test_bad_bilingual_input_is_one_sentence_and_queues_nothing(
    tmp_path: Path, accounts: None, args: list[str], text: str, says: str
) -> None:
    result = crier("queue", write(tmp_path, "post.txt", text), *args)
    assert result.returncode == 2, result.stdout + result.stderr
    plain(result)
    assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert outbox() == []


def test_placeholder_for_the_other_language_stops_the_pair(tmp_path: Path, accounts: None) -> None:
    path = write(tmp_path, "post.txt", f"---cy---\n[Cymraeg i ddilyn]\n---en---\n{EN}\n")
    result = crier("queue", path, "--pair", "@cyngor,@council", "--override", "late")
    assert result.returncode == 1 and "Cymraeg i ddilyn" in result.stderr
    assert outbox() == []


def test_check_both_sides_and_each_side(tmp_path: Path) -> None:
    path = write(tmp_path, "post.txt", f"---cy---\nCroeso.\n---en---\n{EN} Call Jo on 07700 900123.\n")
    both = crier("check", path)
    assert both.returncode == 1, both.stdout + both.stderr  # personal data in the English
    assert "Cymraeg (cy):" in both.stdout and "English (en):" in both.stdout
    assert "bilingual-balance" in both.stdout and "ratio" in both.stdout
    welsh = crier("check", "--lang", "cy", path)
    assert welsh.returncode == 0 and "English (en):" not in welsh.stdout
    found = json.loads(crier("check", "--lang", "both", "--json", path).stdout)
    assert found["ok"] is False and {f["rule"] for f in found["en"]["findings"]} >= {"personal-data"}


def test_check_lang_of_one_text(tmp_path: Path) -> None:
    path = write(tmp_path, "post.txt", f"{CY}\n")
    assert crier("check", "--lang", "cy", path).returncode == 0
    both = crier("check", "--lang", "both", path)
    assert both.returncode == 2 and "--lang both needs a bilingual file" in both.stderr


def test_an_accounts_language_mode_is_set_from_the_command_line(tmp_path: Path, accounts: None) -> None:
    result = crier("accounts", "language", "@council", "both")
    assert result.returncode == 0 and "Welsh and English" in result.stdout, result.stderr
    assert crier("queue", write(tmp_path, "post.txt", DIVIDED), "--account", "@council").returncode == 0
    [post] = outbox()
    assert post["text"] == f"{CY}\n\n{EN}" and post["language"] == "cy,en"
    assert crier("accounts", "language", "@council", "default").returncode == 0
    bad = crier("accounts", "language", "@council", "fr")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
