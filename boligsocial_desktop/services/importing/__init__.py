"""Importing tables (CSV, XLSX): one pipeline for every importer and one Danish summary of the result."""

from .pipeline import (
    Column,
    Duplicate,
    DuplicatePolicy,
    ImportRefused,
    ImportResult,
    Problem,
    Row,
    TableImport,
    cell_text,
    read_table,
)
from .summary import duplicate_question, headline, summary_lines, summary_text

__all__ = [
    "Column",
    "Duplicate",
    "DuplicatePolicy",
    "ImportRefused",
    "ImportResult",
    "Problem",
    "Row",
    "TableImport",
    "cell_text",
    "duplicate_question",
    "headline",
    "read_table",
    "summary_lines",
    "summary_text",
]
