"""Which page says what when the office has no data of its kind yet, and which buttons it offers.

Installed on each page when the main window builds it (`install_note`), so the pages
themselves stay as they are; the note re-checks when data changes, when the page is shown,
and when the page's own list is reloaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from ...services.office import WhatExists
from ...services.places import PlacesService
from .. import clock
from ..context import AppContext
from ..watched_tables import PLACES
from .empty_state import EmptyState
from .import_list import import_list
from .places import add_room, create_house

if TYPE_CHECKING:
    from ..calendar.page import CalendarPage
    from ..main_window import MainWindow


def install_note(key: str, page: QWidget, context: AppContext) -> EmptyState | None:
    install = {"calendar": _calendar, "ambassadors": _ambassadors, "visits": _visits, "flyers": _flyers,
               "reports": _reports}.get(key)
    layout = page.layout()
    if install is None or not isinstance(layout, QBoxLayout):
        return None
    note = EmptyState(page)
    top = layout.itemAt(0) if layout.count() else None
    first = top.widget() if top is not None else None
    layout.insertWidget(1 if isinstance(first, QLabel) else 0, note)  # under the page's heading, if any
    page.first_steps = note  # type: ignore[attr-defined]  # each page class gets its note here, from outside
    install(page, context, note)
    return note


def _go_to(page: QWidget, key: str) -> QWidget:
    window = cast("MainWindow", page.window())
    window.show_page(key)
    return window.page(key)


def _calendar(page, context: AppContext, note: EmptyState) -> None:
    """No house in the chosen estate: create one (and its first room); a house without rooms: add one."""

    def refresh() -> None:
        estate_id = page.ui.estateCombo.currentData()
        if estate_id is None:
            note.show_note(QCoreApplication.translate(
                "FirstSteps", "There is no estate yet. Create the estate, its community house and its rooms "
                              "under Settings, Houses and rooms."),
                [(QCoreApplication.translate("FirstSteps", "Go to Settings"), lambda: _go_to(page, "settings"))])
            return
        places = PlacesService(context.db)
        context.tasks.run(lambda: (places.houses(estate_id), places.rooms(estate_id)),
                          lambda found: show(estate_id, *found), lambda _exc: None)

    def show(estate_id: str, houses, rooms) -> None:
        if not houses:
            note.show_note(QCoreApplication.translate(
                "FirstSteps", "The estate has no community house yet. Create the house and its rooms; then you "
                              "can plan activities here."),
                [(QCoreApplication.translate("FirstSteps", "Create a community house"),
                  lambda: create_house(page, context, estate_id))])
        elif not rooms:
            note.show_note(QCoreApplication.translate(
                "FirstSteps", "%1 has no rooms yet. Add the rooms; activities are planned room by room.")
                .replace("%1", houses[0].name),
                [(QCoreApplication.translate("FirstSteps", "Add a room"), lambda: add_room(page, context, houses[0]))])
        else:
            note.clear()

    context.watch(page, PLACES, refresh)
    page.ui.estateCombo.currentIndexChanged.connect(lambda _index: refresh())
    page.choices_shown.connect(refresh)  # the filters are filled from the worker, without index signals
    refresh()


def _ambassadors(page, context: AppContext, note: EmptyState) -> None:
    def new_ambassador() -> None:
        page.roster.new_ambassador()
        note.refresh()

    def check(exists: WhatExists):
        if exists.ambassadors:
            return None
        return (QCoreApplication.translate(
            "FirstSteps", "There are no resident ambassadors yet. Add them one at a time, or import the office's "
                          "list from Excel or a CSV file (a column for name, estate and phone)."),
            [(QCoreApplication.translate("FirstSteps", "Add an ambassador"), new_ambassador),
             (QCoreApplication.translate("FirstSteps", "Import a list"),
              lambda: import_list(page, context, "ambassadors"))])

    note.watch(context, check)
    page.roster.model.modelReset.connect(note.refresh)


def _visits(page, context: AppContext, note: EmptyState) -> None:
    def check(exists: WhatExists):
        if exists.visits:
            return None
        return (QCoreApplication.translate(
            "FirstSteps", "No visits are logged yet. Log the first one in the form below and press Enter, or "
                          "import the office's earlier visits from Excel or a CSV file."),
            [(QCoreApplication.translate("FirstSteps", "Import a list"), lambda: import_list(page, context, "visits"))])

    note.watch(context, check)
    page.entry_tab.recent_model.modelReset.connect(note.refresh)


def _new_activity_in_calendar(page) -> None:
    calendar = cast("CalendarPage", _go_to(page, "calendar"))
    calendar.new_activity(calendar.current_grid().selected_day or clock.today(), None)


def _flyers(page, context: AppContext, note: EmptyState) -> None:
    def check(exists: WhatExists):
        if exists.activities:
            return None
        return (QCoreApplication.translate(
            "FirstSteps", "There are no activities to make posters for yet. Plan an activity in the calendar; "
                          "then it is in the list here."),
            [(QCoreApplication.translate("FirstSteps", "New activity"), lambda: _new_activity_in_calendar(page))])

    note.watch(context, check)


def _reports(page, context: AppContext, note: EmptyState) -> None:
    def check(exists: WhatExists):
        if exists.activities or exists.visits or exists.ambassadors:
            return None
        return (QCoreApplication.translate(
            "FirstSteps", "There is nothing to report on yet. The report counts activities and their attendance, "
                          "advice visits and ambassadors: start by planning an activity in the calendar."),
            [(QCoreApplication.translate("FirstSteps", "New activity"), lambda: _new_activity_in_calendar(page))])

    note.watch(context, check)
