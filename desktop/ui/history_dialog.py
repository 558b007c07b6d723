"""Earlier versions of a draft, side by side with a preview, and a button to bring one back.

The list starts with the text as it is now; for any earlier version a second tab shows what changed
between it and now, word by word (difflib), so a person can see what Restore would undo. A bilingual
version is compared side by side: the Welsh changes first, then the English (Welsh Language Standards).
"""

from __future__ import annotations

import difflib
import html
from dataclasses import dataclass
from typing import Protocol

import regex
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.drafts import RevisionInfo
from desktop.ui.contrast import TEXT_COLOURS, luminance
from desktop.ui.dates import local_time_text

_DIFF_TOKEN = regex.compile(r"\s+|[^\s]+")
# How much of a bilingual version's Welsh (else English) text its row in the list shows.
SUMMARY_CHARS = 32


class Version(Protocol):
    """What the dialog reads of a version or of the draft now (a RevisionInfo or a DraftData)."""

    @property
    def body(self) -> str: ...
    @property
    def bilingual(self) -> bool: ...
    @property
    def text_cy(self) -> str: ...
    @property
    def text_en(self) -> str: ...


@dataclass(frozen=True)
class _Text:
    """A monolingual text as it is now, for callers that only have the one text."""

    body: str
    bilingual: bool = False
    text_cy: str = ""
    text_en: str = ""


def text_start(version: Version) -> str:
    """The start of a bilingual version's Welsh text (its English when the Welsh is empty), on one line."""
    words = " ".join((version.text_cy.strip() or version.text_en.strip()).split())
    return words if len(words) <= SUMMARY_CHARS else words[: SUMMARY_CHARS - 1].rstrip() + "…"


#: (removed, added) text colours: 4.5:1 or more on a light and on a dark text background.
DIFF_COLOURS = {"light": (TEXT_COLOURS["error"], "#1b5e20"), "dark": ("#ff9e9e", "#8fd694")}


def diff_colours(palette: QPalette) -> tuple[str, str]:
    """Red and green that stay readable on the text background in use (dark themes included)."""
    return DIFF_COLOURS["dark" if luminance(palette.color(QPalette.ColorRole.Base)) < 0.18 else "light"]


def diff_html(
    old: str, new: str, removed_label: str, added_label: str, colours: tuple[str, str] = DIFF_COLOURS["light"]
) -> str:
    """``old`` → ``new`` word by word: removed words struck through in red, added ones underlined in green
    (the line style and a screen-reader label say it too, not the colour alone)."""
    removed_colour, added_colour = colours
    before, after = _DIFF_TOKEN.findall(old), _DIFF_TOKEN.findall(new)
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(html.escape("".join(before[i1:i2])))
            continue
        if i2 > i1:
            out.append(
                f'<s style="color:{removed_colour}" title="{html.escape(removed_label)}">'
                f"{html.escape(''.join(before[i1:i2]))}</s>"
            )
        if j2 > j1:
            out.append(
                f'<u style="color:{added_colour}" title="{html.escape(added_label)}">'
                f"{html.escape(''.join(after[j1:j2]))}</u>"
            )
    return '<div style="white-space: pre-wrap">' + "".join(out) + "</div>"


class RevisionsModel(QAbstractListModel):
    def __init__(
        self,
        revisions: list[RevisionInfo],
        parent: QWidget | None = None,
        *,
        current: Version | None = None,
    ) -> None:
        super().__init__(parent)
        self._revisions = revisions
        self._current = current  # the draft now, listed first when given

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._revisions) + (self._current is not None)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row = index.row() - (self._current is not None)
        if row < 0 and self._current is not None:  # the draft as it is now
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            if self._current.bilingual:
                return self.tr("Now · Welsh and English: {start}").format(start=text_start(self._current))
            return self.tr("Now · %n characters", "", len(self._current.body))
        revision = self._revisions[row]
        if role == Qt.ItemDataRole.DisplayRole:
            when = local_time_text(revision.created_at)
            if revision.bilingual:
                return self.tr("{when} · Welsh and English: {start}").format(
                    when=when, start=text_start(revision)
                )
            return self.tr("{when} · %n characters", "", len(revision.body)).format(when=when)
        if role == Qt.ItemDataRole.UserRole:
            return revision
        return None


