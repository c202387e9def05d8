"""The Rapporter page driven as the coordinator would: choose the quarter, read, export, edit the plan."""

from __future__ import annotations

from datetime import date

import openpyxl
import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QSpinBox
from sqlalchemy import select

from boligsocial_desktop.settings import Settings
from boligsocial_desktop.storage.models import Activity, ActivitySession, ActivityTarget, Attendance, FocusArea
from boligsocial_desktop.ui.reports import ReportsPage
from boligsocial_desktop.ui.reports.plan_dialog import PlanDialog
from boligsocial_desktop.ui.reports.targets_dialog import VALUE, TargetsDialog


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def cell(view, activity: str, column_title: str) -> str:
    model = view.model()
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        if model.index(row, 1).data() == activity:
            return model.index(row, columns.index(column_title)).data()
    raise AssertionError(activity)


@pytest.fixture
def page(qtbot, app_context, office, ui_today):
    widget = ReportsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show_quarter(qtbot, page, year: int = 2026, quarter: str = "3. kvartal") -> None:
    choose(page.choices.ui.periodKindCombo, "Kvartal")
    page.choices.ui.yearSpin.setValue(year)
    choose(page.choices.ui.quarterCombo, quarter)
    qtbot.waitUntil(lambda: not page.refresh_timer.isActive())


def test_coordinator_makes_the_quarterly_status_as_pdf_and_xlsx(qtbot, page, tmp_path, monkeypatch):
    assert page.ui.title.text() == "<h2>Rapporter</h2>"
    show_quarter(qtbot, page)
    assert page.ui.periodSummary.text() == "3. kvartal 2026 (01-07-2026 – 30-09-2026)"
    assert cell(page.figures.ui.activitiesTable, "Lektiecafé", "Fremmøde") == "30"
    assert page.figures.ui.tabs.tabText(0) == "Nøgletal"
    targets = {}
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, suggested, filters: (str(targets[title]), filters))
    targets["Gem statusrapport"] = tmp_path / "Status 3. kvartal 2026.pdf"
    targets["Gem rapport til Excel"] = tmp_path / "Status 3. kvartal 2026"  # no suffix typed: .xlsx is added
    click(qtbot, page.exports.ui.pdfButton)
    pdf = tmp_path / "Status 3. kvartal 2026.pdf"
    document = pdfium.PdfDocument(str(pdf))
    text = "".join(p.get_textpage().get_text_range() for p in document)
    document.close()
    assert "Status for 3. kvartal 2026" in text and "Helhedsplan 2019–2026" in text
    assert page.ui.messageLabel.text() == f"Gemt: {pdf}"
    click(qtbot, page.exports.ui.xlsxButton)
    workbook = openpyxl.load_workbook(tmp_path / "Status 3. kvartal 2026.xlsx")
    rows = {row[1]: row for row in workbook["Aktiviteter"].iter_rows(min_row=2, values_only=True)}
    assert rows["Jobcafé"][5] == "<5" and rows["Lektiecafé"][5] == 30  # the file always hides small counts
    assert Settings().reports_folder == tmp_path


def test_the_app_hides_small_counts_when_the_setting_asks(qtbot, page):
    show_quarter(qtbot, page)
    assert cell(page.figures.ui.activitiesTable, "Jobcafé", "Fremmøde") == "3"
    click(qtbot, page.ui.hideSmallCheck)
    assert cell(page.figures.ui.activitiesTable, "Jobcafé", "Fremmøde") == "<5"
    assert cell(page.figures.ui.activitiesTable, "Strikkeklub", "Fremmøde") == "x"
    assert cell(page.figures.ui.activitiesTable, "I alt for Beskæftigelse", "Fremmøde") == "15"
    model = page.figures.ui.activitiesTable.model()
    hidden = next(model.index(r, 5) for r in range(model.rowCount()) if model.index(r, 5).data() == "<5")
    assert hidden.data(Qt.ItemDataRole.ToolTipRole) == "Færre end 5: skjult, så ingen beboer kan genkendes."
    assert "Tal under 5 vises som »<5«" in page.ui.messageLabel.text()
    assert Settings().reports_hide_small is True


def test_an_end_before_the_start_is_explained_and_nothing_can_be_exported(qtbot, page):
    choose(page.choices.ui.periodKindCombo, "Egen periode")
    assert page.choices.ui.fromDate.isVisible() and not page.choices.ui.quarterCombo.isVisible()
    page.choices.ui.fromDate.setDate(QDate(2026, 9, 30))
    page.choices.ui.toDate.setDate(QDate(2026, 7, 1))
    click(qtbot, page.ui.showButton)
    assert "Periodens slutdato (01-07-2026) ligger før startdatoen (30-09-2026)" in page.ui.messageLabel.text()
    assert not page.exports.ui.pdfButton.isEnabled() and page.figures.ui.activitiesTable.model().rowCount() == 0


