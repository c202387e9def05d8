"""Houses and rooms from where they are missing: the calendar's note and "Ny aktivitet" without rooms.

The forms are the Settings page's own (`PlaceDialog`), saved by the same service calls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services.places import HouseInfo, PlacesService
from ..context import AppContext
from ..place_dialog import HOUSE, ROOM, PlaceDialog


def create_house(parent: QWidget, context: AppContext, estate_id: str) -> HouseInfo | None:
    """The house form, then the form for its first room; the calendar shows both when done."""
    places, created = PlacesService(context.db), []

    def save(form) -> HouseInfo:
        house = places.create_house(estate_id, form.name, form.address, form.opens_at, form.closes_at)
        created.append(house)
        return house

    if (
        not PlaceDialog(
            context, HOUSE, QCoreApplication.translate("FirstSteps", "New community house"), save, parent=parent
        ).exec()
        or not created
    ):
        return None
    add_room(parent, context, created[0])
    return created[0]


def add_room(parent: QWidget, context: AppContext, house: HouseInfo) -> bool:
    places = PlacesService(context.db)
    dialog = PlaceDialog(
        context,
        ROOM,
        QCoreApplication.translate("FirstSteps", "New room in %1").replace("%1", house.name),
        lambda form: places.create_room(house.id, form.name, form.capacity),
        parent=parent,
    )
    return bool(dialog.exec())


class MissingRoomsBox(QMessageBox):
    """Why "Ny aktivitet" cannot open yet, with a button that makes what is missing."""

    def __init__(self, parent: QWidget, houses: list[HouseInfo]):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("New activity"))
        if houses:
            self.setText(self.tr("An activity is held in a room, and %1 has no rooms yet. Add the house's rooms "
                            "first; then you can plan the activity.").replace("%1", houses[0].name))
            self.make = self.addButton(self.tr("Add a room"), QMessageBox.ButtonRole.AcceptRole)
        else:
            self.setText(self.tr("An activity is held in a room of a community house, and this estate has no house "
                            "yet. Create the house and its rooms first; then you can plan the activity."))
            self.make = self.addButton(self.tr("Create a community house"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.make)


def explain_missing_rooms(parent: QWidget, context: AppContext, estate_id: str, houses: list[HouseInfo]) -> bool:
    """Explain, and on the user's word create the house or the room. True when something was made."""
    box = MissingRoomsBox(parent, houses)
    box.exec()
    if box.clickedButton() is not box.make:
        return False
    if houses:
        return add_room(parent, context, houses[0])
    return create_house(parent, context, estate_id) is not None
