from __future__ import annotations

from PySide6.QtCore import Qt

from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.ui.settings_page import SettingsPage, StaffTableModel


def test_settings_page_shows_pc_facts_and_staff_sorted_danish(qtbot, app_context, qtmodeltester):
    service = StaffService(app_context.db)
    for name in ("Åse Holm", "Zainab Ali", "Ørn Berg", "Anders Lund"):
        service.create(name, "medhjælper")
    page = SettingsPage(app_context)
    qtbot.addWidget(page)
    model = page.staff_model
    qtmodeltester.check(model)
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == ["Anders Lund", "Mette Hansen", "Zainab Ali", "Ørn Berg", "Åse Holm"]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Windows-bruger"
    assert page.ui.originValue.text() == app_context.db.origin
    assert int(page.ui.pendingValue.text().replace(".", "")) >= 5


def test_empty_staff_model_passes_model_tester(qtmodeltester):
    qtmodeltester.check(StaffTableModel())
