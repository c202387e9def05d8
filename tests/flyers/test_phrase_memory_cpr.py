"""The phrase memory (office settings, not covered by the database's CPR guard) never keeps a CPR number:
a translator's file is checked cell by cell before anything is remembered, even for a row that is skipped."""

from __future__ import annotations

import csv
import io

import pytest
from flyer_helpers import DANISH_DESCRIPTION, make_dinner
from sqlalchemy import select

from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.flyers import PHRASE_PREFIX
from boligsocial_desktop.storage.models import OfficeSetting


def _rows(path):
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))


def _write(path, rows):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))


def _memory(db) -> list:
    with db.reading() as s:
        rows = s.scalars(select(OfficeSetting).where(OfficeSetting.key.startswith(PHRASE_PREFIX)))
        return [row.value for row in rows]


@pytest.mark.parametrize("column", [3, 4])  # the Danish text as the file has it, and the translation
def test_a_cpr_number_in_a_translators_file_is_refused_and_not_remembered(db, tmp_path, column):
    dinner = make_dinner(db, translations=None)
    path = tmp_path / "t.csv"
    dinner.service.export_texts([dinner.id], ["ar"], path)
    rows = _rows(path)
    rows[1][4] = "ترجمة"
    rows[1][column] = rows[1][column] + " 010190-1234"
    _write(path, rows)
    source = dinner.service.source(dinner.id)  # the Danish title changes, so the row is skipped ...
    dinner.service.save_texts(dinner.id, source.version, "Fællesspisning for alle", DANISH_DESCRIPTION, {})
    before = _memory(db)
    with pytest.raises(ValidationError, match=r"Række 2.*CPR"):
        dinner.service.import_texts(path)
    assert _memory(db) == before  # ... and yet nothing of it lands in the phrase memory
