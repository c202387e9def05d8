"""Reading the rows of an imported table file (XLSX or CSV) within fixed limits.

Every import (visits, ambassadors, flyer translations) reads its file here, so the limits
live in one place and a hostile or broken file is refused with a Danish message before it
can use much time or memory:

* XLSX is read with openpyxl in read-only (streaming) mode, one row at a time; the sheet's
  declared size (`<dimension ref="A1:XFD1048576"/>`) is ignored, because openpyxl would pad
  every row and fill every missing row up to it;
* reading stops at the first row with content after MAX_IMPORT_ROWS data rows (blank rows at
  the bottom, e.g. drawn borders, are allowed up to the same number again);
* before openpyxl opens an XLSX, the zip's table of contents is checked: a sheet that would
  unpack to more than MAX_SHEET_XML_BYTES, any other part over MAX_OTHER_PART_BYTES (openpyxl
  loads those whole, e.g. the shared strings), or a part compressed more than
  MAX_COMPRESSION_RATIO times (a zip bomb) is refused without unpacking anything. The sizes in
  the table of contents can be trusted: Python's zipfile never returns more bytes than a
  part declares;
* a CSV file over MAX_CSV_BYTES is refused before it is read, and a field over MAX_FIELD_CHARS
  (Excel's own limit for a cell) is refused with its row number.

The csv module's own field limit (`csv.field_size_limit`, 131,072 characters) is left as it
is, because it is shared by the whole program; the lower limit here is checked on every row,
and csv's own error for a field over its limit gets the same Danish message.
"""

from __future__ import annotations

import csv
import difflib
import io
import zipfile
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import AppError

MAX_IMPORT_ROWS = 20_000  # data rows below the header row
MAX_COLUMNS = 1_000
MAX_FIELD_CHARS = 32_767  # Excel's limit for the text in one cell
MAX_CSV_BYTES = 50 * 1024 * 1024
MAX_SHEET_XML_BYTES = 200 * 1024 * 1024  # streamed by openpyxl
MAX_OTHER_PART_BYTES = 50 * 1024 * 1024  # loaded whole by openpyxl (shared strings, styles …)
MAX_COMPRESSION_RATIO = 200  # real sheets compress 5–30 times; a zip bomb about 1,000 times
RATIO_CHECKED_FROM_BYTES = 10 * 1024 * 1024  # small parts may compress as much as they like


class TableFileRefused(AppError):
    """The file cannot be read within the limits; the message says why in Danish."""


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def too_many_rows_message() -> str:
    return (f"Filen har flere end {_number(MAX_IMPORT_ROWS)} rækker. Del den op, eller indlæs højst "
            f"{_number(MAX_IMPORT_ROWS)} rækker ad gangen. Intet er indlæst.")


def read_rows(path: Path) -> list[list[Any]]:
    """The first sheet's rows (XLSX) or the file's rows (CSV/TXT), first row = headers.

    XLSX cells keep openpyxl's values (dates, numbers, None for empty); CSV cells are text.
    Raises TableFileRefused for a file over the limits or one that cannot be read."""
    suffix = path.suffix.casefold()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    return read_csv(path)


# --- XLSX ---------------------------------------------------------------------


def _unreadable(path: Path, exc: Exception) -> str:
    return f"Filen {path.name} kan ikke læses som et Excel-ark ({exc}). Gem den igen som .xlsx eller CSV."


