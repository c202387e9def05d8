"""Files from Windows PCs: encodings, separators, title rows, unknown and misspelt columns."""

from __future__ import annotations

import pytest
from ambassador_helpers import TODAY
from sqlalchemy import select

from boligsocial_desktop.services.ambassadors.importer import ImportProblems, import_ambassadors
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


def test_separator_detection():
    assert detect_delimiter("navn;afdeling\nA;B\n") == ";"
    assert detect_delimiter("navn,afdeling\nA,B\n") == ","
    assert detect_delimiter("navn\tafdeling\nA, B\tC; D\n") == "\t"
    assert detect_delimiter('navn,noter\n"A; B; C",D\n') == ","
    assert detect_delimiter("navn;noter\nA;1,5, 2,5 og 3,5\n") == ";"
