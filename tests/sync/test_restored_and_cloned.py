"""A PC restored from its backup, a cloned PC, clean-up, and changes that must wait: nothing saved is lost."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select
from sync_helpers import PC, exchange

from boligsocial_desktop.backups import make_backup, restore
from boligsocial_desktop.storage.models import Partner, SyncHeldChange
from boligsocial_desktop.sync import files
from boligsocial_desktop.sync.engine import RoundReport, SyncOptions
from boligsocial_desktop.sync.snapshots import make_snapshot

DAY = 24 * 3_600_000


def names(pc: PC) -> list[str]:
    with pc.db.reading() as s:
        return sorted(s.scalars(select(Partner.name).where(Partner.deleted_at.is_(None))))


def add(pc: PC, name: str) -> str:
    pc.wall.advance(1000)
    with pc.db.transaction() as s:
        row = Partner(name=name)
        s.add(row)
        s.flush()
        return row.id


def rename(pc: PC, row_id: str, name: str) -> None:
    pc.wall.advance(1000)
    with pc.db.transaction() as s:
        s.get(Partner, row_id).name = name


def change_files(share_root: Path, origin: str | None = None) -> list[Path]:
    return sorted(p for p in share_root.rglob("c-*.bsc") if origin is None or p.parent.name == origin)


def restore_from(pc: PC, backup: Path) -> None:
    """The program's restore: the program is closed, the copy replaces the database, the program starts."""
    pc.close()
    restore(backup, pc.path, pc.path.parent / "aside")
    pc.open()


def settle(*pcs: PC) -> None:
    exchange(*pcs, rounds=4)
    for pc in pcs:
        report = pc.sync()
        assert report.ok and not report.waiting, (pc.name, report.waiting, report.error)


def test_a_pc_restored_after_clean_up_gets_its_lost_edits_back_and_keeps_the_new_ones(make_pc, share_root):
    a, b, c = make_pc("a"), make_pc("b"), make_pc("c")
    add(a, "Før sikkerhedskopien")
    settle(a, b, c)
    backup = make_backup(a.path, a.path.parent / "backups")
    lost_edit = add(a, "Efter kopien, før nedbruddet")  # shared, then the disk dies
    add(b, "Fra b imens")
    settle(a, b, c)
    a.wall.advance(40 * DAY)
    b.wall.advance(40 * DAY)
    c.wall.advance(40 * DAY)
    make_snapshot(b.engine)
    settle(a, b, c)  # everyone has everything: the files are cleaned up
    assert not change_files(share_root, a.origin)
    old_origin = a.origin

    restore_from(a, backup)
    add(a, "Skrevet efter gendannelsen")
    settle(a, b, c)
    rename(a, lost_edit, "Omdøbt efter gendannelsen")  # the edit came back to a, and a can edit it
    settle(a, b, c)

    assert a.origin != old_origin  # a new identity for the restored history
    expected = ["Fra b imens", "Før sikkerhedskopien", "Omdøbt efter gendannelsen", "Skrevet efter gendannelsen"]
    assert names(a) == names(b) == names(c) == expected
    assert a.dump() == b.dump() == c.dump()


