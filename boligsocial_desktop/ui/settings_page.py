"""Indstillinger: facts about this PC's database and the office's staff members."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from .. import __version__
from ..domain.danish import short_date
from ..domain.enums import StaffRole
from ..errors import ValidationError
from ..services.places import ARCHIVED, ClosingPeriodInfo, EstateInfo, HouseInfo, PlacesService, RoomInfo
from ..services.staff import StaffInfo, StaffService
from ..services.staff_admin import StaffAdminService
from ..sync.status import read_status
from . import messages
from .closing_dialog import ClosingSessionsDialog
from .context import AppContext
from .dialogs import role_label, sorted_by_name
from .forms.settings_page_ui import Ui_SettingsPage
from .keyboard import new_item_shortcut
from .messages import show_error
from .place_dialog import CLOSING, ESTATE, HOUSE, ROOM, PlaceDialog, PlaceForm
from .staff_dialog import StaffDialog
from .sync.settings_tab import add_sync_tab
from .table_model import Column, TableModel
from .watched_tables import PLACES, STAFF


class StaffTableModel(TableModel[StaffInfo]):
    def declare_columns(self) -> list[Column[StaffInfo]]:
        return [
            Column(self.tr("Name"), lambda m: m.name),
            Column(self.tr("Initials"), lambda m: m.initials or ""),
            Column(self.tr("Role"), lambda m: role_label(m.role)),
            Column(self.tr("Windows user"), lambda m: m.os_username or ""),
            Column(self.tr("PIN"), lambda m: self.tr("Yes") if m.has_pin else self.tr("No")),
            Column(self.tr("Status"), lambda m: self.tr("Active") if m.active else self.tr("Deactivated")),
        ]

    def member(self, row: int) -> StaffInfo | None:
        return self.row_at(row)


@dataclass(frozen=True)
class _Facts:
    staff: list[StaffInfo]
    pending_changes: int
    estates: list[EstateInfo]
    houses: list[HouseInfo]
    rooms: list[RoomInfo]
    closing_periods: list[ClosingPeriodInfo]


PLACE_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id) of a tree item


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.staff_model = StaffTableModel(self)
        self.ui.staffTable.setModel(self.staff_model)
        self.ui.staffTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.staffTable.horizontalHeader().setStretchLastSection(True)
        self.ui.staffTable.verticalHeader().hide()
        db = context.db
        self.ui.databaseValue.setText(str(db.path) if db.path else db.engine.url.render_as_string(hide_password=True))
        self.ui.originValue.setText(db.origin)
        self.ui.versionValue.setText(__version__)
        self.places_model = QStandardItemModel(self)
        self.ui.placesTree.setModel(self.places_model)
        self.ui.placesTree.activated.connect(self.edit_place)
        self.ui.newEstateButton.clicked.connect(self.new_estate)
        self.ui.newHouseButton.clicked.connect(self.new_house)
        self.ui.newRoomButton.clicked.connect(self.new_room)
        self.ui.editPlaceButton.clicked.connect(self.edit_place)
        self.ui.newClosingButton.clicked.connect(self.new_closing_period)
        self.ui.deleteClosingButton.clicked.connect(self.delete_closing_period)
        self.ui.editClosingButton.clicked.connect(self.edit_closing_period)
        self.ui.closingList.itemActivated.connect(self.edit_closing_period)
        self.ui.removePlaceButton.clicked.connect(self.remove_place)
        self.ui.restorePlaceButton.clicked.connect(self.restore_place)
        self.ui.newStaffButton.clicked.connect(self.new_staff)
        new_item_shortcut(self, self.new_item)
        self.ui.editStaffButton.clicked.connect(self.edit_staff)
        self.ui.staffTable.activated.connect(self.edit_staff)
        self.ui.deactivateStaffButton.clicked.connect(lambda: self.set_staff_active(False))
        self.ui.reactivateStaffButton.clicked.connect(lambda: self.set_staff_active(True))
        self.ui.staffTable.selectionModel().currentRowChanged.connect(self._update_staff_buttons)
        context.signals.staff_changed.connect(self._update_staff_buttons)
        self.facts = _Facts([], 0, [], [], [], [])
        from .maintenance.backup_panel import BackupPanel

        self.backup_panel = BackupPanel(context, self)
        self.ui.tabs.addTab(self.backup_panel, self.backup_panel.windowTitle())
        self.sync_tab = add_sync_tab(self)  # Deling: the shared folder and the status of sharing
        context.watch(self, STAFF | PLACES, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        db = self.context.db

        def load() -> _Facts:
            pending = read_status(db).pending_changes
            places = PlacesService(db)
            return _Facts(sorted_by_name(StaffService(db).list_staff(include_inactive=True)), pending or 0,
                          places.estates(), places.houses(include_archived=True), places.rooms(include_archived=True),
                          places.closing_periods())

        self.context.tasks.run(load, self._show)

    def _show(self, facts: _Facts) -> None:
        self.facts = facts
        self.staff_model.set_rows(facts.staff)
        self._update_staff_buttons()
        self.ui.pendingValue.setText(QLocale().toString(facts.pending_changes))
        self._show_places(facts)
        self.ui.closingList.clear()
        names = {e.id: e.name for e in facts.estates}
        for period in facts.closing_periods:
            where = names.get(period.estate_id or "", self.tr("all estates"))
            item = QListWidgetItem(
                f"{period.name}: {short_date(period.start_date)} – {short_date(period.end_date)} ({where})"
            )
            item.setData(Qt.ItemDataRole.UserRole, period.id)
            self.ui.closingList.addItem(item)

    def _show_places(self, facts: _Facts) -> None:
        model = self.places_model
        model.clear()
        model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Details")])
        for estate in facts.estates:
            estate_item = self._place_item(ESTATE, estate.id, estate.name)
            model.appendRow([estate_item, QStandardItem(estate.address or "")])
            for house in (h for h in facts.houses if h.estate_id == estate.id):
                hours = f"{house.opens_at:%H.%M}–{house.closes_at:%H.%M}" if house.opens_at and house.closes_at else ""
                if house.archived:
                    hours = self.tr("archived")
                house_item = self._place_item(HOUSE, house.id, house.name)
                estate_item.appendRow([house_item, QStandardItem(hours)])
                for room in (r for r in facts.rooms if r.house_id == house.id):
                    capacity = self.tr("room for %1").replace("%1", str(room.capacity))
                    if room.archived:
                        capacity = self.tr("archived")
                    house_item.appendRow([self._place_item(ROOM, room.id, room.name), QStandardItem(capacity)])
        self.ui.placesTree.expandAll()
        self.ui.placesTree.resizeColumnToContents(0)

    @staticmethod
    def _place_item(kind: str, row_id: str, name: str) -> QStandardItem:
        item = QStandardItem(name)
        item.setEditable(False)
        item.setData((kind, row_id), PLACE_ROLE)
        return item

    def _selected_place(self) -> tuple[str, str]:
        """(kind, id) of the selected estate, house or room; ("", "") when none is."""
        index = self.ui.placesTree.currentIndex().siblingAtColumn(0)
        return index.data(PLACE_ROLE) or ("", "")

    def _open(self, kind: str, title: str, save, initial: PlaceForm | None = None) -> PlaceForm | None:
        estates = [(e.id, e.name) for e in self.facts.estates]
        dialog = PlaceDialog(self.context, kind, title, save, initial, estates, self)
        if not dialog.exec():
            return None
        return dialog.form()

    def _parent_id(self, wanted: str) -> str | None:
        """The selected estate or house, or the one the selected house or room belongs to."""
        kind, row_id = self._selected_place()
        if kind == ROOM:
            room = next(r for r in self.facts.rooms if r.id == row_id)
            kind, row_id = HOUSE, room.house_id
        if kind == HOUSE and wanted == ESTATE:
            return next(h.estate_id for h in self.facts.houses if h.id == row_id)
        return row_id if kind == wanted else None

    def new_estate(self) -> None:
        places = PlacesService(self.context.db)
        self._open(ESTATE, self.tr("New estate"), lambda f: places.create_estate(f.name, f.address))

    def new_house(self) -> None:
        estate_id = self._parent_id(ESTATE)
        if estate_id is None:
            show_error(self, ValidationError("Vælg først den afdeling, huset hører til."))
            return
        places = PlacesService(self.context.db)
        self._open(HOUSE, self.tr("New house"),
                   lambda f: places.create_house(estate_id, f.name, f.address, f.opens_at, f.closes_at))

    def new_room(self) -> None:
        house_id = self._parent_id(HOUSE)
        if house_id is None:
            show_error(self, ValidationError("Vælg først det hus, lokalet hører til."))
            return
        places = PlacesService(self.context.db)
        self._open(ROOM, self.tr("New room"), lambda f: places.create_room(house_id, f.name, f.capacity))

    def edit_place(self) -> None:
        kind, row_id = self._selected_place()
        places = PlacesService(self.context.db)
        if kind == ESTATE:
            estate = next(e for e in self.facts.estates if e.id == row_id)
            self._open(ESTATE, self.tr("Edit estate"), lambda f: places.update_estate(row_id, f.name, f.address),
                       PlaceForm(estate.name, estate.address))
        elif kind == HOUSE:
            house = next(h for h in self.facts.houses if h.id == row_id)
            self._open(HOUSE, self.tr("Edit house"),
                       lambda f: places.update_house(row_id, f.name, f.address, f.opens_at, f.closes_at),
                       PlaceForm(house.name, house.address, opens_at=house.opens_at, closes_at=house.closes_at))
        elif kind == ROOM:
            room = next(r for r in self.facts.rooms if r.id == row_id)
            self._open(ROOM, self.tr("Edit room"), lambda f: places.update_room(row_id, f.name, f.capacity),
                       PlaceForm(room.name, capacity=room.capacity))

    def new_closing_period(self) -> None:
        places = PlacesService(self.context.db)
        form = self._open(CLOSING, self.tr("New closing period"),
                          lambda f: places.create_closing_period(f.name, f.start, f.end, f.estate_id))
        if form is not None:
            self._sessions_in_closing(form)

    def _selected_closing(self) -> ClosingPeriodInfo | None:
        item = self.ui.closingList.currentItem()
        period_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((p for p in self.facts.closing_periods if p.id == period_id), None)

    def edit_closing_period(self) -> None:
        period = self._selected_closing()
        if period is None:
            return
        places = PlacesService(self.context.db)
        form = self._open(CLOSING, self.tr("Edit closing period"),
                          lambda f: places.update_closing_period(period.id, f.name, f.start, f.end, f.estate_id),
                          PlaceForm(period.name, estate_id=period.estate_id, start=period.start_date,
                                    end=period.end_date))
        if form is not None:
            self._sessions_in_closing(form)

    def _sessions_in_closing(self, form: PlaceForm) -> None:
        """Planned sessions in the period: list them, cancel the ticked ones, keep the rest."""
        start, end = form.start, form.end
        if start is None or end is None:
            return
        places = PlacesService(self.context.db)

        def ask(sessions) -> None:
            if not sessions:
                return
            dialog = ClosingSessionsDialog(form.name.strip(), sessions, self)
            if not self.exec_dialog(dialog) or not dialog.to_cancel():
                return
            chosen = dialog.to_cancel()
            self.context.tasks.run(lambda: places.cancel_for_closing(chosen, form.name),
                                   on_error=lambda exc: show_error(self, exc))

        self.context.tasks.run(lambda: places.planned_sessions_in(start, end, form.estate_id), ask,
                               lambda exc: show_error(self, exc))

    def new_item(self) -> None:
        """Ctrl+N: a new colleague, house or closing period, after the tab in front."""
        button = {self.ui.staffTab: self.ui.newStaffButton, self.ui.placesTab: self.ui.newHouseButton,
                  self.ui.closingTab: self.ui.newClosingButton}.get(self.ui.tabs.currentWidget())
        if button is not None and button.isVisible() and button.isEnabled():
            button.click()

    def exec_dialog(self, dialog) -> bool:
        """Runs a follow-up dialog; tests replace it to answer as a user would."""
        return bool(dialog.exec())

    def delete_closing_period(self) -> None:
        period = self._selected_closing()
        if period is None:
            return
        if not messages.confirm(self, self.tr("Delete closing period"),
                                self.tr("Delete the closing period »%1«? Sessions already cancelled for it stay "
                                        "cancelled.").replace("%1", period.name)):
            return
        places = PlacesService(self.context.db)
        self.context.tasks.run(lambda: places.delete_closing_period(period.id),
                               on_error=lambda exc: show_error(self, exc))

    # --- removing houses and rooms ---------------------------------------------

    def _place_name(self, kind: str, row_id: str) -> str:
        rows = self.facts.houses if kind == HOUSE else self.facts.rooms
        return next((r.name for r in rows if r.id == row_id), "")

    def remove_place(self) -> None:
        kind, row_id = self._selected_place()
        if kind not in (HOUSE, ROOM):
            show_error(self, ValidationError("Vælg det hus eller lokale, der skal fjernes."))
            return
        name = self._place_name(kind, row_id)
        question = (self.tr("Remove the house »%1« and its rooms? If they have held activities, they are archived: "
                            "the calendar keeps its history, but they cannot be booked.") if kind == HOUSE else
                    self.tr("Remove the room »%1«? If it has held activities, it is archived: the calendar keeps "
                            "its history, but it cannot be booked."))
        if not messages.confirm(self, self.tr("Remove"), question.replace("%1", name)):
            return
        db = self.context.db
        places = PlacesService(db)
        remove = places.remove_house if kind == HOUSE else places.remove_room

        def work(row_id: str) -> str:
            outcome = remove(row_id)
            from ..sync.conflicts import ConflictService

            ConflictService(db).find_duplicates()  # an archived twin is no longer a possible duplicate
            return outcome

        def done(outcome: str) -> None:
            text = (self.tr("»%1« is archived; its history is kept.") if outcome == ARCHIVED
                    else self.tr("»%1« is deleted."))
            self.ui.placesNotice.setText(text.replace("%1", name))

        self.context.tasks.run(lambda: work(row_id), done, lambda exc: show_error(self, exc))

    def restore_place(self) -> None:
        kind, row_id = self._selected_place()
        if kind not in (HOUSE, ROOM):
            return
        places = PlacesService(self.context.db)
        self.context.tasks.run(lambda: places.restore_archived(kind, row_id),
                               on_error=lambda exc: show_error(self, exc))

    # --- staff -------------------------------------------------------------------

    def _is_admin(self) -> bool:
        staff = self.context.staff
        return staff is not None and staff.role == StaffRole.ADMINISTRATOR

    def selected_staff(self) -> StaffInfo | None:
        return self.staff_model.member(self.ui.staffTable.currentIndex().row())

    def _update_staff_buttons(self, *_args) -> None:
        admin, member = self._is_admin(), self.selected_staff()
        self.ui.newStaffButton.setEnabled(admin)
        self.ui.editStaffButton.setEnabled(admin and member is not None)
        self.ui.deactivateStaffButton.setEnabled(admin and member is not None and member.active)
        self.ui.reactivateStaffButton.setEnabled(admin and member is not None and not member.active)
        self.ui.staffAdminNote.setVisible(not admin)

    def new_staff(self) -> None:
        if self._is_admin():
            self.exec_dialog(StaffDialog(self.context, None, self))

    def edit_staff(self) -> None:
        member = self.selected_staff()
        if member is None or not self._is_admin():
            return
        dialog = StaffDialog(self.context, member, self)
        if (self.exec_dialog(dialog) and dialog.saved is not None and self.context.staff
                and dialog.saved.id == self.context.staff.id):
            self.context.set_staff(dialog.saved)  # the user edited themselves: the window follows

    def set_staff_active(self, active: bool) -> None:
        member = self.selected_staff()
        if member is None:
            return
        if not active and not messages.confirm(
                self, self.tr("Deactivate colleague"),
                self.tr("Deactivate %1? She or he can no longer sign in; what they did stays in the program, and "
                        "you can reactivate them later.").replace("%1", member.name)):
            return
        service, actor = StaffAdminService(self.context.db), self.context.staff.id if self.context.staff else None
        self.context.tasks.run(lambda: service.set_active(member.id, active, actor_id=actor),
                               on_error=lambda exc: show_error(self, exc))
