"""Fixtures for the advice-visit tests: estates, staff of every role, the seeded topic lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from visit_helpers import ADMIN_PIN, ADVISER_PIN

from boligsocial_desktop.services.places import EstateInfo, PlacesService
from boligsocial_desktop.services.staff import StaffInfo, StaffService
from boligsocial_desktop.services.visits import ReferenceData, VisitInput, VisitService


@dataclass
class Office:
    adviser: StaffInfo
    helper: StaffInfo
    admin: StaffInfo
    coordinator: StaffInfo
    soeparken: EstateInfo
    ellemarken: EstateInfo
    ref: ReferenceData

    def topic(self, name: str) -> str:
        return next(t.id for t in self.ref.topics if t.name.startswith(name))

    def referral(self, name: str) -> str:
        return next(r.id for r in self.ref.referrals if r.name.startswith(name))

    def visit(self, **changes) -> VisitInput:
        values = dict(visited_at=datetime.now(UTC) - timedelta(minutes=5), office_estate_id=self.soeparken.id,
                      staff_id=self.adviser.id, topic_ids=(self.topic("Gæld"),))
        values.update(changes)
        return VisitInput(**values)


@pytest.fixture
def office(db) -> Office:
    staff = StaffService(db)
    places = PlacesService(db)
    adviser = staff.create("Sara Lindholm", "rådgiver", initials="SL", pin=ADVISER_PIN)
    helper = staff.create("Ida Mikkelsen", "medhjælper", initials="IM")
    admin = staff.create("Bo Administrator", "administrator", initials="BA", pin=ADMIN_PIN)
    coordinator = staff.create("Mette Koordinator", "koordinator", initials="MK")
    # Both sign in with their PIN, as in the program: it opens the advisers' key for this session.
    staff.sign_in(adviser.id, ADVISER_PIN)
    staff.sign_in(admin.id, ADMIN_PIN)
    soeparken = places.create_estate("Søparken")
    ellemarken = places.create_estate("Ellemarken")
    return Office(adviser, helper, admin, coordinator, soeparken, ellemarken, VisitService(db).reference_data())

