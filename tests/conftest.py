"""Shared fixtures. Qt runs offscreen unless a platform is chosen; a fresh database per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import inspect
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.pool import NullPool

from boligsocial_desktop.storage.engine import Database, open_database


@pytest.fixture(scope="session")
def _migrated_sqlite_bytes(tmp_path_factory) -> bytes:
    """A new SQLite file migrated once per run, without its origin id (every copy gets its own)."""
    path = tmp_path_factory.mktemp("template") / "migrated.sqlite"
    template = open_database(path=path)
    with template.transaction() as session:
        session.execute(text("DELETE FROM local_state"))
    template.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.read_bytes()


@pytest.fixture(autouse=True)
def _new_sqlite_files_start_migrated(request, monkeypatch):
    """Migrating a new SQLite file takes 0.2 s or more; a new file starts as a copy of the migrated
    template instead. Tests of the migration itself are marked `migrates` and run it for real."""
    if request.node.get_closest_marker("migrates"):
        return
    from boligsocial_desktop.storage import engine as storage_engine

    template_bytes = request.getfixturevalue("_migrated_sqlite_bytes")
    migrate = storage_engine._migrate

    def migrate_from_template(engine, path, *args, **kwargs):
        if path is not None and path.exists() and path.stat().st_size == 0:
            path.write_bytes(template_bytes)
        return migrate(engine, path, *args, **kwargs)

    monkeypatch.setattr(storage_engine, "_migrate", migrate_from_template)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "boligsocial.sqlite"


@pytest.fixture
def backend(request) -> str:
    """'sqlite' (the default) or 'postgresql' for tests parametrised over both backends."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db(request, backend: str, db_path: Path, tmp_path: Path):
    if backend == "postgresql":
        database = request.getfixturevalue("pg_database")
        yield database
        return
    database = open_database(path=db_path, backup_dir=tmp_path / "backups")
    yield database
    database.dispose()


# --- PostgreSQL: the same tests against a real server -------------------------------------------
# The URL comes from --pg-url or BOLIGSOCIAL_TEST_PG_URL (.ci/start_postgres.sh starts a throwaway
# cluster and prints it). The user needs CREATEDB: every test gets its own database, copied from a
# template migrated once per run (about 0.1 s a test). Without a server the PostgreSQL variants skip,
# except under CI, where a missing server is an error.

# Test files whose database tests also run against PostgreSQL (a representative subset).
_ROOT = Path(__file__).resolve().parent.parent
PG_PARAMETRISED = (
    "tests/storage/",
    "tests/services/",
    "tests/calendar/test_calendar_service.py",
    "tests/calendar/test_attendance_service.py",
    "tests/reports/test_figures.py",
    "tests/reports/test_periods.py",
    "tests/reports/test_plan_service.py",
    "tests/reports/test_suppression.py",
    "tests/reports/test_report_files.py",
)


def pytest_addoption(parser):
    parser.addoption("--pg-url", default=None,
                     help="SQLAlchemy URL of a PostgreSQL test database (default: $BOLIGSOCIAL_TEST_PG_URL)")


# Every test gets one kind, from what it uses (README, "Testene"): `pytest -m unit` runs the quick ones.
TEST_KINDS = {
    "unit": "no database, no Qt widgets, no files beyond its input",
    "integration": "a database, the shared folder or files on disk",
    "gui": "drives Qt widgets with pytest-qt",
    "e2e": "starts the program (or another Python) as a separate process, or drives a whole day in the real "
           "main window (tests/test_office_day.py, also a gui test)",
}
E2E_FILES = (
    "tests/delivery/test_crash.py",
    "tests/delivery/test_single_instance.py",
    "tests/demo/test_benchmark_runner.py",
    "tests/storage/test_kill_during_migration.py",
    "tests/sync/test_office_accidents.py",
    "tests/sync/test_processes.py",
)
# Tests that take many seconds (measured with --durations): `-m "not slow"` leaves them out while working.
SLOW_TESTS = (
    "tests/demo/test_benchmark_runner.py::test_runner_builds_once_then_reuses_the_cache",
    "tests/demo/test_generator.py::test_identical_across_processes_with_different_hash_seeds",
    "tests/export/test_ics.py::test_ten_years_of_weekly_events_in_ten_rooms",
    "tests/storage/test_kill_during_migration.py::test_kill_at_random_moments",
    "tests/sync/test_clock.py::test_exports_are_byte_identical_on_every_pc_after_an_exchange",
    "tests/sync/test_clock.py::test_two_processes_on_one_database_never_stamp_below_the_stored_clock",
    "tests/sync/test_more_accidents.py::test_a_pc_that_exported_but_never_published_a_status_then_away_40_days",
    "tests/sync/test_office_accidents.py::test_restored_cloned_and_scheduled_at_once",
    "tests/sync/test_processes.py::test_two_processes_syncing_through_one_folder_at_once_converge",
    "tests/sync/test_stateful.py::TestSync",
    "tests/ui/test_translations.py::test_generated_forms_and_translations_are_up_to_date",
    "tests/visits/test_import_limits.py::test_a_million_and_a_half_rows",
)
INTEGRATION_FIXTURES = {"db", "db_path", "pg_url", "pg_database", "app_context"}


