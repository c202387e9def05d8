"""One small form for an estate, a house, a room or a closing period (only the fields that apply)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from PySide6.QtWidgets import QWidget

from ..errors import AppError
from . import clock
from .context import AppContext
from .forms.place_dialog_ui import Ui_PlaceDialog
from .qt_dates import pydate, pytime, qdate, qtime
from .status_colours import themed
from .unsaved import GuardedDialog

ESTATE, HOUSE, ROOM, CLOSING = "estate", "house", "room", "closing"
FIELDS = {
    ESTATE: ("name", "address"),
    HOUSE: ("name", "address", "opens", "closes"),
    ROOM: ("name", "capacity"),
    CLOSING: ("name", "estate", "from", "to"),
}


@dataclass(frozen=True)
class PlaceForm:
    name: str
    address: str | None = None
    capacity: int = 1
    opens_at: time | None = None
    closes_at: time | None = None
    estate_id: str | None = None
    start: date | None = None
    end: date | None = None


class PlaceDialog(GuardedDialog):
    def __init__(self, context: AppContext, kind: str, title: str, save: Callable[[PlaceForm], Any],
                 initial: PlaceForm | None = None, estates: Sequence[tuple[str, str]] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.save_with = context, save
        self.ui = Ui_PlaceDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        shown = FIELDS[kind]
        rows = {"name": (self.ui.nameLabel, self.ui.nameEdit), "address": (self.ui.addressLabel, self.ui.addressEdit),
                "capacity": (self.ui.capacityLabel, self.ui.capacitySpin),
                "opens": (self.ui.opensLabel, self.ui.opensEdit), "closes": (self.ui.closesLabel, self.ui.closesEdit),
                "estate": (self.ui.estateLabel, self.ui.estateCombo), "from": (self.ui.fromLabel, self.ui.fromEdit),
                "to": (self.ui.toLabel, self.ui.toEdit)}
        for key, widgets in rows.items():
            for widget in widgets:
                widget.setVisible(key in shown)
        self.ui.estateCombo.addItem(self.tr("All estates"), None)
        for estate_id, name in estates:
            self.ui.estateCombo.addItem(name, estate_id)
        initial = initial or PlaceForm("", opens_at=time(8), closes_at=time(22), start=clock.today(), end=clock.today())
        self.ui.nameEdit.setText(initial.name)
        self.ui.addressEdit.setText(initial.address or "")
        self.ui.capacitySpin.setValue(initial.capacity)
        self.ui.opensEdit.setTime(qtime(initial.opens_at or time(8)))
        self.ui.closesEdit.setTime(qtime(initial.closes_at or time(22)))
        for edit, day in ((self.ui.fromEdit, initial.start), (self.ui.toEdit, initial.end)):
            day = day or clock.today()
            edit.setDate(qdate(day))
        if kind == CLOSING and initial is not None:
            self.ui.estateCombo.setCurrentIndex(max(0, self.ui.estateCombo.findData(initial.estate_id)))
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)
        self.remember_input()

    def form(self) -> PlaceForm:
        ui = self.ui
        opens, closes, start, end = ui.opensEdit.time(), ui.closesEdit.time(), ui.fromEdit.date(), ui.toEdit.date()
        return PlaceForm(
            name=ui.nameEdit.text(), address=ui.addressEdit.text(), capacity=ui.capacitySpin.value(),
            opens_at=pytime(opens), closes_at=pytime(closes),
            estate_id=ui.estateCombo.currentData(), start=pydate(start),
            end=pydate(end),
        )

    def _save(self) -> None:
        form, save = self.form(), self.save_with
        self.context.tasks.run(lambda: save(form), lambda _result: self.accept(), self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            raise exc
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.setStyleSheet(themed("color: #b00020;"))
