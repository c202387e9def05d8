"""The shared import pipeline with ambassador lists as offices keep them: every problem in one pass,
duplicates named and imported only when the user chooses, unknown and garbled columns."""

from __future__ import annotations

import pytest
from ambassador_helpers import TODAY, person
from openpyxl import Workbook
from sqlalchemy import func, select

from boligsocial_desktop.cli import main
from boligsocial_desktop.services.ambassadors.importer import import_ambassadors
from boligsocial_desktop.services.importing import (
    DuplicatePolicy,
    ImportRefused,
    duplicate_question,
    summary_lines,
)
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import Ambassador


def count(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Ambassador).where(Ambassador.deleted_at.is_(None)))


def write(path, rows, encoding="utf-8-sig", separator=";"):
    path.write_bytes("\r\n".join(separator.join(row) for row in rows).encode(encoding) + b"\r\n")
    return path


HEADER = ["Navn", "Afdeling", "Telefon", "Samtykke", "Samtykkedato", "Startdato", "Sprog", "Noter"]


def test_every_problem_of_every_row_in_one_pass_with_excel_rows_and_columns(db, estates, tmp_path):
    path = write(tmp_path / "liste.csv", [
        ["Ambassadører i Søparken", "", "", "", "", "", "", ""],  # a title row above the header
        HEADER,
        ["Hodan Ali", "Søparken", "22 33 44 55", "", "", "", "", ""],  # phone without consent
        ["Omar Yusuf", "Søparken", "12", "gemme", "32-01-2026", "", "klingonsk", ""],  # phone, date, language
        ["Leyla Demir", "Nordparken", "", "", "", "1. marts", "", "ring 010190-1234"],  # estate, date, CPR
        ["Ayaan Farah", "Ellemarken", "", "måske", "", "", "", ""],  # unknown consent word
        ["Amina Yusuf", "Ellemarken", "", "", "", "", "", ""],  # good
        ["Amina Yusuf", "Ellemarken", "", "", "", "", "", ""],  # the same row pasted twice
    ])
    with pytest.raises(ImportRefused) as info:
        import_ambassadors(db, path, today=TODAY)
    problems = info.value.problems
    starts = [p.split(":")[0] for p in problems]
    assert starts == [
        "Række 3, kolonne D »Samtykke«",
        "Række 4, kolonne C »Telefon«", "Række 4, kolonne E »Samtykkedato«", "Række 4, kolonne G »Sprog«",
        "Række 5, kolonne B »Afdeling«", "Række 5, kolonne F »Startdato«",
        "Række 5, kolonne H »Noter«",  # a CPR cell is named without its text
        "Række 6, kolonne D »Samtykke«",
        "Række 8, kolonne A »Navn«",
    ]
    assert "samtykke" in problems[0]
    assert "Nordparken" in problems[4]
    assert problems[-1] == "Række 8, kolonne A »Navn«: Amina Yusuf står også i række 7."
    assert not any("010190" in p for p in problems)  # a CPR number is never quoted back
    assert info.value.message.startswith("Filen liste.csv er ikke indlæst, fordi den har 8 fejl og 1 række, der "
                                         "ville blive gemt to gange. Intet er gemt.")
    assert count(db) == 0


