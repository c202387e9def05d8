"""Keyboard and screen-reader checks over every page and dialog (tests/ui/walk.py opens them)."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from walk import every_window, make_world, visible_widgets


def mnemonic(text: str) -> str | None:
    """The Alt letter of a text with an &-mnemonic ("&&" is a literal ampersand)."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt letter -> the texts that use it, among what is visible in `window` (menus included)."""
    texts: list[str] = []
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions() if action.isVisible()]
    for widget in visible_widgets(window):
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    found: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter:
            found[letter].append(text.replace("&", ""))
    return found


def test_every_alt_shortcut_is_unique_within_its_window(qtbot, app_context):
    clashes = []
    for name, window in every_window(qtbot, app_context):
        for letter, texts in sorted(mnemonics(window).items()):
            if len(texts) > 1:
                clashes.append(f"{name}: Alt+{letter.upper()} = {' / '.join(texts)}")
    assert not clashes, "\n".join(clashes)


INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, the text, or the buddy label's text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_widgets(window: QWidget) -> list[str]:
    found = []
    for widget in visible_widgets(window):
        if not isinstance(widget, INTERACTIVE) or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo box or spin box: the outer widget carries the name
        if isinstance(widget, QAbstractButton) and isinstance(widget.parent(), (QTabBar, QAbstractSpinBox)):
            continue  # scroll arrows of a tab bar
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QAbstractButton):
            continue
        if not accessible_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName() or '(uden navn)'}")
    return found


def test_every_interactive_widget_has_a_name_a_screen_reader_can_say(qtbot, app_context):
    missing = []
    for name, window in every_window(qtbot, app_context):
        missing += [f"{name}: {widget}" for widget in unnamed_widgets(window)]
    assert not missing, "\n".join(dict.fromkeys(missing))


# --- Keys on the pages ------------------------------------------------------------------------------


def _main_window(qtbot, app_context):
    from boligsocial_desktop.ui.main_window import MainWindow

    world = make_world(app_context)
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    return window, world


@pytest.fixture
def opened_dialogs(monkeypatch):
    """Dialogs the keys open, by class name; each closes again at once as if cancelled."""
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(type(dialog).__name__) or 0)
    return opened


def _press_on_page(qtbot, window, key: str, keys, modifier=Qt.KeyboardModifier.NoModifier, focus=None) -> QWidget:
    window.show_page(key)
    page = window.pages[key]
    target = focus or next(w for w in page.findChildren(QWidget)
                           if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), keys, modifier)
    return page


def test_ctrl_n_makes_a_new_item_on_every_page(qtbot, app_context, opened_dialogs):
    window, _world = _main_window(qtbot, app_context)
    ctrl = Qt.KeyboardModifier.ControlModifier

    _press_on_page(qtbot, window, "calendar", Qt.Key.Key_N, ctrl)
    qtbot.waitUntil(lambda: opened_dialogs == ["ActivityDialog"])  # the button's own shortcut clicks it shortly after

    page = _press_on_page(qtbot, window, "ambassadors", Qt.Key.Key_N, ctrl)
    page.ui.tabs.setCurrentWidget(page.ui.shiftsTab)
    page.ui.dutyTable.setFocus()
    qtbot.keyClick(page.ui.dutyTable, Qt.Key.Key_N, ctrl)
    assert opened_dialogs[1:] == ["AmbassadorDialog", "DutyDialog"]

    page = _press_on_page(qtbot, window, "visits", Qt.Key.Key_Escape)
    page.ui.tabs.setCurrentWidget(page.follow_up_tab)
    page.follow_up_tab.ui.followUpTable.setFocus()
    qtbot.keyClick(page.follow_up_tab.ui.followUpTable, Qt.Key.Key_N, ctrl)
    assert page.ui.tabs.currentWidget() is page.entry_tab and page.entry_tab.ui.estateCombo.hasFocus()

    _press_on_page(qtbot, window, "reports", Qt.Key.Key_N, ctrl)
    assert opened_dialogs[3:] == ["PlanDialog"]

    page = _press_on_page(qtbot, window, "settings", Qt.Key.Key_Escape)
    page.ui.tabs.setCurrentWidget(page.ui.staffTab)
    page.ui.staffTable.setFocus()
    qtbot.keyClick(page.ui.staffTable, Qt.Key.Key_N, ctrl)
    assert opened_dialogs[4:] == ["StaffDialog"]


