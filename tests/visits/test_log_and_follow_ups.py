"""Follow-ups by due date, the paged log with filters, and statistics with small counts suppressed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from boligsocial_desktop.services.visits import (
    AccessDenied,
    AuditLogService,
    FollowUpService,
    VisitFilter,
    VisitLogService,
    VisitService,
    suppressed,
)
from boligsocial_desktop.storage.models import AuditEntry


def test_open_follow_ups_are_the_advisers_own_by_due_date_and_done_in_one_step(db, office):
    visits, follow_ups = VisitService(db), FollowUpService(db)
    today = date.today()
    later = visits.log_visit(office.adviser, office.visit(follow_up_due=today + timedelta(days=5)))
    overdue = visits.log_visit(office.adviser, office.visit(visited_at=datetime.now(UTC) - timedelta(days=10),
                                                            follow_up_due=today - timedelta(days=2)))
    due_today = visits.log_visit(office.adviser, office.visit(follow_up_due=today))
    visits.log_visit(office.helper, office.visit(staff_id=office.helper.id, follow_up_due=today))
    visits.log_visit(office.adviser, office.visit())  # no follow-up
    rows = follow_ups.open_follow_ups(office.adviser)
    assert [r.visit.id for r in rows] == [overdue.id, due_today.id, later.id]
    assert [r.overdue for r in rows] == [True, False, False]
    assert rows[1].due_today
    with pytest.raises(AccessDenied):
        follow_ups.mark_done(office.helper, overdue.id)
    follow_ups.mark_done(office.adviser, overdue.id)
    assert [r.visit.id for r in follow_ups.open_follow_ups(office.adviser)] == [due_today.id, later.id]
    assert len(follow_ups.open_follow_ups(office.helper)) == 1


def _log(db, office, n=13):
    visits = VisitService(db)
    now = datetime.now(UTC)
    for i in range(n):
        visits.log_visit(office.adviser, office.visit(
            visited_at=now - timedelta(days=i * 3, hours=1),
            topic_ids=(office.topic("Gæld"),) if i % 3 else (office.topic("Gæld"), office.topic("Sundhed")),
            estate_id=office.ellemarken.id if i % 2 else office.soeparken.id,
            referral_ids=(office.referral("Jobcenter"),) if i == 4 else (),
            repeat_token=f"token{i % 4}", notes="husleje" if i == 7 else None))


def test_log_pages_follow_each_other_without_gaps_or_repeats(db, office):
    _log(db, office)
    service = VisitLogService(db)
    seen, after = [], None
    while True:
        page = service.page(office.helper, VisitFilter(), after, limit=5)
        seen.extend(page.rows)
        if page.next_key is None:
            break
        after = page.next_key
    assert len(seen) == 13 == len({r.id for r in seen})
    assert [r.visited_at for r in seen] == sorted((r.visited_at for r in seen), reverse=True)


def test_log_filters_by_topic_estate_referral_staff_and_period(db, office):
    _log(db, office)
    service = VisitLogService(db)
    def ids(**f):
        return len(service.page(office.adviser, VisitFilter(**f)).rows)
    assert ids(topic_id=office.topic("Sundhed")) == 5
    assert ids(estate_id=office.ellemarken.id) == 6
    assert ids(referral_id=office.referral("Jobcenter")) == 1
    assert ids(staff_id=office.helper.id) == 0
    today = date.today()
    assert ids(date_from=today - timedelta(days=10), date_to=today) == 4


def test_note_search_is_for_advisers_and_is_audited(db, office):
    _log(db, office)
    service = VisitLogService(db)
    with pytest.raises(AccessDenied):
        service.page(office.helper, VisitFilter(note_text="husleje"))
    page = service.page(office.adviser, VisitFilter(note_text="HUSLEJE"))
    assert len(page.rows) == 1 and page.rows[0].has_notes
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "søg i noter")).one()
    assert entry.staff_id == office.adviser.id and "husleje" not in (entry.detail or "")


def test_statistics_count_topics_months_and_different_visitors(db, office):
    _log(db, office)
    stats = VisitLogService(db).statistics(office.helper, VisitFilter())
    assert stats.visits == 13
    assert stats.different_visitors == 4
    assert dict(stats.by_topic) == {"Gæld og budget": 13, "Sundhed": 5}
    assert dict(stats.by_referral) == {"Jobcenter": 1}
    assert sum(count for _, count in stats.by_month) == 13
    months = [m for m, _ in stats.by_month]
    assert months == sorted(months) and all(m.day == 1 for m in months)
    filtered = VisitLogService(db).statistics(office.helper, VisitFilter(topic_id=office.topic("Sundhed")))
    assert filtered.visits == 5 and dict(filtered.by_topic)["Gæld og budget"] == 5


@pytest.mark.parametrize("count, shown", [(0, None), (1, "<5"), (4, "<5"), (5, None), (1234, None)])
def test_small_counts_are_suppressed(count, shown):
    assert suppressed(count) == shown


def test_audit_log_is_for_administrators_and_its_export_is_audited(db, office, tmp_path):
    row = VisitService(db).log_visit(office.adviser, office.visit(notes="x"))
    VisitService(db).detail(office.adviser, row.id)
    audit_log = AuditLogService(db)
    with pytest.raises(AccessDenied):
        audit_log.entries(office.adviser)
    entries = audit_log.entries(office.admin)
    assert entries[0].action == "læs note" and entries[0].staff_name == "Sara Lindholm"
    older = audit_log.entries(office.admin, before=(entries[0].at, entries[0].id), limit=2)
    assert len(older) == 2 and entries[0].id not in {e.id for e in older}
    target = tmp_path / "revision.csv"
    assert audit_log.export_csv(office.admin, target) == len(entries)
    text = target.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf") and b"Tidspunkt;Medarbejder;Handling" in text
    assert audit_log.entries(office.admin)[0].action == "eksport revisionslog"


@pytest.mark.sqlite_only
def test_danish_calc_reads_the_audit_log_times_as_danish_date_times(db, office, tmp_path, danish_calc):
    from boligsocial_desktop.domain.dates import COPENHAGEN

    row = VisitService(db).log_visit(office.adviser, office.visit(notes="x"))
    VisitService(db).detail(office.adviser, row.id)
    AuditLogService(db).export_csv(office.admin, tmp_path / "revision.csv")
    header, first, *_ = danish_calc(tmp_path / "revision.csv")
    newest = AuditLogService(db).entries(office.admin)[1]  # [0] is the export itself
    assert header[0] == "Tidspunkt" and first[2] == newest.action
    assert first[0] == newest.at.astimezone(COPENHAGEN).replace(tzinfo=None, microsecond=0)


@pytest.mark.parametrize("few", [5000, 1], ids=["few matches", "many matches"])
def test_searching_sealed_notes_pages_newest_first_and_counts(db, office, few, monkeypatch):
    from boligsocial_desktop.services.visits import log as log_module

    monkeypatch.setattr(log_module, "FEW_MATCHES", few)
    service, log = VisitService(db), VisitLogService(db)
    now = datetime.now(UTC)
    made = [service.log_visit(office.adviser, office.visit(visited_at=now - timedelta(hours=hours), notes=note))
            for hours, note in ((5, "Gæld til SKAT"), (4, "Husleje"), (3, "gæld igen"), (2, "GÆLD og budget"),
                                (1, "Ingen"))]
    wanted = [made[3].id, made[2].id, made[0].id]  # newest first
    first = log.page(office.adviser, VisitFilter(note_text="gæld"), limit=2)
    assert [r.id for r in first.rows] == wanted[:2] and first.next_key is not None
    second = log.page(office.adviser, VisitFilter(note_text="gæld"), after=first.next_key, limit=2)
    assert [r.id for r in second.rows] == wanted[2:] and second.next_key is None
    assert log.statistics(office.adviser, VisitFilter(note_text="gæld")).visits == 3
    # A note changed after it was searched is searched as it is now (the session's cache notices).
    visit = service.detail(office.adviser, made[4].id)
    assert visit.notes == "Ingen"
    from boligsocial_desktop.services import advisers_key
    from boligsocial_desktop.storage.models import AdviceVisit

    with db.transaction() as session:
        row = session.get(AdviceVisit, made[4].id)
        row.notes = advisers_key.seal_text(session, "Ny gæld", "advice_visits", "notes", row.id)
    assert log.statistics(office.adviser, VisitFilter(note_text="gæld")).visits == 4
