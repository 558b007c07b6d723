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


# -- a bilingual draft's findings: Apply, Ignore and going to the words ------------------------------------


def _bilingual_with_findings(qtbot, window):  # noqa: ANN001, ANN202
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor.draft is not None)
    editor = window.editor
    qtbot.keyClicks(editor.body, "Fill in the form today, it only takes five minutes to do.")
    editor.bilingual.setChecked(True)
    editor.sides.welsh.text.setPlainText("Llenwch y ffurflen er mwyn gwneud cais.")
    editor.sides.english.text.setPlainText("Fill in the form in order to apply.")

    def plain() -> dict[str, object]:
        result = window.last_checks
        return {f.suggestion: f for f in result.findings if f.rule == "plain-english"} if result else {}

    qtbot.waitUntil(lambda: set(plain()) == {"i wneud", "to"}, timeout=5000)
    return editor, plain


def _choose(window, finding) -> None:  # noqa: ANN001
    from desktop.ui.checks_view import FINDING_ROLE

    panel = window.checks
    rows = [panel.model.index(row, 0) for row in range(panel.model.rowCount())]
    [index] = [i for i in rows if i.data(FINDING_ROLE) == finding]
    panel.list.setFocus()
    panel.list.setCurrentIndex(index)


def test_apply_on_a_bilingual_draft_changes_the_side_the_words_are_in(qtbot, window, store) -> None:  # noqa: ANN001
    """Apply suggestion replaced the finding's place in the hidden one-language text, not in the Welsh or
    English side it was found in (the checks ran on the sides joined): the Welsh stayed "er mwyn gwneud",
    and the kept one-language text, longer than the place, was silently rewritten in the middle of a word
    ("Fill in the form toi wneudakes five minutes to do."), to be found broken when Bilingual was unticked."""
    from PySide6.QtCore import Qt

    editor, plain = _bilingual_with_findings(qtbot, window)
    _choose(window, plain()["i wneud"])
    window.checks.apply_button.click()
    assert editor.sides.welsh.text.toPlainText() == "Llenwch y ffurflen i wneud cais."
    assert editor.sides.english.text.toPlainText() == "Fill in the form in order to apply."
    assert editor.body.toPlainText() == "Fill in the form today, it only takes five minutes to do."
    assert editor.sides.welsh.text.hasFocus()  # the keyboard is at the changed words
    qtbot.waitUntil(lambda: set(plain()) == {"to"}, timeout=5000)
    qtbot.keyClick(editor.sides.welsh.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.sides.welsh.text.toPlainText() == "Llenwch y ffurflen er mwyn gwneud cais."


def test_ignore_on_a_bilingual_draft_remembers_the_words_it_was_found_in(qtbot, window, store) -> None:  # noqa: ANN001
    """Ignore here remembered the words at the finding's place in the hidden one-language text (here past
    its end: "plain-english:"), so the finding stayed in the list however often it was ignored."""
    editor, plain = _bilingual_with_findings(qtbot, window)
    _choose(window, plain()["to"])
    window.checks.ignore_button.click()
    qtbot.waitUntil(lambda: set(plain()) == {"i wneud"}, timeout=5000)
    qtbot.waitUntil(lambda: store.get(editor.draft.id).ignored_findings == ("plain-english:in order to",))


def test_choosing_a_bilingual_finding_selects_its_words_in_its_side(qtbot, window) -> None:  # noqa: ANN001
    """Choosing a finding (Enter or a click) selected its place in the hidden one-language text; a screen
    reader user heard nothing and the Welsh words were never selected."""
    from PySide6.QtCore import Qt

    editor, plain = _bilingual_with_findings(qtbot, window)
    _choose(window, plain()["i wneud"])
    qtbot.keyClick(window.checks.list, Qt.Key.Key_Return)
    assert editor.sides.welsh.text.textCursor().selectedText() == "er mwyn gwneud"
    assert editor.sides.welsh.text.hasFocus()


# -- the Cymraeg Clir check is named as a Welsh check ----------------------------------------------------


@pytest.fixture
def welsh(qapp):  # noqa: ANN001, ANN201
    from PySide6.QtCore import QLocale

    from desktop.ui import i18n

    if not CATALOGUE.is_file():
        pytest.fail("resources/translations/crier_cy.qm is missing: run make translations")
    assert i18n.install_translations(qapp, "cy") == "cy"
    yield
    for translator in qapp.findChildren(i18n.QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale("en_GB"))


def test_the_check_that_offers_plain_welsh_says_so_in_welsh(welsh) -> None:  # noqa: ANN001
    """Cymraeg Clir's help for formal Welsh comes from the plain-English check, which a Welsh officer saw in
    Settings as "Saesneg Clir" (Plain English), described as GOV.UK's English words, and the Welsh guide
    listed only "Saesneg clir": nothing told her the Welsh help was there, and unticking what read as the
    English-only check silently turned the Welsh help off too."""
    from desktop.core.paths import RESOURCES
    from desktop.core.tone.checker import RULES
    from desktop.ui.i18n import shown

    info = RULES["plain-english"]
    assert "Cymraeg Clir" in shown(info.title)
    assert "Cymraeg Clir" in shown(info.description) and "ynghylch" in shown(info.description)
    assert "Welsh" in info.title  # and the English names it too
    guide = (RESOURCES / "help" / "user-guide.cy.html").read_text(encoding="utf-8")
    assert "Cymraeg clir" in guide


# -- the status bar's outbox words reach a screen reader ----------------------------------------------------


def test_a_screen_reader_hears_how_many_posts_wait_and_why(qtbot, db) -> None:  # noqa: ANN001
    """The status bar's "1 waiting to post · 1 need attention" is a label named "Posts waiting", and a
    label's accessible name replaces its text: a screen reader read the name and never the counts (as the
    save status did until review 7). The connection state beside it is heard through its tooltip, which Qt
    reads as the description; the counts had none."""
    import random
    from datetime import datetime

    from PySide6.QtGui import QAccessible

    from desktop.core.accounts import Accounts
    from desktop.core.networks.publishing import ErrorKind, PublishError
    from desktop.core.outbox import Outbox
    from desktop.core.sync import SyncEngine
    from desktop.ui.main_window import MainWindow
    from tests.fakes.scripted import Network, ScriptedPublisher
    from tests.test_outbox_ui import Link

    net, link = Network(), Link()
    engine = SyncEngine(db, lambda account: ScriptedPublisher(net, account), rng=random.Random(3))
    account = Accounts(db).add("x", "@council").id
    Outbox(db).queue([account], ["Ffair Nadolig yfory."], scheduled_at=datetime(2099, 1, 1, 12, 0))
    window = MainWindow(DraftStore(db), sync=(engine, link))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    posting = window.posting

    def heard(label) -> str:  # noqa: ANN001
        reader = QAccessible.queryAccessibleInterface(label)
        return f"{reader.text(QAccessible.Text.Name)} {reader.text(QAccessible.Text.Description)}"

    qtbot.waitUntil(lambda: posting.waiting_label.text() == "1 waiting to post")
    assert "1 waiting to post" in heard(posting.waiting_label)
    qtbot.waitUntil(lambda: "can't be reached" in posting.online_label.text())
    assert "X can't be reached" in heard(posting.online_label)
    link.online = True
    Outbox(db).queue([account], ["Dim credyd."])
    net.fail_next("publish", PublishError(ErrorKind.NEEDS_ATTENTION, "Your X plan has no API credit left."))
    posting.sync.kick()
    qtbot.waitUntil(lambda: "1 need attention" in posting.waiting_label.text(), timeout=5000)
    assert "1 need attention" in heard(posting.waiting_label)
    window.close()


def test_a_screen_reader_hears_each_side_s_counts_on_a_bilingual_draft(qtbot, window) -> None:  # noqa: ANN001
    """Under each side of a bilingual draft, "X 25/280" was a label named "Counts for Cymraeg (Welsh)": a
    screen reader heard the name and never the count."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor.draft is not None)
    editor = window.editor
    editor.bilingual.setChecked(True)
    qtbot.keyClicks(editor.sides.welsh.text, "Llyfrgell ar agor yn hwyr")
    counts = editor.sides.welsh.counts
    qtbot.waitUntil(lambda: counts.text() == "X 25/280", timeout=2000)
    reader = QAccessible.queryAccessibleInterface(counts)
    assert "X 25/280" in reader.text(QAccessible.Text.Name) + reader.text(QAccessible.Text.Description)


# -- the Accounts dialog's keyring problem in Welsh ---------------------------------------------------------


def test_the_accounts_dialog_says_why_credentials_cant_be_stored_in_welsh(qtbot, welsh) -> None:  # noqa: ANN001
    """With no usable keyring (a fresh profile, a locked-down PC), Accounts in Welsh said at its top, in red
    and in English, "Crier can't store credentials on this computer because there is no secure credential
    store ... ask IT to set one up for your account." The sentence is in the catalogue; the dialog showed the
    status's marked words as they were instead of through ``shown``."""
    from keyring.backends import fail

    from desktop.core.credentials import SecretStore
    from desktop.ui.accounts_dialog import AccountsDialog

    status = SecretStore(backend=fail.Keyring()).status()
    assert not status.available
    dialog = AccountsDialog(lambda: [], lambda *_: None, lambda _a: None, lambda _a: None, lambda: status)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.keyring_label.text() != "")
    assert dialog.keyring_label.text().startswith("All Crier ddim cadw manylion mewngofnodi")
