"""Moving an office's SQLite database onto a PostgreSQL server (`boligsocial-desktop migrate-to URL`).

The target is migrated to the newest schema first, must hold no office data, and receives every
table (shared data, audit log, outbox and local state) in ONE transaction: a failure leaves it as it
was. Afterwards every table's row count and checksum are compared between source and target.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Table, bindparam, create_engine, delete, inspect, select, update
from sqlalchemy.engine import make_url

from ..errors import AppError, StorageError
from ..storage.engine import Database, _migrate
from ..storage.models import Base
from ..storage.postgres import reset_sequences, server_connect_args, table_checksum
from .office import USER_DATA_MODELS

BATCH = 2000
Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class MigrationResult:
    tables: tuple[TableCheck, ...]

    @property
    def rows(self) -> int:
        return sum(check.rows for check in self.tables)


class VerificationError(StorageError):
    """The copy differs from the original."""


def _tables() -> list[Table]:
    return [table for table in Base.metadata.sorted_tables]


def _target_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise AppError(f"Adressen »{url}« er ikke en gyldig database-URL ({exc}).") from exc
    if parsed.get_backend_name() != "postgresql":
        raise AppError("Målet skal være en PostgreSQL-database, fx postgresql+psycopg://bruger@server/boligsocial.")
    return create_engine(url, pool_pre_ping=True, connect_args=server_connect_args(parsed))


def _checks(connection: Connection) -> dict[str, tuple[int, str]]:
    return {table.name: table_checksum(connection, table) for table in _tables()}


def verify_copy(source: Database, target_url: str) -> MigrationResult:
    """Compare row counts and checksums of every table; raise VerificationError naming the differences."""
    engine = _target_engine(target_url)
    try:
        with source.engine.connect() as src, engine.connect() as dst:
            before, after = _checks(src), _checks(dst)
    finally:
        engine.dispose()
    differing = [name for name in before if before[name] != after.get(name)]
    if differing:
        details = ", ".join(f"{name} ({before[name][0]} → {after.get(name, (0, ''))[0]} rækker)"
                            for name in differing)
        raise VerificationError(f"Kopien afviger fra originalen i tabellerne: {details}. "
                                "Brug ikke PostgreSQL-databasen; kør flytningen igen på en tom database.")
    return MigrationResult(tuple(TableCheck(name, *before[name]) for name in sorted(before)))


def _copy_table(src: Connection, dst: Connection, table: Table) -> None:
    # A row may point at another row of the same table (an activity copied from another); such
    # columns are filled in after all rows exist, so the order of rows does not matter.
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    keys = [column.name for column in table.primary_key.columns]
    # ... keeping columns that change by themselves on update (updated_at) as they were.
    kept = self_refs + [c.name for c in table.columns if c.onupdate is not None and c.name not in self_refs]
    later = []
    rows = src.execute(select(table).order_by(*table.primary_key.columns)).mappings()
    while batch := rows.fetchmany(BATCH):
        values = [dict(row) for row in batch]
        for row in values:
            if any(row[name] is not None for name in self_refs):
                later.append({**{f"k_{k}": row[k] for k in keys}, **{f"v_{n}": row[n] for n in kept}})
                row.update(dict.fromkeys(self_refs))
        dst.execute(table.insert(), values)
    if later:
        statement = (update(table)
                     .where(*(table.c[k] == bindparam(f"k_{k}") for k in keys))
                     .values({n: bindparam(f"v_{n}") for n in kept}))
        dst.execute(statement, later)


def migrate_to(source: Database, target_url: str, progress: Progress | None = None) -> MigrationResult:
    report = progress or (lambda _percent, _text: None)
    engine = _target_engine(target_url)
    try:
        report(0, "Opdaterer databasen på serveren")
        try:
            _migrate(engine, None, None)
        except StorageError:
            raise
        except Exception as exc:
            raise StorageError(f"Databasen på serveren kan ikke nås eller opdateres: {exc}") from exc
        tables = _tables()
        missing = {table.name for table in tables} - set(inspect(engine).get_table_names())
        if missing:
            raise StorageError(f"Databasen på serveren mangler tabellerne {', '.join(sorted(missing))}.")
        with engine.connect() as check:
            for model in USER_DATA_MODELS:
                if check.execute(select(model.__table__.c.id).limit(1)).first() is not None:
                    raise AppError("Databasen på serveren indeholder allerede data fra et kontor. "
                                   "Flyt kun til en tom database; intet er ændret.")
        with source.engine.connect() as src, engine.begin() as dst:
            # Reference lists from the migrations and any local state are replaced by the office's own.
            for table in reversed(tables):
                dst.execute(delete(table))
            for index, table in enumerate(tables):
                report(5 + 85 * index // len(tables), f"Kopierer {table.name}")
                _copy_table(src, dst, table)
            reset_sequences(dst, tables)
        report(90, "Kontrollerer kopien")
        result = verify_copy(source, target_url)
        report(100, "Færdig")
        return result
    finally:
        engine.dispose()
