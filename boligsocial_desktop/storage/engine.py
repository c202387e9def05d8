"""Opening the database: checks, PRAGMAs, migrations, session factory.

This is the only module that creates an engine. SQLite is the default; any SQLAlchemy
URL works (PostgreSQL comes later), so nothing here may leak SQLite-only SQL to services.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, insert, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from .. import fileops
from ..errors import AppError, StaleEditError, StorageError
from .changes import CommitListeners, take_written, track_writes
from .clock import HybridLogicalClock, Timestamp
from .migrations import SCHEMA_HEAD
from .models import Base, LocalState
from .outbox import HLC_STATE_KEY, ORIGIN_STATE_KEY, ChangeCapture, install_change_capture
from .postgres import lost_connection, server_connect_args, server_unavailable
from .text_guard import install_cpr_guard

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000
PRE_UPGRADE_PREFIX = "før-opdatering-"

# Makes the copy kept before a schema upgrade: called with the database file and its current
# revision, returns the copy. The program passes one that seals the copy when the office has a key
# (backups.pre_upgrade_backup); without one, open_database keeps a plain copy in backup_dir.
PreUpgradeBackup = Callable[[Path, str], Path]


class CaptureSession(Session):
    """Sessions from this class record every write of a shared row in the outbox."""


log = logging.getLogger(__name__)

install_change_capture(CaptureSession)
install_cpr_guard(CaptureSession)


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
    except sqlite3.OperationalError as exc:
        # Locked, read-only folder, unreadable: not damage. Say which, without the SQLite text.
        from ..errors import sqlite_error_kind, sqlite_error_message

        if sqlite_error_kind(exc) is not None:
            raise StorageError(_read_only_message(path) or sqlite_error_message(exc)) from exc
        raise StorageError(f"Databasen {path} er beskadiget og kan ikke læses. "
                           "Gendan den fra en sikkerhedskopi; filen er ikke ændret.") from exc
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"Databasen {path} er beskadiget og kan ikke læses. "
                           "Gendan den fra en sikkerhedskopi; filen er ikke ændret.") from exc
    if thorough and (not result or result[0] != "ok"):
        raise StorageError(
            f"Databasen {path} er beskadiget. Gendan den fra en sikkerhedskopi; filen er ikke ændret."
        )


def _read_only_message(path: Path | None) -> str | None:
    """The Danish message for a data folder or database file this user may not write, else None."""
    if path is None:
        return None
    folder_writable = os.access(path.parent, os.W_OK)
    file_writable = not path.exists() or os.access(path, os.W_OK)
    if folder_writable and file_writable:
        return None
    what = f"Datamappen {path.parent}" if not folder_writable else f"Databasefilen {path}"
    return (f"{what} er skrivebeskyttet, så Boligsocial Desktop kan ikke gemme noget. Databasen er ikke "
            "beskadiget. Giv din bruger skriveadgang (eller bed den, der passer pc'erne, om det), og prøv igen.")


def _folder_error(path: Path, exc: OSError) -> str:
    import errno

    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"Datamappen {path.parent} er skrivebeskyttet, så databasen kan ikke laves eller gemmes der. "
                "Databasen er ikke beskadiget. Giv din bruger skriveadgang til mappen, eller vælg en anden.")
    if exc.errno == errno.ENOSPC:
        from ..errors import DISK_FULL

        return DISK_FULL
    return f"Datamappen {path.parent} kan ikke bruges ({exc.strerror or type(exc).__name__})."


def closed_uncleanly(path: Path) -> bool:
    """SQLite removes the write-ahead log when the last connection closes normally."""
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


# SQLite's page cache per connection, in KiB (filled only as pages are read). The default 2 MB is
# smaller than one report statement's index pages on ten years of data, so the same pages were read
# from the file again and again: on the large demo the ten-year report spent about a third of its
# time in those reads.
CACHE_KIB = 32 * 1024


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None  # the migrations end in one head
    return head


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return _revision_on(connection)


def _revision_on(connection: Connection) -> str | None:
    if not connection.dialect.has_table(connection, "alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (never a plain file copy).

    The copy is switched from WAL to a rollback journal: it is one self-contained file, and opening
    it later (read-only, to check or list it) leaves no `-wal`/`-shm` files beside it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)  # sqlite3's own context manager only commits; closing() really closes both files
        dst.execute("PRAGMA journal_mode=DELETE")
    return target


def pre_upgrade_name(revision: str, now: datetime | None = None, suffix: str = ".sqlite") -> str:
    return f"{PRE_UPGRADE_PREFIX}{revision}-{(now or datetime.now()).strftime('%Y%m%d-%H%M%S')}{suffix}"


def plain_pre_upgrade_backup(path: Path, folder: Path, revision: str) -> Path:
    """The plain copy kept before a schema upgrade, written under a temporary name first
    (a kill while copying leaves a `.part` file, never a copy that looks whole)."""
    target = Path(folder) / pre_upgrade_name(revision)
    partial = target.with_name(target.name + ".part")
    backup_sqlite(path, partial)
    fileops.replace(partial, target)
    return target


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[CaptureSession]
    capture: ChangeCapture
    path: Path | None = None
    commits: CommitListeners = field(default_factory=CommitListeners)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything commits together or nothing does.

        Another user's save of the same row in between (the version column no longer matches) is
        refused as StaleEditError; a connection lost to the server is a StorageError (nothing saved).
        After the commit, `commits` hears which tables it wrote.
        """
        try:
            with self.sessions.begin() as session:
                yield session
                session.flush()
                written = take_written(session.connection())
        except StaleDataError as exc:
            raise StaleEditError(
                "Det, du retter, er ændret af en anden, mens du rettede det. Intet er gemt; "
                "dine indtastninger står stadig i formularen. Åbn det igen for at se ændringen."
            ) from exc
        except DBAPIError as exc:
            if self._server_gone(exc):
                raise lost_connection(exc) from exc
            if self.engine.dialect.name == "sqlite" and isinstance(exc, OperationalError):
                # Locked, disk full, read-only folder: a Danish line without the SQL or its values.
                from ..errors import sqlite_error_kind, sqlite_error_message

                if sqlite_error_kind(exc) is not None:
                    raise StorageError(sqlite_error_message(exc)) from None
            raise
        self.commits.committed(written)

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


