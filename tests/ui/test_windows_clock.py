"""The windows' clock: real by default, fixed inside `fixed_at` and by the `ui_today` fixture."""

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QDate

from boligsocial_desktop.ui import clock


def test_the_clock_is_the_real_one_by_default():
    assert abs(clock.now() - datetime.now().astimezone()) < timedelta(seconds=5)
    assert clock.now().tzinfo is not None


def test_a_fixed_moment_holds_until_the_block_ends():
    moment = datetime(2025, 2, 28, 23, 30, tzinfo=timezone(timedelta(hours=1)))
    with clock.fixed_at(moment):
        assert clock.now() == moment
        assert clock.today() == date(2025, 2, 28)
        assert clock.qdate_today() == QDate(2025, 2, 28)
    assert clock.today() != date(2025, 2, 28) or date.today() == date(2025, 2, 28)


def test_the_fixture_fixes_a_wednesday(ui_today):
    assert ui_today == clock.today() == date(2026, 12, 9)
    assert ui_today.weekday() == 2
