"""Shared fixtures. Qt runs offscreen unless a platform is chosen; a fresh database per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import inspect  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import text  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from boligsocial_desktop.storage.engine import Database, open_database  # noqa: E402


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


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: the test checks the SQLite file itself")
    url = config.getoption("--pg-url") or os.environ.get("BOLIGSOCIAL_TEST_PG_URL")
    if os.environ.get("CI") and not url:
        raise pytest.UsageError("CI is set but no PostgreSQL test server is configured "
                                "(BOLIGSOCIAL_TEST_PG_URL); .ci/run starts one")
    config.stash[_PG_URL] = url


_PG_URL = pytest.StashKey[str | None]()


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
def _isolated_settings(tmp_path: Path, monkeypatch):
    """QSettings and the data folder go to the test's own folder, never the user's."""
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("BOLIGSOCIAL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("BOLIGSOCIAL_DB", raising=False)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


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


@pytest.fixture(autouse=True)
def _advisers_key_for_tests(monkeypatch):
    """PIN key derivation cheap in tests, and the advisers' key kept in memory, never in the OS keyring."""
    from boligsocial_desktop.crypto import sealed_values
    from boligsocial_desktop.crypto.keys import MemorySecretStore
    from boligsocial_desktop.services import staff as staff_module

    monkeypatch.setattr(sealed_values, "SCRYPT_N", 2**10)
    monkeypatch.setattr(staff_module, "PIN_ITERATIONS", 1000)
    monkeypatch.setattr(staff_module, "default_store", MemorySecretStore)