def _kind(item) -> str:
    relative = Path(str(item.path)).resolve().relative_to(_ROOT).as_posix()
    fixtures = set(getattr(item, "fixturenames", ()))
    if relative.startswith(E2E_FILES):
        return "e2e"
    if fixtures & {"qtbot", "qapp"}:
        return "gui"
    if fixtures & INTEGRATION_FIXTURES or relative.startswith(("tests/sync/", "tests/storage/", "tests/postgres/")):
        return "integration"
    return "unit"


def pytest_configure(config):
    for kind, meaning in TEST_KINDS.items():
        config.addinivalue_line("markers", f"{kind}: {meaning}")
    config.addinivalue_line("markers", "slow: takes many seconds; -m 'not slow' leaves it out while working")
    config.addinivalue_line("markers", "sqlite_only: the test checks the SQLite file itself")
    config.addinivalue_line("markers", "migrates: the test runs the migrations of a new file for real")
    url = config.getoption("--pg-url") or os.environ.get("BOLIGSOCIAL_TEST_PG_URL")
    if os.environ.get("CI") and not url:
        raise pytest.UsageError("CI is set but no PostgreSQL test server is configured "
                                "(BOLIGSOCIAL_TEST_PG_URL); .ci/run starts one")
    config.stash[_PG_URL] = url


_PG_URL = pytest.StashKey[str | None]()
_PG_LEFT_OUT = pytest.StashKey[int]()
PG_FIXTURES = {"pg_server", "pg_url", "pg_database"}


def needs_postgresql(item) -> bool:
    """A test that runs against the PostgreSQL server: the postgresql variant of `db`, or a pg_ fixture."""
    callspec = getattr(item, "callspec", None)
    if callspec is not None and callspec.params.get("backend") == "postgresql":
        return True
    return bool(PG_FIXTURES & set(getattr(item, "fixturenames", ())))


def pytest_collection_modifyitems(config, items):
    """Each test gets its kind (and "slow"); without a server the PostgreSQL tests are left out and counted
    on one line, not skipped one by one."""
    for item in items:
        item.add_marker(_kind(item))
        if item.nodeid.startswith(SLOW_TESTS):
            item.add_marker("slow")
    if config.stash[_PG_URL]:
        return
    kept, left_out = [], []
    for item in items:
        (left_out if needs_postgresql(item) else kept).append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept
    config.stash[_PG_LEFT_OUT] = len(left_out)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    left_out = config.stash.get(_PG_LEFT_OUT, 0)
    if left_out:
        terminalreporter.write_line(
            f"{left_out} PostgreSQL tests not run: no test server configured "
            "(set BOLIGSOCIAL_TEST_PG_URL or --pg-url; .ci/run starts one)", yellow=True)


def pytest_generate_tests(metafunc):
    if "db" not in metafunc.fixturenames or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    if "db_path" in inspect.signature(metafunc.function).parameters:
        return  # the test looks at the SQLite file itself
    relative = Path(str(metafunc.definition.path)).resolve().relative_to(_ROOT).as_posix()
    if relative.startswith(PG_PARAMETRISED):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


class PgTestServer:
    """Creates one database per test from a template migrated once per run."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self.prefix = f"bs_test_{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self.counter = 0
        self.admin = create_engine(self.url.set(database="postgres"), isolation_level="AUTOCOMMIT",
                                   poolclass=NullPool)
        self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{self.template}"')
        template = open_database(url=self._url_for(self.template))
        with template.transaction() as session:
            session.execute(text("DELETE FROM local_state"))  # every test gets its own origin
        template.dispose()

    def _url_for(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(sql))

    def create_database(self) -> str:
        self.counter += 1
        name = f"{self.prefix}_{self.counter}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return self._url_for(name)

    def drop_database(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def close(self) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_server(request):
    """The admin engine and the template database name; skips when no server is configured."""
    url = request.config.stash[_PG_URL]
    if not url:
        pytest.skip("no PostgreSQL test server configured (BOLIGSOCIAL_TEST_PG_URL)")
    server = PgTestServer(url)
    yield server
    server.close()


@pytest.fixture
def pg_url(pg_server) -> str:
    """The URL of a fresh, migrated PostgreSQL database for this test alone."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def pg_database(pg_url: str):
    database = open_database(url=pg_url)
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def _accessibility_off_after_the_test():
    """A test that asks Qt for accessible interfaces turns accessibility on for the whole process (as a
    screen reader does); it is turned off again so the next tests run as on a PC without one."""
    yield
    from PySide6.QtGui import QAccessible

    if QAccessible.isActive():
        QAccessible.setActive(False)


