"""Defects found reviewing session 7's change to main (625c0cb..main)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from desktop.core.db import Database

ROOT = Path(__file__).resolve().parents[1]


def test_every_database_method_is_used_by_the_app() -> None:
    """Dead code: once the sync engine held one connection per run (Database.transaction), nothing called
    Database.write_connection any more, yet it stayed (its only users were the engine's hot path)."""
    sources = "\n".join(
        path.read_text(encoding="utf-8")
        for folder in ("desktop", "scripts", "benchmarks")
        for path in (ROOT / folder).rglob("*.py")
        if path != ROOT / "desktop" / "core" / "db.py"
    )
    methods = [
        name
        for name, _value in inspect.getmembers(Database, callable)
        if not name.startswith("_") and name in vars(Database)
    ]
    unused = [name for name in methods if not re.search(rf"\.{name}\b", sources)]
    assert methods and not unused, f"Database methods nothing calls: {unused}"


def test_the_team_historys_names_are_all_used_by_the_app() -> None:
    """Dead code: team history's OWN_WORDS (t0009's change) is read by no code of the app, only by a test;
    ``audit_detail`` shows a person's own words as written without it."""
    from desktop.core.team import history

    sources = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (ROOT / "desktop").rglob("*.py")
        if path != Path(history.__file__).resolve()
    )
    own = Path(history.__file__).read_text(encoding="utf-8")
    names = [name for name in vars(history) if name.isupper()]
    unused = [
        n for n in names if not re.search(rf"\b{n}\b", sources) and len(re.findall(rf"\b{n}\b", own)) < 2
    ]
    assert names and not unused, f"history names nothing in the app reads: {unused}"


@pytest.mark.integration
def test_a_team_pcs_queue_with_an_image_leaves_no_copy_behind(
    tmp_path: Path,
    team_db,  # noqa: ANN001
    x_api,  # noqa: ANN001
) -> None:
    """`crier queue --image` on a team PC copied each image into Crier's media folder and left it there for
    good: the submission keeps the image's bytes itself (team.sqlite3 until pushed, then the team
    database), so nothing ever reads or removes the copy, and a council's photos pile up on the PC."""
    from tests.team_pcs import owner_rows, racing_team
    from tests.test_cli_queue_images import GRITTER, _files, _media_files

    office = racing_team(tmp_path, team_db, x_api, ["council"], author_pc=True)
    files = _files(tmp_path)
    said = office.it.ok("queue", "--account", "@council", "--image", str(files["gritter"]), "--alt", GRITTER,
                        str(files["post"]))  # fmt: skip
    assert said.startswith("Submitted for approval as submission ")
    assert owner_rows(team_db, "SELECT alt_text FROM crier.attachments") == [(GRITTER,)]
    assert _media_files(office.it) == []
