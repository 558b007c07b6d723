"""Red wavy underlines and the spelling part of the editor's context menu.

The dictionaries load on a background thread (a few hundred milliseconds); until they have, nothing is
underlined, and the editor never waits for them. Checking a line is an in-memory lookup per word, cached by
the core speller, so the highlighter runs on the GUI thread within the keystroke budget.
"""

from __future__ import annotations

import logging
import threading
from bisect import bisect_left
from collections.abc import Callable
from itertools import compress
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from desktop.ui.checks_view import QtPositions

if TYPE_CHECKING:  # the module itself (and the regex engine) loads with the dictionaries, after the window
    from desktop.core.spelling import Misspelling, Speller

log = logging.getLogger(__name__)


def spelling_language(tag: str | None) -> str:
    """The dictionary for a draft's BCP 47 language tag: Welsh for ``cy`` and its variants, else English."""
    return "cy" if (tag or "").lower().split("-")[0] == "cy" else "en"


class SpellingService(QObject):
    """Owns one :class:`Speller` for the window; says when its dictionaries are ready or a word was added."""

    ready = Signal()
    changed = Signal()

    def __init__(self, speller: Speller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speller = speller
        self.available = False  # a dictionary has loaded: the engine works
        self._asked: set[str] = set()  # languages loaded or being loaded (or that failed: not retried)

    def load_in_background(self, languages: tuple[str, ...] = ("en",)) -> None:
        wanted = tuple(language for language in languages if language not in self._asked)
        if not wanted:
            return
        self._asked.update(wanted)

        def load() -> None:
            from desktop.core.memory import release
            from desktop.core.spelling import SpellingUnavailable

            try:
                self.speller.load(wanted)
            except SpellingUnavailable as error:
                log.warning("Spelling is off for %s: %s", ", ".join(wanted), error)
                return
            finally:
                release()  # what loading read and let go (and the new modules' source lines)
            self.available = True
            self.ready.emit()  # queued to the GUI thread: the service lives there

        threading.Thread(target=load, name="spelling-load", daemon=True).start()

    def ready_for(self, language: str) -> bool:
        """Whether ``language``'s dictionary is loaded; if not, it loads in the background (``ready`` then
        re-highlights), so the Welsh dictionary's memory is spent only once a Welsh text is checked."""
        if self.speller.has(language):
            return True
        self.load_in_background((language,))
        return False

    def add(self, word: str) -> None:
        self.speller.add(word)
        self.changed.emit()


_OTHER = {"en": "cy", "cy": "en"}
# A paragraph longer than this is underlined only near what is on screen, NEAR characters either side: Qt
# lays a paragraph out again on every key, and each underline splits it into more runs to shape (a
# 100,000-character paste with ~5,600 underlines took ~2.5x as long a key as with none).
LONG_PARAGRAPH = 20_000
NEAR = 5_000


class _Seen(NamedTuple):
    """A block as last highlighted: its text, its words, and whether each is unknown in the language and
    in the other (the lists are changed in place by the next highlight)."""

    language: str
    text: str
    found: list[Misspelling]
    here: list[bool]
    there: list[bool]
    wrong_here: int  # how many are unknown in the language
    wrong_there: int
    other_ready: bool  # whether ``there`` was looked up (the other dictionary was loaded)


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the words the language's dictionary does not know."""

    def __init__(self, document: QTextDocument, service: SpellingService, language: str = "en") -> None:
        super().__init__(None)
        # Heard before the highlighter's own re-colouring (connected by setDocument, next): where the
        # latest typing ended. The word ending there is underlined once the cursor leaves it, as word
        # processors do: no red under every half-typed word, and while the underlines stay as they were Qt
        # does not lay a long paragraph out a second time for each key.
        self._typed_to = -1
        self._held = QTextBlock()
        self.cursor_position: Callable[[], int] = lambda: -1  # the editor's, once attached to one
        document.contentsChange.connect(self._note_edit)
        self.setDocument(document)
        self._service = service
        self.language = language
        self.enabled = True
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(QColor("#c00000"))
        # Each block's last text, words, and which words each language does not know, so a keystroke
        # re-scans and looks up the words of the run it changed, not the paragraph's (a 5,000-character
        # post is one block of ~900 words). Keyed by block number: a stale entry is only slower.
        self._seen: dict[int, _Seen] = {}
        # Document positions on screen (None: not shown, so all is underlined), and each long paragraph's
        # underlined span (block positions), by block number; the view moving off it underlines it again.
        self.on_screen: tuple[int, int] | None = None
        self._marked: dict[int, tuple[int, int]] = {}
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(50)  # scrolling comes in bursts
        self._follow.timeout.connect(self._follow_view)
        service.ready.connect(self.rehighlight, Qt.ConnectionType.QueuedConnection)
        service.changed.connect(self._words_changed)
        # The checks' underlines and the overflow's shading (checks_view.highlight), drawn as the blocks' own
        # formats with the spelling's: spans that follow the text as it is edited. As extra selections Qt
        # drew every line under one a second time on each paint (a 5,000-character post with one long
        # finding took about twice as long to paint after each key).
        # Each with the format a misspelt word in it gets: the mark's, with the red line in place of its own.
        self._marks: list[tuple[QTextCursor, QTextCharFormat, QTextCharFormat]] = []

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.rehighlight()

    def _words_changed(self) -> None:
        self._seen.clear()  # a word added to the dictionary: the lookups are stale
        self.rehighlight()

    def set_marks(self, marks: list[tuple[QTextCursor, QTextCharFormat]]) -> None:
        """Underline or shade these spans (selections of the document) from now on, in place of the last
        ones; only the paragraphs either touches are laid out again, and nothing when they are the same."""
        if _spans(marks) == self.marks(empty=True):
            return
        document, blocks = self.document(), {}
        for cursor, *_formats in (*self._marks, *marks):
            block = document.findBlock(cursor.selectionStart())
            last = document.findBlock(cursor.selectionEnd())
            while block.isValid():
                blocks[block.blockNumber()] = block
                if block == last:
                    break
                block = block.next()
        self._marks = [(cursor, fmt, self._with_red_line(fmt)) for cursor, fmt in marks]
        for block in blocks.values():
            self.rehighlightBlock(block)

    def marks(self, *, empty: bool = False) -> list[tuple[int, int, QTextCharFormat]]:
        """The spans ``set_marks`` gave, where they are now in the document, with their formats (and those
        an edit has emptied, with ``empty``)."""
        spans = _spans([(cursor, fmt) for cursor, fmt, _wrong in self._marks])
        return spans if empty else [span for span in spans if span[0] < span[1]]

    def _with_red_line(self, fmt: QTextCharFormat) -> QTextCharFormat:
        merged = QTextCharFormat(fmt)
        merged.merge(self._format)
        return merged

    def _mark_block(self) -> list[tuple[int, int, QTextCharFormat]]:
        """Give the current block the marks' formats: each span set (block positions), with the format a
        misspelt word in it gets (the mark's, with the red line in place of a finding's)."""
        block = self.currentBlock()
        at, length = block.position(), block.length() - 1  # (UTF-16 units, as setFormat counts)
        marked: list[tuple[int, int, QTextCharFormat]] = []
        for cursor, mark, wrong in self._marks:
            lo, hi = max(cursor.selectionStart() - at, 0), min(cursor.selectionEnd() - at, length)
            if lo >= hi:
                continue
            fmt = mark
            if marked:  # over another mark (a finding in the shaded overflow): both show
                fmt = QTextCharFormat(self.format(lo))
                fmt.merge(mark)
                wrong = self._with_red_line(fmt)
            self.setFormat(lo, hi - lo, fmt)
            marked.append((lo, hi, wrong))
        return marked

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        marked = self._mark_block() if self._marks else []
        if not (self.enabled and text and not text.isspace() and self._service.ready_for(self.language)):
            return  # (a blank side of a bilingual draft loads no dictionary)
        from desktop.core.spelling import moved, splice, words

        number = self.currentBlock().blockNumber()
        speller, language = self._service.speller, self.language
        check, other = speller.check, _OTHER[language]
        other_ready = speller.has(other)  # else: no lookups in it (they would load it on this thread)

        def unknown_there(word: str) -> bool:
            return other_ready and not check(word, other)

        seen = self._seen.get(number)
        if seen is not None and seen.language == language and seen.other_ready == other_ready:
            # In place: a keystroke at the end of a long paragraph copies nothing.
            head, tail, middle = splice(seen.text, seen.found, text)
            found, here, there = seen.found, seen.here, seen.there
            if len(text) != len(seen.text):
                found[tail:] = moved(found[tail:], len(text) - len(seen.text))
            wrong_here = seen.wrong_here - sum(here[head:tail])
            wrong_there = seen.wrong_there - sum(there[head:tail])
            found[head:tail] = middle
            here[head:tail] = new_here = [not check(w.word, language) for w in middle]
            there[head:tail] = new_there = [unknown_there(w.word) for w in middle]
            wrong_here, wrong_there = wrong_here + sum(new_here), wrong_there + sum(new_there)
        else:
            found = words(text)
            here = [not check(w.word, language) for w in found]
            there = [unknown_there(w.word) for w in found]
            wrong_here, wrong_there = sum(here), sum(there)
        if len(self._seen) > 1000:
            self._seen.clear()
        self._seen[number] = _Seen(language, text, found, here, there, wrong_here, wrong_there, other_ready)
        typed = self._typed_to >= 0 and self._typed_to == self.cursor_position()
        typing = self._typed_to - self.currentBlock().position() if typed else -1
        # As _choose: the draft's language, unless the paragraph is clearly in the other.
        flags = here
        if _maybe_other(wrong_here, len(found)):
            if not self._service.ready_for(other):
                return  # undecided: not a row of red while the other dictionary loads (ready re-highlights)
            if wrong_there * 2 < wrong_here:
                flags = there
        # setFormat and the view's positions count UTF-16 units, as Qt does: an emoji before a word is two
        # of them, one str index
        length = self.currentBlock().length() - 1  # (in Qt's UTF-16 units)
        astral = length != len(text)
        lo, hi = self._span(number, length)
        units = QtPositions(text) if astral and (lo, hi) == (0, length) else None
        if (lo, hi) != (0, length):  # a long paragraph: near the screen only
            # positions counted in the stretch alone: a 1 MB paste's emoji, listed on each key, took ~100 ms
            shift = 0
            if astral:
                encoded = text.encode("utf-16-le", "surrogatepass")
                lo, hi = (len(encoded[: 2 * at].decode("utf-16-le", "ignore")) for at in (lo, hi))
                shift = len(text[:lo].encode("utf-16-le", "surrogatepass")) // 2 - lo
                units = _Shifted(QtPositions(text[lo:hi]), lo, shift)
            first, last = bisect_left(found, lo, key=_start), bisect_left(found, hi, key=_start)
            found, flags = found[first:last], flags[first:last]
        for wrong in compress(found, flags):
            start, end = (units(wrong.start), units(wrong.end)) if units else (wrong.start, wrong.end)
            if start < typing == end:
                self._held = self.currentBlock()
                continue
            fmt = self._format
            for first, last, in_mark in reversed(marked):  # (the last mark set is the one shown there)
                if first <= start < last:
                    fmt = in_mark
                    break
            self.setFormat(start, end - start, fmt)

    def _span(self, number: int, length: int) -> tuple[int, int]:
        """The part of the current block (``length`` UTF-16 units) to underline, in its units: all of it,
        unless it is a long paragraph on screen (then what is on screen and NEAR characters either side;
        none when it is off screen)."""
        if length <= LONG_PARAGRAPH or self.on_screen is None:
            self._marked.pop(number, None)
            return 0, length
        first, last = self.on_screen
        at = self.currentBlock().position()
        lo, hi = max(0, first - at - NEAR), min(length, last - at + NEAR)
        self._marked[number] = span = (lo, hi) if lo < hi else (0, 0)
        return span

    def view_moved(self, first: int, last: int) -> None:
        """What is on screen (document positions) moved: a long paragraph whose underlined span no longer
        covers it is underlined again, a moment later."""
        self.on_screen = (first, last)
        if self._marked:
            self._follow.start()

    def _follow_view(self) -> None:
        if self.on_screen is None or self.document() is None:
            return
        first, last = self.on_screen
        block = self.document().findBlock(first)
        while block.isValid() and block.position() <= last:
            span = self._marked.get(block.blockNumber())
            at, length = block.position(), block.length() - 1
            if span is not None and not span[0] <= max(0, first - at) <= min(length, last - at) <= span[1]:
                self.rehighlightBlock(block)
            block = block.next()

    def _note_edit(self, position: int, removed: int, added: int) -> None:
        """A key typed (one character, or an emoji's two UTF-16 units), not a paste, undo or correction."""
        self._typed_to = position + added if not removed and added in (1, 2) else -1

    def cursor_moved(self, position: int) -> None:
        """Underline the word held back while it was typed, now the cursor has left it."""
        if self._typed_to < 0 or position == self._typed_to:
            return
        self._typed_to = -1
        if self._held.isValid():
            self.rehighlightBlock(self._held)
        self._held = QTextBlock()


class _Shifted:
    """Qt's UTF-16 positions of str indices from ``at`` on, from the positions in the stretch from ``at``
    (``QtPositions`` of it) and the astral characters before it (``shift``)."""

    def __init__(self, stretch: QtPositions, at: int, shift: int) -> None:
        self._stretch, self._at, self._shift = stretch, at, shift

    def __call__(self, index: int) -> int:
        return self._at + self._shift + self._stretch(index - self._at)


def _spans(marks: list[tuple[QTextCursor, QTextCharFormat]]) -> list[tuple[int, int, QTextCharFormat]]:
    return [(cursor.selectionStart(), cursor.selectionEnd(), fmt) for cursor, fmt in marks]


def _start(word: Misspelling) -> int:
    return word.start


def _maybe_other(wrong: int, words: int) -> bool:
    """Whether enough of a paragraph's words are unknown to ask the other language's dictionary."""
    return wrong >= 3 and wrong * 3 >= words


def _choose(
    speller: Speller, found: list[Misspelling], language: str, ready: Callable[[str], bool] | None = None
) -> tuple[str, list[Misspelling]]:
    """The language to check a paragraph's words in, and the words wrong in it: the draft's language,
    unless the paragraph is clearly in the other (a council's English draft often has its Welsh paragraph,
    which is not wrong English word by word). The other dictionary is asked only when a third of the words
    are unknown; ``ready`` says whether it is loaded yet (else: nothing is wrong until it is)."""
    wrong = [w for w in found if not speller.check(w.word, language)]
    if _maybe_other(len(wrong), len(found)):
        other = "cy" if language == "en" else "en"
        if ready is not None and not ready(other):
            return language, []  # undecided: not a row of red while the other dictionary loads
        wrong_there = [w for w in found if not speller.check(w.word, other)]
        if len(wrong_there) * 2 < len(wrong):
            return other, wrong_there
    return language, wrong


def paragraph_language(speller: Speller, text: str, language: str) -> str:
    from desktop.core.spelling import words

    return _choose(speller, words(text), language)[0]


def paragraph_misspellings(speller: Speller, text: str, language: str) -> list[Misspelling]:
    from desktop.core.spelling import words

    return _choose(speller, words(text), language)[1]


def word_at(
    editor: QPlainTextEdit | QTextEdit, position: int, language: str, speller: Speller
) -> Misspelling | None:
    """The misspelt word under a document position, if there is one."""
    from desktop.core.spelling import Misspelling

    block = editor.document().findBlock(position)
    offset = position - block.position()
    for wrong in paragraph_misspellings(speller, block.text(), language):
        if wrong.start <= offset <= wrong.end:
            return Misspelling(block.position() + wrong.start, block.position() + wrong.end, wrong.word)
    return None


def add_spelling_actions(
    menu: QMenu,
    editor: QPlainTextEdit | QTextEdit,
    position: int,
    highlighter: SpellHighlighter,
    service: SpellingService,
) -> None:
    """Put suggestions and "Add to dictionary" at the top of a context menu, as word processors do."""
    if not service.available:
        return
    wrong = word_at(editor, position, highlighter.language, service.speller)
    if wrong is None:
        return
    first = menu.actions()[0] if menu.actions() else None
    paragraph = editor.document().findBlock(position).text()
    language = paragraph_language(service.speller, paragraph, highlighter.language)
    suggestions = service.speller.suggest(wrong.word, language)
    actions: list[QAction] = []
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        action.triggered.connect(lambda _=False, s=suggestion: _replace(editor, wrong, s))
        actions.append(action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("Spelling", "No suggestions"), menu)
        none.setEnabled(False)
        actions.append(none)
    add = QAction(
        QCoreApplication.translate("Spelling", "Add “{word}” to dictionary").format(word=wrong.word), menu
    )
    add.triggered.connect(lambda _=False: service.add(wrong.word))
    actions.append(add)
    for action in actions:
        menu.insertAction(first, action)
    menu.insertSeparator(first)


def _replace(editor: QPlainTextEdit | QTextEdit, wrong: Misspelling, replacement: str) -> None:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(wrong.start)
    cursor.setPosition(wrong.end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(replacement)  # one undo step, like any edit
    editor.setTextCursor(cursor)


def attach_spelling(
    editor: QPlainTextEdit, service: SpellingService, language: str = "en"
) -> SpellHighlighter:
    """Underline misspellings and offer suggestions on the context menu (right-click or the Menu key)."""
    highlighter = SpellHighlighter(editor.document(), service, language)
    highlighter.cursor_position = lambda: editor.textCursor().position()
    editor.cursorPositionChanged.connect(lambda: highlighter.cursor_moved(highlighter.cursor_position()))

    def on_screen(*_args: object) -> None:
        corner = QPoint(editor.viewport().width(), editor.viewport().height())
        highlighter.view_moved(
            editor.cursorForPosition(QPoint(0, 0)).position(), editor.cursorForPosition(corner).position()
        )

    editor.verticalScrollBar().valueChanged.connect(on_screen)
    editor.verticalScrollBar().rangeChanged.connect(on_screen)
    editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(point: QPoint) -> None:
        menu = editor.createStandardContextMenu(point)
        position = editor.cursorForPosition(point).position()
        add_spelling_actions(menu, editor, position, highlighter, service)
        menu.exec(editor.mapToGlobal(point))
        menu.deleteLater()

    editor.customContextMenuRequested.connect(show_menu)
    editor.spell_highlighter = highlighter  # type: ignore[attr-defined]  # kept alive with the editor
    return highlighter
