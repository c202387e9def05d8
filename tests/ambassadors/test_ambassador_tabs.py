"""Each tab of the ambassador page refreshes itself after a save that wrote what it shows, and only then."""

from __future__ import annotations

from datetime import time

import pytest
from ambassador_helpers import TODAY, person

from boligsocial_desktop.services.ambassadors import (
    AmbassadorService,
    DutyInput,
    DutyService,
    MoveInInput,
    WelcomeVisitService,
)
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.ui.ambassadors import AmbassadorsPage


@pytest.fixture
def soeparken(app_context):
    return PlacesService(app_context.db).create_estate("Søparken")


@pytest.fixture
def page(qtbot, app_context, soeparken):
    widget = AmbassadorsPage(app_context, today=TODAY)
    qtbot.addWidget(widget)
    return widget


def count_resets(*models) -> list[list[int]]:
    counts: list[list[int]] = []
    for model in models:
        heard: list[int] = []
        model.modelReset.connect(lambda heard=heard: heard.append(1))
        counts.append(heard)
    return counts


def test_a_move_in_refreshes_the_welcome_tab_and_not_the_roster(page, app_context, soeparken):
    roster, duties, queue = count_resets(page.roster.model, page.shifts.duty_model, page.welcome.queue_model)
    WelcomeVisitService(app_context.db, TODAY).register_move_in(
        MoveInInput(estate_id=soeparken.id, address="Søparken 12, st. th.", move_in_date=TODAY, languages=("so",)))
    assert page.welcome.queue_model.rowCount() == 1  # without a click
    assert queue and not roster and not duties


def test_a_shift_refreshes_the_shift_plan_and_not_the_roster(page, app_context, soeparken):
    (roster,) = count_resets(page.roster.model)
    DutyService(app_context.db, TODAY).create_duty(DutyInput("affaldsguide", soeparken.id, TODAY, time(10), time(12)))
    assert page.shifts.duty_model.rowCount() == 1
    assert not roster


def test_a_new_ambassador_shows_on_the_roster_and_can_be_put_on_shifts(page, app_context, soeparken):
    AmbassadorService(app_context.db, TODAY).create(person("Hodan Ali", soeparken.id, "so"))
    assert [r.name for r in page.roster.model.rows()] == ["Hodan Ali"]
    assert [r.name for r in page.shifts.assignable] == ["Hodan Ali"]


def test_a_new_estate_appears_in_every_tab_filter(page, app_context):
    PlacesService(app_context.db).create_estate("Ellemarken")
    for combo in (page.ui.estateFilter, page.ui.shiftEstateFilter, page.ui.queueEstateFilter):
        assert [combo.itemText(i) for i in range(combo.count())] == ["Alle afdelinger", "Ellemarken", "Søparken"]