def test_a_file_with_rows_already_stored_is_refused_until_the_user_chooses(db, estates, ambassadors, tmp_path):
    soeparken = estates[0]
    ambassadors.create(person("Hodan Ali", soeparken.id, phone="22 33 44 55", scope="gemme"))
    path = write(tmp_path / "liste.csv", [
        ["navn", "afdeling", "telefon", "samtykke", "samtykkedato"],
        ["Hodan  ALI", "Søparken", "22334455", "gemme", "10-01-2026"],  # already stored (spelled otherwise)
        ["Omar Yusuf", "Søparken", "", "", ""],
    ])
    with pytest.raises(ImportRefused) as info:
        import_ambassadors(db, path, today=TODAY)
    result = info.value.result
    assert result.only_duplicates and [d.row for d in result.duplicates] == [2]
    assert info.value.problems[0].startswith("Række 2, kolonne A »navn«: Hodan ALI, telefon 22 33 44 55 findes "
                                             "allerede (ambassadøren Hodan Ali i Søparken, oprettet ")
    assert summary_lines(result)[0] == ("Filen liste.csv er ikke indlæst: 1 række findes allerede i programmet eller "
                                        "står to gange i filen. Intet er gemt.")
    question = duplicate_question(result)
    assert "Række 2" in question and "Vil du indlæse dem alligevel" in question and "de andre 1" in question
    assert count(db) == 1

    skipped = import_ambassadors(db, path, today=TODAY, duplicates=DuplicatePolicy.SKIP)
    assert skipped.names == ("Omar Yusuf",)
    assert "Sprunget over, fordi de allerede fandtes: række 2." in summary_lines(skipped)
    assert count(db) == 2

    again = import_ambassadors(db, path, today=TODAY, duplicates=DuplicatePolicy.ALLOW)
    assert again.imported == 2 and count(db) == 4
    assert "Indlæst, selv om de allerede fandtes: række 2, 3." in summary_lines(again)


def test_cp850_file_with_unknown_and_garbled_columns(db, estates, tmp_path):
    rows = [["Navn", "Afdeling", "Løbenr.", "Telefn", "Noter"], ["Søren Ærø", "Søparken", "1", "", "Åse"]]
    path = write(tmp_path / "msdos.csv", rows, encoding="cp850")  # Excel's "CSV (MS-DOS)"
    with pytest.raises(ImportRefused) as info:
        import_ambassadors(db, path, today=TODAY)
    assert info.value.problems == [info.value.problems[0]]
    assert info.value.problems[0].startswith("Række 1, kolonne D »Telefn«: overskriften ligner »telefon«")
    assert "Kolonner, der ikke bruges: Løbenr." in summary_lines(info.value.result)  # named, not refused

    rows[0][3] = "Telefon"
    result = import_ambassadors(db, write(tmp_path / "msdos.csv", rows, encoding="cp850"), today=TODAY)
    assert result.names == ("Søren Ærø",) and result.ignored_columns == ("Løbenr.",)
    with db.reading() as session:
        assert session.scalars(select(Ambassador.notes)).one() == "Åse"


def test_utf16_file_with_a_mojibake_header_is_reported_not_dropped(db, estates, tmp_path):
    rows = [["Navn", "Afdeling", "BemÃ¦rkninger"], ["Søren Ærø", "Søparken", "Træffes om aftenen"]]
    path = tmp_path / "unicode.txt"
    path.write_bytes(b"\xff\xfe" + "\r\n".join("\t".join(r) for r in rows).encode("utf-16-le"))  # "Unicode-tekst"
    with pytest.raises(ImportRefused) as info:
        import_ambassadors(db, path, today=TODAY)
    assert info.value.problems[0].startswith("Række 1, kolonne C »BemÃ¦rkninger«: overskriften ligner »bemærkninger«")
    assert "CSV UTF-8" in info.value.problems[0]
    assert count(db) == 0


def test_xlsx_with_merged_title_rows_duplicates_and_problems(db, estates, tmp_path):
    from datetime import datetime

    def save(rows):
        book = Workbook()
        sheet = book.active
        sheet["A1"] = "Beboerambassadører 2026"
        sheet.merge_cells("A1:F1")
        sheet["A2"] = "Søparken og Ellemarken"
        sheet.merge_cells("A2:F2")
        sheet.append([])
        sheet.append(["Navn", "Afdeling", "Telefon", "Samtykke", "Samtykkedato", "Løbenummer"])
        for row in rows:
            sheet.append(row)
        book.save(tmp_path / "liste.xlsx")
        return tmp_path / "liste.xlsx"

    hodan = ["Hodan Ali", "Søparken", 22334455, "gemme", datetime(2026, 1, 10), 1]
    omar = ["Omar Yusuf", "Ellemarken", 123, "gemme", 46032, 3]  # a phone too short; an Excel serial date
    with pytest.raises(ImportRefused) as info:
        import_ambassadors(db, save([hodan, [*hodan[:5], 2], omar]), today=TODAY)
    assert [p.split(":")[0] for p in info.value.problems] == ["Række 7, kolonne C »Telefon«",
                                                              "Række 6, kolonne A »Navn«"]
    assert info.value.problems[1].endswith("Hodan Ali, telefon 22 33 44 55 står også i række 5.")
    assert count(db) == 0

    omar[2] = 43591000  # a phone number stored as a number
    result = import_ambassadors(db, save([hodan, [*hodan[:5], 2], omar]), today=TODAY,
                                duplicates=DuplicatePolicy.SKIP)
    assert result.names == ("Hodan Ali, telefon 22 33 44 55", "Omar Yusuf, telefon 43 59 10 00")
    assert result.ignored_columns == ("Løbenummer",)
    assert count(db) == 2


