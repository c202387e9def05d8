"""The ambassador page driven like a coordinator would: typing, clicking, pressing keys."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time, timedelta

import pytest
from ambassador_helpers import TODAY, person
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import select

from boligsocial_desktop.services.ambassadors import AmbassadorService, DutyInput, DutyService, RosterFilter
from boligsocial_desktop.services.ambassadors.printouts import week_roster_print
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.models import Ambassador, AuditEntry, DutyAssignment, WelcomeVisit
from boligsocial_desktop.ui.ambassadors import AmbassadorsPage
from boligsocial_desktop.ui.ambassadors.ambassador_dialog import AmbassadorDialog
from boligsocial_desktop.ui.ambassadors.dialogs import ChooseAmbassadorDialog, MoveInDialog
from boligsocial_desktop.ui.ambassadors.duty_dialog import DutyDialog


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ok(qtbot, dialog: QDialog) -> bool:
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok))
    return dialog.result() == QDialog.DialogCode.Accepted


def choose_in_combo(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def check_language(qtbot, dialog: MoveInDialog, name: str) -> None:
    languages = dialog.ui.languageList
    item = languages.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    languages.setCurrentItem(item)
    qtbot.keyClick(languages, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked


def select_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def office(app_context):
    places = PlacesService(app_context.db)
    return {e.name: e for e in (places.create_estate("Søparken"), places.create_estate("Ellemarken"))}


@pytest.fixture
def page(qtbot, app_context, office):
    widget = AmbassadorsPage(app_context, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def test_coordinator_day_move_ins_suggestion_swap_and_printed_roster(qtbot, app_context, office, tmp_path,
                                                                       qtmodeltester):
    db = app_context.db
    soeparken, ellemarken = office["Søparken"], office["Ellemarken"]
    service = AmbassadorService(db, today=TODAY)
    faadumo = service.create(person("Faadumo Warsame", soeparken.id, ("so", "flydende"), phone="31 22 90 12",
                                    scope="gemme"))  # may be stored, not shared
    omar = service.create(person("Omar Yusuf", soeparken.id, ("ar", "modersmål")))  # no consent at all
    leyla = service.create(person("Leyla Demir", ellemarken.id, ("tr", "modersmål"), phone="26 45 78 90",
                                  scope="gemme_og_dele"))
    busy_shift = DutyService(db, today=TODAY).create_duty(
        DutyInput("affaldsguide", soeparken.id, TODAY - timedelta(days=5), time(10), time(12)))
    DutyService(db, today=TODAY).assign(busy_shift.id, faadumo.id)  # Faadumo has been busy lately

    page = AmbassadorsPage(app_context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    drive = {}
    page.exec_dialog = lambda dialog: drive[type(dialog)](dialog)

    # The coordinator adds Hodan Ali through the form: languages, consent to share, phone.
    def fill_ambassador(dialog: AmbassadorDialog) -> bool:
        ui = dialog.ui
        qtbot.keyClicks(ui.nameEdit, "Hodan Ali")
        choose_in_combo(ui.estateCombo, "Søparken")
        assert not ui.phoneEdit.isEnabled()  # no consent chosen yet: no contact data
        qtbot.keyClicks(ui.languageCombo.lineEdit(), "somali")
        choose_in_combo(ui.levelCombo, "modersmål")
        click(qtbot, ui.addLanguageButton)
        choose_in_combo(ui.consentScopeCombo, "Gemme og dele")
        assert ui.phoneEdit.isEnabled()
        qtbot.keyClicks(ui.phoneEdit, "22334455")
        return ok(qtbot, dialog)

    drive[AmbassadorDialog] = fill_ambassador
    click(qtbot, page.ui.newAmbassadorButton)
    names = [page.roster.model.index(r, 0).data() for r in range(page.roster.model.rowCount())]
    assert names == ["Faadumo Warsame", "Hodan Ali", "Leyla Demir", "Omar Yusuf"]
    hodan = next(r for r in page.roster.model.rows() if r.name == "Hodan Ali")
    assert hodan.phone == "22 33 44 55" and [s.code for s in hodan.languages] == ["so"]
    qtmodeltester.check(page.roster.model)

    # Three move-ins; one of them a Somali-speaking household in Søparken, one already late.
    page.ui.tabs.setCurrentWidget(page.ui.queueTab)
    move_ins = [("Søparken 12, st. th.", "Søparken", ["somali"], TODAY),
                ("Ellemarken 3, 2. tv.", "Ellemarken", ["tyrkisk"], TODAY - timedelta(days=20)),
                ("Søparken 27, 3. th.", "Søparken", ["polsk"], TODAY)]
    for address, estate, languages, day in move_ins:
        def fill_move_in(dialog: MoveInDialog, address=address, estate=estate, languages=languages, day=day) -> bool:
            choose_in_combo(dialog.ui.estateCombo, estate)
            qtbot.keyClicks(dialog.ui.addressEdit, address)
            dialog.ui.dateEdit.setDate(QDate(day))
            for name in languages:
                check_language(qtbot, dialog, name)
            return ok(qtbot, dialog)

        drive[MoveInDialog] = fill_move_in
        click(qtbot, page.ui.newMoveInButton)
    queue = page.welcome.queue_model
    qtmodeltester.check(queue)
    assert queue.rowCount() == 3
    assert queue.index(0, 1).data() == "Ellemarken 3, 2. tv."  # overdue first, and it stands out
    assert queue.index(0, 5).data() == "Forsinket 6 dage"
    assert queue.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "1 besøg er forsinket" in page.ui.overdueLabel.text()

    somali_row = next(r for r in range(3) if queue.index(r, 1).data() == "Søparken 12, st. th.")
    select_row(qtbot, page.ui.queueTable, somali_row)
    suggestions = page.welcome.suggestion_model
    qtmodeltester.check(suggestions)
    assert [suggestions.index(r, 0).data() for r in range(suggestions.rowCount())] == ["Hodan Ali",
                                                                                       "Faadumo Warsame"]
    assert suggestions.index(0, 1).data() == "somali (modersmål)"
    assert "taler somali" in page.ui.suggestionInfo.text()
    click(qtbot, page.ui.assignVisitButton)  # the first (least busy) suggestion is selected
    with db.reading() as session:
        visit = session.scalars(select(WelcomeVisit).where(WelcomeVisit.ambassador_id == hodan.id)).one()
        assert visit.state == "planlagt"

    # Nobody speaks Polish: the coordinator ticks "show everyone".
    polish_row = next(r for r in range(3) if queue.index(r, 1).data() == "Søparken 27, 3. th.")
    select_row(qtbot, page.ui.queueTable, polish_row)
    assert suggestions.rowCount() == 0 and "Ingen aktiv ambassadør i Søparken taler polsk" in \
        page.ui.suggestionInfo.text()
    qtbot.keyClick(page.ui.showEveryoneCheck, Qt.Key.Key_Space)
    assert page.ui.showEveryoneCheck.isChecked()
    assert suggestions.rowCount() == 4

    # A shift this Friday for three ambassadors: Hodan, Faadumo and Omar.
    page.ui.tabs.setCurrentWidget(page.ui.shiftsTab)

    def fill_duty(dialog: DutyDialog) -> bool:
        choose_in_combo(dialog.ui.kindCombo, "Værtskab ved arrangement")
        choose_in_combo(dialog.ui.estateCombo, "Søparken")
        dialog.ui.dateEdit.setDate(QDate(2026, 3, 6))
        dialog.ui.startEdit.setTime(QTime(17, 0))
        dialog.ui.endEdit.setTime(QTime(20, 0))
        dialog.ui.neededSpin.setValue(3)
        qtbot.keyClicks(dialog.ui.descriptionEdit, "Fællesspisning")
        return ok(qtbot, dialog)

    drive[DutyDialog] = fill_duty
    click(qtbot, page.ui.newDutyButton)
    duty_row = next(r for r in range(page.shifts.duty_model.rowCount())
                    if page.shifts.duty_model.index(r, 2).data() == "Værtskab ved arrangement")
    select_row(qtbot, page.ui.dutyTable, duty_row)
    for name in ("Hodan Ali", "Faadumo Warsame", "Omar Yusuf"):
        def pick(dialog: ChooseAmbassadorDialog, name=name) -> bool:
            qtbot.keyClicks(dialog.ui.filterEdit, name.split()[0])
            return ok(qtbot, dialog)

        drive[ChooseAmbassadorDialog] = pick
        click(qtbot, page.ui.assignButton)
    qtmodeltester.check(page.shifts.duty_model)
    qtmodeltester.check(page.shifts.assignment_model)
    assert page.shifts.selected_duty().staffed == 3

    # Hodan cannot come: she swaps with Leyla, and the coordinator approves.
    hodan_row = next(r for r in range(page.shifts.assignment_model.rowCount())
                     if page.shifts.assignment_model.index(r, 0).data() == "Hodan Ali")
    select_row(qtbot, page.ui.assignmentTable, hodan_row)

    def pick_leyla(dialog: ChooseAmbassadorDialog) -> bool:
        qtbot.keyClicks(dialog.ui.filterEdit, "Leyla")
        return ok(qtbot, dialog)

    drive[ChooseAmbassadorDialog] = pick_leyla
    click(qtbot, page.ui.swapButton)
    assert "venter på en koordinators godkendelse" in page.ui.retentionLabel.text()
    swap_row = next(r for r in range(page.shifts.assignment_model.rowCount())
                    if page.shifts.assignment_model.index(r, 0).data() == "Hodan Ali")
    assert page.shifts.assignment_model.index(swap_row, 3).data() == "Vil bytte med Leyla Demir – venter på godkendelse"
    select_row(qtbot, page.ui.assignmentTable, swap_row)
    click(qtbot, page.ui.approveSwapButton)
    people = {page.shifts.assignment_model.index(r, 0).data() for r in range(page.shifts.assignment_model.rowCount())}
    assert people == {"Leyla Demir", "Faadumo Warsame", "Omar Yusuf"}
    with db.reading() as session:
        swapped = session.scalars(select(DutyAssignment).where(DutyAssignment.ambassador_id == leyla.id)).one()
        assert swapped.swap_with_ambassador_id == hodan.id
        assert swapped.swap_approved_by_id == app_context.staff.id

    # The week's roster is printed: only Leyla consented to share her phone number.
    pdf_path = tmp_path / "uge-10.pdf"
    printed = []
    page.print_document = lambda pdf, title: printed.append(title) or True
    click(qtbot, page.ui.printWeekButton)
    assert printed == ["vagtplan-uge-10"] and page.ui.retentionLabel.text() == "vagtplan-uge-10 er sendt til printeren."
    pdf_path.write_bytes(page.last_pdf)
    rows = {p.name: p.phone for p in week_roster_print(db, TODAY).contacts}
    assert rows == {"Leyla Demir": "26 45 78 90", "Faadumo Warsame": None, "Omar Yusuf": None}
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Vagtplan for beboerambassadører, uge 10" in text
        assert "Leyla Demir" in text and "26 45 78 90" in text
        assert "Faadumo Warsame" in text and "31 22 90 12" not in text
        assert "Omar Yusuf" in text
        assert "22 33 44 55" not in text  # Hodan swapped out: not on the printed week
    with db.reading() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "udskriv vagtplan")).first()
    del omar


def test_roster_filters_sorting_and_lazy_fetch(qtbot, page, app_context, office, qtmodeltester):
    service = AmbassadorService(app_context.db, today=TODAY)
    for number in range(300):
        service.create(person(f"Ambassadør {number:03d}", office["Ellemarken"].id, "da"))
    for name, langs in (("Åse Holm", ["da"]), ("Zainab Ali", ["so", "ar"]), ("Ørn Berg", ["so"])):
        service.create(person(name, office["Søparken"].id, *langs))
    page.refresh()
    model = page.roster.model
    assert model.total() == 303 and model.rowCount() < 303 and model.canFetchMore()
    page.ui.rosterTable.scrollToBottom()  # the view asks for the next batch
    qtbot.waitUntil(lambda: model.rowCount() == 303)
    qtmodeltester.check(model)
    assert page.ui.rosterCountLabel.text() == "303 ambassadører"

    choose_in_combo(page.ui.languageFilter, "somali")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Zainab Ali", "Ørn Berg"]
    page.ui.rosterTable.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Ørn Berg", "Zainab Ali"]
    choose_in_combo(page.ui.languageFilter, "Alle sprog")
    choose_in_combo(page.ui.estateFilter, "Søparken")
    page.ui.rosterTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Zainab Ali", "Ørn Berg", "Åse Holm"]
    qtbot.keyClicks(page.ui.searchEdit, "ørn")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 0).data() == "Ørn Berg"
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Samtykke"


def test_ambassador_form_refuses_duplicate_and_keeps_dialog_open(qtbot, page, app_context, office):
    service = AmbassadorService(app_context.db, today=TODAY)
    service.create(person("Leyla Demir", office["Ellemarken"].id, "tr", phone="26 45 78 90", scope="gemme"))
    dialog = AmbassadorDialog(app_context, page.estates, parent=page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Leyla Demir")
    choose_in_combo(dialog.ui.consentScopeCombo, "Gemme")
    qtbot.keyClicks(dialog.ui.phoneEdit, "26457890")
    assert not ok(qtbot, dialog)
    assert "findes allerede en ambassadør ved navn Leyla Demir" in dialog.ui.errorLabel.text()
    qtbot.keyClicks(dialog.ui.languageCombo.lineEdit(), "klingonsk")
    click(qtbot, dialog.ui.addLanguageButton)
    assert dialog.ui.errorLabel.text() == "Sproget »klingonsk« kendes ikke. Vælg et fra listen."
    assert len(service.roster(RosterFilter(status=None))) == 1


def test_shift_ending_before_it_starts_is_refused_in_the_form(qtbot, page, app_context):
    dialog = DutyDialog(app_context, page.estates, TODAY, parent=page)
    qtbot.addWidget(dialog)
    dialog.ui.startEdit.setTime(QTime(18, 0))
    dialog.ui.endEdit.setTime(QTime(16, 0))
    assert not ok(qtbot, dialog)
    assert "Vagten slutter kl. 16.00, før den begynder kl. 18.00" in dialog.ui.errorLabel.text()
    assert dialog.ui.endEdit.hasFocus() or not dialog.isActiveWindow()
    assert DutyService(app_context.db).week_plan(TODAY).duties == ()


def test_week_navigation_and_warnings(qtbot, page, app_context, office):
    duties = DutyService(app_context.db, today=TODAY)
    duties.create_duty(DutyInput("affaldsguide", office["Søparken"].id, date(2026, 3, 11), time(10), time(12), 2))
    page.ui.tabs.setCurrentWidget(page.ui.shiftsTab)
    assert "Uge 10" in page.ui.weekLabel.text() and page.shifts.duty_model.rowCount() == 0
    click(qtbot, page.ui.nextWeekButton)
    assert "Uge 11" in page.ui.weekLabel.text() and page.shifts.duty_model.rowCount() == 1
    assert "mangler 2 ambassadører" in page.ui.warningsLabel.text()
    assert page.shifts.duty_model.index(0, 6).data() == "Mangler 2"
    click(qtbot, page.ui.thisWeekButton)
    assert "Uge 10" in page.ui.weekLabel.text()


def test_retention_runs_when_the_page_starts(qtbot, app_context, office):
    service = AmbassadorService(app_context.db, today=TODAY)
    gone = service.create(person("Karim Saleh", office["Søparken"].id, "ar", phone="22334455", scope="gemme",
                                 status="stoppet", stop_date=date(2020, 1, 1)))
    widget = AmbassadorsPage(app_context, today=TODAY)
    qtbot.addWidget(widget)
    with app_context.db.reading() as session:
        row = session.get(Ambassador, gone.id)
        assert row.anonymised_at is not None and row.phone is None
    assert "slettet efter fristen: 1" in widget.ui.retentionLabel.text()


def test_done_logs_hours_and_deadlines_dialog(qtbot, page, app_context, office):
    from boligsocial_desktop.services.ambassadors import load_settings
    from boligsocial_desktop.ui.ambassadors.dialogs import AmbassadorSettingsDialog

    service = AmbassadorService(app_context.db, today=TODAY)
    hodan = service.create(person("Hodan Ali", office["Søparken"].id, "so"))
    duties = DutyService(app_context.db, today=TODAY)
    duty = duties.create_duty(DutyInput("affaldsguide", office["Søparken"].id, date(2026, 3, 3), time(10), time(12)))
    duties.assign(duty.id, hodan.id, "bekræftet")
    page.refresh()
    page.ui.tabs.setCurrentWidget(page.ui.shiftsTab)
    select_row(qtbot, page.ui.dutyTable, 0)
    select_row(qtbot, page.ui.assignmentTable, 0)
    asked = []
    page.shifts.ask_hours = lambda suggested: asked.append(suggested) or 2.5
    click(qtbot, page.ui.doneButton)
    assert asked == [2.0]
    assert page.shifts.assignment_model.index(0, 1).data() == "Udført"
    assert page.shifts.assignment_model.index(0, 2).data() == "2,5"
    assert service.get(hodan.id).hours_logged == 2.5

    def fill(dialog: AmbassadorSettingsDialog) -> bool:
        dialog.ui.dueSpin.clear()
        qtbot.keyClicks(dialog.ui.dueSpin, "10")
        return ok(qtbot, dialog)

    page.exec_dialog = fill
    click(qtbot, page.ui.settingsButton)
    assert load_settings(app_context.db).welcome_visit_due_days == 10
    assert page.ui.retentionLabel.text() == "Fristerne er gemt."


@pytest.mark.parametrize("cpr", ["Ring 01.01.90 - 1234", "010190/1234", "Født 010190\u200b1234", "٠١٠١٩٠–١٢٣٤"])
def test_a_cpr_number_typed_into_the_ambassador_form_is_refused_in_danish(qtbot, app_context, page, cpr):
    results = []

    def fill(dialog: AmbassadorDialog) -> bool:
        ui = dialog.ui
        qtbot.keyClicks(ui.nameEdit, "Hodan Ali")
        choose_in_combo(ui.estateCombo, "Søparken")
        ui.notesEdit.setFocus()
        typed = cpr if cpr.isascii() else cpr[:4] if cpr[:4].isascii() else ""
        qtbot.keyClicks(ui.notesEdit, typed)  # typed on the keyboard
        ui.notesEdit.insertPlainText(cpr[len(typed):])  # the rest pasted, as characters no key gives
        accepted = ok(qtbot, dialog)
        results.append((ui.errorLabel.text(), ui.notesEdit.toPlainText()))
        return accepted

    page.exec_dialog = fill
    click(qtbot, page.ui.newAmbassadorButton)
    (message, notes), = results
    assert message == "Feltet »Noter« ligner et CPR-nummer. Skriv ikke CPR-numre i programmet."
    assert notes == cpr  # the text stays in the form to be corrected
    assert AmbassadorService(app_context.db, TODAY).roster() == []
