"""Desktop manners: the calendar grid follows a dark palette, keyboard order and accessible names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTableView

from boligsocial_desktop.ui.calendar.grids import WeekGrid
from boligsocial_desktop.ui.maintenance.backup_panel import BackupPanel


def test_grid_colours_follow_a_dark_palette(qtbot, qapp):
    grid = WeekGrid()
    qtbot.addWidget(grid)
    assert grid.colour("#212121") == QColor("#212121")  # light palette: the designed colours
    dark = QPalette(grid.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    grid.setPalette(dark)
    assert grid.colour("#212121") == QColor("#eeeeee")  # text in the palette's own colour
    assert grid.colour("#fff8e1").lightness() < 100  # today's highlight stays dark
    grid.grab()  # paints without error in the dark palette


def test_backup_panel_keyboard_order_and_names(qtbot, app_context):
    panel = BackupPanel(app_context, quit_after_restore=lambda: None)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.windowHandle().requestActivate()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.backup_now()  # so there is a backup to restore: the restore button is enabled
    panel.ui.autoCheck.setFocus()
    order = [panel.ui.autoCheck]
    for _ in range(6):
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
        order.append(panel.focusWidget())
    assert order == [panel.ui.autoCheck, panel.ui.chooseFolderButton, panel.ui.openFolderButton,
                     panel.ui.backupTable, panel.ui.backupNowButton, panel.ui.restoreButton,
                     panel.ui.restoreFileButton]
    for widget in (w for w in panel.findChildren(QAbstractButton) if not w.objectName().startswith("qt_")):
        assert widget.toolTip(), f"{widget.objectName()} har intet værktøjstip"
        assert "&" in widget.text(), f"{widget.objectName()} kan ikke nås med Alt+bogstav"
    for widget in panel.findChildren(QTableView) + panel.findChildren(QLineEdit):
        assert widget.accessibleName()
