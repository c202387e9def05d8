"""The plan the reports are measured against: grant periods, their focus areas, the plan's
name, and the activities' targets (måltal).

Grant periods may not overlap (a day must belong to one set of focus areas). The presets
2015–2018 and 2019–2026 come from migration 0002, with the same ids on every PC, so
restoring them on two PCs gives the same rows, not duplicates.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.danish import EN_DASH, short_date
from ...domain.enums import TargetMetric
from ...errors import NotFoundError, ValidationError
from ...storage.engine import Database
from ...storage.models import Activity, ActivityTarget, Estate, FocusArea, GrantPeriod, OfficeSetting
from ...storage.types import utcnow
from .. import audit
from ..validation import required_text, search_text
from .periods import GrantPeriodSpan
from .tables import METRIC_LABELS, metric_label

PLAN_NAME_KEY = "reports.plan_name"
MAX_TARGET = 1_000_000


@dataclass(frozen=True)
class FocusAreaInfo:
    id: str
    name: str
    sort_order: int


@dataclass(frozen=True)
class GrantPeriodInfo:
    id: str
    name: str
    start: date
    end: date
    focus_areas: tuple[FocusAreaInfo, ...]

    @property
    def span(self) -> GrantPeriodSpan:
        return GrantPeriodSpan(self.id, self.name, self.start, self.end)

    @property
    def label(self) -> str:
        return f"{self.name} ({short_date(self.start)} {EN_DASH} {short_date(self.end)})"


@dataclass(frozen=True)
class ActivityChoice:
    id: str
    title: str
    estate_name: str
    season: str | None
    start: date
    end: date
    targets: int  # how many targets it has

    @property
    def label(self) -> str:
        season = f", {self.season}" if self.season else ""
        return f"{self.title} ({self.estate_name}{season})"


@dataclass(frozen=True)
class TargetDraft:
    metric: str
    year: int | None  # None: the whole grant period
    target_value: int


@dataclass(frozen=True)
class TargetInfo:
    id: str
    grant_period_id: str
    metric: str
    year: int | None
    target_value: int

    @property
    def metric_label(self) -> str:
        return metric_label(self.metric)


def metric_choices() -> list[tuple[str, str]]:
    """(stored value, Danish label) of every target metric, in a sensible order."""
    return [(m.value, METRIC_LABELS[m.value]) for m in TargetMetric]


@lru_cache(maxsize=1)
def _migration_0002() -> ModuleType:
    """Migration 0002 as a module: its preset lists and id function are the one source of the presets."""
    path = Path(__file__).resolve().parents[2] / "storage" / "migrations" / "versions" / "0002_reference_lists.py"
    spec = importlib.util.spec_from_file_location("boligsocial_migration_0002", path)
    assert spec is not None and spec.loader is not None  # a .py file
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class PlanService:
    def __init__(self, db: Database):
        self.db = db

    # --- Grant periods and focus areas ------------------------------------------------

    def grant_periods(self) -> list[GrantPeriodInfo]:
        with self.db.reading() as session:
            periods = session.execute(select(GrantPeriod.id, GrantPeriod.name, GrantPeriod.start_date,
                                             GrantPeriod.end_date)
                                      .where(GrantPeriod.deleted_at.is_(None))
                                      .order_by(GrantPeriod.start_date)).all()
            areas = session.execute(select(FocusArea.id, FocusArea.grant_period_id, FocusArea.name,
                                           FocusArea.sort_order)
                                    .where(FocusArea.deleted_at.is_(None))
                                    .order_by(FocusArea.sort_order, FocusArea.name)).all()
        by_period: dict[str, list[FocusAreaInfo]] = {}
        for area_id, period_id, name, order in areas:
            by_period.setdefault(period_id, []).append(FocusAreaInfo(area_id, name, order))
        return [GrantPeriodInfo(p.id, p.name, p.start_date, p.end_date, tuple(by_period.get(p.id, ())))
                for p in periods]

    def create_grant_period(self, name: str, start: date | None, end: date | None,
                            focus_areas: list[str] | None = None, actor_id: str | None = None) -> GrantPeriodInfo:
        name, start, end = self._checked_period(name, start, end)
        names = [_area_name(n) for n in (focus_areas or [])]
        _no_duplicates(names)
        with self.db.transaction() as session:
            self._no_overlap(session, start, end, None)
            self._unique_period_name(session, name, None)
            row = GrantPeriod(name=name, start_date=start, end_date=end)
            session.add(row)
            session.flush()
            for order, area in enumerate(names):
                session.add(FocusArea(grant_period_id=row.id, name=area, sort_order=order))
            audit.record(session, "opret bevillingsperiode", staff_id=actor_id, table_name="grant_periods",
                         row_id=row.id, detail=name)
            period_id = row.id
        return self._period(period_id)

    def update_grant_period(self, period_id: str, name: str, start: date | None, end: date | None,
                            actor_id: str | None = None) -> GrantPeriodInfo:
        name, start, end = self._checked_period(name, start, end)
        with self.db.transaction() as session:
            row = _live(session, GrantPeriod, period_id, "Bevillingsperioden")
            self._no_overlap(session, start, end, period_id)
            self._unique_period_name(session, name, period_id)
            outside = session.scalar(select(func.count()).select_from(ActivityTarget).where(
                ActivityTarget.grant_period_id == period_id, ActivityTarget.deleted_at.is_(None),
                ActivityTarget.year.is_not(None),
                (ActivityTarget.year < start.year) | (ActivityTarget.year > end.year)))
            if outside:
                raise ValidationError(f"{outside} måltal gælder år uden for de nye datoer. Du kan rette eller slette "
                                      "de måltal først.", "end")
            row.name, row.start_date, row.end_date = name, start, end
            audit.record(session, "ret bevillingsperiode", staff_id=actor_id, table_name="grant_periods",
                         row_id=row.id, detail=name)
        return self._period(period_id)

    def add_focus_area(self, period_id: str, name: str, actor_id: str | None = None) -> FocusAreaInfo:
        name = _area_name(name)
        with self.db.transaction() as session:
            _live(session, GrantPeriod, period_id, "Bevillingsperioden")
            self._unique_area_name(session, period_id, name, None)
            last = session.scalar(select(func.max(FocusArea.sort_order)).where(
                FocusArea.grant_period_id == period_id, FocusArea.deleted_at.is_(None)))
            row = FocusArea(grant_period_id=period_id, name=name, sort_order=(last + 1) if last is not None else 0)
            session.add(row)
            session.flush()
            audit.record(session, "opret indsatsområde", staff_id=actor_id, table_name="focus_areas", row_id=row.id,
                         detail=name)
            return FocusAreaInfo(row.id, row.name, row.sort_order)

    def rename_focus_area(self, area_id: str, name: str, actor_id: str | None = None) -> FocusAreaInfo:
        name = _area_name(name)
        with self.db.transaction() as session:
            row = _live(session, FocusArea, area_id, "Indsatsområdet")
            self._unique_area_name(session, row.grant_period_id, name, area_id)
            row.name = name
            audit.record(session, "omdøb indsatsområde", staff_id=actor_id, table_name="focus_areas", row_id=row.id,
                         detail=name)
            return FocusAreaInfo(row.id, row.name, row.sort_order)

    def remove_focus_area(self, area_id: str, actor_id: str | None = None) -> None:
        with self.db.transaction() as session:
            row = _live(session, FocusArea, area_id, "Indsatsområdet")
            used = session.scalar(select(func.count()).select_from(Activity).where(
                Activity.focus_area_id == area_id, Activity.deleted_at.is_(None)))
            if used:
                raise ValidationError(f"Indsatsområdet »{row.name}« bruges af {used} aktiviteter, så det kan ikke "
                                      "fjernes. Du kan omdøbe det i stedet.")
            row.deleted_at = utcnow()
            audit.record(session, "fjern indsatsområde", staff_id=actor_id, table_name="focus_areas", row_id=row.id,
                         detail=row.name)

    def move_focus_area(self, area_id: str, step: int) -> None:
        """Move a focus area up (-1) or down (+1) in its period's order."""
        with self.db.transaction() as session:
            row = _live(session, FocusArea, area_id, "Indsatsområdet")
            siblings = list(session.scalars(select(FocusArea).where(
                FocusArea.grant_period_id == row.grant_period_id, FocusArea.deleted_at.is_(None))
                .order_by(FocusArea.sort_order, FocusArea.name)))
            index = siblings.index(row)
            target = index + step
            if not 0 <= target < len(siblings):
                return
            siblings.insert(target, siblings.pop(index))
            for order, area in enumerate(siblings):
                if area.sort_order != order:
                    area.sort_order = order

    def restore_presets(self, actor_id: str | None = None) -> list[str]:
        """Bring back the preset periods and focus areas that are missing; returns what was added (Danish)."""
        module = _migration_0002()
        added: list[str] = []
        with self.db.transaction() as session:
            for name, start, end, areas in module.GRANT_PERIODS:
                period_id = module.reference_id("grant_period", name)
                row = session.get(GrantPeriod, period_id)
                if row is None or row.deleted_at is not None:
                    clash = self._overlapping(session, start, end, period_id)
                    if clash:
                        added.append(f"»{name}« blev ikke genskabt, fordi den overlapper »{clash}«.")
                        continue
                    if row is None:
                        row = GrantPeriod(id=period_id, name=name, start_date=start, end_date=end)
                        session.add(row)
                    else:
                        row.deleted_at, row.name, row.start_date, row.end_date = None, name, start, end
                    added.append(f"Bevillingsperioden »{name}«")
                    session.flush()
                live = {a.name.casefold() for a in session.scalars(select(FocusArea).where(
                    FocusArea.grant_period_id == period_id, FocusArea.deleted_at.is_(None)))}
                for order, area in enumerate(areas):
                    if area.casefold() in live:
                        continue
                    area_id = module.reference_id("focus_area", f"{name}/{area}")
                    existing = session.get(FocusArea, area_id)
                    if existing is None:
                        session.add(FocusArea(id=area_id, grant_period_id=period_id, name=area, sort_order=order))
                    else:
                        existing.deleted_at, existing.name, existing.sort_order = None, area, order
                    added.append(f"Indsatsområdet »{area}« i »{name}«")
            if added:
                audit.record(session, "genskab standardperioder", staff_id=actor_id, table_name="grant_periods",
                             detail="; ".join(added))
        return added

    # --- The plan's name -------------------------------------------------------------

    def plan_name(self, fallback: str = "Boligsocial helhedsplan") -> str:
        with self.db.reading() as session:
            value = session.scalar(select(OfficeSetting.value).where(OfficeSetting.key == PLAN_NAME_KEY,
                                                                     OfficeSetting.deleted_at.is_(None)))
        return (value or {}).get("name") or fallback

    def set_plan_name(self, name: str, actor_id: str | None = None) -> str:
        name = required_text(name, "helhedsplanens navn", "plan_name", 160)
        with self.db.transaction() as session:
            row = session.scalars(select(OfficeSetting).where(OfficeSetting.key == PLAN_NAME_KEY)).first()
            if row is None:
                session.add(OfficeSetting(key=PLAN_NAME_KEY, value={"name": name}))
            else:
                row.value, row.deleted_at = {"name": name}, None
            audit.record(session, "ret helhedsplanens navn", staff_id=actor_id, table_name="office_settings",
                         detail=name)
        return name

    # --- Targets (måltal) ------------------------------------------------------------

    def activity_choices(self, grant_period_id: str, search: str = "", limit: int = 500) -> list[ActivityChoice]:
        """Activities running in the grant period (newest first), optionally those whose title contains `search`."""
        with self.db.reading() as session:
            period = _live(session, GrantPeriod, grant_period_id, "Bevillingsperioden")
            targets = (select(ActivityTarget.activity_id, func.count().label("n"))
                       .where(ActivityTarget.deleted_at.is_(None), ActivityTarget.grant_period_id == grant_period_id)
                       .group_by(ActivityTarget.activity_id).subquery())
            query = (select(Activity.id, Activity.title, Estate.name, Activity.season, Activity.start_date,
                            Activity.end_date, func.coalesce(targets.c.n, 0))
                     .join(Estate, Estate.id == Activity.estate_id)
                     .outerjoin(targets, targets.c.activity_id == Activity.id)
                     .where(Activity.deleted_at.is_(None), Activity.start_date <= period.end_date,
                            Activity.end_date >= period.start_date)
                     .order_by(Activity.start_date.desc(), Activity.title))
            rows = session.execute(query).all()
        # Matched in Python, so that "æl" finds "Ældrecafé" (SQL lower() only knows a–z on SQLite).
        words = search_text(search).casefold()
        found = [ActivityChoice(*row) for row in rows if not words or words in row.title.casefold()]
        return found[:limit]

    def targets(self, activity_id: str) -> list[TargetInfo]:
        with self.db.reading() as session:
            rows = session.execute(select(ActivityTarget.id, ActivityTarget.grant_period_id, ActivityTarget.metric,
                                          ActivityTarget.year, ActivityTarget.target_value)
                                   .where(ActivityTarget.activity_id == activity_id,
                                          ActivityTarget.deleted_at.is_(None))).all()
        infos = [TargetInfo(*row) for row in rows]
        order = {m.value: i for i, m in enumerate(TargetMetric)}
        return sorted(infos, key=lambda t: (order.get(t.metric, 99), t.year or 0))

    def save_targets(self, activity_id: str, grant_period_id: str, drafts: list[TargetDraft],
                     actor_id: str | None = None) -> list[TargetInfo]:
        """Replace the activity's targets in the grant period with `drafts`, all or nothing."""
        with self.db.transaction() as session:
            activity = _live(session, Activity, activity_id, "Aktiviteten")
            period = _live(session, GrantPeriod, grant_period_id, "Bevillingsperioden")
            checked = [_checked_target(d, period, n) for n, d in enumerate(drafts, start=1)]
            seen: set[tuple[str, int | None]] = set()
            for d in checked:
                if (d.metric, d.year) in seen:
                    when = d.year or "hele perioden"
                    raise ValidationError(f"Måltallet »{metric_label(d.metric)}« for {when} står der to gange. "
                                          "Du kan slette den ene linje.", "targets")
                seen.add((d.metric, d.year))
            existing = {(t.metric, t.year): t for t in session.scalars(select(ActivityTarget).where(
                ActivityTarget.activity_id == activity_id, ActivityTarget.grant_period_id == grant_period_id,
                ActivityTarget.deleted_at.is_(None)))}
            for key, row in existing.items():
                if key not in seen:
                    row.deleted_at = utcnow()
            for d in checked:
                current = existing.get((d.metric, d.year))
                if current is None:
                    session.add(ActivityTarget(activity_id=activity_id, grant_period_id=grant_period_id,
                                               metric=d.metric, year=d.year, target_value=d.target_value))
                elif current.target_value != d.target_value:
                    current.target_value = d.target_value
            audit.record(session, "ret måltal", staff_id=actor_id, table_name="activities", row_id=activity_id,
                         detail=f"{activity.title}: {len(checked)} måltal")
        return [t for t in self.targets(activity_id) if t.grant_period_id == grant_period_id]

    # --- Helpers ---------------------------------------------------------------------

    def _period(self, period_id: str) -> GrantPeriodInfo:
        return next(p for p in self.grant_periods() if p.id == period_id)

    @staticmethod
    def _checked_period(name: str, start: date | None, end: date | None) -> tuple[str, date, date]:
        name = required_text(name, "periodens navn", "name", 120)
        if start is None or end is None:
            raise ValidationError("Udfyld både første og sidste dag i bevillingsperioden.",
                                  "start" if start is None else "end")
        if end <= start:
            raise ValidationError(f"Sidste dag ({short_date(end)}) skal ligge efter første dag ({short_date(start)}).",
                                  "end")
        if (end - start).days > 366 * 12:
            raise ValidationError("En bevillingsperiode kan højst vare 12 år. Tjek årstallene.", "end")
        return name, start, end

    @staticmethod
    def _overlapping(session: Session, start: date, end: date, period_id: str | None) -> str | None:
        query = select(GrantPeriod.name).where(GrantPeriod.deleted_at.is_(None), GrantPeriod.start_date <= end,
                                               GrantPeriod.end_date >= start)
        if period_id:
            query = query.where(GrantPeriod.id != period_id)
        return session.scalars(query).first()

    def _no_overlap(self, session: Session, start: date, end: date, period_id: str | None) -> None:
        clash = self._overlapping(session, start, end, period_id)
        if clash:
            raise ValidationError(f"Perioden overlapper »{clash}«. En dag kan kun høre til én bevillingsperiode; "
                                  "du kan rette datoerne.", "start")

    @staticmethod
    def _unique_period_name(session: Session, name: str, period_id: str | None) -> None:
        # Compared in Python: SQLite's lower() leaves æ, ø, å alone.
        names = session.execute(select(GrantPeriod.id, GrantPeriod.name).where(GrantPeriod.deleted_at.is_(None)))
        if any(row_id != period_id and other.casefold() == name.casefold() for row_id, other in names):
            raise ValidationError(f"Der findes allerede en bevillingsperiode ved navn »{name}«.", "name")

    @staticmethod
    def _unique_area_name(session: Session, period_id: str, name: str, area_id: str | None) -> None:
        names = session.execute(select(FocusArea.id, FocusArea.name).where(FocusArea.grant_period_id == period_id,
                                                                           FocusArea.deleted_at.is_(None)))
        for row_id, other in names:
            if row_id != area_id and other.casefold() == name.casefold():
                raise ValidationError(f"Perioden har allerede indsatsområdet »{other}«.", "name")


