"""Table models of the poster page: the activity list and the translations being edited."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.danish import short_date
from ...domain.languages import language_name
from ...pdf.poster import REQUIRED_FIELDS
from ...pdf.bidi import is_rtl_language
from ...services.flyers import FlyerActivity

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING = QColor("#b00020")


class ActivityListModel(QAbstractTableModel):
    """Activities (newest first), filtered by title; rows are handed to the view 200 at a time."""

    TITLE, ESTATE, PERIOD, TRANSLATED = range(4)
    BATCH = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[FlyerActivity] = []
        self._rows: list[FlyerActivity] = []
        self._shown = 0
        self._filter = ""

    def set_rows(self, rows: list[FlyerActivity]) -> None:
        self._all = list(rows)
        self._apply()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = [r for r in self._all if self._filter in r.title.casefold()] if self._filter else list(self._all)
        self._shown = min(self.BATCH, len(self._rows))
        self.endResetModel()

    def matching_ids(self) -> list[str]:
        """Every activity the filter lets through, also those not fetched into the view yet."""
        return [r.id for r in self._rows]

    def row_of(self, activity_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == activity_id:
                while number >= self._shown and self.canFetchMore():
                    self.fetchMore()
                return number
        return -1

    def activity(self, row: int) -> FlyerActivity:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(self.BATCH, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.TITLE:
                return row.title
            if column == self.ESTATE:
                return row.estate_name
            if column == self.PERIOD:
                return short_date(row.start_date) if row.start_date == row.end_date else \
                    f"{short_date(row.start_date)} – {short_date(row.end_date)}"
            return ", ".join(language_name(code) for code in row.translated)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TITLE:
            return row.title  # a long title is cut in the narrow list
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TRANSLATED:
            if not row.translated:
                return self.tr("No language besides Danish is fully translated yet")
            return self.tr("Fully translated: %1").replace("%1", ", ".join(language_name(c) for c in row.translated))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return [self.tr("Title"), self.tr("Estate"), self.tr("Period"), self.tr("Translated")][section]
        return None


class TranslationModel(QAbstractTableModel):
    """One row per chosen language and text; the last column is edited in place."""

    LANGUAGE, FIELD, DANISH, TRANSLATION = range(4)
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._danish: dict[str, str] = {}
        self._texts: dict[str, dict[str, str]] = {}
        self._suggested: set[tuple[str, str]] = set()
        self._languages: list[str] = []
        self._rows: list[tuple[str, str]] = []  # (language, field)
        self._automatic: dict[str, str] = {}  # language -> the time line made from the phrase list

    def set_automatic(self, when_by_language: dict[str, str]) -> None:
        """The time lines the poster prints where no translation of "when" is typed."""
        self._automatic = dict(when_by_language)
        for number, (_lang, field) in enumerate(self._rows):
            if field == "when":
                self.dataChanged.emit(self.index(number, self.TRANSLATION), self.index(number, self.TRANSLATION))

    def load(self, danish: dict[str, str], texts, suggested, languages: list[str]) -> None:
        self.beginResetModel()
        self._danish = dict(danish)
        self._texts = {name: dict(values) for name, values in texts.items()}
        self._suggested = set(suggested)
        self._languages = list(languages)
        self._rebuild()
        self.endResetModel()

    def set_languages(self, languages: list[str]) -> None:
        self.beginResetModel()
        self._languages = list(languages)
        self._rebuild()
        self.endResetModel()

    def set_danish(self, name: str, text: str) -> None:
        had = bool(self._danish.get(name, "").strip())
        self._danish[name] = text
        if had != bool(text.strip()):
            self.beginResetModel()
            self._rebuild()
            self.endResetModel()
        else:
            for number, (_lang, field) in enumerate(self._rows):
                if field == name:
                    self.dataChanged.emit(self.index(number, self.DANISH), self.index(number, self.TRANSLATION))

    def _rebuild(self) -> None:
        self._rows = [(lang, name) for lang in self._languages for name in ("title", "description", "when")
                      if self._danish.get(name, "").strip()]

    def suggest(self, name: str, found: dict[str, str]) -> None:
        """Fill empty translations of `name` with earlier translations (shown as suggestions)."""
        changed = False
        for lang, text in found.items():
            if not self._texts.get(name, {}).get(lang, "").strip():
                self._texts.setdefault(name, {})[lang] = text
                self._suggested.add((name, lang))
                changed = True
        if changed:
            for number, (_lang, field) in enumerate(self._rows):
                if field == name:
                    self.dataChanged.emit(self.index(number, 0), self.index(number, self.TRANSLATION))
            self.edited.emit()

    def translations(self) -> dict[str, dict[str, str]]:
        return {name: {lang: text for lang, text in values.items() if text.strip()}
                for name, values in self._texts.items()}

    def suggested(self) -> set[tuple[str, str]]:
        return set(self._suggested)

    def row_for(self, lang: str, name: str) -> int:
        return self._rows.index((lang, name))

    def _field_label(self, name: str) -> str:
        return {"title": self.tr("Title"), "description": self.tr("Description"),
                "when": self.tr("When (optional)")}[name]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.TRANSLATION:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        lang, name = self._rows[index.row()]
        text = self._texts.get(name, {}).get(lang, "")
        column = index.column()
        missing = not text.strip() and name in REQUIRED_FIELDS
        automatic = self._automatic.get(lang, "") if name == "when" and not text.strip() else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.LANGUAGE:
                return language_name(lang)
            if column == self.FIELD:
                return self._field_label(name)
            if column == self.DANISH:
                return self._danish.get(name, "")
            if role == Qt.ItemDataRole.DisplayRole and missing:
                return self.tr("– missing –")
            if role == Qt.ItemDataRole.DisplayRole and automatic:
                return automatic
            return text
        if column != self.TRANSLATION:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and is_rtl_language(lang) and text:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (name, lang) in self._suggested:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return QBrush(MISSING)
        if role == Qt.ItemDataRole.ForegroundRole and automatic:
            return QBrush(QColor("#757575"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if automatic:
                return self.tr("Made from the program's phrase list; type a translation to use another text")
            if missing:
                return self.tr("The poster cannot be printed in %1 until this text is translated").replace(
                    "%1", language_name(lang))
            if (name, lang) in self._suggested:
                return self.tr("Suggested from an earlier translation of the same Danish text; save to keep it")
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.TRANSLATION or role != Qt.ItemDataRole.EditRole:
            return False
        lang, name = self._rows[index.row()]
        text = str(value or "").strip()
        if self._texts.get(name, {}).get(lang, "") == text and (name, lang) not in self._suggested:
            return False
        self._texts.setdefault(name, {})[lang] = text
        self._suggested.discard((name, lang))
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return [self.tr("Language"), self.tr("Text"), self.tr("Danish"), self.tr("Translation")][section]
        return None