def check_xlsx_archive(path: Path) -> None:
    """Refuse a zip bomb from the zip's table of contents, before anything is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TableFileRefused(_unreadable(path, exc)) from exc
    for part in parts:
        streamed = part.filename.startswith("xl/worksheets/") and part.filename.endswith(".xml")
        limit = MAX_SHEET_XML_BYTES if streamed else MAX_OTHER_PART_BYTES
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > limit or (part.file_size > RATIO_CHECKED_FROM_BYTES and ratio > MAX_COMPRESSION_RATIO):
            raise TableFileRefused(
                f"Excel-filen {path.name} er for stor til at blive indlæst: delen »{part.filename}« fylder "
                f"{_number(part.file_size // (1024 * 1024))} MB udpakket. Det kan være en beskadiget eller "
                f"farlig fil. Gem arket igen som .xlsx eller CSV med højst {_number(MAX_IMPORT_ROWS)} rækker. "
                "Intet er indlæst.")


def _xml_attack(path: Path, exc: Exception) -> TableFileRefused | None:
    """A Danish refusal when defusedxml (which openpyxl parses with when it is installed) stopped an XML entity
    or DTD in the file, such as a »billion laughs« that would expand a few bytes into gigabytes."""
    try:
        from defusedxml import DefusedXmlException
    except ImportError:  # pragma: no cover - defusedxml is a dependency
        return None
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, DefusedXmlException):
        cause = cause.__cause__ or cause.__context__  # openpyxl wraps the parser's error in its own
    if cause is None:
        return None
    return TableFileRefused(
        f"Excel-filen {path.name} indeholder XML-entiteter (en DTD), som Excel aldrig selv skriver. Filen kan være "
        "beskadiget eller lavet for at lamme programmet, så den er ikke åbnet. Åbn den i Excel, gem den igen som "
        ".xlsx eller CSV, og prøv igen. Intet er indlæst.")


def read_xlsx(path: Path) -> list[list[Any]]:
    check_xlsx_archive(path)
    try:
        from openpyxl import load_workbook
    except ImportError as exc:  # pragma: no cover - openpyxl is a dependency
        raise TableFileRefused("Excel-filer kan ikke læses på denne PC. Gem filen som CSV og prøv igen.") from exc
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise (_xml_attack(path, exc) or TableFileRefused(_unreadable(path, exc))) from exc
    try:
        if not workbook.worksheets:
            return []
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # the declared size may lie; read only the rows that are there
        try:
            return _limited(_trimmed(row) for row in sheet.iter_rows(values_only=True))
        except TableFileRefused:
            raise
        except Exception as exc:  # broken XML inside the zip, a part whose checksum is wrong …
            raise (_xml_attack(path, exc) or TableFileRefused(_unreadable(path, exc))) from exc
    finally:
        workbook.close()


def _trimmed(row: Sequence[Any]) -> list[Any]:
    """The row without the empty cells at its right end (formatted but empty cells)."""
    end = len(row)
    while end and row[end - 1] is None:
        end -= 1
    return list(row[:end])


# --- CSV ----------------------------------------------------------------------


def read_csv(path: Path) -> list[list[str]]:
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise TableFileRefused(
                f"Filen {path.name} fylder {_number(size // (1024 * 1024))} MB; der kan højst indlæses "
                f"{_number(MAX_CSV_BYTES // (1024 * 1024))} MB ad gangen. Del den op og prøv igen. Intet er indlæst.")
        with path.open("rb") as file:
            raw = file.read(MAX_CSV_BYTES + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise TableFileRefused(f"Filen {path.name} kan ikke læses ({exc.strerror}).") from exc
    if len(raw) > MAX_CSV_BYTES:
        raise TableFileRefused(f"Filen {path.name} er for stor; der kan højst indlæses "
                               f"{_number(MAX_CSV_BYTES // (1024 * 1024))} MB ad gangen. Intet er indlæst.")
    text = decode_text(raw, path.name)
    delimiter = detect_delimiter(text)
    return _limited(_checked_csv_rows(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)))


# --- the header row ----------------------------------------------------------------

HEADER_SCAN_ROWS = 20  # title rows, empty rows and merged cells above the header are skipped within these
NEAR_MISS_RATIO = 0.8


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (like Excel)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def header_key(value: Any) -> str:
    """A header cell as compared with the known column names: casefolded, spaces collapsed (also
    no-break spaces), a trailing colon or full stop dropped. »Navn «, »NAVN« and »navn:« are all »navn«."""
    return (
        " ".join(str(value if value is not None else "").replace("\u00a0", " ").split()).casefold().rstrip(":.").strip()
    )


def find_header_row(rows: Sequence[Sequence[Any]], known: Collection[str]) -> int | None:
    """The index of the row among the first HEADER_SCAN_ROWS with the most cells that are known column
    names (the first such row on a tie), or None if no row has any."""
    best, best_count = None, 0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        count = len({header_key(cell) for cell in row} & set(known))
        if count > best_count:
            best, best_count = index, count
    return best


def resembled_column(header: Any, known: Collection[str]) -> str | None:
    """The known column name an unknown header is a near miss of: the same text read in the wrong code
    page (»FÃ¸dt« for »Født«) or a difflib ratio of at least NEAR_MISS_RATIO (»Adrese« for »adresse«)."""
    key = header_key(header)
    if not key or key in known:
        return None
    for wrong in ("cp1252", "latin-1"):
        try:
            repaired = header_key(str(header).encode(wrong).decode("utf-8"))
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if repaired in known:
            return repaired
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=NEAR_MISS_RATIO)
    return close[0] if close else None


def repaired_mojibake(value: Any) -> str | None:
    """The text a cell meant, when it is UTF-8 that was once read as Windows-1252 (»SÃ¸ren« for »Søren«), else
    None. Such text is almost never written on purpose: two letters like »Ã¸« make one UTF-8 letter."""
    if not isinstance(value, str) or not any("\u00c0" <= char <= "\u00df" for char in value):
        return None
    for wrong in ("cp1252", "latin-1"):
        try:
            repaired = value.encode(wrong).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if repaired != value:
            return repaired
    return None


def near_miss_message(misses: Sequence[tuple[int, str, str]]) -> str:
    """Danish refusal for headers that look like known columns: (column index, header, known name)."""
    listed = "; ".join(f"kolonne {column_letter(index)} »{header}« ligner »{known}«" for index, header, known in misses)
    return (f"Filen er ikke indlæst: {listed}. Ret overskriften, så den staves som den kendte kolonne (eller "
            "giv kolonnen et helt andet navn, hvis den ikke skal bruges). Ser bogstaverne forkerte ud (fx »Ã¸« "
            f"for »ø«), så {SAVE_AS_UTF8[0].lower()}{SAVE_AS_UTF8[1:]}")


# --- encodings and separators ---------------------------------------------------

SAVE_AS_UTF8 = ("Åbn filen i Excel, vælg Filer > Gem som, og vælg filtypen »CSV UTF-8 (kommasepareret) (*.csv)«. "
                "Indlæs derefter den nye fil. Intet er indlæst.")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),  # Excel's "Unicode-tekst" (tab separated)
    (b"\xfe\xff", "utf-16-be"),
)
_DANISH_LETTERS = set("æøåÆØÅéÉüÜöÖäÄ")
_LATIN_LETTERS = set("áàâãçèêëíìîïñóòôõúùûýÿÁÀÂÃÇÈÊËÍÌÎÏÑÓÒÔÕÚÙÛÝß")
_SIGNS = set("€–—§°½«»´…·²³×£")
_QUOTES = set("‘’“”„")
_OPENING_QUOTES = set("‘“„")  # never inside a word (»M‘rsk« is »Mærsk« read in the wrong code page)
ENCODING_MARGIN = 2  # the winner's score must beat the other by at least this much


def _score(text: str) -> int:
    """How much a decoding looks like Danish text. Only the characters over ASCII count: a letter such
    as æ, ø, é counts when it stands next to another letter (»Søren«), a sign such as €, – or ° when it
    does not stand between two letters (»50 €«, »10–12«); control characters and box drawing count
    against the decoding."""
    score = 0
    for index, char in enumerate(text):
        if char < "\x80":
            continue
        before = text[index - 1:index].isalpha()
        after = text[index + 1:index + 2].isalpha()
        if char.isupper() and text[index - 1:index].islower():
            score -= 3  # »donÆt«: a capital letter straight after a small one
        elif char in _DANISH_LETTERS:
            score += 4 if before or after else -1
        elif char in _LATIN_LETTERS:
            score += 2 if before or after else -2
        elif char in _SIGNS:
            score += -2 if before and after else 1
        elif char in _QUOTES:
            score += -3 if char in _OPENING_QUOTES and before and after else 1
        elif char == "\u00a0":
            continue
        elif "\x80" <= char <= "\x9f" or char == "\ufffd":
            score -= 10  # a control character: surely the wrong code page
        else:
            score -= 3  # box drawing, ‹, †, ƒ, ¤ … are not written in Danish text
    return score


def _surely_misread(text: str) -> bool:
    """Signs that some bytes were read in the wrong code page, whatever the score: a control character, an
    opening quote inside a word, or a capital letter straight after a small one."""
    for index, char in enumerate(text):
        if char < "\x80":
            continue
        if "\x80" <= char <= "\x9f" or char == "\ufffd":
            return True
        before, after = text[index - 1:index], text[index + 1:index + 2]
        if char in _OPENING_QUOTES and before.isalpha() and after.isalpha():
            return True
        if char.isupper() and before.islower():
            return True
    return False


def decode_text(raw: bytes, name: str = "") -> str:
    """The text of a CSV/TXT file from a Windows PC: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM,
    Windows-1252 or code page 850. Refuses (TableFileRefused, Danish) a file whose code page cannot be
    told for sure, rather than import garbled letters."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise TableFileRefused(f"Filen {name} begynder som {encoding.upper()}, men byte {exc.start + len(bom)} "
                                       f"passer ikke. {SAVE_AS_UTF8}") from None
    if len(raw) >= 4 and raw[1::2][:50].count(0) > 20 and raw[0::2][:50].count(0) == 0:
        encoding = "utf-16-le"  # UTF-16 without BOM: every second byte zero
    elif len(raw) >= 4 and raw[0::2][:50].count(0) > 20 and raw[1::2][:50].count(0) == 0:
        encoding = "utf-16-be"
    else:
        encoding = ""
    if encoding:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            raise TableFileRefused(f"Filen {name} kan ikke læses som tekst. {SAVE_AS_UTF8}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = {}
    for encoding in ("cp1252", "cp850"):
        try:
            candidates[encoding] = raw.decode(encoding)
        except UnicodeDecodeError:
            continue  # cp1252 has five undefined bytes
    if not candidates:
        raise TableFileRefused(f"Filen {name} kan ikke læses som tekst. {SAVE_AS_UTF8}")
    scores = {encoding: _score(text) for encoding, text in candidates.items()}
    best = max(scores, key=scores.__getitem__)
    others = [score for encoding, score in scores.items() if encoding != best]
    if (scores[best] > 0 and all(scores[best] - other >= ENCODING_MARGIN for other in others)
            and not _surely_misread(candidates[best])):  # both readings garbled somewhere: neither is right
        return candidates[best]
    raise TableFileRefused(
        f"Programmet kan ikke afgøre, hvilket tegnsæt filen {name} er gemt med, så æ, ø og å kunne blive "
        f"læst forkert. {SAVE_AS_UTF8}")


def detect_delimiter(text: str) -> str:
    """`;`, `,` or tab: the one found the same number of times (and at least once) on the most of the
    first lines, quoted fields taken into account."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    if not lines:
        return ";"
    best, best_score = ";", -1
    for delimiter in (";", "\t", ","):
        counts = [len(row) - 1 for row in csv.reader(lines, delimiter=delimiter)]
        if not counts or max(counts) == 0:
            continue
        common = max(set(c for c in counts if c), key=counts.count)
        score = counts.count(common) * 1000 + common
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _field_message(number: int) -> str:
    return (f"Række {number} har en celle med mere end {_number(MAX_FIELD_CHARS)} tegn. Så lang en celle kan "
            "Excel ikke vise; ofte mangler et anførselstegn (\"), så resten af filen er læst som én celle. "
            "Ret rækken og prøv igen. Intet er indlæst.")


def _checked_csv_rows(reader: Iterator[list[str]]) -> Iterator[list[str]]:
    number = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise TableFileRefused(_field_message(number + 1)) from None
            raise TableFileRefused(f"Række {number + 1} kan ikke læses som CSV ({exc}). Gem filen igen som "
                                   "CSV (semikolonsepareret) og prøv igen. Intet er indlæst.") from None
        number += 1
        if any(len(field) > MAX_FIELD_CHARS for field in row):
            raise TableFileRefused(_field_message(number))
        yield row


# --- the row limit ------------------------------------------------------------


def _blank(row: list[Any]) -> bool:
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in row)


def _limited(rows: Iterable[list[Any]]) -> list[list[Any]]:
    """At most the header row and MAX_IMPORT_ROWS data rows; stops reading at the first row past them
    with content. Blank rows past them are dropped (up to as many again, then reading stops too)."""
    table: list[list[Any]] = []
    last = MAX_IMPORT_ROWS + 1
    for number, row in enumerate(rows, start=1):
        if len(row) > MAX_COLUMNS and not _blank(row[MAX_COLUMNS:]):
            raise TableFileRefused(f"Række {number} har data i mere end {_number(MAX_COLUMNS)} kolonner. "
                                   "Slet de overflødige kolonner og prøv igen. Intet er indlæst.")
        if number <= last:
            table.append(row[:MAX_COLUMNS])
        elif not _blank(row) or number > 2 * last:
            raise TableFileRefused(too_many_rows_message())
    return table
