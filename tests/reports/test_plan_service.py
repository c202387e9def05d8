"""Grant periods, focus areas, the plan's name and the activities' targets."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from boligsocial_desktop.errors import NotFoundError, ValidationError
from boligsocial_desktop.services.reports import PlanService, TargetDraft
from boligsocial_desktop.storage.models import ActivityTarget, AuditEntry, FocusArea, GrantPeriod
from boligsocial_desktop.storage.types import utcnow


@pytest.fixture
def plan(db) -> PlanService:
    return PlanService(db)


def test_the_presets_are_there_from_the_start(plan):
    periods = plan.grant_periods()
    assert [p.name for p in periods] == ["Helhedsplan 2015–2018", "Helhedsplan 2019–2026"]
    assert [a.name for a in periods[1].focus_areas] == ["Uddannelse & livschancer", "Beskæftigelse",
                                                        "Kriminalitetsforebyggelse", "Sammenhængskraft & medborgerskab"]


def test_a_new_period_with_its_focus_areas(plan):
    period = plan.create_grant_period("Helhedsplan 2027–2030", date(2027, 1, 1), date(2030, 12, 31),
                                      ["Tryghed", "Uddannelse"])
    assert [a.name for a in period.focus_areas] == ["Tryghed", "Uddannelse"]
    renamed = plan.update_grant_period(period.id, "Helhedsplan 2027–2031", date(2027, 1, 1), date(2031, 12, 31))
    assert renamed.name == "Helhedsplan 2027–2031" and renamed.end == date(2031, 12, 31)


@pytest.mark.parametrize("name, start, end, message", [
    ("Ny", date(2026, 1, 1), date(2028, 12, 31), "overlapper »Helhedsplan 2019–2026«"),
    ("Ny", date(2028, 1, 1), date(2027, 1, 1), "Sidste dag (01-01-2027) skal ligge efter første dag"),
    ("", date(2027, 1, 1), date(2028, 1, 1), "Udfyld periodens navn"),
    ("Ny", None, date(2028, 1, 1), "Udfyld både første og sidste dag"),
    ("Helhedsplan 2015–2018", date(2027, 1, 1), date(2028, 1, 1), "findes allerede"),
])
def test_bad_periods_are_refused_in_danish(plan, name, start, end, message):
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        plan.create_grant_period(name, start, end)


def test_focus_areas_are_added_renamed_moved_and_removed(db, plan):
    period = plan.grant_periods()[1]
    area = plan.add_focus_area(period.id, "Beboernetværk, inddragelse og demokrati")
    assert area.sort_order == 4
    plan.rename_focus_area(area.id, "Beboernetværk")
    plan.move_focus_area(area.id, -1)
    names = [a.name for a in plan.grant_periods()[1].focus_areas]
    assert names[3:] == ["Beboernetværk", "Sammenhængskraft & medborgerskab"]
    with pytest.raises(ValidationError, match="har allerede indsatsområdet »Beskæftigelse«"):
        plan.add_focus_area(period.id, "beskæftigelse")
    plan.remove_focus_area(area.id)
    assert "Beboernetværk" not in [a.name for a in plan.grant_periods()[1].focus_areas]
    with pytest.raises(NotFoundError):
        plan.rename_focus_area(area.id, "Igen")
    with db.reading() as session:
        assert session.get(FocusArea, area.id).deleted_at is not None  # a tombstone, for the other PCs


def test_a_focus_area_in_use_cannot_be_removed(plan, office):
    with pytest.raises(ValidationError, match="bruges af 2 aktiviteter, så det kan ikke fjernes"):
        plan.remove_focus_area(office.employment)


def test_restoring_presets_brings_back_what_was_deleted_with_the_same_ids(db, plan):
    period = plan.grant_periods()[0]
    with db.transaction() as session:
        row = session.get(GrantPeriod, period.id)
        row.deleted_at = utcnow()
        area = session.scalars(select(FocusArea).where(FocusArea.name == "Beskæftigelse")).one()
        area.deleted_at = utcnow()
    assert [p.name for p in plan.grant_periods()] == ["Helhedsplan 2019–2026"]
    added = plan.restore_presets()
    assert "Bevillingsperioden »Helhedsplan 2015–2018«" in added
    assert "Indsatsområdet »Beskæftigelse« i »Helhedsplan 2019–2026«" in added
    periods = plan.grant_periods()
    assert next(p.id for p in periods) == period.id
    assert len(periods[1].focus_areas) == 4
    assert plan.restore_presets() == []


def test_the_plans_name(plan):
    assert plan.plan_name() == "Boligsocial helhedsplan"
    plan.set_plan_name("  Boligsocial helhedsplan for Køge ")
    assert plan.plan_name() == "Boligsocial helhedsplan for Køge"
    with pytest.raises(ValidationError, match="Udfyld helhedsplanens navn"):
        plan.set_plan_name(" ")


def test_targets_are_replaced_all_or_nothing(db, plan, office):
    saved = plan.save_targets(office.knitting, office.period_2019, [
        TargetDraft("forskellige_deltagere", 2026, 15), TargetDraft("gange_afholdt", None, 120)])
    assert [(t.metric, t.year, t.target_value) for t in saved] == [
        ("forskellige_deltagere", 2026, 15), ("gange_afholdt", None, 120)]
    saved = plan.save_targets(office.knitting, office.period_2019, [TargetDraft("forskellige_deltagere", 2026, 18)])
    assert [(t.metric, t.target_value) for t in saved] == [("forskellige_deltagere", 18)]
    with pytest.raises(ValidationError, match="Linje 2: året 2030 ligger uden for »Helhedsplan 2019–2026«"):
        plan.save_targets(office.knitting, office.period_2019, [
            TargetDraft("forskellige_deltagere", 2026, 99), TargetDraft("gange_afholdt", 2030, 5)])
    with pytest.raises(ValidationError, match="står der to gange"):
        plan.save_targets(office.knitting, office.period_2019, [
            TargetDraft("gange_afholdt", 2026, 5), TargetDraft("gange_afholdt", 2026, 6)])
    with pytest.raises(ValidationError, match="målet skal være mindst 1"):
        plan.save_targets(office.knitting, office.period_2019, [TargetDraft("gange_afholdt", 2026, 0)])
    with pytest.raises(ValidationError, match="vælg hvad måltallet tæller"):
        plan.save_targets(office.knitting, office.period_2019, [TargetDraft("kaffe", 2026, 3)])
    assert [(t.metric, t.target_value) for t in plan.targets(office.knitting)] == [("forskellige_deltagere", 18)]
    with db.reading() as session:
        assert session.scalar(select(ActivityTarget).where(ActivityTarget.activity_id == office.knitting,
                                                           ActivityTarget.deleted_at.is_not(None)))
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "ret måltal"))


def test_a_period_cannot_shrink_past_its_targets(plan, office):
    with pytest.raises(ValidationError, match="måltal gælder år uden for de nye datoer"):
        plan.update_grant_period(office.period_2019, "Helhedsplan 2019–2025", date(2019, 1, 1), date(2025, 12, 31))


def test_activities_to_choose_from_with_their_target_counts(plan, office):
    choices = plan.activity_choices(office.period_2019)
    by_title = {c.title: c for c in choices}
    assert by_title["Lektiecafé"].targets == 2 and by_title["Strikkeklub"].targets == 0
    assert "Slettet klub" not in by_title
    assert [c.title for c in plan.activity_choices(office.period_2019, "strik")] == ["Strikkeklub"]
    assert by_title["Jobcafé"].label == "Jobcafé (Ellemarken, Forår 2026)"
