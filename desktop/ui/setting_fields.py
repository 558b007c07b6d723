"""The editors of the Settings dialog, one per kind of value: text, choice, flag, number, lists, terms,
date ranges, rules and JSON. Each shows IT's lock and entries as such and reports a bad value in words.
"""

import json
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.networks import NETWORK_NAMES
from desktop.core.setting_specs import Choice, SettingSpec, TermMap, TextList, WholeNumber
from desktop.core.tone import RULES
from desktop.ui.a11y import name_clear_button
from desktop.ui.contrast import error_style
from desktop.ui.i18n import language_names, shown

Index = QModelIndex | QPersistentModelIndex

RULES_KEY = "tone.disabled_rules"
ISO_DATE = "yyyy-MM-dd"


class FieldError(ValueError):
    """What the user typed can't be read as a value at all; the message says which line and why."""


def _lines(text: str) -> list[tuple[int, str]]:
    """Non-blank lines with their 1-based numbers, so messages point at the line the user sees."""
    return [(number, line.strip()) for number, line in enumerate(text.splitlines(), 1) if line.strip()]


def _fit_lines(edit: QPlainTextEdit, lines: int) -> None:
    """Keep list editors a few lines tall so a tab of them still fits without much scrolling."""
    margins = edit.contentsMargins()
    height = edit.fontMetrics().lineSpacing() * lines + 2 * edit.frameWidth()
    edit.setFixedHeight(height + margins.top() + margins.bottom() + 8)


def _text_edit(parent: QWidget, lines: int = 5) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # Tab must move on, not type a tab character into a word list
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    _fit_lines(edit, lines)
    return edit


