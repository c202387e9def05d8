"""Printed sign-up matter on A4 (ReportLab), from the plain data in services.signups.printouts.

* the sign-up sheet for the notice board: title, when and where, seats left in large type,
  contact, the poster's QR code, and lines to sign up on paper (first name and initial, age,
  and a box for consent to be contacted);
* the month's tick-off list: the signed-up names and one column per session date, with a
  few blank rows for walk-ins (counted, not named). Boxes ticked in the program are shown.

Fonts: the bundled ones of pdf/fonts.py, embedded, as in the other PDFs.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.danish import number, short_date
from ..domain.printouts import SignupSheetPrint, TickSheetPrint
from .fonts import Script, font_book
from .poster.qr import draw_qr
from .text import TextStyle, draw_line, line_width
from .text_flowable import TextFlowable

ACCENT = colors.HexColor("#1f5f8b")
LIGHT = colors.HexColor("#e8f0f6")
GRID = colors.HexColor("#8aa0b3")
TICK = "X"  # the bundled font has no check mark
WEEKDAYS_SHORT = ("man", "tir", "ons", "tor", "fre", "lør", "søn")


def _seats_text(sheet: SignupSheetPrint) -> tuple[str, str]:
    if sheet.seats_left is None:
        return "Tilmelding", "Der er plads til alle, men skriv dig på, så vi ved, I kommer."
    if sheet.seats_left == 0:
        waiting = f" ({number(sheet.waiting)} venter allerede)" if sheet.waiting else ""
        return "Fuldt booket", f"Skriv dig på ventelisten{waiting}. Du får besked, hvis der bliver en plads."
    word = "ledig plads" if sheet.seats_left == 1 else "ledige pladser"
    return f"{number(sheet.seats_left)} {word}", f"ud af {number(sheet.capacity or 0)}"


def _wrapped(text: str, bold: bool, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if line_width(candidate, size, bold) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def signup_sheet_pdf(sheet: SignupSheetPrint) -> bytes:
    buffer = io.BytesIO()
    width, height = A4
    c = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=font_book().font(Script.LATIN, False))
    c.setTitle(f"Tilmelding: {sheet.title}")
    margin = 18 * mm
    text_width = width - 2 * margin
    c.setFillColor(ACCENT)
    c.rect(0, height - 42 * mm, width, 42 * mm, stroke=0, fill=1)
    y = height - 20 * mm
    for line in _wrapped(sheet.title, True, 26, text_width)[:2]:
        draw_line(c, line, margin, y, 26, bold=True, color=colors.white)
        y -= 30
    y = height - 54 * mm
    qr_size = 46 * mm
    info_width = text_width - (qr_size + 6 * mm if sheet.qr_payload else 0)
    for label, value in (("Hvornår", sheet.when), ("Hvor", ", ".join(p for p in (sheet.place, sheet.address) if p)),
                         ("Kontakt", sheet.contact or "")):
        if not value:
            continue
        draw_line(c, label, margin, y, 11, bold=True)
        y -= 15
        for line in _wrapped(value, False, 12, info_width):
            draw_line(c, line, margin, y, 12)
            y -= 15
        y -= 6
    if sheet.qr_payload:
        top = height - 50 * mm
        draw_qr(c, sheet.qr_payload, width - margin - qr_size, top - qr_size, qr_size, colors.black)
        draw_line(c, sheet.qr_caption or "", width - margin - qr_size, top - qr_size - 12, 10, align="center",
                  width=qr_size)
        y = min(y, top - qr_size - 24)
    big, small = _seats_text(sheet)
    y -= 8
    c.setFillColor(LIGHT)
    c.roundRect(margin, y - 26 * mm, text_width, 26 * mm, 4 * mm, stroke=0, fill=1)
    draw_line(c, big, margin + 8 * mm, y - 13 * mm, 30, bold=True, color=ACCENT)
    for i, line in enumerate(_wrapped(small, False, 12, text_width - 16 * mm)[:2]):
        draw_line(c, line, margin + 8 * mm, y - 20 * mm - i * 14, 12)
    y -= 36 * mm
    draw_line(c, "Skriv dig på her", margin, y, 12, bold=True)
    draw_line(c, "Fornavn og forbogstav i efternavnet. Telefon kun, hvis vi må kontakte dig om holdet (sæt kryds).",
              margin, y - 12, 9)
    y -= 22
    columns = (("Fornavn og forbogstav", 56 * mm), ("Alder", 16 * mm), ("Barn af / lejlighed", 40 * mm),
               ("Telefon", 32 * mm), ("Må kontaktes", text_width - 144 * mm))
    row_height = 9 * mm
    c.setFillColor(ACCENT)
    c.rect(margin, y - row_height + 2 * mm, text_width, row_height - 2 * mm, stroke=0, fill=1)
    x = margin
    for title, w in columns:
        draw_line(c, title, x + 2 * mm, y - 4.5 * mm, 9, bold=True, color=colors.white)
        x += w
    c.setStrokeColor(GRID)
    y -= row_height - 2 * mm
    while y - row_height > 16 * mm:
        x = margin
        for title, w in columns:
            c.rect(x, y - row_height, w, row_height, stroke=1, fill=0)
            if title == "Må kontaktes":
                c.rect(x + w / 2 - 2 * mm, y - row_height / 2 - 2 * mm, 4 * mm, 4 * mm, stroke=1, fill=0)
            x += w
        y -= row_height
    draw_line(c, "Vi gemmer kun det, der står her, og sletter navne og telefonnumre, når holdet er slut. Tal uden "
                 "navne bruges i vores rapporter.", margin, 10 * mm, 8, color=colors.HexColor("#555555"))
    c.showPage()
    c.save()
    return buffer.getvalue()


def tick_sheet_pdf(sheet: TickSheetPrint) -> bytes:
    buffer = io.BytesIO()
    page = landscape(A4)
    font = font_book().font(Script.LATIN, False)  # the document's and the tables' own font (never Helvetica)
    margin = 12 * mm
    doc = SimpleDocTemplate(buffer, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, title=f"Afkrydsning: {sheet.title}, {sheet.period}",
                            initialFontName=font)
    title = TextStyle(16, bold=True, color=ACCENT)
    sub = TextStyle(9.5, color=colors.HexColor("#444444"), space_before=1 * mm)
    cell = TextStyle(9.5)
    extra = TextStyle(9.5, color=colors.HexColor("#777777"))
    head = TextStyle(8.5, bold=True, color=colors.white, align="center")
    head_left = TextStyle(8.5, bold=True, color=colors.white)
    story = [TextFlowable(f"Afkrydsningsliste – {sheet.title}", title),
             TextFlowable(f"{sheet.period[:1].upper()}{sheet.period[1:]} · {sheet.place}", sub),
             Spacer(1, 4 * mm)]
    usable = page[0] - 2 * margin
    name_width = 62 * mm
    days = sheet.days or ()
    day_width = (usable - name_width) / max(len(days), 1)
    header = [TextFlowable("Navn", head_left)]
    header += [TextFlowable(f"{WEEKDAYS_SHORT[d.weekday()]}\n{d.day}/{d.month}", head) for d in days]
    if not days:
        header.append(TextFlowable("Ingen gange i måneden", head))
    data: list[list[Any]] = [header]
    for r, name in enumerate(sheet.names):
        data.append([TextFlowable(name, cell)] + [TICK if (r, c) in sheet.ticked else "" for c in range(len(days))]
                    + ([""] if not days else []))
    for _ in range(sheet.extra_rows):
        data.append([TextFlowable("Ekstra: alder og køn", extra)]
                    + [""] * max(len(days), 1))
    table = Table(data, colWidths=[name_width] + [day_width] * max(len(days), 1), repeatRows=1,
                  rowHeights=[None] + [8 * mm] * (len(data) - 1))
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTNAME", (1, 1), (-1, -1), font_book().font(Script.LATIN, True)),
        ("FONTSIZE", (1, 1), (-1, -1), 12),
    ]))
    story.append(table)
    story.append(Spacer(1, 3 * mm))
    story.append(TextFlowable(f"{len(sheet.names)} tilmeldte · udskrevet til brug i huset. Listen indeholder navne: "
                              "læg den i skuffen efter brug, og smid den i makulatoren, når tallene er tastet ind. "
                              f"Datoer: {', '.join(short_date(d) for d in days) or 'ingen'}.", sub))
    doc.build(story)
    return buffer.getvalue()