def test_a_restored_pc_behind_rejoins_from_its_own_old_snapshot(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add(a, "Første")
    settle(a, b)
    backup = make_backup(a.path, a.path.parent / "backups")
    add(b, "Fra b efter kopien")
    settle(a, b)
    for pc in (a, b):
        pc.wall.advance(40 * DAY)
    make_snapshot(a.engine)  # made by the PC that is later restored
    settle(a, b)
    assert not change_files(share_root, b.origin)  # b's file is gone: only the snapshot holds it

    restore_from(a, backup)
    typed = add(a, "Skrevet efter gendannelsen")
    settle(a, b)
    rename(b, typed, "Rettet på b")
    settle(a, b)

    assert names(a) == names(b) == ["Fra b efter kopien", "Første", "Rettet på b"]
    assert a.dump() == b.dump()


def test_an_edit_typed_after_the_restore_is_not_undone_by_the_old_history(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    row = add(a, "Version 1")
    settle(a, b)
    backup = make_backup(a.path, a.path.parent / "backups")
    rename(a, row, "Version 2 (før nedbruddet)")
    settle(a, b)
    restore_from(a, backup)
    rename(a, row, "Version 3 (efter gendannelsen)")
    settle(a, b)
    assert names(a) == names(b) == ["Version 3 (efter gendannelsen)"]
    assert a.dump() == b.dump()


def clone(pc: PC, make_pc, name: str) -> PC:
    """A disk image: the data folder copied while the program is closed, started on another PC."""
    pc.close()
    twin = make_pc(name)
    twin.close()
    shutil.copy(pc.path, twin.path)
    pc.open()
    twin.open()
    twin.wall.millis = pc.wall.millis
    return twin


def test_a_cloned_laptop_offline_while_the_share_is_cleaned_up(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add(a, "Fælles")
    settle(a, b)
    laptop = clone(a, make_pc, "laptop")
    assert laptop.origin == a.origin
    add(a, "Fra a, mens laptoppen er væk")
    add(laptop, "Fra laptoppen, offline")
    settle(a, b)
    for pc in (a, b, laptop):
        pc.wall.advance(40 * DAY)
    make_snapshot(b.engine)
    settle(a, b)
    assert not change_files(share_root, a.origin)  # cleaned up while the laptop was away

    settle(a, b, laptop)
    assert laptop.origin != a.origin
    expected = ["Fra a, mens laptoppen er væk", "Fra laptoppen, offline", "Fælles"]
    assert names(a) == names(b) == names(laptop) == expected
    assert a.dump() == b.dump() == laptop.dump()


def test_two_clones_that_both_share_before_either_notices(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add(a, "Fælles")
    settle(a, b)
    twin = clone(a, make_pc, "twin")
    add(a, "Fra a")
    add(twin, "Fra tvillingen")
    assert a.sync().ok and twin.sync().ok  # the twin may see a's file and take a new identity at once
    add(a, "Fra a igen")
    add(twin, "Fra tvillingen igen")
    settle(b, a, twin)
    expected = ["Fra a", "Fra a igen", "Fra tvillingen", "Fra tvillingen igen", "Fælles"]
    assert names(a) == names(b) == names(twin) == expected
    assert a.dump() == b.dump() == twin.dump()
    assert len({a.origin, twin.origin}) == 2


def test_the_fork_is_seen_by_peers_from_the_hash_chain(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add(a, "Fælles")
    settle(a, b)
    twin = clone(a, make_pc, "twin")
    add(a, "Fra a")
    assert a.sync().ok
    assert b.sync().ok  # b follows a's history
    # The twin writes its own history into the same folder without looking (an old version, say).
    add(twin, "Fra tvillingen")
    add(twin, "Fra tvillingen igen")
    twin.engine._export(RoundReport())
    report = b.sync()  # before a or the twin has noticed: b sees two histories under one identity
    assert any(p.kind == "fork" for p in report.problems)
    assert report.waiting
    settle(b, a, twin)
    assert a.origin != twin.origin
    assert names(a) == names(b) == names(twin) == ["Fra a", "Fra tvillingen", "Fra tvillingen igen", "Fælles"]


def test_clean_up_waits_for_a_pc_that_has_not_applied_the_files(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add(a, "Første")
    settle(a, b)
    add(a, "Anden")
    a.sync()
    make_snapshot(a.engine)
    a.sync()
    assert any("000000000002" in p.name for p in change_files(share_root, a.origin))  # b has not applied it
    b.sync()
    a.sync()
    assert names(b) == ["Anden", "Første"]


def test_a_snapshot_is_made_only_by_a_pc_that_holds_what_the_share_holds(make_pc, share_root):
    options = SyncOptions(snapshot_interval_ms=7 * DAY, join=False)
    a, b, c = (make_pc(name, options=options) for name in "abc")
    add(c, "Fra c")
    c.sync()
    a.sync()
    for path in change_files(share_root, c.origin):
        path.unlink()  # removed by hand before b got it; a snapshot by a holds it
    make_snapshot(a.engine)
    for pc in (a, b, c):
        pc.wall.advance(20 * DAY)
    report = b.sync()
    assert not report.snapshot_made  # b lacks c's change that a snapshot on the share holds
    assert a.sync().snapshot_made or c.sync().snapshot_made


def test_a_change_for_a_row_that_has_not_arrived_waits_and_applies_later(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    row = add(a, "Ny partner")
    rename(a, row, "Omdøbt")
    a.sync()
    [first] = change_files(share_root, a.origin)
    # Split history: b sees an edit file before the file with the insert (its deps say nothing of it).
    from boligsocial_desktop.sync.files import read_change_file
    from boligsocial_desktop.sync.merge import Merger

    change_file = read_change_file(first.name, a.origin, first.read_bytes())
    _insert, update = change_file.changes
    with b.db.transaction() as s:
        Merger(s.connection(), b.engine.now()).apply([update], a.origin)
    with b.db.reading() as s:
        assert s.scalar(select(SyncHeldChange.reason)) == "missing_row"
    b.sync()  # the insert arrives; the held edit applies after it
    assert names(b) == ["Omdøbt"]
    with b.db.reading() as s:
        assert s.scalar(select(SyncHeldChange.id)) is None


def test_a_conflicted_copy_that_verifies_is_applied_like_the_original(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add(a, "Via en kopi")
    a.sync()
    [original] = change_files(share_root, a.origin)
    original.rename(original.with_name(f"{original.stem} (conflicted copy 2026-11-23).bsc"))
    report = b.sync()
    assert report.ok
    assert names(b) == ["Via en kopi"]


def test_a_file_damaged_in_place_without_changing_size_is_written_again(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add(a, "Første")
    a.sync()
    [written] = change_files(share_root, a.origin)
    data = bytearray(written.read_bytes())
    data[len(data) // 2] ^= 0xFF
    written.write_bytes(bytes(data))
    a.engine.__dict__.pop("_verified", None)  # a new program start checks every file once
    a.sync()
    b.sync()
    assert names(b) == ["Første"]
    assert all(files.classify(p.name) == "change" for p in change_files(share_root, a.origin))
