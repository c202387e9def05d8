"""A kill at any moment of the first start or of a schema upgrade leaves a database that opens.

Real processes, killed with SIGKILL at random moments (seeded): a helper process imports the
program once and forks one child per try, which opens the database (first start, or an upgrade
from revision 0003) and is killed after a random delay within the time a whole run takes. After
each kill the file on disk is either untouched or completely done (never a half-made schema), and
it opens with open_database, at head, passes PRAGMA integrity_check and still holds its rows.

Beside them, in-process tests of the same promise without timing (a failure just before the
commit rolls the schema changes back) and of files half-made by earlier versions of the program.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from boligsocial_desktop.errors import StorageError
from boligsocial_desktop.storage import engine as engine_module
from boligsocial_desktop.storage.engine import _alembic_config, open_database
from boligsocial_desktop.storage.migrations import SCHEMA_HEAD
from boligsocial_desktop.storage.models import Base
from boligsocial_desktop.storage.outbox import HLC_STATE_KEY, ORIGIN_STATE_KEY

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
                                reason="needs fork and SIGKILL")

TRIES = 20
ESTATES = 30
OUTBOX_ROWS = 5
HEAD_TABLES = set(Base.metadata.tables) | {"alembic_version"}

# The helper: imports once, then per line "<database> <backup folder> <delay>" forks a child that
# opens the database; after <delay> seconds (negative: never) the child is killed with SIGKILL.
# Answers "killed <seconds>" or "exited <code> <seconds>".
HELPER = r"""
import os, signal, sys, time
from pathlib import Path
import alembic.command, alembic.script  # loaded once here; the program has them loaded when it migrates
from boligsocial_desktop.storage.engine import open_database

print("ready", flush=True)
for line in sys.stdin:
    database, backups, delay = line.split()
    delay = float(delay)
    started = time.perf_counter()
    child = os.fork()
    if child == 0:
        code = 0
        try:
            open_database(path=Path(database), backup_dir=Path(backups)).dispose()
        except BaseException as exc:
            print(repr(exc), file=sys.stderr, flush=True)
            code = 1
        os._exit(code)
    if delay >= 0:
        time.sleep(delay)
        os.kill(child, signal.SIGKILL)
    _, status = os.waitpid(child, 0)
    elapsed = time.perf_counter() - started
    if os.WIFSIGNALED(status):
        print(f"killed {elapsed:.4f}", flush=True)
    else:
        print(f"exited {os.WEXITSTATUS(status)} {elapsed:.4f}", flush=True)
