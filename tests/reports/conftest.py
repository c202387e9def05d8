"""Fixtures for the report tests: the known office and the service with a fixed 'today'."""

from __future__ import annotations

import pytest
from reports_helpers import TODAY, build_office

from boligsocial_desktop.services.reports import ReportService


@pytest.fixture
def office(db):
    return build_office(db)


@pytest.fixture
def reports(db) -> ReportService:
    return ReportService(db, today=TODAY)
