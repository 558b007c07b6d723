"""The Team area's list of submissions, and the words it uses for states and audit actions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from desktop.core.team.history import audit_detail
from desktop.core.team.pairs import attempt_wait, pair_wait, team_error
from desktop.core.team.states import state_words
from desktop.ui.i18n import shown

Index = QModelIndex | QPersistentModelIndex
SUBMISSION_ROLE = Qt.ItemDataRole.UserRole + 1
POST_COLUMN = 1  # the one that stretches


def sentence(message: str) -> str:
    """The database's refusal ("you cannot approve your own submission") as one plain sentence."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


def status_text(row: dict[str, Any]) -> str:
    """The state, and what holds the post back: its Welsh-English pair, another PC's attempt, or its own
    last error."""
    words = state_text(row["state"])
    waits = pair_wait(row.get("pair_hold"))
    if waits is None:
        waits = attempt_wait(row.get("attempt_wait"))
    if waits is not None:
        return QCoreApplication.translate("Team", "{state}: {reason}").format(
            state=words, reason=shown(waits)
        )
    if row.get("error") and row["state"] in ("queued", "needs_attention"):
        return QCoreApplication.translate("Team", "{state}: {reason}").format(
            state=words, reason=shown(team_error(row["error"], row.get("error_text")))
        )
    return words


def state_text(state: str) -> str:
    """A submission's state in the person's words."""
    return shown(state_words(state))


def action_text(action: str) -> str:
    """What an audit-log entry says someone did."""
    words = {
        "submitted": QCoreApplication.translate("Team", "submitted it"),
        "images_attached": QCoreApplication.translate("Team", "attached its images"),
        "resubmitted": QCoreApplication.translate("Team", "resubmitted it"),
        "approved": QCoreApplication.translate("Team", "approved it"),
        "changes_requested": QCoreApplication.translate("Team", "asked for changes"),
        "commented": QCoreApplication.translate("Team", "commented"),
        "edited": QCoreApplication.translate("Team", "edited it"),
        "edit_conflict": QCoreApplication.translate("Team", "edited it at the same time as someone else"),
        "returned_for_review": QCoreApplication.translate("Team", "sent it back for review"),
        "queued": QCoreApplication.translate("Team", "queued it to post"),
        "sending": QCoreApplication.translate("Team", "started sending it"),
        "sent": QCoreApplication.translate("Team", "sent it"),
        "taken_over": QCoreApplication.translate("Team", "took over sending it"),
        "cancelled": QCoreApplication.translate("Team", "cancelled it"),
        "needs_attention": QCoreApplication.translate("Team", "found it needs attention"),
        "send_failed": QCoreApplication.translate("Team", "couldn't send it; it will be tried again"),
        "posted_without_approval": QCoreApplication.translate("Team", "posted it without approval"),
        "waiting_for_pair": QCoreApplication.translate(
            "Team", "approved it; it waits for its pair to be approved"
        ),
        "purged": QCoreApplication.translate("Team", "deleted it (retention period)"),
    }
    return words.get(action, action.replace("_", " "))


def detail_text(entry: dict[str, Any]) -> str:
    """An audit entry's detail in the interface language (``core.team.history``: the database writes it in
    English; a person's own words are shown as they are)."""
    return shown(
        audit_detail(entry["action"], entry.get("detail"), entry.get("error_text"), entry.get("detail_args"))
    )


def when_text(value: str | None) -> str:
    """An ISO time from the database, in this PC's time zone, the month in the interface's language."""
    if not value:
        return ""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return value
    moment = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    return QLocale().toString(moment, "dd MMM HH:mm")


class SubmissionsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.headers = [
            QCoreApplication.translate("Team", "State"),
            QCoreApplication.translate("Team", "Post"),
            QCoreApplication.translate("Team", "Account"),
            QCoreApplication.translate("Team", "Author"),
            QCoreApplication.translate("Team", "Submitted"),
        ]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        if rows == self.rows:
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == SUBMISSION_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (row.get("text") or "").strip()
            column = index.column()
            if column == 0:
                return status_text(row)
            if column == POST_COLUMN:
                return text if role == Qt.ItemDataRole.ToolTipRole else " ".join(text.split())
            if column == 2:
                return row.get("account") or ""
            if column == 3:
                return row.get("author") or ""
            return when_text(row.get("submitted_at"))
        return None

    def row_of(self, submission_id: int | None) -> int:
        for number, row in enumerate(self.rows):
            if row.get("id") is not None and row.get("id") == submission_id:
                return number
        return -1
