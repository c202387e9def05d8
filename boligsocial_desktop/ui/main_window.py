"""The main window: navigation on the left, one page at a time, the current user in the status bar.

A page is built the first time it is shown, so a start builds only the first one. What can wait
for the window to be on the screen (the sharing status, which counts the changes not yet
shared; app.py adds the daily backup's scheduler) starts when the window has been painted once
(`first_painted`): until then the worker would compete with the start for the processor.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QKeySequence, QPaintEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from .. import __version__
from ..errors import AppError
from ..services.staff import StaffInfo, StaffService
from ..settings import Settings
from .context import AppContext
from .dialogs import SignInDialog, role_label
from .forms.main_window_ui import Ui_MainWindow
from .keyboard import put_last_in_tab_order
from .messages import show_error
from .pages import PageSpec, page_specs
from .sync import install_sync_status

# Started at the latest this long after the window is shown, even if it is never painted (a minimised start).
BACKGROUND_START_LATEST_MS = 2000


class MainWindow(QMainWindow):
    first_painted = Signal()  # once, just after the window's first paint

    def __init__(self, context: AppContext, *, offer_demo: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.specs: list[PageSpec] = page_specs()
        self.pages: dict[str, QWidget] = {}  # the pages built so far; each is built when first shown
        for number, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(QIcon.fromTheme(spec.icon), spec.title)
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", spec.title).replace("%2", str(number)))
            self.ui.navigation.addItem(item)
            self.ui.pages.addWidget(QWidget())
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda key=spec.key: self.show_page(key))
        self.user_label = QLabel()
        self.busy_label = QLabel()
        self.ui.statusbar.addPermanentWidget(self.busy_label)
        self.ui.statusbar.addPermanentWidget(self.user_label)
        self.sync_status = install_sync_status(self)  # sharing with the other PCs: status, rounds in the background
        self.first_painted.connect(self.sync_status.controller.start)
        self._first_paint_told = False
        put_last_in_tab_order(self, self.sync_status)  # the status bar comes after the pages, not before them
        self.ui.navigation.currentRowChanged.connect(self._show_row)
        self.ui.navigation.setCurrentRow(0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([200, 1000])  # the navigation narrow, the page gets the rest (resizable)
        context.signals.staff_changed.connect(self._show_staff)
        context.tasks.busy_changed.connect(self._show_busy)
        self._show_staff(context.staff)

        self.ui.emptyBanner.setVisible(offer_demo)
        self.ui.loadDemoButton.clicked.connect(self.load_demo_data)
        self.ui.dismissBannerButton.clicked.connect(lambda: self.ui.emptyBanner.setVisible(False))
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionSwitchUser.triggered.connect(self.switch_user)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionSetPin.triggered.connect(self.set_pin)
        from .maintenance.help import add_help_actions

        add_help_actions(self, self.ui.menuHelp)

    def page(self, key: str) -> QWidget:
        """The page for `key`, built now if it has not been shown before."""
        if key not in self.pages:
            index = [spec.key for spec in self.specs].index(key)
            page = self.specs[index].build(self.context)
            from .first_steps.notes import install_note

            install_note(key, page, self.context)  # what to do next while the page has nothing to show
            stand_in = self.ui.pages.widget(index)  # the empty widget that held the page's place
            self.ui.pages.insertWidget(index, page)
            if stand_in is not None:
                self.ui.pages.removeWidget(stand_in)
                stand_in.deleteLater()
            self.pages[key] = page
            put_last_in_tab_order(self, self.sync_status)  # a new page's widgets joined the Tab order after it
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        self.page(self.specs[row].key)
        self.ui.pages.setCurrentIndex(row)

    def show_page(self, key: str) -> None:
        self.ui.navigation.setCurrentRow([spec.key for spec in self.specs].index(key))

    def current_page_key(self) -> str:
        return self.specs[self.ui.navigation.currentRow()].key

    def _show_staff(self, staff: StaffInfo | None) -> None:
        if staff is None:
            self.user_label.setText(self.tr("No user"))
        else:
            self.user_label.setText(
                self.tr("User: %1 (%2)").replace("%1", staff.name).replace("%2", role_label(staff.role))
            )

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def switch_user(self) -> None:
        dialog = SignInDialog(StaffService(self.context.db), getpass.getuser(), self)
        if dialog.exec() and dialog.staff:
            self.context.set_staff(dialog.staff)

    def set_pin(self) -> None:
        """Choose, change or remove the current user's PIN (asked when someone switches to them)."""
        staff = self.context.staff
        if staff is None:
            return
        pin, accepted = QInputDialog.getText(
            self, self.tr("Set PIN"),
            self.tr("New PIN for %1 (4 to 8 digits; leave empty to remove the PIN):").replace("%1", staff.name),
            QLineEdit.EchoMode.Password)
        if not accepted:
            return
        service = StaffService(self.context.db)

        def done(_result) -> None:
            self.context.set_staff(service.get(staff.id))
            self.ui.statusbar.showMessage(self.tr("The PIN is saved.") if pin else self.tr("The PIN is removed."), 5000)

        self.context.tasks.run(lambda: service.set_pin(staff.id, pin or None), done,
                               lambda exc: show_error(self, exc, self.tr("Set PIN")))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Boligsocial Desktop"),
            self.tr(
                "<h3>Boligsocial Desktop %1</h3><p>For the area office of a social housing master plan: "
                "activities, resident ambassadors, open advice, posters and reports.</p>"
            ).replace("%1", __version__),
        )

    def load_demo_data(self) -> None:
        from ..services.office import fill_with_demo_data

        progress = QProgressDialog(self.tr("Loading demo data…"), "", 0, 100, self)
        progress.setWindowTitle(self.tr("Demo data"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        db = self.context.db

        def finished(_summary) -> None:
            progress.close()
            self.ui.emptyBanner.setVisible(False)
            self.ui.statusbar.showMessage(self.tr("Demo data loaded."), 5000)

        def failed(exc: BaseException) -> None:
            progress.close()
            message = exc.message if isinstance(exc, AppError) else str(exc)
            QMessageBox.warning(
                self, self.tr("Demo data"), self.tr("The demo data could not be loaded: %1").replace("%1", message)
            )

        def report(percent: int, text: str) -> None:
            progress.setValue(percent)
            progress.setLabelText(text)

        self.context.tasks.run(lambda report_progress: fill_with_demo_data(db, "small", progress=report_progress),
                               finished, failed, progress=report)

    def restore_geometry(self, settings: Settings | None = None) -> None:
        geometry = (settings or Settings()).window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """A size saved on a bigger monitor (or at another scaling) is shrunk and moved onto this screen."""
        screen = QGuiApplication.primaryScreen().availableGeometry()  # not self.screen(): see ui/screen_fit.py
        if self.isMaximized() or self.isFullScreen():
            return
        width, height = min(self.width(), screen.width()), min(self.height(), screen.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), screen.left()), screen.right() + 1 - frame.width())
        y = min(max(frame.y(), screen.top()), screen.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            self.move(max(x, screen.left()), max(y, screen.top()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(BACKGROUND_START_LATEST_MS, self, self._tell_first_paint)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_paint_told:
            QTimer.singleShot(0, self, self._tell_first_paint)  # after this paint has reached the screen

    def _tell_first_paint(self) -> None:
        if not self._first_paint_told:
            self._first_paint_told = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        Settings().window_geometry = bytes(self.saveGeometry().data())
        super().closeEvent(event)
