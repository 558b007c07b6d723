"""Defects found by session 7's review as a keyboard-only officer and a field officer, in Welsh too."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QMenuBar, QTabWidget, QWidget

from desktop.core.db import Database
from desktop.core.settings import Settings
from desktop.ui.main_window import MainWindow
from tests.fakes.crier_side import disk_full

# -- keyboard: Alt+letter reaches one thing ----------------------------------------------------------


@pytest.fixture(params=["en", "cy"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # noqa: ANN001
    from PySide6.QtCore import QLocale

    from desktop.ui import i18n

    if request.param == "cy":
        assert i18n.install_translations(qapp, "cy") == "cy"
    yield request.param
    for translator in qapp.findChildren(i18n.QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale("en_GB"))


def _letter(text: str) -> str | None:
    found = re.search(r"&(.)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(top: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys that more than one thing on screen in ``top``'s window answers to."""
    texts: list[str] = []
    mine = [w for w in top.findChildren(QWidget) if w.window() is top and w.isVisibleTo(top)]
    texts += [w.text() for w in mine if isinstance(w, QAbstractButton)]
    texts += [w.text() for w in mine if isinstance(w, QLabel) and w.buddy() is not None]
    for tabs in (w for w in mine if isinstance(w, QTabWidget)):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for bar in (w for w in mine if isinstance(w, QMenuBar)):
        texts += [a.text() for a in bar.actions() if a.isVisible()]
    return _repeated(texts)


def _repeated(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        if (letter := _letter(text)) is not None:
            by_letter[letter].append(text)
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


def test_each_alt_letter_reaches_one_thing_in_english_and_welsh(
    qtbot,
    language: str,
    window: MainWindow,  # noqa: ANN001
) -> None:
    """A keyboard-only officer presses Alt and the underlined letter. Where two things on screen share
    the letter, Qt does neither: it only moves the focus between them. In Welsh, Alt+G went to the
    drafts list's 'Dangos:' box and never opened the Golygu (Edit) menu; in the Outbox Alt+A (Ailgynnig,
    Retry), Alt+D (Diddymu, Cancel) and Alt+C (Copïo'r gwall) did nothing; in English the Outbox's
    '&Edit (back to drafts)' took Alt+E from the Edit menu and '&Open post' shared Alt+O with 'Sort by'.
    Accounts (Allgofnodi/Ailgysylltu), Settings and Join team had the same in Welsh."""
    draft = window.store.create(body="Bins go out on Tuesday next week.")
    window.model.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None)  # the editor's buttons are on screen
    found: dict[str, dict[str, list[str]]] = {}
    for key in ("Ctrl+1", "Ctrl+3", "Ctrl+2", "Ctrl+4"):
        qtbot.keyClick(window, Qt.Key(ord(key[-1])), Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(50)
        if clashes := _clashes(window):
            found[f"window {key}"] = clashes
    for menu in window.menuBar().findChildren(QMenu):
        items = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        if clashes := _repeated(items):
            found[f"menu {menu.title()}"] = clashes

    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.team_join_dialog import JoinDialog

    settings = SettingsDialog(Settings.load(), window)
    settings.show()
    for tabs in settings.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            if clashes := _clashes(settings):
                found[f"settings tab {index}"] = clashes
    settings.close()
    join = JoinDialog("", False, window)
    join.show()
    if clashes := _clashes(join):
        found["join team"] = clashes
    join.close()
    accounts = window.posting.open_accounts()
    if clashes := _clashes(accounts):
        found["accounts"] = clashes
    accounts.close()
    assert not found, found


def test_alt_and_the_edit_menus_letter_opens_it(qtbot, language: str, window: MainWindow) -> None:  # noqa: ANN001
    """The same seen from the keyboard: Alt and the Edit menu's letter opens the Edit menu."""
    window.drafts.list.setFocus()
    edit = next(a for a in window.menuBar().actions() if a.text() in ("&Edit", "&Golygu"))
    letter = _letter(edit.text())
    assert letter is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    assert QApplication.activePopupWidget() is edit.menu()
    edit.menu().close()


# -- the clock going back -------------------------------------------------------------------------------


def test_a_post_waiting_to_retry_still_goes_when_the_clock_is_put_back_an_hour(db) -> None:  # noqa: ANN001
    """A field officer's laptop fails a post on a flaky connection at 10:00:00 (retry in a few seconds);
    then the clock is put back an hour (NTP correcting a laptop that ran fast, a wrong time-zone fix).
    The post said 'Retrying at 10:00:02' and sat in the outbox for an hour and a half, long after the
    network was back: the retry time was kept on the old clock, and the engine trusted it."""
    import random

    from desktop.core.accounts import Accounts
    from desktop.core.networks.publishing import ErrorKind, PublishError
    from desktop.core.outbox import Outbox, State
    from desktop.core.sync import RETRY_BASE, SyncEngine
    from tests.fakes.scripted import Network, ScriptedPublisher
    from tests.test_sync_engine import Clock

    net, clock = Network(), Clock()
    engine = SyncEngine(
        db, lambda account: ScriptedPublisher(net, account), clock=clock, rng=random.Random(1)
    )
    account = Accounts(db).add("x", "@council").id
    outbox = Outbox(db)
    scheduled = outbox.queue([account], ["Fireworks at 7"], scheduled_at=clock.now + timedelta(minutes=20))[0]
    (post_id,) = outbox.queue([Accounts(db).add("x", "@field").id], ["Road open again"])
    net.fail_next("publish", PublishError(ErrorKind.RETRY_LATER, "X is having trouble."))
    assert engine.run_once().waiting == [post_id]

    clock.advance(hours=-1)  # the clock is put back
    clock.advance(seconds=RETRY_BASE.total_seconds())  # longer than the retry wait it was given
    assert engine.run_once().sent == [post_id], outbox.get(post_id).state
    assert outbox.get(post_id).state is State.SENT
    assert outbox.get(scheduled).state is State.SCHEDULED  # a scheduled time is the officer's: it waits


# -- a screen reader hears whether the draft was saved ----------------------------------------------------


def test_a_screen_reader_hears_whether_the_draft_was_saved(qtbot, window: MainWindow, db: Database) -> None:  # noqa: ANN001
    """The status bar's save label says 'Saved 10:02' or, in bold red, 'Not saved: ...', but its accessible
    name was fixed to 'Save status' and it had no description: a screen reader on the label read 'Save
    status' and nothing else, whether the draft was saved or not. Typed, saved by the autosaver, and not
    saved on a full disk (then saved once there is room again), as it happens."""
    from PySide6.QtGui import QAccessible

    draft = window.store.create(body="Road closed")
    window.model.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None)

    def heard() -> str:
        label = QAccessible.queryAccessibleInterface(window.save_label)
        return " ".join(label.text(kind) for kind in (QAccessible.Text.Name, QAccessible.Text.Description))

    window.editor.body.setPlainText("Road closed: the A470 north of the bridge until 6pm")
    qtbot.waitUntil(lambda: window.store.get(draft.id).body.endswith("6pm") and not window.autosaver.dirty)
    assert window.save_label.text().startswith("Saved")
    assert window.save_label.text() in heard(), heard()
    with disk_full(db):
        window.editor.body.setPlainText("Road closed " * 50_000)
        qtbot.waitUntil(lambda: window.save_label.text().startswith("Not saved"), timeout=30_000)
        assert "Not saved: the disk is full" in heard(), heard()
    qtbot.waitUntil(lambda: window.save_label.text().startswith("Saved"), timeout=30_000)  # its retry
    assert window.save_label.text() in heard(), heard()
