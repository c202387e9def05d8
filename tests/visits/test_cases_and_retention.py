"""Named cases with consent, access export and erasure; retention deadlines and the purge."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from visit_helpers import stored_note

from boligsocial_desktop.cli import main
from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.visits import (
    AccessDenied,
    CaseInput,
    CaseService,
    RetentionPolicy,
    VisitService,
    daily_check,
    get_policy,
    last_daily_run,
    purge,
    set_policy,
)
from boligsocial_desktop.storage.models import AdviceCase, AdviceVisit, AuditEntry, OutboxChange


def consent(**changes) -> CaseInput:
    values = dict(name="Fatima Hassan", consent_kind="skriftligt", consent_date=date.today() - timedelta(days=500),
                  consent_scope="Gemme navn og telefon til opfølgning", phone="22 33 44 55")
    values.update(changes)
    return CaseInput(**values)


def actions(db) -> list[str]:
    with db.reading() as session:
        return [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.at))]


@pytest.mark.parametrize("changes, field", [
    ({"consent_kind": "måske"}, "consent_kind"),
    ({"consent_date": None}, "consent_date"),
    ({"consent_date": date.today() + timedelta(days=1)}, "consent_date"),
    ({"consent_scope": " "}, "consent_scope"),
    ({"name": "Fatima 010190-1234"}, "name"),
    ({"consent_scope": "CPR 0101901234"}, "consent_scope"),
    ({"email": "ikke en adresse"}, "email"),
])
def test_a_named_case_needs_recorded_consent_and_no_cpr(db, office, changes, field):
    with pytest.raises(ValidationError) as caught:
        CaseService(db).create_case(office.adviser, consent(**changes))
    assert caught.value.field == field
    with db.reading() as session:
        assert session.scalars(select(AdviceCase)).first() is None


def test_only_advisers_and_administrators_reach_named_cases(db, office):
    cases = CaseService(db)
    with pytest.raises(AccessDenied):
        cases.create_case(office.helper, consent())
    case = cases.create_case(office.adviser, consent())
    for who in (office.helper, office.coordinator):
        with pytest.raises(AccessDenied):
            cases.list_cases(who)
        with pytest.raises(AccessDenied):
            cases.case_detail(who, case.id)
    assert [c.name for c in cases.list_cases(office.admin, "fati")] == ["Fatima Hassan"]


def test_right_of_access_export_and_complete_erasure_are_audited(db, office, tmp_path):
    cases, visits = CaseService(db), VisitService(db)
    case = cases.create_case(office.adviser, consent())
    first = visits.log_visit(office.adviser, office.visit(case_id=case.id, notes="Har rykker fra inkasso",
                                                          repeat_token="FH1980"))
    visits.log_visit(office.adviser, office.visit(case_id=case.id))
    with pytest.raises(AccessDenied):
        visits.log_visit(office.helper, office.visit(staff_id=office.helper.id, case_id=case.id))
    detail = cases.case_detail(office.adviser, case.id)
    assert detail.case.visits == 2 and detail.notes == {first.id: "Har rykker fra inkasso"}
    target = tmp_path / "sag.json"
    assert cases.export_case(office.adviser, case.id, target) == 2
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["case"]["name"] == "Fatima Hassan"
    assert exported["case"]["consent"]["kind"] == "skriftligt"
    assert [v["notes"] for v in exported["visits"]].count("Har rykker fra inkasso") == 1

    assert cases.erase_case(office.adviser, case.id) == 2
    with db.reading() as session:
        row = session.get(AdviceCase, case.id)
        assert row.deleted_at is not None and row.name == "(slettet)" and row.phone is None
        visit = session.get(AdviceVisit, first.id)
        assert visit.notes is None and visit.case_id is None and visit.repeat_token_hash is None
        assert visit.deleted_at is None  # the anonymous visit stays for the statistics
        pending = " ".join(str(c.fields) for c in session.scalars(
            select(OutboxChange).where(OutboxChange.exported.is_(False))))
    assert "Fatima" not in pending and "inkasso" not in pending and "22 33 44 55" not in pending
    assert cases.list_cases(office.adviser) == []
    assert {"opret sag", "vis sag", "eksport sag", "slet sag", "vis sagsliste"} <= set(actions(db))


def test_a_visit_before_the_consent_cannot_join_the_case(db, office):
    case = CaseService(db).create_case(office.adviser, consent(consent_date=date.today()))
    with pytest.raises(ValidationError) as caught:
        VisitService(db).log_visit(office.adviser, office.visit(
            visited_at=datetime.now(UTC) - timedelta(days=3), case_id=case.id))
    assert caught.value.field == "case"


def _old_visits(db, office):
    visits, cases = VisitService(db), CaseService(db)
    now = datetime.now(UTC)
    old = visits.log_visit(office.adviser, office.visit(visited_at=now - timedelta(days=400), notes="Gammel note",
                                                        repeat_token="AB1975"))
    fresh = visits.log_visit(office.adviser, office.visit(visited_at=now - timedelta(days=30), notes="Ny note"))
    case = cases.create_case(office.adviser, consent())
    case_old = visits.log_visit(office.adviser, office.visit(visited_at=now - timedelta(days=420), case_id=case.id,
                                                             notes="Sagsnote"))
    return old, fresh, case, case_old


def test_dry_run_lists_what_is_due_and_changes_nothing(db, office):
    old, fresh, case, case_old = _old_visits(db, office)
    report = purge(db, dry_run=True)
    kinds = {(item.kind, item.row_id) for item in report.items}
    assert ("note", old.id) in kinds and ("note", case_old.id) in kinds and ("case", case.id) in kinds
    assert ("note", fresh.id) not in kinds
    assert all("Fatima" not in item.description for item in report.items)
    with db.reading() as session:
        assert stored_note(db, old.id) == "Gammel note"
        assert session.get(AdviceCase, case.id).deleted_at is None


def test_purge_deletes_what_is_due_keeps_the_rest_and_travels_by_outbox(db, office):
    old, fresh, case, _case_old = _old_visits(db, office)
    with db.reading() as session:
        seq = session.scalar(select(OutboxChange.seq).order_by(OutboxChange.seq.desc()).limit(1))
    report = purge(db)
    assert report.count("case") == 1 and report.count("note") == 2 and report.count("token") == 0
    with db.reading() as session:
        assert session.get(AdviceVisit, old.id).notes is None
        assert session.get(AdviceVisit, old.id).repeat_token_hash is not None  # tokens: 24 months by default
        assert stored_note(db, fresh.id) == "Ny note"
        assert session.get(AdviceCase, case.id).deleted_at is not None
        new_changes = list(session.scalars(select(OutboxChange).where(OutboxChange.seq > seq)))
    updated = {(c.table_name, c.row_id) for c in new_changes}
    assert ("advice_visits", old.id) in updated and ("advice_cases", case.id) in updated
    assert "slet noter (frist)" in actions(db) and "slet sag (frist)" in actions(db)
    assert purge(db, dry_run=True).items == ()


def test_deadlines_are_set_by_administrators_and_drive_the_purge(db, office):
    _old_visits(db, office)
    with pytest.raises(AccessDenied):
        set_policy(db, office.adviser, RetentionPolicy(24, 24, 0))
    with pytest.raises(ValidationError):
        set_policy(db, office.admin, RetentionPolicy(0, 12, 0))
    set_policy(db, office.admin, RetentionPolicy(notes_months=24, cases_months=24, tokens_months=6))
    assert get_policy(db) == RetentionPolicy(24, 24, 6)
    report = purge(db, dry_run=True)
    assert report.count("note") == 0 and report.count("case") == 0 and report.count("token") == 1
    with pytest.raises(AccessDenied):
        purge(db, office.adviser)


def test_daily_check_runs_at_most_once_a_day(db, office):
    _old, *_ = _old_visits(db, office)
    today = date.today()
    first = daily_check(db, today=today)
    assert first is not None and first.count("note") == 2
    assert last_daily_run(db) == today
    VisitService(db).log_visit(office.adviser, office.visit(
        visited_at=datetime.now(UTC) - timedelta(days=500), notes="Endnu en gammel"))
    assert daily_check(db, today=today) is None
    assert daily_check(db, today=today + timedelta(days=1)).count("note") == 1


def test_purge_command_lists_with_dry_run_then_deletes(db, office, db_path, capsys):
    old, *_ = _old_visits(db, office)
    assert main(["--db", str(db_path), "purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Note på besøg" in out and old.id[:8] in out and "Noter skal slettes: 2" in out
    assert "Fatima" not in out
    with db.reading() as session:
        assert stored_note(db, old.id) == "Gammel note"
    assert main(["--db", str(db_path), "purge"]) == 0
    assert "Noter slettet: 2" in capsys.readouterr().out
    with db.reading() as session:
        assert session.get(AdviceVisit, old.id).notes is None
