"""Move-ins, the welcome-visit queue and suggestions; retention; import."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from ambassador_helpers import TODAY, person
from sqlalchemy import func, select

from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.ambassadors import (
    DutyInput,
    DutyService,
    MoveInInput,
    WelcomeVisitService,
    load_settings,
    save_settings,
)
from boligsocial_desktop.services.ambassadors.importer import import_ambassadors
from boligsocial_desktop.services.ambassadors.retention import anonymise_due, run_if_due
from boligsocial_desktop.services.importing import ImportRefused
from boligsocial_desktop.storage.models import Ambassador, AmbassadorLanguage, MoveIn, WelcomeVisit


@pytest.fixture
def visits(db):
    return WelcomeVisitService(db, today=TODAY)


def test_move_in_creates_visit_due_after_setting(db, estates, visits):
    soeparken, _ = estates
    row = visits.register_move_in(MoveInInput(soeparken.id, "Søparken 12, st. th.", date(2026, 3, 1), ("so", "ar")))
    assert row.due_date == date(2026, 3, 15) and row.state.value == "åben"
    assert row.language_names == "somali, arabisk"
    save_settings(db, 90, 7)
    assert load_settings(db).welcome_visit_due_days == 7
    row = visits.register_move_in(MoveInInput(soeparken.id, "Søparken 14, 2. tv.", date(2026, 3, 1)))
    assert row.due_date == date(2026, 3, 8)


def test_move_in_bad_input(db, estates, visits):
    soeparken, _ = estates
    with pytest.raises(ValidationError, match="Sproget »zz« kendes ikke"):
        visits.register_move_in(MoveInInput(soeparken.id, "Søparken 1", TODAY, ("so", "zz")))
    with pytest.raises(ValidationError, match="Udfyld adressen"):
        visits.register_move_in(MoveInInput(soeparken.id, " ", TODAY))
    visits.register_move_in(MoveInInput(soeparken.id, "Søparken 1", TODAY))
    with pytest.raises(ValidationError, match="allerede registreret"):
        visits.register_move_in(MoveInInput(soeparken.id, "søparken 1", TODAY))
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(MoveIn)) == 1
        assert session.scalar(select(func.count()).select_from(WelcomeVisit)) == 1


def test_queue_marks_overdue_first(estates, visits):
    soeparken, _ = estates
    visits.register_move_in(MoveInInput(soeparken.id, "Søparken 2", date(2026, 3, 1)))
    late = visits.register_move_in(MoveInInput(soeparken.id, "Søparken 3", date(2026, 2, 1)))
    queue = visits.queue()
    assert [r.address for r in queue] == ["Søparken 3", "Søparken 2"]
    assert queue[0].overdue and queue[0].days_overdue == (TODAY - late.due_date).days
    assert not queue[1].overdue


def test_suggestions_match_language_and_estate_ranked_by_load(db, estates, ambassadors, visits):
    soeparken, ellemarken = estates
    busy = ambassadors.create(person("Hodan Ali", soeparken.id, ("so", "modersmål")))
    free = ambassadors.create(person("Faadumo Warsame", soeparken.id, ("so", "flydende")))
    ambassadors.create(person("Ayaan Farah", ellemarken.id, ("so", "modersmål")))  # other estate
    ambassadors.create(person("Leyla Demir", soeparken.id, "tr"))  # other language
    ambassadors.create(person("Abdi Nur", soeparken.id, "so", status="pause"))  # not active
    duties = DutyService(db, today=TODAY)
    for offset in (3, 10):
        duty = duties.create_duty(DutyInput("affaldsguide", soeparken.id, TODAY - timedelta(days=offset), time(10),
                                            time(11)))
        duties.assign(duty.id, busy.id)
    visit = visits.register_move_in(MoveInInput(soeparken.id, "Søparken 20", TODAY, ("so",)))
    found = visits.suggestions(visit.visit_id)
    assert [s.name for s in found.rows] == ["Faadumo Warsame", "Hodan Ali"]
    assert [s.load for s in found.rows] == [0, 2]
    assert found.rows[0].language_names == "somali"

    nobody = visits.register_move_in(MoveInInput(soeparken.id, "Søparken 22", TODAY, ("ti",)))
    empty = visits.suggestions(nobody.visit_id)
    assert empty.rows == () and empty.no_match
    everyone = visits.suggestions(nobody.visit_id, show_everyone=True)
    names = [s.name for s in everyone.rows]
    assert "Abdi Nur" not in names and len(names) == 4
    assert names[:3] == ["Faadumo Warsame", "Leyla Demir", "Hodan Ali"]  # own estate first, then by load

    assigned = visits.assign(visit.visit_id, free.id)
    assert assigned.state.value == "planlagt" and assigned.ambassador_name == "Faadumo Warsame"
    assert visits.suggestions(nobody.visit_id, show_everyone=True).rows[0].name == "Leyla Demir"
    closed = visits.close(visit.visit_id, "udført")
    assert closed.done_date == TODAY
    assert visit.visit_id not in [r.visit_id for r in visits.queue()]


def test_retention_anonymises_after_deadline_and_keeps_hours(db, estates, ambassadors):
    soeparken, _ = estates
    save_settings(db, 30, 14)
    gone = ambassadors.create(person("Karim Saleh", soeparken.id, "ar", phone="22334455", scope="gemme",
                                     status="stoppet", stop_date=date(2026, 1, 1), notes="Kan lide at lave mad"))
    recent = ambassadors.create(person("Omar Yusuf", soeparken.id, "ar", phone="22334466", scope="gemme",
                                       status="stoppet", stop_date=date(2026, 3, 1)))
    duties = DutyService(db, today=date(2025, 12, 20))
    with db.transaction() as session:  # a shift done before stopping
        row = session.get(Ambassador, gone.id)
        row.status = "aktiv"
    duty = duties.create_duty(DutyInput("affaldsguide", soeparken.id, date(2025, 12, 15), time(10), time(12)))
    duties.set_state(duties.assign(duty.id, gone.id).assignment.id, "udført")
    with db.transaction() as session:
        session.get(Ambassador, gone.id).status = "stoppet"

    result = run_if_due(db, TODAY)
    assert result.ran and result.anonymised == 1
    detail = ambassadors.get(gone.id)
    assert detail.anonymised and detail.phone is None and detail.notes is None
    assert detail.name == "Anonymiseret ambassadør" and detail.languages == ()
    assert detail.hours_logged == 2  # hours stay for reports
    assert ambassadors.get(recent.id).phone == "22 33 44 66"
    assert run_if_due(db, TODAY).ran is False  # at most daily
    assert anonymise_due(db, TODAY).anonymised == 0  # nothing twice
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AmbassadorLanguage)
                              .where(AmbassadorLanguage.deleted_at.is_(None),
                                     AmbassadorLanguage.ambassador_id == gone.id)) == 0


def test_import_csv_all_or_nothing_with_danish_problem_list(db, estates, tmp_path):
    bad = tmp_path / "ambassadører.csv"
    bad.write_text("navn;afdeling;telefon;sprog;samtykke;samtykkedato\n"
                   "Hodan Ali;Søparken;22 33 44 55;somali (modersmål), dansk;gemme og dele;10-01-2026\n"
                   "Omar Yusuf;Søparken;1234;arabisk;gemme;10-01-2026\n"
                   "Leyla Demir;Nordparken;;tyrkisk;;\n"
                   "Ayaan Farah;Ellemarken;;klingonsk;;\n"
                   "Hodan Ali;Ellemarken;22334455;so;gemme;10-01-2026\n", encoding="utf-8-sig")
    with pytest.raises(ImportRefused) as info:
        import_ambassadors(db, bad, today=TODAY)
    problems = info.value.problems
    assert any(p.startswith("Række 3, kolonne C »telefon«") for p in problems)
    assert any(p.startswith("Række 4, kolonne B »afdeling«: afdelingen »Nordparken« findes ikke") for p in problems)
    assert any(p.startswith("Række 5, kolonne D »sprog«: sproget »klingonsk« kendes ikke") for p in problems)
    assert "Række 6, kolonne A »navn«: Hodan Ali, telefon 22 33 44 55 står også i række 2." in problems
    assert "Intet er gemt" in info.value.message
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Ambassador)) == 0

    good = tmp_path / "rettet.csv"
    good.write_text("Navn;Afdeling;Telefon;Sprog;Samtykke;Samtykkedato;Uddannelsesdato\n"
                    "Hodan Ali;Søparken;22 33 44 55;somali (modersmål), dansk;gemme og dele;10-01-2026;01-09-2025\n"
                    "Omar Yusuf;søparken;;arabisk;;;\n", encoding="utf-8-sig")
    result = import_ambassadors(db, good, today=TODAY)
    assert result.imported == 2
    with pytest.raises(ImportRefused) as again:  # importing the same file twice: duplicates, nothing saved
        import_ambassadors(db, good, today=TODAY)
    assert "findes allerede" in again.value.problems[0]


def test_import_xlsx_and_unknown_column(db, estates, tmp_path):
    from datetime import datetime

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["navn", "afdeling", "sprog", "uddannelsesdato", "farve"])
    sheet.append(["Hodan Ali", "Søparken", "so:modersmål", datetime(2025, 9, 1), "blå"])
    path = tmp_path / "liste.xlsx"
    workbook.save(path)
    result = import_ambassadors(db, path, today=TODAY)  # an unknown column is ignored and named
    assert result.imported == 1 and result.ignored_columns == ("farve",)
    with db.reading() as session:
        row = session.scalars(select(Ambassador)).one()
        assert row.training_date == date(2025, 9, 1)
