"""The claims of docs/security.md "What an attacker can and cannot read": each one checked here or named there.

Some tests here pin down what the program does *not* protect, so the table cannot drift from the truth.
The last test reads the table itself and checks that every test it names exists.
"""

from __future__ import annotations

import ast
import base64
import json
import re
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from boligsocial_desktop.cli import main
from boligsocial_desktop.crypto import CryptoError, create_office_key, join_office_key, load_office_keys
from boligsocial_desktop.crypto import keys as keys_module
from boligsocial_desktop.crypto.keys import KeyLocation, MemorySecretStore
from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.personal_data import MASK
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.services.visits import AccessDenied, AuditLogService, VisitInput, VisitService
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import StaffMember

ROOT = Path(__file__).resolve().parents[2]
NOTE = "Fortroligt-gæld-til-SKAT-og-udlejer"
PIN = "80417263"
PASSPHRASE = "gul-cykel-ved-søen-7"


@pytest.fixture
def office(tmp_path, monkeypatch):
    """A database file with one adviser's note; staff of every role, the adviser with a PIN, one without."""
    monkeypatch.delenv("BOLIGSOCIAL_PIN", raising=False)
    data = tmp_path / "data"
    data.mkdir()
    path = data / "boligsocial.sqlite"
    db = open_database(path=path, backup_dir=tmp_path / "backups")
    staff = StaffService(db)
    adviser = staff.create("Nese Yilmaz", "rådgiver", initials="NY", pin=PIN)
    open_adviser = staff.create("Ole Åben", "medhjælper", initials="OÅ")
    with db.transaction() as session:  # an adviser from before PINs were required: no PIN, no key
        session.get(StaffMember, open_adviser.id).role = "rådgiver"
    helper = staff.create("Mie Holm", "medhjælper", initials="MH")
    coordinator = staff.create("Mette Koordinator", "koordinator", initials="MK")
    admin = staff.create("Bo Administrator", "administrator", initials="BA", pin="13572468")
    estate = PlacesService(db).create_estate("Søparken")
    visits = VisitService(db)
    visits.log_visit(adviser, VisitInput(visited_at=datetime.now(UTC) - timedelta(minutes=5),
                                         office_estate_id=estate.id, staff_id=adviser.id,
                                         topic_ids=(visits.reference_data().topics[0].id,), notes=NOTE))
    yield {"db": db, "path": path, "tmp": tmp_path, "adviser": adviser, "open_adviser": open_adviser,
           "helper": helper, "coordinator": coordinator, "admin": admin}
    db.dispose()


def cli(office, *args: str) -> int:
    return main(["--db", str(office["path"]), *args])


# --- a student helper, in the program and on the command line -----------------------------------


def test_a_helper_cannot_read_or_export_the_audit_log(office):
    audit_log = AuditLogService(office["db"])
    target = office["tmp"] / "revision.csv"
    for who in (office["helper"], office["coordinator"], None):
        with pytest.raises(AccessDenied):
            audit_log.entries(who)
        with pytest.raises(AccessDenied):
            audit_log.export_csv(who, target)
        assert not target.exists()


def test_a_helper_in_the_program_sees_neither_the_audit_log_nor_named_cases(qtbot, app_context):
    from boligsocial_desktop.ui.visits import VisitsPage

    helper = StaffService(app_context.db).create("Ida Mikkelsen", "medhjælper", initials="IM")
    app_context.staff = helper
    page = VisitsPage(app_context)
    qtbot.addWidget(page)
    ui = page.entry_tab.ui
    for tab in (page.audit_tab, page.cases_tab):
        assert not page.ui.tabs.isTabVisible(page.ui.tabs.indexOf(tab)), tab.objectName()
    assert not ui.notesEdit.isVisibleTo(page)


def test_a_helper_on_the_command_line_cannot_export_advice_visits(office, capsys):
    target = office["tmp"] / "besøg.json"
    assert cli(office, "export", "advice_visits", "--staff", "MH", "-o", str(target)) == 1
    assert "personoplysninger" in capsys.readouterr().err and not target.exists()


def test_the_command_line_without_staff_does_not_export_advice_visits(office, capsys, monkeypatch):
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "ukendt-windows-bruger")
    target = office["tmp"] / "besøg.json"
    assert cli(office, "export", "advice_visits", "-o", str(target)) == 1
    assert "--staff" in capsys.readouterr().err and not target.exists()


def test_a_coordinators_export_of_advice_visits_has_the_notes_masked(office):
    target = office["tmp"] / "besøg.json"
    assert cli(office, "export", "advice_visits", "--staff", "MK", "-o", str(target)) == 0
    text = target.read_text("utf-8")
    assert NOTE not in text and json.loads(text)[0]["notes"] == MASK


