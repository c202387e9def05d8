"""The one import pipeline: read the table, find the header row, map the columns, check every row,
collect every problem, then write all rows in one transaction, or nothing.

An importer (ambassadors, visits) declares its columns as data (`Column`) and says how one row
becomes a record (`TableImport.check_row`), how a record is recognised as already stored
(`existing_duplicate`) and how it is written (`write`). Everything else happens here, once:

* the file is read within the limits of `table_files` (encodings, separators, XLSX streaming);
* invisible control characters are stripped with a warning, CPR-shaped cells are problems in any
  column (also the ignored ones and the title rows), and their text is never quoted back;
* title and empty rows above the header are skipped; unknown columns are ignored and named; a
  header that is a near miss of a known one (»Telefn«, »FÃ¸dselsÃ¥r«) is a problem, never dropped;
* every row is checked, and every problem of every row is collected with its row number as Excel
  shows it (header and title rows counted) and its column as the file names it;
* rows equal to another row of the file, or to a record already in the database, are duplicates:
  they are named, and the file is refused until the user chooses (`DuplicatePolicy`) to import them
  as well or to skip them;
* nothing is written when any row has a problem: checks and writes share one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ...domain.cpr import cell_holds_cpr
from ...errors import AppError, ValidationError
from ...storage.engine import Database
from ..table_files import (
    HEADER_SCAN_ROWS,
    TableFileRefused,
    column_letter,
    find_header_row,
    header_key,
    read_rows,
    repaired_mojibake,
    resembled_column,
)
from ..validation import strip_unsafe_cells

Progress = Callable[[int, str], None]
CPR_MESSAGE = "cellen ligner et CPR-nummer. Skriv ikke CPR-numre i programmet; fjern nummeret i filen."
GARBLED_ADVICE = ("Ser bogstaverne forkerte ud (fx »Ã¸« for »ø«), så åbn filen i Excel, vælg Filer > Gem som, og "
                  "vælg filtypen »CSV UTF-8 (kommasepareret) (*.csv)«.")
PROGRESS_EVERY = 200  # rows between two progress reports


class DuplicatePolicy(Enum):
    REFUSE = "refuse"  # name the duplicates and import nothing (the default: the user must choose)
    ALLOW = "allow"  # import them as well (the user confirmed, or --allow-duplicates)
    SKIP = "skip"  # import the other rows only (--skip-duplicates)


@dataclass(frozen=True)
class Column:
    """A column an importer knows: its field, the header it is shown by and the other spellings."""

    field: str
    header: str
    aliases: tuple[str, ...] = ()
    required: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (header_key(self.header), *(header_key(a) for a in self.aliases))


@dataclass(frozen=True)
class Problem:
    """Something the user must fix in the file. `row` is the row number Excel shows (None: the whole file)."""

    message: str
    row: int | None = None
    column: str | None = None  # the header as the file writes it (or the known name of a missing column)
    letter: str | None = None  # the Excel column letter, when the column is in the file

    def __str__(self) -> str:
        """»Række 3, kolonne C »telefon«: …« (the row and column as Excel shows them)."""
        where = [f"Række {self.row}"] if self.row is not None else []
        column = " ".join(part for part in (self.letter, f"»{self.column}«" if self.column else None) if part)
        if column:
            where.append(f"kolonne {column}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass(frozen=True)
class Duplicate:
    """A row that would store something twice: the same as an earlier row of the file, or as a stored record."""

    row: int
    column: str  # the column the duplicate is shown in (the name or date column), as the file writes it
    letter: str | None
    what: str  # the row's record in a few words (»Hodan Ali, telefon 22 33 44 55«)
    earlier_row: int | None = None
    existing: str | None = None  # the stored record in a few words

    def __str__(self) -> str:
        text = (f"{self.what} findes allerede ({self.existing})." if self.existing is not None
                else f"{self.what} står også i række {self.earlier_row}.")
        return str(Problem(text, self.row, self.column, self.letter))


@dataclass(frozen=True)
class ImportResult:
    """What an import did or would have done; `summary.summary_lines` turns it into the text the user sees."""

    kind: str  # what the rows are, in Danish plural (»ambassadører«, »besøg«)
    file_name: str
    kind_one: str = ""  # and in the singular (»ambassadør«); the plural when empty
    imported: int = 0
    rows: int = 0  # data rows in the file (blank rows not counted)
    names: tuple[str, ...] = ()  # what was imported, in a few words per row
    ignored_columns: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    duplicate_policy: DuplicatePolicy = DuplicatePolicy.REFUSE

    @property
    def refused(self) -> bool:
        return bool(self.problems) or (bool(self.duplicates) and self.duplicate_policy is DuplicatePolicy.REFUSE)

    @property
    def only_duplicates(self) -> bool:
        """Refused for duplicates alone: the user can choose to import them or skip them."""
        return not self.problems and bool(self.duplicates) and self.duplicate_policy is DuplicatePolicy.REFUSE


class ImportRefused(AppError):
    """Nothing was imported; `result` holds every problem and duplicate, `problems` them as Danish lines."""

    def __init__(self, result: ImportResult):
        from .summary import summary_text  # the summary module formats results; it imports this one

        super().__init__(summary_text(result))
        self.result = result
        self.problems = [str(p) for p in result.problems] + [str(d) for d in result.duplicates]


@dataclass
class Row:
    """One data row while it is checked: its cells by field, and the problems found in it."""

    number: int
    cells: list[Any]
    mapping: dict[str, int]
    headers: dict[str, str]  # field -> the header as the file writes it
    hidden: frozenset[int] = frozenset()  # columns already reported (CPR-shaped or garbled text): not checked again
    problems: list[Problem] = field(default_factory=list)

    def value(self, name: str) -> Any:
        index = self.mapping.get(name)
        if index is None or index >= len(self.cells) or index in self.hidden:
            return None
        return self.cells[index]

    def text(self, name: str) -> str:
        return cell_text(self.value(name))

    def has(self, name: str) -> bool:
        return name in self.mapping

    def problem(self, name: str | None, message: str, *, unless_listed: bool = False) -> None:
        """Record a problem in column `name`; with `unless_listed`, only if that column has none yet (a rule
        checked again by the service layer after the row's own checks)."""
        index = self.mapping.get(name) if name else None
        if index is not None and index in self.hidden:
            return  # the cell's CPR problem is already listed
        header = self.headers.get(name or "")
        if unless_listed and any(p.column == header for p in self.problems):
            return
        message = message if message.endswith((".", "?", "!", ")")) else message + "."
        self.problems.append(Problem(_lower_first(message), self.number, header,
                                     column_letter(index) if index is not None else None))

    def check(self, name: str, parse: Callable[..., Any], *args: Any, default: Any = None) -> Any:
        """parse(*args), or `default` with a problem in column `name` when it raises ValueError/ValidationError."""
        try:
            return parse(*args)
        except ValidationError as exc:
            self.problem(name, exc.message)
        except ValueError as exc:
            self.problem(name, str(exc))
        return default


def _position(problem: Problem) -> tuple[int, int, str]:
    """Problems in the order the user reads the file: the whole file first, then by row and column."""
    letter = problem.letter or ""
    return problem.row or 0, len(letter), letter


def _lower_first(message: str) -> str:
    """»Sproget … kendes ikke« reads »Række 3, kolonne »sprog«: sproget … kendes ikke«; »CPR-…« stays."""
    return message if message[:2].isupper() else message[:1].lower() + message[1:]


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read_table(path: Path) -> list[list[Any]]:
    """The file's rows: text cells stripped, empty cells "", XLSX date and number cells kept as they are.
    Read within the limits of `table_files`; a file that cannot be read raises TableFileRefused (Danish)."""
    path = Path(path)
    if not path.exists():
        raise TableFileRefused(f"Filen {path} findes ikke.")
    suffix = path.suffix.casefold()
    if suffix == ".xls":
        raise TableFileRefused("Gamle Excel-filer (.xls) kan ikke læses. Gem filen som .xlsx eller CSV og prøv igen.")
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise TableFileRefused(f"Filen {path.name} skal være en CSV- eller XLSX-fil.")
    return [[cell if isinstance(cell, (date, datetime, int, float)) and not isinstance(cell, bool)
             else cell_text(cell) for cell in row] for row in read_rows(path)]


class TableImport:
    """One kind of import. Subclasses declare `kind`, `columns`, `example_header`, `duplicate_column` and
    implement `prepare`, `check_row`, `duplicate_key`, `describe`, `existing_duplicate`, `write`, `finish`."""

    kind = ""  # Danish plural: »ambassadører«
    kind_one = ""  # singular: »ambassadør«
    columns: tuple[Column, ...] = ()
    example_header = ""  # »navn;afdeling;telefon«
    duplicate_column = ""  # the field duplicates are shown in
    max_rows: int | None = None
    duplicates = DuplicatePolicy.REFUSE  # the policy of the running import (`write` may need it)

    # --- what a subclass provides ----------------------------------------------------

    def prepare(self, session: Session, row_fields: set[str], rows: list[Row]) -> None:
        """Load what the row checks need (reference lists, the actor's role) in the import's transaction."""

    def check_row(self, row: Row) -> Any:
        """The row as the record to write, with its problems recorded on `row`."""
        raise NotImplementedError

    def duplicate_key(self, record: Any) -> Hashable:
        raise NotImplementedError

    def describe(self, record: Any) -> str:
        raise NotImplementedError

    def load_existing(self, session: Session, records: list[Any]) -> None:
        """Before `existing_duplicate` is asked about each record: a chance to load what is stored in one query."""

    def existing_duplicate(self, session: Session, record: Any) -> str | None:
        """A few words about the stored record this one equals, or None."""
        return None

    def write(self, session: Session, record: Any) -> None:
        raise NotImplementedError

    def finish(self, session: Session, count: int, file_name: str) -> None:
        """After the writes, in the same transaction: the audit entry."""

    # --- the pipeline ----------------------------------------------------------------

    def run(self, db: Database, path: Path, *, duplicates: DuplicatePolicy = DuplicatePolicy.REFUSE,
            progress: Progress | None = None) -> ImportResult:
        """Import the file; returns the result, or raises ImportRefused with every problem (nothing written)."""
        report = progress or (lambda percent, text: None)
        self.duplicates = duplicates
        path = Path(path)
        result = ImportResult(self.kind, path.name, self.kind_one or self.kind, duplicate_policy=duplicates)
        report(0, "Læser filen …")
        try:
            table = read_table(path)
        except TableFileRefused as exc:
            raise ImportRefused(replace(result, problems=(Problem(exc.message),))) from exc
        while table and not any(cell_text(v) for v in table[-1]):
            table.pop()
        report(5, "Tjekker rækkerne …")
        if not table:
            raise ImportRefused(replace(result, problems=(Problem(
                f"Filen er tom. Den første række skal være kolonnenavne, fx {self.example_header}."),)))
        warnings = tuple(f"Række {r + 1}, kolonne {column_letter(c)}: usynlige styretegn (NUL eller bidi-tegn) "
                         "er fjernet." for r, c in strip_unsafe_cells(table))
        cpr = {(r, c) for r, row in enumerate(table) for c, value in enumerate(row) if cell_holds_cpr(value)}
        known = {name for column in self.columns for name in column.names}
        header_index = find_header_row(table, known)
        start = header_index or 0
        mapping, headers, ignored, problems = self._map_headers(table[start], start + 1, known)
        result = replace(result, warnings=warnings, ignored_columns=tuple(ignored))
        shown_headers = [cell_text(h) for h in table[start]]
        problems = [Problem(CPR_MESSAGE, r + 1, shown_headers[c] if r > start and c < len(shown_headers)
                            and shown_headers[c] else None, column_letter(c))
                    for r, c in sorted(cpr)] + problems
        missing = [c for c in self.columns if c.required and c.field not in mapping]
        if missing:
            found = ", ".join(h for h in shown_headers if h) or "ingen"
            where = (f"Række {start + 1} ligner overskriftsrækken; fundet: {found}." if header_index is not None
                     else f"Ingen af de første {HEADER_SCAN_ROWS} rækker ligner en overskriftsrække "
                          f"(fx {self.example_header}).")
            problems += [Problem(f"Kolonnen »{c.header}« mangler. {where}") for c in missing]
            raise ImportRefused(replace(result, problems=tuple(problems)))
        rows = [Row(number, list(cells), mapping, headers, frozenset(c for r, c in cpr if r == number - 1))
                for number, cells in enumerate(table[start + 1:], start=start + 2)
                if any(cell_text(v) for v in cells)]
        for row in rows:
            row.hidden |= self._garbled_cells(row)
        result = replace(result, rows=len(rows))
        if self.max_rows is not None and len(rows) > self.max_rows:
            raise ImportRefused(replace(result, problems=(*problems, Problem(
                f"Filen har {len(rows)} rækker; der kan højst indlæses {self.max_rows} ad gangen. Del den op."))))
        if not rows:
            raise ImportRefused(replace(result, problems=(*problems, Problem(
                f"Filen har overskrifter, men ingen {self.kind} under dem."))))

        with db.transaction() as session:
            self.prepare(session, set(mapping), rows)
            records: list[tuple[Row, Any]] = []
            for done, row in enumerate(rows, start=1):
                record = self.check_row(row)
                problems.extend(row.problems)
                if record is not None and not row.problems:
                    records.append((row, record))
                if done % PROGRESS_EVERY == 0:
                    report(5 + 45 * done // len(rows), f"Tjekker række {row.number} …")
            duplicates_found = self._duplicates(session, records)
            problems.sort(key=_position)
            result = replace(result, problems=tuple(problems), duplicates=tuple(duplicates_found))
            if result.refused:
                raise ImportRefused(result)  # leaves the transaction: nothing is written
            skip = {d.row for d in duplicates_found} if duplicates is DuplicatePolicy.SKIP else set()
            names: list[str] = []
            for done, (row, record) in enumerate(records, start=1):
                if row.number in skip:
                    continue
                try:
                    self.write(session, record)
                except ValidationError as exc:  # a check that needs the rows written before it
                    row.problem(exc.field, exc.message)
                    problems.extend(row.problems)
                    continue
                names.append(self.describe(record))
                if done % PROGRESS_EVERY == 0:
                    report(50 + 50 * done // len(records), f"Gemmer række {row.number} …")
            if problems:
                raise ImportRefused(replace(result, problems=tuple(problems)))
            self.finish(session, len(names), path.name)
        report(100, "Færdig")
        return replace(result, imported=len(names), names=tuple(names))

    @staticmethod
    def _garbled_cells(row: Row) -> frozenset[int]:
        """Report the used cells whose text was once read in the wrong code page (»SÃ¸ren«); their indexes."""
        garbled = set()
        for name, index in row.mapping.items():
            value = row.value(name)
            repaired = repaired_mojibake(value)
            if repaired is not None:
                row.problem(name, f"teksten »{value}« ser ud til at være gemt med et forkert tegnsæt (den skulle nok "
                                  f"være »{repaired}«). {GARBLED_ADVICE} Ret ellers teksten i filen.")
                garbled.add(index)
        return frozenset(garbled)

    def _map_headers(self, header_row: Sequence[Any], number: int, known: set[str]
                     ) -> tuple[dict[str, int], dict[str, str], list[str], list[Problem]]:
        """field -> column index, field -> header as written, ignored headers, header problems."""
        lookup = {name: column for column in self.columns for name in column.names}
        mapping: dict[str, int] = {}
        headers = {c.field: c.header for c in self.columns}
        ignored: list[str] = []
        problems: list[Problem] = []
        for index, cell in enumerate(header_row):
            shown = cell_text(cell)
            column = lookup.get(header_key(cell))
            if column is not None and column.field in mapping:
                problems.append(Problem(f"kolonnen »{column.header}« står der to gange (også i kolonne "
                                        f"{column_letter(mapping[column.field])}).", number, shown,
                                        column_letter(index)))
            elif column is not None:
                mapping[column.field] = index
                headers[column.field] = shown
            elif shown:
                resembled = resembled_column(cell, known)
                repaired = repaired_mojibake(shown)
                if repaired is not None and not resembled:
                    problems.append(Problem(
                        f"overskriften ser ud til at være gemt med et forkert tegnsæt (den skulle nok være "
                        f"»{repaired}«), så resten af filen kan også være forkert. {GARBLED_ADVICE}",
                        number, shown, column_letter(index)))
                elif resembled:
                    problems.append(Problem(
                        f"overskriften ligner »{resembled}«. Ret overskriften, så den staves som den kendte kolonne "
                        f"(eller giv kolonnen et helt andet navn, hvis den ikke skal bruges). {GARBLED_ADVICE}",
                        number, shown, column_letter(index)))
                else:
                    ignored.append(shown)
        return mapping, headers, ignored, problems

    def _duplicates(self, session: Session, records: list[tuple[Row, Any]]) -> list[Duplicate]:
        seen: dict[Hashable, int] = {}
        found: list[Duplicate] = []
        self.load_existing(session, [record for _, record in records])
        for row, record in records:
            column = row.headers.get(self.duplicate_column, self.duplicate_column)
            index = row.mapping.get(self.duplicate_column)
            letter = column_letter(index) if index is not None else None
            key = self.duplicate_key(record)
            if key in seen:
                found.append(Duplicate(row.number, column, letter, self.describe(record), earlier_row=seen[key]))
                continue
            seen[key] = row.number
            existing = self.existing_duplicate(session, record)
            if existing is not None:
                found.append(Duplicate(row.number, column, letter, self.describe(record), existing=existing))
        return found
