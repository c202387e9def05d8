from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from boligsocial_desktop.calendar_export.ics import IcsCalendar, IcsEvent, calendar_to_ics

CPH = ZoneInfo("Europe/Copenhagen")


def event(uid="s1", **kwargs):
    values = dict(
        uid=uid, title="Lektiecafé", day=date(2026, 1, 6), start=time(15), end=time(17),
        location="Fælleshuset Søparken, Salen",
    )  # fmt: skip
    return IcsEvent(**(values | kwargs))


def parse(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def test_calendar_header():
    cal = parse(calendar_to_ics(IcsCalendar("Fælleshuset Søparken", [event()])))
    assert cal["VERSION"] == "2.0"
    assert "Boligsocial Desktop" in cal["PRODID"]
    assert cal["X-WR-CALNAME"] == "Fælleshuset Søparken"


def test_events_round_trip_with_copenhagen_times():
    events = [
        event("s1"),
        event("s2", title="Fællesspisning", day=date(2026, 7, 1), start=time(17, 30), end=time(19)),
    ]
    cal = parse(calendar_to_ics(IcsCalendar("Søparken", events)))
    parsed = cal.walk("VEVENT")
    assert len(parsed) == 2
    assert [str(e["SUMMARY"]) for e in parsed] == ["Lektiecafé", "Fællesspisning"]
    assert str(parsed[0]["LOCATION"]) == "Fælleshuset Søparken, Salen"
    assert parsed[0]["DTSTART"].params["TZID"] == "Europe/Copenhagen"
    assert parsed[0].start == datetime(2026, 1, 6, 15, tzinfo=CPH)
    assert parsed[0].end == datetime(2026, 1, 6, 17, tzinfo=CPH)
    # Winter is UTC+1, summer UTC+2.
    assert parsed[0].start.astimezone(UTC).hour == 14
    assert parsed[1].start.astimezone(UTC) == datetime(2026, 7, 1, 15, 30, tzinfo=UTC)


def test_vtimezone_matches_danish_time_for_years_to_come():
    cal = parse(calendar_to_ics(IcsCalendar("x", [event()])))
    [vtimezone] = cal.walk("VTIMEZONE")
    assert vtimezone["TZID"] == "Europe/Copenhagen"
    tz = vtimezone.to_tz()
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    while moment < datetime(2036, 1, 1, tzinfo=UTC):
        assert moment.astimezone(tz).utcoffset() == moment.astimezone(CPH).utcoffset(), moment
        moment += timedelta(hours=1)


def test_cancelled_events_have_status_cancelled():
    cal = parse(calendar_to_ics(IcsCalendar("x", [event("a"), event("b", cancelled=True)])))
    assert [str(e["STATUS"]) for e in cal.walk("VEVENT")] == ["CONFIRMED", "CANCELLED"]


def test_uids_are_stable_and_output_is_deterministic():
    calendar = IcsCalendar("x", [event("sess-42"), event("sess-43", description="Husk madpakke")])
    first = calendar_to_ics(calendar)
    assert first == calendar_to_ics(calendar)
    uids = [str(e["UID"]) for e in parse(first).walk("VEVENT")]
    assert uids == ["sess-42@boligsocial-desktop", "sess-43@boligsocial-desktop"]


def test_dtstamp_follows_last_modified():
    changed_local = datetime(2026, 3, 2, 10, 15, tzinfo=CPH)
    events = [
        event("a"),
        event("b", last_modified=changed_local),
        event("c", last_modified=datetime(2026, 3, 2, 9)),
    ]
    parsed = parse(calendar_to_ics(IcsCalendar("x", events))).walk("VEVENT")
    assert parsed[0]["DTSTAMP"].dt == datetime(2000, 1, 1, tzinfo=UTC)
    assert "LAST-MODIFIED" not in parsed[0]
    assert parsed[1]["DTSTAMP"].dt == datetime(2026, 3, 2, 9, 15, tzinfo=UTC)
    assert parsed[1]["LAST-MODIFIED"].dt == datetime(2026, 3, 2, 9, 15, tzinfo=UTC)
    assert parsed[2]["DTSTAMP"].dt == datetime(2026, 3, 2, 9, tzinfo=UTC)  # naive = UTC


def test_empty_location_and_description_are_left_out():
    [parsed] = parse(calendar_to_ics(IcsCalendar("x", [event(location="")]))).walk("VEVENT")
    assert "LOCATION" not in parsed and "DESCRIPTION" not in parsed


def test_lines_are_crlf_and_folded_at_75_octets():
    long_title = "Fællesspisning for hele Søparken – tag gerne naboen med, og husk æblekage " * 3
    data = calendar_to_ics(
        IcsCalendar("x", [event(title=long_title, description="første linje\nanden linje")])
    )
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
    data.decode("utf-8")  # folding never splits a character
    [parsed] = parse(data).walk("VEVENT")
    assert str(parsed["SUMMARY"]) == long_title
    assert str(parsed["DESCRIPTION"]) == "første linje\nanden linje"


printable = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(',;\\\n\t:"æøå–'),
    max_size=200,
)


@given(title=printable, description=printable, location=printable)
def test_any_text_survives_the_round_trip(title, description, location):
    data = calendar_to_ics(
        IcsCalendar("x", [event(title=title, description=description, location=location)])
    )
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
    [parsed] = parse(data).walk("VEVENT")
    assert str(parsed["SUMMARY"]) == title
    assert str(parsed.get("DESCRIPTION", "")) == description
    assert str(parsed.get("LOCATION", "")) == location


