"""Holidays and closing periods shown as labelled bands in the month, week and day views and in the programme."""

from __future__ import annotations

import os
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import Qt

from boligsocial_desktop.services.calendar import CalendarService
from boligsocial_desktop.services.calendar_files import CalendarFiles
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.ui.calendar.page import CalendarPage

SHOTS = os.environ.get("BOLIGSOCIAL_SHOTS")  # a folder to keep the screenshots in, for looking at them


def _grab(widget, name: str) -> None:
    image = widget.grab()
    assert not image.isNull()
    if SHOTS:
        image.save(os.path.join(SHOTS, name))


def _bands(grid) -> dict[str, int]:
    grid.grab()  # paints, as the screen would
    labels: dict[str, int] = {}
    for _rect, label in grid.band_rects:
        labels[label] = labels.get(label, 0) + 1
    return labels


@pytest.fixture
def christmas(place, weekly, db):
    PlacesService(db).create_closing_period("juleferie", date(2027, 12, 21), date(2028, 1, 3), place.estate.id)
    CalendarService(db).save_series(weekly(start_date=date(2027, 11, 29), end_date=date(2027, 12, 20)))


def test_month_week_and_day_views_show_holidays_and_closing(qtbot, app_context, christmas):
    page = CalendarPage(app_context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.ui.estateCombo.setCurrentIndex(page.ui.estateCombo.findText("Taastrupgaard"))
    page.set_anchor(date(2027, 12, 25))

    qtbot.mouseClick(page.ui.monthButton, Qt.MouseButton.LeftButton)
    month = _bands(page.month_grid)
    assert month["Lukket: juleferie"] >= 8
    assert "1. juledag · Lukket: juleferie" in month and "Juleaften · Lukket: juleferie" in month
    _grab(page, "month_december.png")

    qtbot.mouseClick(page.ui.weekButton, Qt.MouseButton.LeftButton)
    week = _bands(page.week_grid)  # week 51: 20–26 December
    assert set(week) >= {"Lukket: juleferie", "Juleaften · Lukket: juleferie", "1. juledag · Lukket: juleferie",
                         "2. juledag · Lukket: juleferie"}
    assert not any("20" in label for label in week)  # Monday 20th is an ordinary day
    _grab(page, "week_christmas.png")

    qtbot.mouseClick(page.ui.dayButton, Qt.MouseButton.LeftButton)
    assert _bands(page.day_grid) == {"1. juledag · Lukket: juleferie": 1}
    _grab(page, "day_christmas.png")
    page.set_anchor(date(2027, 12, 20))
    assert _bands(page.day_grid) == {}


def test_month_programme_names_the_closing_period(app_context, place, christmas, tmp_path):
    pdf = CalendarFiles(app_context.db).month_programme_pdf(2027, 12, estate_id=place.estate.id)
    path = tmp_path / "program.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Huset er lukket 21. december – 3. januar (juleferie)" in " ".join(text.split())
    if SHOTS:
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(path),
                        os.path.join(SHOTS, "programme_december")], check=True)
