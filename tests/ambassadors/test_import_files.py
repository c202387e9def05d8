"""Files from Windows PCs: encodings, separators, title rows, unknown and misspelt columns."""

from __future__ import annotations

import pytest
from ambassador_helpers import TODAY
from sqlalchemy import select

from boligsocial_desktop.services.ambassadors.importer import import_ambassadors
from boligsocial_desktop.services.importing import ImportRefused
from boligsocial_desktop.services.table_files import TableFileRefused, decode_text, detect_delimiter, read_csv
from boligsocial_desktop.storage.models import Ambassador

NOTE = "Åse Müller, café, 50 €, 10–12"
NOTE_850 = "Åse Müller, café, 50 kr, 10-12"  # cp850 has neither € nor –


def _table(separator: str, note: str) -> str:
    rows = [["navn", "afdeling", "noter"], ["Søren Ærø", "Søparken", note], ["Øjvind Å", "Ellemarken", "ø"]]
    quoted = [[f'"{cell}"' if separator in cell else cell for cell in row] for row in rows]
    return "\r\n".join(separator.join(row) for row in quoted) + "\r\n"


def _stored(db) -> dict[str, str | None]:
    with db.reading() as session:
        return {a.name: a.notes for a in session.scalars(select(Ambassador))}


@pytest.mark.parametrize("encoding, bom, separator, note", [
    ("utf-8", b"", ";", NOTE),
    ("utf-8", b"\xef\xbb\xbf", ";", NOTE),
    ("utf-16-le", b"\xff\xfe", "\t", NOTE),  # Excel's "Unicode-tekst"
    ("utf-16-be", b"\xfe\xff", "\t", NOTE),
    ("cp1252", b"", ";", NOTE),  # "CSV (semikolonsepareret)"
    ("cp850", b"", ";", NOTE_850),  # "CSV (MS-DOS)"
    ("cp1252", b"", ",", NOTE),
    ("cp850", b"", "\t", NOTE_850),
])
def test_windows_encodings_and_separators_keep_danish_letters(db, estates, tmp_path, encoding, bom, separator, note):
    path = tmp_path / "liste.csv"
    path.write_bytes(bom + _table(separator, note).encode(encoding))
    assert import_ambassadors(db, path, today=TODAY).imported == 2
    assert _stored(db) == {"Søren Ærø": note, "Øjvind Å": "ø"}


@pytest.mark.parametrize("text", [
    "Navn;Note\nSøren Ærø;Åse Müller\n", "Pris: 50 €\n", "10–12\n", "don’t\n", "Østerbro;Æble;på\n", "Café\n"])
@pytest.mark.parametrize("encoding", ["cp1252", "cp850"])
def test_code_page_is_told_from_the_danish_text(text, encoding):
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip("the code page lacks a character")
    assert decode_text(raw, "x.csv") == text


def test_ambiguous_bytes_are_refused_with_advice_to_save_as_utf8(tmp_path):
    path = tmp_path / "tvivl.csv"
    path.write_bytes(b"navn;afdeling\nx \xa4 y;Soparken\n")  # cp1252 says "¤", cp850 says "ñ": neither is Danish
    with pytest.raises(TableFileRefused, match="CSV UTF-8") as info:
        read_csv(path)
    assert "tegnsæt" in info.value.message and "Intet er indlæst" in info.value.message


@pytest.mark.parametrize("raw", [
    b"navn;afdeling\nS\xf8ren;A\nM\x91rsk;B\n",  # cp1252: "Søren", "M‘rsk"; cp850: "S°ren", "Mærsk"
    b"Navn;Aldersgruppe;K\xf8n\nS\xf8ren;8;dreng\nB\x91k;8;pige\n",  # cp1252: "B‘k"; cp850: "K°n", "S°ren"
])
def test_a_file_that_is_garbled_in_both_code_pages_is_refused(raw):
    """Each code page reads some letters right and others wrong: refused, never imported half garbled."""
    with pytest.raises(TableFileRefused, match="CSV UTF-8"):
        decode_text(raw, "blandet.csv")


def test_separator_detection():
    assert detect_delimiter("navn;afdeling\nA;B\n") == ";"
    assert detect_delimiter("navn,afdeling\nA,B\n") == ","
    assert detect_delimiter("navn\tafdeling\nA, B\tC; D\n") == "\t"
    assert detect_delimiter('navn,noter\n"A; B; C",D\n') == ","
    assert detect_delimiter("navn;noter\nA;1,5, 2,5 og 3,5\n") == ";"


