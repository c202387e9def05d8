"""Visit logs imported twice or with pasted rows: duplicates are named and stored once unless the user
chooses otherwise; every problem of the file in one pass."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from boligsocial_desktop.cli import main
from boligsocial_desktop.domain.dates import COPENHAGEN
from boligsocial_desktop.services.importing import DuplicatePolicy, ImportRefused, summary_lines
from boligsocial_desktop.services.visits import VisitService
from boligsocial_desktop.services.visits.importing import import_visits
from boligsocial_desktop.storage.models import AdviceVisit

HEADER = ["Dato", "Tid", "Medarbejder", "Emne", "Varighed"]


def visits_in(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(AdviceVisit))


def cp850_file(path, rows):
    """Excel's "CSV (MS-DOS)": code page 850, semicolons."""
    path.write_bytes("\r\n".join(";".join(r) for r in rows).encode("cp850") + b"\r\n")
    return path


def test_a_pasted_row_and_a_stored_visit_are_named_and_not_stored_twice(db, office, tmp_path):
    VisitService(db).log_visit(office.adviser, office.visit(
        visited_at=datetime(2026, 10, 1, 10, 30, tzinfo=COPENHAGEN), topic_ids=(office.topic("Gæld"),)))
    path = cp850_file(tmp_path / "log.csv", [
        HEADER,
        ["01-10-2026", "10.30", "SL", "Gæld", "20"],  # already stored (other duration: still the same visit)
        ["01-10-2026", "11:00", "SL", "Sundhed", ""],
        ["01-10-2026", "11.00", "SL", "Sundhed", "15"],  # the row above pasted again
        ["01-10-2026", "11.00", "IM", "Sundhed", ""],  # another adviser: not a duplicate
    ])
    with pytest.raises(ImportRefused) as info:
        import_visits(db, path, office.adviser, office_id=office.soeparken.id)
    result = info.value.result
    assert result.only_duplicates
    assert info.value.problems == [
        "Række 2, kolonne A »Dato«: besøget 01-10-2026 kl. 10.30 hos SL om Gæld og budget findes allerede "
        "(et gemt besøg med samme tidspunkt, medarbejder og emner).",
        "Række 4, kolonne A »Dato«: besøget 01-10-2026 kl. 11.00 hos SL om Sundhed står også i række 3."]
    assert visits_in(db) == 1

    done = import_visits(db, path, office.adviser, office_id=office.soeparken.id, duplicates=DuplicatePolicy.SKIP)
    assert done.imported == 2 and visits_in(db) == 3
    assert summary_lines(done)[:2] == ["2 besøg indlæst fra log.csv.",
                                       "Sprunget over, fordi de allerede fandtes: række 2, 4."]


def test_every_problem_of_every_row_at_once_and_nothing_written(db, office, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Åben Rådgivning – besøg oktober"
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["Dato", "Tid", "Emne", "Sprog", "KÃ¸n", "Noter"])  # a garbled header is reported
    sheet.append([datetime(2026, 10, 1), "10.30", "Gæld", "klingonsk", "", ""])
    sheet.append(["32-10-2026", "25.00", "Skat", "dansk", "", "ring 0101901234"])
    sheet.append(["02-10-2026", "", "", "", "", ""])
    sheet.append([datetime(2026, 10, 3, 9, 15), "", "Sundhed", "", "", ""])  # good
    book.save(tmp_path / "log.xlsx")
    with pytest.raises(ImportRefused) as info:
        import_visits(db, tmp_path / "log.xlsx", office.adviser, office_id=office.soeparken.id)
    starts = [p.split(":")[0] for p in info.value.problems]
    assert starts == ["Række 3, kolonne E »KÃ¸n«", "Række 4, kolonne D »Sprog«", "Række 5, kolonne A »Dato«",
                      "Række 5, kolonne B »Tid«", "Række 5, kolonne C »Emne«", "Række 5, kolonne F »Noter«",
                      "Række 6, kolonne C »Emne«"]
    assert "ligner »køn«" in info.value.problems[0]
    assert "0101901234" not in info.value.message
    assert visits_in(db) == 0


def test_import_command_allow_duplicates(db, office, db_path, tmp_path, capsys, monkeypatch):
    from visit_helpers import ADVISER_PIN

    monkeypatch.setenv("BOLIGSOCIAL_PIN", ADVISER_PIN)  # the adviser names herself with her PIN
    path = cp850_file(tmp_path / "log.csv", [HEADER, ["01-10-2026", "10.30", "SL", "Gæld", ""],
                                             ["01-10-2026", "10.30", "SL", "Gæld", ""]])
    command = ["--db", str(db_path), "import", "visits", str(path), "--staff", "SL", "--office", "Søparken"]
    assert main(command) == 1
    err = capsys.readouterr().err
    assert ("Række 3, kolonne A »Dato«: besøget 01-10-2026 kl. 10.30 hos SL om Gæld og budget står også i "
            "række 2.") in err
    assert "--allow-duplicates" in err and visits_in(db) == 0
    assert main([*command, "--allow-duplicates"]) == 0
    assert capsys.readouterr().out.splitlines() == ["2 besøg indlæst fra log.csv.",
                                                    "Indlæst, selv om de allerede fandtes: række 3."]
    assert visits_in(db) == 2
