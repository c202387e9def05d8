"""A closing period over planned sessions: list them and let the user cancel or keep each one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..services.places import PlannedSession

SESSION_ROLE = Qt.ItemDataRole.UserRole


class ClosingSessionsDialog(QDialog):
    """Every session is ticked to be cancelled; untick the ones to keep."""

    def __init__(self, period_name: str, sessions: list[PlannedSession], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sessions in the closing period"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("These planned sessions fall in the closing period »%1«. Ticked sessions are "
                               "cancelled; untick those that are held anyway.").replace("%1", period_name))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Planned sessions in the closing period"))
        for planned in sessions:
            item = QListWidgetItem(planned.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(SESSION_ROLE, planned.id)
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(self.tr("&Cancel the ticked"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = buttons.addButton(self.tr("&Keep all"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(self.tr("Cancel the ticked sessions"))
        self.keep_button.setAccessibleName(self.tr("Keep all sessions"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def set_checked(self, session_id: str, checked: bool) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(SESSION_ROLE) == session_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def to_cancel(self) -> list[str]:
        return [self.list.item(row).data(SESSION_ROLE) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]