def test_outside_the_grant_periods_and_empty_periods_say_so(qtbot, page):
    choose(page.choices.ui.periodKindCombo, "År")
    page.choices.ui.yearSpin.setValue(2010)
    qtbot.waitUntil(lambda: "uden for alle bevillingsperioder" in page.ui.messageLabel.text())
    page.choices.ui.yearSpin.setValue(2016)
    qtbot.waitUntil(lambda: page.ui.messageLabel.text().startswith("Der er ingen aktiviteter"))
    assert not page.exports.ui.xlsxButton.isEnabled()


def test_whole_grant_period_and_estate_filter(qtbot, page, office):
    choose(page.choices.ui.periodKindCombo, "Hele bevillingsperioden")
    choose(page.choices.ui.grantPeriodCombo, "Helhedsplan 2019–2026 (01-01-2019 – 31-12-2026)")
    qtbot.waitUntil(lambda: page.ui.periodSummary.text().startswith("Helhedsplan 2019–2026"))
    ellemarken = next(a for a in page.choices.estates_menu.actions() if a.text() == "Ellemarken")
    ellemarken.trigger()
    assert page.choices.ui.estatesButton.text() == "Afdelinger: Ellemarken"
    qtbot.waitUntil(lambda: page.figures.ui.activitiesTable.model().rowCount() == 3)  # Jobcafé, subtotal, total
    assert cell(page.figures.ui.activitiesTable, "Jobcafé", "Fremmøde") == "3"
    everything = page.choices.estates_menu.actions()[0]
    everything.trigger()
    assert page.choices.ui.estatesButton.text() == "Afdelinger: alle" and everything.isChecked()


def test_the_chart_has_a_stacked_bar_per_month(qtbot, page):
    show_quarter(qtbot, page)
    page.chart_pane.chart.grab()
    bars = page.chart_pane.chart.bar_rects()
    assert len(bars) == 3
    july, august, september = (rect.height() for rect in bars)
    assert august > july > september > 0  # 22, 12 and 11 people
    assert abs(august / july - 22 / 12) < 0.05
    chart = page.chart_pane.chart
    assert chart.tooltip_text(1) == "<b>aug. 2026</b><br>Uddannelse &amp; livschancer: 22".replace("&amp;", "&")
    choose(page.chart_pane.ui.chartCombo, "Rådgivningsbesøg")
    assert page.chart_pane.chart.chart.title == "Rådgivningsbesøg pr. måned"


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, page, app_context, office):
    show_quarter(qtbot, page)
    for model in page.figures.models.values():
        qtmodeltester.check(model)
    dialog = TargetsDialog(app_context, office.period_2019, "Lektie")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)


def test_plan_dialog_adds_a_focus_area_and_names_the_plan(qtbot, app_context, monkeypatch):
    dialog = PlanDialog(app_context)
    qtbot.addWidget(dialog)
    items = [dialog.ui.periodsList.item(i).text() for i in range(dialog.ui.periodsList.count())]
    assert items == ["Helhedsplan 2015–2018 (01-01-2015 – 31-12-2018)",
                     "Helhedsplan 2019–2026 (01-01-2019 – 31-12-2026)"]
    assert dialog.ui.areasList.count() == 4 and not dialog.changed
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("Beboernetværk", True))
    click(qtbot, dialog.ui.addAreaButton)
    assert dialog.ui.areasList.item(4).text() == "Beboernetværk"
    assert dialog.ui.messageLabel.text() == "Indsatsområdet er tilføjet." and dialog.changed
    with app_context.db.reading() as session:
        assert session.scalar(select(FocusArea.sort_order).where(FocusArea.name == "Beboernetværk")) == 4
    dialog.ui.planNameEdit.clear()
    qtbot.keyClicks(dialog.ui.planNameEdit, "Helhedsplan for Taastrupgaard")
    click(qtbot, dialog.ui.savePlanNameButton)
    assert dialog.ui.messageLabel.text() == "Helhedsplanens navn er gemt."
    click(qtbot, dialog.ui.newPeriodButton)
    assert dialog.ui.nameEdit.text() == "Helhedsplan 2027–2030"
    click(qtbot, dialog.ui.savePeriodButton)
    assert dialog.ui.periodsList.count() == 3
    click(qtbot, dialog.ui.newPeriodButton)
    dialog.ui.startDate.setDate(QDate(2026, 1, 1))
    click(qtbot, dialog.ui.savePeriodButton)
    assert "overlapper" in dialog.ui.messageLabel.text()