def test_naming_an_adviser_with_a_pin_needs_the_pin(office, capsys):
    target = office["tmp"] / "besøg.json"
    assert cli(office, "export", "advice_visits", "--staff", "NY", "-o", str(target)) == 1
    assert "pinkode" in capsys.readouterr().err and not target.exists()


def test_naming_an_adviser_without_a_pin_is_refused(office, capsys):
    """An adviser from before PINs were required cannot be named (CLI) or picked (Skift bruger) without one:
    they must choose a PIN first, which the service asks for (PinRequired)."""
    from boligsocial_desktop.services.staff import PinRequired

    target = office["tmp"] / "besøg.json"
    assert cli(office, "export", "advice_visits", "--staff", "OÅ", "-o", str(target)) == 1
    assert "pinkode" in capsys.readouterr().err and not target.exists()
    with pytest.raises(PinRequired):
        StaffService(office["db"]).sign_in(office["open_adviser"].id, None)
    with pytest.raises(ValidationError, match="pinkode"):
        StaffService(office["db"]).create("Ny Rådgiver", "rådgiver")


# --- a copy of the database file ------------------------------------------------------------------


def _sqlite_dump(path: Path) -> str:
    """Every value of every table, read with sqlite3 directly (as someone with a copy of the file would)."""
    with closing(sqlite3.connect(path)) as connection:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return "\n".join(repr(row) for table in tables for row in connection.execute(f'SELECT * FROM "{table}"'))


def test_a_copied_database_file_holds_no_note_case_or_repeat_code_key(office):
    """Notes, named cases (name, phone, e-mail) and the repeat-code key are sealed with the advisers' key, which
    the file holds only wrapped by each adviser's PIN."""
    from boligsocial_desktop.services import advisers_key
    from boligsocial_desktop.services.visits import CaseInput, CaseService

    db = office["db"]
    adviser = StaffService(db).sign_in(office["adviser"].id, PIN)
    CaseService(db).create_case(adviser, CaseInput("Fatima Hassan", "mundtligt", datetime.now().date(), "opfølgning",
                                                   phone="12345678", email="fatima@example.dk"))
    visits = VisitService(db)
    visits.log_visit(adviser, VisitInput(visited_at=datetime.now(UTC) - timedelta(minutes=3),
                                         office_estate_id=PlacesService(db).estates()[0].id, staff_id=adviser.id,
                                         topic_ids=(visits.reference_data().topics[0].id,), repeat_token="QW1999"))
    with db.reading() as session:
        secret = advisers_key.token_secret(session, create=False)
        key = next(iter(advisers_key.holder_in(session).keys.values()))
    db.dispose()
    copy = office["tmp"] / "kopi.sqlite"
    shutil.copyfile(office["path"], copy)
    dump, raw = _sqlite_dump(copy), copy.read_bytes()
    for text in (NOTE, "Fatima Hassan", "12345678", "fatima@example.dk", "qw1999", secret.hex(), key.hex(),
                 base64.b64encode(key).decode(), base64.b64encode(secret).decode()):
        assert text not in dump and text.encode() not in raw, text
    assert "bsv1:" in dump  # the note is there, sealed


def test_a_copied_database_file_holds_neither_pins_nor_the_office_key(office, tmp_path, monkeypatch):
    monkeypatch.setattr(keys_module, "SCRYPT_N", 2**12)
    keys = create_office_key(KeyLocation(tmp_path / "fælles", office["path"].parent), PASSPHRASE,
                             MemorySecretStore())
    office["db"].dispose()
    raw = office["path"].read_bytes()
    assert PIN.encode() not in raw and b"13572468" not in raw
    assert b"pbkdf2$" in raw  # the PINs are there only as salted hashes
    for secret in (keys.master, *(k.key for k in keys.keys.values())):
        for spelling in (secret, base64.b64encode(secret), base64.urlsafe_b64encode(secret).rstrip(b"="),
                         secret.hex().encode()):
            assert spelling not in raw


# --- the key file on the share --------------------------------------------------------------------


def test_the_key_file_holds_no_key_in_plain_text(tmp_path, monkeypatch):
    monkeypatch.setattr(keys_module, "SCRYPT_N", 2**12)
    location = KeyLocation(tmp_path / "fælles", tmp_path / "pc")
    keys = create_office_key(location, PASSPHRASE, MemorySecretStore())
    for path in (location.share_file, location.local_file):
        raw = path.read_bytes()
        for secret in (keys.master, *(k.key for k in keys.keys.values())):
            for spelling in (secret, base64.b64encode(secret), base64.urlsafe_b64encode(secret).rstrip(b"="),
                             secret.hex().encode()):
                assert spelling not in raw, path.name
        assert PASSPHRASE.encode() not in raw


