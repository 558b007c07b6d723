"""Spelling in British English and Welsh: the real Hunspell engine and Crier's shipped dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from desktop.core.spelling import Speller, words
from desktop.ui.spelling import (
    NEAR,
    SpellingService,
    add_spelling_actions,
    attach_spelling,
    paragraph_language,
)


@pytest.fixture(scope="module")
def speller() -> Speller:
    loaded = Speller()
    loaded.load()
    return loaded


def wrong_words(speller: Speller, text: str, language: str) -> list[str]:
    return [w.word for w in speller.misspelled(text, language)]


def test_british_spellings_are_right_and_american_ones_are_not(speller: Speller) -> None:
    assert wrong_words(speller, "The colour of the centre was organised well.", "en") == []
    # en_GB-ise, as GOV.UK writes: "organise", not "organize"
    assert wrong_words(speller, "The color of the center was organized.", "en") == [
        "color",
        "center",
        "organized",
    ]


def test_welsh_words_with_circumflexes_and_mutations_are_known(speller: Speller) -> None:
    text = "Croeso i'r ŵyl yng Nghaerdydd. Mae'r tŷ ar gau."
    assert wrong_words(speller, text, "cy") == []
    assert wrong_words(speller, "Croeso i Gaerdyd", "cy") == ["Gaerdyd"]


def test_a_circumflex_typed_as_a_combining_mark_is_the_same_word(speller: Speller) -> None:
    decomposed = "gw\u0302yl"
    assert [w.word for w in words(decomposed)] == [decomposed]
    assert wrong_words(speller, decomposed, "cy") == []


def test_links_handles_hashtags_and_numbers_are_not_spell_checked(speller: Speller) -> None:
    text = (
        "See https://www.cardiff.gov.uk/roadz and www.exampel.org, ask @CardifCouncil #RoadClosurez 10am x2"
    )
    assert wrong_words(speller, text, "en") == []


def test_positions_point_at_the_word(speller: Speller) -> None:
    text = "Bins are colected on Tuesday."
    (wrong,) = speller.misspelled(text, "en")
    assert text[wrong.start : wrong.end] == "colected"


def test_council_and_place_names_from_the_word_lists_are_known(speller: Speller) -> None:
    assert wrong_words(speller, "Monmouthshire and Pembrokeshire councils", "en") == []


def test_suggestions_come_from_the_dictionary(speller: Speller) -> None:
    assert "receive" in speller.suggest("recieve", "en")
    assert "Caerdydd" in speller.suggest("Caerdyd", "cy")


def test_the_personal_dictionary_is_kept_on_disk(tmp_path) -> None:
    path = tmp_path / "words.txt"
    first = Speller(path)
    first.load(["en"])
    assert not first.check("Llanwrtydify", "en")
    first.add("Llanwrtydify")
    assert first.check("Llanwrtydify", "en")
    assert path.read_text(encoding="utf-8") == "Llanwrtydify\n"
    again = Speller(path)
    assert again.check("Llanwrtydify", "en")
    assert again.personal_words() == ["Llanwrtydify"]


def test_which_language_knows_a_word(speller: Speller) -> None:
    assert speller.is_word_of("weekend", "en") and not speller.is_word_of("weekend", "cy")
    assert speller.is_word_of("penwythnos", "cy") and not speller.is_word_of("penwythnos", "en")


def _underlined(editor: QPlainTextEdit) -> list[str]:
    block = editor.document().firstBlock()
    found = []
    for fmt in block.layout().formats():
        if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
            found.append(block.text()[fmt.start : fmt.start + fmt.length])
    return found


def _checked_editor(
    qtbot, tmp_path: Path, language: str = "en", *, loaded: bool = False, shown: bool = False
) -> tuple[SpellingService, QPlainTextEdit]:
    """A plain-text editor checked by a spelling service of its own word list; ``loaded``: the dictionaries
    read now rather than in the background; ``shown``: on screen at 500×300, as a long paste is seen."""
    service = SpellingService(Speller(tmp_path / "words.txt"))
    if loaded:
        service.speller.load()
        service.available = True
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    if shown:
        editor.resize(500, 300)
        editor.show()
        qtbot.waitExposed(editor)
    attach_spelling(editor, service, language)
    return service, editor


def _fresh(service: SpellingService, text: str) -> QPlainTextEdit:
    """An editor, not shown, given ``text`` and highlighted in full: what every underline should be."""
    fresh = QPlainTextEdit()
    attach_spelling(fresh, service).rehighlight()
    fresh.setPlainText(text)
    return fresh


def test_the_editor_underlines_misspellings_once_the_dictionaries_load(qtbot, tmp_path) -> None:
    service, editor = _checked_editor(qtbot, tmp_path)
    highlighter = editor.spell_highlighter
    editor.setPlainText("Bins are colected on Tusday.")
    assert _underlined(editor) == []  # nothing until the dictionaries are ready; typing never waits
    service.load_in_background()
    qtbot.waitUntil(lambda: _underlined(editor) == ["colected", "Tusday"], timeout=10_000)
    highlighter.set_language("cy")  # a Welsh draft: a short line is checked as Welsh
    editor.setPlainText("Bins tŷ")
    qtbot.waitUntil(lambda: _underlined(editor) == ["Bins"], timeout=5_000)


def test_an_emoji_before_a_misspelt_word_does_not_move_its_underline(qtbot, tmp_path) -> None:
    """Qt counts an emoji as two UTF-16 units, Python as one character: the underline is where the word is."""
    service, editor = _checked_editor(qtbot, tmp_path)
    service.load_in_background()
    editor.setPlainText("👍👍 Bins are colected today")
    block = editor.document().firstBlock()
    spell = QTextCharFormat.UnderlineStyle.SpellCheckUnderline

    def underlined() -> list[str]:
        units = block.text().encode("utf-16-le")
        return [
            units[2 * r.start : 2 * (r.start + r.length)].decode("utf-16-le")
            for r in block.layout().formats()
            if r.format.underlineStyle() == spell
        ]

    qtbot.waitUntil(lambda: underlined() == ["colected"], timeout=10_000)


def test_findings_marks_are_drawn_with_the_spelling_and_follow_the_text(qtbot, tmp_path) -> None:
    """The checks' marks (checks_view.highlight) are the highlighter's formats too: a misspelt word inside
    one gets the red line and keeps the mark's shading; the marks follow an edit before them; new marks
    replace the old."""
    from PySide6.QtGui import QColor, QTextCursor

    service, editor = _checked_editor(qtbot, tmp_path)
    highlighter = editor.spell_highlighter
    service.load_in_background()
    editor.setPlainText("Bins are colected on Tuesday.")
    qtbot.waitUntil(lambda: _underlined(editor) == ["colected"], timeout=10_000)
    shade = QTextCharFormat()
    shade.setBackground(QColor(198, 40, 40, 50))
    cursor = QTextCursor(editor.document())
    cursor.setPosition(5)
    cursor.setPosition(20, QTextCursor.MoveMode.KeepAnchor)  # "are colected on"
    highlighter.set_marks([(cursor, shade)])
    formats = editor.document().firstBlock().layout().formats()
    shaded = {(r.start, r.start + r.length) for r in formats if r.format.background().color().alpha() == 50}
    assert {(5, 9), (9, 17), (17, 20)} <= shaded  # the misspelt word in it too
    assert _underlined(editor) == ["colected"]
    QTextCursor(editor.document()).insertText("Our ")  # before the mark
    assert [(start, end) for start, end, _fmt in highlighter.marks()] == [(9, 24)]
    highlighter.set_marks([])
    formats = editor.document().firstBlock().layout().formats()
    assert not [r for r in formats if r.format.background().color().alpha() == 50]
    assert _underlined(editor) == ["colected"]


def test_the_context_menu_offers_suggestions_and_add_to_dictionary(qtbot, tmp_path) -> None:
    service, editor = _checked_editor(qtbot, tmp_path)
    highlighter = editor.spell_highlighter
    service.load_in_background()
    qtbot.waitUntil(lambda: service.available, timeout=10_000)
    editor.setPlainText("Bins are colected on Tusday.")
    menu = QMenu()
    add_spelling_actions(menu, editor, editor.toPlainText().index("colected") + 2, highlighter, service)
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "collected" in labels
    assert labels[-1] == "Add “colected” to dictionary"
    next(a for a in menu.actions() if a.text() == "collected").trigger()
    assert editor.toPlainText() == "Bins are collected on Tusday."
    editor.document().undo()
    assert editor.toPlainText() == "Bins are colected on Tusday."

    menu = QMenu()
    add_spelling_actions(menu, editor, editor.toPlainText().index("Tusday"), highlighter, service)
    menu.actions()[-2].trigger()  # the last action before the separator: add to dictionary
    qtbot.waitUntil(lambda: _underlined(editor) == ["colected"], timeout=5_000)
    assert (tmp_path / "words.txt").read_text(encoding="utf-8") == "Tusday\n"


def test_the_main_window_spell_checks_the_draft_in_its_language(qtbot) -> None:
    from desktop.core.db import open_database
    from desktop.core.paths import app_paths
    from desktop.core.store import DraftStore
    from desktop.ui.main_window import MainWindow

    db = open_database(app_paths().ensure())
    try:
        store = DraftStore(db)
        english = store.create(body="Bins are colected on Tuesday.")
        welsh = store.create(body="Mae'r biniau yn cael eu casglu ddydd Mawrth.", language="cy")
        win = MainWindow(store)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.spelling.available, timeout=10_000)
        win.select_draft(english.id)
        qtbot.waitUntil(lambda: _underlined(win.editor.body) == ["colected"], timeout=5_000)
        win.select_draft(welsh.id)
        qtbot.waitUntil(lambda: win.editor.body.toPlainText().startswith("Mae'r"), timeout=5_000)
        assert _underlined(win.editor.body) == []  # Welsh words are right in the Welsh dictionary
        win.close()
    finally:
        db.close()


def test_a_welsh_paragraph_in_an_english_draft_is_checked_as_welsh(qtbot, tmp_path) -> None:
    service, editor = _checked_editor(qtbot, tmp_path, "en")
    service.load_in_background()
    qtbot.waitUntil(lambda: service.available, timeout=10_000)
    assert not service.speller.has("cy")
    editor.setPlainText("Dewch i'r wyl fwyd ddydd Sadwrn yn y Bae gyda'ch teulu.")
    assert _underlined(editor) == []  # not a row of wrong English words while the Welsh dictionary loads
    qtbot.waitUntil(lambda: service.speller.has("cy"), timeout=10_000)  # loaded for this paragraph
    qtbot.wait(50)  # the re-highlight once it has
    assert _underlined(editor) == []  # every word is Welsh
    editor.setPlainText("Dewch i'r wyl fwyd ddydd Sadwrn yn y Bae gyda'ch teuluu.")
    assert _underlined(editor) == ["teuluu"]  # and Welsh typos are still caught
    editor.setPlainText("Bins are colected on Tuesday.")
    assert _underlined(editor) == ["colected"]


# The token pattern as it was, scanned over the whole text: the reference the faster scans must agree with.
def _reference_words(text: str) -> list[tuple[int, int, str]]:
    from desktop.core.spelling import _TOKEN

    found = []
    for match in _TOKEN.finditer(text):
        if match.lastgroup == "word":
            word = match.group().rstrip("'’-")
            if len(word) > 1:
                found.append((match.start(), match.start() + len(word), word))
    return found


_PIECES = [
    "Bin",
    "collections",
    "(Tuesday),",
    "Caerdydd;",
    "o'r",
    "i'r",
    "Stoke-on-Trent",
    "gw\u0302yl",
    "ŵyl",
    "https://www.cardiff.gov.uk/roadz",
    "www.exampel.org,",
    "www..",
    "WWW.X",
    "http",
    "Https://a",
    "@Cardif",
    "#Biniau",
    "10am",
    "x2",
    "a@b.cy",
    "don't",
    "rock-'n'-roll",
    "“quoted”",
    "…and",
    "—",
    "-",
    "'",
    "9",
    "東京",
    "café",
    "naïve",
    "e\u0301",
    "foo--bar",
    "a",
    "I",
    ".",
    "?!",
    "!Helo",
    "ffordd’",
    "’n",
    "x\u200bz",
]


def _random_text(rng, length: int) -> str:
    spaces = [" ", " ", " ", "\n", "  ", "\t", "\u00a0", "\u2028"]
    parts = []
    while sum(map(len, parts)) < length:
        parts.append(rng.choice(_PIECES))
        if rng.random() < 0.2:  # pieces glued together: runs the fast path must hand to the pattern
            parts.append(rng.choice(_PIECES))
        parts.append(rng.choice(spaces))
    return "".join(parts)


def test_the_run_by_run_scan_finds_what_the_token_pattern_finds() -> None:
    import random

    rng = random.Random(16)
    for _ in range(400):
        text = _random_text(rng, rng.randrange(0, 300))
        assert [(w.start, w.end, w.word) for w in words(text)] == _reference_words(text), text


def test_rescanning_after_an_edit_agrees_with_a_full_scan() -> None:
    """A keystroke, a deletion, a paste or a space typed or removed anywhere in a paragraph."""
    import random

    from desktop.core.spelling import rewords

    rng = random.Random(61)
    text = _random_text(rng, 2000)
    found = words(text)
    for _ in range(1500):
        at = rng.randrange(0, len(text) + 1)
        cut = rng.choice([0, 0, 1, 1, 2, 7, 40])
        added = rng.choice(["", "a", " ", "x", "'", "@", "1", ".", "www.", "\n", rng.choice(_PIECES) + " "])
        if rng.random() < 0.02:
            text2 = _random_text(rng, rng.randrange(0, 400))  # the block replaced outright
        else:
            text2 = text[:at] + added + text[at + cut :]
        found = rewords(text, found, text2)
        text = text2
        assert [(w.start, w.end, w.word) for w in found] == _reference_words(text)


def test_an_english_text_loads_no_welsh_dictionary(qtbot, tmp_path) -> None:
    """Each dictionary is loaded when a text in its language is checked: English typos (a few among many
    words) are not a Welsh paragraph, so an English-only writer never spends the Welsh dictionary's memory."""
    service, editor = _checked_editor(qtbot, tmp_path, "en")
    editor.setPlainText(
        "Bins are colected on Tusday and Wensday this week because of the bank holiday, so please put"
        " yours out the night before."
    )
    qtbot.waitUntil(lambda: _underlined(editor) == ["colected", "Tusday", "Wensday"], timeout=10_000)
    assert service.speller.has("en") and not service.speller.has("cy")
    bilingual_side = QPlainTextEdit()  # an empty Welsh side asks for nothing either
    qtbot.addWidget(bilingual_side)
    attach_spelling(bilingual_side, service, "cy")
    qtbot.wait(50)
    assert not service.speller.has("cy")
    bilingual_side.setPlainText("Mae'r biniau yn cael eu casglu ddydd Mawrth.")
    qtbot.waitUntil(lambda: service.speller.has("cy"), timeout=10_000)