def test_control_characters_and_carriage_returns_are_cleaned():
    data = calendar_to_ics(
        IcsCalendar("x", [event(title="Bal\x00lon\x07", description="a\r\nb\rc")])
    )
    [parsed] = parse(data).walk("VEVENT")
    assert str(parsed["SUMMARY"]) == "Ballon"
    assert str(parsed["DESCRIPTION"]) == "a\nb\nc"


def test_ten_years_of_weekly_events_in_ten_rooms():
    rooms = [f"Lokale {n}" for n in range(1, 11)]
    start = date(2026, 1, 5)
    events = [
        IcsEvent(
            f"{room}-{week}",
            f"Aktivitet i {room}",
            start + timedelta(weeks=week, days=i % 5),
            time(15),
            time(17),
            f"Fælleshuset, {room}",
            "Alle er velkomne.\nGratis.",
            cancelled=week % 20 == 0,
            last_modified=datetime(2026, 1, 1, 12, tzinfo=UTC),
        )
        for i, room in enumerate(rooms)
        for week in range(520)
    ]
    calendar = IcsCalendar("Alle lokaler", events)
    data = calendar_to_ics(calendar)  # its speed: benchmarks/bench_calendar.py (calendar.files)
    parsed = parse(data).walk("VEVENT")
    assert len(parsed) == 5200
    assert sum(str(e["STATUS"]) == "CANCELLED" for e in parsed) == 10 * 26
    assert len({str(e["UID"]) for e in parsed}) == 5200


def read_with_vobject(data: bytes):
    import vobject

    return vobject.readOne(data.decode("utf-8"))


def icalendar_text(raw) -> str:
    """icalendar 7 keeps NAME and X-WR-CALNAME raw; read the value with its TEXT rules."""
    value = raw.to_ical().decode() if hasattr(raw, "to_ical") else str(raw)
    return str(icalendar.Event.from_ical(f"BEGIN:VEVENT\r\nSUMMARY:{value}\r\nEND:VEVENT\r\n")["SUMMARY"])


def test_sequence_and_dtstamp_follow_the_last_change():
    first, later = datetime(2026, 3, 2, 9, 15, 0, 400000, tzinfo=UTC), datetime(2026, 3, 2, 9, 15, 1, tzinfo=UTC)
    events = [event("a"), event("b", last_modified=first), event("c", last_modified=later)]
    data = calendar_to_ics(IcsCalendar("x", events))
    parsed = parse(data).walk("VEVENT")
    sequences = [int(e["SEQUENCE"]) for e in parsed]
    assert sequences[0] == 0
    assert sequences[1] == int((first - datetime(2020, 1, 1, tzinfo=UTC)).total_seconds())
    assert sequences[2] == sequences[1] + 1
    assert sequences[2] < 2**31  # what Outlook and Google accept
    vevents = read_with_vobject(data).vevent_list
    assert [int(e.sequence.value) for e in vevents] == sequences
    assert [e.dtstamp.value for e in vevents] == [e["DTSTAMP"].dt for e in parsed]


TRICKY = ["Bal, mad; musik", "første linje\nanden linje; med, tegn", "Sti C:\\bøger\\", "a\\,b\\;c\\n", "Æble;"]


@pytest.mark.parametrize("text", TRICKY)
def test_text_reads_the_same_with_icalendar_and_vobject(text):
    data = calendar_to_ics(IcsCalendar(f"Hus {text}", [event(title=text, description=text, location=text)]))
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
    cal, other = parse(data), read_with_vobject(data)
    [parsed] = cal.walk("VEVENT")
    for name in ("SUMMARY", "DESCRIPTION", "LOCATION"):
        assert str(parsed[name]) == text
        assert getattr(other.vevent, name.lower()).value == text
    for name in ("NAME", "X-WR-CALNAME"):
        assert icalendar_text(cal[name]) == f"Hus {text}"
        assert other.contents[name.lower()][0].value == f"Hus {text}"


@given(name=printable)
def test_any_calendar_name_survives_both_parsers(name):
    data = calendar_to_ics(IcsCalendar(name, [event()]))
    other = read_with_vobject(data)
    assert icalendar_text(parse(data)["X-WR-CALNAME"]) == name
    assert other.contents["x-wr-calname"][0].value == name
    assert other.contents["name"][0].value == name


def test_the_frame_is_what_icalendars_calendar_writes():
    """The program writes the calendar's frame itself (icalendar is not loaded for a command); it is the
    bytes icalendar's Calendar writes for the same properties and time zone."""
    from icalendar import Calendar, Timezone

    from boligsocial_desktop.calendar_export import ics

    cal = Calendar()
    cal.add("prodid", ics.PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-timezone", ics.TZID)
    cal.add_component(Timezone.from_ical(ics.COPENHAGEN_VTIMEZONE))
    assert cal.to_ical() == b"BEGIN:VCALENDAR\r\n" + ics.FRAME + b"END:VCALENDAR\r\n"
    empty = calendar_to_ics(IcsCalendar("Fælleshuset", []))
    assert empty.startswith(b"BEGIN:VCALENDAR\r\nNAME:F\xc3\xa6lleshuset\r\nX-WR-CALNAME:F\xc3\xa6lleshuset\r\n")
    assert Calendar.from_ical(empty).walk("VTIMEZONE")[0]["TZID"] == ics.TZID
