"""Printed ambassador rosters (ReportLab): the roster list, the week's shift plan, a personal schedule.

The content comes from `services.ambassadors.printouts` (which already left out phone
numbers without consent to share); this module only lays it out on A4. Text is set by
pdf/text.py with the bundled Noto fonts, as on the posters: a name or language written in
Arabic, Tigrinya, Polish or Turkish prints joined, in its direction and with the font
that has its letters, and every font is embedded.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.danish import clock_range_exact, long_date, short_date
from ..domain.printouts import PersonalSchedulePrint, PrintedShift, RosterPrint, WeekRosterPrint
from .bidi import isolate
from .fonts import Script, font_book
from .table_widths import fit_widths, widest_words
from .text import TextStyle, draw_line
from .text_flowable import TextFlowable

ACCENT = colors.HexColor("#1f5f8b")
LIGHT = colors.HexColor("#e8f0f6")
GRID = colors.HexColor("#b8c7d3")
NO_PHONE = "–"


GREY = colors.HexColor("#555555")


class _Styles:
    def __init__(self) -> None:
        self.font = font_book().font(Script.LATIN, False)  # the canvas's and the tables' own font
        self.title = TextStyle(18, bold=True, color=ACCENT, space_after=2 * mm)
        self.subtitle = TextStyle(10, color=colors.HexColor("#444444"), space_after=4 * mm)
        self.heading = TextStyle(12, bold=True, color=ACCENT, space_before=4 * mm, space_after=1.5 * mm)
        self.cell = TextStyle(9)
        self.head = TextStyle(9, bold=True, color=colors.white)
        self.small = TextStyle(8.5, color=GREY, space_after=2 * mm)
        self.note = TextStyle(8.5, color=GREY, space_before=3 * mm)

    def p(self, text: str, style: TextStyle | None = None) -> TextFlowable:
        return TextFlowable(text, style or self.cell)


CELL_PADDING = 12  # a Table's default left + right padding


def _table(styles: _Styles, header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    data = [[styles.p(h, styles.head) for h in header]]
    data += [[styles.p(cell) for cell in row] for row in rows]
    needed = widest_words(data, CELL_PADDING)
    fitted = fit_widths(widths, needed)
    if fitted is None:  # no word split mid-word: the cells too wide for any layout get a smaller size
        texts = [header, *rows]
        for column, width in enumerate(widths):
            for row, row_texts in zip(data, texts, strict=True):
                cell = row[column]
                if cell.min_width() + CELL_PADDING > width:
                    size = cell.style.size * (width - CELL_PADDING) / cell.min_width()
                    row[column] = styles.p(row_texts[column], replace(cell.style, size=size))
    widths = fitted or widths
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.font),  # a table's own default is Helvetica, never embedded
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _document(path: Path, title: str, printed: date, styles: _Styles) -> SimpleDocTemplate:
    path.parent.mkdir(parents=True, exist_ok=True)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        grey = colors.HexColor("#666666")
        draw_line(canvas, f"Udskrevet {long_date(printed)}", 18 * mm, 10 * mm, 8, color=grey)
        draw_line(canvas, f"Side {doc.page}", A4[0] - 18 * mm, 10 * mm, 8, color=grey, align="right")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=title, author="Boligsocial Desktop",
                            initialFontName=styles.font)
    doc._footer = footer
    return doc


def _build(doc: SimpleDocTemplate, story: list) -> None:
    doc.build(story, onFirstPage=doc._footer, onLaterPages=doc._footer)


CONSENT_NOTE = ("Telefonnumre står kun ved ambassadører, der har givet samtykke til at dele dem med de andre "
                "ambassadører. Listen er fortrolig: giv den ikke videre, og smid den ud, når den er forældet.")


def write_roster_pdf(path: Path, data: RosterPrint) -> Path:
    styles = _Styles()
    doc = _document(Path(path), data.title, data.printed, styles)
    story = [styles.p(data.title, styles.title),
             styles.p(f"{len(data.people)} ambassadører · {short_date(data.printed)}", styles.subtitle)]
    width = A4[0] - 36 * mm
    rows = [[p.name, p.estate_name, p.languages, p.phone or NO_PHONE] for p in data.people]
    if rows:
        story.append(_table(styles, ["Navn", "Afdeling", "Sprog", "Telefon"], rows,
                            [width * 0.30, width * 0.20, width * 0.32, width * 0.18]))
    else:
        story.append(styles.p("Ingen ambassadører passer til udvalget."))
    story.append(styles.p(CONSENT_NOTE, styles.note))
    _build(doc, story)
    return Path(path)


def _shift_rows(shifts: tuple[PrintedShift, ...], with_estate: bool = True) -> list[list[str]]:
    rows = []
    for s in shifts:
        staffed = len([n for n in s.people])
        need = f"{staffed} af {s.needed}" + (f" – mangler {s.needed - staffed}" if staffed < s.needed else "")
        what = s.kind.capitalize() + (f"\n{s.note}" if s.note else "")
        row = [clock_range_exact(s.start_time, s.end_time), what]
        if with_estate:
            row.append(s.estate_name)
        row += ["\n".join(s.people) or "–", need]
        rows.append(row)
    return rows


def write_week_roster_pdf(path: Path, data: WeekRosterPrint) -> Path:
    styles = _Styles()
    monday = data.monday - timedelta(days=data.monday.weekday())
    sunday = date.fromordinal(monday.toordinal() + 6)
    title = f"Vagtplan for beboerambassadører, uge {data.week_number}"
    doc = _document(Path(path), title, data.printed, styles)
    story = [styles.p(title, styles.title),
             styles.p(f"{long_date(monday)} – {long_date(sunday)}", styles.subtitle)]
    width = A4[0] - 36 * mm
    widths = [width * 0.16, width * 0.26, width * 0.18, width * 0.26, width * 0.14]
    header = ["Tid", "Opgave", "Afdeling", "Ambassadører", "Bemanding"]
    days = sorted({s.day for s in data.shifts})
    if not days:
        story.append(styles.p("Der er ingen vagter i denne uge."))
    for day in days:
        shifts = tuple(s for s in data.shifts if s.day == day)
        story.append(KeepTogether([styles.p(long_date(day).capitalize(), styles.heading),
                                   _table(styles, header, _shift_rows(shifts), widths)]))
    if data.contacts:
        story.append(Spacer(1, 3 * mm))
        story.append(styles.p("Ambassadører på vagt i ugen", styles.heading))
        story.append(styles.p(CONSENT_NOTE, styles.small))
        rows = [[p.name, p.estate_name, p.languages, p.phone or NO_PHONE] for p in data.contacts]
        story.append(_table(styles, ["Navn", "Afdeling", "Sprog", "Telefon"], rows,
                            [width * 0.30, width * 0.20, width * 0.32, width * 0.18]))
    _build(doc, story)
    return Path(path)


def write_personal_schedule_pdf(path: Path, data: PersonalSchedulePrint) -> Path:
    styles = _Styles()
    title = f"Vagtplan for {data.name}"
    doc = _document(Path(path), title, data.printed, styles)
    story = [styles.p(f"Vagtplan for {isolate(data.name)}", styles.title),
             styles.p(f"Beboerambassadør i {isolate(data.estate_name)} · fra {long_date(data.start)}",
                      styles.subtitle)]
    width = A4[0] - 36 * mm
    story.append(styles.p("Vagter", styles.heading))
    if data.shifts:
        rows = [[long_date(s.day).capitalize(), clock_range_exact(s.start_time, s.end_time),
                 s.kind.capitalize() + (f"\n{s.note}" if s.note else ""), s.estate_name] for s in data.shifts]
        story.append(_table(styles, ["Dag", "Tid", "Opgave", "Afdeling"], rows,
                            [width * 0.32, width * 0.2, width * 0.3, width * 0.18]))
    else:
        story.append(styles.p("Ingen vagter i perioden."))
    story.append(styles.p("Velkomstbesøg", styles.heading))
    if data.visits:
        rows = [[f"Senest {short_date(v.due_date)}", v.address, v.estate_name, v.languages or "–"] for v in data.visits]
        story.append(_table(styles, ["Hvornår", "Adresse", "Afdeling", "Husstandens sprog"], rows,
                            [width * 0.2, width * 0.35, width * 0.18, width * 0.27]))
    else:
        story.append(styles.p("Ingen planlagte velkomstbesøg."))
    story.append(styles.p("Kan du ikke komme? Giv besked til områdekontoret så hurtigt som muligt, så vi kan finde "
                          "en anden.", styles.note))
    _build(doc, story)
    return Path(path)
