"""Importing an existing visit log: Danish headers, all or nothing, CPR cells named."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from visit_helpers import ADVISER_PIN

from boligsocial_desktop.cli import main
from boligsocial_desktop.services.importing import ImportRefused
from boligsocial_desktop.services.table_files import column_letter
from boligsocial_desktop.services.visits import VisitFilter, VisitLogService
from boligsocial_desktop.services.visits.importing import import_visits
from boligsocial_desktop.storage.models import AdviceVisit

GOOD_ROWS = [
    ["Dato", "Tid", "Afdeling", "Emne", "Sprog", "Tolk", "Varighed", "Henvist til", "Køn", "Alder", "Resultat",
     "Opfølgning", "Bemærkninger", "Intern kolonne"],
    ["01-10-2026", "10:30", "Søparken", "Gæld og budget, Job", "Arabisk", "ja", "30", "Jobcenter", "Kvinde", "34",
     "Afdragsordning", "08-10-2026", "Rykker fra inkasso", "x"],
    ["2.10.2026", "kl. 11.00", "Ellemarken", "Husleje; MitID", "dansk", "", "1:15", "", "", "65+", "", "", "", ""],
    ["03-10-2026", "", "", "Digital selvbetjening (MitID, e-Boks)", "", "nej", "", "UU", "m", "", "", "", "", ""],
]


def visits_in(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(AdviceVisit))


def write_csv(path, rows, delimiter=";", bom=True):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(("\ufeff" if bom else "").encode() + buffer.getvalue().encode("utf-8"))
    return path


@pytest.mark.parametrize("delimiter, bom", [(";", True), (";", False), (",", False)])
def test_csv_with_danish_headers_is_imported(db, office, tmp_path, delimiter, bom):
    result = import_visits(db, write_csv(tmp_path / "log.csv", GOOD_ROWS, delimiter, bom), office.adviser,
                           office_id=office.soeparken.id)
    assert result.imported == 3 and result.ignored_columns == ("Intern kolonne",)
    page = VisitLogService(db).page(office.adviser, VisitFilter())
    by_day = {r.visited_at.astimezone().date().day: r for r in page.rows}
    assert by_day[1].topics == ("Gæld og budget", "Job og uddannelse")
    assert by_day[1].language == "ar" and by_day[1].interpreter_used and by_day[1].age_band == "25–64"
    assert by_day[1].referrals == ("Jobcenter",) and by_day[1].has_notes and by_day[1].gender == "kvinde"
    assert by_day[2].duration_minutes == 75 and by_day[2].age_band == "65+"
    assert set(by_day[2].topics) == {"Huslejerestance", "Digital selvbetjening (MitID, e-Boks)"}
    assert by_day[3].referrals == ("Ungdommens Uddannelsesvejledning (UU)",) and by_day[3].gender == "mand"


def test_xlsx_is_imported_with_real_dates(db, office, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Besøgsdato", "Emner", "Kontor", "Medarbejder"])
    sheet.append([datetime(2026, 9, 15, 13, 45), "Sundhed", "Søparken", "SL"])
    sheet.append([datetime(2026, 9, 16), "Andet", "Ellemarken", "Ida Mikkelsen"])
    book.save(tmp_path / "log.xlsx")
    assert import_visits(db, tmp_path / "log.xlsx", office.admin).imported == 2
    rows = VisitLogService(db).page(office.admin, VisitFilter()).rows
    assert {r.staff_name for r in rows} == {"Sara Lindholm", "Ida Mikkelsen"}
    assert {r.office_name for r in rows} == {"Søparken", "Ellemarken"}


def test_bad_rows_refuse_everything_with_a_danish_list(db, office, tmp_path):
    rows = [
        *GOOD_ROWS[:2],
        ["32-10-2026", "", "", "Gæld", "", "", "", "", "", "", "", "", "", ""],
        ["04-10-2026", "", "Nørrebro", "Gæld", "", "", "", "", "", "", "", "", "", ""],
        ["04-10-2026", "", "", "Skat", "", "", "", "", "", "", "", "", "", ""],
        ["05-10-2026", "", "", "Gæld", "", "", "600", "", "", "", "", "01-10-2026", "", ""],
        ["05-10-2099", "", "", "Gæld", "", "", "", "", "", "", "", "", "", ""],
    ]
    with pytest.raises(ImportRefused) as caught:
        import_visits(db, write_csv(tmp_path / "bad.csv", rows), office.adviser, office_id=office.soeparken.id)
    problems = caught.value.problems
    assert [p.split(":")[0] for p in problems] == ["Række 3, kolonne A »Dato«", "Række 4, kolonne C »Afdeling«",
                                                   "Række 5, kolonne D »Emne«", "Række 6, kolonne G »Varighed«",
                                                   "Række 7, kolonne A »Dato«"]
    assert "kan ikke læses" in problems[0]
    assert "Nørrebro" in problems[1]
    assert "emnet »Skat« findes ikke" in problems[2]
    assert "8 timer" in problems[3]
    assert "fremtiden" in problems[4]
    assert "Intet er gemt" in caught.value.message
    assert visits_in(db) == 0


def test_cpr_numbers_in_any_cell_refuse_the_import_and_name_the_cells(db, office, tmp_path):
    rows = [r[:] for r in GOOD_ROWS]
    rows[1][12] = "Ringede fra 010190-1234"
    rows[3][13] = "0101901234"
    with pytest.raises(ImportRefused) as caught:
        import_visits(db, write_csv(tmp_path / "cpr.csv", rows), office.adviser, office_id=office.soeparken.id)
    assert "Række 2, kolonne M »Bemærkninger«: cellen ligner et CPR-nummer" in caught.value.message
    assert "Række 4, kolonne N »Intern kolonne«: cellen ligner et CPR-nummer" in caught.value.message
    assert "CPR" in caught.value.message
    assert visits_in(db) == 0


def test_column_letters_are_excels():
    assert column_letter(0) == "A" and column_letter(25) == "Z" and column_letter(27) == "AB"


def test_missing_required_columns_are_named(db, office, tmp_path):
    with pytest.raises(ImportRefused) as caught:
        import_visits(db, write_csv(tmp_path / "x.csv", [["Navn", "Sted"], ["a", "b"]]), office.adviser)
    assert "»Dato«" in caught.value.message and "»Emne«" in caught.value.message


def test_a_student_helper_cannot_import_notes(db, office, tmp_path):
    from boligsocial_desktop.services.visits import AccessDenied

    with pytest.raises(AccessDenied):
        import_visits(db, write_csv(tmp_path / "log.csv", GOOD_ROWS), office.helper, office_id=office.soeparken.id)
    assert visits_in(db) == 0


def test_import_command(db, office, db_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BOLIGSOCIAL_PIN", ADVISER_PIN)  # an adviser on the command line gives the PIN
    path = write_csv(tmp_path / "log.csv", GOOD_ROWS)
    assert main(["--db", str(db_path), "import", "visits", str(path), "--staff", "SL", "--office", "Søparken"]) == 0
    assert "3 besøg indlæst" in capsys.readouterr().out
    bad = write_csv(tmp_path / "bad.csv", [GOOD_ROWS[0], ["01-10-2026", "", "", "Skat"]])
    assert main(["--db", str(db_path), "import", "visits", str(bad), "--staff", "SL", "--office", "Søparken"]) == 1
    assert "Række 2" in capsys.readouterr().err
    assert main(["--db", str(db_path), "import", "visits", str(path), "--staff", "Ukendt"]) == 1
    assert visits_in(db) == 3


@pytest.mark.parametrize(
    "cpr", ["01.01.90 – 1234", "٠١٠١٩٠-١٢٣٤", "０１０１９０１２３４", "010190\n1234", "0101\u200b901234"]
)
def test_cpr_spellings_in_csv_text_cells_refuse_the_import(db, office, tmp_path, cpr):
    rows = [r[:] for r in GOOD_ROWS]
    rows[2][10] = f"Aftale {cpr}"
    with pytest.raises(ImportRefused) as caught:
        import_visits(db, write_csv(tmp_path / "cpr.csv", rows), office.adviser, office_id=office.soeparken.id)
    assert "Række 3, kolonne K »Resultat«: cellen ligner et CPR-nummer" in caught.value.message
    assert visits_in(db) == 0


def test_cpr_numbers_in_xlsx_number_and_text_cells_refuse_the_import(db, office, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    for row in GOOD_ROWS:
        sheet.append(row)
    sheet["N2"] = 101901234  # 0101901234 typed into a number cell: Excel drops the leading zero
    sheet["N3"] = 1501751234
    sheet["M4"] = "Født 31/12/99 1234"
    sheet["N4"] = 43591000  # a phone number stored as a number is fine
    path = tmp_path / "cpr.xlsx"
    workbook.save(path)
    with pytest.raises(ImportRefused) as caught:
        import_visits(db, path, office.adviser, office_id=office.soeparken.id)
    assert [p.split(":")[0] for p in caught.value.problems] == [
        "Række 2, kolonne N »Intern kolonne«",
        "Række 3, kolonne N »Intern kolonne«",
        "Række 4, kolonne M »Bemærkninger«",
    ]
    assert all("cellen ligner et CPR-nummer" in p for p in caught.value.problems)
    assert visits_in(db) == 0


def test_nul_and_bidi_characters_are_stripped_with_a_warning(db, office, tmp_path):
    rows = [r[:] for r in GOOD_ROWS]
    rows[1][10] = "Afdrags\x00ordning \u202efra i dag"
    result = import_visits(db, write_csv(tmp_path / "ctl.csv", rows), office.adviser, office_id=office.soeparken.id)
    assert result.imported == 3
    assert result.warnings == ("Række 2, kolonne K: usynlige styretegn (NUL eller bidi-tegn) er fjernet.",)
    with db.reading() as session:
        outcomes = set(session.scalars(select(AdviceVisit.outcome)))
    assert "Afdragsordning fra i dag" in outcomes


def test_imported_times_are_danish_time_on_a_pc_set_to_another_time_zone(db, office, tmp_path, monkeypatch):
    import time as time_module

    from boligsocial_desktop.domain.dates import COPENHAGEN

    monkeypatch.setenv("TZ", "America/New_York")
    time_module.tzset()
    try:
        path = tmp_path / "log.csv"
        path.write_bytes("Dato\tTid\tEmne\r\n3. marts 2026\t10.30\tSundhed\r\n".encode("cp1252"))
        assert import_visits(db, path, office.adviser, office_id=office.soeparken.id).imported == 1
        with db.reading() as session:
            stored = session.scalars(select(AdviceVisit)).one().visited_at
    finally:
        monkeypatch.undo()
        time_module.tzset()
    assert stored.astimezone(COPENHAGEN).replace(tzinfo=None) == datetime(2026, 3, 3, 10, 30)


def test_imported_notes_are_sealed_and_read_by_the_adviser(db, office, tmp_path):
    import sqlite3
    from contextlib import closing

    from boligsocial_desktop.services.visits import VisitService

    import_visits(db, write_csv(tmp_path / "log.csv", GOOD_ROWS), office.adviser, office_id=office.soeparken.id)
    with closing(sqlite3.connect(db.path)) as raw:
        notes = [n for (n,) in raw.execute("SELECT notes FROM advice_visits WHERE notes IS NOT NULL")]
    assert len(notes) == 1 and notes[0].startswith("bsv1:") and "inkasso" not in notes[0]
    with db.reading() as session:
        visit_id = session.scalar(select(AdviceVisit.id).where(AdviceVisit.notes.is_not(None)))
    assert VisitService(db).detail(office.adviser, visit_id).notes == "Rykker fra inkasso"
