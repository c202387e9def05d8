"""With an office key, snapshots on the share are sealed: no SQLite file and no personal data in plain
text on the share, only PCs with the key join from them, and an expired month's snapshots can't be used."""

from __future__ import annotations

import gzip
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_helpers import ESTATE, STAFF, exchange, seed_office

from boligsocial_desktop.crypto import changefiles, envelope
from boligsocial_desktop.crypto import keys as keys_module
from boligsocial_desktop.crypto.keys import (
    KeyLocation,
    MemorySecretStore,
    create_office_key,
    join_office_key,
    period_of,
)
from boligsocial_desktop.storage.models import AdviceVisit, Partner
from boligsocial_desktop.sync import files
from boligsocial_desktop.sync.engine import SyncOptions

DAY = 24 * 3_600_000
WITH_SNAPSHOTS = SyncOptions(snapshot_interval_ms=7 * DAY)
PASSPHRASE = "gul-cykel-ved-søen-7"
SQLITE_HEADER = b"SQLite format 3\x00"
NOTE = "Hemmelig note om gæld hos Hodan Ali"


@pytest.fixture(autouse=True)
def _office_key_off_afterwards(monkeypatch):
    monkeypatch.setattr(keys_module, "SCRYPT_N", 2**12)  # the real cost is for people
    yield
    changefiles.configure(None)


def office_key(share_root: Path, pc, now: date | None = None):
    """The office key made on `pc` (the first PC), in the shared folder and its own data folder."""
    return create_office_key(KeyLocation(share_root, pc.path.parent), PASSPHRASE, MemorySecretStore(), now=now)


def joined_key(share_root: Path, pc):
    return join_office_key(KeyLocation(share_root, pc.path.parent), PASSPHRASE, MemorySecretStore())


def seed_with_secrets(pc) -> None:
    seed_office(pc)
    pc.wall.advance(1000)
    with pc.db.transaction() as s:
        s.add(Partner(name="Frivilligcenter Hodan"))
        s.add(AdviceVisit(id="v1", visited_at=datetime(2026, 11, 2, 10, tzinfo=UTC), office_estate_id=ESTATE,
                          staff_id=STAFF, notes=NOTE))


def names(pc) -> list[str]:
    with pc.db.reading() as s:
        return sorted(s.scalars(select(Partner.name)))


def note(pc) -> str | None:
    with pc.db.reading() as s:
        visit = s.get(AdviceVisit, "v1")
        return visit.notes if visit else None


def share_files(share_root: Path, kind: str) -> list[Path]:
    return sorted(p for p in share_root.rglob("*") if p.is_file() and files.classify(p.name) == kind)


def every_byte_on_the_share(share_root: Path) -> bytes:
    data = b""
    for path in share_root.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            data += raw + (gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else b"")
    return data


def count_downloads(pc, monkeypatch) -> list[str]:
    fetched: list[str] = []
    original = pc.share.copy_out

    def copy_out(path, local):
        fetched.append(path)
        return original(path, local)

    monkeypatch.setattr(pc.share, "copy_out", copy_out)
    return fetched


def sealed_snapshot_from(make_pc, share_root, now: date | None = None):
    """PC a, with the office key, shares the office and makes a sealed snapshot of it."""
    a = make_pc("a", options=WITH_SNAPSHOTS)
    keys = office_key(share_root, a, now)
    changefiles.configure(keys)
    seed_with_secrets(a)
    report = a.sync()
    assert report.ok and report.snapshot_made, report.error
    return a, keys


def only_the_snapshot_left(share_root: Path) -> None:
    """The change files the snapshot covers are gone (cleaned up): a new PC can only start from the snapshot."""
    for path in share_files(share_root, "change"):
        path.unlink()


def problems(report, kind: str) -> list:
    return [p for p in report.problems if p.kind == kind]


