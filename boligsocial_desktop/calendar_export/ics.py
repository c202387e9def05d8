"""Export activity sessions as an iCalendar file (RFC 5545) that Outlook, Google and phones read.

The same data always gives the same bytes: UIDs come from the caller's ids and
DTSTAMP, LAST-MODIFIED and SEQUENCE from each event's last change, so a published
file only changes when the calendar does, and an edited event replaces the old one
when the file is imported again (Outlook and Google keep the higher SEQUENCE).
Everything is written here, in the order and form icalendar gives (the frame is what its Calendar
writes; tests/export/test_ics.py checks that), and the tests read everything back with icalendar.
The program itself does not load icalendar: it took a sixth of the ics command's start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

PRODID = "-//Boligsocial Desktop//Aktivitetskalender//DA"
UID_DOMAIN = "boligsocial-desktop"
TZID = "Europe/Copenhagen"
COPENHAGEN = ZoneInfo(TZID)
# DTSTAMP for events that carry no last_modified.
FIXED_STAMP = datetime(2000, 1, 1, tzinfo=UTC)
# SEQUENCE is the whole seconds from this moment to the event's last change. The last
# change (updated_at) is the same on every PC, so every PC writes the same SEQUENCE,
# and each later edit gives a higher one without any stored counter. Seconds since
# 2020 stay below 2**31 (the limit of some calendar programs) until 2088.
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)

# Danish time since 1996 (EU rules) as yearly rules, so one block covers every year.
# icalendar's Timezone.from_tzinfo (7.x) writes explicit transitions whose spring
# DTSTART is an hour late, so the block is written out here.
COPENHAGEN_VTIMEZONE = f"""BEGIN:VTIMEZONE
TZID:{TZID}
X-LIC-LOCATION:{TZID}
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
"""
# The calendar's properties and time zone, after its name (the lines icalendar's Calendar writes for them).
FRAME = (f"VERSION:2.0\nPRODID:{PRODID}\nCALSCALE:GREGORIAN\nX-WR-TIMEZONE:{TZID}\n" + COPENHAGEN_VTIMEZONE
         ).replace("\n", "\r\n").encode()


@dataclass(frozen=True)
class IcsEvent:
    """One session. uid must be stable across exports (e.g. the session's id).

    A naive last_modified is taken to be UTC. It should be the newest change of
    everything the event shows (session, activity, room, house): DTSTAMP,
    LAST-MODIFIED and SEQUENCE follow it.
    """

    uid: str
    title: str
    day: date
    start: time
    end: time
    location: str
    description: str = ""
    cancelled: bool = False
    last_modified: datetime | None = None


@dataclass(frozen=True)
class IcsCalendar:
    name: str
    events: Sequence[IcsEvent]


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _utc_stamp(moment: datetime) -> str:
    return _utc(moment).strftime("%Y%m%dT%H%M%SZ")


def sequence_for(last_modified: datetime | None) -> int:
    """The event's SEQUENCE: whole seconds since SEQUENCE_EPOCH (0 without a last change)."""
    if last_modified is None:
        return 0
    return max(0, int((_utc(last_modified) - SEQUENCE_EPOCH).total_seconds()))


def _local(day: date, clock: time) -> str:
    return f"TZID={TZID}:{day:%Y%m%d}T{clock:%H%M%S}"


_TEXT_ESCAPES = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,"})
# RFC 5545 TEXT allows no control characters except tab.
_CONTROL_CHARS = dict.fromkeys([*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F])


@lru_cache(maxsize=4096)  # titles, places and descriptions repeat across a series' sessions
def _text(value: str) -> str:
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\\n".join(line.translate(_CONTROL_CHARS).translate(_TEXT_ESCAPES) for line in lines)


@lru_cache(maxsize=4096)
def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 5545, 3.1)."""
    data = line.encode()
    if len(data) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its character
            cut -= 1
        parts.append(data[start:cut])
        start, limit = cut, 74  # continuation lines start with a space
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode()


def _vevent(item: IcsEvent) -> str:
    stamp = _utc_stamp(item.last_modified) if item.last_modified else _utc_stamp(FIXED_STAMP)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_text(item.uid)}@{UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        *([f"LAST-MODIFIED:{stamp}"] if item.last_modified else []),
        f"SEQUENCE:{sequence_for(item.last_modified)}",
        f"DTSTART;{_local(item.day, item.start)}",
        f"DTEND;{_local(item.day, item.end)}",
        f"SUMMARY:{_text(item.title)}",
        *([f"LOCATION:{_text(item.location)}"] if item.location else []),
        *([f"DESCRIPTION:{_text(item.description)}"] if item.description else []),
        f"STATUS:{'CANCELLED' if item.cancelled else 'CONFIRMED'}",
        "END:VEVENT",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)


def calendar_to_ics(calendar: IcsCalendar) -> bytes:
    """The calendar as iCalendar bytes (UTF-8, CRLF line ends, times in Europe/Copenhagen)."""
    # The name is TEXT (";", "," and line breaks escaped); icalendar would write X-WR-CALNAME
    # unescaped and refuse line breaks.
    name = _text(calendar.name)
    names = "".join(_fold(line) + "\r\n" for line in (f"NAME:{name}", f"X-WR-CALNAME:{name}")).encode()
    # icalendar needs ~0.2 ms per event; writing the simple VEVENTs directly makes
    # a 10-year export of every room take milliseconds instead of about a second.
    events = "".join(_vevent(item) for item in calendar.events).encode()
    return b"BEGIN:VCALENDAR\r\n" + names + FRAME + events + b"END:VCALENDAR\r\n"
