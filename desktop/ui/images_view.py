"""Images attached to the draft: thumbnails, the alt text for the selected one, attach and remove."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.attachments import Attachment
from desktop.ui.contrast import severity_colour
from desktop.ui.dialogs import disposable
from desktop.ui.window_state import image_folder, remember_image_folder

THUMB = 64
ALT_SAVE_DELAY_MS = 400


class ImagesPanel(QWidget):
    attach_requested = Signal(str)  # a file path chosen by the person
    alt_text_changed = Signal(int, str)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setFixedHeight(THUMB + 28)
        self.list.setAccessibleName(self.tr("Attached images"))
        self.attach_button = QPushButton(self.tr("Attach i&mage…"), self)
        self.remove_button = QPushButton(self.tr("Remo&ve image"), self)
        self.alt_text = QLineEdit(self)
        self.alt_text.setAccessibleName(self.tr("Alt text for the selected image"))
        self.alt_text.setPlaceholderText(self.tr("Describe the image for people who can't see it"))
        self.alt_label = QLabel(self.tr("&Alt text:"), self)
        self.alt_label.setBuddy(self.alt_text)
        self.warning = QLabel(self)
        self.warning.setStyleSheet(f"color: {severity_colour('warning', self.palette())};")
        self.warning.setWordWrap(True)

        buttons = QVBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(buttons)
        top.addWidget(self.list, 1)
        top.addStretch(0)
        alt = QHBoxLayout()
        alt.addWidget(self.alt_label)
        alt.addWidget(self.alt_text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(alt)
        layout.addWidget(self.warning)

        self._save_alt = QTimer(self)
        self._save_alt.setSingleShot(True)
        self._save_alt.setInterval(ALT_SAVE_DELAY_MS)
        self._save_alt.timeout.connect(self._emit_alt)
        self.attach_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.current_row()))
        self.alt_text.textEdited.connect(lambda _t: self._save_alt.start())
        self.alt_text.editingFinished.connect(self._emit_alt)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.show_media(())

    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def show_media(self, media: tuple[Attachment, ...], keep_row: int | None = None) -> None:
        self._save_alt.stop()
        row = self.current_row() if keep_row is None else keep_row
        self.model.clear()
        for attachment in media:
            item = QStandardItem(
                QIcon(
                    QPixmap(str(attachment.path)).scaled(
                        THUMB,
                        THUMB,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                ),
                "",
            )
            item.setData(attachment, Qt.ItemDataRole.UserRole)
            item.setToolTip(attachment.alt_text or self.tr("No alt text yet"))
            item.setEditable(False)
            self.model.appendRow(item)
        self.list.setVisible(bool(media))
        self.layout().itemAt(0).layout().setStretch(2, 0 if media else 1)  # keep the button small when alone
        if media:
            self.list.setCurrentIndex(self.model.index(min(max(row, 0), len(media) - 1), 0))
        self._show_current()
        missing = sum(1 for a in media if not a.alt_text.strip())
        self.warning.setText(
            self.tr("%n image(s) need alt text before posting.", "", missing) if missing else ""
        )
        self.warning.setVisible(bool(missing))

    def _show_current(self) -> None:
        index = self.list.currentIndex()
        attachment: Attachment | None = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        self.alt_text.setText(attachment.alt_text if attachment else "")
        for widget in (self.alt_text, self.alt_label, self.remove_button):
            widget.setVisible(attachment is not None)
        self.attach_button.setEnabled(self.model.rowCount() < 4)

    def _emit_alt(self) -> None:
        self._save_alt.stop()
        row = self.current_row()
        if row < 0:
            return
        attachment: Attachment = self.model.item(row).data(Qt.ItemDataRole.UserRole)
        if self.alt_text.text().strip() != attachment.alt_text:
            self.alt_text_changed.emit(row, self.alt_text.text())

    def _choose(self) -> None:
        """The file dialog opens in Pictures, then in the folder last used (not the program's folder)."""
        dialog = disposable(
            QFileDialog(
                self,
                self.tr("Attach an image"),
                image_folder(),
                self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"),
            )
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self._chosen)
        dialog.finished.connect(lambda _result: setattr(self, "file_dialog", None))
        self.file_dialog: QFileDialog | None = dialog  # open until a file is chosen or it is cancelled
        dialog.open()

    def _chosen(self, path: str) -> None:
        if path:
            remember_image_folder(path)
            self.attach_requested.emit(path)
