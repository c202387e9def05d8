"""`boligsocial-desktop import ambassadors FILE`: all or nothing, Danish problem list."""

from __future__ import annotations

from boligsocial_desktop.cli import main
from boligsocial_desktop.services.ambassadors import AmbassadorService, RosterFilter
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.engine import open_database


def test_import_command(tmp_path, capsys):
    db_file = tmp_path / "kontor.sqlite"
    db = open_database(path=db_file)
    PlacesService(db).create_estate("Søparken")
    db.dispose()
    bad = tmp_path / "liste.csv"
    bad.write_text("navn;afdeling;sprog\nHodan Ali;Søparken;somali\nOmar Yusuf;Søparken;klingonsk\n",
                   encoding="utf-8-sig")
    assert main(["--db", str(db_file), "import", "ambassadors", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Række 3, kolonne C »sprog«: sproget »klingonsk« kendes ikke" in err
    assert "Fejl: Filen liste.csv er ikke indlæst, fordi den har 1 fejl. Intet er gemt." in err

    bad.write_text("navn;afdeling;sprog\nHodan Ali;Søparken;somali\nOmar Yusuf;Søparken;arabisk\n",
                   encoding="utf-8-sig")
    assert main(["--db", str(db_file), "import", "ambassadors", str(bad)]) == 0
    assert "2 ambassadører indlæst" in capsys.readouterr().out
    db = open_database(path=db_file)
    try:
        assert [r.name for r in AmbassadorService(db).roster(RosterFilter())] == ["Hodan Ali", "Omar Yusuf"]
    finally:
        db.dispose()


def test_import_command_names_what_it_stripped(tmp_path, capsys):
    db_file = tmp_path / "kontor.sqlite"
    db = open_database(path=db_file)
    PlacesService(db).create_estate("Søparken")
    db.dispose()
    listing = tmp_path / "liste.csv"
    listing.write_text("navn;afdeling;sprog;farve\nHodan\u202e Ali;Søparken;somali;blå\n", encoding="utf-8-sig")
    assert main(["--db", str(db_file), "import", "ambassadors", str(listing)]) == 0
    out = capsys.readouterr().out
    assert "1 ambassadør indlæst fra liste.csv." in out
    assert "Kolonner, der ikke bruges: farve" in out
    assert "Bemærk: Række 2, kolonne A: usynlige styretegn" in out
