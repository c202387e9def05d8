"""Tried as a coordinator would, with the keyboard: a family course with 12 seats fills, two wait, one
cancels and the first waiting moves up, three sessions are ticked off, the month's tick list prints,
and the quarter's report shows different participants by age band with small counts suppressed."""

from __future__ import annotations

from datetime import date

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from boligsocial_desktop.services.attendance import AttendanceService
from boligsocial_desktop.services.reports import ReportChoices, ReportService
from boligsocial_desktop.services.reports.periods import quarter_period
from boligsocial_desktop.storage.models import AuditEntry
from boligsocial_desktop.ui.calendar.signups_dialog import SignupsDialog

TODAY = date(2026, 3, 31)
PARENTS = ["Amira K", "Hodan M", "Leyla T", "Fatima H", "Sara B", "Zainab R"]  # 25–64, women
CHILDREN = ["Ali", "Omar", "Yusuf", "Bilal", "Adam", "Nuh"]  # 6–12, boys, through a household
WAITING = ["Noor", "Jonas"]


def pdf_text(path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def type_participant(qtbot, dialog, name: str, band: str, gender: str, household: str = "") -> None:
    ui = dialog.ui
    ui.nameEdit.setFocus()
    qtbot.keyClicks(ui.nameEdit, name)
    ui.householdEdit.setText(household)
    ui.ageCombo.setCurrentIndex(ui.ageCombo.findData(band))
    ui.genderCombo.setCurrentIndex(ui.genderCombo.findData(gender))
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Return)


