"""The tick-off tab of Tilmeldinger: choose a held session, tick who came, count the extras.

The list has the focus: typing filters the names, Space ticks the current name, Backspace and Esc
edit or clear the filter. Every tick is saved at once (on the worker), and the total follows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidgetItem

from ...domain.danish import short_date, weekday_name
from ...services.signups.ticks import SessionChoice, TickList, TickService
from ..context import AppContext
from ..forms.calendar_signups_dialog_ui import Ui_SignupsDialog


class TickOffTab(QObject):
    """Drives the tick-off widgets of the sign-ups dialog's form; `say` and `failed` show its messages."""

    def __init__(self, context: AppContext, ui: Ui_SignupsDialog, activity_id: str, today: date,
                 session_id: str | None, say: Callable[[str], None], failed: Callable[[BaseException], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.context, self.ui, self.activity_id, self.today = context, ui, activity_id, today
        self.ticks = TickService(context.db)
        self.tick_list: TickList | None = None
        self._wanted_session = session_id
        self._filling = False
        self._say, self._failed = say, failed
        ui.sessionCombo.currentIndexChanged.connect(self.load_ticks)
        ui.filterEdit.textChanged.connect(self.apply_filter)
        ui.tickList.itemChanged.connect(self._tick_changed)
        ui.tickList.installEventFilter(self)
        ui.extraBandCombo.currentIndexChanged.connect(self._show_extra)
        ui.extraGenderCombo.currentIndexChanged.connect(self._show_extra)
        ui.extraButton.clicked.connect(self.save_extra)

    def load(self) -> None:
        ticks, activity_id, actor, today = self.ticks, self.activity_id, self.context.staff, self.today
        self.context.tasks.run(lambda: ticks.sessions(activity_id, actor, today), self._show_sessions, self._failed)

    def _show_sessions(self, sessions: list[SessionChoice]) -> None:
        combo = self.ui.sessionCombo
        combo.blockSignals(True)
        combo.clear()
        for choice in sessions:
            combo.addItem(f"{weekday_name(choice.day)} {short_date(choice.day)}"
                          + (self.tr(" · %1 came").replace("%1", str(choice.ticked)) if choice.ticked else ""),
                          choice.session_id)
        combo.blockSignals(False)
        has = bool(sessions)
        for widget in (self.ui.tickList, self.ui.filterEdit, self.ui.extraButton, self.ui.extraSpin):
            widget.setEnabled(has)
        if not has:
            self.ui.tickList.clear()
            self.ui.tickTotalLabel.setText(self.tr("No sessions held yet."))
            return
        wanted = combo.findData(self._wanted_session) if self._wanted_session else -1
        combo.setCurrentIndex(wanted if wanted >= 0 else combo.count() - 1)
        self.load_ticks()

    def current_session(self) -> str | None:
        return self.ui.sessionCombo.currentData()

    def load_ticks(self) -> None:
        session_id = self.current_session()
        if session_id is None:
            return
        self._wanted_session = session_id
        ticks, actor = self.ticks, self.context.staff
        self.context.tasks.run(lambda: ticks.tick_list(session_id, actor), self._show_ticks, self._failed)

    def _show_ticks(self, listing: TickList) -> None:
        self.tick_list = listing
        view = self.ui.tickList
        self._filling = True
        view.clear()
        for row in listing.rows:
            text = row.name if row.signed_up else self.tr("%1 (cancelled since)").replace("%1", row.name)
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, row.participant_id)
            view.addItem(item)
        self._filling = False
        self.apply_filter(self.ui.filterEdit.text())
        self._show_extra()
        self._show_total(listing.total)

    def _show_total(self, total: int) -> None:
        self.ui.tickTotalLabel.setText(self.tr("Came: %1 in all").replace("%1", str(total)))

    def apply_filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        view = self.ui.tickList
        first_visible = None
        for i in range(view.count()):
            item = view.item(i)
            hidden = bool(wanted) and wanted not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = i
        current = view.currentItem()
        if first_visible is not None and (current is None or current.isHidden()):
            view.setCurrentRow(first_visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.tickList and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, text = event.key(), event.text()
            if key == Qt.Key.Key_Space:
                self.toggle_current()
                return True
            if key == Qt.Key.Key_Escape and self.ui.filterEdit.text():
                self.ui.filterEdit.clear()
                return True
            if key == Qt.Key.Key_Backspace:
                self.ui.filterEdit.backspace()
                return True
            if text and text.isprintable() and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                self.ui.filterEdit.insert(text)
                return True
        return super().eventFilter(watched, event)

    def toggle_current(self) -> None:
        item = self.ui.tickList.currentItem()
        if item is None or item.isHidden():
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _tick_changed(self, item: QListWidgetItem) -> None:
        session_id, participant_id = self.current_session(), item.data(Qt.ItemDataRole.UserRole)
        if self._filling or session_id is None:
            return
        present = item.checkState() == Qt.CheckState.Checked
        ticks, actor, today = self.ticks, self.context.staff, self.today

        def failed(exc: BaseException) -> None:
            self._filling = True
            item.setCheckState(Qt.CheckState.Unchecked if present else Qt.CheckState.Checked)
            self._filling = False
            self._failed(exc)

        def saved(total: int) -> None:
            self._show_total(total)

        self.context.tasks.run(lambda: ticks.set_tick(session_id, participant_id, present, actor, today), saved,
                               failed)

    def _show_extra(self) -> None:
        extras = self.tick_list.extras if self.tick_list else {}
        key = (self.ui.extraBandCombo.currentData(), self.ui.extraGenderCombo.currentData())
        self.ui.extraSpin.setValue(extras.get(key, 0))

    def save_extra(self) -> None:
        session_id = self.current_session()
        if session_id is None:
            return
        band, gender = self.ui.extraBandCombo.currentData(), self.ui.extraGenderCombo.currentData()
        count, ticks, actor, today = self.ui.extraSpin.value(), self.ticks, self.context.staff, self.today

        def saved(total: int) -> None:
            self._say(self.tr("Extras saved."))
            self.load_ticks()

        self.context.tasks.run(lambda: ticks.set_extra(session_id, band, gender, count, actor, today), saved,
                               self._failed)