def test_with_a_key_the_snapshot_on_the_share_is_sealed_and_a_pc_with_the_key_joins(make_pc, share_root):
    a, _keys = sealed_snapshot_from(make_pc, share_root)
    [data] = share_files(share_root, "snapshot")
    [manifest] = share_files(share_root, "manifest")
    assert data.suffix == ".bssnap" and files.snapshot_stem(data.name) == files.snapshot_stem(manifest.name)
    raw = data.read_bytes()
    assert envelope.is_sealed_stream(raw) and SQLITE_HEADER not in raw
    everything = every_byte_on_the_share(share_root)
    assert SQLITE_HEADER not in everything
    assert b"Hemmelig note" not in everything and b"Frivilligcenter Hodan" not in everything
    assert not list(share_root.rglob("*.sqlite"))
    assert not [p for p in a.path.parent.iterdir() if p.name.startswith(".snapshot-")]  # no plain copy left behind

    a.wall.advance(1000)
    with a.db.transaction() as s:  # in a change file after the snapshot
        s.add(Partner(name="Efter øjebliksbilledet"))
    a.sync()
    c = make_pc("c", options=WITH_SNAPSHOTS)
    changefiles.configure(joined_key(share_root, c))  # c's own copy of the office key
    report = c.sync()
    assert report.ok and report.joined, report
    assert names(c) == ["Efter øjebliksbilledet", "Frivilligcenter Hodan"] and note(c) == NOTE
    assert not [p for p in c.path.parent.iterdir() if p.name.startswith(".join-")]
    exchange(a, c)
    assert a.dump() == c.dump()


def test_the_manifest_describes_the_sealed_file_and_the_database_in_it(make_pc, share_root):
    a, _keys = sealed_snapshot_from(make_pc, share_root)
    [data] = share_files(share_root, "snapshot")
    [manifest_file] = share_files(share_root, "manifest")
    manifest = files.read_manifest(a.origin, manifest_file.read_bytes())
    assert manifest["sealed"] is True and manifest["size"] == data.stat().st_size
    assert manifest["plain_size"] < manifest["size"] and len(manifest["plain_sha256"]) == 64
    changefiles.configure(None)
    with pytest.raises(files.BadFile, match="kontornøglen"):
        files.read_manifest(a.origin, manifest_file.read_bytes())


def test_a_pc_without_the_key_does_not_join_and_says_why(make_pc, share_root, monkeypatch):
    sealed_snapshot_from(make_pc, share_root)
    changefiles.configure(None)  # c never joined the office key
    c = make_pc("c")
    fetched = count_downloads(c, monkeypatch)
    for _ in range(2):
        report = c.sync()
        assert report.ok and not report.joined
        [problem] = problems(report, "key")
        assert files.classify(problem.path.rsplit("/", 1)[-1]) == "manifest"
        assert "kontornøglen" in problem.detail and "øjebliksbilledet" in problem.detail
    assert fetched == [] and names(c) == [] and note(c) is None


def test_after_the_snapshots_month_is_expired_the_join_fails_cleanly(make_pc, share_root, monkeypatch):
    with monkeypatch.context() as m:  # the snapshot (and its manifest) were sealed in January
        m.setattr(envelope, "period_of", lambda moment=None: "2026-01")
        _a, keys = sealed_snapshot_from(make_pc, share_root, now=date(2026, 1, 1))
    assert envelope.stream_period(share_files(share_root, "snapshot")[0]) == "2026-01"
    keys.ensure_periods()  # this month's key (any file written today makes it)
    assert "2026-01" in keys.destroy_before(period_of())
    c = make_pc("c")
    changefiles.configure(joined_key(share_root, c))
    report = c.sync()
    assert report.ok and not report.joined
    [problem] = problems(report, "key")
    assert "slettefristen" in problem.detail
    assert names(c) == []


