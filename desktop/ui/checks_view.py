"""What the checks show: counts under the editor, findings in the panel and underlined in the text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt: built on first use (tests/test_startup_path.py)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPixmap, QRegion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.contrast import severity_colour
from desktop.ui.i18n import shown

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMoveEvent, QResizeEvent, QTextCharFormat, QTextCursor
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop.core.checks import CheckResult
    from desktop.core.counting import NetworkParts
    from desktop.core.tone import Finding

Index = QModelIndex | QPersistentModelIndex
FINDING_ROLE = 256 + 20  # Qt.ItemDataRole.UserRole + 20 (an int: importing builds no Qt namespace)
#: Underline colours (graphics: 3:1 on white or more); the findings' text keeps the palette's colour.
SEVERITY_COLOURS = {"error": QColor("#c62828"), "warning": QColor("#b26a00"), "info": QColor("#1565c0")}
SEVERITY_WORDS = {
    "error": QT_TRANSLATE_NOOP("FindingsModel", "Must fix"),
    "warning": QT_TRANSLATE_NOOP("FindingsModel", "Consider"),
    "info": QT_TRANSLATE_NOOP("FindingsModel", "Tip"),
}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}  # the panel lists what must be fixed first
#: Severity is never colour alone: each has its word and this icon (QStyle.StandardPixmap) too.
SEVERITY_ICONS = {
    "error": "SP_MessageBoxCritical",
    "warning": "SP_MessageBoxWarning",
    "info": "SP_MessageBoxInformation",
}


_ICONS: dict[str, QIcon] = {}


def severity_icon(widget: QWidget, severity: str) -> QIcon:
    """The style's icon for a severity, made once (a list of findings asks for it on every paint)."""
    if severity not in _ICONS:
        from PySide6.QtWidgets import QStyle  # not before the first paint (see outlined_style)

        _ICONS[severity] = widget.style().standardIcon(
            getattr(QStyle.StandardPixmap, SEVERITY_ICONS[severity])
        )
    return _ICONS[severity]


def ordered(findings: Sequence[Finding]) -> list[Finding]:
    """Most serious first, then in the order they appear in the text."""
    return sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, len(SEVERITY_ORDER)), f.start))


NEAR_LIMIT = 20
NEAR_BYTES = 300  # Bluesky's byte count is shown once a post comes this close to its 3000
#: A 100 KB paste can have thousands of findings; a person reads the first few, and laying out
#: thousands of rows or underlines would stall the GUI thread. The summary says how many there are.
MAX_LISTED = 100
MAX_UNDERLINED = 400


class FindingsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._text = ""

    def set_result(self, result: CheckResult, extra: Sequence[Finding] = ()) -> None:
        self.beginResetModel()
        self._findings = ordered([*result.findings, *extra])[:MAX_LISTED]
        self._text = result.text
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: Index, role: int = 0) -> object:
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        if role in (QtCore.Qt.ItemDataRole.DisplayRole, QtCore.Qt.ItemDataRole.AccessibleTextRole):
            quoted = self._text[finding.start : finding.end]
            quoted = quoted if len(quoted) <= 40 else quoted[:37] + "…"
            head = self.tr(SEVERITY_WORDS[finding.severity])
            message = shown(finding.message)
            line = f"{head}: {message}"
            if quoted.strip() and finding.rule not in ("length", "reading-age"):
                line = f"{head} — “{quoted}”: {message}"
            if finding.suggestion:
                line += "\n" + self.tr("Suggestion: {s}").format(s=finding.suggestion)
            return line
        if role == QtCore.Qt.ItemDataRole.DecorationRole:
            return severity_icon(self.parent(), finding.severity)
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
            return shown(finding.message)
        if role == FINDING_ROLE:
            return finding
        return None


