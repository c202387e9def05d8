"""The command line: the participant template and import, the sign-up sheet and the month tick list."""

from __future__ import annotations

import openpyxl
from sqlalchemy import select

from boligsocial_desktop.cli import main
from boligsocial_desktop.services.signups.importing import HEADERS
from boligsocial_desktop.storage.models import AuditEntry, Participant


def run(db_path, *args) -> int:
    return main(["--db", str(db_path), *args])


def test_template_has_danish_headers_and_an_example(db_path, tmp_path):
    assert run(db_path, "participants", "template", "-o", str(tmp_path / "liste.csv")) == 0
    text = (tmp_path / "liste.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbf") and text.decode("utf-8-sig").splitlines()[0] == ";".join(HEADERS)
    assert run(db_path, "participants", "template", "-o", str(tmp_path / "liste.xlsx")) == 0
    sheet = openpyxl.load_workbook(tmp_path / "liste.xlsx").active
    assert [c.value for c in sheet[1]] == list(HEADERS) and sheet["A2"].value == "Amira H."


def test_import_a_windows_list_twice_signs_up_once(db, db_path, course, tmp_path, capsys):
    rows = ["Deltagerliste forår", "", "NAVN;Alder;Køn;Husstand;Telefon;Samtykke;Løbenummer",
            "Søren Å.;8;dreng;Lejl. 3;;;1", "Åse B.;25-64;kvinde;;43 59 10 00;mundtligt;2", ";;;;;;3"]
    (tmp_path / "liste.csv").write_bytes("\r\n".join(rows).encode("cp1252"))
    args = ("participants", "import", "Familiekursus", str(tmp_path / "liste.csv"), "--staff", "MK")
    assert run(db_path, *args) == 0
    assert "2 tilmeldt, 0 på venteliste, 0 var der i forvejen" in capsys.readouterr().out
    assert run(db_path, *args) == 0
    assert "0 tilmeldt, 0 på venteliste, 2 var der i forvejen" in capsys.readouterr().out
    with db.reading() as session:
        names = sorted(p.name for p in session.scalars(select(Participant)))
    assert names == ["Lejl. 3", "Søren Å.", "Åse B."]


def test_an_import_with_a_cpr_number_saves_nothing(db, db_path, course, tmp_path, capsys):
    (tmp_path / "liste.csv").write_text("Navn;Aldersgruppe\nAmira;6–12\nAli 0102031234;6–12\n", encoding="utf-8")
    assert run(db_path, "participants", "import", course.activity_id, str(tmp_path / "liste.csv"),
               "--staff", "MK") == 1
    err = capsys.readouterr().err
    assert "Række 3" in err and "CPR" in err
    with db.reading() as session:
        assert session.scalars(select(Participant)).first() is None


def test_sheet_for_anyone_tick_list_for_coordinators_only_and_audited(db, db_path, course, signups, tmp_path,
                                                                     capsys):
    from boligsocial_desktop.services.signups.common import ParticipantInput

    signups.sign_up(course.activity_id, ParticipantInput("Amira K.", "6–12", "kvinde"), course.coordinator)
    assert run(db_path, "signups", "Familiekursus", "-o", str(tmp_path / "ark.pdf"), "--staff", "IM") == 0
    assert (tmp_path / "ark.pdf").read_bytes().startswith(b"%PDF")
    assert run(db_path, "signups", "Familiekursus", "--month", "2026-01", "-o", str(tmp_path / "liste.pdf"),
               "--staff", "IM") == 1
    assert "Kun koordinatorer og administratorer" in capsys.readouterr().err
    assert run(db_path, "signups", "Familiekursus", "--month", "2026-01", "-o", str(tmp_path / "liste.pdf"),
               "--staff", "MK") == 0
    assert (tmp_path / "liste.pdf").stat().st_size > 1000
    with db.reading() as session:
        actions = [a.action for a in session.scalars(select(AuditEntry))]
    assert actions.count("udskriv afkrydsningsliste") == 1