"""


class Helper:
    def __init__(self) -> None:
        root = Path(__file__).resolve().parents[2]
        env = {**os.environ, "PYTHONPATH": str(root) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self.process = subprocess.Popen([sys.executable, "-c", HELPER], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env=env, cwd=root)
        assert self.process.stdout.readline().strip() == "ready"

    def run(self, database: Path, backups: Path, delay: float) -> tuple[bool, float]:
        """(killed, seconds) for one open_database in a child killed after `delay` (negative: not killed)."""
        self.process.stdin.write(f"{database} {backups} {delay}\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().split()
        assert answer, "the helper process died"
        if answer[0] == "exited":
            assert answer[1] == "0", "open_database failed in the child (see its stderr)"
        return answer[0] == "killed", float(answer[-1])

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


@pytest.fixture(scope="module")
def helper():
    started = Helper()
    yield started
    started.close()


def whole_run_seconds(helper: Helper, make_database, folder: Path) -> float:
    """How long one unkilled run takes here (median of three), so the kills fall within it."""
    times = []
    for number in range(3):
        database = make_database(folder / f"måling-{number}")
        times.append(helper.run(database, database.parent / "backups", -1)[1])
    return sorted(times)[1]


def kill_at_random_moments(helper: Helper, make_database, folder: Path, seed: int):
    """Yield (database, backups folder) after each of TRIES kills at a seeded random moment."""
    rng = random.Random(seed)
    whole = whole_run_seconds(helper, make_database, folder)
    killed = 0
    for number in range(TRIES):
        database = make_database(folder / f"forsøg-{number}")
        was_killed, _ = helper.run(database, database.parent / "backups", rng.uniform(0, whole * 1.1))
        killed += was_killed
        yield database, database.parent / "backups"
    assert killed >= TRIES // 2, f"only {killed} of {TRIES} runs were killed before they finished"


def schema_on_disk(path: Path) -> tuple[str | None, set[str], set[str]]:
    """(revision, tables, columns of outbox) as the file holds them, read without the program."""
    if not path.exists():
        return None, set(), set()
    with closing(sqlite3.connect(path)) as conn:  # not read-only: a killed writer's WAL is recovered
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
            if "alembic_version" in tables else None
        columns = {row[1] for row in conn.execute("PRAGMA table_info(outbox)")}
    return (revision[0] if revision else None), tables, columns


def integrity(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]


def opens_at_head(path: Path, backups: Path):
    db = open_database(path=path, backup_dir=backups)
    try:
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
            state = dict(connection.execute(text("SELECT key, value FROM local_state")).all())
            assert {ORIGIN_STATE_KEY, HLC_STATE_KEY} <= set(state)
            assert connection.execute(text("SELECT count(*) FROM advice_topics")).scalar() > 0
            estates = connection.execute(text("SELECT name FROM estates ORDER BY name")).scalars().all()
            outbox = connection.execute(text("SELECT count(*) FROM outbox")).scalar()
    finally:
        db.dispose()
    assert integrity(path) == ["ok"]
    return estates, outbox


# --- a first start ---------------------------------------------------------------------------------

def new_path(folder: Path) -> Path:
    folder.mkdir(parents=True)
    return folder / "boligsocial.sqlite"


def test_kill_at_random_moments_of_a_first_start(helper, tmp_path):
    for path, backups in kill_at_random_moments(helper, new_path, tmp_path, seed=7):
        revision, tables, _ = schema_on_disk(path)
        assert not tables or (revision == SCHEMA_HEAD and tables == HEAD_TABLES), \
            f"a half-made schema: revision {revision}, {len(tables)} tables"
        if tables:  # the origin id and clock came in the same transaction as the tables
            with closing(sqlite3.connect(path)) as conn:
                assert {row[0] for row in conn.execute("SELECT key FROM local_state")} >= {ORIGIN_STATE_KEY,
                                                                                           HLC_STATE_KEY}
        assert opens_at_head(path, backups) == ([], 0)


# --- an upgrade from revision 0003 ---------------------------------------------------------------

ESTATE_NAMES = [f"Afdeling {number:02d} Søparken" for number in range(ESTATES)]


@pytest.fixture(scope="module")
def database_at_0003(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("skabelon") / "boligsocial.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0003")
        for number, name in enumerate(ESTATE_NAMES):
            connection.execute(text("INSERT INTO estates (id, name, created_at, updated_at, version) "
                                    "VALUES (:id, :name, '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)"),
                               {"id": f"e{number}", "name": name})
        for seq in range(OUTBOX_ROWS):
            connection.execute(text("INSERT INTO outbox (table_name, row_id, op, fields, hlc, origin, exported) "
                                    "VALUES ('estates', :row, 'insert', '{}', :hlc, 'o1', 0)"),
                               {"row": f"e{seq}", "hlc": f"{seq:015d}-0000-o1"})
    engine.dispose()
    return path


def test_kill_at_random_moments_of_an_upgrade(helper, tmp_path, database_at_0003):
    def copy_at_0003(folder: Path) -> Path:
        folder.mkdir(parents=True)
        return Path(shutil.copy(database_at_0003, folder / "boligsocial.sqlite"))

    for path, backups in kill_at_random_moments(helper, copy_at_0003, tmp_path, seed=11):
        revision, tables, outbox_columns = schema_on_disk(path)
        if revision == "0003":  # untouched: nothing of 0004 is there
            assert not any(name.startswith("sync_") for name in tables) and "base_clocks" not in outbox_columns
        else:
            assert revision == SCHEMA_HEAD and tables == HEAD_TABLES and "base_clocks" in outbox_columns
        for copy in backups.glob("før-opdatering-*.sqlite"):  # a kill while copying leaves only a .part
            assert schema_on_disk(copy)[0] == "0003" and integrity(copy) == ["ok"]
        assert opens_at_head(path, backups) == (ESTATE_NAMES, OUTBOX_ROWS)


# --- the same promise without timing, in this process ---------------------------------------------

@pytest.mark.migrates
def test_a_failure_before_the_commit_leaves_a_new_file_without_tables(db_path, monkeypatch):
    def fail(connection):
        raise RuntimeError("strømmen gik")

    monkeypatch.setattr(engine_module, "_seed_local_state", fail)  # runs after every migration
    with pytest.raises(StorageError):
        open_database(path=db_path)
    assert schema_on_disk(db_path)[1] == set()
    monkeypatch.undo()
    assert opens_at_head(db_path, db_path.parent / "backups") == ([], 0)


def test_a_failure_before_the_commit_leaves_an_upgrade_undone(tmp_path, database_at_0003, monkeypatch):
    path = Path(shutil.copy(database_at_0003, tmp_path / "boligsocial.sqlite"))
    real_upgrade = engine_module._upgrade

    def upgrade_then_fail(connection, current):
        real_upgrade(connection, current)
        assert _column_names(connection) >= {"base_clocks"}  # 0004 did run, inside the transaction
        raise RuntimeError("strømmen gik")

    monkeypatch.setattr(engine_module, "_upgrade", upgrade_then_fail)
    with pytest.raises(StorageError):
        open_database(path=path, backup_dir=tmp_path / "backups")
    revision, tables, outbox_columns = schema_on_disk(path)
    assert revision == "0003" and "sync_applied" not in tables and "base_clocks" not in outbox_columns
    monkeypatch.undo()
    assert opens_at_head(path, tmp_path / "backups") == (ESTATE_NAMES, OUTBOX_ROWS)


def _column_names(connection) -> set[str]:
    return {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(outbox)")}


# --- files half-made by earlier versions (each schema change committed alone) ---------------------

def test_a_half_made_first_start_of_an_earlier_version_starts_over(db_path):
    with closing(sqlite3.connect(db_path)) as conn:  # what a kill during 0001 used to leave
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        conn.execute("CREATE TABLE estates (id VARCHAR(36) PRIMARY KEY, name VARCHAR(120))")
        conn.commit()
    assert opens_at_head(db_path, db_path.parent / "backups") == ([], 0)


def test_a_file_with_other_tables_and_no_revision_is_refused_untouched(db_path):
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("CREATE TABLE indkøb (vare TEXT)")
        conn.execute("INSERT INTO indkøb VALUES ('kaffe')")
        conn.commit()
    with pytest.raises(StorageError, match="ikke en database fra Boligsocial Desktop"):
        open_database(path=db_path)
    assert schema_on_disk(db_path)[1] == {"indkøb"}
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT vare FROM indkøb").fetchall() == [("kaffe",)]


def test_a_half_made_upgrade_of_an_earlier_version_is_refused_untouched_naming_the_copy(
        tmp_path, database_at_0003):
    path = Path(shutil.copy(database_at_0003, tmp_path / "boligsocial.sqlite"))
    with closing(sqlite3.connect(path)) as conn:  # what a kill during 0004 used to leave
        conn.execute("ALTER TABLE outbox ADD COLUMN base_clocks JSON")
        conn.commit()
    with pytest.raises(StorageError, match=r"halvt opdateret.*før-opdatering"):
        open_database(path=path, backup_dir=tmp_path / "backups")
    revision, tables, _ = schema_on_disk(path)
    assert revision == "0003" and "sync_applied" not in tables
