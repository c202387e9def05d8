"""Errors carry no personal data: a locked database, a full disk and a read-only data folder give a
Danish message without SQL or values; the log does not get the values either."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import event

from boligsocial_desktop.errors import StorageError
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage import engine as engine_module
from boligsocial_desktop.storage.engine import check_sqlite_file, open_database

SECRET = "Fatima Hansen 20304050"


def _assert_clean(message: str) -> None:
    for leak in ("INSERT", "UPDATE", "SELECT", "[SQL", "parameters", "Fatima", "20304050"):
        assert leak not in message
    assert "beskadiget" not in message or "ikke beskadiget" in message


def test_a_locked_database_says_so_without_sql(db_path, monkeypatch, caplog):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    db = open_database(path=db_path)
    try:
        with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
            other.execute("BEGIN EXCLUSIVE")
            with pytest.raises(StorageError) as caught, caplog.at_level(logging.DEBUG):
                PlacesService(db).create_estate(SECRET)
            other.execute("ROLLBACK")
    finally:
        db.dispose()
    assert "optaget" in caught.value.message
    _assert_clean(caught.value.message)
    _assert_clean(str(caught.value))
    assert "20304050" not in caplog.text


def test_a_full_disk_says_so_without_sql(db_path):
    db = open_database(path=db_path)
    try:
        with db.engine.connect() as connection:
            pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

        def small_disk(dbapi_connection, _record):
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        event.listen(db.engine, "connect", small_disk)
        db.engine.dispose()
        places = PlacesService(db)
        with pytest.raises(StorageError) as caught:
            for number in range(2000):
                places.create_estate(f"{SECRET} {number} " + "x" * 80)
    finally:
        db.dispose()
    assert "Disken er fuld" in caught.value.message
    _assert_clean(caught.value.message)


def test_sqlalchemy_errors_never_carry_parameter_values(db_path):
    from sqlalchemy import text

    db = open_database(path=db_path)
    try:
        with pytest.raises(Exception) as caught, db.transaction() as session:
            session.execute(text("INSERT INTO ingen_tabel (navn) VALUES (:navn)"), {"navn": SECRET})
    finally:
        db.dispose()
    assert "Fatima" not in str(caught.value)


def test_a_read_only_data_folder_is_called_read_only_not_damaged(db_path, monkeypatch):
    open_database(path=db_path).dispose()
    real_access = engine_module.os.access

    def read_only(path, mode, *args, **kwargs):
        if mode == engine_module.os.W_OK and str(path).startswith(str(db_path.parent)):
            return False
        return real_access(path, mode, *args, **kwargs)

    def cannot_write(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(engine_module.os, "access", read_only)
    monkeypatch.setattr(engine_module.sqlite3, "connect", cannot_write)
    with pytest.raises(StorageError) as caught:
        check_sqlite_file(db_path)
    assert "skrivebeskyttet" in caught.value.message and "ikke beskadiget" in caught.value.message
    monkeypatch.undo()

    monkeypatch.setattr(engine_module.os, "access", read_only)

    def refuse(dbapi_connection, _record):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(engine_module, "_set_sqlite_pragmas", refuse)
    with pytest.raises(StorageError) as caught:
        open_database(path=db_path)
    assert "skrivebeskyttet" in caught.value.message
    _assert_clean(caught.value.message)


def test_a_data_folder_that_cannot_be_made_is_read_only(tmp_path, monkeypatch):
    import errno

    from boligsocial_desktop import paths

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(paths.Path, "mkdir", denied)
    with pytest.raises(StorageError, match="skrivebeskyttet"):
        open_database(path=tmp_path / "ny" / "boligsocial.sqlite")