class ChecksPanel(QWidget):
    """The right-hand panel: a summary line, the findings, and Apply / Ignore for the selected one."""

    activated = Signal(object)  # Finding: select its span in the editor
    apply = Signal(object)  # Finding with a suggestion
    ignore = Signal(object)  # Finding
    split = Signal()  # write the thread's breaks into the draft as --- lines

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
        # Shown while the text is too long for a chosen network: its thread's breaks, as --- lines
        self.split_button = QPushButton(self.tr("Sp&lit into thread"), self)
        self.split_button.setToolTip(
            self.tr("Put a line with --- where each post of the thread starts, so you can see and move it")
        )
        self.split_button.setVisible(False)
        heading = QLabel(self.tr("<b>Checks</b>"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.ignore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 8, 8)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.split_button)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.list.activated.connect(lambda index: self.activated.emit(index.data(FINDING_ROLE)))
        self.list.clicked.connect(lambda index: self.activated.emit(index.data(FINDING_ROLE)))
        self.apply_button.clicked.connect(lambda: self._emit(self.apply))
        self.ignore_button.clicked.connect(lambda: self._emit(self.ignore))
        self.split_button.clicked.connect(self.split)
        self.model.modelReset.connect(self._on_current)
        self._on_current()

    def finish_building(self) -> None:
        """After the first paint (``MainWindow.finish_building``), before there are findings: the hidden
        Split button's size (QSizePolicy's type and enums are not built before the window shows)."""
        from PySide6.QtWidgets import QSizePolicy

        # at the left, its own width (as AlignLeft would, without building Qt's enums)
        self.split_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

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
        # A missing image description is fixed under the image, not ignored in the text.
        self.ignore_button.setEnabled(finding is not None and finding.rule != "alt-text")

    def show_result(self, result: CheckResult, alt_texts: Sequence[str] = ()) -> None:
        """Show the text's findings and, for the draft's images, any missing descriptions."""
        from desktop.core.checks import alt_text_findings  # here: the checks' data stays off start-up

        extra = alt_text_findings(alt_texts)
        self.model.set_result(result, extra)
        findings = [*result.findings, *extra]
        errors = sum(f.severity == "error" for f in findings)
        others = len(findings) - errors
        if not result.text.strip() and not findings:
            self.summary.setText(self.tr("Checks appear here as you write."))
        elif not findings:
            self.summary.setText(self.tr("No problems found."))
        else:
            self.summary.setText(
                self.tr("{errors} to fix before posting, {others} to consider.").format(
                    errors=errors, others=others
                )
            )