def test_the_word_being_typed_is_underlined_once_the_cursor_leaves_it(qtbot, tmp_path) -> None:
    """As in word processors: no red under a half-typed word; it comes when a space is typed after it or
    the cursor moves away, and every other underline is what a fresh highlight of the text gives."""
    from PySide6.QtGui import QTextCursor

    service, editor = _checked_editor(qtbot, tmp_path, loaded=True)
    editor.setPlainText("Bins are colected on")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.setFocus()
    qtbot.keyClicks(editor, " Tusd")
    assert _underlined(editor) == ["colected"]  # "Tusd" is being typed
    qtbot.keyClicks(editor, "ay")
    assert _underlined(editor) == ["colected"]
    qtbot.keyClicks(editor, " ")
    assert _underlined(editor) == ["colected", "Tusday"]
    qtbot.keyClicks(editor, "nxt")
    editor.moveCursor(QTextCursor.MoveOperation.Start)  # the cursor leaves the word: no key needed
    assert _underlined(editor) == ["colected", "Tusday", "nxt"]
    qtbot.keyClicks(editor, "Teh ")  # typing elsewhere moves the underlines on with the text
    fresh = _fresh(service, editor.toPlainText())
    assert _underlined(editor) == _underlined(fresh) == ["Teh", "colected", "Tusday", "nxt"]


