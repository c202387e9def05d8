"""A newer program on one PC while another still runs the old one: values the old one cannot store yet
are held, not dropped, and set after its upgrade; files say which schema wrote them."""

from __future__ import annotations

import uuid

from sqlalchemy import Column, MetaData, String, select, text
from sync_helpers import START_MS

from boligsocial_desktop.storage.migrations import SCHEMA_HEAD
from boligsocial_desktop.storage.models import Partner, SyncHeldChange
from boligsocial_desktop.sync import merge
from boligsocial_desktop.sync.files import Change, build_change_file, build_status_file, folder, read_change_file

NEWER = "00000000-0000-4000-8000-0000000000aa"


def write_newer_pc_file(share_root, changes: list[Change]) -> None:
    """What a PC with a newer program writes: a partner with a column this version does not have."""
    target = share_root / folder(NEWER)
    target.mkdir(parents=True, exist_ok=True)
    built = build_change_file(NEWER, 1, {}, changes, "9.0.0", "", "0099")
    (target / built.name).write_bytes(built.data)
    name, data = build_status_file(START_MS, {"origin": NEWER, "name": "Ny pc", "app": "9.0.0", "positions": {},
                                              "exported_through": changes[-1].seq, "exported_chain": built.chain,
                                              "former": [], "origin_start": 1, "wall": START_MS})
    (target / name).write_bytes(data)


def test_a_column_from_a_newer_program_is_held_and_set_after_the_upgrade(make_pc, share_root, monkeypatch):
    old = make_pc("gammel")
    row_id = str(uuid.uuid4())
    stamp = f"{START_MS:015d}.00000.{NEWER}"
    edit = f"{START_MS + 1000:015d}.00000.{NEWER}"
    write_newer_pc_file(share_root, [
        Change(1, "partners", row_id, "insert", {"id": row_id, "name": "Frivilligcentret", "kind": None,
                                                 "contact": None, "created_at": "2026-11-18T10:00:00+00:00",
                                                 "deleted_at": None, "web_address": "frivillig.dk"}, stamp, None),
        Change(2, "partners", row_id, "update", {"web_address": "www.frivillig.dk"}, edit,
               {"fields": {"web_address": stamp}}),
    ])
    assert old.sync().ok
    with old.db.reading() as s:
        assert s.get(Partner, row_id).name == "Frivilligcentret"
        held = s.scalars(select(SyncHeldChange).order_by(SyncHeldChange.hlc)).all()
    assert [(h.reason, h.fields) for h in held] == [("unknown_field", {"web_address": "frivillig.dk"}),
                                                    ("unknown_field", {"web_address": "www.frivillig.dk"})]

    # The upgrade: the column exists now (a migration added it) and the program knows it.
    with old.db.transaction() as s:
        s.execute(text("ALTER TABLE partners ADD COLUMN web_address VARCHAR(200)"))
    upgraded = Partner.__table__.to_metadata(MetaData())
    upgraded.append_column(Column("web_address", String(200)))
    info = merge.table_info("partners")
    monkeypatch.setitem(merge._TABLES, "partners", merge.TableInfo(
        upgraded, {**info.to_python, "web_address": lambda value: value}, info.columns | {"web_address"},
        info.unique_sets))
    assert old.sync().ok
    with old.db.reading() as s:
        assert s.execute(text("SELECT web_address FROM partners WHERE id = :id"), {"id": row_id}).scalar() \
            == "www.frivillig.dk"
        assert s.scalar(select(SyncHeldChange.id)) is None


def test_a_change_for_a_table_this_version_does_not_know_is_held(make_pc, share_root):
    old = make_pc("gammel")
    row_id = str(uuid.uuid4())
    write_newer_pc_file(share_root, [Change(1, "future_things", row_id, "insert", {"id": row_id, "title": "x"},
                                            f"{START_MS:015d}.00000.{NEWER}", None)])
    assert old.sync().ok
    with old.db.reading() as s:
        assert s.scalar(select(SyncHeldChange.reason)) == "unknown_table"


def test_change_files_name_the_schema_that_wrote_them(make_pc, share_root):
    pc = make_pc("a")
    with pc.db.transaction() as s:
        s.add(Partner(name="Biblioteket"))
    pc.sync()
    [path] = (share_root / folder(pc.origin)).glob("c-*.bsc")
    assert read_change_file(path.name, pc.origin, path.read_bytes()).schema == SCHEMA_HEAD
