"""The report as tables and as files: what the steering group gets in PDF, XLSX and CSV."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from boligsocial_desktop.services.reports import EmptyReportError, ReportChoices, quarter_period, year_period
from boligsocial_desktop.services.reports.suppression import PRIMARY_MARK, SECONDARY_MARK
from boligsocial_desktop.storage.models import Activity, AuditEntry

Q3_2026 = ReportChoices(quarter_period(2026, 3))


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def column(table, title: str) -> int:
    return [c.title for c in table.columns].index(title)


def row_of(table, activity: str) -> int:
    return next(r for r, row in enumerate(table.rows) if row[1] == activity)


def test_activities_are_grouped_by_focus_area_with_subtotals(reports, office):
    table = reports.build(Q3_2026).table("aktiviteter")
    assert [(row[0], row[1]) for row in table.rows] == [
        ("Uddannelse & livschancer", "Lektiecafé"), ("Uddannelse & livschancer", "I alt for Uddannelse & livschancer"),
        ("Beskæftigelse", "Jobcafé"), ("Beskæftigelse", "Strikkeklub"), ("Beskæftigelse", "I alt for Beskæftigelse"),
        ("I alt", "Alle aktiviteter")]
    attendance = column(table, "Fremmøde")
    assert [row[attendance] for row in table.rows] == [30, 30, 3, 12, 15, 45]
    assert table.text(0, column(table, "Frivillige timer")) == "6,0"
    assert not table.marks  # in the app nothing is hidden unless the setting asks


def test_a_three_is_shown_as_under_five_and_no_total_reveals_it(reports, office):
    report = reports.build(Q3_2026, hide_small=True)
    table = report.table("aktiviteter")
    attendance = column(table, "Fremmøde")
    job, knitting = row_of(table, "Jobcafé"), row_of(table, "Strikkeklub")
    subtotal = row_of(table, "I alt for Beskæftigelse")
    assert table.value(job, attendance) == PRIMARY_MARK
    assert table.value(knitting, attendance) == SECONDARY_MARK  # else 15 - 12 = 3
    assert table.value(subtotal, attendance) == 15
    # The Jobcafé row: new (3) = attendance (3) - returning (0), so its new count is hidden too.
    assert table.value(job, column(table, "Nye")) == PRIMARY_MARK
    age = report.table("alder_koen")
    band = next(r for r, row in enumerate(age.rows) if row[0] == "25–64 år")
    assert age.value(band, column(age, "Kvinder")) == PRIMARY_MARK
    assert age.value(band, column(age, "I alt")) == PRIMARY_MARK
    # Whatever is shown, every row and column of the age table hides 0 or at least 2 of its entries.
    for r in range(len(age.rows)):
        assert len([c for c in range(1, len(age.columns)) if (r, c) in age.marks]) != 1
    for c in range(1, len(age.columns)):
        assert len([r for r in range(len(age.rows)) if (r, c) in age.marks]) != 1


def test_visitors_ambassadors_and_targets_in_the_report(reports, office):
    report = reports.build(Q3_2026)
    visitors = dict(report.table("raadgivning").rows)
    assert visitors["Besøg i alt"] == 5 and visitors["Forskellige besøgende i alt (højst)"] == 4
    ambassadors = {row[0]: row[1] for row in report.table("ambassadoerer").rows}
    assert ambassadors["– udført til tiden"] == 1 and ambassadors["Timer ved udførte opgaver"] == 2.5
    targets = report.table("maaltal")
    # No sign-ups: the old estimate (new participants added up), labelled as one.
    first = targets.rows[[r[3] for r in targets.rows].index("Forskellige deltagere (skøn)")]
    assert first[6:] == (20, 12, 0.6)
    assert targets.text(0, 8).endswith("%")
    hidden = reports.build(Q3_2026, hide_small=True)
    assert dict(hidden.table("raadgivning").rows)["Besøg i alt"] == 5
    assert hidden.table("raadgivning").value(5, 1) == PRIMARY_MARK  # 4 different visitors
    job_target = next(r for r, row in enumerate(hidden.table("maaltal").rows) if row[0] == "Jobcafé")
    assert hidden.table("maaltal").value(job_target, 7) == PRIMARY_MARK  # 1 advice visit
    assert hidden.table("maaltal").value(job_target, 8) == SECONDARY_MARK  # and its percent


def test_chart_is_stacked_by_focus_area(reports, office):
    chart = reports.build(Q3_2026).chart("fremmoede")
    assert chart.categories == ("jul.", "aug.", "sep.") and chart.years == ("2026", "", "")
    assert [(s.name, s.values) for s in chart.series] == [("Uddannelse & livschancer", (0, 22, 8)),
                                                          ("Beskæftigelse", (12, 0, 3))]
    hidden = reports.build(Q3_2026, hide_small=True).chart("fremmoede")
    assert hidden.series[1].values == (12, 0, 0) and "under 5" in hidden.note


def test_xlsx_has_one_sheet_per_section_with_excel_formats(reports, office, tmp_path):
    target = tmp_path / "status.xlsx"
    reports.export(Q3_2026, "xlsx", target)
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["Om rapporten", "Nøgletal", "Aktiviteter", "Alder og køn",
                                   "Forskellige deltagere", "Forskellige deltagere pr. afd.", "Fremmøde pr. måned",
                                   "Måltal", "Rådgivning – besøgende", "Rådgivning – emner",
                                   "Rådgivning – henvisninger", "Rådgivning pr. måned", "Ambassadører"]
    sheet = workbook["Aktiviteter"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].value == "Indsatsområde" and sheet["A1"].font.b
    assert sheet.column_dimensions["B"].width > 30
    values = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    assert values["Lektiecafé"][5].value == 30 and values["Lektiecafé"][5].number_format == "#,##0"
    assert values["Jobcafé"][5].value == "<5" and values["Strikkeklub"][5].value == "x"
    assert values["I alt for Beskæftigelse"][5].value == 15 and values["I alt for Beskæftigelse"][5].font.b
    assert values["Lektiecafé"][8].number_format == "#,##0.0"
    targets = {row[0].value: row for row in workbook["Måltal"].iter_rows(min_row=2) if row[3].value != "Gange afholdt"}
    assert targets["Lektiecafé"][8].value == 0.6 and targets["Lektiecafé"][8].number_format == "0%"
    assert targets["Jobcafé"][8].value == "x"  # 1 advice visit of 100: the percent would reveal it
    assert workbook["Måltal"].conditional_formatting  # the data bar
    about = {row[0].value: row[1].value for row in workbook["Om rapporten"].iter_rows(min_row=2)}
    assert about["Periode"] == "3. kvartal 2026" and about["Helhedsplan"] == "Helhedsplan 2019–2026"


def test_csv_opens_in_danish_excel(reports, office, tmp_path):
    target = tmp_path / "status.csv"
    reports.export(Q3_2026, "csv", target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert ["Indsatsområde", "Aktivitet", "Afdeling", "Gange afholdt", "Gange aflyst", "Fremmøde", "Nye", "Gengangere",
            "Frivillige timer", "Forskellige deltagere", "Opgjort som"] in rows
    homework = next(row for row in rows if len(row) > 1 and row[1] == "Lektiecafé")
    assert homework[5:] == ["30", "7", "23", "6,0", "7", "skøn"]  # no sign-ups: new participants as the estimate
    assert next(row for row in rows if len(row) > 1 and row[1] == "Jobcafé")[5] == "<5"


def test_pdf_status_report_has_plan_period_tables_and_hidden_counts(reports, office, tmp_path):
    target = tmp_path / "status.pdf"
    reports.export(Q3_2026, "pdf", target)
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    for expected in ("Helhedsplan 2019–2026", "Status for 3. kvartal 2026", "Fremmøde pr. måned fordelt på",
                     "Lektiecafé", "Måltal", "Åben Rådgivning", "<5", "Tal under 5 vises som"):
        assert expected in text
    assert "Må ikke komme med" not in text


@pytest.mark.sqlite_only
def test_activities_named_in_every_script_print_with_embedded_fonts_and_their_glyphs(db, reports, office, tmp_path):
    from pdf_checks import TITLES, assert_every_font_embedded_and_every_glyph_there, is_joined_arabic, raw_text, words

    from boligsocial_desktop.services.reports import PlanService

    renamed = {"Lektiecafé": TITLES["ar"], "Jobcafé": TITLES["ti"], "Strikkeklub": TITLES["pl"]}
    with db.transaction() as s:
        for row in s.scalars(select(Activity).where(Activity.title.in_(renamed))):
            row.title = renamed[row.title]
    PlanService(db).set_plan_name(TITLES["fa"])
    reports.export(Q3_2026, "pdf", tmp_path / "status.pdf")
    pdf = (tmp_path / "status.pdf").read_bytes()
    fonts = assert_every_font_embedded_and_every_glyph_there(pdf, tmp_path)
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular", "NotoSansEthiopic-Regular"} <= fonts
    found = set(words(raw_text(pdf)))
    for title in (TITLES["ar"], TITLES["ti"], TITLES["pl"], TITLES["fa"].replace("\u200c", "")):
        assert set(words(title)) <= found, title
    assert is_joined_arabic("".join(c for c in raw_text(pdf) if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff"))
    # Every column header's words come out whole (a header never breaks inside a word).
    printed = pdf_text(tmp_path / "status.pdf").split()
    for header in ("Aktivitet", "Afdeling", "Gange afholdt", "Gange aflyst", "Fremmøde", "Nye", "Gengangere",
                   "Frivillige timer", "Måltal", "Opnået", "Opfyldt", "Aldersgruppe", "Kvinder", "Mænd"):
        assert all(word in printed for word in header.split()), header


def test_the_plan_name_is_printed_when_set(db, reports, office, tmp_path):
    from boligsocial_desktop.services.reports import PlanService

    PlanService(db).set_plan_name("Boligsocial helhedsplan for Køge")
    reports.export(Q3_2026, "pdf", tmp_path / "status.pdf")
    assert "Boligsocial helhedsplan for Køge" in pdf_text(tmp_path / "status.pdf")


def test_an_empty_result_makes_no_file(reports, office, tmp_path):
    target = tmp_path / "tom.xlsx"
    with pytest.raises(EmptyReportError, match=r"Der er ingen aktiviteter.*så der er ikke lavet nogen fil"):
        reports.export(ReportChoices(year_period(2016)), "xlsx", target)
    assert not target.exists() and not list(tmp_path.glob(".tom*"))


def test_exports_are_in_the_audit_log(db, reports, office, tmp_path):
    reports.export(Q3_2026, "pdf", tmp_path / "a.pdf", staff_id=None)
    reports.export_raw_visits(Q3_2026, tmp_path / "b.xlsx")
    with db.reading() as session:
        actions = [(a.action, a.detail) for a in session.scalars(select(AuditEntry))]
    assert ("eksport af rapport", "pdf: 3. kvartal 2026; afdelinger: alle; indsatsområder: alle") in actions
    assert any(action == "eksport af rådgivningsbesøg" and detail.startswith("5 besøg") for action, detail in actions)


def test_raw_visits_list_without_notes_and_with_progress(reports, office, tmp_path):
    target, steps = tmp_path / "besøg.xlsx", []
    count = reports.export_raw_visits(Q3_2026, target, progress=lambda percent, text: steps.append(percent))
    assert count == 5
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Tidspunkt", "Kontor", "Bopæl", "Emner") and len(rows) == 6
    assert rows[1][0].strftime("%d-%m-%Y %H:%M") == "10-07-2026 10:00"  # Danish time
    assert rows[2][3] == "Gæld og budget, Huslejerestance"
    assert sheet.freeze_panes == "A2" and sheet["A2"].number_format == "dd\\-mm\\-yyyy\\ hh:mm"
    assert not any("Må ikke" in str(cell) for row in rows for cell in row)
    assert steps == sorted(steps) and steps[-1] == 100


def test_student_helpers_cannot_take_the_visit_list(db, reports, office, tmp_path):
    from boligsocial_desktop.errors import ValidationError
    from boligsocial_desktop.services.staff import StaffService

    helper = StaffService(db).create("Ida Hjælper", "medhjælper")
    with pytest.raises(ValidationError, match="kan kun hentes af koordinatorer, rådgivere og administratorer"):
        reports.export_raw_visits(Q3_2026, tmp_path / "b.xlsx", staff_id=helper.id)
    assert not (tmp_path / "b.xlsx").exists()
    adviser = StaffService(db).create("Sara Rådgiver", "rådgiver", pin="2468")
    assert reports.export_raw_visits(Q3_2026, tmp_path / "b.xlsx", staff_id=adviser.id) == 5


def _libreoffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.parametrize("kind", ["report", "raw visits"])
def test_xlsx_opens_in_libreoffice(reports, office, tmp_path, kind):
    office_program = _libreoffice()
    if office_program is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice Calc is missing on CI; .ci/run installs libreoffice-calc-nogui")
        pytest.skip("LibreOffice is not installed here")
    source = tmp_path / "in" / "rapport.xlsx"
    if kind == "report":
        reports.export(Q3_2026, "xlsx", source)
    else:
        reports.export_raw_visits(Q3_2026, source)
    out = tmp_path / "out"
    result = subprocess.run(
        [office_program, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
         "--convert-to", "pdf", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    converted = out / "rapport.pdf"
    assert converted.exists() and converted.stat().st_size > 1000, result.stdout + result.stderr
    text = pdf_text(converted)
    assert ("Lektiecafé" in text) if kind == "report" else ("Søparken" in text)
