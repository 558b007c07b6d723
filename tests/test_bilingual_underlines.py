"""A bilingual draft's findings are underlined in the side they are in, as in the single editor."""

from __future__ import annotations

from desktop.core.db import open_database
from desktop.core.paths import app_paths
from desktop.core.store import DraftStore
from desktop.ui.main_window import MainWindow

WELSH = "  Manylion yn http://example.gov.uk heno."  # leading spaces: the checks trim them, the editor keeps
ENGLISH = "We will utilise the hall. PLEASE DO NOT PARK THERE."


def _underlined(side) -> list[tuple[str, str]]:  # noqa: ANN001
    text = side.text.toPlainText()
    return [(text[start:end], fmt.toolTip()) for start, end, fmt in side.text.spell_highlighter.marks()]


def test_each_side_underlines_its_own_findings(qtbot) -> None:  # noqa: ANN001
    db = open_database(app_paths().ensure())
    store = DraftStore(db)
    draft = store.create(networks=("x",))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.row_of(draft.id) >= 0)
    window.select_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None and window.editor.draft.id == draft.id)
    editor = window.editor
    editor.bilingual.setChecked(True)
    editor.sides.welsh.text.setPlainText(WELSH)
    qtbot.keyClicks(editor.sides.english.text, ENGLISH)
    qtbot.waitUntil(
        lambda: bool(_underlined(editor.sides.english)) and bool(_underlined(editor.sides.welsh)),
        timeout=5000,
    )
    welsh, english = _underlined(editor.sides.welsh), _underlined(editor.sides.english)
    assert [w for w, _ in welsh] == ["http://example.gov.uk"]
    assert welsh[0][1].startswith("This link isn't secure")
    words = [w for w, _ in english]
    assert "utilise" in words and "PLEASE DO NOT PARK THERE" in words
    assert not any("http" in w for w in words)

    qtbot.keyClicks(editor.sides.welsh.text, " Diolch")  # typing on moves the underlines with the text
    qtbot.waitUntil(
        lambda: window.last_checks is not None and "Diolch" in window.last_checks.text, timeout=5000
    )
    assert [w for w, _ in _underlined(editor.sides.welsh)] == ["http://example.gov.uk"]
    editor.bilingual.setChecked(False)  # back to one text: the sides' underlines go
    qtbot.waitUntil(lambda: not _underlined(editor.sides.welsh), timeout=5000)
    window.close()
    db.close()
