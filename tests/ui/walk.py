"""Open every page and every dialog of the program, for tests that check all of them at once.

`every_window(qtbot, context)` yields (name, window) for the main window with each page shown (and
each tab of each page), then for every dialog built with realistic data. A window is shown before it
is yielded; dialogs are closed afterwards. Checks then look at the visible widgets only.
`page_views(window)` and `dialogs(world)` are the two halves, for checks that build their own window
(the visual checks use the demo data: `world_from_data`).

Add a new dialog to DIALOGS (a name and a function that builds it from the `World`), and every check
that uses the walker covers it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

TODAY = date(2027, 3, 1)  # a Monday


@dataclass
class World:
    """The data the dialogs are opened with: one estate, a house with two rooms, a weekly activity."""

    context: object
    estate: object
    house: object
    rooms: list
    activity: object
    sessions: list


def make_world(context) -> World:
    """The data, and an administrator at the keyboard (so every administrator's button shows)."""
    from boligsocial_desktop.domain.enums import Recurrence
    from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService, SessionFilter
    from boligsocial_desktop.services.places import PlacesService
    from boligsocial_desktop.services.staff import StaffService

    context.set_staff(StaffService(context.db).create("Jonas Berg", "administrator", pin="1357"))
    places = PlacesService(context.db)
    estate = places.create_estate("Taastrupgaard", "Taastrupgårdsvej 139, 2630 Taastrup")
    house = places.create_house(estate.id, "Fælleshuset", opens_at=time(8), closes_at=time(22))
    rooms = [places.create_room(house.id, "Salen", 60), places.create_room(house.id, "Køkkenet", 12)]
    calendar = CalendarService(context.db)
    activity = calendar.save_series(ActivityDraft(
        title="Lektiecafé", estate_id=estate.id, room_id=rooms[0].id, recurrence=Recurrence.WEEKLY,
        start_date=TODAY, end_date=TODAY + timedelta(weeks=8), start_time=time(15), end_time=time(17),
        expected_headcount=20))
    sessions = calendar.sessions_between(TODAY, TODAY + timedelta(weeks=8), SessionFilter())
    return World(context, estate, house, rooms, activity, sessions)


def world_from_data(context) -> World:
    """The same kinds of data, taken from a database that has them (the demo): the first estate with a
    house and rooms, and the activity with the most sign-ups, so the tick lists are full."""
    from sqlalchemy import func, select

    from boligsocial_desktop.services.calendar import CalendarService, SessionFilter
    from boligsocial_desktop.services.places import PlacesService
    from boligsocial_desktop.storage.models import Signup

    places = PlacesService(context.db)
    estate = next(e for e in places.estates() if places.houses(e.id))
    house = places.houses(estate.id)[0]
    rooms = places.rooms(house_id=house.id)
    with context.db.reading() as session:
        activity_id = session.execute(select(Signup.activity_id).group_by(Signup.activity_id)
                                      .order_by(func.count().desc()).limit(1)).scalar_one()
    calendar = CalendarService(context.db)
    activity = calendar.activity(activity_id)
    sessions = calendar.sessions_between(activity.start_date, activity.end_date, SessionFilter())
    return World(context, estate, house, rooms, activity, [s for s in sessions if s.activity_id == activity.id])


def _visit_detail():
    from boligsocial_desktop.services.visits.common import VisitRow
    from boligsocial_desktop.services.visits.entry import VisitDetail

    row = VisitRow(id="v1", visited_at=datetime(2027, 3, 1, 10, 30, tzinfo=UTC), office_name="Kontoret",
                   estate_name="Taastrupgaard", staff_id="s1", staff_name="Mette Hansen", topics=("Husleje",),
                   referrals=(), language="da", interpreter_used=False, duration_minutes=15, age_band=None,
                   gender=None, outcome=None, follow_up_due=None, follow_up_done=False, repeat_count=None,
                   has_notes=False, case_linked=False)
    return VisitDetail(row=row)


def _estates(world: World) -> list:
    from boligsocial_desktop.services.places import PlacesService

    return PlacesService(world.context.db).estates()


def _dialogs() -> list[tuple[str, Callable[[World], QWidget]]]:
    from boligsocial_desktop.services.staff import StaffService
    from boligsocial_desktop.ui.ambassadors.ambassador_dialog import AmbassadorDialog
    from boligsocial_desktop.ui.ambassadors.dialogs import (
        AmbassadorSettingsDialog,
        ChooseAmbassadorDialog,
        MoveInDialog,
    )
    from boligsocial_desktop.ui.ambassadors.duty_dialog import DutyDialog
    from boligsocial_desktop.ui.calendar.activity_dialog import ActivityDialog
    from boligsocial_desktop.ui.calendar.attendance_dialog import AttendanceDialog
    from boligsocial_desktop.ui.calendar.export_dialog import ExportChoiceDialog
    from boligsocial_desktop.ui.calendar.programme_dialog import ProgrammeDialog
    from boligsocial_desktop.ui.calendar.session_dialog import SessionDialog
    from boligsocial_desktop.ui.calendar.signups_dialog import SignupsDialog
    from boligsocial_desktop.ui.closing_dialog import ClosingSessionsDialog
    from boligsocial_desktop.ui.dialogs import NewStaffDialog, SignInDialog
    from boligsocial_desktop.ui.first_start.wizard import FirstStartWizard
    from boligsocial_desktop.ui.help.window import HelpWindow
    from boligsocial_desktop.ui.import_dialog import ImportDialog
    from boligsocial_desktop.ui.maintenance.crash_dialog import CrashDialog
    from boligsocial_desktop.ui.place_dialog import PlaceDialog
    from boligsocial_desktop.ui.reports.plan_dialog import PlanDialog
    from boligsocial_desktop.ui.reports.targets_dialog import TargetsDialog
    from boligsocial_desktop.ui.staff_dialog import StaffDialog
    from boligsocial_desktop.ui.sync.conflicts_dialog import ConflictsDialog
    from boligsocial_desktop.ui.sync.office_key import PassphraseDialog
    from boligsocial_desktop.ui.visits.dialogs import CaseDialog, VisitDialog

    def context(w: World):
        return w.context

    return [
        ("Ny aktivitet", lambda w: ActivityDialog(context(w), w.rooms, [], w.estate.id, TODAY, w.rooms[0].id)),
        ("Gang", lambda w: SessionDialog(context(w), w.sessions[0], w.rooms)),
        ("Fremmøde", lambda w: AttendanceDialog(context(w), TODAY, w.estate.id)),
        ("Tilmeldinger", lambda w: SignupsDialog(context(w), w.activity.id, today=TODAY)),
        ("Månedsprogram", lambda w: ProgrammeDialog(context(w), w.estate, [w.house], w.house.id, TODAY)),
        ("Eksportér til Outlook", lambda w: ExportChoiceDialog(w.estate, [w.house], [w.activity], w.house.id)),
        ("Ambassadør", lambda w: AmbassadorDialog(context(w), _estates(w))),
        ("Vagt", lambda w: DutyDialog(context(w), _estates(w), TODAY)),
        ("Indflytning", lambda w: MoveInDialog(context(w), _estates(w), 30, TODAY)),
        ("Vælg ambassadør", lambda w: ChooseAmbassadorDialog([], "Hvem tager vagten?")),
        ("Ambassadørindstillinger", lambda w: AmbassadorSettingsDialog(context(w), 365, 30)),
        ("Besøg", lambda w: VisitDialog(_visit_detail(), True)),
        ("Ny sag", lambda w: CaseDialog()),
        ("Måltal", lambda w: TargetsDialog(context(w))),
        ("Indsatsplan", lambda w: PlanDialog(context(w))),
        ("Konflikter", lambda w: ConflictsDialog(context(w))),
        ("Kontornøgle", lambda w: PassphraseDialog("create")),
        ("Gange i lukkeperioden", lambda w: ClosingSessionsDialog("Juleferie", [])),
        ("Fælleshus", lambda w: PlaceDialog(context(w), "house", "Fælleshus", lambda form: None)),
        ("Lukkeperiode", lambda w: PlaceDialog(context(w), "closing", "Lukkeperiode", lambda form: None, None,
                                               [(e.id, e.name) for e in _estates(w)])),
        ("Lokale", lambda w: PlaceDialog(context(w), "room", "Lokale", lambda form: None)),
        ("Medarbejder", lambda w: StaffDialog(context(w))),
        ("Log ind", lambda w: SignInDialog(StaffService(context(w).db), "fælles-pc")),
        ("Ny bruger", lambda w: NewStaffDialog(StaffService(context(w).db), "kontorpc")),
        ("Første start", lambda w: FirstStartWizard(context(w).db, context(w).tasks, "kontorpc")),
        ("Indlæs", lambda w: ImportDialog(context(w).tasks, lambda policy, report: None, Path("liste.csv"),
                                          "Indlæs ambassadører")),
        ("Programfejl", lambda w: CrashDialog("rapport")),
        ("Brugervejledning", lambda w: HelpWindow()),
    ]


def tab_states(window: QWidget) -> Iterator[str]:
    """Show each tab of each visible tab widget in turn; yields a label for each state (first: as opened)."""
    yield ""
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != first and tabs.isTabVisible(index) and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield f" › {tabs.tabText(index).replace('&', '')}"
        tabs.setCurrentIndex(first)


def page_views(window) -> Iterator[tuple[str, QWidget]]:
    """(name, main window) with every page shown in turn, and every tab of it."""
    for spec in window.specs:
        window.show_page(spec.key)
        QApplication.processEvents()
        for tab in tab_states(window.pages[spec.key]):
            yield f"Hovedvindue › {spec.title}{tab}", window


def dialogs(world: World) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """(name, make) for every dialog, filled from `world`."""
    for name, build in _dialogs():
        yield name, lambda build=build: build(world)


def every_window(qtbot, context) -> Iterator[tuple[str, QWidget]]:
    """(name, shown window) for every page (and tab) of the main window, then every dialog (and tab)."""
    from boligsocial_desktop.ui.main_window import MainWindow

    world = make_world(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield from page_views(window)
    window.close()
    for name, make in dialogs(world):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for tab in tab_states(dialog):
            yield name + tab, dialog
        dialog.hide()


def visible_widgets(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]
