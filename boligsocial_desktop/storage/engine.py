"""Opening the database: checks, PRAGMAs, migrations, session factory.

This is the only module that creates an engine. SQLite is the default; any SQLAlchemy
URL works (PostgreSQL comes later), so nothing here may leak SQLite-only SQL to services.
"""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..errors import StaleEditError, StorageError
from ..sync.clock import HybridLogicalClock, Timestamp
from .migrations import SCHEMA_HEAD
from .models import LocalState
from .outbox import HLC_STATE_KEY, ORIGIN_STATE_KEY, ChangeCapture, install_change_capture
from .postgres import lost_connection, server_connect_args, server_unavailable

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000


class CaptureSession(Session):
    """Sessions from this class record every write of a shared row in the outbox."""


install_change_capture(CaptureSession)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def check_sqlite_file(path: Path, thorough: bool = False) -> None:
    """Refuse, without touching it, a file that is not a healthy SQLite database.

    The quick check reads every page, which takes most of a second at the design
    size, so it runs only when `thorough` (before a migration, or when the last
    session did not close cleanly); otherwise the header and schema are read.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StorageError(
            f"Filen {path} er ikke en database fra Boligsocial Desktop. "
            "Vælg den rigtige databasefil; filen er ikke ændret."
        )
    check = "PRAGMA quick_check" if thorough else "SELECT count(*) FROM sqlite_master"
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            result = conn.execute(check).fetchone()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"Databasen {path} er beskadiget og kan ikke læses ({exc}). "
                           "Gendan den fra en sikkerhedskopi; filen er ikke ændret.") from exc
    if thorough and (not result or result[0] != "ok"):
        raise StorageError(
            f"Databasen {path} er beskadiget. Gendan den fra en sikkerhedskopi; filen er ikke ændret."
        )


def closed_uncleanly(path: Path) -> bool:
    """SQLite removes the write-ahead log when the last connection closes normally."""
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _alembic_config(connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not engine.dialect.has_table(connection, "alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (never a plain file copy)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)  # sqlite3's own context manager only commits; closing() really closes both files
    return target


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    capture: ChangeCapture
    path: Path | None = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything commits together or nothing does.

        Another user's save of the same row in between (the version column no longer matches) is
        refused as StaleEditError; a connection lost to the server is a StorageError (nothing saved).
        """
        try:
            with self.sessions.begin() as session:
                yield session
        except StaleDataError as exc:
            raise StaleEditError("Det, du retter, er ændret af en anden, mens du rettede det. Intet er gemt; "
                                 "dine indtastninger står stadig i formularen. Åbn det igen for at se ændringen.") from exc
        except DBAPIError as exc:
            if self._server_gone(exc):
                raise lost_connection(exc) from exc
            raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        try:
            with self.sessions() as session:
                yield session
        except DBAPIError as exc:
            if self._server_gone(exc):
                raise server_unavailable(exc, self.engine.url) from exc
            raise

    def _server_gone(self, exc: DBAPIError) -> bool:
        """A lost or refused connection to a database server (never said of a SQLite file)."""
        return self.engine.dialect.name != "sqlite" and (
            exc.connection_invalidated or isinstance(exc, OperationalError))

    @property
    def origin(self) -> str:
        return self.capture.origin

    def dispose(self) -> None:
        self.engine.dispose()


def _migrate(engine: Engine, path: Path | None, backup_dir: Path | None) -> None:
    current = _current_revision(engine)
    if current == SCHEMA_HEAD:
        return  # the usual case, answered without loading Alembic
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise StorageError(
            "Databasen er lavet af en nyere version af Boligsocial Desktop. "
            "Opdater programmet for at åbne den; databasen er ikke ændret."
        )
    if current is not None and path is not None:
        check_sqlite_file(path, thorough=True)
    if current is not None and path is not None and backup_dir is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_sqlite(path, backup_dir / f"før-opdatering-{current}-{stamp}.sqlite")
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")


def _load_capture(sessions: sessionmaker[Session]) -> ChangeCapture:
    with sessions.begin() as session:
        state = {row.key: row.value for row in session.scalars(select(LocalState))}
        origin = state.get(ORIGIN_STATE_KEY)
        if origin is None:
            origin = str(uuid.uuid4())
            session.add(LocalState(key=ORIGIN_STATE_KEY, value=origin))
        last = Timestamp.parse(state[HLC_STATE_KEY]) if HLC_STATE_KEY in state else None
        clock = HybridLogicalClock(origin, last)
        if last is None:
            session.add(LocalState(key=HLC_STATE_KEY, value=str(clock.last)))
    return ChangeCapture(clock)


def open_database(
    *, path: Path | None = None, url: str | None = None, backup_dir: Path | None = None, migrate: bool = True
) -> Database:
    if (path is None) == (url is None):
        raise ValueError("Giv enten en sti eller en URL til databasen")
    if path is not None:
        path = Path(path).resolve()
        check_sqlite_file(path, thorough=closed_uncleanly(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        url = sqlite_url(path)
    elif make_url(url).get_backend_name() == "sqlite" and make_url(url).database not in (None, "", ":memory:"):
        path = Path(make_url(url).database).resolve()
        check_sqlite_file(path, thorough=closed_uncleanly(path))
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    if is_sqlite:
        engine = create_engine(url, connect_args={"check_same_thread": False})
    else:
        # pool_pre_ping: after a server restart the next use reconnects instead of failing.
        engine = create_engine(url, pool_pre_ping=True, connect_args=server_connect_args(make_url(url)))
    if is_sqlite:
        event.listen(engine, "connect", _set_sqlite_pragmas)
    try:
        if migrate:
            _migrate(engine, path, backup_dir)
        sessions = sessionmaker(engine, class_=CaptureSession, expire_on_commit=False)
        capture = _load_capture(sessions)
    except StorageError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        if is_sqlite:
            raise StorageError(f"Databasen kan ikke åbnes: {exc}") from exc
        raise server_unavailable(exc, make_url(url)) from exc
    except Exception as exc:
        engine.dispose()
        raise StorageError(f"Databasen kan ikke åbnes: {exc}") from exc
    sessions.configure(info={"capture": capture})
    return Database(engine=engine, sessions=sessions, capture=capture, path=path)