def _sqlite_migration_engine(url: URL) -> Engine:
    """An engine whose transactions are real SQLite transactions, schema changes included.

    Python's sqlite3 (3.11, and later versions in their default mode) begins a transaction only
    before INSERT/UPDATE/DELETE, so each CREATE, ALTER and DROP would commit on its own and a kill
    between two of them would leave a half-made schema. Here the driver's own transaction handling
    is off (isolation_level=None) and every SQLAlchemy transaction starts with BEGIN IMMEDIATE (the
    write lock at once, so a second process waits instead of migrating too): the whole upgrade,
    Alembic's batch table copies and alembic_version included, commits at once or not at all.
    Foreign keys are off while it runs, as SQLite's procedure for schema changes asks (a batch
    copy drops and renames tables; PRAGMA foreign_keys cannot change inside a transaction), and
    are checked before the commit.
    """
    engine = create_engine(url, poolclass=NullPool)

    def connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    event.listen(engine, "connect", connect)
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


def _refuse_unknown(current: str | None) -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise StorageError(
            "Databasen er lavet af en nyere version af Boligsocial Desktop. "
            "Opdater programmet for at åbne den; databasen er ikke ændret."
        )


def _clear_half_made_first_start(connection: Connection, path: Path | None) -> None:
    """A file without a schema revision that still holds tables: the first start of an earlier
    version of the program, stopped half-way (its schema changes committed one by one). When
    every table is one of the program's and all are empty, the file is started over (inside the
    migration's transaction); anything else is not ours to change."""
    tables = [name for (name,) in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    if not tables:
        return
    ours = set(Base.metadata.tables) | {"alembic_version"}
    empty = all(connection.exec_driver_sql(f'SELECT 1 FROM "{name}" LIMIT 1').first() is None for name in tables)
    if not set(tables) <= ours or not empty:
        raise StorageError(f"Filen {path or 'databasen'} er ikke en database fra Boligsocial Desktop, eller den "
                           "mangler sin skemaversion. Vælg den rigtige databasefil; filen er ikke ændret.")
    for name in tables:
        connection.exec_driver_sql(f'DROP TABLE "{name}"')


def _upgrade(connection: Connection, current: str | None) -> None:
    from alembic import command

    try:
        command.upgrade(_alembic_config(connection), "head")
    except OperationalError as exc:
        if connection.dialect.name == "sqlite" and ("already exists" in str(exc) or "duplicate column" in str(exc)):
            raise StorageError(
                f"Databasen er halvt opdateret fra skemaversion {current} (en tidligere version af programmet "
                "blev stoppet under opdateringen). Gendan kopien »før-opdatering-…« fra mappen med "
                "sikkerhedskopier; databasen er ikke ændret.") from exc
        raise
    if current is None:
        _seed_local_state(connection)


def _migrate(engine: Engine, path: Path | None, backup_dir: Path | None,
             pre_upgrade_backup: PreUpgradeBackup | None = None) -> None:
    current = _current_revision(engine)
    if current == SCHEMA_HEAD:
        return  # the usual case, answered without loading Alembic
    _refuse_unknown(current)
    if current is not None and path is not None:
        check_sqlite_file(path, thorough=True)
    if engine.dialect.name != "sqlite" or path is None:
        with engine.begin() as connection:  # PostgreSQL: schema changes are transactional already
            _upgrade(connection, current)
        return
    engine.dispose()  # no pooled connection of the program's engine stays open beside the migration
    migration = _sqlite_migration_engine(engine.url)
    try:
        with migration.begin() as connection:
            current = _revision_on(connection)  # again, under the write lock: another process may have done it
            if current == SCHEMA_HEAD:
                return
            _refuse_unknown(current)
            if current is None:
                _clear_half_made_first_start(connection, path)
            elif pre_upgrade_backup is not None:
                pre_upgrade_backup(path, current)  # under the write lock: the copy is exactly what is upgraded
            elif backup_dir is not None:
                plain_pre_upgrade_backup(path, backup_dir, current)
            _upgrade(connection, current)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StorageError(f"Opdateringen af databasen giver rækker uden deres forbindelse ({problems[0][0]}); "
                                   "databasen er ikke ændret.")
    finally:
        migration.dispose()


def _new_local_state(state: dict[str, str]) -> dict[str, str]:
    """The origin id and clock of a database that has none yet (only the missing keys)."""
    added = {}
    origin = state.get(ORIGIN_STATE_KEY)
    if origin is None:
        origin = added[ORIGIN_STATE_KEY] = str(uuid.uuid4())
    if HLC_STATE_KEY not in state:
        added[HLC_STATE_KEY] = str(HybridLogicalClock(origin).last)
    return added


def _seed_local_state(connection: Connection) -> None:
    """A new database gets its origin id and clock in the transaction that makes its tables."""
    state = dict(connection.execute(select(LocalState.key, LocalState.value)).tuples().all())
    added = _new_local_state(state)
    if added:
        connection.execute(insert(LocalState), [{"key": key, "value": value} for key, value in added.items()])


def _load_capture(sessions: sessionmaker[CaptureSession]) -> ChangeCapture:
    with sessions.begin() as session:
        state = {row.key: row.value for row in session.scalars(select(LocalState))}
        added = _new_local_state(state)
        session.add_all(LocalState(key=key, value=value) for key, value in added.items())
        state.update(added)
        clock = HybridLogicalClock(state[ORIGIN_STATE_KEY], Timestamp.parse(state[HLC_STATE_KEY]))
    return ChangeCapture(clock)


ADVISERS_KEY_INFO = "advisers_key"


def open_database(
    *, path: Path | None = None, url: str | None = None, backup_dir: Path | None = None, migrate: bool = True,
    pre_upgrade_backup: PreUpgradeBackup | None = None,
) -> Database:
    """Open (and make or upgrade) the database. Before a schema upgrade of a SQLite file a copy is
    kept: by `pre_upgrade_backup` when given (the program seals it with the office key), otherwise
    a plain copy in `backup_dir`."""
    if (path is None) == (url is None):
        raise ValueError("Giv enten en sti eller en URL til databasen")
    if path is not None:
        from ..paths import make_private_dir, make_private_file

        path = Path(path).resolve()
        check_sqlite_file(path, thorough=closed_uncleanly(path))
        try:
            make_private_dir(path.parent)  # for this user only (0700/0600 on Linux), when the program makes it
            if not path.exists():
                make_private_file(path)
        except OSError as exc:
            raise StorageError(_folder_error(path, exc)) from exc
        url = sqlite_url(path)
    else:
        assert url is not None  # one of the two, checked above
        database = make_url(url).database
        if make_url(url).get_backend_name() == "sqlite" and database not in (None, "", ":memory:"):
            path = Path(str(database)).resolve()
            check_sqlite_file(path, thorough=closed_uncleanly(path))
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    # hide_parameters: an error's text (shown, logged, in a crash report) never carries the values (names, notes).
    if is_sqlite:
        engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
    else:
        # pool_pre_ping: after a server restart the next use reconnects instead of failing.
        engine = create_engine(url, pool_pre_ping=True, connect_args=server_connect_args(make_url(url)),
                               hide_parameters=True)
    if is_sqlite:
        event.listen(engine, "connect", _set_sqlite_pragmas)
    track_writes(engine)
    try:
        if migrate:
            _migrate(engine, path, backup_dir, pre_upgrade_backup)
        sessions = sessionmaker(engine, class_=CaptureSession, expire_on_commit=False)
        capture = _load_capture(sessions)
    except AppError:  # StorageError, or the office key missing for the copy before an upgrade
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        if is_sqlite:
            from ..errors import sqlite_error_message

            log.error("Databasen kan ikke åbnes (%s)", type(getattr(exc, "orig", exc)).__name__)
            raise StorageError(_read_only_message(path) or "Databasen kan ikke åbnes. " + sqlite_error_message(exc)
                               ) from exc
        raise server_unavailable(exc, make_url(url)) from exc
    except Exception as exc:
        engine.dispose()
        log.error("Databasen kan ikke åbnes (%s)", type(exc).__name__)
        raise StorageError("Databasen kan ikke åbnes. Prøv igen; sker det igen, så gendan den fra en "
                           "sikkerhedskopi.") from exc
    from ..crypto.sealed_text import AdvisersKeyHolder

    # The advisers' key for this process (services.advisers_key): empty until an adviser signs in with a PIN.
    sessions.configure(info={"capture": capture, ADVISERS_KEY_INFO: AdvisersKeyHolder()})
    return Database(engine=engine, sessions=sessions, capture=capture, path=path)
