"""The images of the submission chosen in the Team area: one row each with its alt text, and its picture
once it has been read from the team database, so an approver approves the images that will go out.

The listing's names and alt text come with the submission (offline too); the pictures are read and scaled
on the team lane (``thumbnails``, off the GUI thread) and shown when they arrive.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

THUMB = 72


def thumbnails(images: Sequence[dict[str, Any]] | None) -> dict[int, QImage]:
    """Each image's picture, scaled, by position (for the team lane: QImage is safe off the GUI thread)."""
    scaled = {}
    for image in images or ():
        picture = QImage.fromData(image["content"])
        if not picture.isNull():
            scaled[int(image["position"])] = picture.scaled(
                THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
    return scaled


class SubmissionImages(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Images"))
        self.setIconSize(QSize(THUMB, THUMB))
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMaximumHeight(THUMB * 2 + 12)
        self.hide()

    def show_images(self, images: Sequence[dict[str, Any]]) -> None:
        """Name each image with its alt text (hidden when the post has none)."""
        self.clear()
        for n, image in enumerate(images, 1):
            alt = image.get("alt_text") or ""
            item = QListWidgetItem(self.tr("Image {n}: {alt}").format(n=n, alt=alt), self)
            item.setData(Qt.ItemDataRole.UserRole, int(image.get("position", n - 1)))
            item.setToolTip(image.get("name") or "")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, alt)
        self.setVisible(bool(images))

    def show_pictures(self, pictures: dict[int, QImage]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            picture = pictures.get(item.data(Qt.ItemDataRole.UserRole))
            if picture is not None:
                item.setIcon(QIcon(QPixmap.fromImage(picture)))
