"""Participant lists as Windows PCs save them: every problem of every row at once, with row and column,
and duplicates named, not only counted."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from boligsocial_desktop.services.signups.importing import ParticipantImportRefused, import_participants
from boligsocial_desktop.storage.models import Participant

HEADER = "Navn;Aldersgruppe;Køn;Sprog;Husstand eller lejlighed;Telefon;E-mail;Samtykke;Samtykkedato;Løbenummer"


def write(tmp_path, lines, encoding="cp1252"):
    path = tmp_path / "deltagere.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def test_every_problem_of_a_row_is_named_with_its_column(db, course, tmp_path):
    path = write(tmp_path, [HEADER,
                            "Amira H.;6-12;pige;somali;;12 34;;skriftligt;01-09-2026;1",
                            "Bo K.;99-200;x;;;;;;;2",
                            "Ali K.;6-12;dreng;;010190-1234;;;;;3"])
    with pytest.raises(ParticipantImportRefused) as refused:
        import_participants(db, course.activity_id, path, course.coordinator)
    problems = refused.value.problems
    assert any(p.startswith("Række 2, kolonne F »Telefon«:") for p in problems), problems
    assert any(p.startswith("Række 3, kolonne B »Aldersgruppe«:") for p in problems), problems
    assert any(p.startswith("Række 3, kolonne C »Køn«:") for p in problems), problems  # the row's second problem
    assert any(p.startswith("Række 4, kolonne E »Husstand eller lejlighed«:") and "CPR" in p for p in problems)
    assert len(problems) == 4
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 0


def test_a_row_pasted_twice_is_named_not_only_counted(db, course, tmp_path):
    path = write(tmp_path, [HEADER, "Jens M.;25-64;mand;;;;;;;1", "Øzlem Å.;8;pige;tyrkisk;;;;;;2",
                            "Jens M.;25-64;mand;;;;;;;3"], encoding="cp850")
    result = import_participants(db, course.activity_id, path, course.coordinator)
    assert (result.signed_up, result.skipped) == (2, 1)
    assert any("Række 4" in w and "Jens M." in w and "række 2" in w for w in result.warnings), result.warnings
    again = import_participants(db, course.activity_id, path, course.coordinator)
    assert again.skipped == 3
    assert any("Række 3" in w and "Øzlem Å." in w and "allerede tilmeldt" in w for w in again.warnings), again.warnings


@pytest.mark.parametrize("age", ["1e999", "nan", "-3", "8½"])
def test_a_strange_age_is_a_problem_in_its_row_not_a_crash(db, course, tmp_path, age):
    path = write(tmp_path, ["Navn;Aldersgruppe;Køn", f"Amira H.;{age};pige"], encoding="utf-8")
    with pytest.raises(ParticipantImportRefused) as refused:
        import_participants(db, course.activity_id, path, course.coordinator)
    assert refused.value.problems[0].startswith("Række 2, kolonne B »Aldersgruppe«:")
