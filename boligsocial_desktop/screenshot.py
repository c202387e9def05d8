"""Render one view of the main window to a PNG, offscreen: for the README and for QA."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .domain.enums import StaffRole
from .errors import AppError
from .services.staff import StaffInfo
from .storage.engine import Database

# Screenshots are for documentation and QA: they show the program as a neutral user with the
# least rights (no notes, no named cases, no contact data), never as a real staff member.
NEUTRAL_STAFF = StaffInfo(id="skaermbillede", name="Demo", initials="DEMO", role=StaffRole.HELPER,
                          os_username=None, has_pin=False, active=True)


def dark_palette():
    """Roughly Windows 11's dark mode, as the Fusion style shows it (for screenshots and the contrast tests)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#202020"), (roles.WindowText, "#ffffff"), (roles.Base, "#1c1c1c"),
                         (roles.AlternateBase, "#2b2b2b"), (roles.Text, "#ffffff"), (roles.Button, "#2d2d2d"),
                         (roles.ButtonText, "#ffffff"), (roles.ToolTipBase, "#2b2b2b"), (roles.ToolTipText, "#ffffff"),
                         (roles.PlaceholderText, "#a0a0a0"), (roles.Highlight, "#0063b1"),
                         (roles.HighlightedText, "#ffffff"), (roles.Link, "#99ebff"), (roles.Mid, "#3a3a3a"),
                         (roles.Midlight, "#333333"), (roles.Dark, "#141414"), (roles.Light, "#4a4a4a"),
                         (roles.Shadow, "#000000")):
        palette.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


def render_view(db: Database, view: str, output: Path, width: int, height: int,
                activity_id: str | None = None, dark: bool = False) -> None:
    """The view at this size; on the posters view, `activity_id` is chosen so its poster shows. `dark`: as
    in Windows' dark mode (the Fusion style with a dark palette)."""
    from PySide6.QtCore import qInstallMessageHandler

    from .app import create_application
    from .logsetup import install_qt_message_handler
    from .services.office import database_is_empty
    from .ui.context import AppContext
    from .ui.main_window import MainWindow
    from .ui.tasks import ImmediateTaskRunner

    # Qt's own messages go to the log file, as in the program: the offscreen platform's notes
    # ("does not support propagateSizeHints") are no news for whoever runs the command.
    previous = install_qt_message_handler()
    try:
        app = create_application()
        if dark:
            app.setStyle("Fusion")
            app.setPalette(dark_palette())
        context = AppContext(db=db, tasks=ImmediateTaskRunner(), staff=NEUTRAL_STAFF)
        window = MainWindow(context, offer_demo=database_is_empty(db))
        window.resize(width, height)
        window.show_page(view)
        window.show()
        for _ in range(3):
            app.processEvents()
        if activity_id and view == "flyers":
            flyers: Any = window.pages["flyers"]  # the posters page
            flyers.select_activity(activity_id)  # the worker is synchronous here
            for _ in range(3):
                app.processEvents()
        output.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(output)):
            raise AppError(f"Billedet kunne ikke gemmes i {output}.")
        window.close()
    finally:
        qInstallMessageHandler(previous)