def test_family_course_from_sign_up_to_quarter_report(qtbot, app_context, db, course, tmp_path, monkeypatch):
    dialog = SignupsDialog(app_context, course.activity_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    assert dialog.windowTitle() == "Tilmeldinger – Familiekursus"
    assert ui.tabs.tabText(0) == "&Tilmeldinger" and ui.signUpButton.text() == "Tilmel&d"

    for parent, child in zip(PARENTS, CHILDREN, strict=False):
        type_participant(qtbot, dialog, parent, "25–64", "kvinde")
        type_participant(qtbot, dialog, child, "6–12", "mand", household=f"Familien {parent[-1]}., lejl. 1")
    assert ui.signedUpTable.rowCount() == 12 and "12 af 12 pladser optaget" in ui.headingLabel.text()
    for name in WAITING:
        type_participant(qtbot, dialog, name, "13–17", "andet")
    assert "nummer 2 på ventelisten" in ui.messageLabel.text()
    assert [ui.waitingTable.item(r, 0).text() for r in range(2)] == ["1. Noor", "2. Jonas"]

    ui.signedUpTable.selectRow(2)  # Hodan M. cancels
    qtbot.mouseClick(ui.cancelSignupButton, Qt.MouseButton.LeftButton)
    assert "Rykket op fra ventelisten: Noor." in ui.messageLabel.text()
    names = [ui.signedUpTable.item(r, 0).text() for r in range(ui.signedUpTable.rowCount())]
    assert "Noor (rykket op)" in names and not any(n.startswith("Hodan") for n in names)
    assert [ui.waitingTable.item(r, 0).text() for r in range(ui.waitingTable.rowCount())] == ["1. Jonas"]
    dialog.grab().save(str(tmp_path / "tilmeldinger.png"))

    ui.tabs.setCurrentWidget(ui.ticksTab)
    sessions = []
    for index in range(3):  # the first three Wednesdays
        ui.sessionCombo.setCurrentIndex(index)
        sessions.append(ui.sessionCombo.currentData())
        ui.tickList.setFocus()
        names = ("amira", "ali", "noor", "yus") + (("omar", "bilal", "adam", "nuh") if index == 0 else ())
        for name in names:
            qtbot.keyClicks(ui.tickList, name)
            qtbot.keyClick(ui.tickList, Qt.Key.Key_Space)
            qtbot.keyClick(ui.tickList, Qt.Key.Key_Escape)
        assert ui.filterEdit.text() == ""
        assert ui.tickTotalLabel.text() == f"Kom: {len(names)} i alt"
    ui.extraBandCombo.setCurrentIndex(ui.extraBandCombo.findData("0–5"))
    ui.extraSpin.setValue(2)
    qtbot.mouseClick(ui.extraButton, Qt.MouseButton.LeftButton)
    assert ui.tickTotalLabel.text() == "Kom: 6 i alt"
    dialog.grab().save(str(tmp_path / "afkrydsning.png"))
    first = AttendanceService(db).get(sessions[0])
    assert first.total == 8 and first.new_participants == 8
    third = AttendanceService(db).get(sessions[2])
    assert third.counts == {("25–64", "kvinde"): 1, ("6–12", "mand"): 2, ("13–17", "andet"): 1,
                            ("0–5", "kvinde"): 2}
    assert (third.new_participants, third.returning_participants) == (0, 4)

    target = tmp_path / "afkrydsning januar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(ui.printMonthButton, Qt.MouseButton.LeftButton)
    assert ui.messageLabel.text() == f"Gemt: {target}"
    text = pdf_text(target)
    assert "Afkrydsningsliste – Familiekursus" in text and "Noor" in text and "Hodan" not in text
    with db.reading() as session:
        assert "udskriv afkrydsningsliste" in session.scalars(select(AuditEntry.action)).all()

    report = ReportService(db, today=TODAY).build(ReportChoices(quarter_period(2026, 1)), hide_small=True)
    table = report.table("forskellige_deltagere")
    shown = {table.text(r, 0): table.text(r, len(table.columns) - 1) for r in range(len(table.rows))}
    assert shown["6–12 år"] == "6" and shown["25–64 år"] == "<5" and shown["13–17 år"] == "<5"
    assert shown["I alt"] == "8"  # two hidden cells: neither can be worked out from the total
    activities = report.table("aktiviteter")
    row = next(r for r, values in enumerate(activities.rows) if values[1] == "Familiekursus")
    assert activities.text(row, 10) == "optalt" and activities.text(row, 9) == "8"


def test_a_list_imported_from_the_dialog_fills_seats_then_the_waiting_list(qtbot, app_context, course, signups,
                                                                           tmp_path, monkeypatch):
    from boligsocial_desktop.services.signups.common import ParticipantInput

    for i in range(11):
        signups.sign_up(course.activity_id, ParticipantInput(f"Barn{i}", "6–12", "mand"), course.coordinator)
    (tmp_path / "liste.csv").write_text("Navn;Aldersgruppe;Køn\nAmira K.;8;pige\nYusuf B.;9;dreng\n",
                                        encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "liste.csv"), ""))
    dialog = SignupsDialog(app_context, course.activity_id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.ui.importButton.text() == "Indlæs liste …"
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.messageLabel.text() == "1 tilmeldt, 1 på venteliste, 0 var der i forvejen."
    assert dialog.ui.waitingTable.item(0, 0).text() == "1. Yusuf B."


def test_the_dialog_names_skipped_rows_and_unused_columns_as_the_command_line_does(qtbot, app_context, course,
                                                                                  tmp_path, monkeypatch):
    (tmp_path / "liste.csv").write_bytes("Navn;Aldersgruppe;Køn;Løbenummer\r\nAmira K.;8;pige;1\r\n"
                                         "Amira K.;8;pige;2\r\n".encode("cp1252"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "liste.csv"), ""))
    dialog = SignupsDialog(app_context, course.activity_id, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    text = dialog.ui.messageLabel.text()
    assert text.startswith("1 tilmeldt, 0 på venteliste, 1 var der i forvejen."), text
    assert "Kolonner, der ikke bruges: Løbenummer" in text
    assert "Række 3: Amira K. står også i række 2 og er sprunget over." in text
