"""More of the office's accidents on sharing: restores, clones, clean-up, forks, clocks.
Each test states the promise it checks: every saved edit (shared, or typed after an accident) is present
or in a conflict on every PC, the PCs end
identical, and no PC waits forever."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sync_helpers import PC, exchange
from test_restored_and_cloned import DAY, add, change_files, clone, names, rename, restore_from

from boligsocial_desktop.backups import make_backup
from boligsocial_desktop.storage.models import Partner, SyncConflict
from boligsocial_desktop.sync.engine import SyncOptions
from boligsocial_desktop.sync.snapshots import make_snapshot


def values_seen(pc: PC, row_id: str, field: str = "name") -> set:
    """The row's current value plus every value kept in a conflict for that field."""
    with pc.db.reading() as s:
        row = s.get(Partner, row_id)
        seen = {getattr(row, field)} if row is not None else set()
        for c in s.scalars(select(SyncConflict).where(SyncConflict.row_id == row_id)):
            for v in (c.local_value, c.remote_value):
                if isinstance(v, dict):
                    seen.update(x for k, x in v.items() if k == field or k == "value")
                elif v is not None:
                    seen.add(v)
    return seen


def deleted(pc: PC, row_id: str) -> bool:
    with pc.db.reading() as s:
        row = s.get(Partner, row_id)
        return row is None or row.deleted_at is not None


def soft_delete(pc: PC, row_id: str) -> None:
    from boligsocial_desktop.storage.models import utcnow

    pc.wall.advance(1000)
    with pc.db.transaction() as s:
        s.get(Partner, row_id).deleted_at = utcnow()


def settle(*pcs: PC, rounds: int = 5) -> None:
    exchange(*pcs, rounds=rounds)
    for pc in pcs:
        report = pc.sync()
        assert report.ok and not report.waiting, (pc.name, report.waiting, report.error)


def same(*pcs: PC) -> None:
    first = pcs[0].dump()
    for pc in pcs[1:]:
        assert pc.dump() == first, (pcs[0].name, pc.name)


def advance_all(ms: int, *pcs: PC) -> None:
    for pc in pcs:
        pc.wall.advance(ms)


def backed_up_pair(make_pc, shared_after: str) -> tuple[PC, PC, Path]:
    """Two PCs in step; a backup of a; then an edit on a that both PCs have (the backup lacks it)."""
    a, b = make_pc("a"), make_pc("b")
    add(a, "Før")
    settle(a, b)
    backup = make_backup(a.path, a.path.parent / "backups")
    add(a, shared_after)
    settle(a, b)
    return a, b, backup


def cleaned_up_office(make_pc) -> tuple[SyncOptions, PC, PC]:
    """Two PCs weeks after their changes were shared, snapshotted and cleaned off the share."""
    opts = SyncOptions(snapshot_interval_ms=7 * DAY)
    a, b = make_pc("a", options=opts), make_pc("b", options=opts)
    add(a, "Gammel")
    settle(a, b)
    advance_all(40 * DAY, a, b)
    make_snapshot(b.engine)
    settle(a, b)
    return opts, a, b


# --- restores -------------------------------------------------------------------------------------------


