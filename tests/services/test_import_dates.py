"""The one date and time grammar for imported files (domain.dates)."""

from __future__ import annotations

import os
import time as time_module
from datetime import date, datetime, time

import pytest

from boligsocial_desktop.domain.dates import (
    COPENHAGEN,
    DateTextError,
    local_moment,
    parse_date,
    parse_date_time,
    parse_time,
)

MARCH_3 = date(2024, 3, 3)


@pytest.mark.parametrize("text", [
    "03-03-2024", "3-3-2024", "03-03-24", "3-3-24", "3/3/2024", "03/03/2024", "03/03/24", "03.03.24",
    "3.3.2024", "03.03.2024", "2024-03-03", "2024-3-3", "3. marts 2024", "3 marts 2024", "3. mar. 2024",
    "3. Marts 2024", "03. MARTS 24", "3 mar 24", " 03-03-2024 ", "45354", 45354, 45354.0,
    datetime(2024, 3, 3), MARCH_3,
])
def test_spellings_of_one_date(text):
    assert parse_date(text) == MARCH_3


@pytest.mark.parametrize("value, expected", [
    ("03-03-2024 10.30", (MARCH_3, time(10, 30))),
    ("03-03-2024 kl. 10:30", (MARCH_3, time(10, 30))),
    ("2024-03-03T10:30:00", (MARCH_3, time(10, 30))),
    ("3. marts 2024 kl. 9.05", (MARCH_3, time(9, 5))),
    (45354.4375, (MARCH_3, time(10, 30))),  # Excel serial with a time of day
    (datetime(2024, 3, 3, 10, 30), (MARCH_3, time(10, 30))),
    (61, (date(1900, 3, 1), None)),  # counted from 1899-12-30: right from March 1900 on (Excel's leap-year bug)
    (46022, (date(2025, 12, 31), None)),
])
def test_dates_with_times_and_excel_serials(value, expected):
    assert parse_date_time(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("10.30", time(10, 30)), ("10:30", time(10, 30)), ("kl. 10.30", time(10, 30)), ("9:05", time(9, 5)),
    ("23:59:59", time(23, 59, 59)), (0.4375, time(10, 30)), (time(8, 0), time(8, 0)), ("", None), (None, None),
])
def test_times(value, expected):
    assert parse_time(value) == expected


@pytest.mark.parametrize("text", ["31-02-2024", "3. martz 2024", "i går", "24:00", "2024/13/40", "12345678"])
def test_wrong_dates_have_a_danish_message(text):
    with pytest.raises(DateTextError) as info:
        parse_date_time(text) if text != "24:00" else parse_time(text)
    assert "»" in str(info.value) or "dato" in str(info.value)


@pytest.fixture
def tokyo_pc(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time_module.tzset()
    yield
    monkeypatch.undo()
    time_module.tzset()


def test_local_times_are_danish_whatever_the_pc_time_zone(tokyo_pc):
    assert os.environ["TZ"] == "Asia/Tokyo" and time_module.localtime().tm_gmtoff == 9 * 3600
    winter = local_moment(*parse_date_time("03-03-2024 10.30"))
    summer = local_moment(*parse_date_time("3. juli 2024 kl. 10:30"))
    assert winter.tzinfo is COPENHAGEN and winter.utcoffset().total_seconds() == 3600
    assert summer.utcoffset().total_seconds() == 7200
    assert winter.astimezone(COPENHAGEN).hour == 10 and summer.astimezone(COPENHAGEN).hour == 10