class _Place(QWidget):
    """Where a network toggle sits in the counts bar's grid, with the toggle's reserved size; the toggle
    itself is the bar's child, over it (see ``CountsBar``)."""

    def __init__(self, button: QToolButton, parent: QWidget) -> None:
        super().__init__(parent)
        self.button = button
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def _follow(self) -> None:
        self.button.setGeometry(QRect(self.mapTo(self.button.parentWidget(), QPoint(0, 0)), self.size()))

    def moveEvent(self, _event: QMoveEvent) -> None:  # noqa: N802 (Qt's name)
        self._follow()

    def resizeEvent(self, _event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._follow()


class CountsBar(QWidget):
    """Network toggles with live counts: "X 231/280 · Bluesky 231/300", amber near or when it becomes a
    thread ("X 384/280 → 2 posts"), red when a part can't fit (a Facebook post is never split).

    Everything shown comes from ``counting.network_shares``: the same parts the checks see and the outbox
    will send.

    The toggles are in no layout. In one, each new count (a new size hint) would invalidate it, and the
    layout request would go up through every parent to the main window, which re-lays out and repaints the
    editor's tab, frames and scroll bar on every keystroke, after the count and often before its paint.
    The grid holds places of the toggles' reserved sizes instead, and the bar passes a layout request up
    only when the grid's own size hints changed.
    """

    networks_changed = Signal(list)
    preview_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the networks' descriptors come with the bar (the editor, after the first paint), not with the panel
        from desktop.core.networks import COUNTED_NETWORKS, NETWORK_NAMES

        self._names = NETWORK_NAMES
        self.toggles: dict[str, QToolButton] = {}
        self._shown: dict[str, tuple[str, str, str | None, str]] = {}  # what each toggle shows now
        self._grid = QWidget(self)
        # Two equal columns of toggles: their widths come from the columns, not from the counts' text, so
        # a count appearing never moves a button from under the pointer.
        layout = QGridLayout(self._grid)
        layout.setContentsMargins(0, 0, 0, 0)
        columns = 2
        for position, network in enumerate(COUNTED_NETWORKS):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setText(NETWORK_NAMES[network])
            button.setAccessibleName(self.tr("Count for {network}").format(network=NETWORK_NAMES[network]))
            button.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(lambda _on: self.networks_changed.emit(self.networks()))
            place = _Place(button, self._grid)
            self._reserve_size(button, place, NETWORK_NAMES[network])
            layout.addWidget(place, position // columns, position % columns)
            self.toggles[network] = button
        self.preview_button = QPushButton(self.tr("Preview pa&rts"), self._grid)
        self.preview_button.setAccessibleName(self.tr("Preview the post on each network"))
        self.preview_button.setToolTip(self.tr("How each network gets this post (Ctrl+P)"))
        self.preview_button.clicked.connect(self.preview_requested)
        rows = (len(COUNTED_NETWORKS) + columns - 1) // columns
        layout.addWidget(self.preview_button, 0, columns, rows, 1, QtCore.Qt.AlignmentFlag.AlignTop)
        for column in range(columns):
            layout.setColumnStretch(column, 1)
        from PySide6.QtWidgets import QSizePolicy  # (made with the editor, after the first paint)

        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._hints = self._grid_hints()

    def _grid_hints(self) -> tuple[QSize, QSize]:
        return self._grid.sizeHint(), self._grid.minimumSizeHint()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._grid.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._grid.minimumSizeHint()

    def resizeEvent(self, _event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._grid.setGeometry(self.rect())

    def event(self, event: QEvent) -> bool:
        # QEvent's type by way of the event: PySide6 makes a class's type on first use, and QEvent's is
        # not needed before the first paint (tests/test_startup_path.py)
        if event.type() == event.Type.LayoutRequest:  # a toggle's text, or the grid's hints
            hints = self._grid_hints()
            if hints != self._hints:
                self._hints = hints
                self.updateGeometry()
            return True
        return super().event(event)

    def _reserve_size(self, button: QToolButton, place: _Place, name: str) -> None:
        """Room for the longest count a toggle usually shows, icon included, so it is never clipped."""
        button.setText(f"{name} 0000/0000 → " + self.tr("%n posts", "", 99))
        room = QPixmap(button.iconSize())  # the severity icons are drawn at this size
        room.fill(QtCore.Qt.GlobalColor.transparent)
        button.setIcon(QIcon(room))
        hint = button.sizeHint()
        place.setMinimumWidth(hint.width())
        place.setFixedHeight(hint.height())
        from PySide6.QtWidgets import QSizePolicy

        place.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        button.setIcon(QIcon())
        button.setText(name)

    def networks(self) -> list[str]:
        return [n for n, b in self.toggles.items() if b.isChecked()]

    def set_networks(self, networks: list[str] | tuple[str, ...]) -> None:
        for network, button in self.toggles.items():
            button.blockSignals(True)
            button.setChecked(network in networks)
            button.blockSignals(False)
            self._show(network, self._names[network], "", None, button.toolTip())

    def _show(self, network: str, text: str, colour: str, severity: str | None, tip: str) -> bool:
        """Set what a toggle shows, only what changed (a style sheet or icon set again re-polishes the button
        and repaints it even when it is the same); whether anything did."""
        button, before = self.toggles[network], self._shown.get(network)
        if before == (text, colour, severity, tip):
            return False
        self._shown[network] = (text, colour, severity, tip)
        button.setText(text)  # (Qt skips the same text)
        if before is None or before[1] != colour:
            button.setStyleSheet(f"color: {colour};" if colour else "")
        if before is None or before[2] != severity:
            # Colour is never the only sign: the icon says "can't fit" or "near the limit" too.
            button.setIcon(severity_icon(self, severity) if severity else QIcon())
        if before is None or before[3] != tip:
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
        return True

    def show_parts(self, parts: Sequence[NetworkParts]) -> None:
        """Each chosen network's count (``counting.network_shares``), worked out on the keystroke, and
        painted at once: the keystroke's letter is already on screen, and a repaint left to the event loop
        waits behind whatever else it has queued."""
        shares = {share.network: share for share in parts}
        changed = QRegion()
        for network, button in self.toggles.items():
            name = self._names[network]
            share = shares.get(network)
            if share is None:
                if self._show(network, name, "", None, self.tr("Count this post for {n}").format(n=name)):
                    changed += button.geometry()
                continue
            m, posts = share.whole, len(share.parts)
            text = f"{name} {m.length}/{m.limit}"
            room = (
                [self.tr("%n characters left", "", m.remaining)]
                if m.remaining >= 0
                else [self.tr("over the limit for one post by {n}").format(n=-m.remaining)]
            )
            near = m.remaining <= NEAR_LIMIT
            if m.bytes is not None and m.byte_limit is not None:
                left = m.byte_limit - m.bytes
                if left <= NEAR_BYTES:
                    text += f" · {m.bytes}/{m.byte_limit} " + self.tr("bytes")
                    near = True
                room.append(
                    self.tr("%n bytes left", "", left)
                    if left >= 0
                    else self.tr("over the limit of {limit} bytes by {n}").format(limit=m.byte_limit, n=-left)
                )
            if posts > 1:
                text += " → " + self.tr("%n posts", "", posts)
                room.append(self.tr("goes as a thread of {n}; Ctrl+P shows the parts").format(n=posts))
            stuck = bool(share.parts) and not share.valid
            tone = "error" if stuck else "warning" if near or posts > 1 else ""
            colour = severity_colour(tone, button.palette()) if tone else ""
            severity = "error" if stuck else "warning" if colour else None
            if self._show(network, text, colour, severity, f"{name}: " + "; ".join(room)):
                changed += button.geometry()
        if not changed.isEmpty():
            self.repaint(changed)


class QtPositions:
    """Python str indices to Qt's UTF-16 positions: astral characters (most emoji) count twice in Qt."""

    _ASTRAL = re.compile("[\U00010000-\U0010ffff]")

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in self._ASTRAL.finditer(text)]
        self._units: list[int] | None = None

    def __call__(self, index: int) -> int:
        return index + bisect.bisect_left(self._astral, index)

    def index(self, position: int) -> int:
        """The other way: the str index at Qt's ``position`` (inside an astral character, that character)."""
        if self._units is None:  # where each astral character starts in Qt's positions
            self._units = [at + n for n, at in enumerate(self._astral)]
        return position - bisect.bisect_left(self._units, position)


def highlight(editor: QPlainTextEdit, result: CheckResult) -> None:
    """Underline findings and shade the overflow: marks the editor's highlighter draws with the spelling
    (``attach_spelling`` has given every editor of the window one), following the text as it is edited."""
    # (the text classes are imported here: their types, QTextFormat's enums above all, take PySide6 some
    # 5 ms to build, and nothing before the editor, after the first paint, needs them)
    from PySide6.QtGui import QTextCharFormat, QTextCursor

    text = editor.toPlainText()
    if text != result.text:
        return  # the text moved on since this run; the next run will draw
    marks: list[tuple[QTextCursor, QTextCharFormat]] = []
    document = editor.document()
    qt = QtPositions(text)
    # Only what is on screen (plus a margin): Qt lays out again every block a mark touches,
    # which for a 100 KB paragraph costs half a second. Scrolling calls this again.
    first = editor.cursorForPosition(QPoint(0, 0)).position()
    corner = QPoint(editor.viewport().width(), editor.viewport().height())
    last = editor.cursorForPosition(corner).position()
    lo, hi = max(0, first - 2000), last + 2000
    # and only the findings there are dressed (a 1 MB paste's ~15,000 took 1.7 s: a message translated and
    # a format built for each): their bounds as str indices
    near_lo, near_hi = qt.index(lo), qt.index(hi) + 1

    def span(start: int, end: int, fmt: QTextCharFormat, tip: str) -> None:
        begin, finish = max(qt(start), lo), min(qt(end), hi)
        if begin >= finish:
            return
        cursor = QTextCursor(document)
        cursor.setPosition(begin)
        cursor.setPosition(finish, QTextCursor.MoveMode.KeepAnchor)
        fmt.setToolTip(tip)
        marks.append((cursor, fmt))

    for share in result.parts:
        m = share.whole
        if m.over and share.parts and not share.valid:  # a thread's overflow is its next part
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(198, 40, 40, 50))
            from desktop.core.networks import NETWORK_NAMES  # loaded by now: the counts bar has it

            tip = QCoreApplication.translate("checks_view", "Over the {network} limit")
            span(m.over[0], m.over[1], fmt, tip.format(network=NETWORK_NAMES[m.network]))
    for finding in result.findings:
        if finding.rule == "length" or finding.end <= finding.start:
            continue
        if finding.end <= near_lo or finding.start >= near_hi:
            continue
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(SEVERITY_COLOURS[finding.severity])
        span(finding.start, finding.end, fmt, shown(finding.message))
    show_marks(editor, marks)


def show_marks(editor: QPlainTextEdit, marks: list[tuple[QTextCursor, QTextCharFormat]]) -> None:
    """Draw these in place of the editor's last findings (none: clear them)."""
    editor.spell_highlighter.set_marks(marks)  # type: ignore[attr-defined]  # (attach_spelling's)


def select_span(editor: QPlainTextEdit, finding: Finding) -> None:
    from PySide6.QtGui import QTextCursor

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
    from PySide6.QtGui import QTextCursor

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
