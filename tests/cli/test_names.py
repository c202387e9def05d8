"""Commands take names where they took ids: whole names, prefixes, dates for repeated titles; `list`."""

from __future__ import annotations

from datetime import date, time

import pytest

from boligsocial_desktop.cli import main
from boligsocial_desktop.domain.enums import Recurrence
from boligsocial_desktop.errors import NotFoundError, ValidationError
from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService
from boligsocial_desktop.services.lookup import Lookup
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.storage.engine import open_database


@pytest.fixture
def office(tmp_path):
    path = tmp_path / "kontor.sqlite"
    db = open_database(path=path)
    places = PlacesService(db)
    estate = places.create_estate("Taastrupgård")
    house = places.create_house(estate.id, "Fælleshuset Taastrupgaard")
    other = places.create_house(estate.id, "Fælleshuset Gadehavegård")
    hall = places.create_room(house.id, "Salen", 60)
    places.create_room(other.id, "Salen", 40)
    calendar = CalendarService(db)

    def single(title: str, day: date) -> str:
        return calendar.save_series(ActivityDraft(
            title=title, estate_id=estate.id, room_id=hall.id, recurrence=Recurrence.SINGLE, start_date=day,
            end_date=day, start_time=time(10), end_time=time(14))).id

    ids = {
        "cafe": calendar.save_series(ActivityDraft(
            title="Lektiecafé", estate_id=estate.id, room_id=hall.id, recurrence=Recurrence.WEEKLY,
            start_date=date(2026, 9, 1), end_date=date(2026, 12, 15), start_time=time(15),
            end_time=time(17))).id,
        "flea_sep": single("Loppemarked", date(2026, 9, 12)),
        "flea_may": single("Loppemarked", date(2027, 5, 8)),
        "house": house.id, "other": other.id, "estate": estate.id,
    }
    StaffService(db).create("Mette Hansen", "koordinator", initials="MH")
    yield path, db, ids
    db.dispose()


def test_the_resolver_takes_ids_names_prefixes_and_spellings(office):
    _, db, ids = office
    lookup = Lookup(db)
    assert lookup.house(ids["house"]) == ids["house"]
    assert lookup.house("Fælleshuset Taastrupgaard") == ids["house"]
    assert lookup.house("fælleshuset  taastrup") == ids["house"]  # a unique prefix, any case, extra spaces
    assert lookup.house("faelleshuset gadehave") == ids["other"]  # æ typed as ae
    assert lookup.estate("Taastrupgaard") == ids["estate"]  # å typed as aa
    assert lookup.activity("lektie") == ids["cafe"]
    assert lookup.activity("Loppemarked 12-09-2026") == ids["flea_sep"]
    assert lookup.activity("Loppemarked 2027-05-08") == ids["flea_may"]
    assert lookup.activity("Lektiecafé 06-10-2026") == ids["cafe"]  # a day inside the series
    assert lookup.staff("mh") == lookup.staff("Mette")


def test_an_ambiguous_name_lists_the_candidates_with_ids(office):
    _, db, ids = office
    with pytest.raises(ValidationError) as error:
        Lookup(db).activity("Loppemarked")
    message = error.value.message
    assert message.startswith("Flere aktiviteter passer på »Loppemarked«: Loppemarked (12-09-2026, Fælleshuset")
    assert ids["flea_sep"] in message and ids["flea_may"] in message
    assert "tilføj datoen" in message
    with pytest.raises(ValidationError, match="Flere huse passer på »Fælleshuset«") as error:
        Lookup(db).house("Fælleshuset")
    assert ids["house"] in error.value.message and ids["other"] in error.value.message


def test_an_unknown_name_names_the_choices(office):
    _, db, _ = office
    with pytest.raises(NotFoundError, match=r"Huset »Kulturhuset« findes ikke. Du kan vælge en af disse: "
                                            "Fælleshuset Gadehavegård"):
        Lookup(db).house("Kulturhuset")
    with pytest.raises(NotFoundError, match="Aktiviteten »Loppemarked« den 01-01-2027 findes ikke"):
        Lookup(db).activity("Loppemarked 01-01-2027")


def test_commands_take_names(office, tmp_path, capsys):
    path, _, _ = office
    pdf, ics, poster = tmp_path / "sep.pdf", tmp_path / "lektie.ics", tmp_path / "plakat.pdf"
    assert main(["--db", str(path), "program", "--house", "Fælleshuset Taastrupgaard", "--month", "2026-09",
                 "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["--db", str(path), "program", "--estate", "taastrupgård", "--month", "2026-09", "-o", str(pdf)]) == 0
    assert main(["--db", str(path), "ics", "--activity", "Lektiecafé", "-o", str(ics)]) == 0
    assert ics.read_bytes().count(b"BEGIN:VEVENT") > 10
    assert main(["--db", str(path), "ics", "--house", "Fælleshuset T", "-o", str(ics)]) == 0
    assert main(["--db", str(path), "flyer", "Loppemarked 08-05-2027", "-o", str(poster)]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "flyer", "Loppemarked", "-o", str(poster)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("Fejl: Flere aktiviteter passer på »Loppemarked«") and error.count("\n") == 1


def test_list_prints_names_with_ids(office, capsys):
    path, _, ids = office
    assert main(["--db", str(path), "list", "houses"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[0] for line in lines] == [ids["other"], ids["house"]]  # sorted by name
    assert "Fælleshuset Taastrupgaard" in lines[1] and "afdeling Taastrupgård" in lines[1]
    assert main(["--db", str(path), "list", "activities"]) == 0
    out = capsys.readouterr().out
    assert out.count("Loppemarked") == 2 and "12-09-2026" in out and "01-09-2026 – 15-12-2026" in out
    for kind in ("estates", "rooms", "staff"):
        assert main(["--db", str(path), "list", kind]) == 0
    out = capsys.readouterr().out
    assert "Taastrupgård" in out and "60 pladser" in out and "Mette Hansen" in out and "MH" in out


def test_screenshot_of_the_posters_page_shows_the_named_activity(office, tmp_path, monkeypatch):
    from boligsocial_desktop import screenshot

    path, _, ids = office
    chosen = []
    real = screenshot.render_view
    monkeypatch.setattr(screenshot, "render_view",
                        lambda db, view, output, w, h, activity_id=None: chosen.append(activity_id)
                        or real(db, view, output, w, h, activity_id=activity_id))
    target = tmp_path / "plakat.png"
    assert main(["--db", str(path), "screenshot", "--view", "flyers", "--activity", "Lektiecafé",
                 "--size", "900x600", "-o", str(target)]) == 0
    assert chosen == [ids["cafe"]] and target.stat().st_size > 5_000
