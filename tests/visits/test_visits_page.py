"""The advice page driven like a person at the desk: keyboard only, then roles, audit and purge."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from visit_helpers import stored_note

from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.services.visits import (
    AuditLogService,
    CaseInput,
    CaseService,
    FollowUpService,
    VisitInput,
    VisitService,
)
from boligsocial_desktop.storage.models import AdviceVisit, AdviceVisitTopic
from boligsocial_desktop.ui import clock
from boligsocial_desktop.ui.visits import VisitsPage
from boligsocial_desktop.ui.visits.models import ROW_ID_ROLE, CaseTableModel, FollowUpModel, VisitRowsModel


@pytest.fixture
def desk(app_context):
    """An adviser signed in at an office with two estates."""
    from boligsocial_desktop.services.places import PlacesService

    places = PlacesService(app_context.db)
    places.create_estate("Søparken")
    places.create_estate("Ellemarken")
    staff = StaffService(app_context.db)
    adviser = staff.create("Sara Lindholm", "rådgiver", initials="SL", pin="2468")
    app_context.staff = staff.sign_in(adviser.id, "2468")
    return app_context


def show(qtbot, page: VisitsPage) -> VisitsPage:
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.windowHandle().requestActivate()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def focused():
    return QApplication.focusWidget()


def tab_to(qtbot, widget, limit: int = 25) -> None:
    """Press Tab until `widget` has the focus, like a person would."""
    for _ in range(limit):
        if focused() is widget:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is widget, f"Tab never reached {widget.objectName()}"


def type_visit(qtbot, page, *, estate: str, topics: list[str], language: str = "", interpreter: bool = False,
               minutes: str = "", token: str = "", referral: str = "", outcome: str = "", follow_up: bool = False,
               notes: str = "") -> None:
    ui = page.entry_tab.ui
    assert focused() is ui.estateCombo
    qtbot.keyClicks(ui.estateCombo, estate)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is ui.topicList
    for topic in topics:
        qtbot.wait(2 * QApplication.keyboardInputInterval())  # a pause: a fresh type-ahead search for each topic
        qtbot.keyClicks(ui.topicList, topic)
        qtbot.keyClick(ui.topicList, Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is ui.languageCombo
    if language:
        qtbot.keyClicks(ui.languageCombo, language)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    if interpreter:
        qtbot.keyClick(ui.interpreterCheck, Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is ui.durationSpin
    if minutes:
        qtbot.keyClicks(ui.durationSpin, minutes)
    if token:
        tab_to(qtbot, ui.tokenEdit)
        qtbot.keyClicks(ui.tokenEdit, token)
    if referral:
        tab_to(qtbot, ui.referralList)
        qtbot.keyClicks(ui.referralList, referral)
        qtbot.keyClick(ui.referralList, Qt.Key.Key_Space)
    if outcome:
        tab_to(qtbot, ui.outcomeEdit)
        qtbot.keyClicks(ui.outcomeEdit, outcome)
    if follow_up:
        tab_to(qtbot, ui.followUpCheck)
        qtbot.keyClick(ui.followUpCheck, Qt.Key.Key_Space)
    if notes:
        tab_to(qtbot, ui.notesEdit)
        qtbot.keyClicks(ui.notesEdit, notes)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def stored_visits(db):
    with db.reading() as session:
        visits = session.scalars(select(AdviceVisit).order_by(AdviceVisit.created_at)).all()
        topics = {}
        for link in session.scalars(select(AdviceVisitTopic)):
            topics.setdefault(link.visit_id, set()).add(link.topic_id)
        return visits, topics


def test_done_when(qtbot, desk, ui_today):
    db = desk.db
    page = show(qtbot, VisitsPage(desk))
    ui, tabs, recent = page.entry_tab.ui, page.ui.tabs, page.entry_tab.recent_model
    assert focused() is ui.estateCombo

    # 1. Five walk-in visits, keyboard only; each lands in the database and the form is ready again.
    walk_ins = [
        dict(estate="S", topics=["h"], language="ar", interpreter=True, minutes="20", token="AB 1975",
             referral="g", outcome="Afdragsordning aftalt", follow_up=True, notes="Tager kontoudtog med"),
        dict(estate="E", topics=["d", "s"], minutes="15"),
        dict(estate="S", topics=["j"], language="so", referral="j", token="ab-1975"),
        dict(estate="E", topics=["b"], minutes="10", follow_up=True),
        dict(estate="S", topics=["g", "f"], outcome="Budget lavet", notes="Ny husleje fra januar"),
    ]
    for number, visit in enumerate(walk_ins, start=1):
        type_visit(qtbot, page, **visit)
        visits, _ = stored_visits(db)
        assert len(visits) == number, ui.messageLabel.text()
        assert focused() is ui.estateCombo
        assert ui.notesEdit.toPlainText() == "" and ui.tokenEdit.text() == ""
    visits, topics = stored_visits(db)
    reference = VisitService(db).reference_data()
    topic_names = {t.id: t.name for t in reference.topics}
    assert [sorted(topic_names[t] for t in topics[v.id]) for v in visits] == [
        ["Huslejerestance"], ["Digital selvbetjening (MitID, e-Boks)", "Skemaer og ansøgninger"],
        ["Job og uddannelse"], ["Breve fra myndigheder"], ["Familie og børn", "Gæld og budget"]]
    first = visits[0]
    assert first.language == "ar" and first.interpreter_used and first.duration_minutes == 20
    assert stored_note(db, first.id) == "Tager kontoudtog med" and first.notes.startswith("bsv1:")  # sealed
    assert first.outcome == "Afdragsordning aftalt"
    assert first.follow_up_due == ui_today + timedelta(days=7)
    assert first.repeat_token_hash and first.repeat_token_hash == visits[2].repeat_token_hash
    assert recent.rowCount() == 5
    assert "Gemt" in ui.messageLabel.text()

    # 2. A pasted CPR number is refused: message shown, text kept, nothing saved.
    qtbot.keyClicks(ui.estateCombo, "S")
    qtbot.keyClick(ui.estateCombo, Qt.Key.Key_Tab)
    qtbot.keyClick(ui.topicList, Qt.Key.Key_Space)
    tab_to(qtbot, ui.notesEdit)
    QApplication.clipboard().setText("Ringede fra 010190-1234 om brev")
    qtbot.keyClick(ui.notesEdit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert ui.notesEdit.toPlainText() == "Ringede fra 010190-1234 om brev"
    qtbot.keyClick(ui.notesEdit, Qt.Key.Key_Return)
    assert "CPR-nummer" in ui.messageLabel.text()
    assert ui.notesEdit.toPlainText() == "Ringede fra 010190-1234 om brev"
    assert focused() is ui.notesEdit
    assert len(stored_visits(db)[0]) == 5

    # 3. The follow-up list: the adviser's own, by due date, overdue highlighted, done in one step.
    overdue = VisitService(db).log_visit(desk.staff, VisitInput(
        visited_at=clock.now() - timedelta(days=9), office_estate_id=first.office_estate_id,
        staff_id=desk.staff.id, topic_ids=(reference.topics[0].id,), follow_up_due=ui_today - timedelta(days=2)))
    page.follow_up_tab.load()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is page.follow_up_tab
    model = page.follow_up_tab.model
    assert model.rowCount() == 3
    assert model.index(0, 0).data(ROW_ID_ROLE) == overdue.id
    assert "forfalden" in model.index(0, 1).data()
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    follow_ups = page.follow_up_tab.ui.followUpTable
    follow_ups.setFocus()
    qtbot.keyClick(follow_ups, Qt.Key.Key_Home)
    qtbot.keyClick(follow_ups, Qt.Key.Key_Space)
    assert model.rowCount() == 2
    assert overdue.id not in {f.visit.id for f in FollowUpService(db).open_follow_ups(desk.staff)}

    # 4. The adviser reads two notes (audited); a student helper sees the visits without notes.
    tabs.setCurrentWidget(page.entry_tab)
    ui.recentTable.setFocus()
    for row_id in (visits[0].id, visits[4].id):
        row = next(
            r for r in range(recent.rowCount()) if recent.index(r, 0).data(ROW_ID_ROLE) == row_id
        )
        ui.recentTable.setCurrentIndex(recent.index(row, 0))
        qtbot.keyClick(ui.recentTable, Qt.Key.Key_Return)
        assert page.visit_dialog is not None and page.visit_dialog.isVisible()
        assert stored_note(db, row_id) in page.visit_dialog.ui.details.toPlainText()
        qtbot.keyClick(page.visit_dialog, Qt.Key.Key_Escape)

    helper = StaffService(db).create("Ida Mikkelsen", "medhjælper", initials="IM")
    desk.set_staff(helper)
    assert not ui.notesEdit.isVisible()
    assert not tabs.isTabVisible(tabs.indexOf(page.cases_tab))
    assert "studentermedhjælper" in ui.roleHint.text()
    noted = [recent.row_at(r) for r in range(recent.rowCount())]
    assert noted and not any(r.has_notes for r in noted)
    ui.recentTable.setFocus()
    row = next(r for r in range(recent.rowCount()) if recent.row_at(r).id == visits[0].id)
    ui.recentTable.setCurrentIndex(recent.index(row, 0))
    qtbot.keyClick(ui.recentTable, Qt.Key.Key_Return)
    text = page.visit_dialog.ui.details.toPlainText()
    assert "Huslejerestance" in text and "kontoudtog" not in text
    qtbot.keyClick(page.visit_dialog, Qt.Key.Key_Escape)

    # 5. The administrator's audit log shows each read of a note.
    admin = StaffService(db).create("Bo Administrator", "administrator", initials="BA", pin="1357")
    desk.set_staff(admin)
    assert tabs.isTabVisible(tabs.indexOf(page.audit_tab))
    tabs.setCurrentWidget(page.audit_tab)
    audit = page.audit_tab.model
    reads = [audit.row_at(r) for r in range(audit.rowCount()) if audit.row_at(r).action == "læs note"]
    assert len(reads) == 2 and {r.staff_name for r in reads} == {"Sara Lindholm"}
    assert {r.row_id for r in reads} == {visits[0].id, visits[4].id}

    # 6. A dry-run purge lists what is due and deletes nothing.
    old = VisitService(db).log_visit(admin, VisitInput(
        visited_at=datetime.now(UTC) - timedelta(days=400), office_estate_id=first.office_estate_id,
        staff_id=admin.id, topic_ids=(reference.topics[0].id,), notes="Gammel note"))
    tabs.setCurrentWidget(page.retention_tab)
    preview = page.retention_tab.ui.previewPurgeButton
    preview.setFocus()
    qtbot.keyClick(preview, Qt.Key.Key_Space)
    listing = page.retention_tab.ui.purgeList.toPlainText()
    assert old.id[:8] in listing and "Noter skal slettes: 1" in listing
    assert stored_note(db, old.id) == "Gammel note"


def test_bad_input_messages_keep_the_form(qtbot, desk):
    page = show(qtbot, VisitsPage(desk))
    ui = page.entry_tab.ui
    qtbot.keyClick(ui.estateCombo, Qt.Key.Key_Return)  # no topic ticked
    assert "emne" in ui.messageLabel.text()
    assert focused() is ui.topicList
    qtbot.keyClick(ui.topicList, Qt.Key.Key_Space)
    tab_to(qtbot, ui.durationSpin)
    qtbot.keyClicks(ui.durationSpin, "600")
    qtbot.keyClick(ui.durationSpin, Qt.Key.Key_Return)
    assert "8 timer" in ui.messageLabel.text() and focused() is ui.durationSpin
    assert ui.topicList.item(0).checkState() == Qt.CheckState.Checked
    with desk.db.reading() as session:
        assert session.scalars(select(AdviceVisit)).first() is None


def test_named_case_flow_and_log_tab(qtbot, desk, tmp_path):
    page = show(qtbot, VisitsPage(desk))
    ui = page.entry_tab.ui
    page.confirm = lambda title, text: True
    page.ui.tabs.setCurrentWidget(page.cases_tab)
    page.cases_tab.ui.newCaseButton.click()
    dialog = page.cases_tab.dialog
    qtbot.keyClicks(dialog.ui.consentScopeEdit, "Gemme navn til opfølgning")
    qtbot.keyClicks(dialog.ui.nameEdit, "Fatima 010190-1234")
    dialog.accept_input()
    assert "CPR-nummer" in dialog.ui.errorLabel.text() and dialog.isVisible()
    dialog.ui.nameEdit.setText("Fatima Hassan")
    dialog.accept_input()
    assert not dialog.isVisible()
    assert page.cases_tab.model.rowCount() == 1
    page.cases_tab.ui.caseTable.setCurrentIndex(page.cases_tab.model.index(0, 0))
    page.cases_tab.ui.visitForCaseButton.click()
    assert page.ui.tabs.currentWidget() is page.entry_tab and "Fatima Hassan" in ui.caseLabel.text()
    qtbot.keyClick(ui.estateCombo, Qt.Key.Key_Tab)
    qtbot.keyClick(ui.topicList, Qt.Key.Key_Space)
    qtbot.keyClick(ui.topicList, Qt.Key.Key_Return)
    with desk.db.reading() as session:
        assert session.scalars(select(AdviceVisit)).one().case_id is not None
    page.ui.tabs.setCurrentWidget(page.cases_tab)
    page.cases_tab.ui.caseTable.setCurrentIndex(page.cases_tab.model.index(0, 0))
    target = tmp_path / "sag.json"
    page.cases_tab.ask_save_path = lambda *args: str(target)
    page.cases_tab.ui.exportCaseButton.click()
    assert "Fatima Hassan" in target.read_text(encoding="utf-8")
    page.cases_tab.ui.eraseCaseButton.click()
    assert page.cases_tab.model.rowCount() == 0
    page.ui.tabs.setCurrentWidget(page.log_tab)
    assert page.log_tab.model.rowCount() == 1
    statistics = page.log_tab.ui.statsBrowser.toPlainText()
    assert "Besøg" in statistics and "<5" in statistics


def test_models_pass_the_model_tester(qtmodeltester, desk):
    db = desk.db
    service = VisitService(db)
    reference = service.reference_data()
    estate = reference.estates[0].id
    for days in range(3):
        service.log_visit(desk.staff, VisitInput(
            visited_at=datetime.now(UTC) - timedelta(days=days), office_estate_id=estate, staff_id=desk.staff.id,
            topic_ids=(reference.topics[days].id,), follow_up_due=date.today() - timedelta(days=days - 1),
            notes="n" if days else None, repeat_token="AB1975"))
    rows = service.recent(desk.staff)
    model = VisitRowsModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    follow_ups = FollowUpModel()
    follow_ups.set_rows(FollowUpService(db).open_follow_ups(desk.staff))
    qtmodeltester.check(follow_ups)
    cases = CaseTableModel()
    cases.set_rows([CaseService(db).create_case(desk.staff, CaseInput("A B", "mundtligt", date.today(), "x"))])
    qtmodeltester.check(cases)
    admin = StaffService(db).create("Bo", "administrator", pin="1357")
    from boligsocial_desktop.ui.visits.models import AuditTableModel

    audit = AuditTableModel(
        lambda before: audit.add_page(AuditLogService(db).entries(admin, before=before, limit=2)), 2
    )
    audit.restart()
    qtmodeltester.check(audit)
    assert audit.rowCount() >= 2


def test_lazy_log_model_fetches_pages_only_when_asked(qtbot, qtmodeltester, desk):
    from boligsocial_desktop.services.visits import VisitFilter, VisitLogService
    from boligsocial_desktop.ui.visits.models import LazyVisitModel

    db = desk.db
    service = VisitService(db)
    reference = service.reference_data()
    for minutes in range(7):
        service.log_visit(desk.staff, VisitInput(
            visited_at=datetime.now(UTC) - timedelta(minutes=10 + minutes), office_estate_id=reference.estates[0].id,
            staff_id=desk.staff.id, topic_ids=(reference.topics[0].id,)))
    log_service = VisitLogService(db)
    requests = []

    def request(after, generation):
        requests.append(after)
        model.add_page(generation, log_service.page(desk.staff, VisitFilter(), after, limit=3))

    model = LazyVisitModel(request, VisitRowsModel.ALL_COLUMNS)
    model.restart()
    assert model.rowCount() == 3 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 7 and len(requests) >= 3
    assert len({model.row_at(r).id for r in range(7)}) == 7
