"""Snapshots: new PCs start from one, old files (and the personal data in them) leave the share."""

from __future__ import annotations

import gzip
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sync_helpers import ESTATE, STAFF, exchange, seed_office

from boligsocial_desktop.storage.models import AdviceVisit, Partner, StaffMember
from boligsocial_desktop.sync import files
from boligsocial_desktop.sync.engine import SyncOptions
from boligsocial_desktop.sync.snapshots import make_snapshot

DAY = 24 * 3_600_000
WITH_SNAPSHOTS = SyncOptions(snapshot_interval_ms=7 * DAY)


def names(pc) -> list[str]:
    with pc.db.reading() as s:
        return sorted(s.scalars(select(Partner.name)))


def add_partner(pc, name: str) -> None:
    pc.wall.advance(1000)
    with pc.db.transaction() as s:
        s.add(Partner(name=name))


def share_files(share_root: Path, kind: str) -> list[Path]:
    return sorted(p for p in share_root.rglob("*") if p.is_file() and files.classify(p.name) == kind)


def every_byte_on_the_share(share_root: Path) -> bytes:
    data = b""
    for path in share_root.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            data += gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
    return data


def test_the_first_pc_makes_a_snapshot_and_a_new_pc_joins_from_it(make_pc, share_root):
    a = make_pc("a", options=WITH_SNAPSHOTS)
    seed_office(a)
    add_partner(a, "Frivilligcenter")
    report = a.sync()
    assert report.snapshot_made
    [manifest] = share_files(share_root, "manifest")
    assert manifest.parent.name == a.origin
    add_partner(a, "Efter øjebliksbilledet")  # in a change file after the snapshot
    a.sync()
    c = make_pc("c", options=WITH_SNAPSHOTS)
    with c.db.transaction() as s:  # made on the new PC before it ever shared
        s.add(StaffMember(id="staff-c", name="Ny medarbejder", role="medhjælper"))
    origin_c = c.origin
    report = c.sync()
    assert report.ok and report.joined
    assert c.origin == origin_c and names(c) == ["Efter øjebliksbilledet", "Frivilligcenter"]
    with c.db.reading() as s:
        assert s.get(StaffMember, "staff-c") is not None
    assert list((c.path.parent / "backups").glob("før-tilslutning-*.sqlite"))
    exchange(a, c)
    assert a.dump() == c.dump()


def test_old_files_leave_the_share_with_the_personal_data_in_them(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    seed_office(a)
    with a.db.transaction() as s:
        s.add(AdviceVisit(id="v1", visited_at=datetime(2026, 11, 2, 10, tzinfo=UTC), office_estate_id=ESTATE,
                          staff_id=STAFF, notes="Hemmelig note om gæld"))
    exchange(a, b)
    assert b"Hemmelig note" in every_byte_on_the_share(share_root)
    a.wall.advance(1000)
    with a.db.transaction() as s:  # the deadline passed: the note is erased
        s.get(AdviceVisit, "v1").notes = None
    exchange(a, b)
    old_snapshot = make_snapshot(a.engine)
    add_partner(b, "Ny partner")
    exchange(a, b)
    make_snapshot(b.engine)  # a newer snapshot, after the erasure
    exchange(b, a, b, a)
    assert a.dump() == b.dump()
    assert not (share_root / old_snapshot["path"]).exists()  # a's older snapshot went when b's arrived
    assert b"Hemmelig note" not in every_byte_on_the_share(share_root)
    assert len(share_files(share_root, "change")) <= 2  # only what the newest snapshot does not cover


def test_files_stay_while_a_known_pc_still_needs_them(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add_partner(a, "Frivilligcenter")
    exchange(a, b)
    b.online = False
    add_partner(a, "Mens b var væk")
    a.sync()
    make_snapshot(a.engine)
    a.sync()
    assert len(share_files(share_root, "change")) >= 1  # b has not got it yet
    b.sync()
    a.sync()
    assert names(b) == ["Frivilligcenter", "Mens b var væk"]


def test_a_pc_away_past_the_horizon_rejoins_and_keeps_its_unsent_changes(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add_partner(a, "Frivilligcenter")
    exchange(a, b)
    add_partner(b, "Skrevet på b, aldrig sendt")  # b goes on a long journey without the share
    for number in range(3):
        add_partner(a, f"Mens b var væk {number}")
        a.sync()
    a.wall.advance(40 * DAY)
    b.wall.advance(40 * DAY)
    a.sync()  # b is silent past the horizon: it no longer holds back the clean-up
    make_snapshot(a.engine)
    a.sync()
    report = b.sync()
    assert report.ok and report.joined
    exchange(a, b)
    expected = ["Frivilligcenter", "Mens b var væk 0", "Mens b var væk 1", "Mens b var væk 2",
                "Skrevet på b, aldrig sendt"]
    assert names(a) == names(b) == expected
    assert a.dump() == b.dump()


def test_a_snapshot_from_a_newer_program_is_not_used(make_pc, share_root):
    a = make_pc("a")
    add_partner(a, "Frivilligcenter")
    a.sync()
    made = make_snapshot(a.engine)
    data = share_root / made["data_path"]
    with sqlite3.connect(data) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'fremtiden'")
    connection.close()
    import hashlib

    manifest = {k: v for k, v in made.items() if k not in ("path", "data_path", "kind", "format", "min_reader")}
    manifest.update(sha256=hashlib.sha256(data.read_bytes()).hexdigest(), size=data.stat().st_size)
    (share_root / made["path"]).unlink()
    (share_root / made["path"]).write_bytes(files.build_manifest(manifest))
    c = make_pc("c")
    report = c.sync()
    assert report.needs_update and not report.joined
    assert any(p.kind == "too_new" for p in report.problems)
    assert names(c) == ["Frivilligcenter"]  # the change files it can read are still used


def test_a_damaged_snapshot_is_reported_not_used_and_not_fetched_again(make_pc, share_root):
    a = make_pc("a")
    add_partner(a, "Frivilligcenter")
    a.sync()
    made = make_snapshot(a.engine)
    a.sync()  # the snapshot covers a's change file and no other PC needs it: it goes
    assert share_files(share_root, "change") == []
    data = share_root / made["data_path"]
    raw = bytearray(data.read_bytes())
    raw[5000] ^= 0xFF
    data.write_bytes(bytes(raw))
    c = make_pc("c")
    report = c.sync()
    assert not report.joined and any(p.kind == "damaged" for p in report.problems)
    assert names(c) == []
    copies = []
    real_copy_out = c.share.copy_out
    c.share.copy_out = lambda path, local: copies.append(path) or real_copy_out(path, local)
    report = c.sync()
    assert copies == [] and any(p.kind == "damaged" for p in report.problems)  # not downloaded again


def test_no_join_while_another_program_has_the_database_open(make_pc, share_root):
    a = make_pc("a", options=WITH_SNAPSHOTS)
    add_partner(a, "Frivilligcenter")
    assert a.sync().snapshot_made
    c = make_pc("c")
    other = sqlite3.connect(c.path)  # e.g. the program itself, while `sync` runs from a scheduled task
    other.execute("SELECT count(*) FROM partners").fetchall()
    try:
        report = c.sync()
    finally:
        other.close()
    assert not report.ok and "andet program" in report.error and not report.joined
    assert c.sync().joined  # once it is alone
    assert names(c) == ["Frivilligcenter"]
