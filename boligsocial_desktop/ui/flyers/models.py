"""Table models of the poster page: the activity list and the translations being edited."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.danish import short_date
from ...domain.languages import language_name
from ...pdf.bidi import is_rtl_language
from ...pdf.poster import REQUIRED_FIELDS
from ...services.flyers import FlyerActivity
from ..status_colours import themed_colour
from ..table_model import Column, Index, TableModel, aligned

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2  # "12-09-2026 · Fælleshuset": the title column's second line
MISSING = QColor("#b00020")


class ActivityListModel(TableModel[FlyerActivity]):
    """Activities (newest first), filtered by title; rows are handed to the view 200 at a time."""

    TITLE, ESTATE, PERIOD, TRANSLATED = range(4)
    BATCH = batch = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[FlyerActivity] = []
        self._filter = ""

    def declare_columns(self) -> list[Column[FlyerActivity]]:
        return [
            Column(self.tr("Title"), lambda row: row.title, tooltip=lambda row: f"{row.title}\n{self._detail(row)}"),
            Column(self.tr("Estate"), lambda row: row.estate_name),
            Column(self.tr("Period"), self._period),
            Column(self.tr("Translated"), lambda row: ", ".join(language_name(code) for code in row.translated),
                   tooltip=self._translated_tooltip),
        ]

    def row_roles(self) -> dict[int, Callable[[FlyerActivity], Any]]:
        return {ID_ROLE: lambda row: row.id, DETAIL_ROLE: self._detail}

    def set_rows(self, rows: Iterable[FlyerActivity]) -> None:
        self._all = list(rows)
        self._apply()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._apply()

    def _apply(self) -> None:
        wanted = self._filter
        super().set_rows([r for r in self._all if wanted in r.title.casefold()] if wanted else self._all)

    def matching_ids(self) -> list[str]:
        """Every activity the filter lets through, also those not fetched into the view yet."""
        return [r.id for r in self.rows()]

    def row_of(self, activity_id: str) -> int:
        for number, row in enumerate(self.rows()):
            if row.id == activity_id:
                while number >= self.rowCount() and self.canFetchMore():
                    self.fetchMore()
                return number
        return -1

    def activity(self, row: int) -> FlyerActivity:
        return self._rows[row]

    @staticmethod
    def _period(row: FlyerActivity) -> str:
        return short_date(row.start_date) if row.start_date == row.end_date else \
            f"{short_date(row.start_date)} – {short_date(row.end_date)}"

    def _detail(self, row: FlyerActivity) -> str:
        """"12-09-2026 · Fælleshuset": the title column's second line."""
        return " · ".join(part for part in (self._period(row), row.house_name or row.estate_name) if part)

    def _translated_tooltip(self, row: FlyerActivity) -> str:
        if not row.translated:
            return self.tr("No language besides Danish is fully translated yet")
        return self.tr("Fully translated: %1").replace("%1", ", ".join(language_name(c) for c in row.translated))