def test_targets_dialog_sets_a_target_for_an_activity(qtbot, app_context, office):
    dialog = TargetsDialog(app_context, office.period_2019, "strik")
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.ui.activityList.item(i).text() for i in range(dialog.ui.activityList.count())] == [
        "Strikkeklub (Søparken, Forår 2026)"]
    click(qtbot, dialog.ui.addTargetButton)
    editor = dialog.ui.targetsTable.findChild(QSpinBox)  # the new row opens with the target being edited
    editor.selectAll()
    qtbot.keyClicks(editor, "25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.index(0, VALUE).data() == "25")  # the delegate commits queued
    assert dialog.model.index(0, 0).data() == "Forskellige deltagere"
    assert dialog.model.index(0, 1).data() == "2026"
    assert dialog.model.index(0, VALUE).data() == "25"
    click(qtbot, dialog.ui.saveTargetsButton)
    assert dialog.ui.messageLabel.text() == "Måltallene for Strikkeklub (Søparken, Forår 2026) er gemt."
    assert dialog.changed
    with app_context.db.reading() as session:
        target = session.scalars(select(ActivityTarget).where(ActivityTarget.activity_id == office.knitting)).one()
    assert (target.metric, target.year, target.target_value) == ("forskellige_deltagere", 2026, 25)


def test_a_file_that_cannot_be_saved_is_explained_in_danish(qtbot, page, tmp_path, monkeypatch):
    show_quarter(qtbot, page)
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append((title, text)))
    blocked = tmp_path / "en fil"
    blocked.write_text("ikke en mappe")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(blocked / "rapport.csv"), ""))
    click(qtbot, page.exports.ui.csvButton)
    assert len(messages) == 1 and messages[0][1].startswith(f"Filen {blocked / 'rapport.csv'} kunne ikke gemmes")
    assert "Vælg en anden mappe" in messages[0][1]
    assert not page.ui.progressBar.isVisible()


def test_double_clicking_an_activity_opens_its_targets(qtbot, page, monkeypatch):
    show_quarter(qtbot, page)
    opened = []
    monkeypatch.setattr(TargetsDialog, "exec", lambda dialog: opened.append(
        [dialog.ui.activityList.item(i).text() for i in range(dialog.ui.activityList.count())]) or 0)
    page.figures.ui.tabs.setCurrentIndex(1)
    view = page.figures.ui.activitiesTable
    qtbot.waitUntil(view.isVisible)
    row = next(r for r in range(view.model().rowCount()) if view.model().index(r, 1).data() == "Strikkeklub")
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double click
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a click
    assert opened == [["Strikkeklub (Søparken, Forår 2026)"]]


def test_closing_the_targets_dialog_with_an_unsaved_target_asks_first(qtbot, app_context, office, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from boligsocial_desktop.ui import unsaved

    asked = []
    monkeypatch.setattr(unsaved, "ask_discard", lambda parent: asked.append(parent) or False)
    dialog = TargetsDialog(app_context, office.period_2019, "strik")
    qtbot.addWidget(dialog)
    dialog.show()
    close = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    click(qtbot, dialog.ui.addTargetButton)
    qtbot.keyClick(dialog.ui.targetsTable.findChild(QSpinBox), Qt.Key.Key_Escape)
    click(qtbot, close)
    assert len(asked) == 1 and dialog.isVisible()  # the new target is not saved: "Annuller" keeps it
    click(qtbot, dialog.ui.saveTargetsButton)
    click(qtbot, close)
    assert len(asked) == 1 and not dialog.isVisible()  # saved: closes without a question


def test_the_figures_follow_a_save_elsewhere_at_once_when_seen_and_on_showing_when_hidden(qtbot, page, app_context):
    show_quarter(qtbot, page)
    assert cell(page.figures.ui.activitiesTable, "Lektiecafé", "Fremmøde") == "30"

    def set_attendance_on_1_september(total: int) -> None:
        with app_context.db.transaction() as session:
            attendance = session.scalars(
                select(Attendance).join(ActivitySession, Attendance.session_id == ActivitySession.id)
                .join(Activity, ActivitySession.activity_id == Activity.id)
                .where(Activity.title == "Lektiecafé", ActivitySession.day == date(2026, 9, 1))).one()
            attendance.total = total

    set_attendance_on_1_september(13)  # the calendar's attendance dialog, say
    qtbot.waitUntil(lambda: cell(page.figures.ui.activitiesTable, "Lektiecafé", "Fremmøde") == "35")
    page.hide()
    set_attendance_on_1_september(8)
    assert not page.refresh_timer.isActive()  # nothing is computed for a page nobody sees
    page.show()
    qtbot.waitUntil(lambda: cell(page.figures.ui.activitiesTable, "Lektiecafé", "Fremmøde") == "30")