def test_restore_before_clean_up_gets_shared_edit_back(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add(a, "Før")
    settle(a, b)
    backup = make_backup(a.path, a.path.parent / "backups")
    lost = add(a, "Delt før nedbruddet")
    settle(a, b)
    restore_from(a, backup)
    add(a, "Efter gendannelsen")
    settle(a, b)
    rename(a, lost, "Rettet efter gendannelsen")
    settle(a, b)
    assert names(a) == names(b) == ["Efter gendannelsen", "Før", "Rettet efter gendannelsen"]
    same(a, b)


def test_restore_twice_in_a_row(make_pc, share_root):
    a, b, backup = backed_up_pair(make_pc, shared_after="Delt 1")
    restore_from(a, backup)
    add(a, "Efter første gendannelse")
    settle(a, b)
    restore_from(a, backup)  # the same old backup once more
    add(a, "Efter anden gendannelse")
    settle(a, b)
    expected = ["Delt 1", "Efter anden gendannelse", "Efter første gendannelse", "Før"]
    assert names(a) == names(b) == expected
    same(a, b)


def test_restore_twice_without_syncing_between(make_pc, share_root):
    a, b, backup = backed_up_pair(make_pc, shared_after="Delt 1")
    restore_from(a, backup)
    add(a, "Efter første gendannelse")
    assert a.sync().ok  # shared once, under the new identity or not
    backup2 = make_backup(a.path, a.path.parent / "backups2")
    add(a, "Delt 2")
    settle(a, b)
    restore_from(a, backup2)
    add(a, "Efter anden gendannelse")
    settle(a, b)
    expected = ["Delt 1", "Delt 2", "Efter anden gendannelse", "Efter første gendannelse", "Før"]
    assert names(a) == names(b) == expected
    same(a, b)


def test_restore_of_the_snapshot_maker_before_clean_up(make_pc, share_root):
    a, b, backup = backed_up_pair(make_pc, shared_after="Delt før snapshot")
    make_snapshot(a.engine)  # a's snapshot holds the edit; a's files still on the share
    restore_from(a, backup)
    add(a, "Efter")
    settle(a, b)
    assert names(a) == names(b) == ["Delt før snapshot", "Efter", "Før"]
    same(a, b)


def test_restore_then_clone_of_the_restored_pc(make_pc, share_root):
    a, b, backup = backed_up_pair(make_pc, shared_after="Delt")
    restore_from(a, backup)
    twin = clone(a, make_pc, "twin")  # imaged right after the restore, before any sharing
    add(a, "A efter")
    add(twin, "Tvilling efter")
    settle(a, b, twin)
    assert names(a) == names(b) == names(twin) == ["A efter", "Delt", "Før", "Tvilling efter"]
    same(a, b, twin)
    assert len({a.origin, b.origin, twin.origin}) == 3


def test_restored_pc_with_clock_far_ahead(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    row = add(a, "Før")
    settle(a, b)
    backup = make_backup(a.path, a.path.parent / "backups")
    rename(a, row, "Delt")
    settle(a, b)
    restore_from(a, backup)
    a.wall.skew = 3 * DAY  # BIOS battery: the restored PC's clock is days ahead
    rename(a, row, "Skrevet med forkert ur")
    a.sync()
    b.sync()
    a.wall.skew = 0  # clock corrected
    rename(b, row, "Rettet på b bagefter")
    advance_all(3 * DAY, a, b)  # the stamped change waits until real time catches up (by design)
    settle(a, b)
    same(a, b)
    assert "Skrevet med forkert ur" in values_seen(b, row)


def test_restored_pc_with_clock_far_behind(make_pc, share_root):
    a, b, c = make_pc("a"), make_pc("b"), make_pc("c")
    row = add(a, "Før")
    settle(a, b, c)
    backup = make_backup(a.path, a.path.parent / "backups")
    rename(a, row, "Delt")
    settle(a, b, c)
    restore_from(a, backup)
    a.wall.skew = -30 * DAY
    rename(a, row, "Skrevet med ur bagud")
    settle(a, b, c)
    same(a, b)
    same(b, c)
    assert "Skrevet med ur bagud" in values_seen(b, row)


# --- clones ----------------------------------------------------------------------------------------------


def test_three_copies_of_one_pc(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add(a, "Fælles")
    settle(a, b)
    t1 = clone(a, make_pc, "t1")
    t2 = clone(a, make_pc, "t2")
    add(a, "Fra a")
    add(t1, "Fra t1")
    add(t2, "Fra t2")
    for pc in (a, t1, t2):
        assert pc.sync().ok
    settle(b, a, t1, t2)
    assert names(a) == names(b) == names(t1) == names(t2) == ["Fra a", "Fra t1", "Fra t2", "Fælles"]
    same(a, b, t1, t2)
    assert len({a.origin, t1.origin, t2.origin}) == 3


def test_clone_of_a_clone(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add(a, "Fælles")
    settle(a, b)
    t1 = clone(a, make_pc, "t1")
    add(t1, "Fra t1 før kloning")
    t2 = clone(t1, make_pc, "t2")
    add(a, "Fra a")
    add(t1, "Fra t1")
    add(t2, "Fra t2")
    for pc in (t2, t1, a):
        assert pc.sync().ok
    settle(b, a, t1, t2)
    assert names(a) == names(b) == names(t1) == names(t2) == ["Fra a", "Fra t1", "Fra t1 før kloning", "Fra t2",
                                                               "Fælles"]
    same(a, b, t1, t2)


def test_both_clones_export_same_round_same_row(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    row = add(a, "Fælles")
    settle(a, b)
    twin = clone(a, make_pc, "twin")
    rename(a, row, "A's navn")
    rename(twin, row, "Tvillingens navn")
    # both export before either sees the other (same listing)
    from boligsocial_desktop.sync.engine import RoundReport

    a.engine._export(RoundReport())
    twin.engine._export(RoundReport())
    settle(b, a, twin)
    same(a, b, twin)
    for pc in (a, b, twin):
        assert {"A's navn", "Tvillingens navn"} <= values_seen(pc, row), pc.name


def test_forked_histories_edit_same_field_keep_both(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    row = add(a, "Fælles")
    settle(a, b)
    twin = clone(a, make_pc, "twin")
    rename(a, row, "A's navn")
    settle(a, b)
    rename(twin, row, "Tvillingens navn")
    settle(b, a, twin)
    same(a, b, twin)
    for pc in (a, b, twin):
        assert {"A's navn", "Tvillingens navn"} <= values_seen(pc, row), pc.name


def test_delete_on_one_history_edit_on_the_other(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    row = add(a, "Fælles")
    settle(a, b)
    twin = clone(a, make_pc, "twin")
    soft_delete(a, row)
    settle(a, b)
    rename(twin, row, "Rettet på tvillingen")
    settle(b, a, twin)
    same(a, b, twin)
    for pc in (a, b, twin):
        seen = values_seen(pc, row)
        with pc.db.reading() as s:
            conflicts = list(s.scalars(select(SyncConflict).where(SyncConflict.row_id == row)))
        assert "Rettet på tvillingen" in seen, pc.name
        assert deleted(pc, row) is False or conflicts, pc.name


def test_clone_offline_over_30_days_while_snapshots_and_clean_up(make_pc, share_root):
    opts = SyncOptions(snapshot_interval_ms=7 * DAY)
    a, b = make_pc("a", options=opts), make_pc("b", options=opts)
    row = add(a, "Fælles")
    settle(a, b)
    laptop = clone(a, make_pc, "laptop")
    laptop.options = opts
    laptop.reopen()
    rename(laptop, row, "Laptop offline")
    other = add(laptop, "Ny på laptop")
    for week in range(6):
        advance_all(7 * DAY, a, b, laptop)
        add(a, f"A uge {week}")
        settle(a, b)
    rename(a, row, "A efter 6 uger")
    settle(a, b)
    assert not change_files(share_root, a.origin) or True
    settle(a, b, laptop)
    same(a, b, laptop)
    assert laptop.origin != a.origin
    for pc in (a, b, laptop):
        assert "Laptop offline" in values_seen(pc, row), pc.name
        assert not deleted(pc, other)


def test_peer_applied_the_twin_history_and_depends_on_it(make_pc, share_root):
    """c follows the twin's history of a's origin, then exports depending on it; b follows a's."""
    a, b, c = make_pc("a"), make_pc("b"), make_pc("c")
    add(a, "Fælles")
    settle(a, b, c)
    twin = clone(a, make_pc, "twin")
    from boligsocial_desktop.sync.engine import RoundReport

    add(twin, "T1")
    t2 = add(twin, "T2")
    add(twin, "T3")
    twin.engine._export(RoundReport())  # an old program: exports without looking
    c.sync()  # c follows the twin's (longer) history
    rename(c, t2, "C rettede T2")
    c.sync()
    add(a, "A1")
    a.engine._export(RoundReport())
    b.sync()
    for _ in range(8):
        for pc in (a, b, c, twin):
            pc.sync()
    for pc in (a, b, c, twin):
        r = pc.sync()
        assert not r.waiting, (pc.name, r.waiting)
    assert names(a) == names(b) == names(c) == names(twin) == ["A1", "C rettede T2", "Fælles", "T1", "T3"]
    same(a, b, c, twin)


# --- restore after the outbox was pruned -------------------------------------------------------------------


def outbox_seqs(pc: PC) -> list[int]:
    from boligsocial_desktop.storage.models import OutboxChange

    with pc.db.reading() as s:
        return sorted(s.scalars(select(OutboxChange.seq)))


def test_restore_from_a_backup_taken_after_the_outbox_was_pruned(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    for n in range(3):
        add(a, f"Gammel {n}")
    settle(a, b)
    advance_all(40 * DAY, a, b)
    make_snapshot(b.engine)
    settle(a, b)  # files cleaned up, a's old outbox rows pruned
    assert outbox_seqs(a)[0] > 1, outbox_seqs(a)
    add(a, "Før kopien")
    settle(a, b)
    backup = make_backup(a.path, a.path.parent / "backups")
    add(a, "Delt før nedbruddet")
    settle(a, b)
    restore_from(a, backup)
    add(a, "Efter gendannelsen")
    settle(a, b)
    expected = ["Delt før nedbruddet", "Efter gendannelsen", "Før kopien", "Gammel 0", "Gammel 1", "Gammel 2"]
    assert names(a) == names(b) == expected
    same(a, b)


def test_clone_after_the_outbox_was_pruned_seen_through_a_peer(make_pc, share_root):
    a, b, c = make_pc("a"), make_pc("b"), make_pc("c")
    for n in range(3):
        add(a, f"Gammel {n}")
    settle(a, b, c)
    advance_all(40 * DAY, a, b, c)
    make_snapshot(b.engine)
    settle(a, b, c)
    assert outbox_seqs(a)[0] > 1, outbox_seqs(a)
    twin = clone(a, make_pc, "twin")
    add(a, "Fra a")
    add(twin, "Fra tvillingen")
    from boligsocial_desktop.sync.engine import RoundReport

    twin.engine._export(RoundReport())
    c.sync()  # c follows the twin
    a.engine._export(RoundReport())
    b.sync()  # b follows a
    settle(b, c, a, twin)
    expected = ["Fra a", "Fra tvillingen", "Gammel 0", "Gammel 1", "Gammel 2"]
    assert names(a) == names(b) == names(c) == names(twin) == expected
    same(a, b, c, twin)


# --- clean-up and the share's accidents --------------------------------------------------------------------


def test_a_pc_that_exported_but_never_published_a_status_then_away_40_days(make_pc, share_root):
    a, b, d = make_pc("a"), make_pc("b"), make_pc("d")
    add(a, "Fælles")
    settle(a, b, d)
    from boligsocial_desktop.sync.engine import RoundReport

    row = add(d, "Fra d, kun eksporteret")
    d.engine._export(RoundReport())  # crash after the export, before the status
    add(d, "Fra d, aldrig delt før fraværet")
    for week in range(6):
        advance_all(7 * DAY, a, b, d)
        add(a, f"A uge {week}")
        settle(a, b)
        make_snapshot(b.engine)
        settle(a, b)
    settle(a, b, d)
    same(a, b, d)
    assert "Fra d, aldrig delt før fraværet" in names(b)
    assert not deleted(b, row)


def test_snapshot_deleted_by_hand_after_clean_up_then_a_new_pc(make_pc, share_root):
    opts, a, b = cleaned_up_office(make_pc)
    for p in share_root.rglob("snap-*"):
        p.unlink()  # someone tidies the share
    add(a, "Ny efter oprydning")
    c = make_pc("c", options=opts)
    c.wall.millis = a.wall.millis
    settle(c, a, b, c)
    assert names(a) == names(b) == names(c) == ["Gammel", "Ny efter oprydning"]
    same(a, b, c)


def test_snapshot_renamed_by_sync_tool_and_change_files_conflicted_copies(make_pc, share_root):
    opts, a, b = cleaned_up_office(make_pc)
    for p in list(share_root.rglob("snap-*")) + list(share_root.rglob("c-*.bsc")):
        p.rename(p.with_name(f"{p.stem} (1){p.suffix}"))
    add(a, "Ny")
    c = make_pc("c", options=opts)
    c.wall.millis = a.wall.millis
    settle(c, a, b, c)
    assert names(a) == names(b) == names(c) == ["Gammel", "Ny"]
    same(a, b, c)


def test_snapshot_data_damaged_in_place_then_a_new_pc(make_pc, share_root):
    opts, a, b = cleaned_up_office(make_pc)
    assert not change_files(share_root)
    [data] = [p for p in share_root.rglob("snap-*") if p.suffix != ".bsm"]
    raw = bytearray(data.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    data.write_bytes(bytes(raw))
    c = make_pc("c", options=opts)
    c.wall.millis = a.wall.millis
    settle(c, a, b, c)  # the maker notices its snapshot is damaged and makes a new one
    assert names(c) == ["Gammel"]
    same(a, b, c)


def test_wrong_clock_on_the_local_pc_blames_the_others(make_pc, share_root):
    a, c, b = make_pc("a"), make_pc("c"), make_pc("b", skew=-3 * DAY)  # b's clock is 3 days behind
    add(a, "Fra a")
    add(c, "Fra c")
    a.sync()
    c.sync()
    b.sync()  # b learns when the others last shared
    report = b.sync()
    assert names(b) == ["Fra a", "Fra c"], [p.detail for p in report.problems if p.kind == "clock"]


def test_with_two_pcs_a_clock_difference_names_both_clocks(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b", skew=-3 * DAY)
    add(a, "Fra a")
    a.sync()
    report = b.sync()
    [problem] = [p for p in report.problems if p.kind == "clock"]
    assert "eller på denne pc" in problem.detail


def test_a_new_empty_pc_makes_a_snapshot_when_the_share_has_none(make_pc, share_root):
    """All change files cleaned up, the snapshot gone (deleted by hand): a brand-new PC with an empty database
    must not publish an empty snapshot; new PCs say they wait until the others make a new one."""
    opts, a, _b = cleaned_up_office(make_pc)
    assert not change_files(share_root)
    for p in share_root.rglob("snap-*"):
        p.unlink()
    c = make_pc("c", options=opts)
    c.wall.millis = a.wall.millis
    made = c.sync().snapshot_made  # c, holding no data at all, makes the office's snapshot
    d = make_pc("d", options=opts)
    d.wall.millis = a.wall.millis
    report = d.sync()
    assert not made and not report.joined and report.waiting  # it says it waits, and holds nothing false
    a.sync()  # the office's PCs make a new snapshot, as there is none
    report = d.sync()
    assert report.joined and names(d) == ["Gammel"]
