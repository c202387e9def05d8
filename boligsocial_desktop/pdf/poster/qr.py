"""The poster's QR code: a sign-up link, a phone number to call or a text message to send.

ReportLab's own QR encoder makes the modules; they are drawn as merged rectangles with
the standard quiet zone of four modules. Contents are checked first: a link must be a
web address, a phone number must have digits, and the whole code is kept short enough
to scan from a notice board.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import ModuleType
from urllib.parse import quote, urlsplit, urlunsplit

import reportlab
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
# Without a scheme: "www.…" or a host name with a letter-only top-level domain, then a path.
_BARE_WEB_ADDRESS = re.compile(r"^(?:www\.\S+|[^\s/:@]+\.[^\W\d_]{2,}(?:[/?#]\S*)?)$", re.IGNORECASE)
# Reserved characters (RFC 3986) and "%" stay as typed, so existing %-escapes are kept.
_URI_SAFE = "%:/?#[]@!$&'()*+,;="


def to_uri(text: str) -> str:
    """A web address with Danish letters as a plain-ASCII URI that every scanner reads the same way.

    "www.bøger.dk/tilmeld" -> "https://www.xn--bger-gra.dk/tilmeld": the host becomes
    punycode (IDNA), path, query and fragment are percent-encoded as UTF-8, and "https://"
    is added to an address without a scheme. Text that is not a web address (such as
    "Ring 43 59 10 00") is returned as it is.
    """
    typed = text.strip()
    if not typed.lower().startswith(("http://", "https://")):
        if not _BARE_WEB_ADDRESS.match(typed):
            return text
        typed = "https://" + typed
    parts = urlsplit(typed)
    host = parts.hostname or ""
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return text  # not a host name that can be written in ASCII
    netloc = host
    if parts.username is not None:
        userinfo = quote(parts.username, safe=_URI_SAFE)
        if parts.password is not None:
            userinfo += ":" + quote(parts.password, safe=_URI_SAFE)
        netloc = f"{userinfo}@{netloc}"
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme.lower(), netloc, quote(parts.path, safe=_URI_SAFE),
                       quote(parts.query, safe=_URI_SAFE), quote(parts.fragment, safe=_URI_SAFE)))


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
        try:
            code = QrCode(kind, to_uri(target))  # æ, ø and å as punycode and %-escapes
        except ValueError:  # a port that is not a number, a broken [IPv6] host
            raise ValidationError(f"»{target}« er ikke en webadresse. Skriv hele adressen, "
                                  "fx https://søparken.dk/tilmelding.", "qr") from None
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


@cache
def _qrencoder() -> ModuleType:
    """ReportLab's QR encoder (reportlab/graphics/barcode/qrencoder.py, which needs only `re` and `itertools`),
    loaded on its own: importing it as reportlab.graphics.barcode.qrencoder first runs that package's
    __init__, which registers every barcode widget and so loads ReportLab's graphics and platypus packages
    (about a tenth of the flyer command's CPU) for nothing a poster uses."""
    path = Path(reportlab.__file__).parent / "graphics" / "barcode" / "qrencoder.py"
    spec = importlib.util.spec_from_file_location("boligsocial_desktop.pdf.poster._reportlab_qrencoder", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def modules(payload: str) -> list[list[bool]]:
    qrencoder = _qrencoder()
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
