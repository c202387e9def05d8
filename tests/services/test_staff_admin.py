from __future__ import annotations

import pytest
from sqlalchemy import select

from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.services.staff_admin import StaffAdminService, StaffInput
from boligsocial_desktop.storage.models import AuditEntry


@pytest.fixture
def admin(db):
    return StaffService(db).create("Mette Hansen", "administrator", pin="1234")


def test_only_an_administrator_adds_and_edits_staff(db, admin):
    service = StaffAdminService(db)
    helper = StaffService(db).create("Sara Studentermedhjælper", "medhjælper")
    with pytest.raises(ValidationError, match="Kun en administrator"):
        service.create(StaffInput("Ali Yusuf", "rådgiver", pin="5678"), actor_id=helper.id)
    with pytest.raises(ValidationError, match="Kun en administrator"):
        service.create(StaffInput("Ali Yusuf", "rådgiver", pin="5678"), actor_id=None)
    ali = service.create(StaffInput("Ali Yusuf", "rådgiver", initials="AY", os_username="ali", pin="5678"),
                         actor_id=admin.id)
    assert (ali.initials, ali.os_username, ali.has_pin) == ("AY", "ali", True)
    changed = service.update(ali.id, StaffInput("Ali Yusuf Hassan", "koordinator", "AYH", "ayh"), actor_id=admin.id)
    assert (changed.name, changed.role.value, changed.os_username, changed.has_pin) == (
        "Ali Yusuf Hassan", "koordinator", "ayh", True)  # an empty PIN keeps the old one
    assert StaffService(db).sign_in(ali.id, "5678").name == "Ali Yusuf Hassan"
    with db.reading() as session:
        actions = [a.action for a in session.scalars(select(AuditEntry).where(AuditEntry.row_id == ali.id))]
    assert "opret medarbejder" in actions and "ret medarbejder" in actions


def test_deactivated_colleagues_cannot_sign_in_and_come_back_when_reactivated(db, admin):
    service = StaffAdminService(db)
    ali = service.create(StaffInput("Ali Yusuf", "rådgiver", os_username="ali", pin="5678"), actor_id=admin.id)
    gone = service.set_active(ali.id, False, actor_id=admin.id)
    assert not gone.active and gone.os_username is None
    assert ali.id not in {s.id for s in StaffService(db).list_staff()}
    with pytest.raises(Exception, match="findes ikke længere"):
        StaffService(db).sign_in(ali.id, "5678")
    assert service.set_active(ali.id, True, actor_id=admin.id).active
    assert StaffService(db).sign_in(ali.id, "5678").id == ali.id


def test_the_last_administrator_cannot_be_removed_or_demoted(db, admin):
    service = StaffAdminService(db)
    with pytest.raises(ValidationError, match="sidste administrator"):
        service.set_active(admin.id, False, actor_id=admin.id)
    with pytest.raises(ValidationError, match="sidste administrator"):
        service.update(admin.id, StaffInput("Mette Hansen", "koordinator"), actor_id=admin.id)
    second = service.create(StaffInput("Jonas Berg", "administrator", pin="9999"), actor_id=admin.id)
    assert service.update(admin.id, StaffInput("Mette Hansen", "koordinator"), actor_id=second.id).role.value \
        == "koordinator"


def test_a_windows_user_belongs_to_one_colleague(db, admin):
    service = StaffAdminService(db)
    ali = service.create(StaffInput("Ali Yusuf", "rådgiver", os_username="kontor1", pin="5678"), actor_id=admin.id)
    sara = service.create(StaffInput("Sara Holm", "medhjælper"), actor_id=admin.id)
    service.set_windows_user(sara.id, "kontor1", actor_id=admin.id)
    assert StaffService(db).get(ali.id).os_username is None
    assert StaffService(db).find_by_os_user("kontor1").id == sara.id
