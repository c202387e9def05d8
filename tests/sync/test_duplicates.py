"""Possible duplicates: the same room, estate or ambassador created on two offline PCs, and merging them."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select
from sync_helpers import ACTIVITY, ESTATE, HOUSE, exchange, open_conflicts, seed_office
from test_conflicts import staff

from boligsocial_desktop.errors import NotFoundError, ValidationError
from boligsocial_desktop.storage.models import (
    Activity,
    ActivitySession,
    Ambassador,
    AmbassadorLanguage,
    AuditEntry,
    Base,
    Duty,
    DutyAssignment,
    Estate,
    House,
    MoveIn,
    Room,
    SyncConflict,
    WelcomeVisit,
)
from boligsocial_desktop.sync import duplicates
from boligsocial_desktop.sync.conflicts import ConflictService
from boligsocial_desktop.sync.duplicates import normal_name, normal_phone, referencing_columns


@pytest.fixture
def office(make_pc):
    a, b = make_pc("a"), make_pc("b")
    seed_office(a)
    exchange(a, b)
    return a, b


def create_offline(pc, tag: str, *, room_name: str, estate_name: str, person: str, phone: str,
                   languages: list[str]) -> dict[str, str]:
    """What one PC creates while it cannot reach the share: a room, an estate and an ambassador, all in use."""
    ids = {k: f"{k}-{tag}" for k in ("room", "estate", "house", "activity", "session", "ambassador", "duty",
                                     "assignment", "move_in", "visit")}
    with pc.db.transaction() as s:
        s.add(Room(id=ids["room"], house_id=HOUSE, name=room_name, capacity=12 if tag == "a" else 0))
        s.add(Estate(id=ids["estate"], name=estate_name, address="Ellemarken 1, 4600 Køge" if tag == "b" else None))
        s.flush()
        s.add(House(id=ids["house"], estate_id=ids["estate"], name=f"Klubhuset {tag}"))
        s.add(Ambassador(id=ids["ambassador"], name=person, estate_id=ids["estate"], phone=phone,
                         email="amina@example.dk" if tag == "b" else None))
        s.add(Activity(id=ids["activity"], title=f"Syklub {tag}", estate_id=ids["estate"], room_id=ids["room"],
                       recurrence="enkelt", start_date=date(2026, 12, 2), end_date=date(2026, 12, 2),
                       start_time=time(10), end_time=time(12)))
        s.flush()
        s.add(ActivitySession(id=ids["session"], activity_id=ids["activity"], room_id=ids["room"],
                              day=date(2026, 12, 2) if tag == "a" else date(2026, 12, 3),
                              start_time=time(10), end_time=time(12)))
        s.add(Duty(id=ids["duty"], kind="Velkomst", estate_id=ids["estate"], day=date(2026, 12, 4),
                   start_time=time(9) if tag == "a" else time(13), end_time=time(11) if tag == "a" else time(15)))
        s.add(MoveIn(id=ids["move_in"], estate_id=ids["estate"], address=f"Ellemarken {tag}",
                     move_in_date=date(2026, 12, 1)))
        s.flush()
        s.add(DutyAssignment(id=ids["assignment"], duty_id=ids["duty"], ambassador_id=ids["ambassador"]))
        s.add(WelcomeVisit(id=ids["visit"], move_in_id=ids["move_in"], due_date=date(2026, 12, 8),
                           ambassador_id=ids["ambassador"]))
        for language in languages:
            s.add(AmbassadorLanguage(id=f"lang-{tag}-{language}", ambassador_id=ids["ambassador"], language=language,
                                     level="modersmål" if language == "ar" else ""))
    return ids


def possible(pc) -> dict[str, SyncConflict]:
    return {c.table_name: c for c in open_conflicts(pc) if c.kind == duplicates.KIND}


def live(pc, model) -> list:
    with pc.db.reading() as s:
        return list(s.scalars(select(model).where(model.deleted_at.is_(None)).order_by(model.id)))


def test_names_and_phone_numbers_are_normalised():
    assert normal_name("  Lille   SAL\t") == normal_name("lille sal") == "lille sal"
    assert normal_name("ØSTERGÅRD") == "østergård"
    assert normal_phone("+45 20 30 40 50") == normal_phone("0045 20304050") == normal_phone("20-30-40-50") \
        == "20304050"
    assert normal_phone("45 67 89 01") == "45678901"  # an 8-digit number starting with 45 is left alone


def test_every_table_that_points_at_the_three_tables_is_covered():
    expected = set()
    for table in Base.metadata.tables.values():
        for column in table.columns:
            for key in column.foreign_keys:
                if key.target_fullname.split(".")[0] in ("rooms", "estates", "ambassadors"):
                    expected.add((key.target_fullname.split(".")[0], table.name, column.name))
    found = {(target, t, c) for target in ("rooms", "estates", "ambassadors") for t, c in referencing_columns(target)}
    assert found == expected
    # the ones the office knows by name are all there
    assert {("rooms", "sessions", "room_id"), ("rooms", "activities", "room_id"), ("estates", "houses", "estate_id"),
            ("estates", "advice_visits", "office_estate_id"), ("estates", "move_ins", "estate_id"),
            ("ambassadors", "ambassador_languages", "ambassador_id"),
            ("ambassadors", "duty_assignments", "swap_with_ambassador_id"),
            ("ambassadors", "welcome_visits", "ambassador_id")} <= found


def test_duplicates_from_two_offline_pcs_are_listed_and_merged_everywhere(office):
    a, b = office
    ids_a = create_offline(a, "a", room_name="Lille sal", estate_name="Ellemarken", person="Amina Yusuf",
                           phone="+45 20 30 40 50", languages=["ar", "so"])
    ids_b = create_offline(b, "b", room_name="lille  Sal", estate_name="ELLEMARKEN ", person="amina yusuf",
                           phone="20304050", languages=["ar", "en"])
    exchange(a, b)
    for pc in (a, b):
        found = possible(pc)
        assert set(found) == {"rooms", "estates", "ambassadors"}, pc.name
        assert {tuple(sorted(c.detail["keep_candidates"])) for c in found.values()} == {
            (ids_a["room"], ids_b["room"]), (ids_a["estate"], ids_b["estate"]),
            (ids_a["ambassador"], ids_b["ambassador"])}
    assert a.dump() == b.dump()

    coordinator = staff(a, "koordinator")
    service = ConflictService(a.db)
    views = {v.table_name: v for v in service.open_conflicts(coordinator) if v.kind == duplicates.KIND}
    room = views["rooms"]
    assert room.choices == ("merge", "not_duplicates")
    assert room.message == f"lokalet »{room.row_label}« i Fælleshuset findes to gange"
    assert {c.id for c in room.candidates} == {ids_a["room"], ids_b["room"]}
    assert all(c.references == {"activities": 1, "sessions": 1} for c in room.candidates)
    assert room.candidates[0].created_at <= room.candidates[1].created_at  # the older one is kept by default

    exchange(a, b)  # rounds without changes leave the list alone
    assert len(possible(a)) == 3

    # keep B's rows (not the default for the room) to show that the choice is followed
    kept = {"rooms": ids_b["room"], "estates": ids_b["estate"], "ambassadors": ids_a["ambassador"]}
    for table_name, keep in kept.items():
        service.merge_duplicate(coordinator, views[table_name].id, keep)
    dropped = {"rooms": ids_a["room"], "estates": ids_a["estate"], "ambassadors": ids_b["ambassador"]}
    assert possible(a) == {}
    assert possible(b).keys() == {"rooms", "estates", "ambassadors"}  # not yet heard of it
    exchange(a, b)
    assert a.dump() == b.dump()
    assert possible(b) == {}
    for pc in (a, b):
        [room_row] = [r for r in live(pc, Room) if r.id in (ids_a["room"], ids_b["room"])]
        assert room_row.id == kept["rooms"] and room_row.capacity == 0  # the kept row's own value stays
        assert {s.room_id for s in live(pc, ActivitySession) if s.id != "00000000-0000-4000-8000-000000000005"} \
            == {kept["rooms"]}
        assert {x.room_id for x in live(pc, Activity) if x.id != ACTIVITY} == {kept["rooms"]}
        [estate] = [e for e in live(pc, Estate) if e.id != ESTATE]
        assert estate.id == kept["estates"] and estate.address == "Ellemarken 1, 4600 Køge"
        assert {h.estate_id for h in live(pc, House) if h.id != HOUSE} == {kept["estates"]}
        assert {m.estate_id for m in live(pc, MoveIn)} == {kept["estates"]}
        assert {d.estate_id for d in live(pc, Duty)} == {kept["estates"]}
        [person] = live(pc, Ambassador)
        assert person.id == kept["ambassadors"] and person.email == "amina@example.dk"  # filled from the other
        assert person.estate_id == kept["estates"]
        assert {x.ambassador_id for x in live(pc, DutyAssignment)} == {kept["ambassadors"]}
        assert {v.ambassador_id for v in live(pc, WelcomeVisit)} == {kept["ambassadors"]}
        languages = live(pc, AmbassadorLanguage)
        assert sorted(lang.language for lang in languages) == ["ar", "en", "so"]  # "ar" on both: kept once
        assert {lang.ambassador_id for lang in languages} == {kept["ambassadors"]}
        with pc.db.reading() as s:
            for table_name, row_id in dropped.items():
                model = duplicates.RULES[table_name].model
                assert s.get(model, row_id).deleted_at is not None
    with a.db.reading() as s:
        audits = s.scalars(select(AuditEntry).where(AuditEntry.action == "slå dubletter sammen")).all()
        assert {e.row_id for e in audits} == set(kept.values())
        assert all(e.staff_id == coordinator.id for e in audits)


def test_not_duplicates_is_not_asked_again_and_a_pair_that_goes_away_closes(office):
    a, b = office
    create_offline(a, "a", room_name="Salen 2", estate_name="Ellemarken", person="Amina Yusuf",
                   phone="20304050", languages=[])
    create_offline(b, "b", room_name="Salen 2", estate_name="Hastrupparken", person="Amina Yusuf",
                   phone="20304051", languages=[])  # another phone number: another person
    exchange(a, b)
    assert set(possible(a)) == {"rooms"}
    coordinator = staff(a, "koordinator")
    service = ConflictService(a.db)
    [view] = [v for v in service.open_conflicts(coordinator) if v.kind == duplicates.KIND]
    service.resolve(coordinator, view.id, "not_duplicates")
    assert possible(a) == {}
    service.find_duplicates()
    exchange(a, b)
    assert possible(a) == {}
    # on B the same pair goes away when A renames its room, and comes back when the name returns
    with a.db.transaction() as s:
        s.get(Room, "room-a").name = "Værkstedet"
    exchange(a, b)
    assert possible(b) == {}
    with b.db.transaction() as s:  # renamed here: the dialog looks again when it opens
        s.get(Room, "room-a").name = "salen 2"
    ConflictService(b.db).find_duplicates()
    assert set(possible(b)) == {"rooms"}
    exchange(a, b)
    assert possible(a) == {}  # said "not duplicates" here


def test_only_coordinators_and_administrators_merge(office):
    a, b = office
    ids_a = create_offline(a, "a", room_name="Salen 2", estate_name="E1", person="X", phone="", languages=[])
    create_offline(b, "b", room_name="Salen 2", estate_name="E2", person="Y", phone="", languages=[])
    exchange(a, b)
    service = ConflictService(a.db)
    [view] = [v for v in service.open_conflicts(None) if v.kind == duplicates.KIND]
    for actor in (None, staff(a, "medhjælper"), staff(a, "rådgiver")):
        with pytest.raises(ValidationError):
            service.merge_duplicate(actor, view.id, ids_a["room"])
        with pytest.raises(ValidationError):
            service.resolve(actor, view.id, "not_duplicates")
    with pytest.raises(ValidationError):
        service.merge_duplicate(staff(a, "administrator"), view.id, "a-row-that-is-not-in-the-pair")
    service.merge_duplicate(staff(a, "administrator"), view.id, ids_a["room"])
    with pytest.raises(NotFoundError):
        service.merge_duplicate(staff(a, "administrator"), view.id, ids_a["room"])


def test_a_session_booked_on_the_dropped_room_before_the_merge_arrived_is_moved(office):
    a, b = office
    ids_a = create_offline(a, "a", room_name="Salen 2", estate_name="E1", person="X", phone="", languages=[])
    ids_b = create_offline(b, "b", room_name="Salen 2", estate_name="E2", person="Y", phone="", languages=[])
    exchange(a, b)
    service = ConflictService(a.db)
    [view] = [v for v in service.open_conflicts(None) if v.kind == duplicates.KIND]
    service.merge_duplicate(staff(a, "koordinator"), view.id, ids_a["room"])
    with b.db.transaction() as s:  # B has not heard of the merge yet
        s.add(ActivitySession(id="late", activity_id=ids_b["activity"], room_id=ids_b["room"], day=date(2026, 12, 9),
                              start_time=time(10), end_time=time(12)))
    exchange(a, b)
    assert a.dump() == b.dump()
    for pc in (a, b):
        with pc.db.reading() as s:
            assert s.get(ActivitySession, "late").room_id == ids_a["room"]


def test_archiving_one_of_two_rooms_with_one_name_settles_the_possible_duplicate(office):
    from boligsocial_desktop.services.places import ARCHIVED, PlacesService

    a, b = office
    for pc, tag in ((a, "a"), (b, "b")):
        with pc.db.transaction() as s:  # each PC creates "Lille sal" offline and books it
            s.add(Room(id=f"lille-{tag}", house_id=HOUSE, name="Lille sal", capacity=10))
            s.flush()
            s.add(ActivitySession(id=f"gang-{tag}", activity_id=ACTIVITY, room_id=f"lille-{tag}",
                                  day=date(2026, 12, 10 if tag == "a" else 11), start_time=time(15),
                                  end_time=time(17)))
    exchange(a, b)
    assert "rooms" in possible(a) and "rooms" in possible(b)
    assert PlacesService(a.db).remove_room("lille-b") == ARCHIVED  # the sessions keep their room
    ConflictService(a.db).find_duplicates()  # as Indstillinger does after removing a room
    assert "rooms" not in possible(a)
    exchange(a, b)
    assert "rooms" not in possible(a) and "rooms" not in possible(b)
    assert [r.id for r in PlacesService(b.db).rooms() if r.name == "Lille sal"] == ["lille-a"]
    assert {s.room_id for s in live(b, ActivitySession) if s.id.startswith("gang-")} == {"lille-a", "lille-b"}
