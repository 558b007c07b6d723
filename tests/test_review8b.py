"""Review 8b (a field officer offline on flaky 4G; a new officer on day one): defects found by using Crier,
each proved by a test that failed on main. Real parts only: the real window in real processes offscreen,
real SQLite files, the real CLI."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.exceptions import TimeoutError as QtTimeout

from desktop.core import backup
from desktop.core.accounts import Accounts
from desktop.core.db import open_database
from desktop.core.paths import AppPaths, app_paths
from desktop.core.store import DraftStore
from tests.fakes.crier_side import png
from tests.faulty_storage import mounted
from tests.test_cli import crier
from tests.test_cli_welsh import WELSH_PC

REPO = Path(__file__).resolve().parents[1]


def _window() -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_two_starts_at_once_open_one_window_not_two(qtbot) -> None:  # noqa: ANN001
    """A new officer double-clicks Crier twice because nothing showed yet. The second start asks a running
    Crier to come to the front, but the first only listens once it has painted, so both windows opened on
    one drafts database: a draft open in both is saved by each over the other's words."""
    first, second = _window(), _window()
    log = app_paths().logs / "crier.log"

    def ready() -> int:
        return log.read_text().count("Drafts ready") if log.exists() else 0

    try:
        qtbot.waitUntil(lambda: ready() >= 1, timeout=120_000)  # a window has opened the drafts
        with suppress(QtTimeout):  # the other hands over to it and leaves (or is a second window)
            qtbot.waitUntil(lambda: first.poll() is not None or second.poll() is not None, timeout=60_000)
        running = [p for p in (first, second) if p.poll() is None]
        assert len(running) == 1, "two Crier windows are open on one data folder"
        [left] = [p for p in (first, second) if p.poll() is not None]
        assert left.returncode == 0
    finally:
        for process in (first, second):
            if process.poll() is None:
                process.kill()
            process.wait(timeout=30)


def test_an_hour_of_typing_after_the_clock_went_back_keeps_the_draft_s_earlier_versions(
    store: DraftStore,
) -> None:
    """A laptop's clock ran an hour fast offline, then was put right. The newest earlier version was
    stamped in that hour, so it was "newer" than now: every autosave after kept another version (an hour of
    typing, hundreds), and the cap of 200 pushed the draft's real history out: the version from days ago
    was gone from Earlier versions."""
    start = datetime(2026, 12, 1, 9, 0)
    draft = store.create(body="Bin collections: the first plan")
    store.save(draft.id, title="", body="Bin collections: Monday's plan", now=start)
    store.save(draft.id, title="", body="Bin collections: Tuesday's plan", now=start + timedelta(days=3))
    ahead = start + timedelta(days=4, hours=1)  # the clock an hour fast: a version stamped then
    store.save(draft.id, title="", body="Bin collections: typed while the clock was fast", now=ahead)
    put_right = ahead - timedelta(hours=1)
    for second in range(0, 500, 2):  # autosave after each pause in ten minutes of typing
        store.save(
            draft.id,
            title="",
            body=f"Bin collections, edit {second}",
            now=put_right + timedelta(seconds=second),
        )

    kept = [r.body for r in store.revisions(draft.id)]
    assert "Bin collections: Monday's plan" in kept  # days of history survive
    assert len(kept) < 20  # one version per two minutes of typing, not one per save


def test_duplicate_draft_keeps_its_images_and_their_alt_text(store: DraftStore, tmp_path: Path) -> None:
    """An officer duplicates last week's post with its poster (Ctrl+D) to reuse it: the copy had the words
    but not the image or its description, so the reused post could go out without its poster."""
    poster = tmp_path / "bins.png"
    poster.write_bytes(png())
    original = store.create(title="Bin day", body="Bins go out on Tuesday this week")
    store.attach(original.id, poster)
    original = store.set_alt_text(original.id, 0, "Poster: bin day moves to Tuesday")

    copy = store.duplicate(original.id)
    assert [(m.path, m.alt_text, m.mime_type) for m in copy.media] == [
        (m.path, m.alt_text, m.mime_type) for m in original.media
    ]
    assert store.get(copy.id).media == copy.media  # kept, not only returned


