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
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.danish import number, short_date
from ..services.signups.printouts import SignupSheetPrint, TickSheetPrint
from .fonts import BOLD, REGULAR, register_fonts
from .poster.qr import draw_qr

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


def _wrapped(canvas: Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if canvas.stringWidth(candidate, font, size) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def signup_sheet_pdf(sheet: SignupSheetPrint) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    width, height = A4
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(f"Tilmelding: {sheet.title}")
    margin = 18 * mm
    text_width = width - 2 * margin
    c.setFillColor(ACCENT)
    c.rect(0, height - 42 * mm, width, 42 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    y = height - 20 * mm
    for line in _wrapped(c, sheet.title, BOLD, 26, text_width)[:2]:
        c.setFont(BOLD, 26)
        c.drawString(margin, y, line)
        y -= 30
    c.setFillColor(colors.black)
    y = height - 54 * mm
    qr_size = 46 * mm
    info_width = text_width - (qr_size + 6 * mm if sheet.qr_payload else 0)
    for label, value in (("Hvornår", sheet.when), ("Hvor", ", ".join(p for p in (sheet.place, sheet.address) if p)),
                         ("Kontakt", sheet.contact or "")):
        if not value:
            continue
        c.setFont(BOLD, 11)
        c.drawString(margin, y, label)
        y -= 15
        for line in _wrapped(c, value, REGULAR, 12, info_width):
            c.setFont(REGULAR, 12)
            c.drawString(margin, y, line)
            y -= 15
        y -= 6
    if sheet.qr_payload:
        top = height - 50 * mm
        draw_qr(c, sheet.qr_payload, width - margin - qr_size, top - qr_size, qr_size, colors.black)
        c.setFont(REGULAR, 10)
        c.drawCentredString(width - margin - qr_size / 2, top - qr_size - 12, sheet.qr_caption or "")
        y = min(y, top - qr_size - 24)
    big, small = _seats_text(sheet)
    y -= 8
    c.setFillColor(LIGHT)
    c.roundRect(margin, y - 26 * mm, text_width, 26 * mm, 4 * mm, stroke=0, fill=1)
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 30)
    c.drawString(margin + 8 * mm, y - 13 * mm, big)
    c.setFillColor(colors.black)
    c.setFont(REGULAR, 12)
    for i, line in enumerate(_wrapped(c, small, REGULAR, 12, text_width - 16 * mm)[:2]):
        c.drawString(margin + 8 * mm, y - 20 * mm - i * 14, line)
    y -= 36 * mm
    c.setFont(BOLD, 12)
    c.drawString(margin, y, "Skriv dig på her")
    c.setFont(REGULAR, 9)
    c.drawString(margin, y - 12, "Fornavn og forbogstav i efternavnet. Telefon kun, hvis vi må kontakte dig om "
                                 "holdet (sæt kryds).")
    y -= 22
    columns = (("Fornavn og forbogstav", 56 * mm), ("Alder", 16 * mm), ("Barn af / lejlighed", 40 * mm),
               ("Telefon", 32 * mm), ("Må kontaktes", text_width - 144 * mm))
    row_height = 9 * mm
    c.setFillColor(ACCENT)
    c.rect(margin, y - row_height + 2 * mm, text_width, row_height - 2 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 9)
    x = margin
    for title, w in columns:
        c.drawString(x + 2 * mm, y - 4.5 * mm, title)
        x += w
    c.setFillColor(colors.black)
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
    c.setFont(REGULAR, 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(margin, 10 * mm, "Vi gemmer kun det, der står her, og sletter navne og telefonnumre, når holdet "
                                  "er slut. Tal uden navne bruges i vores rapporter.")
    c.showPage()
    c.save()
    return buffer.getvalue()


def tick_sheet_pdf(sheet: TickSheetPrint) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    page = landscape(A4)
    margin = 12 * mm
    doc = SimpleDocTemplate(buffer, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, title=f"Afkrydsning: {sheet.title}, {sheet.period}")
    title = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, textColor=ACCENT)
    sub = ParagraphStyle("sub", fontName=REGULAR, fontSize=9.5, leading=12, textColor=colors.HexColor("#444444"))
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=9.5, leading=11.5)
    head = ParagraphStyle("head", fontName=BOLD, fontSize=8.5, leading=10, textColor=colors.white, alignment=1)
    head_left = ParagraphStyle("headleft", parent=head, alignment=0)
    story = [Paragraph(escape(f"Afkrydsningsliste – {sheet.title}"), title),
             Paragraph(escape(f"{sheet.period[:1].upper()}{sheet.period[1:]} · {sheet.place}"), sub),
             Spacer(1, 4 * mm)]
    usable = page[0] - 2 * margin
    name_width = 62 * mm
    days = sheet.days or ()
    day_width = (usable - name_width) / max(len(days), 1)
    header = [Paragraph("Navn", head_left)]
    header += [Paragraph(f"{WEEKDAYS_SHORT[d.weekday()]}<br/>{d.day}/{d.month}", head) for d in days]
    if not days:
        header.append(Paragraph("Ingen gange i måneden", head))
    data = [header]
    for r, name in enumerate(sheet.names):
        data.append([Paragraph(escape(name), cell)] + [TICK if (r, c) in sheet.ticked else "" for c in range(len(days))]
                    + ([""] if not days else []))
    for _ in range(sheet.extra_rows):
        data.append([Paragraph("<font color='#777777'>Ekstra: alder og køn</font>", cell)]
                    + [""] * max(len(days), 1))
    table = Table(data, colWidths=[name_width] + [day_width] * max(len(days), 1), repeatRows=1,
                  rowHeights=[None] + [8 * mm] * (len(data) - 1))
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("FONTNAME", (1, 1), (-1, -1), BOLD),
        ("FONTSIZE", (1, 1), (-1, -1), 12),
    ]))
    story.append(table)
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(f"{len(sheet.names)} tilmeldte · udskrevet til brug i huset. Listen indeholder "
                                  "navne: læg den i skuffen efter brug, og smid den i makulatoren, når tallene er "
                                  f"tastet ind. Datoer: {', '.join(short_date(d) for d in days) or 'ingen'}."), sub))
    doc.build(story)
    return buffer.getvalue()
