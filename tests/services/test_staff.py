from __future__ import annotations

import pytest
from sqlalchemy import select

from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.storage.models import AuditEntry, OutboxChange, StaffMember


def test_create_validates_and_writes_nothing_on_bad_input(db):
    service = StaffService(db)
    with pytest.raises(ValidationError, match="Udfyld navn") as caught:
        service.create("   ", "koordinator")
    assert caught.value.field == "name"
    with pytest.raises(ValidationError, match="rolle"):
        service.create("Aisha", "chef")
    with pytest.raises(ValidationError, match="4 til 8 cifre"):
        service.create("Aisha", "rådgiver", pin="12a")
    with db.reading() as session:
        assert session.scalars(select(StaffMember)).all() == []
        assert session.scalars(select(OutboxChange)).all() == []


def test_os_user_is_mapped_once_and_moves_on_relink(db):
    service = StaffService(db)
    first = service.create("Mette Hansen", "koordinator", os_username="kontor")
    second = service.create("Ali Yusuf", "rådgiver", pin="4321")
    assert service.find_by_os_user("kontor") == first
    service.link_os_user(second.id, "kontor")
    assert service.find_by_os_user("kontor").id == second.id
    assert service.get(first.id).os_username is None


def test_pin_is_checked_on_sign_in_and_failures_are_audited(db):
    service = StaffService(db)
    member = service.create("Ali Yusuf", "rådgiver", pin="4321")
    with db.reading() as session:
        assert "4321" not in session.get(StaffMember, member.id).pin_hash
    with pytest.raises(ValidationError, match="Pinkoden er forkert"):
        service.sign_in(member.id, "1111")
    assert service.sign_in(member.id, "4321").id == member.id
    with db.reading() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.at)).all()
    assert actions == ["opret medarbejder", "forkert pinkode", "log ind"]


def test_adviser_role(db):
    service = StaffService(db)
    assert service.create("Rådgiver", "rådgiver", pin="2468").is_adviser
    assert not service.create("Hjælper", "medhjælper").is_adviser


def test_advisers_and_administrators_must_have_a_pin(db):
    service = StaffService(db)
    for role in ("rådgiver", "administrator"):
        with pytest.raises(ValidationError, match="skal have en pinkode") as caught:
            service.create("Ole Åben", role)
        assert caught.value.field == "pin"
    member = service.create("Ole Åben", "rådgiver", pin="4321")
    with pytest.raises(ValidationError, match="ikke fjernes"):
        service.set_pin(member.id, None)
    helper = service.create("Mie Holm", "medhjælper")
    service.set_pin(helper.id, "1111")
    service.set_pin(helper.id, None)  # optional for the other roles
    assert not service.get(helper.id).has_pin


def test_an_adviser_from_before_pins_were_required_chooses_one_at_sign_in(db):
    from boligsocial_desktop.services.staff import PinRequired

    service = StaffService(db)
    member = service.create("Ole Åben", "rådgiver", pin="4321")
    with db.transaction() as session:  # as an older version stored it: an adviser without a PIN
        session.get(StaffMember, member.id).pin_hash = None
    with pytest.raises(PinRequired, match="Vælg din pinkode"):
        service.sign_in(member.id, None)
    with pytest.raises(ValidationError):
        service.sign_in_with_new_pin(member.id, "12")
    signed_in = service.sign_in_with_new_pin(member.id, "8642")
    assert signed_in.has_pin and service.sign_in(member.id, "8642").id == member.id
    with pytest.raises(ValidationError, match="allerede en pinkode"):
        service.sign_in_with_new_pin(member.id, "1111")