def _xlsx_with_title(path, header, rows):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"] = "Ambassadørliste – Søparken 2024"
    sheet.merge_cells("A1:D1")  # a merged title row …
    # … row 2 is left empty
    sheet.append([])
    for row in [header, *rows]:
        sheet.append(row)
    workbook.save(path)
    return path


def test_xlsx_title_row_and_empty_row_above_the_header_are_skipped(db, estates, tmp_path):
    from datetime import datetime

    path = _xlsx_with_title(tmp_path / "liste.xlsx", ["Navn ", "AFDELING", "Startdato", "Farve"],
                            [["Søren Ærø", "Søparken", datetime(2024, 3, 3), "blå"],
                             ["Åse Müller", "Ellemarken", "3. marts 2024", ""]])
    result = import_ambassadors(db, path, today=TODAY)
    assert result.imported == 2
    assert result.ignored_columns == ("Farve",)  # unknown columns are named, never a refusal
    with db.reading() as session:
        assert {a.start_date.isoformat() for a in session.scalars(select(Ambassador))} == {"2024-03-03"}


def test_row_numbers_in_problems_count_the_title_rows(db, estates, tmp_path):
    path = _xlsx_with_title(tmp_path / "liste.xlsx", ["navn", "afdeling"], [["Søren Ærø", "Atlantis"]])
    with pytest.raises(ImportRefused) as info:
        import_ambassadors(db, path, today=TODAY)
    assert info.value.problems[0].startswith("Række 4, kolonne B »afdeling«: afdelingen »Atlantis« findes ikke")


@pytest.mark.parametrize("header, known", [("Afdelnig", "afdeling"), ("Telefn", "telefon"),
                                           ("SamtykkeDatoo", "samtykkedato"), ("Yndlingsret", None)])
def test_near_miss_header_is_refused_naming_the_column(db, estates, tmp_path, header, known):
    path = tmp_path / "liste.csv"
    path.write_text(f"navn;afdeling;{header}\nSøren Ærø;Søparken;x\n", encoding="utf-8")
    if known is None:  # a column that resembles nothing is ignored
        assert import_ambassadors(db, path, today=TODAY).ignored_columns == (header,)
        return
    with pytest.raises(ImportRefused) as info:
        import_ambassadors(db, path, today=TODAY)
    assert info.value.problems[0].startswith(f"Række 1, kolonne C »{header}«: overskriften ligner »{known}«")
    assert "er ikke indlæst" in info.value.message


def test_mojibake_header_is_refused_naming_the_known_column(db, estates, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("navn;afdeling;bemÃ¦rkninger\nSøren Ærø;Søparken;x\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as info:
        import_ambassadors(db, path, today=TODAY)
    assert "kolonne C »bemÃ¦rkninger«: overskriften ligner »bemærkninger«" in info.value.problems[0]
    assert "CSV UTF-8" in info.value.problems[0]


def test_without_a_header_row_the_message_says_so(db, estates, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("Liste over ambassadører\n\nnavn;by\nSøren;Aarhus\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as info:
        import_ambassadors(db, path, today=TODAY)
    assert "Kolonnen »afdeling« mangler. Række 3 ligner overskriftsrækken; fundet: navn, by." in info.value.problems


def test_visits_skip_title_rows_and_refuse_near_miss_headers(db, tmp_path):
    from boligsocial_desktop.services.importing import ImportRefused
    from boligsocial_desktop.services.visits.importing import import_visits

    path = tmp_path / "besøg.csv"
    path.write_text("Besøgslog 2024\n;;\nDatoo;Emne\n03-03-2024;Gæld\n", encoding="cp1252")
    with pytest.raises(ImportRefused, match="Række 3, kolonne A »Datoo«: overskriften ligner »dato«"):
        import_visits(db, path, None)
    path.write_text("Besøgslog\n\nFarve;Emne\nblå;Gæld\n", encoding="cp1252")
    with pytest.raises(ImportRefused, match=r"Kolonnen »Dato« mangler. Række 3 ligner overskriftsrækken"):
        import_visits(db, path, None)


def test_a_phone_number_whose_plus_excel_dropped_is_read_as_danish(db, estates, tmp_path):
    """»+45 20 30 40 50« typed into an Excel number cell is stored as the number 4520304050."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Navn", "Afdeling", "Telefon", "Samtykke", "Samtykkedato"])
    book.active.append(["Søren Ærø", "Søparken", 4520304050, "gemme", "01-03-2024"])
    book.save(tmp_path / "liste.xlsx")
    assert import_ambassadors(db, tmp_path / "liste.xlsx", today=TODAY).imported == 1
    with db.reading() as session:
        assert session.scalars(select(Ambassador.phone)).one() == "20 30 40 50"
