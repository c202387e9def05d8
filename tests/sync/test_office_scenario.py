"""Done when: two PCs and an offline laptop edit the same activity and log visits; after syncing all three
show the same data, the one real conflict is listed (and on the Konflikter dialog), and a truncated file
and a "conflicted copy" on the share are reported and harmless."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale
from sqlalchemy import func, select
from sync_helpers import ACTIVITY, ESTATE, STAFF, edit, open_conflicts, seed_office

from boligsocial_desktop.app import DANISH, install_translators
from boligsocial_desktop.domain.enums import StaffRole
from boligsocial_desktop.services.data_export import export_table
from boligsocial_desktop.services.staff import StaffInfo
from boligsocial_desktop.services.visits import VisitInput, VisitService
from boligsocial_desktop.storage.models import Activity, AdviceTopic, AdviceVisit, StaffMember, shared_models
from boligsocial_desktop.sync.share import Faults, FaultyShare
from boligsocial_desktop.ui.context import AppContext
from boligsocial_desktop.ui.sync.conflicts_dialog import ConflictsDialog
from boligsocial_desktop.ui.tasks import ImmediateTaskRunner

ADMIN = StaffInfo(id=STAFF, name="Mette Hansen", initials="MH", role=StaffRole.ADMINISTRATOR, os_username=None,
                  has_pin=False, active=True)


def log_visits(pc, count: int, note: str) -> None:
    service = VisitService(pc.db)
    with pc.db.reading() as s:
        topic = s.scalars(select(AdviceTopic.id).order_by(AdviceTopic.sort_order)).first()
    for number in range(count):
        service.log_visit(ADMIN, VisitInput(
            visited_at=datetime.now(UTC) - timedelta(hours=number + 1), office_estate_id=ESTATE, staff_id=STAFF,
            topic_ids=[topic], duration_minutes=15, notes=f"{note} {number}"))


def exported(pc, folder: Path) -> dict[str, list[dict]]:
    """export_table of every shared table (it leaves out `version`, a per-PC counter)."""
    folder.mkdir(parents=True, exist_ok=True)
    result = {}
    names = ["audit_log", *sorted(m.__tablename__ for m in shared_models() if m.__tablename__ != "audit_log")]
    for name in names:  # the audit log first: exporting personal data adds to it
        target = folder / f"{name}.json"
        export_table(pc.db, name, "json", target, staff=ADMIN)
        rows = json.loads(target.read_text(encoding="utf-8"))
        result[name] = rows  # updated_at included: the time of the newest change, the same everywhere
    return result


def rounds(*pcs, times: int = 4) -> None:
    for _ in range(times):
        for pc in pcs:
            if pc.online:
                report = pc.sync()
                assert report.ok, report.error


def test_two_pcs_and_an_offline_laptop(make_pc, share_root, tmp_path, qtbot, qapp):
    kontor1, kontor2 = make_pc("kontor-1"), make_pc("kontor-2")
    laptop = make_pc("laptop")
    seed_office(kontor1)
    with kontor1.db.transaction() as s:
        s.get(StaffMember, STAFF).role = "administrator"
    rounds(kontor1, kontor2, laptop, times=2)
    assert kontor1.dump() == kontor2.dump() == laptop.dump()

    laptop.online = False  # out in the estate
    edit(kontor1, Activity, ACTIVITY, title="Lektiecafé for 4.–6. klasse")
    edit(kontor2, Activity, ACTIVITY, description="Med frugt og saft")
    edit(laptop, Activity, ACTIVITY, title="Lektiecafé og lektiehjælp")  # the one real conflict
    log_visits(kontor1, 3, "Kontor 1")
    log_visits(kontor2, 2, "Kontor 2")
    log_visits(laptop, 4, "Laptop")

    # a torn write of kontor-2's next file, and a sync tool's copy of one of kontor-1's
    kontor2.engine.share = FaultyShare(kontor2.share, Faults(truncate=1.0, reorder=False), seed=1)
    kontor2.sync()
    kontor2.engine.share = kontor2.share
    kontor1.sync()
    folder = share_root / "pcs" / kontor1.origin
    first = sorted(folder.glob("c-*.bsc"))[0]
    copy = folder / f"{first.stem} (conflicted copy 2026-11-23).bsc"
    shutil.copy(first, copy)

    laptop.online = True
    rounds(kontor1, kontor2, laptop)

    assert kontor1.dump() == kontor2.dump() == laptop.dump()
    data = [exported(pc, tmp_path / "export" / pc.name) for pc in (kontor1, kontor2, laptop)]
    assert data[0] == data[1] == data[2]  # (exporting personal data is audited: compared last)
    with laptop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(AdviceVisit)) == 9
        activity = s.get(Activity, ACTIVITY)
        assert activity.description == "Med frugt og saft"
        assert activity.title == "Lektiecafé og lektiehjælp"  # the later edit is shown until someone decides

    for pc in (kontor1, kontor2, laptop):
        [conflict] = open_conflicts(pc)
        assert (conflict.kind, conflict.table_name, conflict.field) == ("field", "activities", "title")
        report = pc.sync()
        problems = {p.path.rsplit("/", 1)[-1]: p for p in report.problems}
        assert problems[copy.name].kind == "conflict_copy" and problems[copy.name].harmless
        damaged = [p for p in report.problems if p.kind == "damaged"]
        if pc is not kontor2:  # the others met kontor-2's torn file; kontor-2 wrote it again
            assert damaged and all(p.harmless for p in damaged)
    assert copy.exists()

    if not qapp.property("boligsocial_translators"):  # Danish, as the app shows it
        QLocale.setDefault(DANISH)
        install_translators(qapp)
    context = AppContext(db=laptop.db, tasks=ImmediateTaskRunner(), staff=ADMIN)
    dialog = ConflictsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "Ændret på to pc'er"
    assert {dialog.ui.shownText.toPlainText(), dialog.ui.otherText.toPlainText()} == {
        "Lektiecafé og lektiehjælp", "Lektiecafé for 4.–6. klasse"}
