"""What the checks show: counts under the editor, findings in the panel and underlined in the text."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.networks import COUNTED_NETWORKS, NETWORK_NAMES

if TYPE_CHECKING:
    from desktop.core.checks import CheckResult
    from desktop.core.tone import Finding

Index = QModelIndex | QPersistentModelIndex
FINDING_ROLE = Qt.ItemDataRole.UserRole + 20
SEVERITY_COLOURS = {"error": QColor("#c62828"), "warning": QColor("#e08600"), "info": QColor("#1565c0")}
SEVERITY_WORDS = {"error": "Must fix", "warning": "Consider", "info": "Tip"}
NEAR_LIMIT = 20
#: A 100 KB paste can have thousands of findings; a person reads the first few, and laying out
#: thousands of rows or underlines would stall the GUI thread. The summary says how many there are.
MAX_LISTED = 100
MAX_UNDERLINED = 400


class FindingsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._text = ""

    def set_result(self, result: CheckResult) -> None:
        self.beginResetModel()
        self._findings = list(result.findings[:MAX_LISTED])
        self._text = result.text
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            quoted = self._text[finding.start : finding.end]
            quoted = quoted if len(quoted) <= 40 else quoted[:37] + "…"
            head = self.tr(SEVERITY_WORDS[finding.severity])
            line = f"{head}: {finding.message}"
            if quoted.strip() and finding.rule not in ("length", "reading-age"):
                line = f"{head} — “{quoted}”: {finding.message}"
            if finding.suggestion:
                line += "\n" + self.tr("Suggestion: {s}").format(s=finding.suggestion)
            return line
        if role == Qt.ItemDataRole.ForegroundRole:
            return SEVERITY_COLOURS[finding.severity]
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.message
        if role == FINDING_ROLE:
            return finding
        return None


class ChecksPanel(QWidget):
    """The right-hand panel: a summary line, the findings, and Apply / Ignore for the selected one."""

    activated = Signal(object)  # Finding: select its span in the editor
    apply = Signal(object)  # Finding with a suggestion
    ignore = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Checks"))
        self.summary = QLabel(self.tr("Checks appear here as you write."), self)
        self.summary.setWordWrap(True)
        self.model = FindingsModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Findings"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.apply_button = QPushButton(self.tr("&Apply suggestion"), self)
        self.ignore_button = QPushButton(self.tr("&Ignore here"), self)
        self.apply_button.setAccessibleName(self.tr("Apply suggestion"))
        self.ignore_button.setAccessibleName(self.tr("Ignore this finding for this draft"))
        heading = QLabel(self.tr("<b>Checks</b>"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.ignore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 8, 8)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.list.activated.connect(lambda index: self.activated.emit(index.data(FINDING_ROLE)))
        self.list.clicked.connect(lambda index: self.activated.emit(index.data(FINDING_ROLE)))
        self.apply_button.clicked.connect(lambda: self._emit(self.apply))
        self.ignore_button.clicked.connect(lambda: self._emit(self.ignore))
        self.model.modelReset.connect(self._on_current)
        self._on_current()

    def current(self) -> Finding | None:
        index = self.list.currentIndex()
        return index.data(FINDING_ROLE) if index.isValid() else None

    def _emit(self, signal: Signal) -> None:
        finding = self.current()
        if finding is not None:
            signal.emit(finding)

    def _on_current(self, *_args: object) -> None:
        finding = self.current()
        self.apply_button.setEnabled(bool(finding and finding.suggestion is not None))
        self.ignore_button.setEnabled(finding is not None)

    def show_result(self, result: CheckResult) -> None:
        self.model.set_result(result)
        errors = sum(f.severity == "error" for f in result.findings)
        others = len(result.findings) - errors
        if not result.text.strip():
            self.summary.setText(self.tr("Checks appear here as you write."))
        elif not result.findings:
            self.summary.setText(self.tr("No problems found."))
        else:
            self.summary.setText(
                self.tr("{errors} to fix before posting, {others} to consider.").format(
                    errors=errors, others=others
                )
            )


class CountsBar(QWidget):
    """Network toggles with live counts: "X 231/280 · Bluesky 231/300", amber near, red over."""

    networks_changed = Signal(list)
    split_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggles: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for network in COUNTED_NETWORKS:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setText(NETWORK_NAMES[network])
            button.setAccessibleName(self.tr("Count for {network}").format(network=NETWORK_NAMES[network]))
            button.toggled.connect(lambda _on: self.networks_changed.emit(self.networks()))
            layout.addWidget(button)
            self.toggles[network] = button
        self.split_button = QPushButton(self.tr("Split into &thread"), self)
        self.split_button.setAccessibleName(self.tr("Split into thread"))
        self.split_button.clicked.connect(self.split_requested)
        layout.addStretch(1)
        layout.addWidget(self.split_button)

    def networks(self) -> list[str]:
        return [n for n, b in self.toggles.items() if b.isChecked()]

    def set_networks(self, networks: list[str] | tuple[str, ...]) -> None:
        for network, button in self.toggles.items():
            button.blockSignals(True)
            button.setChecked(network in networks)
            button.blockSignals(False)
            button.setText(NETWORK_NAMES[network])
            button.setStyleSheet("")

    def show_result(self, result: CheckResult) -> None:
        too_long = False
        for m in result.measures:
            button = self.toggles[m.network]
            button.setText(f"{NETWORK_NAMES[m.network]} {m.length}/{m.limit}")
            over = m.remaining < 0
            too_long = too_long or over
            colour = "#c62828" if over else "#b26a00" if m.remaining <= NEAR_LIMIT else ""
            button.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
            state = (
                self.tr("over the limit by {n}").format(n=-m.remaining)
                if over
                else self.tr("{n} characters left").format(n=m.remaining)
            )
            button.setToolTip(f"{NETWORK_NAMES[m.network]}: {state}")
            button.setAccessibleDescription(button.toolTip())
        for network, button in self.toggles.items():
            if network not in {m.network for m in result.measures}:
                button.setText(NETWORK_NAMES[network])
                button.setStyleSheet("")
                button.setToolTip(self.tr("Count this post for {n}").format(n=NETWORK_NAMES[network]))
        self.split_button.setEnabled(too_long)


class QtPositions:
    """Python str indices to Qt's UTF-16 positions: astral characters (most emoji) count twice in Qt."""

    _ASTRAL = re.compile("[\U00010000-\U0010ffff]")

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in self._ASTRAL.finditer(text)]

    def __call__(self, index: int) -> int:
        return index + bisect.bisect_left(self._astral, index)


