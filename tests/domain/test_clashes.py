import random
from dataclasses import replace
from datetime import date, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from boligsocial_desktop.domain.calendar_rules import (
    Booking,
    Clash,
    clash_message,
    find_clashes,
)

TUESDAY = date(2026, 1, 6)


def booking(start, end, room="salen", day=TUESDAY, label="Lektiecafé", session_id=None):
    return Booking(room, day, time(*start), time(*end), label, session_id)


def test_overlap_in_same_room_and_day_clashes():
    existing = booking((14,), (16,))
    candidate = booking((15,), (17,), label="Fællesspisning")
    assert find_clashes([candidate], [existing]) == [Clash(candidate, existing)]


def test_touching_ranges_do_not_clash():
    assert (
        find_clashes([booking((15,), (17,))], [booking((17,), (19,)), booking((13,), (15,))]) == []
    )


def test_other_room_or_other_day_does_not_clash():
    candidate = booking((15,), (17,))
    existing = [
        booking((15,), (17,), room="mødelokalet"),
        booking((15,), (17,), day=TUESDAY + timedelta(days=1)),
    ]
    assert find_clashes([candidate], existing) == []


def test_containment_and_identical_ranges_clash():
    candidate = booking((15,), (17,))
    inside = booking((15, 30), (16,))
    same = booking((15,), (17,))
    assert find_clashes([candidate], [inside, same]) == [
        Clash(candidate, inside),
        Clash(candidate, same),
    ]


def test_same_session_never_clashes_with_itself():
    saved = booking((15,), (17,), session_id="s1")
    moved = booking((15, 30), (17, 30), session_id="s1")
    assert find_clashes([moved], [saved]) == []


def test_bookings_without_session_id_are_different_bookings():
    assert len(find_clashes([booking((15,), (17,))], [booking((15,), (17,))])) == 1


def test_clashes_among_candidates_are_reported_once_on_the_later_one():
    first = booking((15,), (17,), label="A")
    second = booking((16,), (18,), label="B")
    third = booking((18,), (19,), label="C")
    assert find_clashes([first, second, third], []) == [Clash(second, first)]


def test_clash_message_in_danish():
    clash = Clash(
        booking((15,), (17,), label="Fællesspisning"), booking((14,), (16,), label="Lektiecafé")
    )
    assert clash_message(clash) == (
        "tirsdag 6. januar 2026 kl. 15–17: lokalet er optaget af »Lektiecafé« (kl. 14–16)"
    )


def _naive_clashes(candidates, existing):
    def clash(a, b):
        same_session = a.session_id is not None and a.session_id == b.session_id
        return (
            a.room_id == b.room_id and a.day == b.day and a.start < b.end and b.start < a.end
            and not same_session
        )  # fmt: skip

    result = []
    for i, c in enumerate(candidates):
        result += [Clash(c, e) for e in existing if clash(c, e)]
        result += [Clash(c, e) for e in candidates[:i] if clash(c, e)]
    return result


@st.composite
def bookings(draw):
    start = draw(st.integers(8 * 4, 21 * 4))  # quarter hours
    length = draw(st.integers(1, 12))
    end = min(start + length, 24 * 4 - 1)
    return Booking(
        room_id=draw(st.sampled_from(["salen", "køkkenet"])),
        day=TUESDAY + timedelta(days=draw(st.integers(0, 2))),
        start=time(start // 4, start % 4 * 15),
        end=time(end // 4, end % 4 * 15),
        label="x",
        session_id=draw(st.none() | st.sampled_from(["s1", "s2", "s3"])),
    )


@given(st.lists(bookings(), max_size=12), st.lists(bookings(), max_size=20))
def test_matches_brute_force(candidates, existing):
    candidates = [replace(c, label=f"kandidat {i}") for i, c in enumerate(candidates)]
    found = find_clashes(candidates, existing)
    expected = _naive_clashes(candidates, existing)
    # Same clashes, same candidate order; order among one candidate's clashes may differ.
    key = lambda c: (candidates.index(c.candidate), repr(c.other))  # noqa: E731
    assert sorted(found, key=key) == sorted(expected, key=key)
    assert [candidates.index(c.candidate) for c in found] == sorted(
        candidates.index(c.candidate) for c in found
    )


def test_year_series_against_ten_thousand_bookings():
    rng = random.Random(49)
    rooms = [f"lokale-{i}" for i in range(15)]
    first_day = date(2026, 1, 5)
    existing = []
    for i in range(10_000):
        hour = rng.randrange(8, 21)
        existing.append(
            Booking(
                rng.choice(rooms),
                first_day + timedelta(days=rng.randrange(3 * 365)),
                time(hour),
                time(hour + 1),
                f"Aktivitet {i}",
                f"s{i}",
            )
        )
    candidates = [
        Booking(
            "lokale-3", first_day + timedelta(weeks=w, days=1), time(15), time(17), "Lektiecafé"
        )
        for w in range(52)
    ]
    clashes = find_clashes(candidates, existing)  # its speed: the calendar.files benchmark
    assert clashes == _naive_clashes(candidates, existing)
