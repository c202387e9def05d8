"""Render one view of the main window to a PNG, offscreen: for the README and for QA."""

from __future__ import annotations

import getpass
from pathlib import Path


from .errors import AppError
from .services.staff import StaffService
from .storage.engine import Database


def render_view(db: Database, view: str, output: Path, width: int, height: int) -> None:
    from .app import create_application
    from .services.office import database_is_empty
    from .ui.context import AppContext
    from .ui.main_window import MainWindow
    from .ui.tasks import ImmediateTaskRunner

    app = create_application()
    service = StaffService(db)
    staff = service.find_by_os_user(getpass.getuser()) or next(iter(service.list_staff()), None)
    context = AppContext(db=db, tasks=ImmediateTaskRunner(), staff=staff)
    window = MainWindow(context, offer_demo=database_is_empty(db))
    window.resize(width, height)
    window.show_page(view)
    window.show()
    for _ in range(3):
        app.processEvents()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(output)):
        raise AppError(f"Billedet kunne ikke gemmes i {output}.")
    window.close()
