"""Windows file semantics: a rename or replace of a file another process holds open (virus scanner,
indexer, another PC on the share) is retried briefly, then fails with the original error."""

from __future__ import annotations

import errno

import pytest

from boligsocial_desktop import backups, fileops
from boligsocial_desktop.errors import AppError
from boligsocial_desktop.sync.share import LocalShare, SharingViolation


def test_a_backup_whose_file_is_held_for_a_moment_is_still_saved(db, db_path, tmp_path, faulty_files):
    faulty_files.held = 2  # a virus scanner looks at the new copy twice
    made = backups.make_backup(db_path, tmp_path / "kopier")
    assert made.is_file() and made.read_bytes()[:15] == b"SQLite format 3"
    assert faulty_files.waits == [0.05, 0.1]
    assert [line.split()[0] for line in faulty_files.log] == ["held:", "held:", "replace"]
    assert not list((tmp_path / "kopier").glob("*.part"))


def test_a_backup_whose_file_stays_held_fails_with_a_danish_message_and_leaves_nothing(db, db_path, tmp_path,
                                                                                        faulty_files):
    faulty_files.held = 100
    with pytest.raises(AppError, match="Sikkerhedskopien kunne ikke gemmes"):
        backups.make_backup(db_path, tmp_path / "kopier")
    assert faulty_files.waits == list(fileops.RETRY_DELAYS)  # 1.55 s in all, then it gives up
    assert list((tmp_path / "kopier").iterdir()) == []


def test_access_denied_is_retried_too_but_other_errors_are_not(tmp_path, faulty_files):
    source = tmp_path / "ny.tmp"
    source.write_text("ny")
    faulty_files.held, faulty_files.winerror = 1, 5  # ERROR_ACCESS_DENIED: a file being scanned or deleted
    assert fileops.replace(source, tmp_path / "fil.txt").read_text() == "ny"
    assert faulty_files.waits == [0.05]

    calls = []

    def missing_folder():
        calls.append(1)
        raise FileNotFoundError(errno.ENOENT, "findes ikke")

    with pytest.raises(FileNotFoundError):
        fileops.retry_while_held(missing_folder, "test")
    assert calls == [1]


def test_the_share_retries_a_held_rename_and_reports_a_lasting_one_as_a_sharing_violation(tmp_path, faulty_files):
    share = LocalShare(tmp_path)
    share.make_folder("pc-a")
    faulty_files.held = 1
    share.write_new("pc-a/000001.bsc", b"data")
    assert share.read("pc-a/000001.bsc") == b"data" and faulty_files.waits == [0.05]

    faulty_files.held = 100
    with pytest.raises(SharingViolation):
        share.write_new("pc-a/000002.bsc", b"mere")
    assert share.size("pc-a/000002.bsc") is None
    assert [entry.name for entry in share.list_files("pc-a")] == ["000001.bsc"]  # the temporary file is gone


def test_a_new_name_that_exists_is_refused_at_once(tmp_path, faulty_files):
    (tmp_path / "a").write_text("a")
    (tmp_path / "b").write_text("b")
    with pytest.raises(FileExistsError):
        fileops.rename_no_replace(tmp_path / "a", tmp_path / "b")
    assert faulty_files.waits == [] and (tmp_path / "b").read_text() == "b"
