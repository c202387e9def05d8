"""Indstillinger as an administrator uses it: colleagues, duplicate rooms, closing periods over sessions."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from boligsocial_desktop.domain.enums import Recurrence, SessionStatus
from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.storage.models import ActivitySession, AuditEntry, Room
from boligsocial_desktop.ui import messages, unsaved
from boligsocial_desktop.ui.closing_dialog import ClosingSessionsDialog
from boligsocial_desktop.ui.dialogs import SignInDialog
from boligsocial_desktop.ui.place_dialog import PlaceDialog
from boligsocial_desktop.ui.settings_page import SettingsPage
from boligsocial_desktop.ui.staff_dialog import StaffDialog


def _as_admin(app_context):
    admin = StaffService(app_context.db).create("Jonas Berg", "administrator", pin="1357")
    app_context.set_staff(admin)
    return admin


def _page(qtbot, app_context) -> SettingsPage:
    page = SettingsPage(app_context)
    qtbot.addWidget(page)
    page.ui.tabs.setCurrentWidget(page.ui.staffTab)
    return page


def _select_staff(page: SettingsPage, name: str) -> None:
    model = page.staff_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    page.ui.staffTable.setCurrentIndex(model.index(row, 0))


def _ok(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_an_administrator_adds_a_colleague_who_then_signs_in(qtbot, app_context, monkeypatch):
    _as_admin(app_context)
    page = _page(qtbot, app_context)
    assert page.ui.newStaffButton.isEnabled() and not page.ui.staffAdminNote.isVisibleTo(page)

    def fill(dialog) -> bool:
        assert isinstance(dialog, StaffDialog) and dialog.windowTitle() == "Ny medarbejder"
        qtbot.keyClicks(dialog.name_edit, "Aisha Khalil")
        qtbot.keyClicks(dialog.initials_edit, "AK")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findText("Rådgiver"))
        qtbot.keyClicks(dialog.windows_edit, "aisha")
        qtbot.keyClicks(dialog.pin_edit, "2468")
        _ok(qtbot, dialog.buttons)
        return dialog.result() == 1

    monkeypatch.setattr(SettingsPage, "exec_dialog", lambda self, dialog: fill(dialog))
    qtbot.mouseClick(page.ui.newStaffButton, Qt.MouseButton.LeftButton)
    model = page.staff_model
    rows = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())}
    assert rows["Aisha Khalil"] == ["Aisha Khalil", "AK", "Rådgiver", "aisha", "Ja", "Aktiv"]

    sign_in = SignInDialog(StaffService(app_context.db), "fælles-pc")
    qtbot.addWidget(sign_in)
    sign_in.ui.staffCombo.setCurrentIndex(sign_in.ui.staffCombo.findText("Aisha Khalil (Rådgiver)"))
    qtbot.keyClicks(sign_in.ui.pinEdit, "2468")
    _ok(qtbot, sign_in.ui.buttons)
    assert sign_in.staff is not None and sign_in.staff.name == "Aisha Khalil"
    with app_context.db.reading() as session:
        assert "opret medarbejder" in set(session.scalars(select(AuditEntry.action)))


def test_edit_deactivate_and_reactivate_and_the_last_administrator_stays(qtbot, app_context, monkeypatch):
    admin = _as_admin(app_context)
    page = _page(qtbot, app_context)
    shown = []
    monkeypatch.setattr(messages.QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(messages, "confirm", lambda *a: True)

    def edit(dialog) -> bool:
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, "Mette Hansen-Berg")
        dialog.windows_edit.clear()
        qtbot.keyClicks(dialog.windows_edit, "mhb")
        _ok(qtbot, dialog.buttons)
        return dialog.result() == 1

    monkeypatch.setattr(SettingsPage, "exec_dialog", lambda self, dialog: edit(dialog))
    _select_staff(page, "Mette Hansen")
    qtbot.mouseClick(page.ui.editStaffButton, Qt.MouseButton.LeftButton)
    mette = next(s for s in StaffService(app_context.db).list_staff() if s.name == "Mette Hansen-Berg")
    assert mette.os_username == "mhb"

    _select_staff(page, "Mette Hansen-Berg")
    qtbot.mouseClick(page.ui.deactivateStaffButton, Qt.MouseButton.LeftButton)
    assert mette.id not in {s.id for s in StaffService(app_context.db).list_staff()}
    _select_staff(page, "Mette Hansen-Berg")
    assert page.staff_model.index(page.ui.staffTable.currentIndex().row(), 5).data() == "Deaktiveret"
    assert page.ui.reactivateStaffButton.isEnabled() and not page.ui.deactivateStaffButton.isEnabled()
    qtbot.mouseClick(page.ui.reactivateStaffButton, Qt.MouseButton.LeftButton)
    assert mette.id in {s.id for s in StaffService(app_context.db).list_staff()}

    _select_staff(page, admin.name)
    qtbot.mouseClick(page.ui.deactivateStaffButton, Qt.MouseButton.LeftButton)
    assert "sidste administrator" in shown[-1]


def test_a_coordinator_sees_the_staff_but_cannot_change_them(qtbot, app_context):
    page = _page(qtbot, app_context)
    page.show()
    _select_staff(page, "Mette Hansen")
    assert not page.ui.newStaffButton.isEnabled() and not page.ui.editStaffButton.isEnabled()
    assert page.ui.staffAdminNote.isVisible()


def test_closing_a_changed_staff_dialog_asks_first(qtbot, app_context, monkeypatch):
    _as_admin(app_context)
    asked = []
    answer = iter([False, True])
    monkeypatch.setattr(unsaved, "ask_discard", lambda parent: asked.append(parent) or next(answer))
    dialog = StaffDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()  # nothing typed: closes at once
    dialog = StaffDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Halvt skrevet")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()  # "Annuller" in the question keeps the input
    dialog.close()
    assert len(asked) == 2 and not dialog.isVisible()


def _session(db, estate_id, room_id, day):
    draft = ActivityDraft(title="Lektiecafé", estate_id=estate_id, room_id=room_id, recurrence=Recurrence.SINGLE,
                          start_date=day, end_date=day, start_time=time(16), end_time=time(18))
    return CalendarService(db).save_series(draft)


def test_a_duplicate_room_is_archived_and_keeps_its_sessions(qtbot, app_context, monkeypatch):
    places = PlacesService(app_context.db)
    estate = places.create_estate("Søparken")
    house = places.create_house(estate.id, "Fælleshuset")
    places.create_room(house.id, "Salen", 40)
    with app_context.db.transaction() as session:  # a duplicate that came from another PC before names were checked
        duplicate = Room(house_id=house.id, name="Salen", capacity=40)
        session.add(duplicate)
        session.flush()
        duplicate_id = duplicate.id
    _session(app_context.db, estate.id, duplicate_id, date(2026, 3, 4))
    from boligsocial_desktop.storage.models import SyncConflict
    from boligsocial_desktop.sync.conflicts import ConflictService

    def open_duplicates() -> int:
        with app_context.db.reading() as session:
            return len(session.scalars(select(SyncConflict).where(SyncConflict.kind == "possible_duplicate",
                                                                  SyncConflict.resolved_at.is_(None))).all())

    assert ConflictService(app_context.db).find_duplicates() == 1 and open_duplicates() == 1
    questions = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: questions.append(text) or True)
    page = SettingsPage(app_context)
    qtbot.addWidget(page)
    model = page.places_model
    house_index = model.index(0, 0, model.index(0, 0))
    rooms = [model.index(r, 0, house_index) for r in range(model.rowCount(house_index))]
    target = next(i for i in rooms if i.data(Qt.ItemDataRole.UserRole + 1)[1] == duplicate_id)
    page.ui.placesTree.setCurrentIndex(target)
    qtbot.mouseClick(page.ui.removePlaceButton, Qt.MouseButton.LeftButton)
    assert "Fjern lokalet »Salen«" in questions[0]
    assert page.ui.placesNotice.text() == "»Salen« er arkiveret; historikken er bevaret."
    house_index = model.index(0, 0, model.index(0, 0))
    details = sorted(model.index(r, 1, house_index).data() for r in range(model.rowCount(house_index)))
    assert details == ["arkiveret", "plads til 40"]
    assert len(places.rooms()) == 1 and open_duplicates() == 0  # the possible duplicate is settled
    assert len(CalendarService(app_context.db).sessions_between(date(2026, 3, 1), date(2026, 3, 31))) == 1


def test_a_closing_period_over_planned_sessions_cancels_the_ticked_and_keeps_the_rest(qtbot, app_context,
                                                                                        monkeypatch):
    places = PlacesService(app_context.db)
    estate = places.create_estate("Søparken")
    room = places.create_room(places.create_house(estate.id, "Fælleshuset").id, "Salen", 40)
    kept = _session(app_context.db, estate.id, room.id, date(2026, 7, 7))
    _session(app_context.db, estate.id, room.id, date(2026, 7, 9))
    page = SettingsPage(app_context)
    qtbot.addWidget(page)

    def fill(dialog) -> int:
        qtbot.keyClicks(dialog.ui.nameEdit, "Sommerferie")
        dialog.ui.fromEdit.setDate(date(2026, 7, 1))
        dialog.ui.toEdit.setDate(date(2026, 7, 31))
        _ok(qtbot, dialog.ui.buttons)
        return dialog.result()

    seen = []

    def choose(self, dialog) -> bool:
        assert isinstance(dialog, ClosingSessionsDialog)
        seen.append([dialog.list.item(r).text() for r in range(dialog.list.count())])
        with app_context.db.reading() as session:
            keep_id = session.scalars(select(ActivitySession.id).where(
                ActivitySession.activity_id == kept.id)).one()
        dialog.set_checked(keep_id, False)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        return dialog.result() == 1

    monkeypatch.setattr(PlaceDialog, "exec", fill)
    monkeypatch.setattr(SettingsPage, "exec_dialog", choose)
    qtbot.mouseClick(page.ui.newClosingButton, Qt.MouseButton.LeftButton)
    assert len(seen[0]) == 2 and "Lektiecafé" in seen[0][0]
    sessions = CalendarService(app_context.db).sessions_between(date(2026, 7, 1), date(2026, 7, 31))
    assert [(s.day, s.status) for s in sessions] == [(date(2026, 7, 7), SessionStatus.PLANNED),
                                                     (date(2026, 7, 9), SessionStatus.CANCELLED)]
    page.ui.closingList.setCurrentRow(0)

    def edit(dialog) -> int:
        assert dialog.ui.nameEdit.text() == "Sommerferie"
        dialog.ui.nameEdit.setText("Sommerlukket")
        _ok(qtbot, dialog.ui.buttons)
        return dialog.result()

    monkeypatch.setattr(PlaceDialog, "exec", edit)
    seen.clear()
    qtbot.mouseClick(page.ui.editClosingButton, Qt.MouseButton.LeftButton)
    assert len(seen[0]) == 1  # the kept session is asked about again, the cancelled one is not
    assert page.ui.closingList.item(0).text().startswith("Sommerlukket")
    deleted = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: deleted.append(text) or False)
    page.ui.closingList.setCurrentRow(0)
    qtbot.mouseClick(page.ui.deleteClosingButton, Qt.MouseButton.LeftButton)
    assert deleted and len(places.closing_periods()) == 1  # "Nej" keeps it