def test_a_billion_laughs_in_shared_strings_is_refused_in_danish(db, estates, tmp_path):
    import zipfile

    book = Workbook()
    book.active.append(["navn", "afdeling"])
    book.active.append(["Hodan Ali", "Søparken"])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    entities = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    laughs = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol0 "lol">' + entities + ']>'
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">'
              '<si><t>navn</t></si><si><t>afdeling</t></si><si><t>&lol9;</t></si><si><t>Søparken</t></si></sst>')
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
             '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row></sheetData></worksheet>')
    bomb = tmp_path / "latter.xlsx"  # as Excel writes it: the cells point into xl/sharedStrings.xml
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info).decode()
            if info.filename == "xl/worksheets/sheet1.xml":
                data = sheet
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats.org/'
                                    'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml" '
                                    'Id="rId9" /></Relationships>')
            elif info.filename == "[Content_Types].xml":
                data = data.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            out.writestr(info.filename, data)
        out.writestr("xl/sharedStrings.xml", laughs)
    with pytest.raises(ImportRefused) as info:
        import_ambassadors(db, bomb, today=TODAY)
    assert "XML-entiteter" in info.value.message and "Intet er indlæst" in info.value.message
    assert "lollol" not in info.value.message
    assert count(db) == 0


def test_import_command_with_allow_and_skip_duplicates(tmp_path, capsys):
    db_file = tmp_path / "kontor.sqlite"
    db = open_database(path=db_file)
    from boligsocial_desktop.services.places import PlacesService

    PlacesService(db).create_estate("Søparken")
    db.dispose()
    path = write(tmp_path / "liste.csv", [["navn", "afdeling"], ["Hodan Ali", "Søparken"], ["Omar Yusuf", "Søparken"]])
    assert main(["--db", str(db_file), "import", "ambassadors", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "2 ambassadører indlæst fra liste.csv."

    assert main(["--db", str(db_file), "import", "ambassadors", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Fejl: Filen liste.csv er ikke indlæst: 2 rækker findes allerede" in err
    assert "Række 2, kolonne A »navn«: Hodan Ali findes allerede (ambassadøren Hodan Ali i Søparken" in err
    assert "--allow-duplicates" in err

    assert main(["--db", str(db_file), "import", "ambassadors", str(path), "--allow-duplicates"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == ["2 ambassadører indlæst fra liste.csv.",
                                "Indlæst, selv om de allerede fandtes: række 2, 3."]
    db = open_database(path=db_file)
    try:
        assert count(db) == 4
    finally:
        db.dispose()


def test_text_once_read_in_the_wrong_code_page_is_reported_not_imported_garbled(db, estates, tmp_path):
    path = write(tmp_path / "liste.csv", [["Navn", "Afdeling", "FÃ¸dselsÃ¥r", "Noter"],
                                          ["SÃ¸ren Ã†rÃ¸", "Søparken", "1970", "Café, 50 €"]])
    with pytest.raises(ImportRefused) as info:
        import_ambassadors(db, path, today=TODAY)
    problems = info.value.problems
    assert [p.split(":")[0] for p in problems] == ["Række 1, kolonne C »FÃ¸dselsÃ¥r«", "Række 2, kolonne A »Navn«"]
    assert "»Fødselsår«" in problems[0] and "CSV UTF-8" in problems[0]
    assert "»Søren Ærø«" in problems[1]
    assert count(db) == 0
