"""The Danish summary of an import: the same lines on the command line and on the program's import page."""

from __future__ import annotations

from .pipeline import DuplicatePolicy, ImportResult

MAX_LINES_SHOWN = 200  # problems and duplicates listed; the rest are counted


def _rows(count: int) -> str:
    return f"{count} række" if count == 1 else f"{count} rækker"


def _row_numbers(result: ImportResult) -> str:
    return ", ".join(str(d.row) for d in result.duplicates)


def headline(result: ImportResult) -> str:
    if result.problems:
        duplicates = (f" og {_rows(len(result.duplicates))}, der ville blive gemt to gange"
                      if result.duplicates else "")
        return (f"Filen {result.file_name} er ikke indlæst, fordi den har {len(result.problems)} fejl{duplicates}. "
                "Intet er gemt. Ret fejlene i filen og prøv igen.")
    if result.refused:
        return (f"Filen {result.file_name} er ikke indlæst: {_rows(len(result.duplicates))} findes allerede i "
                "programmet eller står to gange i filen. Intet er gemt.")
    kind = result.kind_one if result.imported == 1 and result.kind_one else result.kind
    return f"{result.imported} {kind} indlæst fra {result.file_name}."


def summary_lines(result: ImportResult) -> list[str]:
    """The headline, every problem and duplicate (at most MAX_LINES_SHOWN), what was skipped, the columns not
    used and the warnings."""
    lines = [headline(result)]
    listed = [str(p) for p in result.problems]
    if result.refused and result.duplicates:
        listed += [str(d) for d in result.duplicates]
    lines += listed[:MAX_LINES_SHOWN]
    if len(listed) > MAX_LINES_SHOWN:
        lines.append(f"… og {len(listed) - MAX_LINES_SHOWN} mere.")
    if not result.refused and result.duplicates:
        if result.duplicate_policy is DuplicatePolicy.SKIP:
            lines.append(f"Sprunget over, fordi de allerede fandtes: række {_row_numbers(result)}.")
        else:
            lines.append(f"Indlæst, selv om de allerede fandtes: række {_row_numbers(result)}.")
    if result.ignored_columns:
        lines.append("Kolonner, der ikke bruges: " + ", ".join(result.ignored_columns))
    lines += [f"Bemærk: {warning}" for warning in result.warnings]
    return lines


def summary_text(result: ImportResult) -> str:
    return "\n".join(summary_lines(result))


def duplicate_question(result: ImportResult) -> str:
    """What the import page asks when the file's only problem is duplicates."""
    listed = [str(d) for d in result.duplicates[:20]]
    more = len(result.duplicates) - len(listed)
    return "\n".join([
        f"{_rows(len(result.duplicates)).capitalize()} i {result.file_name} findes allerede i programmet eller "
        "står to gange i filen:", "", *listed, *([f"… og {more} mere."] if more else []), "",
        f"Vil du indlæse dem alligevel (så de står to gange), springe dem over og kun indlæse de andre "
        f"{result.rows - len(result.duplicates)}, eller annullere?"])
