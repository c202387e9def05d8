"""The files on the share: immutable, verified, applied once and in order; everything odd left alone."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

from sqlalchemy import select
from sync_helpers import ACTIVITY, edit, exchange, open_conflicts, seed_office

from boligsocial_desktop.storage.models import Activity, Partner, SyncApplied, SyncPeer
from boligsocial_desktop.sync import files


def change_files(share_root: Path, origin: str) -> list[Path]:
    return sorted(p for p in (share_root / "pcs" / origin).iterdir() if files.classify(p.name) == "change")


def partners(pc) -> list[str]:
    with pc.db.reading() as s:
        return sorted(s.scalars(select(Partner.name)))


def add_partner(pc, name: str) -> None:
    pc.wall.advance(1000)
    with pc.db.transaction() as s:
        s.add(Partner(name=name))


def test_export_writes_one_immutable_verified_file_in_its_own_folder(make_pc, share_root):
    a = make_pc("a")
    add_partner(a, "Frivilligcenter")
    add_partner(a, "Ungdomsskolen")
    report = a.sync()
    assert report.ok and report.exported_changes == 2 and report.exported_files == 1
    [path] = change_files(share_root, a.origin)
    assert files.parse_change_name(path.name) == files.ChangeName(1, 2, path.name[-12:-4])
    payload = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    header = json.loads(payload[0])
    assert header["origin"] == a.origin and header["count"] == 2 and header["min_reader"] == 1
    assert header["format"] == files.FORMAT_VERSION and (header["first_seq"], header["last_seq"]) == (1, 2)
    assert "sha256" in json.loads(payload[-1])
    assert not any(p.name.startswith(".tmp-") for p in path.parent.iterdir())
    before = path.read_bytes()
    add_partner(a, "Biblioteket")
    a.sync()
    assert path.read_bytes() == before  # never rewritten
    assert len(change_files(share_root, a.origin)) == 2
    assert {p.name for p in (share_root / "pcs").iterdir()} == {a.origin}


def test_nothing_new_means_nothing_written(make_pc, share_root):
    a = make_pc("a")
    add_partner(a, "Frivilligcenter")
    a.sync()
    listing = sorted(p.name for p in (share_root / "pcs" / a.origin).iterdir())
    report = a.sync()
    assert report.ok and report.exported_files == 0
    assert sorted(p.name for p in (share_root / "pcs" / a.origin).iterdir()) == listing


def test_changes_are_applied_once_even_from_duplicated_files(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add_partner(a, "Frivilligcenter")
    a.sync()
    [path] = change_files(share_root, a.origin)
    copy = path.with_name(files.change_name(1, 1, "0badcafe"))
    shutil.copy(path, copy)  # the same content under another valid name (restored by a sync tool)
    exchange(a, b)
    exchange(a, b)
    assert partners(b) == ["Frivilligcenter"]
    with b.db.reading() as s:
        assert s.get(SyncApplied, a.origin).seq == 1
    assert a.origin == a.db.origin  # an exact copy of its own file is no reason to change identity


def test_odd_files_are_reported_never_applied_and_never_fatal(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add_partner(a, "Frivilligcenter")
    a.sync()
    add_partner(a, "Ungdomsskolen")
    a.sync()
    first, second = change_files(share_root, a.origin)
    folder = first.parent
    data = second.read_bytes()
    second.write_bytes(data[: len(data) // 2])  # cut short on the share
    shutil.copy(first, folder / (first.stem + " (conflicted copy 2026-11-23).bsc"))
    shutil.copy(first, folder / (first.name + ".sync-conflict-20261123-101010-ABCDEFG"))
    (folder / "noter.txt").write_text("hej")
    (share_root / "pcs" / "ikke-en-pc").mkdir()
    report = b.sync()
    assert report.ok
    kinds = sorted((p.kind, Path(p.path).name) for p in report.problems)
    assert ("damaged", second.name) in kinds
    assert ("conflict_copy", first.stem + " (conflicted copy 2026-11-23).bsc") in kinds
    assert ("foreign", "ikke-en-pc") in kinds and ("foreign", "noter.txt") in kinds
    assert partners(b) == ["Frivilligcenter"]
    # a's own check finds its damaged file and writes it again; b then gets everything
    a.sync()
    report = b.sync()
    assert partners(b) == ["Frivilligcenter", "Ungdomsskolen"]
    damaged = [p for p in report.problems if p.kind == "damaged"]
    assert damaged and all(p.harmless for p in damaged)
    assert second.exists() and (folder / "noter.txt").read_text() == "hej"  # left untouched


def test_a_file_missing_from_the_listing_is_not_a_deletion(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    add_partner(a, "Frivilligcenter")
    exchange(a, b)
    [path] = change_files(share_root, a.origin)
    hidden = path.with_name("skjult.tmp")
    path.rename(hidden)
    report = b.sync()
    assert report.ok and partners(b) == ["Frivilligcenter"]
    hidden.rename(path)


def test_files_are_applied_in_order_per_origin(make_pc, share_root):
    a, b = make_pc("a"), make_pc("b")
    seed_office(a)
    a.sync()
    edit(a, Activity, ACTIVITY, title="Anden titel")
    a.sync()
    first, _second = change_files(share_root, a.origin)
    parked = first.rename(first.with_name("venter.bin"))
    report = b.sync()
    assert report.imported_changes == 0 and report.waiting  # the second file waits for the first
    parked.rename(first)
    b.sync()
    with b.db.reading() as s:
        assert s.get(Activity, ACTIVITY).title == "Anden titel"


def test_a_file_needing_a_newer_program_is_parked_and_nothing_is_half_applied(make_pc, share_root, monkeypatch):
    a, b = make_pc("a"), make_pc("b")
    add_partner(a, "Frivilligcenter")
    monkeypatch.setattr(files, "MIN_READER", 2)
    a.sync()
    monkeypatch.setattr(files, "MIN_READER", 1)
    add_partner(a, "Ungdomsskolen")
    a.sync()
    report = b.sync()
    assert report.needs_update and partners(b) == []
    assert any(p.kind == "too_new" for p in report.problems)
    monkeypatch.setattr(files, "READER_VERSION", 2)  # the program was updated
    b.sync()
    assert partners(b) == ["Frivilligcenter", "Ungdomsskolen"]


def test_changes_stamped_far_ahead_wait_and_the_pc_is_named(make_pc):
    a = make_pc("a", skew=3 * 24 * 3_600_000)  # three days fast
    b = make_pc("b")
    add_partner(a, "Frivilligcenter")
    a.sync()
    report = b.sync()
    assert partners(b) == [] and report.held_back == [a.origin]
    [problem] = [p for p in report.problems if p.kind == "clock"]
    assert "»a«" in problem.detail or a.origin[:8] in problem.detail
    b.wall.advance(3 * 24 * 3_600_000)
    b.sync()
    assert partners(b) == ["Frivilligcenter"]


def test_a_file_waits_for_the_changes_its_writer_had_seen(make_pc, share_root):
    a, b, c = make_pc("a"), make_pc("b"), make_pc("c")
    seed_office(a)
    a.sync()
    b.sync()
    edit(b, Activity, ACTIVITY, title="Rettet på B")
    b.sync()
    for path in change_files(share_root, a.origin):
        path.rename(path.with_suffix(".gemt"))
    report = c.sync()
    assert report.imported_changes == 0 and report.waiting  # b's edit needs a's insert first
    for path in (share_root / "pcs" / a.origin).glob("*.gemt"):
        path.rename(path.with_suffix(".bsc"))
    c.sync()
    with c.db.reading() as s:
        assert s.get(Activity, ACTIVITY).title == "Rettet på B"
    assert open_conflicts(c) == []


def test_peers_are_seen_with_their_name(make_pc):
    a, b = make_pc("a"), make_pc("b")
    exchange(a, b)
    with a.db.reading() as s:
        peer = s.get(SyncPeer, b.origin)
    assert peer.name == "b" and peer.last_contact is not None


def test_a_pc_restored_from_a_backup_takes_a_new_identity_and_loses_nothing(make_pc, tmp_path):
    a, b = make_pc("a"), make_pc("b")
    add_partner(a, "Før sikkerhedskopien")
    exchange(a, b)
    a.close()
    backup = tmp_path / "a-backup.sqlite"
    shutil.copy(a.path, backup)
    a.open()
    add_partner(a, "Efter sikkerhedskopien")
    exchange(a, b)
    old_origin = a.origin
    a.close()
    shutil.copy(backup, a.path)  # the PC is restored from last week's backup
    a.open()
    assert a.origin == old_origin
    add_partner(a, "Efter gendannelsen")
    report = a.sync()
    assert report.origin_changed and a.origin != old_origin
    exchange(a, b)
    assert partners(a) == partners(b) == ["Efter gendannelsen", "Efter sikkerhedskopien", "Før sikkerhedskopien"]
    assert a.dump() == b.dump()


def test_two_clones_of_one_pc_both_keep_their_changes(make_pc, tmp_path):
    a, b = make_pc("a"), make_pc("b")
    add_partner(a, "Fælles")
    exchange(a, b)
    clone = make_pc("clone")
    clone.close()
    a.close()
    shutil.copy(a.path, clone.path)  # the PC is cloned from an image
    a.open()
    clone.open()
    assert clone.origin == a.origin
    add_partner(a, "Kun på originalen")
    add_partner(clone, "Kun på klonen")
    a.sync()
    clone.sync()
    exchange(a, clone, b)
    assert partners(a) == partners(b) == partners(clone) == ["Fælles", "Kun på klonen", "Kun på originalen"]
    assert a.dump() == b.dump() == clone.dump()
    assert a.origin != clone.origin
