"""The advice page's tabs refresh themselves after a save that changes what they show; the office is remembered."""

from __future__ import annotations

from datetime import timedelta

from test_visits_page import show

from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.services.visits import RetentionPolicy, VisitInput, VisitService, set_policy
from boligsocial_desktop.settings import Settings
from boligsocial_desktop.ui import clock
from boligsocial_desktop.ui.visits import VisitsPage


def an_admin_at_the_desk(app_context):
    places = PlacesService(app_context.db)
    places.create_estate("Søparken")
    places.create_estate("Ellemarken")
    admin = StaffService(app_context.db).create("Bo Administrator", "administrator", initials="BA", pin="1357")
    app_context.staff = StaffService(app_context.db).sign_in(admin.id, "1357")
    return app_context


def log_one(context, minutes_ago: int) -> None:
    service = VisitService(context.db)
    reference = service.reference_data()
    service.log_visit(context.staff, VisitInput(
        visited_at=clock.now() - timedelta(minutes=minutes_ago), office_estate_id=reference.estates[0].id,
        staff_id=context.staff.id, topic_ids=(reference.topics[0].id,)), now=clock.now())


def test_the_log_reloads_on_screen_and_when_shown_again(qtbot, app_context, ui_today):
    context = an_admin_at_the_desk(app_context)
    page = show(qtbot, VisitsPage(context))
    tabs, log_tab = page.ui.tabs, page.log_tab
    assert not log_tab.loaded, "nothing is fetched for a tab never shown"
    tabs.setCurrentWidget(log_tab)
    assert log_tab.model.rowCount() == 0
    assert log_tab.ui.filterEstateCombo.findText("Søparken") > 0

    log_one(context, 5)  # saved on this PC (or merged from the share) while the log is on screen
    assert log_tab.model.rowCount() == 1

    tabs.setCurrentWidget(page.entry_tab)
    log_one(context, 3)
    assert log_tab.model.rowCount() == 1, "a hidden tab waits"
    tabs.setCurrentWidget(log_tab)
    assert log_tab.model.rowCount() == 2
    assert page.follow_up_tab.model.rowCount() == 0 and page.entry_tab.recent_model.rowCount() == 2


def test_deadlines_and_audit_log_follow_saves_while_shown(qtbot, app_context):
    context = an_admin_at_the_desk(app_context)
    page = show(qtbot, VisitsPage(context))
    page.ui.tabs.setCurrentWidget(page.retention_tab)
    set_policy(context.db, context.staff, RetentionPolicy(7, 8, 9))  # e.g. from another PC
    assert page.retention_tab.ui.notesMonthsSpin.value() == 7

    page.ui.tabs.setCurrentWidget(page.audit_tab)
    before = page.audit_tab.model.rowCount()
    set_policy(context.db, context.staff, RetentionPolicy(10, 8, 9))
    assert page.audit_tab.model.rowCount() == before + 1


def test_the_office_chosen_is_remembered_on_this_pc(qtbot, app_context):
    context = an_admin_at_the_desk(app_context)
    page = show(qtbot, VisitsPage(context))
    combo = page.entry_tab.ui.officeCombo
    combo.setCurrentIndex(combo.findText("Søparken"))
    assert Settings().visits_office_id == combo.currentData()
    page.close()

    again = show(qtbot, VisitsPage(context))
    assert again.entry_tab.ui.officeCombo.currentText() == "Søparken"


def test_an_estate_added_in_the_settings_is_at_once_in_the_visit_forms_and_the_logs_choices(qtbot, app_context):
    context = an_admin_at_the_desk(app_context)
    page = show(qtbot, VisitsPage(context))
    page.ui.tabs.setCurrentWidget(page.log_tab)
    PlacesService(context.db).create_estate("Nørreparken")  # Indstillinger → Afdelinger, or from another PC
    entry, log = page.entry_tab.ui, page.log_tab.ui
    for combo in (entry.officeCombo, entry.estateCombo, log.filterEstateCombo):
        assert combo.findText("Nørreparken") >= 0, combo.objectName()
