"""The visit form's time is "now" until the adviser types another time."""

from __future__ import annotations

import os

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select
from test_visits_page import desk, show  # noqa: F401

from boligsocial_desktop.storage.models import AdviceVisit
from boligsocial_desktop.ui import clock
from boligsocial_desktop.ui.visits import VisitsPage


def test_time_follows_the_clock_until_typed(qtbot, desk, ui_today):  # noqa: F811
    page = show(qtbot, VisitsPage(desk))
    ui = page.entry_tab.ui
    assert ui.visitTimeEdit.text() == "10:00"
    with clock.fixed_at(clock.now().replace(hour=23, minute=58)):
        page.entry_tab._clock.timeout.emit()  # the clock ticks while the form stands open
        assert ui.visitTimeEdit.text() == "23:58"

        qtbot.mouseClick(ui.visitTimeEdit, Qt.MouseButton.LeftButton, pos=QPoint(8, ui.visitTimeEdit.height() // 2))
        qtbot.waitUntil(lambda: ui.visitTimeEdit.selectedText() == "23:58")
        qtbot.keyClicks(ui.visitTimeEdit, "930")
        qtbot.keyClick(ui.visitTimeEdit, Qt.Key.Key_Tab)
        assert ui.visitTimeEdit.text() == "09:30"
        page.entry_tab._clock.timeout.emit()
        assert ui.visitTimeEdit.text() == "09:30", "a typed time is kept"
        if os.environ.get("BOLIGSOCIAL_SHOTS"):
            page.grab().save(os.path.join(os.environ["BOLIGSOCIAL_SHOTS"], "visit_form.png"))

        ui.estateCombo.setFocus()
        qtbot.keyClicks(ui.estateCombo, "S")
        qtbot.keyClick(ui.estateCombo, Qt.Key.Key_Tab)
        qtbot.keyClick(ui.topicList, Qt.Key.Key_Space)
        qtbot.keyClick(ui.topicList, Qt.Key.Key_Return)
        with desk.db.reading() as session:
            visited = session.scalars(select(AdviceVisit.visited_at)).one()
        local = visited.astimezone() if visited.tzinfo else visited
        assert (local.date(), local.hour, local.minute) == (ui_today, 9, 30), ui.messageLabel.text()
        assert ui.visitTimeEdit.text() == "23:58", "the next visit is 'now' again"