def _live(session: Session, model: type[Any], row_id: str, label: str) -> Any:
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"{label} findes ikke længere. Den kan være slettet på en anden pc.")
    return row


def _area_name(name: str) -> str:
    return required_text(name, "indsatsområdets navn", "name", 120)


def _no_duplicates(names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise ValidationError(f"Indsatsområdet »{name}« står der to gange.", "focus_areas")
        seen.add(name.casefold())


def _checked_target(draft: TargetDraft, period: GrantPeriod, line: int) -> TargetDraft:
    if draft.metric not in METRIC_LABELS:
        raise ValidationError(f"Linje {line}: vælg hvad måltallet tæller.", "targets")
    if draft.year is not None and not period.start_date.year <= draft.year <= period.end_date.year:
        raise ValidationError(f"Linje {line}: året {draft.year} ligger uden for »{period.name}« "
                              f"({period.start_date.year}{EN_DASH}{period.end_date.year}). Vælg et år i perioden "
                              "eller »hele perioden«.", "targets")
    value = draft.target_value
    if value is None or value < 1:
        raise ValidationError(f"Linje {line}: målet skal være mindst 1.", "targets")
    if value > MAX_TARGET:
        raise ValidationError(f"Linje {line}: målet {value} er urimeligt stort. Ret tallet.", "targets")
    return draft

