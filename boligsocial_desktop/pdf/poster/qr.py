"""The poster's QR code: a sign-up link, a phone number to call or a text message to send.

ReportLab's own QR encoder makes the modules; they are drawn as merged rectangles with
the standard quiet zone of four modules. Contents are checked first: a link must be a
web address, a phone number must have digits, and the whole code is kept short enough
to scan from a notice board.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

from ...errors import ValidationError

MAX_PAYLOAD = 300  # characters; more makes a code too dense to scan from a printed poster
QUIET_ZONE = 4  # modules


class QrKind(StrEnum):
    URL = "url"
    PHONE = "tel"
    SMS = "sms"


CAPTIONS = {QrKind.URL: "Scan og tilmeld dig", QrKind.PHONE: "Scan og ring op", QrKind.SMS: "Scan og send en sms"}

_PHONE_CHARS = re.compile(r"^\+?[0-9 ()\-.]{8,20}$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*\.[^\s]+$", re.IGNORECASE)
_PHONE_IN_TEXT = re.compile(r"(?:\+45[\s-]?)?(?:\d[\s-]?){7}\d")


@dataclass(frozen=True)
class QrCode:
    kind: QrKind
    target: str  # the web address, or the phone number in international form (+4543591000)
    message: str | None = None  # for SMS: the text to send

    @property
    def payload(self) -> str:
        if self.kind == QrKind.URL:
            return self.target
        if self.kind == QrKind.PHONE:
            return f"tel:{self.target}"
        return f"SMSTO:{self.target}:{self.message or ''}"

    @property
    def caption(self) -> str:
        return CAPTIONS[self.kind]


def normalise_phone(text: str) -> str:
    """'43 59 10 00' -> '+4543591000'; a number with another country code is kept as typed (digits only)."""
    typed = text.strip()
    if not _PHONE_CHARS.match(typed):
        raise ValidationError(f"»{typed}« er ikke et telefonnummer. Skriv nummeret med cifre, fx 43 59 10 00.",
                              "qr")
    digits = re.sub(r"\D", "", typed)
    if typed.startswith("+"):
        return "+" + digits
    if len(digits) == 8:
        return "+45" + digits
    if digits.startswith("0045") and len(digits) == 12:
        return "+" + digits[2:]
    raise ValidationError(f"»{typed}« er ikke et dansk telefonnummer med 8 cifre. Skriv et udenlandsk nummer "
                          "med landekode, fx +46 8 123 456.", "qr")


def make_qr(kind: QrKind | str, target: str, message: str | None = None) -> QrCode:
    """A checked QR code; raises ValidationError with a Danish message when the content is wrong."""
    kind = QrKind(kind)
    target = (target or "").strip()
    if not target:
        what = {QrKind.URL: "tilmeldingslinket", QrKind.PHONE: "telefonnummeret", QrKind.SMS: "telefonnummeret"}
        raise ValidationError(f"Skriv {what[kind]} til QR-koden, eller vælg »Ingen QR-kode«.", "qr")
    if kind == QrKind.URL:
        if not target.lower().startswith(("http://", "https://")):
            target = "https://" + target
        if not _URL.match(target):
            raise ValidationError(f"»{target}« er ikke en webadresse. Skriv hele adressen, "
                                  "fx https://søparken.dk/tilmelding.", "qr")
        code = QrCode(kind, target)
    else:
        code = QrCode(kind, normalise_phone(target), (message or "").strip() or None)
    if len(code.payload) > MAX_PAYLOAD:
        raise ValidationError(f"QR-koden må højst indeholde {MAX_PAYLOAD} tegn, men denne har {len(code.payload)}. "
                              "En længere kode bliver for tæt til at kunne scannes fra en plakat. "
                              "Du kan bruge et kortere link eller en kortere sms-tekst.", "qr")
    return code


def phone_in(text: str | None) -> str | None:
    """The first Danish phone number in a contact line ("Mette, 43 59 10 00"), if any."""
    match = _PHONE_IN_TEXT.search(text or "")
    return match.group(0).strip() if match else None


def modules(payload: str) -> list[list[bool]]:
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.make()
    count = qr.getModuleCount()
    return [[bool(qr.isDark(row, col)) for col in range(count)] for row in range(count)]


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float, color) -> None:
    """The code as a square of `size` points with its lower left corner at (x, y), quiet zone included."""
    grid = modules(payload)
    count = len(grid)
    unit = size / (count + 2 * QUIET_ZONE)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(color)
    path = canvas.beginPath()
    for row, cells in enumerate(grid):
        top = y + size - (QUIET_ZONE + row + 1) * unit
        col = 0
        while col < count:
            if cells[col]:
                start = col
                while col < count and cells[col]:
                    col += 1
                path.rect(x + (QUIET_ZONE + start) * unit, top, (col - start) * unit, unit)
            else:
                col += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
