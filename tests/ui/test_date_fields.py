"""The one date field and time field: typed as people type, Tab to the next field, no stray changes."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from boligsocial_desktop.domain.dates import DateTextError, parse_typed_date, parse_typed_time
from boligsocial_desktop.ui.date_fields import DateField, TimeField

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize("typed, expected", [
    ("3/12", date(2026, 12, 3)), ("3-12-26", date(2026, 12, 3)), ("03122026", date(2026, 12, 3)),
    ("031226", date(2026, 12, 3)), ("0312", date(2026, 12, 3)), ("i dag", TODAY), ("I morgen", date(2026, 12, 7)),
    ("3. december 2026", date(2026, 12, 3)), ("2026-12-03", date(2026, 12, 3)), ("3.12.2026", date(2026, 12, 3)),
])
def test_typed_dates(typed, expected):
    assert parse_typed_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed, expected", [("15", time(15)), ("1530", time(15, 30)), ("930", time(9, 30)),
                                             ("15.30", time(15, 30)), ("15:30", time(15, 30)), ("kl. 9", time(9))])
def test_typed_times(typed, expected):
    assert parse_typed_time(typed) == expected


def test_bad_dates_say_why():
    with pytest.raises(DateTextError, match="findes ikke"):
        parse_typed_date("31/2", TODAY)
    with pytest.raises(DateTextError, match="3/12"):
        parse_typed_date("på tirsdag", TODAY)


@pytest.fixture
def form(qtbot):
    form = QWidget()
    layout = QVBoxLayout(form)
    form.day, form.start, form.after = DateField(form), TimeField(form), QLineEdit(form)
    for widget in (form.day, form.start, form.after):
        layout.addWidget(widget)
    form.day.setDate(QDate(2027, 1, 5))
    form.start.setTime(QTime(15, 0))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    return form


def _click_into(qtbot, field) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(12, field.height() // 2))
    qtbot.waitUntil(lambda: field.selectedText() == field.text())  # all selected, as Ctrl+A


def test_click_type_and_tab(qtbot, form, ui_today):
    changed = []
    form.day.dateChanged.connect(changed.append)
    _click_into(qtbot, form.day)
    qtbot.keyClicks(form.day, "3/12")
    qtbot.keyClick(form.day, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.start, "Tab goes to the next field"
    assert form.day.date() == QDate(ui_today.year, 12, 3) and form.day.text() == f"03-12-{ui_today.year}"
    assert changed == [form.day.date()]
    _click_into(qtbot, form.start)
    qtbot.keyClicks(form.start, "1730")
    qtbot.keyClick(form.start, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.after
    assert form.start.time() == QTime(17, 30) and form.start.text() == "17:30"


def test_ctrl_a_and_words(qtbot, form, ui_today):
    form.day.setFocus()
    qtbot.keyClick(form.day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.day, "03122026")
    qtbot.keyClick(form.day, Qt.Key.Key_Return)
    assert form.day.date() == QDate(2026, 12, 3)
    qtbot.keyClick(form.day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.day, "i morgen")
    qtbot.keyClick(form.day, Qt.Key.Key_Return)
    assert form.day.date().toPython() == ui_today + timedelta(days=1)
    qtbot.keyClick(form.day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.day, "i dag")
    qtbot.keyClick(form.day, Qt.Key.Key_Return)
    assert form.day.date().toPython() == ui_today


def test_a_new_date_field_shows_today_and_an_emptied_one_steps_to_today(qtbot, ui_today):
    field = DateField()
    qtbot.addWidget(field)
    assert field.date().toPython() == ui_today and field.text() == "09-12-2026"
    field.setMinimumDate(QDate(2000, 1, 1))
    field.setSpecialValueText("–")
    field.setDate(field.minimumDate())
    field.step(1)
    assert field.date().toPython() == ui_today


def test_unreadable_text_stays_red_and_keeps_the_last_date(qtbot, form):
    _click_into(qtbot, form.day)
    qtbot.keyClicks(form.day, "31/2")
    qtbot.keyClick(form.day, Qt.Key.Key_Tab)
    assert form.day.text() == "31/2" and form.day.date() == QDate(2027, 1, 5)
    assert "findes ikke" in form.day.toolTip() and form.day.error


def test_wheel_and_arrows_change_only_the_focused_field(qtbot, form):
    form.after.setFocus()
    wheel = QWheelEvent(QPointF(5, 5), QPointF(form.day.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(form.day, wheel)
    QApplication.sendEvent(form.start, wheel)
    assert form.day.date() == QDate(2027, 1, 5) and form.start.time() == QTime(15, 0)
    form.day.setFocus()
    qtbot.keyClick(form.day, Qt.Key.Key_Up)
    assert form.day.date() == QDate(2027, 1, 6)
    form.start.setFocus()
    qtbot.keyClick(form.start, Qt.Key.Key_Down)
    assert form.start.time() == QTime(14, 45)


def test_optional_date_is_emptied_by_clearing(qtbot, form):
    from boligsocial_desktop.ui.ambassadors.fields import make_optional, optional_date

    make_optional(form.day)
    assert form.day.text() == "–" and optional_date(form.day) is None
    _click_into(qtbot, form.day)
    qtbot.keyClicks(form.day, "1/3/27")
    qtbot.keyClick(form.day, Qt.Key.Key_Tab)
    assert optional_date(form.day) == date(2027, 3, 1)
    _click_into(qtbot, form.day)
    qtbot.keyClick(form.day, Qt.Key.Key_Delete)
    qtbot.keyClick(form.day, Qt.Key.Key_Tab)
    assert optional_date(form.day) is None and form.day.text() == "–"


def test_wheel_over_an_unfocused_spin_box_or_list_box_changes_nothing(qtbot, qapp):
    from PySide6.QtWidgets import QComboBox, QSpinBox

    from boligsocial_desktop.ui.form_fields import fit_fields

    form = QWidget()
    layout = QVBoxLayout(form)
    spin, combo, other = QSpinBox(form), QComboBox(form), QLineEdit(form)
    combo.addItems(["Taastrupgaard", "Søparken", "Ellemarken"])
    spin.setValue(5)
    for widget in (spin, combo, other):
        layout.addWidget(widget)
    fit_fields(form)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    other.setFocus()
    for widget in (spin, combo):
        wheel = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(widget, wheel)
    assert spin.value() == 5 and combo.currentIndex() == 0
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 6, "the focused field still takes the arrow keys"
