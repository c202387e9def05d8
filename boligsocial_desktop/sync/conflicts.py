"""Conflicts for a person to settle: reading them, and the decision as an ordinary, shared edit.

A decision on a field is written like any other edit (captured in the outbox), naming
the clocks of the versions it settles, so the other PCs close the same conflict when
the edit reaches them. "Keep what is shown" writes the shown value again for the same
reason. Values of personal data (advice visits and cases) are shown only to advisers
and administrators, and every such look is written to the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Text, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ..domain.danish import long_date
from ..domain.enums import StaffRole
from ..errors import NotFoundError, ValidationError
from ..services import advisers_key, audit
from ..services.staff import StaffInfo
from ..storage.engine import Database
from ..storage.models import (
    Activity,
    Base,
    SharedRow,
    StaffMember,
    SyncConflict,
    SyncDroppedRow,
    SyncPeer,
)
from ..storage.outbox import RESOLVES_INFO_KEY, to_json_value
from ..storage.types import utcnow
from . import duplicates
from .duplicates import DuplicateRow
from .merge import ROW_LEVEL, canon, hlc_origin, table_info

PERSONAL_TABLES = frozenset({"advice_visits", "advice_cases", "advice_visit_topics", "advice_visit_referrals",
                             "participants"})
MAY_SEE_PERSONAL = frozenset({StaffRole.ADVISER.value, StaffRole.ADMINISTRATOR.value})
# Tables whose personal values other roles may see in a conflict (default: MAY_SEE_PERSONAL, advice data).
SEEN_BY = {"participants": frozenset({StaffRole.COORDINATOR.value, StaffRole.ADMINISTRATOR.value})}
ERASED_COLUMN = "erased_at"  # a row erased after its deadline keeps no names in conflicts either


def may_see(table_name: str, role: str | None) -> bool:
    return role in SEEN_BY.get(table_name, MAY_SEE_PERSONAL)
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "version"})
NEEDS_DECISION = frozenset({"manual", "delete_edit"})
CLASHES = frozenset({"double_booking", "double_duty", "overbooking"})
MAY_MERGE = frozenset({StaffRole.COORDINATOR.value, StaffRole.ADMINISTRATOR.value})


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str  # field, manual, delete_edit, duplicate, possible_duplicate, double_booking, double_duty, unapplied
    table_name: str
    row_id: str
    field: str | None
    row_label: str
    shown: dict[str, Any]  # what the PCs show now
    other: dict[str, Any]  # the version that lost
    other_pc: str | None
    created_at: datetime
    message: str | None = None
    hidden: bool = False  # personal data this user may not see
    row_deleted: bool = False
    other_here: bool = False  # the other version was written on this PC
    free_text: bool = False  # a multi-line text field: the versions can be combined by hand
    candidates: tuple[DuplicateRow, ...] = ()  # possible_duplicate: both rows, the one kept by default first

    @property
    def needs_decision(self) -> bool:
        return self.kind in NEEDS_DECISION

    @property
    def choices(self) -> tuple[str, ...]:
        if self.kind in CLASHES or self.kind == "unapplied":
            return ("seen",)
        if self.kind == duplicates.KIND:
            return ("merge", duplicates.NOT_DUPLICATES) if len(self.candidates) == 2 else (duplicates.NOT_DUPLICATES,)
        if self.kind == "delete_edit":
            return ("keep", "restore")
        if self.kind == "duplicate":
            return ("keep", "other")
        return ("keep", "other", "combine") if self.free_text else ("keep", "other")


def _model(table_name: str) -> type[SharedRow] | None:
    for mapper in Base.registry.mappers:
        if mapper.class_.__tablename__ == table_name and issubclass(mapper.class_, SharedRow):
            return mapper.class_
    return None


def _role(session: Session, actor: StaffInfo | None) -> str | None:
    if actor is None:
        return None
    row = session.get(StaffMember, actor.id)
    return row.role if row is not None and row.deleted_at is None and row.active else None


def _row_values(session: Session, table_name: str, row_id: str) -> dict[str, Any] | None:
    info = table_info(table_name)
    if info is None:
        return None
    row = session.execute(select(info.table).where(info.table.c.id == row_id)).mappings().first()
    return None if row is None else {k: to_json_value(v) for k, v in row.items()}


def _is_text(table_name: str, field_name: str) -> bool:
    info = table_info(table_name)
    column = info.table.c.get(field_name) if info is not None else None
    return column is not None and isinstance(column.type, Text)


def _final_winner(session: Session, table_name: str, row_id: str) -> str:
    """A row given up for a unique key points at the row that won; follow the chain."""
    seen = set()
    while row_id not in seen:
        seen.add(row_id)
        winner = session.scalar(select(SyncDroppedRow.winner_id).where(
            SyncDroppedRow.table_name == table_name, SyncDroppedRow.row_id == row_id))
        if not winner:
            return row_id
        row_id = winner
    return row_id


def _label(session: Session, table_name: str, values: dict[str, Any] | None, row_id: str) -> str:
    if values is None:
        return row_id[:8]
    if table_name == "sessions":
        title = session.scalar(select(Activity.title).where(Activity.id == values.get("activity_id"))) or ""
        day = values.get("day")
        return f"{title}, {long_date(datetime.fromisoformat(day).date())}" if day else title
    if table_name == "duty_assignments":
        return str(values.get("id", row_id))[:8]
    if table_name == "advice_visits":
        moment = values.get("visited_at")
        return long_date(datetime.fromisoformat(moment).astimezone().date()) if moment else row_id[:8]
    for key in ("title", "name", "key", "address"):
        if values.get(key):
            return str(values[key])
    return row_id[:8]


class ConflictService:
    def __init__(self, db: Database):
        self.db = db

    def _mine(self) -> set[str]:
        import json

        from .state import FORMER_ORIGINS_KEY, get_state

        with self.db.reading() as session:
            former = json.loads(get_state(session.connection(), FORMER_ORIGINS_KEY) or "[]")
        return {self.db.origin, *former}

    def count_open(self) -> int:
        with self.db.reading() as session:
            return len(session.scalars(select(SyncConflict.id).where(SyncConflict.resolved_at.is_(None))).all())

    def open_conflicts(self, actor: StaffInfo | None) -> list[ConflictView]:
        """Open conflicts, those that need a decision first; personal values hidden (see `detail`)."""
        with self.db.reading() as session:
            role = _role(session, actor)
            rows = session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                                   .order_by(SyncConflict.created_at, SyncConflict.id)).all()
            names = {o: n for o, n in session.execute(select(SyncPeer.origin, SyncPeer.name))}
            views = [self._view(session, c, names, reveal=False, role=role) for c in rows]
        return sorted(views, key=lambda v: (not v.needs_decision, v.created_at, v.id))

    def detail(self, actor: StaffInfo | None, conflict_id: str) -> ConflictView:
        """One conflict with its values; a look at personal data is written to the audit log."""
        with self.db.transaction() as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None:
                raise NotFoundError("Konflikten findes ikke længere; den er måske løst på en anden pc.")
            role = _role(session, actor)
            names = {o: n for o, n in session.execute(select(SyncPeer.origin, SyncPeer.name))}
            view = self._view(session, conflict, names, reveal=True, role=role)
            if conflict.table_name in PERSONAL_TABLES and not view.hidden:
                audit.record(session, "vis konflikt", staff_id=actor.id if actor else None,
                             table_name=conflict.table_name, row_id=conflict.row_id)
                view = _opened(session, actor, view)
            return view

    def _view(self, session: Session, c: SyncConflict, names: dict[str, str], *, reveal: bool,
              role: str | None) -> ConflictView:
        target = _final_winner(session, c.table_name, c.row_id)
        current = _row_values(session, c.table_name, target)
        hidden = c.table_name in PERSONAL_TABLES and (not reveal or not may_see(c.table_name, role))
        local, remote = dict(c.local_value or {}), dict(c.remote_value or {})
        if c.kind in ("field", "manual") or (c.kind == "delete_edit" and c.field not in (None, ROW_LEVEL)):
            name = c.field or ""
            now = (current or {}).get(name)
            shown = {name: now}
            others = [side[name] for side in (local, remote) if name in side and canon(side[name]) != canon(now)]
            other = {name: others[0] if others else (remote.get(name) if name in remote else local.get(name))}
            other_hlc = c.remote_hlc if canon(remote.get(name)) != canon(now) else c.local_hlc
        elif c.kind == "delete_edit":
            fields = sorted(set(local) | set(remote))
            shown = {f: (current or {}).get(f) for f in fields} | {"deleted_at": (current or {}).get("deleted_at")}
            deleted_now = shown["deleted_at"] is not None
            other = {**remote, **local} if deleted_now else {"deleted_at": remote.get("deleted_at")}
            other_hlc = c.local_hlc if deleted_now else c.remote_hlc
        elif c.kind == duplicates.KIND:
            return self._duplicate_view(session, c, current, target)
        elif c.kind == "duplicate":
            shown = {k: v for k, v in (current or local).items() if k not in BOOKKEEPING and k != "deleted_at"}
            other = {k: v for k, v in remote.items() if k not in BOOKKEEPING and k != "deleted_at"}
            other_hlc = None
        else:
            shown, other, other_hlc = {}, {}, None
        if hidden:
            shown = {k: None for k in shown}
            other = {k: None for k in other}
        origin = hlc_origin(other_hlc) or c.remote_origin
        return ConflictView(
            id=c.id,
            kind=c.kind,
            table_name=c.table_name,
            row_id=target,
            field=None if c.field == ROW_LEVEL else c.field,
            row_label=_label(session, c.table_name, current, target)
            if not hidden or c.table_name != "advice_cases"
            else target[:8],
            shown=shown,
            other=other,
            other_pc=names.get(origin or "") or (origin[:8] if origin else None),
            created_at=c.created_at,
            message=(c.detail or {}).get("message"),
            hidden=hidden,
            row_deleted=current is None or current.get("deleted_at") is not None,
            other_here=origin is not None and origin in self._mine(),
            free_text=c.field not in (None, ROW_LEVEL)
            and c.kind in ("field", "manual")
            and _is_text(c.table_name, c.field),
        )

    def _duplicate_view(self, session: Session, c: SyncConflict, current: dict[str, Any] | None,
                        target: str) -> ConflictView:
        ids = list((c.detail or {}).get("keep_candidates") or [])
        candidates = duplicates.describe(session, c.table_name, ids)
        shown = candidates[0].fields if candidates else {}
        other = candidates[1].fields if len(candidates) > 1 else {}
        return ConflictView(
            id=c.id, kind=c.kind, table_name=c.table_name, row_id=target, field=None,
            row_label=_label(session, c.table_name, current, target), shown=shown, other=other, other_pc=None,
            created_at=c.created_at, message=duplicates.message(session, c.table_name, target),
            row_deleted=current is None or current.get("deleted_at") is not None, candidates=candidates)

    # --- decisions -----------------------------------------------------------------------------

    def find_duplicates(self) -> int:
        """Look for possible duplicates now (the sync round does it after applying changes)."""
        with self.db.transaction() as session:
            return duplicates.find_possible_duplicates(session.connection(), utcnow())

    def merge_duplicate(self, actor: StaffInfo | None, conflict_id: str, keep_id: str) -> duplicates.MergeReport:
        """Keep one row of a possible duplicate and move everything that points at the other to it."""
        with self.db.transaction() as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None or conflict.resolved_at is not None or conflict.kind != duplicates.KIND:
                raise NotFoundError("Konflikten er allerede løst; måske på en anden pc.")
            if _role(session, actor) not in MAY_MERGE:
                raise ValidationError("Kun koordinatorer og administratorer kan slå dubletter sammen.")
            now = utcnow()
            result = duplicates.merge_rows(session, conflict, keep_id, now)
            conflict.resolved_at = now
            conflict.resolution = duplicates.MERGED
            conflict.detail = {**(conflict.detail or {}), "kept": result.kept, "dropped": result.dropped}
            moved = sum(result.moved.values())
            audit.record(session, "slå dubletter sammen", staff_id=actor.id if actor else None,
                         table_name=conflict.table_name, row_id=result.kept,
                         detail=f"{result.dropped} lagt sammen med {result.kept}; {moved} henvisninger flyttet, "
                                f"{result.folded} lagt sammen, udfyldt: {', '.join(result.filled) or 'intet'}")
            session.flush()
            duplicates.find_possible_duplicates(session.connection(), now)  # closes pairs with the dropped row
            return result


    def resolve(self, actor: StaffInfo | None, conflict_id: str, choice: str, combined: str | None = None) -> None:
        with self.db.transaction() as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None or conflict.resolved_at is not None:
                raise NotFoundError("Konflikten er allerede løst; måske på en anden pc.")
            role = _role(session, actor)
            if conflict.table_name in PERSONAL_TABLES and not may_see(conflict.table_name, role):
                if conflict.table_name in SEEN_BY:
                    raise ValidationError("Kun koordinatorer og administratorer kan afgøre konflikter om deltagere.")
                raise ValidationError("Kun rådgivere og administratorer kan afgøre konflikter om rådgivning.")
            names = {o: n for o, n in session.execute(select(SyncPeer.origin, SyncPeer.name))}
            view = self._view(session, conflict, names, reveal=True, role=role)
            if choice not in view.choices or choice == "merge":
                raise ValidationError("Det valg passer ikke til denne konflikt.")
            if conflict.kind == duplicates.KIND:
                if role not in MAY_MERGE:
                    raise ValidationError("Kun koordinatorer og administratorer kan afgøre mulige dubletter.")
                audit.record(session, "ikke dubletter", staff_id=actor.id if actor else None,
                             table_name=conflict.table_name, row_id=conflict.row_id,
                             detail=" og ".join((conflict.detail or {}).get("keep_candidates") or []))
            if (choice in ("keep", "other", "combine", "restore") and conflict.kind != "duplicate") or \
                    (conflict.kind == "duplicate" and choice == "other"):
                self._write_decision(session, conflict, view, choice, combined)
            conflict.resolved_at = utcnow()
            conflict.resolution = choice
            if conflict.table_name in PERSONAL_TABLES:
                conflict.local_value = conflict.remote_value = None  # settled: the old text need not stay
                audit.record(session, "afgør konflikt", staff_id=actor.id if actor else None,
                             table_name=conflict.table_name, row_id=conflict.row_id, detail=choice)

    def _write_decision(self, session: Session, conflict: SyncConflict, view: ConflictView, choice: str,
                        combined: str | None) -> None:
        model = _model(conflict.table_name)
        row = session.get(model, view.row_id) if model is not None else None
        if row is None:
            raise NotFoundError("Rækken findes ikke længere, så konflikten kan kun markeres som set.")
        field_name = conflict.field if conflict.field not in (None, ROW_LEVEL) else None
        settles = [h for h in (conflict.local_hlc, conflict.remote_hlc) if h]
        session.info[RESOLVES_INFO_KEY] = {(conflict.table_name, view.row_id, conflict.field or ROW_LEVEL): settles}
        info = table_info(conflict.table_name)
        assert info is not None  # conflicts are recorded for shared tables only
        if conflict.kind == "duplicate":
            for name, value in view.other.items():
                if name in info.to_python and name not in BOOKKEEPING and name != "deleted_at":
                    setattr(row, name, info.to_python[name](value))
        elif conflict.kind == "delete_edit" and field_name is None:
            if choice == "restore":
                row.deleted_at = None
                for name, value in view.other.items():
                    if name != "deleted_at" and name in info.to_python:
                        setattr(row, name, info.to_python[name](value))
            else:
                flag_modified(row, "deleted_at")
        else:
            assert field_name is not None
            if choice == "keep":
                flag_modified(row, field_name)
            elif choice == "combine":
                text: str | None = (combined or "").strip()
                if not text:
                    raise ValidationError("Skriv den samlede tekst, før du gemmer.", "combined")
                if (conflict.table_name, field_name) in advisers_key.SEALED_COLUMNS:  # a note: sealed as any
                    text = advisers_key.seal_text(session, text, conflict.table_name, field_name, view.row_id)
                setattr(row, field_name, text)
            elif choice == "restore":
                row.deleted_at = None
            else:
                setattr(row, field_name, info.to_python[field_name](view.other.get(field_name)))
        session.flush()
        session.info.pop(RESOLVES_INFO_KEY, None)


def _opened(session: Session, actor: StaffInfo | None, view: ConflictView) -> ConflictView:
    """The conflict's sealed values (notes, named cases) opened for an adviser who holds the advisers' key."""
    def opened(values: dict[str, Any]) -> dict[str, Any]:
        return {name: advisers_key.open_text(session, actor.id if actor else None, value, view.table_name, name,
                                             view.row_id) if isinstance(value, str) else value
                for name, value in values.items()}

    return replace(view, shown=opened(view.shown), other=opened(view.other))


def forget_erased(connection: Connection, now: datetime) -> int:
    """Personal values in conflicts go when the row they belong to is deleted or erased."""
    ct = SyncConflict.__table__
    rows = connection.execute(select(ct.c.id, ct.c.table_name, ct.c.row_id).where(
        ct.c.table_name.in_(sorted(PERSONAL_TABLES)),
        (ct.c.local_value.is_not(None)) | (ct.c.remote_value.is_not(None)))).all()
    erased = 0
    for conflict_id, table_name, row_id in rows:
        info = table_info(table_name)
        if info is None:
            continue
        erased_at = info.table.c.get(ERASED_COLUMN)
        columns = [info.table.c.deleted_at] + ([erased_at] if erased_at is not None else [])
        deleted = connection.execute(select(*columns).where(info.table.c.id == row_id)).first()
        if deleted is None or any(value is not None for value in deleted):
            connection.execute(update(ct).where(ct.c.id == conflict_id).values(
                local_value=None, remote_value=None, resolved_at=now, resolution="slettet"))
            erased += 1
    return erased


__all__ = ["ConflictService", "ConflictView", "forget_erased"]