class TitleWithDetailDelegate(QStyledItemDelegate):
    """The title with its dates and house on a second line, so two activities with one title differ.
    Each line is elided on its own; the tooltip has both in full."""

    def paint(self, painter, option, index) -> None:
        detail = index.data(DETAIL_ROLE)
        if not detail:
            return super().paint(painter, option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        title, item.text = item.text, ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        metrics = item.fontMetrics
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(item.palette.color(role))
        line = metrics.lineSpacing()
        top = text_rect.top() + (text_rect.height() - 2 * line) // 2
        for number, text in enumerate((title, detail)):
            rect = QRect(text_rect.left() + 2, top + number * line, text_rect.width() - 4, line)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        painter.restore()


class TranslationModel(TableModel[tuple[str, str]]):
    """One row (language, field) per chosen language and text; the last column is edited in place."""

    LANGUAGE, FIELD, DANISH, TRANSLATION = range(4)
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._danish: dict[str, str] = {}
        self._texts: dict[str, dict[str, str]] = {}
        self._suggested: set[tuple[str, str]] = set()
        self._languages: list[str] = []
        self._automatic: dict[str, str] = {}  # language -> the time line made from the phrase list

    def declare_columns(self) -> list[Column[tuple[str, str]]]:
        translation_roles: dict[int, Callable[[tuple[str, str]], Any]] = {
            Qt.ItemDataRole.TextAlignmentRole: lambda row: (aligned(Qt.AlignmentFlag.AlignRight)
                                                            if is_rtl_language(row[0]) and self._text(row) else None),
            Qt.ItemDataRole.FontRole: self._italic_when_suggested,
            Qt.ItemDataRole.ForegroundRole: self._foreground,
        }
        return [
            Column(self.tr("Language"), lambda row: language_name(row[0])),
            Column(self.tr("Text"), lambda row: self._field_label(row[1])),
            Column(self.tr("Danish"), lambda row: self._danish.get(row[1], "")),
            Column(self.tr("Translation"), self._shown_text, edit=self._text, set_value=self._set_text,
                   tooltip=self._tooltip, roles=translation_roles),
        ]

    # --- what the page calls ----------------------------------------------------

    def set_automatic(self, when_by_language: dict[str, str]) -> None:
        """The time lines the poster prints where no translation of "when" is typed."""
        self._automatic = dict(when_by_language)
        self._changed("when", self.TRANSLATION)

    def load(self, danish: dict[str, str], texts, suggested, languages: list[str]) -> None:
        self._danish = dict(danish)
        self._texts = {name: dict(values) for name, values in texts.items()}
        self._suggested = set(suggested)
        self._languages = list(languages)
        self._rebuild()

    def set_languages(self, languages: list[str]) -> None:
        self._languages = list(languages)
        self._rebuild()

    def set_danish(self, name: str, text: str) -> None:
        had = bool(self._danish.get(name, "").strip())
        self._danish[name] = text
        if had != bool(text.strip()):
            self._rebuild()
        else:
            self._changed(name, self.DANISH)

    def suggest(self, name: str, found: dict[str, str]) -> None:
        """Fill empty translations of `name` with earlier translations (shown as suggestions)."""
        changed = False
        for lang, text in found.items():
            if not self._texts.get(name, {}).get(lang, "").strip():
                self._texts.setdefault(name, {})[lang] = text
                self._suggested.add((name, lang))
                changed = True
        if changed:
            self._changed(name, 0)
            self.edited.emit()

    def translations(self) -> dict[str, dict[str, str]]:
        return {name: {lang: text for lang, text in values.items() if text.strip()}
                for name, values in self._texts.items()}

    def suggested(self) -> set[tuple[str, str]]:
        return set(self._suggested)

    def row_for(self, lang: str, name: str) -> int:
        return self.rows().index((lang, name))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        changed = super().setData(index, value, role)
        if changed:
            self.edited.emit()
        return changed

    # --- the cells ----------------------------------------------------------------

    def _rebuild(self) -> None:
        self.set_rows([(lang, name) for lang in self._languages for name in ("title", "description", "when")
                       if self._danish.get(name, "").strip()])

    def _changed(self, name: str, first_column: int) -> None:
        for number, (_lang, field) in enumerate(self.rows()):
            if field == name:
                self.dataChanged.emit(self.index(number, first_column), self.index(number, self.TRANSLATION))

    def _field_label(self, name: str) -> str:
        return {"title": self.tr("Title"), "description": self.tr("Description"),
                "when": self.tr("When (optional)")}[name]

    def _text(self, row: tuple[str, str]) -> str:
        lang, name = row
        return self._texts.get(name, {}).get(lang, "")

    def _missing(self, row: tuple[str, str]) -> bool:
        return not self._text(row).strip() and row[1] in REQUIRED_FIELDS

    def _automatic_text(self, row: tuple[str, str]) -> str:
        lang, name = row
        return self._automatic.get(lang, "") if name == "when" and not self._text(row).strip() else ""

    def _shown_text(self, row: tuple[str, str]) -> str:
        if self._missing(row):
            return self.tr("– missing –")
        return self._automatic_text(row) or self._text(row)

    def _set_text(self, row: tuple[str, str], value: Any) -> bool:
        lang, name = row
        text = str(value or "").strip()
        if self._text(row) == text and (name, lang) not in self._suggested:
            return False
        self._texts.setdefault(name, {})[lang] = text
        self._suggested.discard((name, lang))
        return True

    def _italic_when_suggested(self, row: tuple[str, str]) -> QFont | None:
        if (row[1], row[0]) not in self._suggested:
            return None
        font = QFont()
        font.setItalic(True)
        return font

    def _foreground(self, row: tuple[str, str]) -> QBrush | None:
        if self._missing(row):
            return QBrush(themed_colour(MISSING))
        if self._automatic_text(row):
            return QBrush(themed_colour("#6b6b6b"))
        return None

    def _tooltip(self, row: tuple[str, str]) -> str | None:
        lang, name = row
        if self._automatic_text(row):
            return self.tr("Made from the program's phrase list; type a translation to use another text")
        if self._missing(row):
            return self.tr("The poster cannot be printed in %1 until this text is translated").replace(
                "%1", language_name(lang))
        if (name, lang) in self._suggested:
            return self.tr("Suggested from an earlier translation of the same Danish text; save to keep it")
        return None
