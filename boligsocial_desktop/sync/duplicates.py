"""Possible duplicates: the same room, house, estate or ambassador created on two PCs.

Two PCs that work offline can each create "Salen" in the same community house, or the
same ambassador. The rows have different ids and no unique key, so the merge keeps both
(`sync.merge` only settles rows with the same *unique* key). After a sync round that
applied other PCs' changes, `find_possible_duplicates` looks for live rows whose
normalised key is the same:

* rooms: the same name in the same house,
* houses: the same name in the same estate (an estate merge can make these),
  (an archived room or house is not in use: archiving one of the two settles the pair),
* estates: the same name,
* ambassadors: the same name and the same phone number (both must have one).

Names are compared casefolded with whitespace collapsed; phone numbers as digits with a
Danish +45 / 0045 prefix removed. Each pair becomes a conflict of kind
`possible_duplicate` (local bookkeeping, as every conflict) with
`detail["keep_candidates"]`: both ids, the one kept by default first (created first, then
the smaller id). A pair that is no longer a duplicate closes by itself ("gone") and opens
again if it comes back; a pair a person called "not duplicates" stays closed.

Merging (`merge_duplicate`) is an ordinary edit made with the ORM, so change capture sends
it to the other PCs: every foreign key that points at the dropped row is re-pointed to
the kept row (found by introspecting `Base.metadata`, so a new table is covered), a
re-pointed row that would break a unique key (the same language on both ambassadors)
is folded into the row that is already there, empty fields of the kept row are filled
from the dropped one, and the dropped row is soft-deleted. The other PCs close the
conflict when the dropped row's tombstone arrives. Rows another PC pointed at the
dropped row before it heard of the merge are re-pointed by the PC that merged, after
the round that brings them (`repoint_late_references`).

Detection reads only id, scope and key columns of live rows and groups them in Python
(casefolding æ/ø/å and collapsing spaces is not portable SQL); at the design sizes
(2,000 ambassadors, 60 rooms) that is a few milliseconds.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import combinations
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, insert, select, update
from sqlalchemy.orm import Session

from ..domain.danish import phone as phone_text
from ..storage.bulk import chunks
from ..storage.models import Ambassador, Base, Estate, House, Room, SharedRow, SyncConflict
from ..storage.outbox import to_json_value
from .merge import table_info

KIND = "possible_duplicate"
MERGED = "merged"
NOT_DUPLICATES = "not_duplicates"
GONE = "gone"
LATE_REFERENCE_DAYS = 180  # how long the PC that merged re-points rows that still arrive for the dropped row
NOT_FILLED = frozenset({"id", "created_at", "updated_at", "deleted_at", "version", "anonymised_at"})


@dataclass(frozen=True)
class DuplicateRule:
    model: type[SharedRow]
    scope: str | None  # a column that must be equal too (the house of a room)
    keys: tuple[str, ...]  # columns compared after normalising; all must be non-empty
    shown: tuple[str, ...]  # the fields a person compares

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)


RULES: dict[str, DuplicateRule] = {r.table: r for r in (
    DuplicateRule(Room, "house_id", ("name",), ("name", "house", "capacity")),
    DuplicateRule(House, "estate_id", ("name",), ("name", "estate", "address")),
    DuplicateRule(Estate, None, ("name",), ("name", "code", "address", "housing_organisation")),
    DuplicateRule(Ambassador, None, ("name", "phone"), ("name", "phone", "estate", "email", "address", "status")),
)}

_SPACE = re.compile(r"\s+")
_NOT_DIGIT = re.compile(r"\D")


def normal_name(text: str | None) -> str:
    return _SPACE.sub(" ", (text or "").casefold()).strip()


def normal_phone(text: str | None) -> str:
    digits = _NOT_DIGIT.sub("", text or "")
    if len(digits) == 12 and digits.startswith("0045"):
        return digits[4:]
    if len(digits) == 10 and digits.startswith("45"):
        return digits[2:]
    return digits


def _normal(column: str, value: Any) -> str:
    return normal_phone(value) if column == "phone" else normal_name(value)


def referencing_columns(table_name: str) -> list[tuple[str, str]]:
    """(table, column) of every foreign key in the schema that points at `table_name`."""
    found = []
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name == table_name:
                found.append((table.name, key.parent.name))
    return sorted(found)


def _model(table_name: str) -> type[SharedRow]:
    for mapper in Base.registry.mappers:
        if mapper.class_.__tablename__ == table_name and issubclass(mapper.class_, SharedRow):
            return mapper.class_
    raise LookupError(table_name)


def pair_key(table_name: str, ids: tuple[str, str]) -> str:
    return hashlib.sha1("|".join([KIND, table_name, *sorted(ids)]).encode()).hexdigest()


# --- detection ------------------------------------------------------------------------------


def _pairs(connection: Connection, rule: DuplicateRule) -> list[dict[str, Any]]:
    table = rule.model.__table__
    columns = [table.c.id, table.c.created_at, *(table.c[k] for k in rule.keys)]
    if rule.scope:
        columns.append(table.c[rule.scope])
    groups: defaultdict[tuple[Any, ...], list[tuple[datetime, str]]] = defaultdict(list)
    live: ColumnElement[bool] = table.c.deleted_at.is_(None)
    if "archived_at" in table.c:  # an archived room or house keeps its history but is no longer in use
        live = live & table.c.archived_at.is_(None)
    for row in connection.execute(select(*columns).where(live)).mappings():
        key = tuple(_normal(k, row[k]) for k in rule.keys)
        if not all(key):
            continue
        groups[(row[rule.scope] if rule.scope else None, *key)].append((row["created_at"], row["id"]))
    found = []
    for members in groups.values():
        if len(members) < 2:
            continue
        for first, second in combinations(sorted(members, key=lambda m: (to_json_value(m[0]) or "", m[1])), 2):
            ids = (first[1], second[1])
            pair = pair_key(rule.table, ids)
            found.append({"id": pair[:32], "kind": KIND, "table_name": rule.table, "row_id": ids[0], "field": None,
                          "key": pair, "detail": {"keep_candidates": list(ids)}})
    return found


def find_possible_duplicates(connection: Connection, now: datetime) -> int:
    """Record new possible duplicates, close those that are gone; returns how many are new."""
    found = {c["key"]: c for rule in RULES.values() for c in _pairs(connection, rule)}
    ct = SyncConflict.__table__
    known = {key: (cid, resolved, resolution) for cid, key, resolved, resolution in connection.execute(
        select(ct.c.id, ct.c.key, ct.c.resolved_at, ct.c.resolution).where(ct.c.kind == KIND))}
    fresh = []
    for key, pair in found.items():
        if key not in known:
            fresh.append({"local_value": None, "local_hlc": None, "remote_value": None, "remote_hlc": None,
                          "remote_origin": None, "created_at": now, "resolved_at": None, "resolution": None, **pair})
        elif known[key][2] == GONE:  # it had gone and is back
            connection.execute(update(ct).where(ct.c.key == key).values(resolved_at=None, resolution=None))
    if fresh:
        connection.execute(insert(ct), fresh)
    gone = [cid for key, (cid, resolved, _) in known.items() if resolved is None and key not in found]
    for part in chunks(gone):
        connection.execute(update(ct).where(ct.c.id.in_(part)).values(resolved_at=now, resolution=GONE))
    return len(fresh)


# --- what a person compares -----------------------------------------------------------------


@dataclass(frozen=True)
class DuplicateRow:
    id: str
    fields: dict[str, Any]  # name -> value as shown ("house"/"estate" are names, not ids)
    references: dict[str, int]  # table -> how many rows point at this one
    created_at: datetime
    deleted: bool = False

    @property
    def reference_count(self) -> int:
        return sum(self.references.values())


def _reference_counts(session: Session, table_name: str, row_id: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ref_table, column in referencing_columns(table_name):
        table = Base.metadata.tables[ref_table]
        number = session.scalar(select(func.count()).select_from(table).where(
            table.c[column] == row_id, table.c.deleted_at.is_(None))) or 0
        if number:
            counts[ref_table] = counts.get(ref_table, 0) + number
    return counts


def describe(session: Session, table_name: str, ids: list[str]) -> tuple[DuplicateRow, ...]:
    rule = RULES[table_name]
    rows = []
    for row_id in ids:
        row: Any = session.get(rule.model, row_id)  # a room, house, estate or ambassador
        if row is None:
            continue
        values: dict[str, Any] = {}
        for name in rule.shown:
            if name == "house":
                house = session.get(House, row.house_id)
                values[name] = house.name if house is not None else None
            elif name == "estate":
                estate = session.get(Estate, row.estate_id)
                values[name] = estate.name if estate is not None else None
            elif name == "phone":
                values[name] = phone_text(row.phone) if row.phone else None
            else:
                values[name] = to_json_value(getattr(row, name))
        rows.append(DuplicateRow(row.id, values, _reference_counts(session, table_name, row.id), row.created_at,
                                 row.deleted_at is not None))
    return tuple(rows)


def message(session: Session, table_name: str, row_id: str) -> str:
    """"lokalet »Salen« i Fælleshuset findes to gange"."""
    row: Any = session.get(RULES[table_name].model, row_id)  # a room, house, estate or ambassador
    if row is None:
        return "rækken findes ikke længere"
    if table_name == "rooms":
        house = session.get(House, row.house_id)
        return f"lokalet »{row.name}« i {house.name if house else '?'} findes to gange"
    if table_name == "houses":
        estate = session.get(Estate, row.estate_id)
        return f"fælleshuset »{row.name}« i {estate.name if estate else '?'} findes to gange"
    if table_name == "estates":
        return f"boligafdelingen »{row.name}« findes to gange"
    return f"ambassadøren »{row.name}« med telefon {phone_text(row.phone or '')} findes to gange"


# --- the merge ------------------------------------------------------------------------------


@dataclass
class MergeReport:
    kept: str
    dropped: str
    moved: dict[str, int] = field(default_factory=dict)  # "table.column" -> rows re-pointed
    folded: int = 0  # re-pointed rows that clashed on a unique key and were folded into the existing one
    filled: list[str] = field(default_factory=list)  # fields of the kept row filled from the dropped one


def _fill_empty(target: SharedRow, source: SharedRow, skip: frozenset[str] | set[str] = frozenset()) -> list[str]:
    filled = []
    for attr in target.__mapper__.column_attrs:
        name = attr.key
        if name in NOT_FILLED or name in skip:
            continue
        if getattr(target, name) in (None, "") and getattr(source, name) not in (None, ""):
            setattr(target, name, getattr(source, name))
            filled.append(name)
    return filled


def repoint(session: Session, table_name: str, keep_id: str, drop_id: str, now: datetime,
            report: MergeReport) -> None:
    """Point every row that references `drop_id` at `keep_id`; fold rows a unique key forbids moving."""
    for ref_table, column in referencing_columns(table_name):
        model = _model(ref_table)
        attribute = getattr(model, column)
        info = table_info(ref_table)
        assert info is not None  # a shared table references it
        uniques = [cols for cols in info.unique_sets if column in cols]
        for row in session.scalars(select(model).where(attribute == drop_id).order_by(model.id)).all():
            clash = None
            for cols in uniques:
                condition = [getattr(model, c) == (keep_id if c == column else getattr(row, c)) for c in cols]
                clash = session.scalars(select(model).where(*condition, model.id != row.id)).first()
                if clash is not None:
                    break
            if clash is None:
                setattr(row, column, keep_id)
                name = f"{ref_table}.{column}"
                report.moved[name] = report.moved.get(name, 0) + 1
            elif row.deleted_at is not None:
                continue  # already deleted; it may keep pointing at the deleted row
            else:
                if clash.deleted_at is not None:  # the kept row's own copy was deleted: bring it back
                    clash.deleted_at = None
                _fill_empty(clash, row, {column})
                row.deleted_at = now
                report.folded += 1
            if uniques:
                session.flush()  # the next row's clash check must see this one
        session.flush()


def repoint_late_references(session: Session, now: datetime) -> int:
    """Rows that other PCs pointed at a row this PC merged away, before they heard of the merge."""
    ct = SyncConflict.__table__
    since = now - timedelta(days=LATE_REFERENCE_DAYS)
    merged = session.execute(select(ct.c.table_name, ct.c.detail).where(
        ct.c.kind == KIND, ct.c.resolution == MERGED, ct.c.resolved_at >= since)).all()
    moved = 0
    for table_name, detail in merged:
        keep_id, drop_id = (detail or {}).get("kept"), (detail or {}).get("dropped")
        if not keep_id or not drop_id or table_name not in RULES:
            continue
        kept = session.get(RULES[table_name].model, keep_id)
        if kept is None or kept.deleted_at is not None:
            continue
        live = False
        for ref_table, column in referencing_columns(table_name):
            table = Base.metadata.tables[ref_table]
            if session.execute(select(table.c.id).where(table.c[column] == drop_id, table.c.deleted_at.is_(None))
                               .limit(1)).first():
                live = True
                break
        if live:
            report = MergeReport(keep_id, drop_id)
            repoint(session, table_name, keep_id, drop_id, now, report)
            moved += sum(report.moved.values()) + report.folded
    return moved


def merge_rows(session: Session, conflict: SyncConflict, keep_id: str, now: datetime) -> MergeReport:
    """Keep `keep_id`, move everything from the other row of the pair to it, soft-delete the other."""
    from ..errors import NotFoundError, ValidationError

    rule = RULES.get(conflict.table_name)
    ids = list((conflict.detail or {}).get("keep_candidates") or [])
    if rule is None or keep_id not in ids or len(ids) != 2:
        raise ValidationError("Vælg en af de to rækker, der skal beholdes.")
    drop_id = ids[1] if ids[0] == keep_id else ids[0]
    kept, dropped = session.get(rule.model, keep_id), session.get(rule.model, drop_id)
    if kept is None or dropped is None or kept.deleted_at is not None or dropped.deleted_at is not None:
        raise NotFoundError("Den ene af de to rækker er allerede slettet, måske slået sammen på en anden pc. "
                            "Konflikten lukker ved næste deling.")
    report = MergeReport(keep_id, drop_id)
    repoint(session, conflict.table_name, keep_id, drop_id, now, report)
    report.filled = _fill_empty(kept, dropped)
    dropped.deleted_at = now
    session.flush()
    return report




def check_after_sync(session: Session, now: datetime) -> int:
    """After a round that applied other PCs' changes: re-point late references, find duplicates."""
    repoint_late_references(session, now)
    session.flush()
    return find_possible_duplicates(session.connection(), now)


__all__ = ["KIND", "RULES", "DuplicateRow", "MergeReport", "check_after_sync", "describe", "find_possible_duplicates",
           "merge_rows", "message", "normal_name", "normal_phone", "referencing_columns", "repoint_late_references"]
