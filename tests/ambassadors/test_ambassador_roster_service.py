"""The roster service: consent rules, duplicates, languages, filters, stopping."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from ambassador_helpers import TODAY, person
from sqlalchemy import func, select

from boligsocial_desktop.domain.languages import LanguageLevel, language_name, parse_language
from boligsocial_desktop.errors import StaleEditError, ValidationError
from boligsocial_desktop.services.ambassadors import LanguageSkill, RosterFilter
from boligsocial_desktop.storage.models import Ambassador, AmbassadorLanguage, AuditEntry


def count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def test_languages_module_knows_danish_names():
    assert language_name("so") == "somali"
    assert language_name("ar") == "arabisk"
    assert parse_language("Somali") == "so"
    assert parse_language("TI") == "ti"
    assert parse_language("klingon") is None


def test_create_with_consent_keeps_phone_formatted_and_languages(db, estates, ambassadors):
    soeparken, _ = estates
    created = ambassadors.create(person("Hodan Ali", soeparken.id, ("so", "modersmål"), "da",
                                        phone="+45 22334455", scope="gemme_og_dele", address="Søparken 4, 1. tv"))
    assert created.phone == "22 33 44 55"
    assert created.address == "Søparken 4, 1. tv"
    assert [s.code for s in created.languages] == ["so", "da"]
    assert created.languages[0].level == LanguageLevel.NATIVE
    assert created.estate_name == "Søparken"
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.action == "opret ambassadør")) == 1


def test_without_consent_contact_data_is_refused_and_nothing_saved(db, estates, ambassadors):
    soeparken, _ = estates
    with pytest.raises(ValidationError, match="kun gemmes, når ambassadøren har givet samtykke") as info:
        ambassadors.create(person("Omar Yusuf", soeparken.id, "ar", phone="22334455"))
    assert info.value.field == "consent_scope"
    with pytest.raises(ValidationError, match="datoen for samtykket"):
        ambassadors.create(person("Omar Yusuf", soeparken.id, "ar", phone="22334455", scope="gemme",
                                  consent_date=None))
    assert count(db, Ambassador) == 0 and count(db, AmbassadorLanguage) == 0
    created = ambassadors.create(person("Omar Yusuf", soeparken.id, "ar"))
    assert created.phone is None and created.consent_scope.value == "ingen"


def test_duplicate_same_name_and_phone_is_refused(estates, ambassadors):
    soeparken, ellemarken = estates
    ambassadors.create(person("Leyla Demir", soeparken.id, "tr", phone="22 33 44 55", scope="gemme"))
    with pytest.raises(ValidationError, match="findes allerede en ambassadør ved navn Leyla Demir med telefon"):
        ambassadors.create(person(" leyla  demir ", ellemarken.id, "tr", phone="22334455", scope="gemme"))
    # Same name, another phone: a different person.
    ambassadors.create(person("Leyla Demir", ellemarken.id, "tr", phone="88 77 66 55", scope="gemme"))
    # Without phone: same name in the same estate is a duplicate.
    ambassadors.create(person("Ali Hassan", soeparken.id, "ar"))
    with pytest.raises(ValidationError, match="i samme afdeling"):
        ambassadors.create(person("Ali Hassan", soeparken.id, "ar"))


def test_bad_input_messages(estates, ambassadors):
    soeparken, _ = estates
    with pytest.raises(ValidationError, match="Sproget »xx« kendes ikke"):
        ambassadors.create(person("Amina", soeparken.id, "xx"))
    with pytest.raises(ValidationError, match="Telefonnummeret »1234« ser forkert ud"):
        ambassadors.create(person("Amina", soeparken.id, phone="1234", scope="gemme"))
    with pytest.raises(ValidationError, match="E-mailadressen"):
        ambassadors.create(person("Amina", soeparken.id, scope="gemme", email="amina(at)mail"))
    with pytest.raises(ValidationError, match="Feltet »Noter« ligner et CPR-nummer"):
        ambassadors.create(person("Amina", soeparken.id, notes="Cpr 010190-1234 ringede"))
    with pytest.raises(ValidationError, match="to gange"):
        ambassadors.create(person("Amina", soeparken.id, "so", "so"))
    with pytest.raises(ValidationError, match="Udfyld navn"):
        ambassadors.create(person("  ", soeparken.id))


def test_roster_filters_by_language_estate_and_status_sorted_danish(estates, ambassadors):
    soeparken, ellemarken = estates
    for name, estate, langs in [("Åse Holm", soeparken, ["da"]), ("Zainab Ali", soeparken, ["so", "ar"]),
                                ("Ørn Berg", ellemarken, ["da", "so"]), ("Anders Lund", ellemarken, ["pl"])]:
        ambassadors.create(person(name, estate.id, *langs))
    names = [r.name for r in ambassadors.roster()]
    assert names == ["Anders Lund", "Zainab Ali", "Ørn Berg", "Åse Holm"]
    assert [r.name for r in ambassadors.roster(RosterFilter(language="so"))] == ["Zainab Ali", "Ørn Berg"]
    somali = ambassadors.roster(RosterFilter(language="so", estate_id=soeparken.id))
    assert [r.name for r in somali] == ["Zainab Ali"]
    assert {s.code for s in somali[0].languages} == {"so", "ar"}  # all languages, not just the filter's
    zainab = somali[0]
    ambassadors.set_status(zainab.id, "pause")
    assert [r.status.value for r in ambassadors.roster(RosterFilter(status="pause"))] == ["pause"]
    ambassadors.set_status(zainab.id, "stoppet")
    assert "Zainab Ali" not in [r.name for r in ambassadors.roster()]
    assert [r.name for r in ambassadors.roster(RosterFilter(status="stoppet"))] == ["Zainab Ali"]
    assert ambassadors.get(zainab.id).stop_date == TODAY


def test_update_languages_and_stale_edit(estates, ambassadors):
    soeparken, _ = estates
    created = ambassadors.create(person("Hamid Rahimi", soeparken.id, "fa", "ps"))
    updated = ambassadors.update(created.id, replace(created.as_input(), languages=(LanguageSkill("fa", "modersmål"),
                                                                                    LanguageSkill("da", "godt"))),
                                 expected_version=created.version)
    assert {s.code for s in updated.languages} == {"fa", "da"}
    # A removed language can come back (the tombstoned row is revived, not duplicated).
    again = ambassadors.update(created.id, replace(updated.as_input(), languages=(LanguageSkill("ps", "lidt"),)))
    assert [s.code for s in again.languages] == ["ps"]
    with pytest.raises(StaleEditError):
        ambassadors.update(created.id, created.as_input(), expected_version=created.version)


def test_stopping_releases_future_shifts_and_visits(db, estates, ambassadors):
    from datetime import time

    from boligsocial_desktop.services.ambassadors import DutyInput, DutyService, MoveInInput, WelcomeVisitService

    soeparken, _ = estates
    hodan = ambassadors.create(person("Hodan Ali", soeparken.id, "so"))
    duties = DutyService(db, today=TODAY)
    past = duties.create_duty(DutyInput("affaldsguide", soeparken.id, date(2026, 3, 2), time(10), time(12)))
    future = duties.create_duty(DutyInput("affaldsguide", soeparken.id, date(2026, 3, 10), time(10), time(12)))
    done = duties.assign(past.id, hodan.id).assignment
    duties.set_state(done.id, "udført")
    duties.assign(future.id, hodan.id, "bekræftet")
    visits = WelcomeVisitService(db, today=TODAY)
    visit = visits.register_move_in(MoveInInput(soeparken.id, "Søparken 12, st. th.", TODAY, ("so",)))
    visits.assign(visit.visit_id, hodan.id)

    ambassadors.set_status(hodan.id, "stoppet")
    assert duties.duty(future.id).assignments[0].state.value == "afbud"
    assert duties.duty(past.id).assignments[0].state.value == "udført"
    reopened = visits.visit(visit.visit_id)
    assert reopened.state.value == "åben" and reopened.ambassador_id is None
