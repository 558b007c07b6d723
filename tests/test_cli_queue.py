"""`crier check` and `crier queue` as scripts use them: the post gate, overrides, caps and plain answers.

Real subprocesses against a real SQLite file in the test's own data folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.accounts import Accounts
from desktop.core.db import open_database
from desktop.core.paths import app_paths
from tests.test_cli import REPO, crier

PERSONAL = "Call Jo on 07700 900123 or email jo.bloggs@gmail.com about the bins.\n"
SWEARING = "The bins are shit this week, sorry.\n"


@pytest.fixture
def account() -> str:
    db = open_database(app_paths().ensure())
    try:
        Accounts(db).add("x", "@council")
    finally:
        db.close()
    return "@council"


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def outbox() -> list[dict]:
    result = crier("outbox", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def plain(result: subprocess.CompletedProcess[str]) -> None:
    """One sentence, no traceback, no 'something went wrong'."""
    assert "Traceback" not in result.stderr and "something went wrong" not in result.stderr, result.stderr


# -- the gate -----------------------------------------------------------------------------------------


def test_queue_refuses_personal_data_listing_the_findings(tmp_path: Path, account: str) -> None:
    result = crier("queue", write(tmp_path, "post.txt", PERSONAL))
    assert result.returncode == 1, result.stdout + result.stderr
    plain(result)
    assert "07700 900123" in result.stderr and "jo.bloggs@gmail.com" in result.stderr
    assert "Nothing was queued" in result.stderr
    assert outbox() == []


def test_personal_data_cannot_be_overridden_by_default(tmp_path: Path, account: str) -> None:
    result = crier("queue", "--override", "it's fine", write(tmp_path, "post.txt", PERSONAL))
    assert result.returncode == 1
    assert "doesn't allow" in result.stderr and "Personal data" in result.stderr
    assert outbox() == []


def test_override_with_a_reason_is_kept_with_the_post(tmp_path: Path, account: str) -> None:
    path = write(tmp_path, "post.txt", SWEARING)
    refused = crier("queue", path)
    assert refused.returncode == 1 and "--override" in refused.stderr and "shit" in refused.stderr
    assert outbox() == []
    queued = crier("queue", "--override", "Quoting a resident's complaint,\nas agreed", path)
    assert queued.returncode == 0, queued.stderr
    [post] = outbox()
    assert post["override_reason"] == "Quoting a resident's complaint, as agreed"  # one line
    assert "overridden: Quoting" in crier("outbox").stdout


def test_policy_decides_which_rules_can_be_overridden(tmp_path: Path, account: str) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"posting.overridable_rules": []}), encoding="utf-8")
    env = {"CRIER_POLICY_FILE": str(policy)}
    swearing = write(tmp_path, "swearing.txt", SWEARING)
    locked = crier("queue", "--override", "reason", swearing, env=env)
    assert locked.returncode == 1 and "doesn't allow" in locked.stderr
    policy.write_text(json.dumps({"posting.overridable_rules": ["personal-data"]}), encoding="utf-8")
    personal = write(tmp_path, "personal.txt", PERSONAL)
    assert crier("queue", "--override", "Jo asked us to", personal, env=env).returncode == 0
    assert [p["override_reason"] for p in outbox()] == ["Jo asked us to"]


def test_turning_a_check_off_does_not_get_round_the_policy(tmp_path: Path, account: str) -> None:
    from desktop.core.settings import Settings

    settings = Settings.load()
    settings.set("tone.disabled_rules", ["personal-data"])
    settings.save()
    assert crier("queue", write(tmp_path, "post.txt", PERSONAL)).returncode == 1
    assert outbox() == []


def test_help_describes_the_override() -> None:
    assert "--override" in crier("queue", "--help").stdout
    assert "overridden" in crier("queue", "--help").stdout
    assert "--override" in crier("--help").stdout


# -- bounded and consistent -----------------------------------------------------------------------------


def test_a_huge_file_gets_a_plain_message_from_check_and_queue(tmp_path: Path, account: str) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Bins go out on Tuesday. " * 200_000, encoding="utf-8")  # ~5 MB
    for command in ("check", "queue"):
        result = crier(command, str(path))
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        plain(result)
        assert "longer than any network accepts" in result.stderr
    assert outbox() == []


def test_a_long_thread_needs_thread(tmp_path: Path, account: str) -> None:
    sentence = "The leisure centre pool reopens on Monday after repairs to the roof. "
    path = write(tmp_path, "long.txt", sentence * 20)  # about 1,400 characters: 6 posts on X
    asked = crier("queue", path)
    assert asked.returncode == 1 and "--thread" in asked.stderr
    plain(asked)
    assert outbox() == []
    assert crier("queue", "--thread", path).returncode == 0
    [post] = outbox()
    assert len(post["parts"]) > 3 and post["parts"][0].endswith(f"1/{len(post['parts'])}")
    too_long = crier("queue", "--thread", write(tmp_path, "longer.txt", sentence * 500))
    assert too_long.returncode == 1 and "more than 25 posts" in too_long.stderr


def test_at_in_the_past_far_future_and_impossible_dates(tmp_path: Path, account: str) -> None:
    path = write(tmp_path, "post.txt", "Bins go out on Tuesday.\n")
    past = crier("queue", "--at", "2020-01-01T09:30Z", path)
    assert past.returncode == 2 and "in the past" in past.stderr and "--now" in past.stderr
    assert outbox() == []
    now = crier("queue", "--at", "2020-01-01T09:30Z", "--now", path)
    assert now.returncode == 0 and outbox()[0]["scheduled_at"] is None

    far = crier("queue", "--at", "2099-03-01T09:30Z", path)
    assert far.returncode == 2 and "2099" in far.stderr and "--yes" in far.stderr
    sure = crier("queue", "--at", "2099-03-01T09:30Z", "--yes", path)
    assert sure.returncode == 0 and "2099" in sure.stdout
    impossible = crier("queue", "--at", "0001-01-01T00:00+14:00", path)
    assert impossible.returncode == 2 and "not a date Crier can use" in impossible.stderr
    plain(impossible)
    assert len(outbox()) == 2


def test_check_and_queue_agree_on_the_text(tmp_path: Path, account: str) -> None:
    exactly = write(tmp_path, "280.txt", "a" * 280 + "\n")  # the file's last newline is not posted
    check = crier("check", exactly)
    assert check.returncode == 0 and "X 280/280" in check.stdout, check.stdout
    assert crier("queue", exactly).returncode == 0
    assert outbox()[0]["parts"] == ["a" * 280]

    for text in ("", "\n", "   \n\n"):
        empty = write(tmp_path, "empty.txt", text)
        for command in ("check", "queue"):
            result = crier(command, empty)
            assert result.returncode == 2 and "empty" in result.stderr, (command, text, result.stderr)
    nul = write(tmp_path, "nul.txt", "Bins\x00 go out on Tuesday.")
    for command in ("check", "queue"):
        result = crier(command, nul)
        assert result.returncode == 2 and "NUL" in result.stderr
    assert len(outbox()) == 1


def test_quoted_text_in_a_finding_stays_on_one_line(tmp_path: Path) -> None:
    text = "Lorem\nipsum for the bins.\nAs we have\nrepeatedly told you, bins go out on Tuesday.\n"
    result = crier("check", write(tmp_path, "post.txt", text))
    lines = result.stdout.splitlines()
    assert any("placeholder “Lorem ipsum”" in line for line in lines), result.stdout
    assert any("negative “As we have repeatedly told you”" in line for line in lines), result.stdout
    for line in lines[1:]:
        assert line.split()[0] in ("error", "warning", "info"), line


def test_check_json_into_a_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    path = write(tmp_path, "post.txt", "Bins go out on Tuesday. TBC TBC TBC! " * 1500)
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "check", "--json", path],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # what `| head` does once it has its lines
    _, err = process.communicate(timeout=120)
    assert err.decode() == "", err.decode()
    assert process.returncode in (0, 1)


def test_language_must_be_a_bcp47_tag(tmp_path: Path, account: str) -> None:
    path = write(tmp_path, "post.txt", "Bins go out on Tuesday.\n")
    for bad in ("english", "en_GB", "x", "en-", "--"):
        result = crier("queue", f"--language={bad}", path)
        assert result.returncode == 2 and "not a language tag" in result.stderr, (bad, result.stderr)
    assert outbox() == []
    assert crier("queue", "--language", "cy-gb", path).returncode == 0
    assert outbox()[0]["parts"] and json.loads(crier("outbox", "--json").stdout)[0]["id"] == 1


def test_add_mastodon_with_a_broken_address_is_plain() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "accounts", "add-mastodon", "--instance", "http://[::1"],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        input="token\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode in (1, 2)
    plain(result)
    assert "not a web address" in result.stderr
