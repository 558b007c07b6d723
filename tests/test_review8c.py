"""Review 8c: a Welsh-speaking comms officer who uses a screen reader and the keyboard, at 150% scaling.

Each test failed on main for the reason its docstring gives; real parts only (a real SQLite file, the real
tone checker, real `crier` subprocesses, real widgets offscreen).
"""

from __future__ import annotations

import pytest

from desktop.core.drafts import DraftQuery, Sort, View
from desktop.core.store import DraftStore
from desktop.core.tone import check
from tests.test_cli_welsh import CATALOGUE, choose, crier

# -- the drafts list's "Title A–Z" -------------------------------------------------------------------------


def test_title_a_to_z_follows_the_welsh_alphabet_and_ignores_accents(store: DraftStore) -> None:
    """Welsh has ch, dd, ff, ng, ll, ph, rh and th as letters of their own, each after its first letter's
    words: "Cyngor" before "Chwarae", "Lyn" before "Llandudno". Title A–Z sorted by SQLite's lower(), which
    folds ASCII only and compares code points: every Welsh digraph sorted as two letters, and a title that
    begins with an accented capital ("Ŵyl", "Élan") came after "Zebra", at the very end of the list."""
    titles = ["Llandudno", "Lyn", "Chwarae", "Cyngor", "Ffordd", "Fy", "Rhyl", "Rygbi", "Zebra", "Ŵyl"]
    for title in titles:
        store.create(title, "Testun.", ("x",), "cy")
    titles = [row.title for row in store.page(DraftQuery("", View.DRAFTS, Sort.TITLE))]
    assert titles == [
        "Cyngor",
        "Chwarae",
        "Fy",
        "Ffordd",
        "Lyn",
        "Llandudno",
        "Rygbi",
        "Rhyl",
        "Ŵyl",
        "Zebra",
    ]


def test_title_a_to_z_keeps_english_order_for_english_drafts_and_folds_their_accents(
    store: DraftStore,
) -> None:
    for title in ("Cyber security", "Élan Valley", "Chair's update", "zoo licence", "Ellis"):
        store.create(title, "Text.", ("x",), "en")
    titles = [row.title for row in store.page(DraftQuery("", View.DRAFTS, Sort.TITLE))]
    assert titles == ["Chair's update", "Cyber security", "Élan Valley", "Ellis", "zoo licence"]


def test_drafts_from_before_the_upgrade_sort_by_the_welsh_alphabet_too(tmp_path) -> None:  # noqa: ANN001
    """A database an older Crier left gets each draft's key as it upgrades, so its list sorts at once."""
    from desktop.core.db import open_database
    from desktop.core.paths import app_paths
    from tests.old_databases import database_at

    paths = app_paths().ensure()
    with database_at(paths.database, "0010") as conn:
        for title in ("Llandudno", "Lyn", "Zebra", "Ŵyl"):
            conn.exec_driver_sql(
                "INSERT INTO drafts (title, display_title, body, status, networks, language,"
                " ignored_findings, created_at, updated_at) VALUES (?, ?, '', 'draft', '[]', 'cy', '[]',"
                " '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')",
                (title, title),
            )
    db = open_database(paths)
    try:
        rows = DraftStore(db).page(DraftQuery("", View.DRAFTS, Sort.TITLE))
        assert [row.title for row in rows] == ["Lyn", "Llandudno", "Ŵyl", "Zebra"]
    finally:
        db.close()


# -- plain Welsh: a swap must not break the next word --------------------------------------------------------


@pytest.mark.parametrize(
    ("welsh", "offered"),
    [
        ("Rydym yn ysgrifennu atoch ynghylch dy fil treth gyngor.", "am dy"),  # the possessive never softens
        ("Cysylltwch â ni ynghylch beth sy'n digwydd yn y sir.", "am beth"),  # "beth" is already soft
        ("Rydym yn ysgrifennu atoch ynghylch COVID-19 a'r brechlyn.", "am COVID"),  # initials never mutate
        ("Mae'r cyngor yn holi ynghylch TGAU yn y sir eleni.", "am TGAU"),
        ("Ffoniwch ni er mwyn tsiecio'r cais cyn dydd Llun.", "i tsiecio'r"),  # ts- has no soft form
        ("ER MWYN GWNEUD CAIS, FFONIWCH NI HEDDIW.", "I WNEUD"),  # a post in capitals still softens
    ],
)
def test_a_plain_welsh_swap_never_offers_a_wrong_mutation(welsh: str, offered: str) -> None:
    """Apply puts the suggestion into the post as it is. The soft mutation was applied to whatever word
    followed: "ynghylch dy fil" was offered as "am ddy fil", "ynghylch COVID-19" as "am GOVID-19",
    "ynghylch beth" as "am feth" — Welsh no Welsh speaker writes, on a council's own account."""
    [finding] = [f for f in check(welsh) if f.rule == "plain-english"]
    assert finding.suggestion == offered


