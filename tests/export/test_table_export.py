"""Every table × every role through the table export: role rules, masks, secrets, audit, and the file/audit order."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from boligsocial_desktop.domain.enums import StaffRole
from boligsocial_desktop.errors import AppError, ValidationError
from boligsocial_desktop.services import audited_files
from boligsocial_desktop.services.data_export import export_table
from boligsocial_desktop.services.personal_data import (
    COLUMNS,
    MASK,
    TABLE_ROLES,
    column_class,
    table_has_personal_data,
    unclassified_columns,
)
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.storage.models import (
    AdviceCase,
    AdviceVisit,
    Ambassador,
    AuditEntry,
    Base,
    MoveIn,
    OfficeSetting,
    StaffMember,
    SyncConflict,
    SyncHeldChange,
)

SECRETS = ("Fatima Hassan", "fatima@example.dk", "12 34 56 78", "Gadevej 7, 2. th", "gældsproblemer i familien",
           "hemmelig-nøgle", "ambassadør-noter", "pbkdf2$")
ROLES = [None, *StaffRole]


@pytest.fixture
def office(db):
    """One row with personal data in the tables that hold it, and their trail in the outbox and sync tables."""
    staff = StaffService(db)
    people = {
        role: staff.create(
            f"Person {role.value}", role, pin="1234" if role in (StaffRole.ADVISER, StaffRole.ADMINISTRATOR) else None
        )
        for role in StaffRole
    }
    with db.transaction() as s:
        for member in s.scalars(select(StaffMember)):
            member.email, member.phone = "fatima@example.dk", "12 34 56 78"
    estate = PlacesService(db).create_estate("Søparken")
    adviser = people[StaffRole.ADVISER]
    with db.transaction() as s:
        case = AdviceCase(
            name="Fatima Hassan",
            phone="12 34 56 78",
            email="fatima@example.dk",
            consent_kind="mundtligt",
            consent_date=date(2026, 1, 5),
            consent_scope="gældsproblemer i familien",
        )
        s.add(case)
        s.flush()
        s.add(AdviceVisit(visited_at=datetime(2026, 1, 5, 10, tzinfo=UTC), office_estate_id=estate.id,
                          staff_id=adviser.id, notes="gældsproblemer i familien", outcome="Fatima Hassan fik hjælp",
                          repeat_token_hash="a" * 64, case_id=case.id))
        s.add(Ambassador(name="Fatima Hassan", estate_id=estate.id, address="Gadevej 7, 2. th", phone="12 34 56 78",
                         email="fatima@example.dk", notes="ambassadør-noter"))
        s.add(MoveIn(estate_id=estate.id, address="Gadevej 7, 2. th", move_in_date=date(2026, 2, 1),
                     note="Fatima Hassan flytter ind"))
        s.add(OfficeSetting(key="visits.token_secret", value={"secret": "hemmelig-nøgle"}))
        s.add(SyncConflict(kind="field", table_name="advice_visits", row_id="x", field="notes", key="k1",
                           local_value={"notes": "gældsproblemer i familien", "language": "ar"},
                           remote_value={"notes": "Fatima Hassan"},
                           detail={"message": "Fatima Hassan er booket to steder", "rows": ["a", "b"],
                                   "later": [{"hlc": "1", "fields": {"name": "Fatima Hassan"}}]}))
        s.add(SyncHeldChange(origin="o", table_name="ambassadors", row_id="y", op="update",
                             fields={"phone": "12 34 56 78", "status": "aktiv"}, hlc="1", reason="missing_row"))
    return people


def test_every_text_column_is_classified():
    assert unclassified_columns() == []
    for table, columns in COLUMNS.items():
        assert table in Base.metadata.tables, table
        for name in columns:
            assert name in Base.metadata.tables[table].c, f"{table}.{name}"
    assert set(COLUMNS) == set(Base.metadata.tables)  # a new table is classified too


def test_an_unclassified_column_counts_as_secret(monkeypatch):
    monkeypatch.setitem(COLUMNS, "ambassadors", {k: v for k, v in COLUMNS["ambassadors"].items() if k != "email"})
    assert unclassified_columns() == ["ambassadors.email"]
    assert column_class("ambassadors", "email").personal and not column_class("ambassadors", "email").roles


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.value if r else "ingen")
def test_every_table_for_every_role(db, office, tmp_path, role):
    staff = office[role] if role else None
    for table in sorted(Base.metadata.tables):
        target = tmp_path / f"{table}.json"
        with db.reading() as s:
            audits_before = s.scalar(select(func.count()).select_from(AuditEntry))
        allowed = TABLE_ROLES.get(table)
        if allowed is not None and role not in allowed:
            with pytest.raises(ValidationError, match="personoplysninger"):
                export_table(db, table, "json", target, staff)
            assert not target.exists()
            continue
        export_table(db, table, "json", target, staff)
        text = target.read_text("utf-8")
        rows = json.loads(text)
        assert "hemmelig-nøgle" not in text and "pbkdf2$" not in text, table  # secrets: never, for anyone
        for name in (c.name for c in Base.metadata.tables[table].columns):
            cls = column_class(table, name)
            if cls.row_values:  # outbox and sync: personal values never in plain
                assert not any(secret in json.dumps([r[name] for r in rows], ensure_ascii=False)
                               for secret in SECRETS), (table, name)
            elif cls.personal:
                values = [r.get(name) for r in rows if r.get(name) is not None]
                if role in cls.roles:
                    assert MASK not in values or table == "office_settings", (table, name)
                else:
                    assert set(values) <= {MASK}, (table, name, role)
        with db.reading() as s:
            audits_after = s.scalar(select(func.count()).select_from(AuditEntry))
        assert audits_after == audits_before + (1 if table_has_personal_data(table) else 0), table


def test_advisers_see_notes_and_cases_in_plain(db, office, tmp_path):
    adviser = office[StaffRole.ADVISER]
    export_table(db, "advice_visits", "json", tmp_path / "v.json", adviser)
    assert json.loads((tmp_path / "v.json").read_text("utf-8"))[0]["notes"] == "gældsproblemer i familien"
    coordinator = office[StaffRole.COORDINATOR]
    export_table(db, "advice_visits", "json", tmp_path / "v.json", coordinator)
    row = json.loads((tmp_path / "v.json").read_text("utf-8"))[0]
    assert (row["notes"], row["case_id"], row["repeat_token_hash"]) == (MASK, MASK, MASK)
    export_table(db, "sync_conflicts", "json", tmp_path / "c.json", office[StaffRole.ADMINISTRATOR])
    conflict = json.loads((tmp_path / "c.json").read_text("utf-8"))[0]
    assert conflict["local_value"] == {"notes": MASK, "language": "ar"}
    assert conflict["detail"]["rows"] == ["a", "b"] and conflict["detail"]["message"] == MASK


def test_the_role_in_the_database_counts(db, office, tmp_path):
    adviser = office[StaffRole.ADVISER]
    with db.transaction() as s:
        s.get(StaffMember, adviser.id).role = StaffRole.HELPER.value  # changed on another PC
    with pytest.raises(ValidationError):
        export_table(db, "advice_cases", "json", tmp_path / "c.json", adviser)


def _audit_count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def test_a_failed_rename_leaves_neither_file_nor_audit_row(db, office, tmp_path, monkeypatch):
    def refuse(source, target):
        raise PermissionError(13, "Adgang nægtet")

    monkeypatch.setattr(audited_files, "_rename", refuse)
    before = _audit_count(db)
    out = tmp_path / "ud"
    out.mkdir()
    with pytest.raises(AppError, match="kunne ikke gemmes"):
        export_table(db, "advice_cases", "json", out / "sager.json", office[StaffRole.ADVISER])
    assert list(out.iterdir()) == [] and _audit_count(db) == before


def test_a_failed_audit_leaves_no_file(db, office, tmp_path, monkeypatch):
    from boligsocial_desktop.services import audit

    def broken(*args, **kwargs):
        raise RuntimeError("disken er fuld")

    monkeypatch.setattr(audit, "record", broken)
    before = _audit_count(db)
    out = tmp_path / "ud"
    out.mkdir()
    with pytest.raises(RuntimeError):
        export_table(db, "advice_cases", "json", out / "sager.json", office[StaffRole.ADVISER])
    assert list(out.iterdir()) == [] and _audit_count(db) == before


def test_a_failed_commit_removes_the_renamed_file(db, office, tmp_path, monkeypatch):
    real = audited_files._rename
    seen = []

    def rename_then_break_commit(source, target):
        real(source, target)
        seen.append(target)
        raise_on_commit.append(True)

    raise_on_commit: list[bool] = []
    from sqlalchemy import event

    def before_commit(session):
        if raise_on_commit:
            raise RuntimeError("commit fejlede")

    event.listen(db.sessions, "before_commit", before_commit)
    monkeypatch.setattr(audited_files, "_rename", rename_then_break_commit)
    before = _audit_count(db)
    out = tmp_path / "ud"
    out.mkdir()
    try:
        with pytest.raises(RuntimeError):
            export_table(db, "advice_cases", "json", out / "sager.json", office[StaffRole.ADVISER])
    finally:
        event.remove(db.sessions, "before_commit", before_commit)
    assert seen and list(out.iterdir()) == [] and _audit_count(db) == before