def test_a_snapshot_whose_data_month_is_expired_is_not_downloaded_again(make_pc, share_root, monkeypatch):
    original = envelope.seal_stream

    def sealed_in_january(source, target, header, keys, when=None, **kwargs):
        return original(source, target, header, keys, date(2026, 1, 15), **kwargs)

    with monkeypatch.context() as m:  # only the data: the manifest is sealed this month and stays readable
        m.setattr(envelope, "seal_stream", sealed_in_january)
        _a, keys = sealed_snapshot_from(make_pc, share_root, now=date(2026, 1, 1))
    only_the_snapshot_left(share_root)
    keys.destroy_before(period_of())
    c = make_pc("c")
    changefiles.configure(joined_key(share_root, c))
    fetched = count_downloads(c, monkeypatch)
    first = c.sync()
    assert first.ok and not first.joined
    [problem] = problems(first, "key")
    assert problem.path.endswith(".bssnap") and "slettefristen" in problem.detail
    second = c.sync()
    assert second.ok and not second.joined and problems(second, "key") == [problem]
    assert len(fetched) == 1  # found unusable once: not fetched every round
    assert names(c) == [] and not [p for p in c.path.parent.iterdir() if p.name.startswith(".join-")]


def test_a_tampered_sealed_snapshot_is_refused(make_pc, share_root, monkeypatch):
    a, _keys = sealed_snapshot_from(make_pc, share_root)
    [data] = share_files(share_root, "snapshot")
    [manifest_file] = share_files(share_root, "manifest")
    raw = bytearray(data.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    data.write_bytes(bytes(raw))
    only_the_snapshot_left(share_root)

    c = make_pc("c")
    fetched = count_downloads(c, monkeypatch)
    report = c.sync()
    assert report.ok and not report.joined
    [problem] = problems(report, "damaged")
    assert problem.path.endswith(".bssnap") and "beskadiget" in problem.detail
    second = c.sync()
    assert not second.joined and {p.path for p in problems(second, "damaged")} == {problem.path}
    assert fetched == [problem.path]  # found damaged once: not fetched every round

    # Someone with write access to the share changes the data and the hash the manifest gives for it (the
    # manifest is sealed too, so only a holder of the key could): the chunks' tags still refuse it.
    manifest = files.read_manifest(a.origin, manifest_file.read_bytes())
    import hashlib

    manifest["sha256"] = hashlib.sha256(bytes(raw)).hexdigest()
    forged = {k: v for k, v in manifest.items() if k not in ("kind", "format", "min_reader")}
    manifest_file.write_bytes(files.build_manifest(forged))
    d = make_pc("d")
    report = d.sync()
    assert report.ok and not report.joined
    [problem] = problems(report, "key")
    assert "ændret eller beskadiget" in problem.detail
    assert names(d) == []


def test_an_office_with_a_key_does_not_use_a_plain_snapshot(make_pc, share_root):
    a = make_pc("a", options=WITH_SNAPSHOTS)
    seed_with_secrets(a)
    assert a.sync().snapshot_made  # before the office had a key
    [data] = share_files(share_root, "snapshot")
    assert data.suffix == ".sqlite" and data.read_bytes().startswith(SQLITE_HEADER)
    c = make_pc("c")
    changefiles.configure(office_key(share_root, c))
    report = c.sync()
    assert report.ok and not report.joined
    [problem] = problems(report, "key")
    assert "ikke krypteret" in problem.detail


def test_without_a_key_snapshots_stay_plain_sqlite(make_pc, share_root):
    a = make_pc("a", options=WITH_SNAPSHOTS)
    seed_with_secrets(a)
    assert a.sync().snapshot_made
    [data] = share_files(share_root, "snapshot")
    [manifest_file] = share_files(share_root, "manifest")
    assert data.suffix == ".sqlite" and data.read_bytes().startswith(SQLITE_HEADER)
    assert "sealed" not in files.read_manifest(a.origin, manifest_file.read_bytes())
    c = make_pc("c")
    report = c.sync()
    assert report.ok and report.joined and note(c) == NOTE