# -- crier --help in Welsh -----------------------------------------------------------------------------------


def test_every_line_of_crier_help_is_welsh() -> None:
    """`crier --help` in Welsh listed "--version  show program's version number and exit" in English: the
    words are in the catalogue, but Python's argparse gives that option its help as a plain literal (not
    through its gettext hook), so it was never looked up."""
    if not CATALOGUE.is_file():
        pytest.fail("resources/translations/crier_cy.qm is missing: run make translations")
    choose("cy")
    shown = crier("--help").stdout
    assert "show program's version number and exit" not in shown
    assert "dangos rhif fersiwn y rhaglen a gadael" in shown


# -- keyboard: Tab leaves a table ----------------------------------------------------------------------------


def _tab_leaves(qtbot, table, key) -> bool:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    for _ in range(table.model().rowCount() * table.model().columnCount() + 2):
        qtbot.keyClick(QApplication.focusWidget(), key)
        if QApplication.focusWidget() is not table:
            return True
    return False


def test_tab_and_shift_tab_leave_the_outbox_table(qtbot, db) -> None:  # noqa: ANN001
    """Keyboard-only, Tab reached the Outbox table and never left it: a QTableView moves Tab from cell to
    cell (tabKeyNavigation), and at the last cell it swallows the key, so Tab, Shift+Tab and even Ctrl+Tab
    stayed in the table. Send now, Retry, Cancel and the rest below it, and everything else in the window,
    could not be reached by Tab again (a keyboard trap, WCAG 2.1.2)."""
    import random
    from datetime import datetime

    from PySide6.QtCore import Qt

    from desktop.core.accounts import Accounts
    from desktop.core.outbox import Outbox
    from desktop.core.sync import SyncEngine
    from desktop.ui.main_window import MainWindow
    from tests.fakes.scripted import Network, ScriptedPublisher
    from tests.test_outbox_ui import Link

    net = Network()
    engine = SyncEngine(db, lambda account: ScriptedPublisher(net, account), rng=random.Random(3))
    account = Accounts(db).add("x", "@council").id
    Outbox(db).queue([account], ["Ffair Nadolig yfory."], scheduled_at=datetime(2099, 1, 1, 12, 0))
    window = MainWindow(DraftStore(db), sync=(engine, Link()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.posting.panel
    qtbot.waitUntil(lambda: window.posting.dock.isVisible() and panel.model.rowCount() == 1)
    assert _tab_leaves(qtbot, panel.table, Qt.Key.Key_Tab)
    assert _tab_leaves(qtbot, panel.table, Qt.Key.Key_Backtab)
    window.close()


def test_tab_leaves_the_accounts_table(qtbot) -> None:  # noqa: ANN001
    """The same trap in Accounts: Tab into the list of accounts and Sign out, Make default and Close could
    no longer be reached by Tab."""
    from PySide6.QtCore import Qt

    from desktop.core.credentials import KeyringStatus
    from desktop.ui.accounts_dialog import AccountsDialog
    from tests.test_dialog_layout import AccountStatus, account

    accounts = [account("x", AccountStatus.CONNECTED)]
    dialog = AccountsDialog(
        lambda: accounts,
        lambda *_: accounts[0],
        lambda _a: None,
        lambda _a: None,
        lambda: KeyringStatus(True, "keyring.backends.SecretService.Keyring", "stored"),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert _tab_leaves(qtbot, dialog.table, Qt.Key.Key_Tab)
    assert _tab_leaves(qtbot, dialog.table, Qt.Key.Key_Backtab)


def test_tab_leaves_the_team_submissions_table(qtbot) -> None:  # noqa: ANN001
    """And in the Team area's submissions table, before its Who publishes… button and the review pane."""
    from PySide6.QtCore import Qt

    from desktop.core.team.desk import TeamSnapshot
    from desktop.ui.team_view import TeamPanel

    panel = TeamPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    waiting = {"id": 1, "state": "submitted", "text": "Ffair Nadolig yfory.", "account": "X · @council"}
    waiting |= {"author": "bob", "submitted_at": None}
    snapshot = TeamSnapshot(joined=True, user="alice", role="approver", team="t", submissions=[waiting])
    panel.show_snapshot(snapshot)
    assert panel.model.rowCount() == 1
    assert _tab_leaves(qtbot, panel.table, Qt.Key.Key_Tab)
