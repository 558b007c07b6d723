"""The preview of a bilingual draft: the pair (the Welsh account's post, then the English account's) or the
one bilingual post, as each network will show it, Welsh first."""

from __future__ import annotations

from desktop.core.accounts import Accounts
from desktop.core.bilingual import ACCOUNT_MODE_KEY, Bilingual
from desktop.core.db import open_database
from desktop.core.paths import app_paths
from desktop.core.preview import bilingual_preview
from desktop.core.store import DraftStore
from desktop.ui.main_window import MainWindow
from tests.test_bilingual import CY, EN, LONG_CY, LONG_EN

BOTH_DEFAULT = {"posting.language_mode": "both"}


def test_a_pair_shows_the_welsh_post_first_and_a_bilingual_post_has_both() -> None:
    modes = {"x": ["en", "cy"], "bluesky": ["both"], "mastodon": []}  # Mastodon: the council's default
    shown = bilingual_preview(Bilingual(CY, EN), modes, BOTH_DEFAULT)
    assert [(p.network, p.side) for p in shown] == [
        ("x", "cy"),
        ("x", "en"),
        ("bluesky", "both"),
        ("mastodon", "both"),
    ]
    assert [p.posts[0].shown for p in shown[:2]] == [CY, EN]
    assert shown[2].posts[0].shown == f"{CY}\n\n{EN}" and len(shown[2].posts) == 1
    assert (shown[0].language, shown[1].language) == (None, None)  # X detects the language itself
    assert shown[2].language == "cy, en"  # Bluesky's langs, Welsh first
    assert shown[3].language == "cy"  # Mastodon takes one language: the first


def test_a_bilingual_post_too_long_for_one_opens_its_thread_in_welsh() -> None:
    (x,) = bilingual_preview(Bilingual(LONG_CY, LONG_EN), {"x": []}, BOTH_DEFAULT)
    assert len(x.posts) > 1
    assert x.posts[0].shown.startswith("Mae'r ffordd") and "The road" not in x.posts[0].shown
    (english_first,) = bilingual_preview(
        Bilingual(CY, EN), {"x": []}, {**BOTH_DEFAULT, "posting.bilingual_order": "en-first"}
    )
    assert english_first.posts[0].shown == f"{EN}\n\n{CY}"  # the order policy sets


def test_the_window_previews_a_bilingual_draft_as_the_accounts_will_get_it(qtbot) -> None:  # noqa: ANN001
    db = open_database(app_paths().ensure())
    accounts = Accounts(db)
    accounts.add("x", "@CyngorCymraeg", settings={ACCOUNT_MODE_KEY: "cy"})
    accounts.add("x", "@CouncilEnglish", settings={ACCOUNT_MODE_KEY: "en"})
    accounts.add("bluesky", "council.bsky.social")  # no mode of its own: the council's default, bilingual
    store = DraftStore(db)
    draft = store.create(networks=("x", "bluesky"))
    store.save(draft.id, title="", body=EN, bilingual=True, text_cy=CY, text_en=EN)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.row_of(draft.id) >= 0)
    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id == draft.id)
    window.toggle_preview()
    qtbot.waitUntil(lambda: len(window.preview.previews) == 3, timeout=5000)
    assert [(p.network, p.side) for p in window.preview.previews] == [
        ("x", "cy"),
        ("x", "en"),
        ("bluesky", "both"),
    ]
    page = window.preview.view.toPlainText()
    welsh, english, bilingual = (
        page.index("X, the Welsh account"),
        page.index("X, the English account"),
        page.index("Bluesky, one bilingual post"),
    )
    assert welsh < page.index(CY) < english < page.index(EN) < bilingual
    assert "Language: cy, en" in page
    window.close()
    db.close()