@pytest.fixture
def london(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This PC's clock on UK time, which changes by an hour in March and October."""
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_post_scheduled_across_the_clock_change_goes_out_at_the_time_chosen(
    qtbot, london: None, accounts: Accounts
) -> None:  # noqa: ANN001
    """In December an officer schedules a post for 09:00 on a July morning (an embargo, say). The Post dialog
    turned the chosen time into UTC with today's offset (GMT), not that day's (BST): stored as 09:00 UTC, it
    would go out at 10:00 in July; one scheduled in summer for winter went out an hour early."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    from desktop.ui.post_dialog import PostDialog

    now = datetime.now().astimezone()
    month = 1 if now.dst() else 7  # a day on the other side of the clock change from today
    chosen = datetime(now.year + 1, month, 15, 9, 0)
    council = accounts.add("x", "@council")
    dialog = PostDialog([council], {council.id}, {}, None, {}, {})
    qtbot.addWidget(dialog)
    dialog.later.setChecked(True)
    dialog.when.setDateTime(QDateTime(QDate(chosen.year, chosen.month, 15), QTime(9, 0)))

    that_day = chosen.replace(tzinfo=ZoneInfo("Europe/London"))
    assert dialog.scheduled_at() == that_day.astimezone(UTC).replace(tzinfo=None)


def test_queueing_on_day_one_says_to_add_an_account_first(tmp_path: Path) -> None:
    """A new officer follows the README and runs `crier queue post.txt` before connecting an account: Crier
    said "choose an account with --account (see `crier accounts list`)", but there was no account to
    choose, and a flag to look up. It says what to do next, as `crier accounts list` does."""
    post = tmp_path / "post.txt"
    post.write_text("Bins go out on Tuesday this week.\n", encoding="utf-8")
    result = crier("queue", str(post))
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == (
        "crier: No accounts yet. Add one in the app (Accounts, Ctrl+,) or with `crier accounts add-x`."
    )
    welsh = crier("queue", str(post), env=WELSH_PC)
    assert "crier accounts add-x" in welsh.stderr and "No accounts yet" not in welsh.stderr  # in Welsh
    assert "Traceback" not in result.stderr + welsh.stderr


def test_a_backup_that_could_not_finish_leaves_no_copy_behind(tmp_path: Path) -> None:
    """The day's backup ran on a disk too full to hold it (or Crier was killed mid-copy): its half-made
    copy stayed in the backups folder for good, named by a time no later backup reuses, so each such
    start left another file as big as the database, which no pruning ever removed."""
    with mounted(tmp_path / "disk", size="4m") as disk:
        paths = AppPaths(
            data=disk.root, logs=disk.root / "logs", backups=disk.root / "backups", media=disk.root / "media",
            config=disk.root,
        ).ensure()  # fmt: skip
        db = open_database(paths)
        store = DraftStore(db)
        for i in range(20):
            store.create(body=f"Draft {i}: " + "the words of a long consultation post " * 1000)
        db.close()
        free = shutil.disk_usage(disk.root).free
        with (disk.root / "filler").open("wb") as filler:  # less room left than one copy takes
            filler.write(b"\0" * (free - paths.database.stat().st_size // 2))
        with pytest.raises(sqlite3.OperationalError):
            backup.daily_backup_if_due(paths.database, paths.backups, keep=7)
        disk.free()
        an_hour_on = datetime.now() + timedelta(hours=1)  # the window's next maintenance round
        made = backup.daily_backup_if_due(paths.database, paths.backups, keep=7, now=an_hour_on)
        assert made is not None
        assert sorted(p.name for p in paths.backups.iterdir()) == [made.name]
        assert backup.is_healthy(made)


def test_crier_check_shows_which_sentence_is_the_hardest_to_read(tmp_path: Path) -> None:
    """A new officer checks a hard post: the reading-age line said "(this sentence is the hardest)" but,
    alone of the findings, showed no sentence, so nothing told them which of the post's sentences to fix."""
    post = tmp_path / "post.txt"
    post.write_text(
        "The bins go out on Tuesday. Notwithstanding the aforementioned considerations, the municipality's"
        " infrastructural rehabilitation programme necessitates temporary discontinuation of vehicular"
        " accessibility. Thank you.\n",
        encoding="utf-8",
    )
    result = crier("check", "--network", "facebook", str(post))
    [line] = [line for line in result.stdout.splitlines() if " reading-age" in line]
    assert "this sentence is the hardest" in line
    assert "“Notwithstanding" in line, line


def test_undoing_a_new_draft_says_where_the_typed_post_went(qtbot, window, store: DraftStore) -> None:  # noqa: ANN001
    """A new officer writes a post in a new draft, clicks the drafts list and presses Ctrl+Z: Undo of "New
    draft" moved the whole written draft to the Trash, and it vanished from the list and the editor
    without a word (Delete says where a draft went and how to bring it back)."""
    from PySide6.QtCore import Qt

    from desktop.core.drafts import DraftQuery, View

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id > 0)
    qtbot.keyClicks(window.editor.body, "Road closed on the High Street from Monday")
    qtbot.waitUntil(lambda: not window.autosaver.dirty, timeout=5000)
    window.drafts.list.setFocus()
    qtbot.keyClick(window.drafts.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: store.count(DraftQuery(view=View.TRASH)) == 1)
    qtbot.waitUntil(lambda: "Trash" in window.statusBar().currentMessage(), timeout=5000)
    assert "Ctrl+Shift+Z" in window.statusBar().currentMessage()