class SettingField(QWidget):
    """One setting: title, IT's entries, the editor, the lock note, the error line and the description.

    Subclasses build ``self.editor`` (the widget focus goes to) in ``build`` and convert between the
    editor and the setting's value; this class handles everything that is the same for every type.
    """

    wide = True  # does the editor use the dialog's width? Small ones keep their lock note beside them

    def __init__(self, spec: SettingSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.locked = False
        self._error: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(3)
        self.title = QLabel(self.title_text(), self) if self.has_title() else None
        if self.title is not None:
            self.title.setWordWrap(True)
            font = self.title.font()
            font.setBold(True)
            self.title.setFont(font)
            layout.addWidget(self.title)
        self.entries_label = QLabel(self.tr("From your organisation (can't be removed here):"), self)
        self.entries_label.setWordWrap(True)
        self.entries = QPlainTextEdit(self)
        self.entries.setReadOnly(True)
        self.entries.setTextInteractionFlags(  # readable and selectable from the keyboard, not editable
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.entries.setTabChangesFocus(True)
        self.entries.setAccessibleName(
            self.tr("{setting}, from your organisation").format(setting=self.title_text())
        )
        self.entries.setAccessibleDescription(self.tr("Read only: your organisation set these entries."))
        _fit_lines(self.entries, 3)
        self.entries_label.setBuddy(self.entries)
        self.own_label = QLabel(self.tr("Your own, which you can change:"), self)
        for widget in (self.entries_label, self.entries, self.own_label):
            widget.hide()
            layout.addWidget(widget)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.editor = self.build(self.body, body_layout)
        row.addWidget(self.body, 1 if self.wide else 0)
        self.lock_note = QLabel(self.tr("Set by your organisation"), self)
        self.lock_note.setStyleSheet("font-style: italic;")
        self.lock_note.hide()
        row.addWidget(self.lock_note, 0, Qt.AlignmentFlag.AlignTop)
        if not self.wide:
            row.addStretch(1)  # keeps the note right beside a small editor
        layout.addLayout(row)
        if self.title is not None:
            self.title.setBuddy(self.editor)
            self.own_label.setBuddy(self.editor)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style(self))
        self.error.hide()
        layout.addWidget(self.error)
        self.description = QLabel(self.description_text(), self)
        self.description.setWordWrap(True)
        layout.addWidget(self.description)
        for widget in self.inputs():
            widget.setToolTip(self.description_text())
        self._describe()

    # -- what subclasses provide -------------------------------------------------------------------

    def build(self, parent: QWidget, layout: QVBoxLayout) -> QWidget:
        """Create the editor widgets inside ``parent``; return the one that takes focus first."""
        raise NotImplementedError

    def load(self, value: Any) -> None:
        """Show ``value`` in the editor."""
        raise NotImplementedError

    def value(self) -> Any:
        """The editor's value in the setting's JSON shape; raises ``FieldError`` if it can't be read."""
        raise NotImplementedError

    def entries_text(self, entries: Any) -> str:
        """IT's entries of a merged setting, written the way this editor writes them."""
        return json.dumps(entries, indent=2, ensure_ascii=False)

    def inputs(self) -> list[QWidget]:
        """Every widget of this setting the keyboard should reach (used for locks and descriptions)."""
        return [self.editor]

    def has_title(self) -> bool:
        return True

    def title_text(self) -> str:
        return shown(self.spec.label)

    def description_text(self) -> str:
        return shown(self.spec.description)

    # -- shared behaviour --------------------------------------------------------------------------

    def show_entries(self, entries: Any) -> None:
        """List IT's part of a merged setting above the user's own, read only."""
        self.entries.setPlainText(self.entries_text(entries))
        for widget in (self.entries_label, self.entries, self.own_label):
            widget.show()

    def set_locked(self, locked: bool) -> None:
        """Grey out a setting the machine policy decides, and say so on screen and to screen readers."""
        self.locked = locked
        self.body.setEnabled(not locked)
        if self.title is not None:
            self.title.setEnabled(not locked)
        self.lock_note.setVisible(locked)
        self._describe()

    def show_error(self, message: str | None) -> None:
        self._error = message
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self._describe()

    def error_text(self) -> str | None:
        return self._error

    def focus(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _describe(self) -> None:
        """The accessible description carries the lock and any error, which sighted users see beside it."""
        parts = [self.description_text()]
        if self.locked:
            parts.insert(0, self.tr("Set by your organisation."))
        if self._error:
            parts.insert(0, self._error)
        for widget in self.inputs():
            widget.setAccessibleDescription(" ".join(parts))


class TextField(SettingField):
    """Text and patterns (addresses, proxy): a line edit, checked on OK by the type itself."""

    def build(self, parent: QWidget, layout: QVBoxLayout) -> QWidget:
        self.line = QLineEdit(parent)
        self.line.setAccessibleName(self.title_text())
        name_clear_button(self.line, self.tr("Clear {setting}").format(setting=self.title_text()))
        layout.addWidget(self.line)
        return self.line

    def load(self, value: Any) -> None:
        self.line.setText(str(value))

    def value(self) -> Any:
        return self.line.text().strip()


class ChoiceField(SettingField):
    """One of a few fixed words (the interface language): a drop-down list showing each in words."""

    wide = False

    def build(self, parent: QWidget, layout: QVBoxLayout) -> QWidget:
        kind = self.spec.type
        assert isinstance(kind, Choice)
        self.combo = QComboBox(parent)
        self.combo.setAccessibleName(self.title_text())
        names = language_names()
        for choice in kind.choices:
            self.combo.addItem(names.get(choice, choice), choice)
        layout.addWidget(self.combo)
        return self.combo

    def load(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0))

    def value(self) -> Any:
        return self.combo.currentData()


class FlagField(SettingField):
    """True or false: a check box carrying the setting's label, so there is no separate title."""

    wide = False

    def build(self, parent: QWidget, layout: QVBoxLayout) -> QWidget:
        self.box = QCheckBox(self.title_text(), parent)
        self.box.setAccessibleName(self.title_text())
        layout.addWidget(self.box)
        return self.box

    def has_title(self) -> bool:
        return False

    def load(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def value(self) -> Any:
        return self.box.isChecked()


class NumberField(SettingField):
    """A whole number: a spin box limited to the type's range, so it can't be out of range at all."""

    wide = False

    def build(self, parent: QWidget, layout: QVBoxLayout) -> QWidget:
        kind = self.spec.type
        assert isinstance(kind, WholeNumber)
        self.spin = QSpinBox(parent)
        self.spin.setRange(kind.minimum, kind.maximum)
        self.spin.setAccessibleName(self.title_text())
        self.spin.setMinimumWidth(90)
        layout.addWidget(self.spin)
        return self.spin

    def load(self, value: Any) -> None:
        self.spin.setValue(int(value))

    def value(self) -> Any:
        return self.spin.value()


class ChoicesField(SettingField):
    """A list drawn from fixed choices: a check list; IT's choices of a merged list are ticked and fixed."""

    def build(self, parent: QWidget, layout: QVBoxLayout) -> QWidget:
        kind = self.spec.type
        assert isinstance(kind, TextList) and kind.choices is not None
        self.list = QListWidget(parent)
        self.list.setAccessibleName(self.title_text())
        for choice in kind.choices:
            item = QListWidgetItem(self.tr(NETWORK_NAMES.get(choice, choice)), self.list)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = max(self.list.count(), 1)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)  # ticks are the choice
        layout.addWidget(self.list)
        return self.list

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def load(self, value: Any) -> None:
        for item in self.items():
            chosen = item.data(Qt.ItemDataRole.UserRole) in value
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def show_entries(self, entries: Any) -> None:
        for item in self.items():
            if item.data(Qt.ItemDataRole.UserRole) in entries:
                item.setCheckState(Qt.CheckState.Checked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setText(self.tr("{choice} (from your organisation)").format(choice=item.text()))

    def value(self) -> Any:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        ]


class LinesField(SettingField):
    """A free list of text: one item per line, blank lines ignored."""

    def build(self, parent: QWidget, layout: QVBoxLayout) -> QWidget:
        self.text = _text_edit(parent)
        self.text.setAccessibleName(self.title_text())
        self.text.setPlaceholderText(self.tr("One per line"))
        layout.addWidget(self.text)
        return self.text

    def load(self, value: Any) -> None:
        self.text.setPlainText("\n".join(value))

    def value(self) -> Any:
        return [line for _number, line in _lines(self.text.toPlainText())]

    def entries_text(self, entries: Any) -> str:
        return "\n".join(entries)


class TermsField(SettingField):
    """Term → suggestion: lines of "term = suggestion", or just "term" where no suggestion is allowed."""

    def build(self, parent: QWidget, layout: QVBoxLayout) -> QWidget:
        self.text = _text_edit(parent)
        self.text.setAccessibleName(self.title_text())
        if self.nullable():
            self.text.setPlaceholderText(self.tr('One per line: "word = suggestion", or just "word"'))
        else:
            self.text.setPlaceholderText(self.tr('One per line: "word = suggestion"'))
        layout.addWidget(self.text)
        return self.text

    def nullable(self) -> bool:
        kind = self.spec.type
        return isinstance(kind, TermMap) and kind.nullable

    def load(self, value: Any) -> None:
        self.text.setPlainText(self.entries_text(value))

    def entries_text(self, entries: Any) -> str:
        return "\n".join(term if rep is None else f"{term} = {rep}" for term, rep in entries.items())

    def value(self) -> Any:
        terms: dict[str, str | None] = {}
        for number, line in _lines(self.text.toPlainText()):
            # " = " first, so a term that itself holds "=" survives being shown and read back.
            separator = " = " if " = " in line else "="
            term, found, rep = (part.strip() for part in line.partition(separator))
            if not term:
                raise FieldError(self.tr('Line {n} has no word before the "=".').format(n=number))
            if term in terms:
                raise FieldError(self.tr('Line {n} repeats "{term}".').format(n=number, term=term))
            if not (found and rep) and not self.nullable():
                raise FieldError(
                    self.tr('Line {n} needs a suggestion after "=", like "{term} = better word".').format(
                        n=number, term=term
                    )
                )
            terms[term] = rep if found and rep else None
        return terms


class _DateDelegate(QStyledItemDelegate):
    """Dates are picked with a date editor and stored as YYYY-MM-DD, the form the settings file uses."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setDisplayFormat(ISO_DATE)
        editor.setCalendarPopup(True)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        date = QDate.fromString(str(index.data() or ""), ISO_DATE)
        assert isinstance(editor, QDateEdit)
        editor.setDate(date if date.isValid() else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date().toString(ISO_DATE))


class PeriodsField(SettingField):
    """Named date ranges: a small table (name, first day, last day) with Add and Remove buttons."""

    def build(self, parent: QWidget, layout: QVBoxLayout) -> QWidget:
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("First day"), self.tr("Last day")])
        self.table = QTableView(parent)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.title_text())
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._dates = _DateDelegate(self.table)
        self.table.setItemDelegateForColumn(1, self._dates)
        self.table.setItemDelegateForColumn(2, self._dates)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setFixedHeight(self.table.verticalHeader().defaultSectionSize() * 5 + header.height())
        layout.addWidget(self.table)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("A&dd period"), parent)
        self.remove_button = QPushButton(self.tr("&Remove period"), parent)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.model.rowsInserted.connect(lambda *_: self._update_buttons())
        self.model.rowsRemoved.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        return self.table

    def inputs(self) -> list[QWidget]:
        return [self.table, self.add_button, self.remove_button]

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentIndex().isValid())

    def _append(self, name: str, start: str, end: str) -> None:
        self.model.appendRow([QStandardItem(name), QStandardItem(start), QStandardItem(end)])

    def add_row(self) -> None:
        """Add a period starting and ending today and put the cursor in its name, ready to type."""
        today = QDate.currentDate().toString(ISO_DATE)
        self._append("", today, today)
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(index)

    def remove_row(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.model.removeRow(current.row())
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def load(self, value: Any) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for period in value:
            self._append(period["name"], period["start"], period["end"])

    def value(self) -> Any:
        periods: list[dict[str, str]] = []
        for row in range(self.model.rowCount()):
            name, start, end = (str(self.model.item(row, column).text()).strip() for column in range(3))
            if not name:
                raise FieldError(self.tr("Period {n} needs a name.").format(n=row + 1))
            periods.append({"name": name, "start": start, "end": end})
        return periods

    def entries_text(self, entries: Any) -> str:
        return "\n".join(
            self.tr("{name}: {start} to {end}").format(name=p["name"], start=p["start"], end=p["end"])
            for p in entries
        )


class RulesField(SettingField):
    """The turned-off tone checks, shown the other way up: a box per rule, ticked while the rule runs."""

    def build(self, parent: QWidget, layout: QVBoxLayout) -> QWidget:
        self.group = QGroupBox(parent)
        self.group.setAccessibleName(self.title_text())
        grid = QGridLayout(self.group)
        self.boxes: dict[str, QCheckBox] = {}
        for number, (rule_id, info) in enumerate(RULES.items()):
            box = QCheckBox(shown(info.title), self.group)
            box.setAccessibleName(shown(info.title))
            self.boxes[rule_id] = box
            grid.addWidget(box, number // 2, number % 2)  # row by row, so Tab reads left to right
        layout.addWidget(self.group)
        self._unknown: list[str] = []
        return next(iter(self.boxes.values()), self.group)

    def inputs(self) -> list[QWidget]:
        return list(self.boxes.values())

    def title_text(self) -> str:
        return self.tr("Checks to run")

    def description_text(self) -> str:
        return self.tr("Untick a check to turn it off. Ticked checks look at every draft as you type.")

    def _describe(self) -> None:
        """Each box describes its own rule; the lock and any error are added in front as for any field."""
        extra = []
        if self._error:
            extra.append(self._error)
        if self.locked:
            extra.append(self.tr("Set by your organisation."))
        for rule_id, box in self.boxes.items():
            info = RULES[rule_id]
            box.setToolTip(shown(info.description))
            box.setAccessibleDescription(" ".join([*extra, shown(info.description)]))

    def load(self, value: Any) -> None:
        off = set(value)
        for rule_id, box in self.boxes.items():
            box.setChecked(rule_id not in off)
        self._unknown = [rule_id for rule_id in value if rule_id not in self.boxes]  # e.g. from a newer Crier

    def value(self) -> Any:
        return [rule_id for rule_id, box in self.boxes.items() if not box.isChecked()] + self._unknown


class JsonField(SettingField):
    """A value type with no editor of its own yet: edited as JSON so the setting is never hidden."""

    def build(self, parent: QWidget, layout: QVBoxLayout) -> QWidget:
        self.text = _text_edit(parent, 4)
        self.text.setAccessibleName(self.title_text())
        layout.addWidget(self.text)
        return self.text

    def load(self, value: Any) -> None:
        self.text.setPlainText(json.dumps(value, indent=2, ensure_ascii=False))

    def value(self) -> Any:
        try:
            return json.loads(self.text.toPlainText())
        except json.JSONDecodeError as exc:
            raise FieldError(
                self.tr("This isn't valid JSON: {problem} on line {line}.").format(
                    problem=exc.msg, line=exc.lineno
                )
            ) from None
