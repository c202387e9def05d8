"""Reports: build one for a period, estates and focus areas; export it as XLSX, CSV or PDF.

The page, the command line and the tests all come through here. Exports always hide small
counts (the file leaves the office); the page hides them only when its setting asks.
Every export is written to a temporary file and renamed (never half a file), refuses an
empty result with a message instead of an empty file, and goes to the audit log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import ColumnElement, Row, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from ...domain.enums import StaffRole
from ...domain.report_layout import Report, ReportMeta
from ...errors import AppError, ValidationError
from ...storage.engine import Database
from ...storage.models import (
    AdviceTopic,
    AdviceVisit,
    AdviceVisitReferral,
    AdviceVisitTopic,
    Estate,
    FocusArea,
    ReferralTarget,
    StaffMember,
)
from .. import audit
from ..audited_files import publish_audited, write_bytes
from . import exports
from .figures import ReportRequest, compute_figures
from .periods import COPENHAGEN, ReportPeriod, check_against_grant_periods, local_day_bounds
from .plan import PlanService
from .tables import build_report

Progress = Callable[[int, str], None]
# One visit of the raw list, as exports.RAW_VISIT_COLUMNS: local time, office, home estate, topics, referrals,
# language, interpreter ("Ja"/"Nej"), age band, gender, minutes, follow-up due, follow-up done.
RawVisitRow = tuple[datetime, str, str | None, str | None, str | None, str | None, str, str | None, str | None,
                    int | None, date | None, date | None]
# The query's visits the raw list is made from (see raw_visit_rows).
VisitRecord = Row[tuple[str, datetime, str, str | None, str | None, bool, str | None, str | None, int | None,
                        date | None, datetime | None]]


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    PDF = "pdf"


class EmptyReportError(AppError):
    """Nothing to report for the choices: said in words instead of an empty file."""


@dataclass(frozen=True)
class ReportChoices:
    period: ReportPeriod
    estate_ids: tuple[str, ...] = ()
    focus_area_ids: tuple[str, ...] = ()


class ReportService:
    def __init__(self, db: Database, today: date | None = None):
        self.db = db
        self.today = today

    def build(self, choices: ReportChoices, hide_small: bool = False) -> Report:
        plan = PlanService(self.db)
        periods = plan.grant_periods()
        notes = check_against_grant_periods(choices.period, [p.span for p in periods])
        estates, areas = self._check_choices(choices)
        request = ReportRequest(choices.period.start, choices.period.end, tuple(choices.estate_ids),
                                tuple(choices.focus_area_ids), today=self.today)
        figures = compute_figures(self.db, request)
        overlapping = [p.name for p in periods if p.start <= choices.period.end and p.end >= choices.period.start]
        meta = ReportMeta(
            plan_name=plan.plan_name(fallback=" / ".join(overlapping) or "Boligsocial helhedsplan"),
            period_label=choices.period.label,
            start=choices.period.start,
            end=choices.period.end,
            estates_text=", ".join(estates) if choices.estate_ids else "alle",
            focus_areas_text=", ".join(areas) if choices.focus_area_ids else "alle",
            made_on=self.today or date.today(),
            notes=tuple(notes),
        )
        return build_report(figures, meta, hide_small)

    def export(self, choices: ReportChoices, fmt: ExportFormat | str, target: Path, *, staff_id: str | None = None,
               progress: Progress | None = None) -> Report:
        fmt = _format(fmt)
        _step(progress, 5, "Regner tallene ud …")
        report = self.build(choices, hide_small=True)
        if report.is_empty:
            raise EmptyReportError(self.empty_message(report))
        _step(progress, 60, "Skriver filen …")
        if fmt is ExportFormat.XLSX:
            data = exports.report_xlsx(report)
        elif fmt is ExportFormat.CSV:
            data = exports.report_csv(report)
        else:
            from ...pdf.status_report import status_report_pdf

            data = status_report_pdf(report)

        def publish(session: Session, temporary: Path) -> None:  # the audit row and the file appear together
            write_bytes(temporary, data)
            audit.record(session, "eksport af rapport", staff_id=staff_id,
                         detail=f"{fmt.value}: {report.meta.period_label}; afdelinger: {report.meta.estates_text}; "
                                f"indsatsområder: {report.meta.focus_areas_text}")

        publish_audited(self.db, Path(target), publish)
        _step(progress, 100, "Rapporten er gemt.")
        return report

    @staticmethod
    def empty_message(report: Report) -> str:
        where = "" if report.meta.estates_text == "alle" else f" i {report.meta.estates_text}"
        return (f"Der er ingen aktiviteter, rådgivningsbesøg, ambassadører eller måltal{where} i perioden "
                f"{report.meta.period_label} ({report.meta.span_text}), så der er ikke lavet nogen fil. "
                "Du kan vælge en anden periode eller flere afdelinger.")

    # --- Raw visit list --------------------------------------------------------------

    def export_raw_visits(self, choices: ReportChoices, target: Path, *, staff_id: str | None = None,
                          progress: Progress | None = None) -> int:
        """Every advice visit of the period as one XLSX row (anonymous fields only); returns the number.

        The list is about single visits, so it is for coordinators, advisers and administrators,
        not student helpers; the export is audit-logged.
        """
        def refuse_helpers(session: Session) -> None:
            if staff_id is None:
                return
            role = session.scalar(select(StaffMember.role).where(StaffMember.id == staff_id))
            if role == StaffRole.HELPER.value:
                raise ValidationError("Listen over rådgivningsbesøg kan kun hentes af koordinatorer, rådgivere og "
                                      "administratorer. Du kan bede en af dem om den.")

        with self.db.reading() as session:
            refuse_helpers(session)
        _step(progress, 1, "Henter besøgene …")
        rows = self.raw_visit_rows(choices)
        _step(progress, 5, "Skriver besøgene …")

        def publish(session: Session, temporary: Path) -> int:  # decided, audited and shown in one transaction
            refuse_helpers(session)
            count = exports.raw_visits_xlsx(rows, temporary, progress)
            audit.record(session, "eksport af rådgivningsbesøg", staff_id=staff_id, table_name="advice_visits",
                         detail=f"{count} besøg, {choices.period.label}: {Path(target).name}")
            return count

        return publish_audited(self.db, Path(target), publish)

    def raw_visit_rows(self, choices: ReportChoices) -> list[RawVisitRow]:
        """The visits of the period as rows of exports.RAW_VISIT_COLUMNS (no notes, names or tokens)."""
        check_against_grant_periods(choices.period, [p.span for p in PlanService(self.db).grant_periods()])
        self._check_choices(choices)
        with self.db.reading() as session:
            low, high = local_day_bounds(choices.period.start, choices.period.end)
            filters: list[ColumnElement[bool]] = [AdviceVisit.visited_at >= low, AdviceVisit.visited_at < high,
                                                  AdviceVisit.deleted_at.is_(None)]
            if choices.estate_ids:
                filters.append(AdviceVisit.office_estate_id.in_(choices.estate_ids))
            home = aliased(Estate)
            rows = session.execute(
                select(AdviceVisit.id, AdviceVisit.visited_at, Estate.name, home.name, AdviceVisit.language,
                       AdviceVisit.interpreter_used, AdviceVisit.age_band, AdviceVisit.gender,
                       AdviceVisit.duration_minutes, AdviceVisit.follow_up_due, AdviceVisit.follow_up_done_at)
                .join(Estate, Estate.id == AdviceVisit.office_estate_id)
                .outerjoin(home, home.id == AdviceVisit.estate_id)
                .where(*filters).order_by(AdviceVisit.visited_at)).all()
            if not rows:
                raise EmptyReportError(f"Der er ingen rådgivningsbesøg i perioden {choices.period.label} "
                                       f"({choices.period.span_text}), så der er ikke lavet nogen fil.")
            topics = _names_per_visit(session, filters, AdviceVisitTopic, AdviceVisitTopic.topic_id, AdviceTopic)
            referrals = _names_per_visit(session, filters, AdviceVisitReferral,
                                         AdviceVisitReferral.referral_target_id, ReferralTarget)
        return list(_raw_rows(rows, topics, referrals))

    # --- Helpers ---------------------------------------------------------------------

    def _check_choices(self, choices: ReportChoices) -> tuple[list[str], list[str]]:
        with self.db.reading() as session:
            estates = dict(session.execute(select(Estate.id, Estate.name).where(Estate.deleted_at.is_(None)))
                           .tuples().all())
            areas = dict(session.execute(select(FocusArea.id, FocusArea.name)
                                         .where(FocusArea.deleted_at.is_(None))).tuples().all())
        unknown = [e for e in choices.estate_ids if e not in estates]
        if unknown:
            raise ValidationError(f"Afdelingen »{unknown[0]}« findes ikke. Du kan vælge en af disse: "
                                  + ", ".join(f"{name} ({row_id})" for row_id, name in estates.items()), "estates")
        unknown = [a for a in choices.focus_area_ids if a not in areas]
        if unknown:
            raise ValidationError("Et af de valgte indsatsområder findes ikke længere. Du kan vælge dem igen.",
                                  "focus_areas")
        return [estates[e] for e in choices.estate_ids], [areas[a] for a in choices.focus_area_ids]


def _format(fmt: ExportFormat | str) -> ExportFormat:
    try:
        return ExportFormat(str(fmt).lower().lstrip("."))
    except ValueError:
        raise ValidationError(f"Formatet »{fmt}« kendes ikke. Vælg xlsx, csv eller pdf.", "format") from None


def _step(progress: Progress | None, percent: int, text: str) -> None:
    if progress is not None:
        progress(percent, text)


def _names_per_visit(session: Session, filters: list[ColumnElement[bool]],
                     link: type[AdviceVisitTopic] | type[AdviceVisitReferral], link_column: InstrumentedAttribute[str],
                     names_model: type[AdviceTopic] | type[ReferralTarget]) -> dict[str, str]:
    names: dict[str, list[str]] = {}
    query = (select(link.visit_id, names_model.name)
             .join(names_model, names_model.id == link_column)
             .join(AdviceVisit, AdviceVisit.id == link.visit_id)
             .where(link.deleted_at.is_(None), *filters)
             .order_by(link.visit_id, names_model.sort_order))
    for visit_id, name in session.execute(query):
        names.setdefault(visit_id, []).append(name)
    return {visit_id: ", ".join(items) for visit_id, items in names.items()}


def _raw_rows(rows: Sequence[VisitRecord], topics: dict[str, str], referrals: dict[str, str]
             ) -> Iterator[RawVisitRow]:
    for (visit_id, visited_at, office, home, language, interpreter, age_band, gender, minutes, follow_due,
         follow_done) in rows:
        local = visited_at.astimezone(COPENHAGEN).replace(tzinfo=None)  # Excel has no time zones
        done = follow_done.astimezone(COPENHAGEN).date() if follow_done else None
        yield (local, office, home, topics.get(visit_id), referrals.get(visit_id), language,
               "Ja" if interpreter else "Nej", age_band, gender, minutes, follow_due, done)
