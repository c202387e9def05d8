"""The Danish main window: navigation by mouse and keyboard, the user in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt

from boligsocial_desktop.ui.main_window import MainWindow

DANISH_TITLES = ["Kalender", "Beboerambassadører", "Åben Rådgivning", "Plakater", "Rapporter", "Indstillinger"]


def make_window(qtbot, app_context, **kwargs) -> MainWindow:
    window = MainWindow(app_context, **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_navigation_is_danish_and_every_page_opens_by_click(qtbot, app_context):
    window = make_window(qtbot, app_context)
    navigation = window.ui.navigation
    assert [navigation.item(i).text() for i in range(navigation.count())] == DANISH_TITLES
    assert window.menuBar().actions()[0].text() == "&Filer"
    for row, key in enumerate(["calendar", "ambassadors", "visits", "flyers", "reports", "settings"]):
        item = navigation.item(row)
        qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=navigation.visualItemRect(item).center())
        assert window.current_page_key() == key
        assert window.ui.pages.currentWidget() is window.pages[key]


def test_keyboard_navigation(qtbot, app_context):
    window = make_window(qtbot, app_context)
    window.ui.navigation.setFocus()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_Down)
    assert window.current_page_key() == "ambassadors"
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_End)
    assert window.current_page_key() == "settings"
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "visits"


def test_status_bar_names_the_user(qtbot, app_context):
    window = make_window(qtbot, app_context)
    assert window.user_label.text() == "Bruger: Mette Hansen (Koordinator)"


def test_demo_banner_only_when_offered(qtbot, app_context):
    assert make_window(qtbot, app_context, offer_demo=True).ui.emptyBanner.isVisible()
    window = make_window(qtbot, app_context, offer_demo=False)
    assert not window.ui.emptyBanner.isVisible()


def test_geometry_is_saved_on_close(qtbot, app_context):
    from PySide6.QtCore import QSettings

    window = make_window(qtbot, app_context)
    window.close()
    assert bytes(QSettings().value("mainwindow/geometry")) == bytes(window.saveGeometry())


def test_set_pin_from_the_user_menu(qtbot, app_context, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from boligsocial_desktop.services.staff import StaffService

    window = make_window(qtbot, app_context)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("12", True))
    window.ui.actionSetPin.trigger()
    assert shown == ["En pinkode skal være 4 til 8 cifre."]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2468", True))
    window.ui.actionSetPin.trigger()
    assert app_context.staff.has_pin
    assert StaffService(app_context.db).sign_in(app_context.staff.id, "2468").id == app_context.staff.id


def test_the_sharing_status_is_read_after_the_first_paint(qtbot, app_context):
    """The start paints the window first; reading the sharing status (it counts every change not yet shared)
    waits for that paint instead of competing with the start."""
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    controller = window.sync_status.controller
    assert controller.status is None
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert controller.status is not None
    assert controller.timer.isActive()
