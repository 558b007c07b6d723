"""The draft editor: an optional title over the post text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.core.bilingual import Bilingual, divided
from desktop.core.drafts import TITLE_MAX, DraftData
from desktop.ui.autosave import Snapshot
from desktop.ui.bilingual_editor import BilingualPane
from desktop.ui.checks_view import CountsBar
from desktop.ui.empty_hint import empty_hint
from desktop.ui.images_view import ImagesPanel
from desktop.ui.spelling import SpellHighlighter, SpellingService, attach_spelling, spelling_language

# Past this many characters (a paste of a whole document), an edit is announced at most every LATER_MS
# rather than on each key: what listens to ``edited`` copies the whole text (autosave's snapshot, the counts
# and checks, whether there is anything to post), which for a 1 MB paste is ~50 ms a key on the GUI thread.
# A 5,000-character post is still announced on each key.
LONG_TEXT = 10_000
LATER_MS = 250


class DraftEditor(QWidget):
    edited = Signal()
    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: DraftData | None = None
        self._loading = False
        self._spelling: SpellHighlighter | None = None
        self._revision = -1  # the document's revision last announced as an edit
        self._later = QTimer(self)  # a long text's edits, announced together (``flush_edit``)
        self._later.setSingleShot(True)
        self._later.setInterval(LATER_MS)
        self._later.timeout.connect(self.flush_edit)
        self._waiting = False  # an edit of a long text not announced yet

        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title (optional — the first line is used if empty)"))
        self.title.setMaxLength(TITLE_MAX)
        self.title.setAccessibleName(self.tr("Draft title"))
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setFrame(False)

        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("Write your post here…"))
        self.body.setAccessibleName(self.tr("Post text"))
        self.body.setTabChangesFocus(True)
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.1)
        self.body.setFont(body_font)

        self.empty_hint = empty_hint(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        # A bilingual draft: Welsh and English side by side in place of the one text (issue 15).
        self.bilingual = QCheckBox(self.tr("&Bilingual (Cymraeg + English)"), self)
        self.bilingual.setAccessibleName(self.tr("Bilingual draft: a Welsh and an English text"))
        self.sides = BilingualPane(self)
        layout.insertWidget(layout.indexOf(self.body), self.bilingual)
        layout.addWidget(self.sides, 1)
        self.bilingual.toggled.connect(self._on_bilingual)
        self.sides.changed.connect(self._on_edit)
        self.images = ImagesPanel(self)
        layout.addWidget(self.images)
        self.counts = CountsBar(self)
        layout.addWidget(self.counts)
        self.counts.networks_changed.connect(lambda _networks: self._count_sides())

        self.title.textEdited.connect(self._on_edit)
        # Not textChanged: the spelling highlighter's re-colouring emits that too, and is not an edit.
        self.body.document().contentsChange.connect(self._on_body_change)
        self.show_draft(None)

    def watch_focus(self) -> None:
        """Say when the keyboard leaves the title or the text (``focus_left``: the window saves then). Started
        by ``MainWindow.finish_building``, after the first paint: the filter sees every event of both
        fields, and each kind of event passed to Python makes PySide6 build its wrapper type."""
        for widget in (self.title, self.body):
            widget.installEventFilter(self)

    @property
    def draft(self) -> DraftData | None:
        return self._draft

    def show_draft(self, draft: DraftData | None) -> None:
        """Load a draft without counting it as an edit; the undo history starts fresh per draft."""
        self.flush_edit()  # the draft being left: its last edit is announced (and saved) first
        self._loading = True
        try:
            self._draft = draft
            self.title.setText(draft.title if draft else "")
            self.body.setPlainText(draft.body if draft else "")
            self._revision = self.body.document().revision()
            self.body.moveCursor(QTextCursor.MoveOperation.End)  # carry on where the writing stopped
            self.counts.set_networks(draft.networks if draft else ())
            self.bilingual.setChecked(bool(draft and draft.bilingual))
            networks = tuple(draft.networks) if draft else ()
            self.sides.show_texts(draft.text_cy if draft else "", draft.text_en if draft else "", networks)
            if self._spelling is not None and draft is not None:
                self._spelling.set_language(spelling_language(draft.language))
        finally:
            self._loading = False
        has = draft is not None
        self.title.setVisible(has)
        self.body.setVisible(has)
        self.empty_hint.setVisible(not has)
        self.counts.setVisible(has)
        self.bilingual.setVisible(has)
        self._on_bilingual(self.bilingual.isChecked(), edit=False)
        self.images.setVisible(has)
        self.images.show_media(draft.media if draft else (), keep_row=0)
        self.body.setReadOnly(bool(draft and draft.deleted_at))
        self.title.setReadOnly(bool(draft and draft.deleted_at))

    def enable_spelling(self, service: SpellingService) -> None:
        """Underline misspellings in the post text, in the draft's language (Welsh or British English)."""
        if self._spelling is None:
            language = spelling_language(self._draft.language) if self._draft else "en"
            self._spelling = attach_spelling(self.body, service, language)
        self.sides.enable_spelling(service)

    def snapshot(self) -> Snapshot | None:
        if self._draft is None:
            return None
        welsh, english = self.sides.sides()
        return Snapshot(
            self._draft.id,
            self.title.text(),
            self.body.toPlainText(),
            tuple(self.counts.networks()),
            bilingual=self.bilingual.isChecked(),
            text_cy=welsh,
            text_en=english,
        )

    def _count_sides(self) -> None:
        for side in (self.sides.welsh, self.sides.english):
            side.set_networks(tuple(self.counts.networks()))

    def check_text(self) -> str:
        """The text the live checks run on: the post, or a bilingual draft's sides (``---cy---`` form)."""
        if self._draft is None:
            return ""
        if not self.bilingual.isChecked():
            return self.body.toPlainText()
        return divided(Bilingual(*self.sides.sides()))

    def _on_bilingual(self, on: bool, *, edit: bool = True) -> None:
        """Show the two sides in place of the one text; the one text is kept (a monolingual account's)."""
        has = self._draft is not None
        self.body.setVisible(has and not on)
        self.sides.setVisible(has and on)
        if on and edit and not self._loading and not any(side.strip() for side in self.sides.sides()):
            side = self.sides.welsh if self._draft and self._draft.language == "cy" else self.sides.english
            side.set_text(self.body.toPlainText())  # start from the text already written
        self._count_sides()
        if edit:
            self._on_edit()

    def remember(self, draft: DraftData) -> None:
        """Keep the editor's copy current after a change made elsewhere (e.g. an ignored finding)."""
        self._draft = draft

    def _on_body_change(self, _position: int, removed: int, added: int) -> None:
        # A change that leaves the revision and the length as they were is a format-only one (the
        # underlines), not an edit: asking costs nothing where comparing the text copied all of it on every
        # key. (setPlainText starts the revision again: a new text in it changes the length.)
        revision = self.body.document().revision()
        if revision != self._revision or removed != added:
            self._revision = revision
            self._on_edit()

    def _on_edit(self, *_args: object) -> None:
        if self._loading or self._draft is None:
            return
        if self._size() > LONG_TEXT:
            if not self._waiting:  # (not restarted: a long burst of keys is still announced)
                self._waiting = True
                self._later.start()
            return
        self._waiting = False
        self._later.stop()
        self.edited.emit()

    @property
    def edit_waiting(self) -> bool:
        return self._waiting

    def flush_edit(self) -> None:
        """Announce a long text's edit now, if one is waiting (before a save, a draft switch or a close)."""
        self._later.stop()
        if self._waiting:
            self._waiting = False
            if self._draft is not None:
                self.edited.emit()

    def _size(self) -> int:
        """The text's length, without copying it (both sides of a bilingual draft)."""
        if self.bilingual.isChecked():
            sides = (self.sides.welsh, self.sides.english)
            return sum(side.text.document().characterCount() for side in sides)
        return self.body.document().characterCount()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.focus_left.emit()
        return super().eventFilter(watched, event)
