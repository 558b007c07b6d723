"""Earlier versions of a draft, side by side with a preview, and a button to bring one back."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.drafts import RevisionInfo
from desktop.ui.dates import local_time_text


class RevisionsModel(QAbstractListModel):
    def __init__(self, revisions: list[RevisionInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._revisions = revisions

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._revisions)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        revision = self._revisions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{when} · %n characters", "", len(revision.body)).format(
                when=local_time_text(revision.created_at)
            )
        if role == Qt.ItemDataRole.UserRole:
            return revision
        return None


class HistoryDialog(QDialog):
    def __init__(self, revisions: list[RevisionInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier versions"))
        self.resize(760, 460)
        self.chosen: RevisionInfo | None = None

        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Earlier versions"))
        self.list.setModel(RevisionsModel(revisions, self))
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Version preview"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore this version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        note = QLabel(
            self.tr("Autosave keeps every version from the last hour, then fewer as they get older.")
            if revisions
            else self.tr(
                "No earlier versions yet. Autosave keeps one every couple of minutes while you write."
            )
        )
        note.setWordWrap(True)
        panes = QHBoxLayout()
        panes.addWidget(self.list, 1)
        panes.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(panes, 1)
        layout.addWidget(buttons)

        self.list.selectionModel().currentChanged.connect(self._show)
        if revisions:
            self.list.setCurrentIndex(self.list.model().index(0, 0))

    def _show(self, current: QModelIndex) -> None:
        revision = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        self.preview.setPlainText(revision.body if revision else "")
        self.restore_button.setEnabled(revision is not None)

    def _accept(self) -> None:
        self.chosen = self.list.currentIndex().data(Qt.ItemDataRole.UserRole)
        self.accept()
