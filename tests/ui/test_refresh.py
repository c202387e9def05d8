"""A save refreshes the pages that show what it wrote, and only those (never for a rollback)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QWidget

from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.services.visits import VisitInput, VisitService
from boligsocial_desktop.storage.models import Base, Estate
from boligsocial_desktop.ui import watched_tables
from boligsocial_desktop.ui.calendar.page import CalendarPage
from boligsocial_desktop.ui.visits import VisitsPage


def test_every_watched_table_exists():
    tables = set(Base.metadata.tables)
    for group in watched_tables.ALL_GROUPS:
        assert group <= tables, group - tables


def test_a_commit_tells_the_tables_it_wrote_and_a_rollback_tells_nothing(db):
    heard = []
    db.commits.add(heard.append)
    PlacesService(db).create_estate("Søparken")
    assert len(heard) == 1 and "estates" in heard[0] and "outbox" in heard[0]
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Estate(name="Ellemarken"))
        session.flush()
        raise RuntimeError("afbrudt")
    with db.reading() as session:
        assert [e.name for e in session.query(Estate)] == ["Søparken"]
    assert len(heard) == 1


def test_a_watch_dies_with_its_owner(qtbot, app_context):
    calls = []
    owner = QWidget()
    app_context.watch(owner, {"estates"}, lambda: calls.append(1))
    PlacesService(app_context.db).create_estate("Søparken")
    assert calls == [1]
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    PlacesService(app_context.db).create_estate("Ellemarken")
    assert calls == [1]


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


def test_saving_a_visit_refreshes_the_log_but_not_the_calendar(qtbot, app_context, monkeypatch):
    estate = PlacesService(app_context.db).create_estate("Søparken")
    app_context.staff = StaffService(app_context.db).create("Sara Lindholm", "rådgiver", initials="SL", pin="482913")
    calendar, visits = CalendarPage(app_context), VisitsPage(app_context)
    qtbot.addWidget(calendar)
    qtbot.addWidget(visits)
    reloads = []
    monkeypatch.setattr(calendar, "reload", lambda: reloads.append("kalender"))
    monkeypatch.setattr(calendar, "load_choices", lambda: reloads.append("kalender-valg"))
    service = VisitService(app_context.db)
    topic = service.reference_data().topics[0]
    service.log_visit(app_context.staff, VisitInput(visited_at=datetime.now(UTC), office_estate_id=estate.id,
                                                    staff_id=app_context.staff.id, topic_ids=[topic.id]))
    assert visits.entry_tab.recent_model.rowCount() == 1  # the log shows the new visit without a click
    assert reloads == []
