"""`boligsocial-desktop report`: dates as DD-MM-YYYY or YYYY-MM-DD, estates by id or name, one Danish line on errors."""

from __future__ import annotations

import openpyxl
import pytest

from boligsocial_desktop.cli import main


@pytest.fixture
def office_db(db, db_path, office):
    return db_path, office


def run(db_path, *args) -> int:
    return main(["--db", str(db_path), "report", *args])


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "pdf"])
def test_the_quarter_in_every_format(office_db, tmp_path, capsys, fmt):
    db_path, _ = office_db
    target = tmp_path / f"status.{fmt}"
    assert run(db_path, "--from", "01-07-2026", "--to", "2026-09-30", "--format", fmt, "-o", str(target)) == 0
    assert capsys.readouterr().out.strip() == f"Rapport for 3. kvartal 2026 gemt: {target}"
    assert target.stat().st_size > 500


def test_one_estate_by_name_or_id(office_db, tmp_path):
    db_path, office = office_db
    for estate in ("ellemarken", office.ellemarken):
        target = tmp_path / "ellemarken.xlsx"
        assert run(db_path, "--from", "01-07-2026", "--to", "30-09-2026", "--estate", estate, "--format", "xlsx",
                   "-o", str(target)) == 0
        sheet = openpyxl.load_workbook(target)["Aktiviteter"]
        assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] == "Beskæftigelse"] == [
            "Jobcafé", "I alt for Beskæftigelse"]


@pytest.mark.parametrize("dates, message", [
    (("30-09-2026", "01-07-2026"), "Periodens slutdato (01-07-2026) ligger før startdatoen (30-09-2026)"),
    (("01-01-2010", "31-12-2010"), "ligger uden for alle bevillingsperioder"),
    (("01-03-2016", "31-03-2016"), "Der er ingen aktiviteter, rådgivningsbesøg, ambassadører eller måltal"),
    (("31-02-2026", "31-03-2026"), "»31-02-2026« er ikke en dato, der findes"),
    (("juli", "31-03-2026"), "»juli« kan ikke læses som en dato"),
])
def test_bad_input_is_one_danish_line_and_no_file(office_db, tmp_path, capsys, dates, message):
    db_path, _ = office_db
    target = tmp_path / "status.pdf"
    assert run(db_path, "--from", dates[0], "--to", dates[1], "--format", "pdf", "-o", str(target)) == 1
    error = capsys.readouterr().err
    assert error.startswith("Fejl: ") and message in error and error.count("\n") == 1
    assert not target.exists()


def test_an_unknown_estate_lists_the_known_ones(office_db, tmp_path, capsys):
    db_path, _ = office_db
    assert run(db_path, "--from", "01-07-2026", "--to", "30-09-2026", "--estate", "Hastrupparken", "--format", "csv",
               "-o", str(tmp_path / "x.csv")) == 1
    error = capsys.readouterr().err
    assert "Afdelingen »Hastrupparken« findes ikke" in error and "Søparken" in error
