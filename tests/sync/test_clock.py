"""One clock per database: stamps never overflow their text width, never go backwards, and two
processes on one database never issue a stamp below one already stored; updated_at and exports
are the same on every PC."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from datetime import date, time
from pathlib import Path
from time import time as wall_time

from sqlalchemy import select

from boligsocial_desktop.services.data_export import export_table
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import (
    Activity,
    ActivitySession,
    LocalState,
    OutboxChange,
    Partner,
    Room,
    shared_models,
)
from boligsocial_desktop.storage.outbox import HLC_STATE_KEY
from boligsocial_desktop.storage.types import utcnow
from boligsocial_desktop.storage.clock import MAX_COUNTER, HybridLogicalClock, Timestamp, hlc_datetime
from sync_helpers import ACTIVITY, ROOM, SESSION, START_MS, edit, exchange, seed_office

ROOT = Path(__file__).resolve().parents[2]
DAY_MS = 24 * 3600 * 1000


def assert_strictly_increasing(stamps: list[Timestamp]) -> None:
    texts = [str(s) for s in stamps]
    assert all(len(t.split(".")[0]) == 15 and len(t.split(".")[1]) == 5 for t in texts)  # text order = number order
    assert all(s.counter <= MAX_COUNTER for s in stamps)
    assert all(a < b for a, b in zip(texts, texts[1:]))
    assert all(a < b for a, b in zip(stamps, stamps[1:]))
    assert [Timestamp.parse(t) for t in texts] == stamps


def test_more_than_a_counter_full_within_one_millisecond():
    clock = HybridLogicalClock("o", wall=lambda: START_MS)  # the wall clock stands still
    stamps = [clock.now() for _ in range(150_001)]
    assert_strictly_increasing(stamps)
    assert stamps[MAX_COUNTER] == Timestamp(START_MS, MAX_COUNTER, "o")
    assert stamps[MAX_COUNTER + 1] == Timestamp(START_MS + 1, 0, "o")  # carried into the millis
    assert stamps[-1].millis == START_MS + 1  # running ahead of the wall clock by one ms only


def test_a_peer_24_hours_ahead_then_local_edits_order_after_it():
    wall = [START_MS]
    clock = HybridLogicalClock("b", wall=lambda: wall[0])
    before = clock.now()
    remote = Timestamp(START_MS + DAY_MS, MAX_COUNTER, "a")  # ahead, with a full counter
    clock.receive(remote)
    stamps = []
    for step in range(120_000):  # the wall clock moves, but stays a day behind the peer
        wall[0] += step % 2
        stamps.append(clock.now())
    assert str(before) < str(remote) < str(stamps[0])
    assert_strictly_increasing(stamps)
    clock.receive(Timestamp(stamps[-1].millis, MAX_COUNTER, "a"))  # the same millis, a full counter
    after = clock.now()
    assert str(after) > str(stamps[-1]) and after.counter <= MAX_COUNTER


def test_a_wall_clock_jumping_back_an_hour_keeps_stamps_increasing():
    wall = [START_MS]
    clock = HybridLogicalClock("o", wall=lambda: wall[0])
    stamps = [clock.now() for _ in range(10)]
    wall[0] -= 3600 * 1000
    for _ in range(110_000):
        wall[0] += 1 if len(stamps) % 50 == 0 else 0
        stamps.append(clock.now())
    assert_strictly_increasing(stamps)


def test_observe_never_moves_back_and_carries_old_overflowed_stamps():
    clock = HybridLogicalClock("o", wall=lambda: START_MS)
    clock.observe(Timestamp(START_MS + 5000, 7, "o"))
    assert clock.now() == Timestamp(START_MS + 5000, 8, "o")
    clock.observe(Timestamp(START_MS, 3, "o"))  # older: ignored
    assert clock.now() == Timestamp(START_MS + 5000, 9, "o")
    legacy = "001795000009000.100000.o"  # a six-digit counter written by an older version
    clock.observe(Timestamp.parse(legacy))
    nxt = clock.now()
    assert nxt > Timestamp.parse(legacy) and str(nxt) > legacy and len(str(nxt)) == len(legacy) - 1


WRITER = textwrap.dedent("""
    import sys, time
    from boligsocial_desktop.storage.engine import open_database
    from boligsocial_desktop.storage.models import Partner

    path, name, count, lag_ms, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
    db = open_database(path=path)
    if lag_ms:  # this process's wall clock is behind: its own memory would stamp lower
        db.capture.clock._wall = lambda: time.time_ns() // 1_000_000 - lag_ms
    with db.transaction() as s:
        partner = Partner(name=name)
        s.add(partner)
    while time.time() < start:
        time.sleep(0.001)
    for number in range(count):
        with db.transaction() as s:
            s.get(Partner, partner.id).name = f"{name} {number}"
    db.dispose()
