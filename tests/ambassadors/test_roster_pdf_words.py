"""No word in a roster PDF is split over two lines: columns are as wide as their longest word."""

from __future__ import annotations

from datetime import date, time

from pdf_checks import pdf_lines

from boligsocial_desktop.domain.printouts import PersonalSchedulePrint, PrintedPerson, PrintedShift, WeekRosterPrint
from boligsocial_desktop.pdf.roster import write_personal_schedule_pdf, write_week_roster_pdf

LONG_KIND = "Beboerambassadør-træf"
COMPOUND = "Helhedsplansbeboerambassadørkoordinationsmøde"  # Danish makes words this long


def _shift(day: date, kind: str = LONG_KIND) -> PrintedShift:
    return PrintedShift(day=day, start_time=time(17), end_time=time(19), kind=kind,
                        estate_name="Taastrupgaard", needed=3, people=("Amira Haddad",), note=None)


def _drawn_pieces(pdf: bytes) -> list[str]:
    return [text.strip() for _y, pieces in pdf_lines(pdf) for text, _font in pieces]


def test_week_roster_headers_and_long_kinds_are_never_split(tmp_path):
    monday = date(2026, 11, 23)
    data = WeekRosterPrint(monday=monday, shifts=(_shift(monday), _shift(monday, COMPOUND.lower())),
                           contacts=(PrintedPerson("Amira Haddad", "Taastrupgaard", "arabisk, dansk", None),),
                           printed=monday)
    pieces = _drawn_pieces(write_week_roster_pdf(tmp_path / "uge.pdf", data).read_bytes())
    for word in ("Bemanding", "Ambassadører", LONG_KIND, "Taastrupgaard", COMPOUND):
        assert any(word in piece for piece in pieces), (word, pieces)


def test_personal_schedule_keeps_long_kinds_whole(tmp_path):
    day = date(2026, 11, 24)
    data = PersonalSchedulePrint(name="Amira Haddad", estate_name="Taastrupgaard", start=day,
                                 shifts=(_shift(day), _shift(day, COMPOUND)), visits=(), printed=day)
    pieces = _drawn_pieces(write_personal_schedule_pdf(tmp_path / "plan.pdf", data).read_bytes())
    for word in (LONG_KIND, COMPOUND):
        assert any(word in piece for piece in pieces), (word, pieces)


def test_fit_widths_takes_room_from_the_columns_with_slack():
    from boligsocial_desktop.pdf.table_widths import fit_widths

    assert fit_widths([100, 100, 50], [10, 10, 70]) == [90, 90, 70]
    assert fit_widths([100, 100], [150, 40]) == [150, 50]
    assert fit_widths([100, 100], [150, 80]) is None
