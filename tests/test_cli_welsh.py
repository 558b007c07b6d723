"""The commands in Welsh: `crier` speaks the window's language (the user's setting, IT's policy over it, else
the computer's), through the same compiled catalogue, for its errors, listings, confirmations and --help.
And a machine policy that can't be used is said on every command, never passed over in silence.

Real subprocesses against a real SQLite file in the test's own data folder.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.accounts import Accounts
from desktop.core.db import open_database
from desktop.core.paths import app_paths
from desktop.core.settings import Settings
from tests.test_cli import REPO
from tests.test_translations import _bare_text, _has_words, _sink_name, untranslatable_tables

CATALOGUE = REPO / "resources" / "translations" / "crier_cy.qm"
ENGLISH_PC = {"LC_ALL": "en_GB.UTF-8", "LANG": "en_GB.UTF-8", "LANGUAGE": ""}
WELSH_PC = {"LC_ALL": "cy_GB.UTF-8", "LANG": "cy_GB.UTF-8", "LANGUAGE": ""}


@pytest.fixture(autouse=True)
def compiled() -> None:
    if not CATALOGUE.is_file():
        pytest.fail("resources/translations/crier_cy.qm is missing: run make translations")


def crier(*args: str, computer: dict[str, str] = ENGLISH_PC, **env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **computer, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def choose(language: str) -> None:
    settings = Settings.load()
    settings.set("ui.language", language)
    settings.save()


@pytest.fixture
def account() -> str:
    db = open_database(app_paths().ensure())
    try:
        Accounts(db).add("x", "@council")
    finally:
        db.close()
    return "@council"


def test_welsh_chosen_in_settings_gives_welsh_errors_listings_and_confirmations(
    tmp_path: Path, account: str
) -> None:
    choose("cy")
    assert crier("outbox").stdout == "Mae'r Blwch Allan yn wag.\n"
    missing = crier("queue", str(tmp_path / "missing.txt"))
    assert missing.returncode == 2
    assert missing.stderr == f"crier: does dim ffeil {tmp_path / 'missing.txt'}\n"

    post = tmp_path / "post.txt"
    post.write_text("Mae'r llyfrgell ar agor tan 8pm heno.", encoding="utf-8")
    queued = crier("queue", "--language", "cy", str(post))
    assert queued.returncode == 0, queued.stderr
    assert queued.stdout == "Neges 1 yn y ciw.\n"

    listing = crier("outbox").stdout.splitlines()
    assert listing[0].split() == [
        "ID",
        "Statws",
        "Cyfrif",
        "Neges",
        "Amser",
        "ciwio",
        "Amser",
        "anfon",
        "Manylion",
    ]
    assert "Yn y ciw: yn barod i'w hanfon" in listing[1] and "X · @council" in listing[1]
    assert json.loads(crier("outbox", "--json").stdout)[0]["state"] == "queued"  # scripts' words stay

    nobody = crier("queue", "--account", "@nobody", str(post))  # core's error, said in Welsh
    assert nobody.returncode == 1
    assert nobody.stderr == "crier: Does dim cyfrif @nobody. Mae `crier accounts list` yn eu dangos.\n"
    accounts = crier("accounts", "list").stdout
    assert "@council (diofyn)  wedi cysylltu" in accounts
    drafts = crier("drafts", "show", "7")
    assert drafts.returncode == 1 and "Does dim drafft 7" in drafts.stderr


def test_dates_are_written_with_welsh_month_names(tmp_path: Path, account: str) -> None:
    choose("cy")
    post = tmp_path / "post.txt"
    post.write_text("Ffair Nadolig yfory.", encoding="utf-8")
    queued = crier("queue", "--at", "2099-12-24T09:00", "--yes", str(post))
    assert queued.returncode == 0, queued.stderr
    assert queued.stdout == "Neges 1 yn y ciw ar gyfer 24 Rhag 2099 09:00.\n"
    assert "Wedi'i hamserlennu ar gyfer 24 Rhag 2099 09:00" in crier("outbox").stdout
    past = crier("queue", "--at", "2020-05-01T10:00", str(post))
    assert past.stderr.startswith("crier: mae 01 Mai 2020 10:00 yn y gorffennol")


def test_help_and_argparse_errors_are_welsh_too(tmp_path: Path) -> None:
    choose("cy")
    post = tmp_path / "post.txt"
    post.write_text("Bins go out on Tuesday.", encoding="utf-8")
    helped = crier("queue", "--help")
    assert helped.returncode == 0
    assert helped.stdout.startswith("defnydd: crier queue")
    assert "dewisiadau:" in helped.stdout and "dangos y neges gymorth hon a gadael" in helped.stdout
    assert "Ciwio neges ar gyfer pob cyfrif." in helped.stdout and "Negeseuon dwyieithog:" in helped.stdout
    assert "options:" not in helped.stdout and "Queue a post" not in helped.stdout
    wrong = crier("queue")
    assert wrong.returncode == 2
    assert "crier queue: gwall: mae angen yr ymresymiadau canlynol: FILE|-" in wrong.stderr
    bad_date = crier("queue", "--at", "tomorrow", str(post))
    assert bad_date.returncode == 2
    assert "nid yw 'tomorrow' yn ddyddiad ac amser fel 2026-12-01T09:30" in bad_date.stderr


def test_crier_check_counts_and_severities_are_welsh(tmp_path: Path) -> None:
    choose("cy")
    post = tmp_path / "post.txt"
    post.write_text("Manylion yn http://example.gov.uk " + "gair " * 70, encoding="utf-8")
    result = crier("check", "--network", "bluesky", str(post))
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Bluesky ") and "beit)" in lines[0] and "→ 2 neges" in lines[0], lines[0]
    assert any(line.startswith("rhybudd    link-insecure") for line in lines), lines


def test_english_chosen_in_settings_stays_english_on_a_welsh_computer(tmp_path: Path) -> None:
    choose("en")
    assert crier("outbox", computer=WELSH_PC).stdout == "The outbox is empty.\n"
    missing = crier("queue", str(tmp_path / "missing.txt"), computer=WELSH_PC)
    assert missing.stderr == f"crier: there is no file {tmp_path / 'missing.txt'}\n"
    assert "show this help message and exit" in crier("--help", computer=WELSH_PC).stdout


def test_a_welsh_computer_gives_welsh_when_the_setting_follows_it() -> None:
    choose("system")
    assert crier("outbox", computer=WELSH_PC).stdout == "Mae'r Blwch Allan yn wag.\n"
    assert crier("drafts", "list", computer=WELSH_PC).stdout == "Dim drafftiau eto.\n"
    assert crier("outbox").stdout == "The outbox is empty.\n"  # and an English one, English


def test_it_can_set_welsh_by_policy_over_the_users_english(tmp_path: Path) -> None:
    choose("en")
    policy = tmp_path / "policy.json"
    policy.write_text('{"ui.language": "cy"}', encoding="utf-8")
    result = crier("accounts", "list", CRIER_POLICY_FILE=str(policy))
    assert result.stdout.startswith("Dim cyfrifon eto.") and result.stderr == ""


# -- a policy that can't be used is said, every time ---------------------------------------------------


def test_a_policy_file_that_isnt_json_is_said_by_every_command(tmp_path: Path) -> None:
    """Before, `crier check` and `crier outbox` passed over it in silence. Now each command says each problem
    in one sentence on stderr and goes on with what is valid, as the window does (cli.py says why)."""
    policy = tmp_path / "policy.json"
    policy.write_text('{\n  "posting.require_alt_text": true,\n  "ui.language": "cy"\n', encoding="utf-8")
    post = tmp_path / "post.txt"
    post.write_text("Bins go out on Tuesday.", encoding="utf-8")
    for command in (["outbox"], ["check", str(post)], ["drafts", "list"], ["accounts", "list", "--json"]):
        result = crier(*command, CRIER_POLICY_FILE=str(policy))
        assert result.returncode == 0, (command, result.stderr)
        [line] = result.stderr.splitlines()
        assert line.startswith("crier: policy.json line 4, column 1: this isn't valid JSON"), line
        assert "so none of the file is applied" in line
    assert (
        json.loads(crier("outbox", "--json", CRIER_POLICY_FILE=str(policy)).stdout) == []
    )  # stdout stays JSON


def test_each_bad_policy_value_is_said_and_the_valid_ones_bind(tmp_path: Path) -> None:
    choose("en")
    policy = tmp_path / "policy.json"
    policy.write_text(
        '{\n  "ui.language": "cy",\n  "posting.require_alt_text": "yes",\n  "tone.nonsense": 1\n}\n',
        encoding="utf-8",
    )
    result = crier("outbox", CRIER_POLICY_FILE=str(policy))
    assert result.returncode == 0
    assert (
        result.stdout == "Mae'r Blwch Allan yn wag.\n"
    )  # the valid value binds: Welsh over the user's English
    assert result.stderr.splitlines() == [  # IT's problems in the language IT's policy chose
        'crier: policy.json llinell 3: "posting.require_alt_text": rhaid iddo fod yn true neu false, nid'
        ' "yes" — anwybyddwyd.',
        'crier: policy.json llinell 4: nid yw "tone.nonsense" yn osodiad y mae Crier yn ei adnabod'
        ' (oeddech chi\'n golygu "tone.banned_terms"?) — anwybyddwyd.',
    ]


# -- the commands (desktop/cli*.py) -----------------------------------------------------------------

CLI_SOURCES = sorted((REPO / "desktop").glob("cli*.py"))
#: Where the commands hand people text: printed lines, errors, and argparse's help (its keywords only:
#: the positional arguments of add_parser/add_argument are command and option names).
CLI_SINKS = {"print", "CliError", "PostTextError", "TeamError", "InputError"}
HELP_SINKS = {"add_parser", "add_argument", "Parser", "ArgumentParser"}
HELP_KEYWORDS = {"help", "description", "epilog"}


def unmarked_cli_strings(source: str) -> list[tuple[int, str]]:
    """Literal text a command prints, raises or shows in --help without translate()/QT_TRANSLATE_NOOP, and
    markers lupdate can't read (a context or source that isn't one literal string, or keyword values:
    lupdate reads translate(context, source) only, so values go in .format() after it)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _sink_name(node)
        if name in CLI_SINKS:
            texts = [*node.args, *(k.value for k in node.keywords if k.arg != "file")]
        elif name in HELP_SINKS:
            texts = [k.value for k in node.keywords if k.arg in HELP_KEYWORDS]
        else:
            texts = []
        found += [
            (node.lineno, text) for arg in texts if (text := _bare_text(arg)) and not _program_name(arg)
        ]
        if name in ("translate", "QT_TRANSLATE_NOOP") and (
            node.keywords
            or len(node.args) != 2
            or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
        ):
            found.append((node.lineno, f"lupdate can't read {ast.unparse(node)}"))
    return found


