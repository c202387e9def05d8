"""No silent side effects on the ambassador page: edit a repeating shift, stop with shifts, undo a closed visit."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from ambassador_helpers import TODAY, person
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from boligsocial_desktop.domain.enums import AmbassadorStatus, WelcomeVisitState
from boligsocial_desktop.services.ambassadors import (
    AmbassadorService,
    DutyInput,
    DutyService,
    MoveInInput,
    WelcomeVisitService,
)
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.ui import unsaved
from boligsocial_desktop.ui.ambassadors import AmbassadorsPage
from boligsocial_desktop.ui.ambassadors.ambassador_dialog import AmbassadorDialog
from boligsocial_desktop.ui.ambassadors.duty_dialog import DutyDialog

KIND = "værtskab ved arrangement"


def ok(qtbot, dialog) -> bool:
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog.result() == QDialog.DialogCode.Accepted


def select_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def soeparken(app_context):
    return PlacesService(app_context.db).create_estate("Søparken")


@pytest.fixture
def page(qtbot, app_context, soeparken):
    widget = AmbassadorsPage(app_context, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def test_a_repeating_shift_is_made_and_edited_from_here_on(qtbot, app_context, page, soeparken):
    amira = AmbassadorService(app_context.db, today=TODAY).create(person("Amira Hassan", soeparken.id, "ar"))
    page.ui.tabs.setCurrentWidget(page.ui.shiftsTab)

    def new(dialog: DutyDialog) -> bool:
        dialog.show()
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(KIND))
        dialog.ui.dateEdit.setDate(QDate(2026, 3, 26))
        qtbot.keyClicks(dialog.ui.descriptionEdit, "Fællesspisning")
        qtbot.mouseClick(dialog.repeat_check, Qt.MouseButton.LeftButton)
        dialog.repeat_until_edit.setDate(QDate(2026, 4, 16))
        return ok(qtbot, dialog)

    page.exec_dialog = new
    qtbot.mouseClick(page.ui.newDutyButton, Qt.MouseButton.LeftButton)
    assert "3 ugentlige vagter er oprettet" in page.ui.retentionLabel.text()
    assert "Skærtorsdag" in page.ui.retentionLabel.text()
    plan = DutyService(app_context.db, today=TODAY)
    for day in (date(2026, 4, 9), date(2026, 4, 16)):
        plan.assign(plan.week_plan(day).duties[0].id, amira.id)
    page.shifts.show_week(date(2026, 4, 9))
    assert page.shifts.duty_model.index(0, 7).data() == "Fællesspisning"
    select_row(qtbot, page.ui.dutyTable, 0)

    def edit(dialog: DutyDialog) -> bool:
        dialog.show()
        assert dialog.windowTitle() == "Ret vagt" and dialog.ui.descriptionEdit.text() == "Fællesspisning"
        qtbot.mouseClick(dialog.following_radio, Qt.MouseButton.LeftButton)
        assert not dialog.ui.dateEdit.isEnabled()
        dialog.ui.startEdit.setTime(QTime(17, 0))
        dialog.ui.endEdit.setTime(QTime(19, 0))
        dialog.ui.descriptionEdit.setText("Fællesspisning – tag forklæde med")
        return ok(qtbot, dialog)

    page.exec_dialog = edit
    qtbot.mouseClick(page.ui.editDutyButton, Qt.MouseButton.LeftButton)
    assert page.ui.retentionLabel.text() == "2 vagter er gemt."
    shifts = [plan.week_plan(day).duties[0] for day in (date(2026, 3, 26), date(2026, 4, 9), date(2026, 4, 16))]
    assert [(s.start_time, s.description) for s in shifts] == [
        (time(16), "Fællesspisning"), (time(17), "Fællesspisning – tag forklæde med"),
        (time(17), "Fællesspisning – tag forklæde med")]
    assert [[a.ambassador_name for a in s.assignments] for s in shifts] == [[], ["Amira Hassan"], ["Amira Hassan"]]


def test_a_second_shift_for_one_activity_asks_first(qtbot, app_context, page, soeparken):
    from boligsocial_desktop.domain.enums import Recurrence
    from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService

    places = PlacesService(app_context.db)
    room = places.create_room(places.create_house(soeparken.id, "Fælleshuset").id, "Salen", 40)
    CalendarService(app_context.db).save_series(ActivityDraft(
        "Fællesspisning", soeparken.id, room.id, Recurrence.SINGLE, TODAY, TODAY, time(17), time(20)))
    session_id = DutyService(app_context.db).sessions_on(TODAY)[0].id
    DutyService(app_context.db).create_duty(DutyInput(KIND, soeparken.id, TODAY, time(17), time(20),
                                                      session_id=session_id))
    dialog = DutyDialog(app_context, page.estates, TODAY, parent=page)
    qtbot.addWidget(dialog)
    dialog.ui.sessionCombo.setCurrentIndex(dialog.ui.sessionCombo.findData(session_id))
    asked = []
    dialog.confirm_second_shift = lambda others: asked.append(others) or False
    assert not ok(qtbot, dialog)
    assert len(asked[0]) == 1 and len(DutyService(app_context.db).shifts_for_session(session_id)) == 1
    dialog.confirm_second_shift = lambda others: True
    assert ok(qtbot, dialog)
    assert len(DutyService(app_context.db).shifts_for_session(session_id)) == 2


def test_stopping_an_ambassador_lists_the_shifts_she_leaves(qtbot, app_context, page, soeparken, ui_today):
    service = AmbassadorService(app_context.db, today=TODAY)
    amira = service.create(person("Amira Hassan", soeparken.id, "ar"))
    duties = DutyService(app_context.db, today=TODAY)
    coming = ui_today + timedelta(days=7)  # the dialog's service counts from the windows' today
    duties.assign(duties.create_duty(DutyInput("affaldsguide", soeparken.id, coming, time(10), time(12))).id,
                  amira.id)
    dialog = AmbassadorDialog(app_context, page.estates, service.get(amira.id), parent=page)
    qtbot.addWidget(dialog)
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData(AmbassadorStatus.STOPPED.value))
    asked = []
    dialog.confirm_stop = lambda shifts: asked.append(shifts) or False
    assert not ok(qtbot, dialog)
    assert len(asked[0]) == 1 and "10.00" in asked[0][0] and "affaldsguide" in asked[0][0]
    assert service.get(amira.id).status == AmbassadorStatus.ACTIVE
    dialog.confirm_stop = lambda shifts: True
    assert ok(qtbot, dialog)
    assert service.get(amira.id).status == AmbassadorStatus.STOPPED


def test_a_language_typed_and_confirmed_with_enter_is_added_not_dropped(qtbot, app_context, page, soeparken):
    dialog = AmbassadorDialog(app_context, page.estates, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Hodan Ali")
    qtbot.keyClicks(dialog.ui.languageCombo.lineEdit(), "somali")
    qtbot.keyClick(dialog.ui.languageCombo.lineEdit(), Qt.Key.Key_Return)
    assert dialog.isVisible() and [s.code for s in dialog.languages()] == ["so"]
    qtbot.keyClicks(dialog.ui.languageCombo.lineEdit(), "arabisk")  # typed, then OK without Enter
    assert ok(qtbot, dialog)
    assert sorted(s.code for s in dialog.saved.languages) == ["ar", "so"]


def test_closing_the_ambassador_dialog_with_input_asks_first(qtbot, app_context, page, monkeypatch):
    asked = []
    monkeypatch.setattr(unsaved, "ask_discard", lambda parent: asked.append(parent) or False)
    dialog = AmbassadorDialog(app_context, page.estates, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Hodan")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert asked and dialog.isVisible()
    dialog.done(0)  # leave without the question, so the clean-up meets no modal box


def test_a_closed_welcome_visit_is_undone_and_the_message_follows(qtbot, app_context, page, soeparken):
    visits = WelcomeVisitService(app_context.db, today=TODAY)
    visits.register_move_in(MoveInInput(soeparken.id, "Søparken 12, 2. tv", TODAY, ("so",)))
    page.ui.tabs.setCurrentWidget(page.ui.queueTab)
    page.welcome.load()
    select_row(qtbot, page.ui.queueTable, 0)
    qtbot.mouseClick(page.ui.declinedButton, Qt.MouseButton.LeftButton)
    assert page.ui.retentionLabel.text() == ("Besøget på Søparken 12, 2. tv er afsluttet som »frabedt«. "
                                             "Tryk på Genåbn besøg for at fortryde.")
    assert page.welcome.queue_model.rowCount() == 0 and page.ui.reopenVisitButton.isEnabled()
    qtbot.mouseClick(page.ui.reopenVisitButton, Qt.MouseButton.LeftButton)
    assert page.ui.retentionLabel.text() == "Besøget på Søparken 12, 2. tv er åbent igen."
    assert page.welcome.queue_model.rowCount() == 1
    assert visits.queue()[0].state == WelcomeVisitState.OPEN and visits.queue()[0].done_date is None
    assert not page.ui.reopenVisitButton.isEnabled()


def test_udskriv_goes_through_the_system_print_dialog(qtbot, app_context, page, soeparken, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from boligsocial_desktop.ui import pdf_preview

    AmbassadorService(app_context.db, today=TODAY).create(person("Amira Hassan", soeparken.id, "ar"))
    shown = []
    target = tmp_path / "udskrift.pdf"

    class SavingAsPdf:  # the user picks "save as PDF" in the system dialog and presses Print
        class DialogCode:
            Accepted = 1

        def __init__(self, printer, parent):
            self.printer = printer
            shown.append(parent)

        def setWindowTitle(self, title):
            shown.append(title)

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(target))
            return 1

    monkeypatch.setattr(pdf_preview, "QPrintDialog", SavingAsPdf)
    page.roster.load()
    qtbot.mouseClick(page.ui.printRosterButton, Qt.MouseButton.LeftButton)
    assert shown[0] is page and shown[1].startswith("Udskriv ambassadører-")
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 1000
    assert page.ui.retentionLabel.text().endswith("er sendt til printeren.")

    class Cancelled(SavingAsPdf):
        def exec(self):
            return 0

    monkeypatch.setattr(pdf_preview, "QPrintDialog", Cancelled)
    qtbot.mouseClick(page.ui.printRosterButton, Qt.MouseButton.LeftButton)
    assert page.ui.retentionLabel.text() == "Udskrivningen er annulleret."