@pytest.fixture(autouse=True)
def _no_window_left_open_after_the_test():
    """A window a test opened without handing it to qtbot (a main window made by the program's own start,
    a dialog opened by a page) is hidden afterwards: left open, it could keep the focus the next test's
    window waits for."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            if widget.isVisible():
                widget.hide()  # not close(): a close may ask whether to keep unsaved input


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch):
    """QSettings and the data folder go to the test's own folder, never the user's."""
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("BOLIGSOCIAL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BOLIGSOCIAL_SETTINGS_DIR", str(tmp_path / "settings"))
    monkeypatch.delenv("BOLIGSOCIAL_DB", raising=False)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture
def ui_today():
    """Fix the windows' today at a Wednesday morning in December (Copenhagen time); returns that date.
    UI tests that depend on the date use this instead of `date.today()`, so they pass on any day."""
    from datetime import datetime, timedelta, timezone

    from boligsocial_desktop.ui import clock

    moment = datetime(2026, 12, 9, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    with clock.fixed_at(moment):
        yield moment.date()


@pytest.fixture
def app_context(qapp, db: Database):
    from boligsocial_desktop.app import install_translators
    from boligsocial_desktop.services.staff import StaffService
    from boligsocial_desktop.ui.context import AppContext
    from boligsocial_desktop.ui.tasks import ImmediateTaskRunner

    if not qapp.property("boligsocial_translators"):
        from PySide6.QtCore import QLocale

        from boligsocial_desktop.app import DANISH

        QLocale.setDefault(DANISH)
        install_translators(qapp)
    staff = StaffService(db).create("Mette Hansen", "koordinator", initials="MH", os_username="mette")
    return AppContext(db=db, tasks=ImmediateTaskRunner(), staff=staff)


@pytest.fixture
def danish_calc(tmp_path: Path):
    """Open a CSV or XLSX file the program wrote in LibreOffice Calc set to Danish; returns its rows.

    A CSV is read as Danish Excel reads "CSV (semikolonsepareret)": separator ";", UTF-8,
    language Danish (1030), so "1,5" is a number and "01-12-2026" a date only if they are
    written the Danish way. Calc saves the first sheet as XLSX; the rows come back typed
    (datetime, float, str) through openpyxl. Skipped without LibreOffice, failed on CI.
    """
    import shutil
    import subprocess

    import openpyxl

    program = shutil.which("libreoffice") or shutil.which("soffice")
    if program is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice Calc is missing on CI; .ci/run installs libreoffice-calc-nogui")
        pytest.skip("LibreOffice is not installed here")

    def read(path: Path) -> list[list]:
        out = tmp_path / "calc-out"
        command = [program, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"]
        if path.suffix.lower() == ".csv":
            command.append("--infilter=CSV:59,34,76,1,,1030")
        result = subprocess.run([*command, "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                                capture_output=True, text=True, timeout=180)
        converted = out / (path.stem + ".xlsx")
        assert result.returncode == 0 and converted.exists(), result.stdout + result.stderr
        sheet = openpyxl.load_workbook(converted).worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]

    return read


@pytest.fixture
def faulty_files(monkeypatch):
    """Local renames, replaces and deletes go through a FaultyFiles (sync/share.py) that can hold files
    "open" the way Windows does; the retry waits are recorded instead of slept."""
    from boligsocial_desktop import fileops
    from boligsocial_desktop.sync.share import FaultyFiles

    files = FaultyFiles()
    files.waits = []
    monkeypatch.setattr(fileops, "FILES", files)
    monkeypatch.setattr(fileops, "_sleep", files.waits.append)
    return files


@pytest.fixture(autouse=True)
def _advisers_key_for_tests(monkeypatch):
    """PIN key derivation cheap in tests, and the advisers' key kept in memory, never in the OS keyring."""
    from boligsocial_desktop.crypto import sealed_values
    from boligsocial_desktop.crypto.keys import MemorySecretStore
    from boligsocial_desktop.services import staff as staff_module

    monkeypatch.setattr(sealed_values, "SCRYPT_N", 2**10)
    monkeypatch.setattr(staff_module, "PIN_ITERATIONS", 1000)
    monkeypatch.setattr(staff_module, "default_store", MemorySecretStore)
