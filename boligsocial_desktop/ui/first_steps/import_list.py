"""Indlæs liste: the office's existing list of ambassadors or visits from a CSV or Excel file.

The same import as the `import` command (all or nothing, a Danish list of the bad rows), run on
the worker; the result or the problems are shown in a message box.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...errors import AppError
from ..context import AppContext
from ..messages import show_error

SHOWN_PROBLEMS = 15


def ask_file(parent: QWidget, title: str) -> str:
    """The file chooser (replaced in tests)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", QCoreApplication.translate(
        "FirstSteps", "Lists (*.csv *.xlsx *.txt);;All files (*)"))
    return path


def import_list(parent: QWidget, context: AppContext, kind: str) -> None:
    """kind: "ambassadors" or "visits"."""
    title = (QCoreApplication.translate("FirstSteps", "Import the list of ambassadors") if kind == "ambassadors"
             else QCoreApplication.translate("FirstSteps", "Import earlier visits"))
    path = ask_file(parent, title)
    if not path:
        return
    from ...settings import Settings

    db, staff = context.db, context.staff
    office_id = Settings().home_estate_id  # this PC's office, for rows without a Kontor column

    def work():
        if kind == "ambassadors":
            from ...services.ambassadors.importer import import_ambassadors

            return import_ambassadors(db, Path(path), actor_id=staff.id if staff else None)
        from ...services.visits.importing import import_visits

        return import_visits(db, Path(path), staff, office_id=office_id)

    def done(result) -> None:
        lines = [(QCoreApplication.translate("FirstSteps", "%1 ambassadors are imported.") if kind == "ambassadors"
                  else QCoreApplication.translate("FirstSteps", "%1 visits are imported."))
                 .replace("%1", str(result.imported))]
        if result.ignored_columns:
            lines.append(QCoreApplication.translate("FirstSteps", "Columns not used: %1")
                         .replace("%1", ", ".join(result.ignored_columns)))
        lines += list(result.warnings)
        QMessageBox.information(parent, title, "\n".join(lines))

    def failed(exc: BaseException) -> None:
        problems = getattr(exc, "problems", None)
        if isinstance(exc, AppError) and problems:
            shown = problems[:SHOWN_PROBLEMS]
            more = len(problems) - len(shown)
            text = exc.message + "\n\n" + "\n".join(shown)
            if more:
                text += "\n" + QCoreApplication.translate("FirstSteps", "… and %1 more.").replace("%1", str(more))
            QMessageBox.warning(parent, title, text)
            return
        show_error(parent, exc, title)

    context.tasks.run(work, done, failed)
