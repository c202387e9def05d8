"""The ambassador import refuses CPR numbers in any cell (text and Excel number cells) and strips control characters."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from boligsocial_desktop.services.ambassadors.importer import import_ambassadors
from boligsocial_desktop.services.importing import ImportRefused

HEADER = ["navn", "afdeling", "telefon", "samtykke", "samtykkedato", "noter"]


def write_csv(path, rows):
    path.write_text("\n".join(";".join(row) for row in rows), encoding="utf-8-sig")
    return path


@pytest.mark.parametrize("cpr", ["010190-1234", "01 01 90 1234", "٠١٠١٩٠١٢٣٤", "010190\u00ad1234", "01/01/90 1234"])
def test_a_cpr_number_in_a_csv_cell_refuses_the_import(db, estates, ambassadors, tmp_path, cpr):
    path = write_csv(tmp_path / "liste.csv", [HEADER, ["Amina Yusuf", "Søparken", "", "", "", f"Ring {cpr}"]])
    with pytest.raises(ImportRefused) as caught:
        import_ambassadors(db, path)
    assert caught.value.problems == ["Række 2, kolonne F »noter«: cellen ligner et CPR-nummer. Skriv ikke CPR-numre "
                                     "i programmet; fjern nummeret i filen."]
    assert ambassadors.roster() == []


def test_a_cpr_number_in_an_xlsx_number_cell_refuses_the_import(db, estates, ambassadors, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(["Amina Yusuf", "Søparken", 101901234, "gemme", "10-01-2026", ""])  # 0101901234 lost its zero
    path = tmp_path / "liste.xlsx"
    workbook.save(path)
    with pytest.raises(ImportRefused) as caught:
        import_ambassadors(db, path)
    assert [p.split(":")[0] for p in caught.value.problems] == ["Række 2, kolonne C »telefon«"]
    assert ambassadors.roster() == []


def test_a_phone_number_in_an_xlsx_number_cell_is_imported(db, estates, ambassadors, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(["Amina Yusuf", "Søparken", 43591000, "gemme", "10-01-2026", "Træffes 01-12-2026 kl. 10.30"])
    path = tmp_path / "liste.xlsx"
    workbook.save(path)
    assert import_ambassadors(db, path).imported == 1
    assert ambassadors.roster()[0].name == "Amina Yusuf"


def test_control_characters_in_names_are_stripped_with_a_warning(db, estates, ambassadors, tmp_path):
    path = write_csv(tmp_path / "liste.csv", [HEADER, ["Amina \u202efusuY\x00", "Søparken", "", "", "", ""]])
    result = import_ambassadors(db, path)
    assert result.names == ("Amina fusuY",)
    assert result.warnings == ("Række 2, kolonne A: usynlige styretegn (NUL eller bidi-tegn) er fjernet.",)
