"""The visit log's import page: an adviser imports last month's log again with one new row."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from boligsocial_desktop.services.importing import summary_text
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.storage.models import AdviceVisit
from boligsocial_desktop.ui.visits import VisitsPage


def test_rows_already_imported_are_skipped_when_the_adviser_says_so(qtbot, app_context, tmp_path):
    PlacesService(app_context.db).create_estate("Søparken")
    app_context.staff = StaffService(app_context.db).create("Sara Lindholm", "rådgiver", initials="SL", pin="482913")
    page = VisitsPage(app_context)
    qtbot.addWidget(page)
    page.show()
    rows = ["Dato\tTid\tEmne\tMedarbejder", "01-10-2026\t10.30\tGæld\tSL", "02-10-2026\t09.00\tSundhed\tSL"]
    first = tmp_path / "september.txt"  # Excel's "Unicode-tekst": UTF-16 with BOM, tab separated
    first.write_bytes(b"\xff\xfe" + "\r\n".join(rows).encode("utf-16-le"))
    page.ask_import_path = lambda: first
    qtbot.mouseClick(page.log_tab.ui.importButton, Qt.MouseButton.LeftButton)
    assert page.import_dialog.summary == "2 besøg indlæst fra september.txt."

    second = tmp_path / "oktober.txt"
    second.write_bytes(b"\xff\xfe" + "\r\n".join([*rows, "03-10-2026\t11.15\tBolig\tSL"]).encode("utf-16-le"))
    page.ask_import_path = lambda: second
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "&Spring dem over"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(page.log_tab.ui.importButton, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    qtbot.waitUntil(lambda: dialog.outcome is not None)
    assert "Række 2, kolonne A »Dato«: besøget 01-10-2026 kl. 10.30 hos SL om Gæld og budget findes allerede" in seen[0]
    assert "kun indlæse de andre 1" in seen[0]
    assert dialog.summary == summary_text(dialog.outcome)
    assert dialog.summary.splitlines() == ["1 besøg indlæst fra oktober.txt.",
                                           "Sprunget over, fordi de allerede fandtes: række 2, 3."]
    with app_context.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AdviceVisit)) == 3
