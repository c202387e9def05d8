"""Checks of what a user sees in a window: what is cut off, elided without a tooltip, English, or hard to
read. test_visual.py runs them on every page, tab and dialog that walk.py opens."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

from boligsocial_desktop.paths import resources_dir
from boligsocial_desktop.screenshot import dark_palette  # noqa: F401 - the tests' dark mode is the screenshots'
from boligsocial_desktop.ui.combo_fit import text_is_cut


@dataclass(frozen=True)
class Problem:
    where: str
    widget: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.widget}: {self.what}"


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isVisible()


# --- cut off and elided ---------------------------------------------------------------------------------

def _inside_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def cut_off(root: QWidget, where: str) -> list[Problem]:
    """Visible widgets that reach outside their window (not counting what scrolls inside a scroll area)."""
    problems = []
    window_rect = root.rect()
    for widget in root.findChildren(QWidget):
        if (not shown(widget, root) or isinstance(widget, QMenu) or widget.isWindow()
                or _inside_scroll_area(widget, root)):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
        if not window_rect.contains(rect):
            problems.append(Problem(where, _name(widget), f"cut off: {rect.getRect()} outside {window_rect.getRect()}"))
    return problems


def _plain(text: str) -> str:
    """The text as shown: rich text as its plain text, a mnemonic's & left out."""
    if "<" in text and re.search(r"<[a-zA-Z/]", text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model whose columnCount is private
        return 1


def elided(root: QWidget, where: str) -> list[Problem]:
    """Labels, buttons and combo boxes too narrow for their text, without a tooltip that says it in full."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not shown(widget, root) or widget.toolTip() or (_inside_scroll_area(widget, root) and \
                isinstance(widget.parentWidget(), QAbstractItemView)):
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and widget.pixmap().isNull():
            lines = _plain(widget.text()).splitlines() or [""]
            needed = max(metrics.horizontalAdvance(line) for line in lines)
            available = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
            if needed > available + 1:
                problems.append(Problem(where, _name(widget), f"label cut: {_plain(widget.text())!r} "
                                                               f"needs {needed}px, has {available}px"))
        elif isinstance(widget, (QPushButton, QToolButton, QCheckBox, QRadioButton)) and widget.text():
            if widget.width() + 1 < widget.sizeHint().width() and not isinstance(widget, QToolButton):
                problems.append(Problem(where, _name(widget), f"button cut: {widget.text()!r} "
                                                               f"needs {widget.sizeHint().width()}px, "
                                                               f"has {widget.width()}px"))
        elif isinstance(widget, QComboBox) and widget.count() and text_is_cut(widget):
            problems.append(Problem(where, _name(widget), f"combo cuts {widget.currentText()!r}"))
    return problems


# --- English on screen -------------------------------------------------------------------------------------

ENGLISH_WORDS = re.compile(
    r"\b(the|and|Save|Cancel|Close|Open|Delete|New|Edit|Week|Month|Yes|Search|Print|Settings|User|Add|Remove|"
    r"Apply|Browse|Error|Warning|Title|Description|Language|Choose|Select|Show|Hide|Next|Back|Finish|"
    r"Loading|Working|None|Today|Room|House|Estate|Activity|Activities|Name|Date|Time)\b")


KEY_NAMES = re.compile(r"\b(Enter|Delete|Del|Esc|Tab|Ctrl|Alt|Shift|Home|End|F\d+)\b")  # keys are named so


@lru_cache(maxsize=1)
def catalogue() -> dict[str, str]:
    """English source text -> its Danish translation, from every .ts file."""
    out = {}
    for ts in sorted((resources_dir() / "translations").glob("*_da.ts")):
        for message in ET.parse(ts).iter("message"):
            source, translation = message.findtext("source") or "", message.findtext("translation") or ""
            if translation and translation != source:
                out[source] = translation
    return out


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(widget, text) for every text the user can read in the window: labels, buttons, titles, tabs,
    combo items, placeholders and the column headers of lists and tables."""
    yield "window title", root.windowTitle()
    for widget in root.findChildren(QWidget):
        if not shown(widget, root):
            continue
        name = _name(widget)
        if isinstance(widget, QLabel):
            yield name, _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabWidget):
            for number in range(widget.count()):
                yield name, widget.tabText(number)
        elif isinstance(widget, QComboBox):
            for number in range(widget.count()):
                yield name, widget.itemText(number)
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for section in range(_columns(model)):
                yield name, str(model.headerData(section, Qt.Orientation.Horizontal) or "")


def english(root: QWidget, where: str) -> list[Problem]:
    problems = []
    sources = catalogue()
    for name, text in visible_texts(root):
        text = text.strip()
        bare = text.replace("&", "")
        if not bare:
            continue
        if len(bare) >= 3 and (text in sources or bare in sources):
            danish = sources.get(text) or sources.get(bare)
            problems.append(Problem(where, name, f"English on screen: {bare!r} (Danish: {danish!r})"))
        elif ENGLISH_WORDS.search(KEY_NAMES.sub("", bare)):
            problems.append(Problem(where, name, f"English word on screen: {bare!r}"))
    return problems


# --- colours -------------------------------------------------------------------------------------------------

def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _background(widget: QWidget) -> QColor:
    while widget is not None:
        if widget.autoFillBackground() or "background" in widget.styleSheet() or widget.isWindow():
            return widget.palette().color(widget.backgroundRole())
        widget = widget.parentWidget()
    return QApplication.palette().color(QPalette.ColorRole.Window)


def low_contrast(root: QWidget, where: str, minimum: float = 4.5) -> list[Problem]:
    """Labels in a colour of their own (error, warning, notice) and coloured rows of lists, against their
    background, below `minimum`."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not shown(widget, root):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.isEnabled():
            background = _background(widget)
            colours = [widget.palette().color(widget.foregroundRole())]
            colours += [QColor(c) for c in re.findall(r"color:\s*(#[0-9a-fA-F]{3,6})", widget.text())]
            for colour in colours:
                if contrast(colour, background) < minimum:
                    problems.append(Problem(where, _name(widget), f"text {colour.name()} on {background.name()}: "
                                                                   f"{contrast(colour, background):.1f}:1"))
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) \
                and widget.model() is not None:
            problems += _rows_contrast(widget, where, minimum)
    return problems


def _rows_contrast(view: QAbstractItemView, where: str, minimum: float) -> list[Problem]:
    model, palette = view.model(), view.palette()
    seen = set()
    problems = []
    for row in range(min(model.rowCount(QModelIndex()), 80)):
        for column in range(_columns(model)):
            index = model.index(row, column)
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            if foreground is None and background is None:
                continue
            fg = _colour(foreground) or palette.color(QPalette.ColorRole.Text)
            bg = _colour(background) or palette.color(QPalette.ColorRole.Base)
            key = (fg.name(), bg.name())
            if key in seen:
                continue
            seen.add(key)
            if contrast(fg, bg) < minimum:
                problems.append(Problem(where, _name(view), f"row {row} column {column}: {fg.name()} on {bg.name()}: "
                                                             f"{contrast(fg, bg):.1f}:1"))
    return problems


def _colour(value) -> QColor | None:
    if value is None:
        return None
    return value.color() if hasattr(value, "color") else QColor(value)
