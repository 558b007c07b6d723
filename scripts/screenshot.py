"""Pictures of the main window and every dialog for a person to look at (issue 17): clipped or overlapping
text, Welsh that doesn't fit, a theme that can't be read.

Each run draws, with sample drafts, accounts and posts: the main window; Post; Accounts; Connect Mastodon,
Bluesky, X and Facebook; Settings; Earlier versions; Join team; Who publishes (team); the calendar (week
and month). It does so at 100% and 150% scaling in English and Welsh, and in the dark and high-contrast
themes. Qt draws each widget offscreen itself (no X server), one process per language, scale and theme
(QT_SCALE_FACTOR is read at start-up), two at a time.

python scripts/screenshot.py [OUT_DIR or OUT_DIR/anything.png]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: (interface language, scale, theme): every language at both scales, then each other theme once.
RUNS = [
    ("en", "1", "light"),
    ("en", "1.5", "light"),
    ("cy", "1", "light"),
    ("cy", "1.5", "light"),
    ("en", "1", "dark"),
    ("en", "1", "high-contrast"),
    ("cy", "1.5", "high-contrast"),
]
SAMPLES = [
    (
        "Bin collections over Christmas",
        "Bin collections move by a day over Christmas.\n"
        "Check your new collection day at cardiff.gov.uk/bins #RecyclingCardiff",
    ),
    (
        "",
        "Gŵyl Fwyd Caerdydd: dewch i'r ŵyl fwyd ddydd Sadwrn yn y Bae.\n"
        "Food festival this Saturday in the Bay.",
    ),
    (
        "",
        "Road closure: the A470 northbound is closed overnight from 8pm for resurfacing. "
        "Please use the diversion via the A4054.",
    ),
    ("Library hours", "Our libraries open late on Thursdays until 8pm from next week."),
    (
        "Bins reminder",
        "PLEASE DO NOT put your bins out early!! Going forward we will utilise new vans to "
        "facilitate collections. Questions? Call Dave on 07700 900123. #binday #roadclosure #cardiff",
    ),
]
LONG_ERROR = (
    "The Mastodon server 127.0.0.1 didn't accept this access token. Check that you copied the whole token"
    " from Preferences → Development → your application, that the application may read and write, and"
    " that the token has not been revoked; then try again."
)


def fill_samples() -> None:
    """Drafts, accounts and posts (scheduled this week, one sent, one waiting) in $CRIER_DATA_DIR."""
    sys.path.insert(0, str(REPO))
    from sqlalchemy import update

    from desktop.core.accounts import Accounts
    from desktop.core.db import open_database
    from desktop.core.models import Post, utcnow
    from desktop.core.outbox import Outbox, State
    from desktop.core.paths import app_paths
    from desktop.core.store import DraftStore

    db = open_database(app_paths().ensure())
    store = DraftStore(db)
    drafts = [store.create(title=title, body=body) for title, body in SAMPLES]
    accounts = Accounts(db)
    x = accounts.add("x", "@CyngorCaerdydd").id
    bluesky = accounts.add("bluesky", "@caerdydd.gov.uk").id
    outbox = Outbox(db)
    soon = utcnow().replace(minute=0, second=0, microsecond=0)
    sent = outbox.queue([x], [SAMPLES[3][1]], draft_id=drafts[3].id)[0]
    outbox.queue([x], [SAMPLES[0][1]], scheduled_at=soon + timedelta(days=1, hours=2), draft_id=drafts[0].id)
    outbox.queue([bluesky], [SAMPLES[2][1]], scheduled_at=soon + timedelta(hours=3), draft_id=drafts[2].id)
    outbox.queue([bluesky], ["Swimming is free for under-16s all summer."])
    with db.write() as session:  # as the sync engine records a post that went out
        session.execute(
            update(Post)
            .where(Post.id == sent)
            .values(
                state=State.SENT.value,
                created_at=soon - timedelta(hours=2, minutes=5),
                sent_at=soon - timedelta(hours=2),
                remote_url="https://x.com/i/1",
            )
        )
    db.close()


def draw(language: str, theme: str, out_dir: Path, suffix: str) -> list[str]:
    """Every window in one language, scale and theme; returns what could not be drawn."""
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.core.connect import FORMS
    from desktop.core.db import open_database
    from desktop.core.drafts import RevisionInfo
    from desktop.core.models import utcnow
    from desktop.core.net import NetProblem, ProbeResult
    from desktop.core.paths import app_paths
    from desktop.core.settings import Settings
    from desktop.core.store import DraftStore
    from desktop.core.sync import SyncEngine
    from desktop.ui import post_dialog
    from desktop.ui.accounts_dialog import ConnectDialog
    from desktop.ui.contrast import Theme, apply_accessible_palette, apply_theme
    from desktop.ui.dates import use_system_locale
    from desktop.ui.history_dialog import HistoryDialog
    from desktop.ui.i18n import install_translations
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.team_join_dialog import JoinDialog

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(widget: QWidget, name: str, wait: int = 150) -> None:
        widget.show()
        settle(wait)
        widget.grab().save(str(out_dir / f"{name}-{suffix}.png"))

    app = QApplication([])
    apply_accessible_palette(app) if theme == "light" else apply_theme(app, Theme(theme))
    use_system_locale()
    install_translations(app, language)
    settings = Settings.load()
    settings.set("ui.language", language)
    db = open_database(app_paths().ensure())
    offline = ProbeResult(False, NetProblem("offline", "Offline: posts wait in the outbox.", ""), 0.0, None)

    def no_publisher(account: object) -> object:
        raise RuntimeError("screenshots never publish")

    window = MainWindow(sync=(SyncEngine(db, no_publisher), lambda url: offline))
    window.resize(1180, 760)
    window.show()
    window.attach(DraftStore(db), settings)
    settle(1200)  # the list loads and the checks run off the GUI thread: a picture, not a test
    window.drafts.list.setCurrentIndex(window.model.index(3, 0))  # the Welsh sample (newest first)
    window.posting.dock.show()
    settle(800)
    save(window, "main-window")

    failed: list[str] = []

    def attempt(name: str, make: object) -> None:
        try:
            make()  # type: ignore[operator]
        except Exception as error:  # noqa: BLE001 - one dialog's failure must not hide the others
            failed.append(f"{name}: {type(error).__name__}: {error}")

    def post() -> None:
        def shoot(dialog: post_dialog.PostDialog) -> int:
            save(dialog, "post-dialog", 300)
            return 0

        post_dialog.PostDialog.exec = shoot  # type: ignore[method-assign]
        window.posting.post_action.trigger()

    def accounts() -> None:
        dialog = window.posting.open_accounts()
        save(dialog, "accounts", 600)
        dialog.close()

    def connect(network: str) -> None:
        dialog = ConnectDialog(FORMS[network], window)
        save(dialog, f"connect-{network}")
        if network == "mastodon":
            dialog.show_error(LONG_ERROR)
            save(dialog, "connect-mastodon-error")
        dialog.close()

    def settings_dialog() -> None:
        dialog = SettingsDialog(settings, window)
        save(dialog, "settings")
        dialog.close()

    def history() -> None:
        now = utcnow()
        body = SAMPLES[0][1]
        revisions = [
            RevisionInfo(i, 1, SAMPLES[0][0], body[: 40 + 20 * i], now - timedelta(minutes=m))
            for i, m in enumerate((2, 30, 200))
        ]
        dialog = HistoryDialog(revisions, window)
        dialog.list.setCurrentIndex(dialog.list.model().index(0, 0))
        save(dialog, "history")
        dialog.close()
        # a bilingual draft edited on both sides: the Welsh changes, then the English
        cy, en = SAMPLES[1][1].split("\n")
        older = RevisionInfo(9, 1, "", en, now - timedelta(minutes=30), True, cy.replace("Sadwrn", "Sul"), en)
        current = replace(older, text_cy=cy, text_en=en.replace("Saturday", "Saturday, 10am to 4pm,"))
        dialog = HistoryDialog([older], window, current=current)
        dialog.views.setCurrentIndex(1)
        save(dialog, "history-bilingual")
        dialog.close()

    def join() -> None:
        dialog = JoinDialog("", False, window)
        save(dialog, "team-join")
        dialog.close()

    def team_post() -> None:  # Post on a PC joined to a team: submit for approval, or post without it
        from desktop.core.posting import Verdict
        from desktop.core.service.submitting import TeamSide, team_view
        from desktop.ui.post_team import TeamPostDialog

        text = SAMPLES[0][1]
        council = team_view({"id": 1, "network": "x", "handle": "@CyngorCaerdydd"}, None)
        bluesky = team_view({"id": 2, "network": "bluesky", "handle": "@caerdydd.gov.uk"}, None)
        verdicts = {a.id: Verdict(a, text, (text,), (), frozenset()) for a in (council, bluesky)}
        side = TeamSide("alice", "approver", "Cyngor Caerdydd", True, direct=frozenset({council.id}))
        dialog = TeamPostDialog([council, bluesky], {council.id}, {}, window, verdicts, {}, team=side)
        save(dialog, "team-post")
        dialog.direct_box.setChecked(True)
        save(dialog, "team-post-direct")
        dialog.close()

    def team_holders() -> None:  # an admin's view of who publishes for each account, from a sample list
        from desktop.core.team.holders import Holders
        from desktop.ui.ops import ops_of
        from desktop.ui.team_holders import HoldersDialog

        people = [
            {"name": n, "role": r}
            for n, r in (("afon", "admin"), ("bethan", "approver"), ("carys", "author"))
        ]
        accounts = [
            {"id": 1, "network": "x", "handle": "@CyngorCaerdydd", "holders": ["afon", "bethan"]},
            {"id": 2, "network": "bluesky", "handle": "@caerdydd.gov.uk", "holders": []},
        ]
        dialog = HoldersDialog(ops_of(window), None, window)
        dialog.show_holders(Holders(accounts, people, can_change=True))
        dialog.people.setCurrentRow(1)
        save(dialog, "team-holders")
        dialog.show_holders(Holders(accounts, people, can_change=False))
        dialog.accounts.setCurrentRow(1)
        save(dialog, "team-holders-read-only")
        dialog.close()

    def calendar() -> None:
        view = window.posting.open_calendar()
        save(view, "calendar-week", 300)
        view.month.setChecked(True)
        save(view, "calendar-month")
        view.close()

    attempt("post", post)
    attempt("accounts", accounts)
    for network in ("mastodon", "bluesky", "x", "facebook"):
        attempt(f"connect {network}", lambda n=network: connect(n))
    attempt("settings", settings_dialog)
    attempt("history", history)
    attempt("team join", join)
    attempt("team post", team_post)
    attempt("team holders", team_holders)
    attempt("calendar", calendar)
    window.close()
    db.close()
    return failed


def main(out: str) -> int:
    out_dir = Path(out) if not out.endswith(".png") else Path(out).parent
    out_dir.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="crier-shot-"))
    try:
        os.environ["CRIER_DATA_DIR"] = str(data / "template")
        fill_samples()

        def run(language: str, scale: str, theme: str) -> subprocess.CompletedProcess[str]:
            suffix = f"{language}-{round(float(scale) * 100)}" + ("" if theme == "light" else f"-{theme}")
            copy = data / suffix
            shutil.copytree(data / "template", copy)  # each its own files: no locks between the runs
            env = {**os.environ, "CRIER_DATA_DIR": str(copy), "QT_QPA_PLATFORM": "offscreen"}
            env["QT_SCALE_FACTOR"] = scale
            command = [sys.executable, __file__, "--draw", language, theme, str(out_dir.resolve()), suffix]
            return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=180)

        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda r: run(*r), RUNS))
    finally:
        shutil.rmtree(data, ignore_errors=True)
    status = 0
    for (language, scale, theme), result in zip(RUNS, results, strict=True):
        if result.returncode != 0:
            status = 1
            print(f"{language} {scale}× {theme}: failed\n{result.stdout}{result.stderr}", file=sys.stderr)
    print(f"{len(list(out_dir.glob('*.png')))} pictures in {out_dir}")
    return status


if __name__ == "__main__":
    if sys.argv[1:2] == ["--draw"]:
        language, theme, out_dir, suffix = sys.argv[2:6]
        problems = draw(language, theme, Path(out_dir), suffix)
        for problem in problems:
            print(f"couldn't draw {problem}")
        sys.exit(1 if problems else 0)
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