def _program_name(node: ast.AST) -> bool:
    """``f"crier: {message}"``: the program's name before a message that was translated on its own."""
    if not isinstance(node, ast.JoinedStr):
        return False
    words = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return not _has_words(words.removeprefix("crier: "))


def test_the_cli_checker_catches_unmarked_and_unreadable_text() -> None:
    found = unmarked_cli_strings(
        "print('The outbox is empty.', file=out)\n"
        "raise CliError(f'there is no file {name}', 2)\n"
        "p.add_argument('--json', action='store_true', help='print JSON for scripts')\n"
        "p.add_parser('queue', help=QT_TRANSLATE_NOOP('cli', 'queue a post'))\n"
        "print(translate('cli', 'Queued post {ids}.').format(ids=ids), file=out)\n"
        "print(translate('cli', message), file=out)\n"
        "print(translate('cli', 'Queued post {ids}.', ids=ids), file=out)\n"
        "print(f'{name}: {say(error.user_message)}', file=err)\n"
        "print(f'crier: {say(problem)}', file=err)\n"
    )
    assert [line for line, _ in found] == [1, 2, 3, 6, 7]


def test_every_cli_message_is_marked_for_translation() -> None:
    """The commands speak the window's language: every line they print, every error and every option's
    help goes through the catalogue (``cli_text.translate`` or ``QT_TRANSLATE_NOOP``)."""
    found = [
        f"{path.relative_to(REPO)}:{line}: {text!r}"
        for path in [*CLI_SOURCES, REPO / "desktop" / "app.py"]
        for line, text in [
            *unmarked_cli_strings(path.read_text(encoding="utf-8")),
            *untranslatable_tables(path.read_text(encoding="utf-8"), ("tr", "translate", "say")),
        ]
    ]
    assert not found, "mark these with translate() or QT_TRANSLATE_NOOP():\n" + "\n".join(found)


def test_the_makefile_reads_every_cli_module() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "$(wildcard desktop/cli*.py)" in makefile  # lupdate's sources: a new cli_*.py is read too