def test_another_offices_key_file_put_on_the_share_is_never_used_to_seal(tmp_path, monkeypatch):
    monkeypatch.setattr(keys_module, "SCRYPT_N", 2**12)
    ours = KeyLocation(tmp_path / "fælles", tmp_path / "pc-a")
    store = MemorySecretStore()
    keys = create_office_key(ours, PASSPHRASE, store)
    foreign = KeyLocation(tmp_path / "angriber", tmp_path / "angribers-pc")
    create_office_key(foreign, "angriberens-egen-frase", MemorySecretStore())
    shutil.copyfile(foreign.share_file, ours.share_file)

    local_before = ours.local_file.read_bytes()
    # This PC neither seals with the planted key nor falls back to plain files: it stops with a Danish message.
    with pytest.raises(CryptoError, match="kontornøglen"):
        load_office_keys(ours, store)
    assert ours.local_file.read_bytes() == local_before and keys.master
    # A new PC joining with the office's passphrase is refused rather than given the planted key.
    with pytest.raises(CryptoError):
        join_office_key(KeyLocation(ours.share_dir, tmp_path / "ny-pc"), PASSPHRASE, MemorySecretStore())


# --- the table in docs/security.md cannot rot -----------------------------------------------------


def _attacker_table() -> str:
    text = (ROOT / "docs" / "security.md").read_text("utf-8")
    start = text.index("## 7. What an attacker can and cannot read")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else None]


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    return {node.name for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")}


def test_a_helper_in_the_program_does_not_read_ambassadors_contact_data(office, tmp_path):
    """The ambassadors' page shows a helper what the table export shows them: no phone, e-mail, address or
    notes (services.personal_data decides for both), and a helper's save never blanks what they cannot see."""
    from dataclasses import replace
    from datetime import date

    from boligsocial_desktop.services.ambassadors.roster import AmbassadorInput, AmbassadorService, RosterFilter
    from boligsocial_desktop.services.data_export import export_table

    db = office["db"]
    estate = PlacesService(db).estates()[0]
    made = AmbassadorService(db).create(AmbassadorInput(
        "Hodan Ali", estate.id, (), "Gadevej 7", "22 33 44 55", "hodan@example.dk", "aktiv", None, None, None, None,
        "taler med naboerne", "gemme", date(2026, 1, 5)))
    helper_view = AmbassadorService(db, viewer=office["helper"])
    seen = helper_view.get(made.id)
    assert (seen.phone, seen.email, seen.address, seen.notes) == (None, None, None, None)
    assert [(r.phone, r.email) for r in helper_view.roster(RosterFilter(status=None))] == [(None, None)]
    export_table(db, "ambassadors", "json", tmp_path / "a.json", office["helper"])
    row = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))[0]
    assert (row["phone"], row["address"], row["notes"]) == (MASK, MASK, MASK)

    data = AmbassadorInput(seen.name + " Hassan", estate.id, (), None, None, None, "aktiv", None, None, None, None,
                           None, "gemme", date(2026, 1, 5))
    helper_view.update(made.id, data, expected_version=seen.version)
    stored = AmbassadorService(db, viewer=office["coordinator"]).get(made.id)
    assert stored.name == "Hodan Ali Hassan"
    assert (stored.phone, stored.email, stored.address, stored.notes) == (
        "22 33 44 55", "hodan@example.dk", "Gadevej 7", "taler med naboerne")
    assert replace(stored, name="x") != stored  # the detail is a plain value, as the page uses it


def test_every_test_the_attacker_table_names_exists():
    section = _attacker_table()
    references = re.findall(r"`(tests/[\w/]+\.py)::(test_\w+)`", section)
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| access")]
    assert len(rows) >= 8 and len(references) >= 20
    for row in rows:
        if not row.startswith("|---"):
            assert re.search(r"`tests/[\w/]+\.py::test_\w+`", row), f"a row without a test: {row[:60]}"
    missing = [f"{path}::{name}" for path, name in references
               if not (ROOT / path).is_file() or name not in _test_names(ROOT / path)]
    assert missing == []
    # Every test in this file is named in the table (so a new claim is not left out of it).
    named_here = {name for path, name in references if path == "tests/privacy/test_attacker_table.py"}
    own = _test_names(Path(__file__)) - {"test_every_test_the_attacker_table_names_exists"}
    assert own - named_here == set()

