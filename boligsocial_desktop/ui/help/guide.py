"""The user guide's pages (docs/guide/*.md) as plain data: titles, sections and a word search. No Qt.

Each view of the main window has its page; a view's tab has the section whose heading is the
tab's name. The search looks for every word typed (case and å/aa spelling ignored) within one
section, so a hit leads to the section that answers it.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

PAGE_OF_VIEW = {
    "calendar": "kalender.md",
    "ambassadors": "beboerambassadoerer.md",
    "visits": "aaben-raadgivning.md",
    "flyers": "plakater.md",
    "reports": "rapporter.md",
    "settings": "indstillinger.md",
}
INDEX = "README.md"
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|[*_`>|]")


def guide_dir() -> Path:
    """docs/guide beside the resources: in the frozen build under _MEIPASS, else in the checkout."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    base = Path(frozen_base) if frozen_base else Path(__file__).resolve().parents[3]
    return base / "docs" / "guide"


@dataclass(frozen=True)
class Section:
    file: str
    page_title: str
    heading: str  # the section's heading ("" for the text before the first subheading)
    text: str  # plain text, markup removed


@dataclass(frozen=True)
class Hit:
    section: Section
    snippet: str


def plain(markdown: str) -> str:
    return " ".join(_MARKUP.sub(lambda m: m.group(1) or " ", markdown).split())


def sections(folder: Path | None = None) -> list[Section]:
    """Every page's sections, index first, then in the order of the index's table."""
    folder = folder or guide_dir()
    found: list[Section] = []
    for path in sorted(folder.glob("*.md"), key=lambda p: (p.name != INDEX, p.name)):
        lines = path.read_text(encoding="utf-8").splitlines()
        title, heading, page_start = path.stem, "", len(found)
        body: list[str] = []

        def close() -> None:  # called within the same iteration, so the loop's current values are meant
            if heading or body:  # noqa: B023
                found.append(Section(path.name, title, heading, plain("\n".join(body))))  # noqa: B023

        for line in lines:
            match = _HEADING.match(line)
            if match and len(match.group(1)) == 1 and len(found) == page_start and not heading \
                    and not any(line.strip() for line in body):
                title = plain(match.group(2))
                continue
            if match:
                close()
                heading, body = plain(match.group(2)), []
            else:
                body.append(line)
        close()
    return found


def page_titles(folder: Path | None = None) -> list[tuple[str, str]]:
    """(file, title) per page, the index first."""
    seen: dict[str, str] = {}
    for section in sections(folder):
        seen.setdefault(section.file, section.page_title)
    return list(seen.items())


def _folded(text: str) -> str:
    return text.casefold().replace("aa", "å").replace("ae", "æ").replace("oe", "ø")


def search(query: str, folder: Path | None = None, limit: int = 30) -> list[Hit]:
    words = [_folded(w) for w in query.split() if w.strip()]
    if not words:
        return []
    hits = []
    for section in sections(folder):
        haystack = _folded(f"{section.page_title} {section.heading} {section.text}")
        if all(word in haystack for word in words):
            hits.append(Hit(section, _snippet(section.text, query.split()[0])))
    return hits[:limit]


def _snippet(text: str, word: str, width: int = 90) -> str:
    at = text.casefold().find(word.casefold())
    if at < 0:
        return text[:width] + ("…" if len(text) > width else "")
    start = max(0, at - width // 3)
    piece = text[start:start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")
