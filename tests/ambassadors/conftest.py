"""Fixtures for the ambassador feature: two estates and services with a fixed 'today'."""

from __future__ import annotations

import pytest
from ambassador_helpers import TODAY

from boligsocial_desktop.services.ambassadors import AmbassadorService
from boligsocial_desktop.services.places import PlacesService


@pytest.fixture
def estates(db):
    places = PlacesService(db)
    return places.create_estate("Søparken"), places.create_estate("Ellemarken")


@pytest.fixture
def ambassadors(db):
    return AmbassadorService(db, today=TODAY)
