"""The live checks wired to the window: the editor's text goes to the checker, and each result reaches the
Checks panel, the counts under the editor, the preview and the highlights in the text. Images are here
too, because a missing description is a finding.

A part of ``MainWindow`` (mixed in); ``tr`` finds these texts under this class's name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt: built on first use (tests/test_startup_path.py)

from desktop.ui.autosave import NEW
from desktop.ui.checks_view import QtPositions, apply_suggestion, highlight, select_span

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop.core.checks import CheckResult
    from desktop.core.counting import NetworkParts
    from desktop.core.drafts import DraftData
    from desktop.core.store import DraftStore
    from desktop.core.tone import Finding
    from desktop.ui.live_checks import LiveChecker, LiveCounts
    from desktop.ui.main_window import MainWindow


class ChecksWiring:
    checker: LiveChecker | None = None
    counter: LiveCounts
    last_checks: CheckResult | None = None

    def _start_checks(self: MainWindow, settings: dict) -> None:
        from desktop.core.bilingual import run_bilingual_checks, sides_or_none
        from desktop.core.checks import run_checks, tone_context
        from desktop.ui.live_checks import LiveChecker, LiveCounts

        self._check_settings = settings

        def run(text: str, networks: tuple[str, ...], ignored: tuple[str, ...]) -> object:
            limits = self.posting.limits if self.posting is not None else {}
            context = tone_context(self._check_settings, networks)
            if sides := sides_or_none(text):  # a bilingual draft: both sides, and the bilingual checks
                return run_bilingual_checks(
                    sides, networks, context, ignored=ignored, limits=limits, speller=self.spelling.speller
                )
            return run_checks(text, networks, context, ignored=ignored, limits=limits)

        self.checker = LiveChecker(run, self.ops, self)
        self.checker.checked.connect(self._show_checks)
        self.counter = LiveCounts(self.ops, self)
        self.counter.counted.connect(self.editor.counts.show_parts)
        self.counter.settled.connect(self.checker.counts_shown)  # the checks wait for the counts' paint
        self.checks.activated.connect(self._go_to_finding)
        self.checks.apply.connect(self._apply_finding)
        self.checks.ignore.connect(self._ignore_finding)
        self.checks.split.connect(self.split_into_thread)
        self.editor.counts.networks_changed.connect(lambda _n: self._on_edited())
        self.editor.counts.preview_requested.connect(self.toggle_preview)
        self.editor.body.verticalScrollBar().valueChanged.connect(self._rehighlight)
        images = self.editor.images
        images.attach_requested.connect(lambda path: self._change_media(lambda s, d: s.attach(d, Path(path))))
        images.alt_text_changed.connect(lambda i, t: self._change_media(lambda s, d: s.set_alt_text(d, i, t)))
        images.remove_requested.connect(lambda i: self._change_media(lambda s, d: s.detach(d, i)))
        self._request_checks(now=True)

    def _request_checks(self: MainWindow, *, now: bool = False) -> None:
        """Count the text once the keystroke is painted (``LiveCounts``), then ask for the checks: the counts
        never wait for the tone checks (a few milliseconds against tens), and the checks find them in the
        counting cache."""
        if self.checker is None:
            return
        draft = self.editor.draft
        text = self.editor.check_text()  # both sides of a bilingual draft
        networks = self.editor.counts.networks()
        limits = dict(self.posting.limits) if self.posting is not None else {}
        self.counter.request(len(text), lambda: _count(text, networks, limits), now=now)
        ignored = draft.ignored_findings if draft else ()
        (self.checker.run_now if now else self.checker.request)(text, networks, ignored)

    def _show_checks(self: MainWindow, result: object) -> None:
        self.last_checks = result
        draft = self.editor.draft
        self.checks.show_result(result, [m.alt_text for m in draft.media] if draft else ())
        self.preview.show_result(
            result, [m.alt_text for m in draft.media] if draft else (), draft.language if draft else ""
        )
        highlight(self.editor.body, result)
        self.editor.sides.show_checks(result)  # a bilingual draft's findings, under each side's text
        self._offer_split(result)

    def _change_media(self: MainWindow, change: Callable[[DraftStore, int], DraftData]) -> None:
        """Attach, describe or remove an image on the store lane, then show the result."""
        draft, store = self.editor.draft, self.store
        if draft is None or draft.id == NEW or store is None:
            return

        def done(data: DraftData) -> None:
            if self.editor.draft is not None and self.editor.draft.id == data.id:
                self.editor.remember(data)
                self.editor.images.show_media(data.media)
                self._request_checks(now=True)  # an image's missing description is a finding too

        self.ops.run(
            lambda: change(store, draft.id),
            done,
            on_error=lambda failure: self._warn(self.tr("Images"), failure.message),
        )

    def _placed(self: MainWindow, finding: Finding) -> tuple[QPlainTextEdit, Finding] | None:
        """The text edit a finding is in, and the finding placed in it: the post's, or for a bilingual
        draft the side it lies in (the checks ran on the two sides joined; ``side_result`` places it)."""
        if not self.editor.bilingual.isChecked():
            return self.editor.body, finding
        from dataclasses import replace

        from desktop.ui.bilingual_editor import side_result

        result = self.last_checks
        if result is None:
            return None
        for side in (self.editor.sides.welsh, self.editor.sides.english):
            own = side_result(replace(result, findings=(finding,)), side.language, side.text.toPlainText())
            if own is not None and own.findings:
                return side.text, own.findings[0]
        return None

    def _go_to_finding(self: MainWindow, finding: Finding) -> None:
        if (placed := self._placed(finding)) is not None:
            select_span(*placed)

    def _apply_finding(self: MainWindow, finding: Finding) -> None:
        """Apply a suggestion: the text as it was is kept under Earlier versions first, and the keyboard
        stays in the post at the changed words (the Apply button is disabled as the panel refreshes, and Qt
        would otherwise hand the focus on to the next control)."""
        placed = self._placed(finding)
        draft, store = self.editor.draft, self.store
        if placed is not None and draft is not None and draft.id != NEW and store is not None:
            self.autosaver.save_now()  # the text on screen reaches the store first, in order
            self.ops.run(lambda: store.keep_version(draft.id))
        if placed is not None and apply_suggestion(*placed):
            self.tabs.setCurrentWidget(self.editor)
            placed[0].setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _offer_split(self: MainWindow, result: CheckResult) -> None:
        """Split into thread is offered while a chosen network would make more posts of the text than its
        own --- lines do (a bilingual draft's two sides are not one text to split)."""
        from desktop.core.counting import forced_sections

        editable = self.editor.draft is not None and not self.editor.body.isReadOnly()
        shown = editable and not self.editor.bilingual.isChecked()
        sections = forced_sections(result.text) if shown else 0
        shown = shown and any(len(share.parts) > sections for share in result.parts)
        self.checks.split_button.setVisible(shown)
        self.split_action.setEnabled(shown)

    def split_into_thread(self: MainWindow) -> None:
        """Edit > Split into thread: a --- line where each post of the tightest chosen network's thread
        starts (numbering is added as the posts are sent, so none is written here). The text as it was is
        kept under Earlier versions first; the change is one step of the editor's Undo, and the keyboard
        stays in the post. Nothing happens when the text already fits."""
        from desktop.core.counting import thread_breaks

        body, draft, store = self.editor.body, self.editor.draft, self.store
        if draft is None or body.isReadOnly() or self.editor.bilingual.isChecked():
            return
        text = body.toPlainText()
        limits = self.posting.limits if self.posting is not None else {}
        breaks = thread_breaks(text, self.editor.counts.networks(), limits=limits)
        if not breaks:
            return
        if store is not None and draft.id != NEW:
            self.autosaver.save_now()  # the text on screen reaches the store first, in order
            self.ops.run(lambda: store.keep_version(draft.id))
        from PySide6.QtGui import QTextCursor  # (not before the first paint: see checks_view.highlight)

        qt = QtPositions(text)
        cursor = body.textCursor()
        cursor.beginEditBlock()
        for start, end in reversed(breaks):
            cursor.setPosition(qt(start))
            cursor.setPosition(qt(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText("\n---\n")
        cursor.endEditBlock()
        cursor.setPosition(qt(breaks[0][0]) + len("\n---\n"))  # at the start of the second post
        body.setTextCursor(cursor)
        self.tabs.setCurrentWidget(self.editor)
        body.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _rehighlight(self: MainWindow, *_args: object) -> None:
        if self.last_checks is not None:
            highlight(self.editor.body, self.last_checks)

    def _ignore_finding(self: MainWindow, finding: object) -> None:
        from dataclasses import replace

        from desktop.core.checks import finding_key

        draft = self.editor.draft
        if draft is None or draft.id == NEW or self.store is None:
            return
        checked = self.last_checks.text if self.last_checks is not None else self.editor.body.toPlainText()
        ignored = (*draft.ignored_findings, finding_key(checked, finding))  # the words the checks found
        self.editor.remember(replace(draft, ignored_findings=ignored))
        store = self.store
        self.ops.run(lambda: store.set_ignored(draft.id, ignored))
        self._request_checks(now=True)


def _count(text: str, networks: list[str], limits: dict[str, int]) -> tuple[NetworkParts, ...]:
    """The counts under the editor, of the text as the checks see it (a bilingual draft: both sides)."""
    from desktop.core.bilingual import joined, sides_or_none
    from desktop.core.counting import network_shares

    sides = sides_or_none(text)
    return network_shares(joined(sides) if sides else text, networks, limits=limits)
