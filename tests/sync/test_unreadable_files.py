"""A file on the share this PC may not read (access rights changed by hand, antivirus) is skipped for the round,
named in the log with its path and the error, and read in a later round; the round itself goes on."""

from __future__ import annotations

import logging

from sqlalchemy import select

from boligsocial_desktop.storage.models import Partner
from boligsocial_desktop.sync import files
from boligsocial_desktop.sync.share import Faults


def add_partner(pc, name: str) -> None:
    pc.wall.advance(1000)
    with pc.db.transaction() as s:
        s.add(Partner(name=name))


def partners(pc) -> list[str]:
    with pc.db.reading() as s:
        return sorted(s.scalars(select(Partner.name)))


def test_an_unreadable_change_file_is_logged_once_and_the_round_goes_on(make_pc, share_root, caplog):
    a = make_pc("a")
    b = make_pc("b", faults=Faults(reorder=False))  # the faulty share, with no random faults
    add_partner(a, "Frivilligcenter")
    assert a.sync().ok
    [name] = [p.name for p in (share_root / "pcs" / a.origin).iterdir() if files.classify(p.name) == "change"]
    unreadable = f"{files.folder(a.origin)}/{name}"
    b.share.unreadable.add(unreadable)
    add_partner(b, "Ungdomsskolen")

    with caplog.at_level(logging.WARNING, logger="boligsocial_desktop.sync"):
        report = b.sync()

    assert report.ok, report.error
    assert report.exported_files == 1  # the round went on: b's own change is on the share
    assert partners(b) == ["Ungdomsskolen"]  # a's file was skipped, not taken as a deletion or applied in part
    logged = [r for r in caplog.records if unreadable in r.getMessage()]
    assert len(logged) == 1
    assert logged[0].levelno == logging.WARNING and logged[0].name.startswith("boligsocial_desktop.sync")
    assert "Permission denied" in logged[0].getMessage()
    assert "Frivilligcenter" not in caplog.text  # the path and the error, never the file's content

    b.share.unreadable.clear()  # readable again: the next round takes it
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="boligsocial_desktop.sync"):
        assert b.sync().ok
    assert partners(b) == ["Frivilligcenter", "Ungdomsskolen"]
    assert unreadable not in caplog.text


def test_each_unreadable_file_is_logged_again_in_the_next_round(make_pc, share_root, caplog):
    a = make_pc("a")
    b = make_pc("b", faults=Faults(reorder=False))
    add_partner(a, "Frivilligcenter")
    assert a.sync().ok
    [name] = [p.name for p in (share_root / "pcs" / a.origin).iterdir() if files.classify(p.name) == "change"]
    unreadable = f"{files.folder(a.origin)}/{name}"
    b.share.unreadable.add(unreadable)

    with caplog.at_level(logging.WARNING, logger="boligsocial_desktop.sync"):
        assert b.sync().ok
        assert b.sync().ok

    assert sum(unreadable in r.getMessage() for r in caplog.records) == 2  # once in each round
    assert partners(b) == []
