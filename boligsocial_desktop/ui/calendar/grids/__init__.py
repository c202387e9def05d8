"""Custom-painted calendar grids: month (days), week (days × rooms) and day (rooms × hours), one module each,
on the shared behaviour and painting of `base`."""

from .base import CalendarGrid, RoomGrid
from .day import DayGrid
from .month import MonthGrid
from .week import WeekGrid

__all__ = ["CalendarGrid", "DayGrid", "MonthGrid", "RoomGrid", "WeekGrid"]
