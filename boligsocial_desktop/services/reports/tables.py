"""The report as tables and charts, the same for the page, XLSX, CSV and PDF.

`build_report` turns the raw figures into sections (one table each, one sheet each in
XLSX), records which cells are counts of people and which sums tie cells together, and
runs the suppression rule (see suppression.py) over all tables at once, so that a figure
shown in two places is hidden in both.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal

from ...domain.danish import danish_sort_key, short_date
from ...domain.enums import Gender, TargetMetric
from ...domain.report_layout import (
    SUPPRESSION_NOTE,
    Chart,
    ChartSeries,
    Column,
    Kind,
    Report,
    ReportMeta,
    RowStyle,
    Table,
)
from ...domain.rounding import round_half_up
from ...domain.vocabulary import AGE_BANDS
from .figures import ReportFigures, TargetLine
from .periods import BucketSize
from .suppression import Equation, chart_value, is_small, suppress

NO_FOCUS_AREA = "Uden indsatsområde"
# One colour per focus area, the same in the app and the PDF (colour-blind friendly order).
PALETTE = ("#1f5f8b", "#e08a2c", "#3a9d5d", "#b8433f", "#7a5ea8", "#8a6d3b", "#4aa3b5", "#c2549d")
NO_FOCUS_COLOUR = "#9a9a9a"

METRIC_LABELS = {
    TargetMetric.DIFFERENT_PARTICIPANTS.value: "Forskellige deltagere",
    TargetMetric.SESSIONS_HELD.value: "Gange afholdt",
    TargetMetric.TOTAL_ATTENDANCE.value: "Deltagere i alt",
    TargetMetric.ADVICE_VISITS.value: "Rådgivningsbesøg",
}
PEOPLE_METRICS = frozenset({TargetMetric.DIFFERENT_PARTICIPANTS.value, TargetMetric.TOTAL_ATTENDANCE.value,
                            TargetMetric.ADVICE_VISITS.value})
GENDER_LABELS = {Gender.FEMALE.value: "Kvinder", Gender.MALE.value: "Mænd", Gender.OTHER.value: "Andet",
                 Gender.UNKNOWN.value: "Ukendt"}
BUCKET_WORDS = {BucketSize.MONTH: "måned", BucketSize.QUARTER: "kvartal", BucketSize.YEAR: "år"}


ESTIMATE = "skøn"
COUNTED = "optalt"


Cell = str | int | float | None  # one cell of a table row: a text, a figure or nothing
Row = tuple[Cell, ...]
CellId = tuple[str, int, int]  # (table key, row, column)


def metric_label(metric: str, estimate: bool = False) -> str:
    label = METRIC_LABELS.get(metric, metric)
    return f"{label} ({ESTIMATE})" if estimate else label


class _Builder:
    """Collects tables with the facts suppression needs: values, people counts, sums."""

    def __init__(self) -> None:
        self.drafts: list[Table] = []
        self.values: dict[CellId, float] = {}
        self.sensitive: set[CellId] = set()
        self.equations: list[Equation[CellId]] = []
        self.derived: list[tuple[CellId, CellId]] = []

    def add(self, key: str, title: str, columns: list[Column], rows: Sequence[Row], styles: list[RowStyle],
            kinds: dict[tuple[int, int], Kind] | None = None, *, note: str = "", empty_text: str = "",
            progress_column: int | None = None) -> None:
        kinds = kinds or {}
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                kind = kinds.get((r, c), columns[c].kind)
                if kind is Kind.TEXT or not isinstance(value, (int, float)):
                    continue
                self.values[(key, r, c)] = value
                if kind is Kind.COUNT:
                    self.sensitive.add((key, r, c))
        self.drafts.append(Table(key=key, title=title, columns=tuple(columns), rows=tuple(rows), styles=tuple(styles),
                                 kinds=kinds, note=note, progress_column=progress_column, empty_text=empty_text))

    def sums(self, key: str, parts: list[tuple[int, int]], total: tuple[int, int]) -> None:
        self.equations.append(Equation(tuple((key, r, c) for r, c in parts), (key, *total)))

    def same(self, a: CellId, b: CellId) -> None:
        self.equations.append(Equation((a,), b))

    def build(self, hide_small: bool) -> tuple[Table, ...]:
        marks: dict[str, dict[tuple[int, int], str]] = {d.key: {} for d in self.drafts}
        if hide_small:
            result = suppress(self.values, self.sensitive, self.equations, self.derived)
            for cell in result.hidden:
                key, r, c = cell
                mark = result.mark(cell)
                if mark is not None:  # (always: a hidden cell has a mark)
                    marks[key][(r, c)] = mark
        return tuple(replace(d, marks=marks[d.key]) for d in self.drafts)


def build_report(figures: ReportFigures, meta: ReportMeta, hide_small: bool) -> Report:
    builder = _Builder()
    areas = _areas_in_use(figures)
    _about(builder, meta, hide_small)
    _overview(builder, figures)
    _activities(builder, figures, areas)
    _age_gender(builder, figures)
    _participants(builder, figures)
    _over_time(builder, figures, areas)
    _targets(builder, figures)
    _advice(builder, figures)
    _ambassadors(builder, figures)
    charts = _charts(figures, areas, hide_small)
    return Report(meta, builder.build(hide_small), charts, hide_small, figures.is_empty)


# --- Sections ------------------------------------------------------------------------


def _about(b: _Builder, meta: ReportMeta, hide_small: bool) -> None:
    rows = [("Helhedsplan", meta.plan_name), ("Periode", meta.period_label),
            ("Datoer", meta.span_text),
            ("Afdelinger", meta.estates_text), ("Indsatsområder", meta.focus_areas_text),
            ("Lavet", short_date(meta.made_on))]
    if hide_small:
        rows.append(("Små tal", SUPPRESSION_NOTE))
    rows += [("Bemærk", note) for note in meta.notes]
    b.add("om", "Om rapporten", [Column("Oplysning", Kind.TEXT, 18), Column("Værdi", Kind.TEXT, 90)], rows,
          [RowStyle.NORMAL] * len(rows))


OVERVIEW_ROWS = ("held", "cancelled", "attendance", "new", "returning", "volunteer_hours", "visits", "visitors",
                 "ambassadors", "welcome_on_time", "participants")


def _overview(b: _Builder, f: ReportFigures) -> None:
    acts, advice, amb = f.activities, f.advice, f.ambassadors
    rows = [
        ("Gange afholdt", sum(a.held for a in acts), Kind.NUMBER),
        ("Gange aflyst", sum(a.cancelled for a in acts), Kind.NUMBER),
        ("Fremmøde i alt", sum(a.attendance for a in acts), Kind.COUNT),
        ("Nye deltagere", sum(a.new for a in acts), Kind.COUNT),
        ("Gengangere", sum(a.returning for a in acts), Kind.COUNT),
        ("Frivillige timer ved aktiviteter", _hours_total(a.volunteer_hours for a in acts), Kind.HOURS),
        ("Rådgivningsbesøg", advice.visits, Kind.COUNT),
        ("Forskellige besøgende (højst)", advice.different_visitors, Kind.COUNT),
        ("Aktive ambassadører", amb.active, Kind.COUNT),
        ("Velkomstbesøg udført til tiden", amb.welcome_on_time, Kind.COUNT),
        ("Forskellige deltagere ved aktiviteter med tilmelding", sum(f.participants.values()), Kind.COUNT),
    ]
    b.add("overblik", "Nøgletal", [Column("Nøgletal", Kind.TEXT, 36), Column("Antal", Kind.NUMBER, 14)],
          [(label, value) for label, value, _ in rows], [RowStyle.NORMAL] * len(rows),
          kinds={(r, 1): kind for r, (_, _, kind) in enumerate(rows)})


ACTIVITY_COLUMNS = [Column("Indsatsområde", Kind.TEXT, 30), Column("Aktivitet", Kind.TEXT, 34),
                    Column("Afdeling", Kind.TEXT, 18), Column("Gange afholdt", Kind.NUMBER, 10),
                    Column("Gange aflyst", Kind.NUMBER, 10), Column("Fremmøde", Kind.COUNT, 11),
                    Column("Nye", Kind.COUNT, 9), Column("Gengangere", Kind.COUNT, 11),
                    Column("Frivillige timer", Kind.HOURS, 10), Column("Forskellige deltagere", Kind.COUNT, 11),
                    Column("Opgjort som", Kind.TEXT, 9)]
ATTENDANCE, NEW, RETURNING, HOURS, DIFFERENT = 5, 6, 7, 8, 9


def _activities(b: _Builder, f: ReportFigures, areas: list[str | None]) -> None:
    key = "aktiviteter"
    rows: list[Row] = []
    styles: list[RowStyle] = []
    subtotal_rows: list[int] = []
    for area in areas:
        lines = sorted((a for a in f.activities if a.focus_area_id == area),
                       key=lambda a: (danish_sort_key(a.title), danish_sort_key(f.estates.get(a.estate_id, ""))))
        if not lines:
            continue
        name = _area_name(f, area)
        first = len(rows)
        for line in lines:
            counted = line.different is not None
            rows.append((name, line.title, f.estates.get(line.estate_id, ""), line.held, line.cancelled,
                         line.attendance, line.new, line.returning, _hours(line.volunteer_hours),
                         line.different if counted else line.new, COUNTED if counted else ESTIMATE))
            styles.append(RowStyle.NORMAL)
            if not counted:  # the estimate is the new participants: hidden together
                b.same((key, len(rows) - 1, NEW), (key, len(rows) - 1, DIFFERENT))
        part_rows = list(range(first, len(rows)))
        # Different participants do not add up over activities (one person, two activities): no total.
        rows.append((name, f"I alt for {name}", "", *_column_sums(rows, part_rows, 3, HOURS + 1), None, ""))
        styles.append(RowStyle.SUBTOTAL)
        subtotal_rows.append(len(rows) - 1)
        for c in (ATTENDANCE, NEW, RETURNING):
            b.sums(key, [(r, c) for r in part_rows], (len(rows) - 1, c))
    if rows:
        rows.append(("I alt", "Alle aktiviteter", "", *_column_sums(rows, subtotal_rows, 3, HOURS + 1), None, ""))
        styles.append(RowStyle.TOTAL)
        for c in (ATTENDANCE, NEW, RETURNING):
            b.sums(key, [(r, c) for r in subtotal_rows], (len(rows) - 1, c))
        for r in range(len(rows)):  # new + returning = attendance, where it is so
            b.sums(key, [(r, NEW), (r, RETURNING)], (r, ATTENDANCE))
        total = len(rows) - 1
        for c, overview_row in ((ATTENDANCE, 2), (NEW, 3), (RETURNING, 4)):
            b.same((key, total, c), ("overblik", overview_row, 1))
    b.add(key, "Aktiviteter", ACTIVITY_COLUMNS, rows, styles,
          note="Aktiviteter, der går igen i flere sæsoner, er lagt sammen under deres navn. Forskellige deltagere "
               "er optalt (hver person én gang) ved aktiviteter med tilmelding og afkrydsning; ved de andre er tallet "
               "et skøn: nye deltagere lagt sammen.",
          empty_text="Ingen aktiviteter i perioden.")


def _age_gender(b: _Builder, f: ReportFigures) -> None:
    key = "alder_koen"
    bands = list(AGE_BANDS) + sorted({band for band, _ in f.age_gender} - set(AGE_BANDS))
    genders = [g for g in GENDER_LABELS if any(g == gender for _, gender in f.age_gender)]
    genders += sorted({gender for _, gender in f.age_gender} - set(genders))
    if not genders:
        genders = [Gender.FEMALE.value, Gender.MALE.value]
    columns = [Column("Aldersgruppe", Kind.TEXT, 16)]
    columns += [Column(GENDER_LABELS.get(g, g.capitalize()), Kind.COUNT, 11) for g in genders]
    columns.append(Column("I alt", Kind.COUNT, 11))
    n = len(genders)
    rows: list[Row] = []
    if f.age_gender:
        for band in bands:
            cells = [f.age_gender.get((band, g), 0) for g in genders]
            rows.append((f"{band} år", *cells, sum(cells)))
        rows.append(("I alt", *_column_sums(rows, list(range(len(bands))), 1)))
        total_row = len(rows) - 1
        for r in range(len(rows)):
            b.sums(key, [(r, c) for c in range(1, n + 1)], (r, n + 1))
        for c in range(1, n + 2):
            b.sums(key, [(r, c) for r in range(len(bands))], (total_row, c))
        b.same((key, total_row, n + 1), ("overblik", 2, 1))  # ties in only when it is the same number
    b.add(key, "Alder og køn", columns, rows, [RowStyle.NORMAL] * (len(rows) - 1) + [RowStyle.TOTAL] * bool(rows),
          note="Fremmøde ved afholdte gange fordelt på aldersgruppe og køn.",
          empty_text="Ingen optællinger på aldersgruppe og køn i perioden.")


def _participants(b: _Builder, f: ReportFigures) -> None:
    """Different persons over all activities with sign-ups together, by age band and gender."""
    key = "forskellige_deltagere"
    counts = f.participants
    bands = list(AGE_BANDS) + sorted({band for band, _ in counts} - set(AGE_BANDS))
    genders = [g for g in GENDER_LABELS if any(g == gender for _, gender in counts)]
    genders += sorted({gender for _, gender in counts} - set(genders))
    columns = [Column("Aldersgruppe", Kind.TEXT, 16)]
    columns += [Column(GENDER_LABELS.get(g, g.capitalize()), Kind.COUNT, 11) for g in genders]
    columns.append(Column("I alt", Kind.COUNT, 11))
    n = len(genders)
    rows: list[Row] = []
    if counts:
        for band in bands:
            cells = [counts.get((band, g), 0) for g in genders]
            rows.append((f"{band} år" if band else "Ukendt", *cells, sum(cells)))
        rows.append(("I alt", *_column_sums(rows, list(range(len(bands))), 1)))
        total_row = len(rows) - 1
        for r in range(len(rows)):
            b.sums(key, [(r, c) for c in range(1, n + 1)], (r, n + 1))
        for c in range(1, n + 2):
            b.sums(key, [(r, c) for r in range(len(bands))], (total_row, c))
        b.same((key, total_row, n + 1), ("overblik", 10, 1))
    b.add(key, "Forskellige deltagere", columns, rows,
          [RowStyle.NORMAL] * (len(rows) - 1) + [RowStyle.TOTAL] * bool(rows),
          note="Personer afkrydset ved afholdte gange af aktiviteter med tilmelding. Hver person tælles én gang, "
               "også når personen er med i flere aktiviteter.",
          empty_text="Ingen afkrydsede deltagere ved aktiviteter med tilmelding i perioden.")
    key = "deltagere_afdeling"
    per_estate = sorted(f.participants_by_estate.items(),
                        key=lambda kv: danish_sort_key(f.estates.get(kv[0] or "", "")))
    rows = [(f.estates.get(estate or "", "Ukendt afdeling"), n) for estate, n in per_estate]
    if rows:
        rows.append(("I alt", sum(n for _, n in per_estate)))
        b.sums(key, [(r, 1) for r in range(len(rows) - 1)], (len(rows) - 1, 1))
        b.same((key, len(rows) - 1, 1), ("forskellige_deltagere", len(bands), n + 1))
    b.add(
        key,
        "Forskellige deltagere pr. afd.",
        [Column("Afdeling", Kind.TEXT, 24), Column("Deltagere", Kind.COUNT, 12)],
        rows,
        [RowStyle.NORMAL] * (len(rows) - 1) + [RowStyle.TOTAL] * bool(rows),
        note="Afdelingen, hvor personen er tilmeldt. Hver person tælles én gang.",
        empty_text="Ingen afkrydsede deltagere ved aktiviteter med tilmelding i perioden.",
    )


def _over_time(b: _Builder, f: ReportFigures, areas: list[str | None]) -> None:
    key = "over_tid"
    word = BUCKET_WORDS[f.buckets[0].size] if f.buckets else "måned"
    used = [a for a in areas if any(t.focus_area_id == a and t.attendance for t in f.over_time)]
    columns = [Column(word.capitalize(), Kind.TEXT, 18)]
    columns += [Column(_area_name(f, a), Kind.COUNT, 14) for a in used]
    columns += [Column("Fremmøde i alt", Kind.COUNT, 12), Column("Gange afholdt", Kind.NUMBER, 10)]
    cells = {(t.bucket, t.focus_area_id): t for t in f.over_time}
    rows: list[Row] = []
    if f.over_time:
        for index, bucket in enumerate(f.buckets):
            values = [cells[(index, a)].attendance if (index, a) in cells else 0 for a in used]
            held = sum(t.held for (i, _), t in cells.items() if i == index)
            rows.append((bucket.label, *values, sum(values), held))
        rows.append(("I alt", *_column_sums(rows, list(range(len(f.buckets))), 1)))
        n, total_row = len(used), len(rows) - 1
        for r in range(len(rows)):
            b.sums(key, [(r, c) for c in range(1, n + 1)], (r, n + 1))
        for c in range(1, n + 2):
            b.sums(key, [(r, c) for r in range(len(f.buckets))], (total_row, c))
        b.same((key, total_row, n + 1), ("overblik", 2, 1))
    b.add(key, f"Fremmøde pr. {word}", columns, rows,
          [RowStyle.NORMAL] * (len(rows) - 1) + [RowStyle.TOTAL] * bool(rows),
          note="Fremmøde ved afholdte gange, fordelt på indsatsområder.",
          empty_text="Ingen afholdte gange i perioden.")


def _targets(b: _Builder, f: ReportFigures) -> None:
    key = "maaltal"
    columns = [Column("Aktivitet", Kind.TEXT, 34), Column("Afdeling", Kind.TEXT, 18), Column("Sæson", Kind.TEXT, 14),
               Column("Måltal", Kind.TEXT, 22), Column("Gælder", Kind.TEXT, 14), Column("Opgjort til", Kind.TEXT, 12),
               Column("Mål", Kind.NUMBER, 9), Column("Opnået", Kind.COUNT, 9), Column("Opfyldt", Kind.PERCENT, 10)]
    rows: list[Row] = []
    kinds: dict[tuple[int, int], Kind] = {}
    for r, t in enumerate(f.targets):
        rows.append((t.title, f.estates.get(t.estate_id, ""), t.season or "", metric_label(t.metric, t.estimate),
                     str(t.year) if t.year else "Hele perioden", short_date(t.measured_to), t.target,
                     _whole(t.actual), _progress(t)))
        if t.metric not in PEOPLE_METRICS:
            kinds[(r, 7)] = Kind.NUMBER
        b.derived.append(((key, r, 7), (key, r, 8)))
    b.add(key, "Måltal", columns, rows, [RowStyle.NORMAL] * len(rows), kinds=kinds, progress_column=8,
          note="Opgjort fra årets (eller bevillingsperiodens) start til rapportens slutdato.",
          empty_text="Ingen måltal for aktiviteterne i perioden.")


def _advice(b: _Builder, f: ReportFigures) -> None:
    a = f.advice
    key = "raadgivning"
    rows = [("Besøg i alt", a.visits), ("Besøg med gentagelsesnøgle", a.visits_with_token),
            ("Besøg uden gentagelsesnøgle", a.visits_without_token),
            ("Forskellige besøgende med nøgle", a.visitors_with_token),
            ("– heraf kommet mere end én gang", a.repeat_visitors),
            ("Forskellige besøgende i alt (højst)", a.different_visitors)]
    b.add(key, "Rådgivning – besøgende", [Column("Besøg og besøgende", Kind.TEXT, 40), Column("Antal", Kind.COUNT, 12)],
          rows if a.visits else [], [RowStyle.NORMAL] * (len(rows) if a.visits else 0),
          note="Besøgende uden gentagelsesnøgle tælles én gang pr. besøg, så tallet er et højeste bud.",
          empty_text="Ingen rådgivningsbesøg i perioden.")
    if a.visits:
        b.sums(key, [(1, 1), (2, 1)], (0, 1))
        b.sums(key, [(3, 1), (2, 1)], (5, 1))
        b.same((key, 0, 1), ("overblik", 6, 1))
        b.same((key, 5, 1), ("overblik", 7, 1))
    for sub, title, column, pairs in (("raadgivning_emner", "Rådgivning – emner", "Emne", a.by_topic),
                                      ("raadgivning_henvisninger", "Rådgivning – henvisninger", "Henvisning",
                                       a.by_referral)):
        shown = list(pairs) if a.visits else []
        b.add(sub, title, [Column(column, Kind.TEXT, 40), Column("Besøg", Kind.COUNT, 12)], shown,
              [RowStyle.NORMAL] * len(shown),
              note="Et besøg kan have flere emner og henvisninger, så tallene giver ikke antallet af besøg.",
              empty_text="Ingen rådgivningsbesøg i perioden.")
    key = "raadgivning_tid"
    word = BUCKET_WORDS[f.buckets[0].size] if f.buckets else "måned"
    per_bucket = dict(a.by_bucket)
    rows = [(bucket.label, per_bucket.get(i, 0)) for i, bucket in enumerate(f.buckets)] if a.visits else []
    if rows:
        rows.append(("I alt", a.visits))
        b.sums(key, [(r, 1) for r in range(len(rows) - 1)], (len(rows) - 1, 1))
        b.same((key, len(rows) - 1, 1), ("raadgivning", 0, 1))
    b.add(key, f"Rådgivning pr. {word}", [Column(word.capitalize(), Kind.TEXT, 18), Column("Besøg", Kind.COUNT, 12)],
          rows, [RowStyle.NORMAL] * (len(rows) - 1) + [RowStyle.TOTAL] * bool(rows),
          empty_text="Ingen rådgivningsbesøg i perioden.")


def _ambassadors(b: _Builder, f: ReportFigures) -> None:
    a = f.ambassadors
    key = "ambassadoerer"
    rows = [("Aktive ambassadører i perioden", a.active, Kind.COUNT),
            ("– heraf med mindst én udført opgave", a.with_done_duty, Kind.COUNT),
            ("Timer ved udførte opgaver", _hours(a.duty_hours), Kind.HOURS),
            ("Velkomstbesøg med frist i perioden", a.welcome_due, Kind.COUNT),
            ("– udført til tiden", a.welcome_on_time, Kind.COUNT),
            ("– udført for sent", a.welcome_late, Kind.COUNT),
            ("– frabedt af beboeren", a.welcome_declined, Kind.COUNT),
            ("– ikke udført", a.welcome_not_done, Kind.COUNT),
            ("Andel udført til tiden (frabedte ikke medregnet)", a.welcome_on_time_share, Kind.PERCENT)]
    b.add(
        key,
        "Ambassadører",
        [Column("Ambassadører og velkomstbesøg", Kind.TEXT, 40), Column("Antal", Kind.NUMBER, 12)],
        [(label, value) for label, value, _ in rows],
        [RowStyle.NORMAL] * len(rows),
        kinds={(r, 1): kind for r, (_, _, kind) in enumerate(rows)},
        progress_column=None,
    )
    b.sums(key, [(4, 1), (5, 1), (6, 1), (7, 1)], (3, 1))
    b.derived.append(((key, 4, 1), (key, 8, 1)))
    b.derived.append(((key, 3, 1), (key, 8, 1)))
    b.derived.append(((key, 6, 1), (key, 8, 1)))
    b.same((key, 0, 1), ("overblik", 8, 1))
    b.same((key, 4, 1), ("overblik", 9, 1))


# --- Charts --------------------------------------------------------------------------


def _charts(f: ReportFigures, areas: list[str | None], hide_small: bool) -> tuple[Chart, ...]:
    categories = tuple(bucket.short_label for bucket in f.buckets)
    years, previous = [], None
    for bucket in f.buckets:
        year = "" if bucket.size is BucketSize.YEAR or bucket.start.year == previous else str(bucket.start.year)
        previous = bucket.start.year
        years.append(year)
    word = BUCKET_WORDS[f.buckets[0].size] if f.buckets else "måned"
    cells = {(t.bucket, t.focus_area_id): t.attendance for t in f.over_time}
    per_bucket = dict(f.advice.by_bucket)
    dropped = hide_small and any(is_small(v) for v in (*cells.values(), *per_bucket.values()))
    colours = area_colours(areas)
    series = []
    for area in areas:
        values = tuple(chart_value(cells.get((i, area), 0), hide_small) for i in range(len(f.buckets)))
        if any(values):
            series.append(ChartSeries(_area_name(f, area), colours[area], values))
    advice = ChartSeries("Rådgivningsbesøg", PALETTE[0],
                         tuple(chart_value(per_bucket.get(i, 0), hide_small) for i in range(len(f.buckets))))
    note = "Søjler under 5 er udeladt, så ingen kan genkendes." if dropped else ""
    return (Chart("fremmoede", f"Fremmøde pr. {word} fordelt på indsatsområder", categories, tuple(years),
                  tuple(series), note),
            Chart("raadgivning", f"Rådgivningsbesøg pr. {word}", categories, tuple(years),
                  (advice,) if any(advice.values) else (), note))


# --- Helpers -------------------------------------------------------------------------


def _areas_in_use(f: ReportFigures) -> list[str | None]:
    """Focus areas in plan order, then activities without one; only those with figures."""
    used = {a.focus_area_id for a in f.activities} | {t.focus_area_id for t in f.over_time}
    ordered: list[str | None] = [a for a in f.focus_area_order if a in used]
    ordered += sorted((a for a in used if a is not None and a not in f.focus_area_order), key=str)
    if None in used:
        ordered.append(None)
    return ordered


def _area_name(f: ReportFigures, area: str | None) -> str:
    return NO_FOCUS_AREA if area is None else f.focus_areas.get(area, "Ukendt indsatsområde")


def area_colours(areas: list[str | None]) -> dict[str | None, str]:
    """Colours in the order the areas are shown; activities without a focus area are grey."""
    real = [a for a in areas if a is not None]
    colours: dict[str | None, str] = {a: PALETTE[i % len(PALETTE)] for i, a in enumerate(real)}
    colours[None] = NO_FOCUS_COLOUR
    return colours


def _column_sums(rows: list[Row], which: list[int], first_column: int, stop: int | None = None
                 ) -> tuple[int | float, ...]:
    width = stop if stop is not None else len(rows[which[0]]) if which else 0
    sums: list[int | float] = []
    for c in range(first_column, width):
        total = sum(_figure(rows[r][c]) for r in which)
        # the parts are already rounded as printed, so the printed total is the sum of the printed parts
        sums.append(float(round_half_up(total, 2)) if isinstance(total, float) else total)
    return tuple(sums)


def _figure(cell: Cell) -> int | float:
    """A cell of a summed column: its figure (the columns summed hold figures only)."""
    if isinstance(cell, (int, float)):
        return cell
    raise TypeError(f"not a figure: {cell!r}")


def _whole(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(round_half_up(value, 2))


HOURS_DECIMALS = 1  # hours are printed with one decimal in the PDF, XLSX and CSV alike


def _hours(value: float) -> float:
    """Hours rounded as they are printed, so the totals made from them add up in print."""
    return float(round_half_up(value, HOURS_DECIMALS))


def _hours_total(values: Iterable[float]) -> float:
    """The sum of the hours as printed line by line (the activity table's total)."""
    return float(sum((round_half_up(v, HOURS_DECIMALS) for v in values), Decimal(0)))


def _progress(t: TargetLine) -> float:
    return t.actual / t.target if t.target else 0.0
