"""Two editors side by side for a bilingual draft: Welsh on the left (read first), English on the right.

Each side has its own live counts (``counting.network_parts``, the parts the outbox would send of that side
alone) and spells in its own language. What each account really gets from the two is
``bilingual.compose``'s decision at Post time; the Checks panel checks both sides together, and each
side underlines its own findings as the single editor does.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.core.networks import NETWORK_NAMES
from desktop.ui.checks_view import highlight, show_marks
from desktop.ui.spelling import SpellHighlighter, SpellingService, attach_spelling

if TYPE_CHECKING:
    from desktop.core.checks import CheckResult

COUNT_DELAY_MS = 150  # counts follow typing a moment later, so a burst of keys is counted once


class SideEditor(QWidget):
    """One language's text with its counts under it."""

    changed = Signal()

    def __init__(self, language: str, title: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.networks: tuple[str, ...] = ()
        self.spelling: SpellHighlighter | None = None
        heading = QLabel(title, self)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(placeholder)
        self.text.setAccessibleName(title)
        self.text.setTabChangesFocus(True)
        heading.setBuddy(self.text)
        self.counts = QLabel(self)
        self.counts.setAccessibleName(self.tr("Counts for {side}").format(side=title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.counts)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_DELAY_MS)
        self._timer.timeout.connect(self.recount)
        self._last = ""
        self.text.document().contentsChange.connect(self._on_change)

    def _on_change(self, *_args: object) -> None:
        text = self.text.toPlainText()
        if text != self._last:  # the highlighter's re-colouring is not an edit
            self._last = text
            self._timer.start()
            self.changed.emit()

    def set_text(self, text: str) -> None:
        self._last = text
        self.text.setPlainText(text)
        self.recount()

    def set_networks(self, networks: tuple[str, ...]) -> None:
        self.networks = networks
        self.recount()

    def recount(self) -> None:
        if not self.networks:  # nothing to count (the empty window at start-up): no counting imports yet
            self.counts.setText("")
            self.counts.setAccessibleDescription("")
            return
        from desktop.core.checks import count_summary
        from desktop.core.counting import network_parts
        from desktop.ui.i18n import shown

        text = self.text.toPlainText()
        shares = [network_parts(text, n) for n in self.networks]
        self.counts.setText(" · ".join(shown(count_summary(s, NETWORK_NAMES[s.network])) for s in shares))
        self.counts.setAccessibleDescription(self.counts.text())  # its name ("Counts for …") hides its text


class BilingualPane(QWidget):
    """The Welsh and English editors; ``changed`` on an edit of either."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welsh = SideEditor("cy", self.tr("Cymraeg (Welsh)"), self.tr("Write the Welsh post here…"), self)
        self.english = SideEditor("en", self.tr("English"), self.tr("Write the English post here…"), self)
        self._checks: CheckResult | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for side in (self.welsh, self.english):
            layout.addWidget(side, 1)
            side.changed.connect(self.changed)
            side.text.verticalScrollBar().valueChanged.connect(self._underline)  # only what's on screen

    def show_checks(self, result: CheckResult) -> None:
        """Underline the findings of the checks on both sides (made on the two joined, Welsh first) in the
        side each one is in; a result for other text (typing moved on, or a one-language draft) clears."""
        self._checks = result
        self._underline()

    def _underline(self, *_args: object) -> None:
        result = self._checks
        for side in (self.welsh, self.english):
            own = side_result(result, side.language, side.text.toPlainText()) if result else None
            if own is None:
                show_marks(side.text, [])
            else:
                highlight(side.text, own)

    def sides(self) -> tuple[str, str]:
        return self.welsh.text.toPlainText(), self.english.text.toPlainText()

    def show_texts(self, welsh: str, english: str, networks: tuple[str, ...]) -> None:
        for side, text in ((self.welsh, welsh), (self.english, english)):
            side.set_text(text)
            side.set_networks(networks)

    def enable_spelling(self, service: SpellingService) -> None:
        for side in (self.welsh, self.english):
            if side.spelling is None:
                side.spelling = attach_spelling(side.text, service, side.language)


def side_result(result: CheckResult, language: str, text: str) -> CheckResult | None:
    """``result``'s findings that lie in one side, placed in that side's ``text`` as typed; None when
    ``result`` is not for this text. The checks ran on both sides trimmed and joined by a blank line."""
    sides = result.sides
    if sides is None or text.strip() != sides.side(language):
        return None
    welsh = sides.cy
    start = 0 if language == "cy" or not welsh else len(welsh) + 2
    end = start + len(sides.side(language))
    lead = len(text) - len(text.lstrip())
    findings = tuple(
        replace(f, start=max(f.start, start) - start + lead, end=min(f.end, end) - start + lead)
        for f in result.findings
        if f.start < end and start < f.end
    )
    return replace(result, text=text, findings=findings, parts=())  # overflow is the counts' to show