class HistoryDialog(QDialog):
    def __init__(
        self, revisions: list[RevisionInfo], parent: QWidget | None = None, *, current: str | Version = ""
    ) -> None:
        super().__init__(parent)
        self._current: Version = _Text(current) if isinstance(current, str) else current
        self.setWindowTitle(self.tr("Earlier versions"))
        self.resize(760, 460)
        self.chosen: RevisionInfo | None = None

        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Earlier versions"))
        self.list.setWordWrap(True)  # a bilingual version's start of text fits at 150% and in Welsh
        self.list.setModel(RevisionsModel(revisions, self, current=self._current))
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Version preview"))
        self.changes = QTextBrowser(self)
        self.changes.setAccessibleName(self.tr("Changes between this version and now"))
        self.views = QTabWidget(self)
        self.views.addTab(self.preview, self.tr("&Text"))
        self.views.addTab(self.changes, self.tr("&Changes to now"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore this version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        note = QLabel(
            self.tr(
                "Crier keeps a version before every suggestion applied and every restore, and one every "
                "couple of minutes while you write: all from the last hour, then fewer as they get older."
            ),
            self,
        )
        note.setWordWrap(True)
        panes = QHBoxLayout()
        panes.addWidget(self.list, 1)
        panes.addWidget(self.views, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(panes, 1)
        layout.addWidget(buttons)

        self.list.selectionModel().currentChanged.connect(self._show)
        # the newest earlier version is chosen: that is the one a person usually wants back
        self.list.setCurrentIndex(self.list.model().index(1 if revisions else 0, 0))

    def _show(self, current: QModelIndex) -> None:
        revision = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        self.preview.setPlainText(self.words(revision or self._current))
        now = html.escape(self.tr("This is the text as it is now."))
        self.changes.setHtml(self.changes_html(revision) if revision else now)
        self.restore_button.setEnabled(revision is not None)

    def changes_html(self, revision: Version) -> str:
        """What Restore would undo: one word-by-word diff, or for a bilingual draft the Welsh changes and
        then the English ones, each under its language and saying so plainly where a side is unchanged."""
        now = self._current
        if revision.bilingual != now.bilingual:
            return "<p>{}</p>".format(
                html.escape(
                    self.tr(
                        "This version is in Welsh and English; the draft is now one text. Restoring it "
                        "brings back both texts. The Text tab shows them."
                    )
                    if revision.bilingual
                    else self.tr(
                        "This version is one text; the draft is now in Welsh and English. Restoring it "
                        "makes the draft one text again. The Text tab shows it."
                    )
                )
            )
        if not now.bilingual:
            return self._diff(revision.body, now.body)
        welsh, english = self.tr("No changes to the Welsh text."), self.tr("No changes to the English text.")
        sides = (
            (self.tr("Cymraeg (Welsh)"), revision.text_cy, now.text_cy, welsh),
            (self.tr("English"), revision.text_en, now.text_en, english),
        )
        return "".join(
            f"<h3>{html.escape(heading)}</h3>"
            + (self._diff(old, new) if old != new else f"<p>{html.escape(same)}</p>")
            for heading, old, new, same in sides
        )

    def _diff(self, old: str, new: str) -> str:
        return diff_html(
            old, new, self.tr("removed since"), self.tr("added since"), diff_colours(self.changes.palette())
        )

    def words(self, version: Version) -> str:
        """The version's text; a bilingual one's Welsh, then its English, each under its language."""
        if not version.bilingual:
            return version.body
        return "\n\n".join(
            [
                self.tr("Cymraeg (Welsh)"),
                version.text_cy.strip(),
                self.tr("English"),
                version.text_en.strip(),
            ]
        )

    def _accept(self) -> None:
        self.chosen = self.list.currentIndex().data(Qt.ItemDataRole.UserRole)
        self.accept()