""")


def test_two_processes_on_one_database_never_stamp_below_the_stored_clock(tmp_path):
    path = tmp_path / "boligsocial.sqlite"
    db = open_database(path=path)
    with db.transaction() as s:
        s.add(Partner(name="Frivilligcenter"))
    db.dispose()
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "boligsocial-test-pycache")}
    start = wall_time() + 1.5  # both begin writing together, after their imports
    children = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, "200", str(lag), str(start)],
                                 cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for name, lag in (("Program", 0), ("Planlagt sync", 3_600_000))]
    for child in children:
        _out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    db = open_database(path=path)
    try:
        with db.reading() as s:
            rows = s.execute(select(OutboxChange.seq, OutboxChange.hlc).order_by(OutboxChange.seq)).all()
            stored = s.get(LocalState, HLC_STATE_KEY).value
            names = set(s.scalars(select(Partner.name)))
    finally:
        db.dispose()
    assert len(rows) == 1 + 2 * 201 and {"Program 199", "Planlagt sync 199"} <= names
    stamps = [Timestamp.parse(hlc) for _seq, hlc in rows]
    assert len({hlc for _seq, hlc in rows}) == len(rows)  # never a duplicate
    assert_strictly_increasing(stamps)  # outbox order (seq) is clock order: never below one stored
    assert stored == max(hlc for _seq, hlc in rows)


def test_updated_at_is_the_time_of_the_newest_change(make_pc):
    a = make_pc("a")
    seed_office(a)
    edit(a, Activity, ACTIVITY, title="Lektiecafé for 4.-6. klasse")
    with a.db.reading() as s:
        activity = s.get(Activity, ACTIVITY)
        newest = s.scalars(select(OutboxChange.hlc).where(OutboxChange.row_id == ACTIVITY)
                           .order_by(OutboxChange.seq.desc())).first()
    assert activity.updated_at == hlc_datetime(newest)


def export_all(pc, folder: Path) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    result = {}
    for model in shared_models():
        name = model.__tablename__
        if name in ("audit_log", "advice_visits", "advice_cases", "ambassadors", "office_settings", "participants"):
            continue  # personal data: each export of it adds to this PC's own audit log
        target = folder / f"{name}.json"
        export_table(pc.db, name, "json", target)
        result[name] = target.read_bytes()
    return result


def test_exports_are_byte_identical_on_every_pc_after_an_exchange(make_pc, tmp_path):
    a, b = make_pc("a"), make_pc("b", skew=23 * 3600 * 1000)  # b's clock is almost a day ahead
    c = make_pc("c")
    seed_office(a)
    exchange(a, b, c)
    edit(a, Activity, ACTIVITY, title="Lektiecafé for 4.-6. klasse")  # a, then c (not seeing b's stamp)
    edit(b, Activity, ACTIVITY, description="Med frugt og saft")
    edit(c, Activity, ACTIVITY, title="Lektiecafé og lektiehjælp")  # concurrent with a: a conflict
    edit(a, Room, ROOM, capacity=35)
    edit(b, Room, ROOM, capacity=35)  # the same value on two PCs
    edit(c, ActivitySession, SESSION, start_time=time(16))
    with b.db.transaction() as s:
        s.add(Partner(name="Biblioteket"))
    exchange(a, b, c)
    edit(a, Room, ROOM, name="Store sal")  # after seeing b's stamp from a day ahead
    edit(c, ActivitySession, SESSION, day=date(2026, 12, 2), deleted_at=None)
    exchange(a, b, c)

    exports = [export_all(pc, tmp_path / f"export-{pc.name}") for pc in (a, b, c)]
    assert exports[0] == exports[1] == exports[2]
    assert b'"updated_at"' in exports[0]["activities"] and b'"version"' not in exports[0]["activities"]
    with a.db.reading() as s:
        room = s.get(Room, ROOM)
        newest = s.scalars(select(OutboxChange.hlc).where(OutboxChange.row_id == ROOM)
                           .order_by(OutboxChange.seq.desc())).first()
    assert room.name == "Store sal" and room.updated_at == hlc_datetime(newest)
    assert newest > str(Timestamp(b.wall(), 0, ""))[:15]  # a's edit came after b's stamp from a day ahead

    # the command line's export gives the same bytes
    outputs = []
    for pc in (a, c):
        target = tmp_path / f"cli-{pc.name}.json"
        pc.close()
        result = subprocess.run([sys.executable, "-m", "boligsocial_desktop", "--db", str(pc.path), "export",
                                 "activities", "--format", "json", "-o", str(target)],
                                cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        outputs.append(target.read_bytes())
        pc.open()
    assert outputs[0] == outputs[1] == exports[0]["activities"]


def test_a_save_without_a_field_change_moves_the_time_on_every_pc(make_pc):
    a, b = make_pc("a"), make_pc("b")
    with a.db.transaction() as s:
        partner = Partner(name="Biblioteket")
        s.add(partner)
    exchange(a, b)
    a.wall.advance(60_000)
    with a.db.transaction() as s:  # as the ambassador form does when only the languages changed
        s.get(Partner, partner.id).updated_at = utcnow()
    exchange(a, b)
    assert a.dump() == b.dump()
    with b.db.reading() as s:
        assert s.get(Partner, partner.id).updated_at.timestamp() * 1000 >= a.wall()