def test_underlines_after_random_edits_equal_a_fresh_highlight(qtbot, tmp_path) -> None:
    """The highlighter looks up only the words of the run an edit changed (in both languages, which the
    paragraph's language depends on): after each random edit, in English or mostly-Welsh text, the
    underlines are those a fresh highlighter gives the same text."""
    import random

    from PySide6.QtGui import QTextCursor

    service, editor = _checked_editor(qtbot, tmp_path, loaded=True)
    rng = random.Random(16)
    welsh = ["gwasanaeth", "ddydd", "Mawrth", "biniau", "casglu", "wythnos", "nesaf", "Cyngor"]
    english = ["Bins", "are", "collected", "on", "Tuesday", "next", "week", "Teh", "colected", "xq"]
    editor.setPlainText(" ".join(rng.choice(_PIECES) for _ in range(12)))
    languages: list[str] = []
    for turn in range(240):
        text = editor.toPlainText()
        at = rng.randrange(0, len(text) + 1)
        cut = rng.choice([0, 1, 2, 7, 40, 80])
        phrase = welsh if turn // 60 % 2 else english  # enough of one language to flip the paragraph's
        added = rng.choice(
            ["", " ", "xq ", "Teh ", " ".join(rng.choices(phrase, k=rng.randrange(1, 30))) + " "]
        )
        cursor = QTextCursor(editor.document())
        cursor.setPosition(at)
        cursor.setPosition(min(at + cut, len(text)), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(added)  # (not one typed key: nothing is held back)
        fresh = _fresh(service, editor.toPlainText())
        assert _underlines(editor) == _underlines(fresh)
        assert editor.spell_highlighter._seen[0] == fresh.spell_highlighter._seen[0]  # words, lookups, counts
        fresh.deleteLater()
        languages.append(paragraph_language(service.speller, editor.document().firstBlock().text(), "en"))
    assert languages.count("cy") > 40 and languages.count("en") > 40  # both ways of choosing were tried


def _underlines(editor: QPlainTextEdit) -> list[tuple[int, int, int]]:
    block, found = editor.document().firstBlock(), []
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append((block.blockNumber(), fmt.start, fmt.length))
        block = block.next()
    return found


def _near_the_screen(editor: QPlainTextEdit, everywhere: list[tuple[int, int, int]]) -> bool:
    """The underlines are a fresh highlight's (``everywhere``) over one stretch, which covers the screen
    (some of them on it), and is no more than the screen and NEAR characters either side (as it was when
    last underlined)."""
    marks = _underlines(editor)
    if not marks:
        return False
    lo, hi = marks[0][1], marks[-1][1] + marks[-1][2]
    first = editor.cursorForPosition(editor.viewport().rect().topLeft()).position()
    last = editor.cursorForPosition(editor.viewport().rect().bottomRight()).position()
    shown = [u for u in everywhere if first <= u[1] and u[1] + u[2] <= last]
    return (
        bool(shown)
        and marks == [u for u in everywhere if lo <= u[1] and u[1] + u[2] <= hi]
        and set(shown) <= set(marks)
        and hi - lo <= last - first + 2 * NEAR + 100
    )


def test_a_long_paragraph_is_underlined_near_the_screen_and_follows_it(qtbot, tmp_path) -> None:
    """A paragraph over LONG_PARAGRAPH characters (a paste) is underlined only on screen and NEAR
    characters either side, as a fresh highlight would there (Qt lays it out again on every key, slower
    with each underline); scrolling to its start underlines the start."""
    from PySide6.QtGui import QTextCursor

    from desktop.ui.spelling import LONG_PARAGRAPH

    service, editor = _checked_editor(qtbot, tmp_path, loaded=True, shown=True)
    text = "Bins are colected on Tusday next week in Caerdydd. " * 1200  # ~61,000 characters, one paragraph
    assert len(text) > 2 * LONG_PARAGRAPH
    editor.setPlainText(text)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.setFocus()
    qtbot.keyClicks(editor, "Teh ")
    everywhere = _underlines(_fresh(service, editor.toPlainText()))
    assert len(everywhere) > 3000

    qtbot.waitUntil(lambda: _near_the_screen(editor, everywhere))
    assert (0, 9, 8) not in _underlines(editor)  # the first "colected"
    assert _underlines(editor)[-1] == everywhere[-1]  # the last "Teh"
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.waitUntil(lambda: (0, 9, 8) in _underlines(editor))
    assert _near_the_screen(editor, everywhere)
    assert everywhere[-1] not in _underlines(editor)


def test_a_long_paragraph_with_emoji_is_underlined_where_its_words_are_near_the_screen(
    qtbot, tmp_path
) -> None:
    """Over LONG_PARAGRAPH characters the stretch underlined is found from what is on screen, in Qt's UTF-16
    positions, and each emoji before it is two of them: the stretch must still cover the screen, as a fresh
    highlight underlines it (it sat one character later per emoji, so 6,000 emoji moved it off the screen)."""
    from PySide6.QtGui import QTextCursor

    from desktop.ui.spelling import LONG_PARAGRAPH

    service, editor = _checked_editor(qtbot, tmp_path, loaded=True, shown=True)
    text = "🎉" * (NEAR + 1000) + " Bins are colected on Tusday next week 🗑️." * 500
    assert len(text) > LONG_PARAGRAPH
    editor.setPlainText(text)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.setFocus()
    qtbot.keyClicks(editor, " Teh ")  # a key: the paragraph is highlighted again, knowing the screen
    text = editor.toPlainText()
    everywhere = _underlines(_fresh(service, text))
    units = text.encode("utf-16-le")
    words = {units[2 * s : 2 * (s + n)].decode("utf-16-le") for _b, s, n in everywhere}
    assert words == {"colected", "Tusday", "Teh"}

    qtbot.waitUntil(lambda: _near_the_screen(editor, everywhere), timeout=5_000)
    words_start = 2 * (NEAR + 1000)  # after the emoji, in Qt's positions
    for position in (words_start, (words_start + len(units) // 2) // 2):  # the first words, then halfway
        cursor = QTextCursor(editor.document())
        cursor.setPosition(position)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        qtbot.waitUntil(lambda: _near_the_screen(editor, everywhere), timeout=5_000)
