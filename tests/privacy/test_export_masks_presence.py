"""A masked column hides whether there is a value, too: an empty cell next to »(skjult)« would tell a
coordinator which visits belong to a named case or carry a note."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from boligsocial_desktop.domain.enums import StaffRole
from boligsocial_desktop.services.data_export import export_table
from boligsocial_desktop.services.personal_data import MASK
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.storage.models import AdviceCase, AdviceVisit


def test_a_masked_column_does_not_tell_which_rows_have_a_value(db, tmp_path):
    staff = StaffService(db)
    coordinator = staff.create("Lea Larsen", StaffRole.COORDINATOR)
    adviser = staff.create("Osman Kurt", StaffRole.ADVISER, pin="123456")
    estate = PlacesService(db).create_estate("Søparken")
    with db.transaction() as s:
        case = AdviceCase(name="Fatima H.", consent_kind="mundtligt", consent_date=date(2026, 1, 5),
                          consent_scope="gæld")
        s.add(case)
        s.flush()
        for notes, case_id in (("en note", case.id), (None, None)):
            s.add(AdviceVisit(visited_at=datetime(2026, 1, 5, 10, tzinfo=UTC), office_estate_id=estate.id,
                              staff_id=adviser.id, notes=notes, case_id=case_id))
    target = tmp_path / "besøg.json"
    export_table(db, "advice_visits", "json", target, coordinator)
    rows = json.loads(target.read_text(encoding="utf-8"))
    for column in ("notes", "case_id", "repeat_token_hash"):
        assert {row[column] for row in rows} == {MASK}, column
