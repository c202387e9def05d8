"""Faults on the way to the server: down at start, restarted mid-session, lost during a save."""

from __future__ import annotations

import socket
import time as clock

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from boligsocial_desktop.errors import StorageError
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import Estate
from boligsocial_desktop.storage.postgres import ServerUnavailableError


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_server_down_at_start_is_a_clear_danish_message():
    started = clock.monotonic()
    with pytest.raises(ServerUnavailableError) as raised:
        open_database(url=f"postgresql+psycopg://boligsocial@127.0.0.1:{_free_port()}/boligsocial")
    assert clock.monotonic() - started < 10
    assert raised.value.message.startswith("Databaseserveren (127.0.0.1:")
    assert "prøve igen" in raised.value.message


def _drop_connections(pg_url: str) -> None:
    """What a server restart does to the program's open connections."""
    admin = create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        killed = connection.execute(text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": make_url(pg_url).database}).scalar()
    admin.dispose()
    assert killed >= 1


def test_a_restarted_server_is_reconnected_to(pg_url):
    db = open_database(url=pg_url)
    try:
        PlacesService(db).create_estate("Søparken")
        _drop_connections(pg_url)
        assert [e.name for e in PlacesService(db).estates()] == ["Søparken"]  # pre-ping reconnected
        PlacesService(db).create_estate("Åparken")
    finally:
        db.dispose()


def test_a_connection_lost_during_a_save_leaves_nothing_half_written(pg_url):
    db = open_database(url=pg_url)
    try:
        with pytest.raises(StorageError, match="Intet er gemt"), db.transaction() as session:
            session.add(Estate(name="Første"))
            session.flush()
            _drop_connections(pg_url)
            session.add(Estate(name="Anden"))
            session.flush()
        with db.reading() as session:
            assert session.scalars(select(Estate.name)).all() == []
        PlacesService(db).create_estate("Efter genforbindelse")  # and the next save works
        assert [e.name for e in PlacesService(db).estates()] == ["Efter genforbindelse"]
    finally:
        db.dispose()


def test_at_start_the_user_can_retry_until_the_server_answers(pg_url):
    from boligsocial_desktop.app import open_with_retry

    down = f"postgresql+psycopg://boligsocial@127.0.0.1:{_free_port()}/boligsocial"
    urls = iter([down, down, pg_url])
    shown: list[str] = []
    db = open_with_retry(lambda: open_database(url=next(urls)), lambda message: shown.append(message) or True)
    try:
        assert len(shown) == 2 and all("svarer ikke" in message for message in shown)
        assert PlacesService(db).estates() == []
    finally:
        db.dispose()


def test_at_start_the_user_can_give_up():
    from boligsocial_desktop.app import open_with_retry

    down = f"postgresql+psycopg://boligsocial@127.0.0.1:{_free_port()}/boligsocial"
    with pytest.raises(ServerUnavailableError):
        open_with_retry(lambda: open_database(url=down), lambda message: False)


def test_server_gone_mid_session_is_a_danish_message_and_comes_back(pg_url):
    name = make_url(pg_url).database
    admin = create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    db = open_database(url=pg_url)
    try:
        PlacesService(db).create_estate("Søparken")
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
        _drop_connections(pg_url)
        with pytest.raises(ServerUnavailableError, match="svarer ikke"):
            PlacesService(db).estates()
        with pytest.raises(StorageError, match="Intet er gemt"):
            PlacesService(db).create_estate("Åparken")
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        assert [e.name for e in PlacesService(db).estates()] == ["Søparken"]
    finally:
        db.dispose()
        admin.dispose()