def highlight(editor: QPlainTextEdit, result: CheckResult) -> None:
    """Underline findings and shade the overflow, as extra selections (cheap to replace per run)."""
    text = editor.toPlainText()
    if text != result.text:
        return  # the text moved on since this run; the next run will draw
    selections = []
    document = editor.document()
    qt = QtPositions(text)
    # Only what is on screen (plus a margin): Qt re-lays out every block an extra selection touches,
    # which for a 100 KB paragraph costs half a second. Scrolling calls this again.
    first = editor.cursorForPosition(QPoint(0, 0)).position()
    corner = QPoint(editor.viewport().width(), editor.viewport().height())
    last = editor.cursorForPosition(corner).position()
    lo, hi = max(0, first - 2000), last + 2000

    def span(start: int, end: int, fmt: QTextCharFormat, tip: str) -> None:
        begin, finish = max(qt(start), lo), min(qt(end), hi)
        if begin >= finish:
            return
        cursor = QTextCursor(document)
        cursor.setPosition(begin)
        cursor.setPosition(finish, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt.setToolTip(tip)
        selection.format = fmt
        selections.append(selection)

    for m in result.measures:
        if m.over:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(198, 40, 40, 50))
            span(m.over[0], m.over[1], fmt, f"Over the {NETWORK_NAMES[m.network]} limit")
    for finding in result.findings:
        if finding.rule == "length" or finding.end <= finding.start:
            continue
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(SEVERITY_COLOURS[finding.severity])
        span(finding.start, finding.end, fmt, finding.message)
    editor.setExtraSelections(selections)


def select_span(editor: QPlainTextEdit, finding: Finding) -> None:
    text = editor.toPlainText()
    if finding.end > len(text):
        return
    qt = QtPositions(text)
    cursor = editor.textCursor()
    cursor.setPosition(qt(finding.start))
    cursor.setPosition(qt(finding.end), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus()


def apply_suggestion(editor: QPlainTextEdit, finding: Finding) -> bool:
    """Replace the finding's words with its suggestion as one undoable edit."""
    text = editor.toPlainText()
    if finding.suggestion is None or finding.end > len(text):
        return False
    qt = QtPositions(text)
    cursor = editor.textCursor()
    cursor.setPosition(qt(finding.start))
    cursor.setPosition(qt(finding.end), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(finding.suggestion)
    editor.setTextCursor(cursor)
    return True


class ThreadDialog(QDialog):
    """Shows how a long draft splits into a thread, each part with its count, before using it."""

    def __init__(
        self, parts: list[str], network: str, counts: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split into thread"))
        self.resize(560, 480)
        self.parts = parts
        view = QPlainTextEdit(self)
        view.setReadOnly(True)
        view.setAccessibleName(self.tr("Thread parts"))
        view.setPlainText(
            "\n\n".join(f"[{count}]\n{part}" for count, part in zip(counts, parts, strict=True))
        )
        intro = QLabel(
            self.tr(
                "For {network} this draft becomes a thread of {n} posts. Using these parts puts a line"
                " with --- between them in the draft; you can move the breaks."
            ).format(network=NETWORK_NAMES[network], n=len(parts)),
            self,
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.tr("&Use these parts"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