def test_enter_opens_the_selected_row(qtbot, app_context, opened_dialogs):
    from boligsocial_desktop.services.ambassadors import AmbassadorService
    from boligsocial_desktop.services.ambassadors.roster import AmbassadorInput

    window, world = _main_window(qtbot, app_context)
    AmbassadorService(app_context.db).create(AmbassadorInput(name="Amira Hassan", estate_id=world.estate.id))

    page = window.page("ambassadors")
    page.roster.load()
    window.show_page("ambassadors")
    table = page.ui.rosterTable
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened_dialogs == ["AmbassadorDialog"]

    settings = window.page("settings")
    window.show_page("settings")
    settings.ui.tabs.setCurrentWidget(settings.ui.staffTab)
    staff = settings.ui.staffTable
    qtbot.waitUntil(lambda: staff.model().rowCount() > 0)
    staff.setFocus()
    staff.setCurrentIndex(staff.model().index(0, 0))
    qtbot.keyClick(staff, Qt.Key.Key_Return)
    assert opened_dialogs == ["AmbassadorDialog", "StaffDialog"]


def test_the_sharing_button_comes_last_when_tabbing(qtbot, app_context):
    window, _world = _main_window(qtbot, app_context)
    for key in ("calendar", "ambassadors"):  # pages built after the status bar must not come after it
        window.show_page(key)
    window.ui.navigation.setFocus()
    seen = []
    for _ in range(300):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is window.ui.navigation:
            break
    assert seen[-1] is window.ui.navigation, "Tab never came back to the navigation"
    assert seen[-2] is window.sync_status
    assert window.sync_status not in seen[:-2]


# --- The calendar for a screen reader ---------------------------------------------------------------


def test_the_calendar_grids_read_their_sessions_to_a_screen_reader(qtbot, app_context):
    from walk import TODAY

    from boligsocial_desktop.ui.calendar.page import CalendarPage

    make_world(app_context)  # a weekly Lektiecafé in Salen, Mondays 15–17 from 1 March 2027
    page = CalendarPage(app_context)
    qtbot.addWidget(page)
    page.show()
    page.set_anchor(TODAY)
    expected = "mandag 1. marts 2027, kl. 15–17, Salen: Lektiecafé"
    for mode, count in (("month", 5), ("week", 1), ("day", 1)):
        page.set_mode(mode)
        grid = page.current_grid()
        interface = QAccessible.queryAccessibleInterface(grid)
        assert interface.text(QAccessible.Text.Name).startswith(("Måneds", "Uge", "Dag"))
        lines = interface.text(QAccessible.Text.Description).splitlines()
        assert len(lines) == count and lines[0] == expected, (mode, lines)
    page.set_anchor(TODAY + timedelta(days=1))  # the day view moves on to a day without the café
    assert QAccessible.queryAccessibleInterface(page.current_grid()).text(QAccessible.Text.Description) == \
        "Ingen gange"


def test_enter_on_a_poster_activity_goes_to_its_texts(qtbot, app_context):
    window, _world = _main_window(qtbot, app_context)
    page = window.page("flyers")
    window.show_page("flyers")
    table = page.activity_list.ui.activityTable
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    page.tabs.setCurrentWidget(page.layout_tab)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.texts and page.texts.ui.titleEdit.hasFocus()
    assert page.texts.ui.titleEdit.text() == "Lektiecafé"


def test_tab_leaves_a_read_only_table_at_once_on_every_page(qtbot, app_context):
    """A list only to read and open (roster, posters' activities, report figures) takes one Tab, not one per cell."""
    from PySide6.QtWidgets import QTableView

    window, _world = _main_window(qtbot, app_context)
    trapping = []
    for key in [spec.key for spec in window.specs]:
        window.show_page(key)
        page = window.page(key)
        for table in page.findChildren(QTableView):
            model = table.model()
            if not table.isVisible() or not table.isEnabled() or model is None or model.rowCount() == 0 \
                    or model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable:
                continue
            table.setFocus()
            if not table.hasFocus():
                continue
            qtbot.keyClick(table, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is table:
                trapping.append(f"{key}: {table.objectName()}")
    assert trapping == []
