"""Sealed columns between PCs: the advisers' key travels only wrapped, notes and named cases only sealed.

An adviser signs in on a second PC and reads the note; a student helper there cannot, and neither its
database file nor the change files on the share hold a note, a name, a phone number or the repeat-code key.
"""

from __future__ import annotations

import gzip
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sync_helpers import exchange

from boligsocial_desktop.services import advisers_key
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.services.visits import (
    CaseInput,
    CaseService,
    VisitFilter,
    VisitInput,
    VisitLogService,
    VisitService,
)
from boligsocial_desktop.storage.models import AdviceVisit, StaffMember

NOTE = "Gæld-til-SKAT-og-udlejer"
NAME, PHONE, EMAIL = "Fatima Hassan", "12345678", "fatima@example.dk"
SECRETS = (NOTE, NAME, PHONE, EMAIL, "qw1999")
PIN = "2468"


def _dump(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return "\n".join(repr(row) for table in tables for row in connection.execute(f'SELECT * FROM "{table}"'))


def _share_text(root: Path) -> bytes:
    """Every file on the share, change files unpacked (gzip without an office key)."""
    data = b""
    for path in sorted(root.rglob("*")):
        if path.is_file():
            raw = path.read_bytes()
            data += raw + (gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else b"")
    return data


@pytest.fixture
def office(make_pc, share_root):
    """PC A: an adviser with a PIN logs a visit with a note and a named case; PC B has only synced."""
    a, b = make_pc("a"), make_pc("b")
    staff = StaffService(a.db)
    adviser = staff.create("Nese Yilmaz", "rådgiver", initials="NY", pin=PIN)
    helper = staff.create("Mie Holm", "medhjælper", initials="MH")
    estate = PlacesService(a.db).create_estate("Søparken")
    adviser = staff.sign_in(adviser.id, PIN)
    visited_at = datetime.now(UTC) - timedelta(minutes=5)  # consent given that day (also just after midnight)
    case = CaseService(a.db).create_case(adviser, CaseInput(NAME, "mundtligt", visited_at.astimezone().date(),
                                                            "opfølgning", phone=PHONE, email=EMAIL))
    visits = VisitService(a.db)
    topic = visits.reference_data().topics[0].id
    visit = visits.log_visit(adviser, VisitInput(
        visited_at=visited_at, office_estate_id=estate.id, staff_id=adviser.id,
        topic_ids=(topic,), notes=NOTE, case_id=case.id, repeat_token="QW1999"))
    exchange(a, b)
    return {"a": a, "b": b, "adviser": adviser, "helper": helper, "visit": visit, "case": case, "estate": estate,
            "topic": topic, "share": share_root}


def test_an_adviser_reads_the_note_on_a_second_pc_and_a_helper_cannot(office):
    b = office["b"]
    staff = StaffService(b.db)
    helper = staff.sign_in(office["helper"].id, None)
    assert VisitService(b.db).detail(helper, office["visit"].id).notes is None
    # The adviser's role alone opens nothing on a PC where they did not sign in with the PIN.
    assert VisitService(b.db).detail(office["adviser"], office["visit"].id).notes == advisers_key.LOCKED_NOTE
    assert CaseService(b.db).list_cases(office["adviser"])[0].name == advisers_key.LOCKED_TEXT

    adviser = staff.sign_in(office["adviser"].id, PIN)  # the wrapped key travelled; the PIN opens it here
    assert VisitService(b.db).detail(adviser, office["visit"].id).notes == NOTE
    case = CaseService(b.db).list_cases(adviser, "fatima")[0]
    assert (case.name, case.phone, case.email) == (NAME, PHONE, EMAIL)
    page = VisitLogService(b.db).page(adviser, VisitFilter(note_text="skat"))
    assert [r.id for r in page.rows] == [office["visit"].id]

    staff.sign_in(office["helper"].id, None)  # the next person on the PC: the key is forgotten
    assert VisitService(b.db).detail(adviser, office["visit"].id).notes == advisers_key.LOCKED_NOTE


def test_a_helpers_pc_and_the_share_hold_only_ciphertext(office):
    b = office["b"]
    StaffService(b.db).sign_in(office["helper"].id, None)
    VisitService(b.db).log_visit(office["helper"], VisitInput(  # a helper logs a repeat visit on PC B
        visited_at=datetime.now(UTC) - timedelta(minutes=2), office_estate_id=office["estate"].id,
        staff_id=office["helper"].id, topic_ids=(office["topic"],), repeat_token="QW 1999"))
    exchange(office["a"], b)
    b.close()
    dump = _dump(b.path)
    share = _share_text(office["share"])
    for secret in SECRETS:
        assert secret not in dump and secret.encode() not in share, secret
    assert "bsv1:" in dump and b"bsv1:" in share
    b.open()


def test_a_repeat_code_logged_without_the_key_counts_once_an_adviser_signs_in(office):
    a, b = office["a"], office["b"]
    VisitService(b.db).log_visit(office["helper"], VisitInput(
        visited_at=datetime.now(UTC) - timedelta(minutes=2), office_estate_id=office["estate"].id,
        staff_id=office["helper"].id, topic_ids=(office["topic"],), repeat_token="qw-1999"))
    with b.db.reading() as session:
        waiting = session.scalars(select_sealed_codes()).all()
    assert len(waiting) == 1 and waiting[0].startswith("bsp1:")
    exchange(a, b)
    StaffService(a.db).sign_in(office["adviser"].id, PIN)  # the adviser's sign-in turns it into the hash
    exchange(a, b)
    statistics = VisitLogService(b.db).statistics(office["helper"], VisitFilter())
    assert (statistics.visits, statistics.visits_with_token, statistics.different_visitors) == (2, 2, 1)
    with b.db.reading() as session:
        assert session.scalars(select_sealed_codes()).all() == []


def select_sealed_codes():
    from sqlalchemy import select

    return select(AdviceVisit.repeat_token_sealed).where(AdviceVisit.repeat_token_sealed.is_not(None))


def test_a_new_adviser_gets_the_key_when_one_who_holds_it_signs_in_after_them(office):
    a, b = office["a"], office["b"]
    new = StaffService(b.db).create("Ole Ny", "rådgiver", initials="ON", pin="1357")  # made on B: no key there
    assert StaffService(b.db).sign_in(new.id, "1357")
    assert VisitService(b.db).detail(new, office["visit"].id).notes == advisers_key.LOCKED_NOTE
    exchange(a, b)
    StaffService(a.db).sign_in(office["adviser"].id, PIN)  # a holder signs in: grants the newcomer
    exchange(a, b)
    new = StaffService(b.db).sign_in(new.id, "1357")
    assert VisitService(b.db).detail(new, office["visit"].id).notes == NOTE


def test_an_adviser_given_a_pin_by_a_holder_reads_at_once(office):
    a = office["a"]
    staff = StaffService(a.db)
    staff.sign_in(office["adviser"].id, PIN)
    new = staff.create("Ole Ny", "administrator", pin="1357")  # the holder's session grants it right away
    staff.sign_in(office["helper"].id, None)
    new = staff.sign_in(new.id, "1357")
    assert VisitService(a.db).detail(new, office["visit"].id).notes == NOTE


def test_an_adviser_demoted_loses_the_grant(office):
    a = office["a"]
    staff = StaffService(a.db)
    other = staff.create("Ole Ny", "rådgiver", pin="1357")
    with a.db.transaction() as session:
        session.get(StaffMember, other.id).role = "medhjælper"
    staff.sign_in(office["adviser"].id, PIN)
    from sqlalchemy import select

    from boligsocial_desktop.storage.models import AdviserKey

    with a.db.reading() as session:
        alive = session.scalars(select(AdviserKey).where(AdviserKey.staff_id == other.id,
                                                         AdviserKey.deleted_at.is_(None))).all()
    assert alive == []


def test_a_conflict_about_a_sealed_note_is_shown_opened_and_the_combined_note_is_sealed(office):
    from sqlalchemy import select

    from boligsocial_desktop.sync.conflicts import ConflictService

    a, b = office["a"], office["b"]
    visit_id = office["visit"].id
    for pc, text in ((a, "Ringer i morgen."), (b, "Henvist til Jobcenter.")):  # the same note, on both PCs at once
        adviser = StaffService(pc.db).sign_in(office["adviser"].id, PIN)
        with pc.db.transaction() as session:
            row = session.get(AdviceVisit, visit_id)
            row.notes = advisers_key.seal_text(session, f"{NOTE} {text}", "advice_visits", "notes", visit_id)
    exchange(a, b)
    service = ConflictService(a.db)
    [listed] = [c for c in service.open_conflicts(adviser) if c.field == "notes"]
    view = service.detail(adviser, listed.id)
    assert {view.shown["notes"], view.other["notes"]} == {f"{NOTE} Ringer i morgen.", f"{NOTE} Henvist til Jobcenter."}
    service.resolve(adviser, listed.id, "combine", f"{NOTE} Ringer i morgen. Henvist til Jobcenter.")
    exchange(a, b)
    with b.db.reading() as session:
        stored = session.scalar(select(AdviceVisit.notes).where(AdviceVisit.id == visit_id))
    assert stored.startswith("bsv1:") and "Jobcenter" not in stored
    assert VisitService(b.db).detail(adviser, visit_id).notes == f"{NOTE} Ringer i morgen. Henvist til Jobcenter."
