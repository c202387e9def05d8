"""Hjælp → Brugervejledning: the guide's Markdown pages in a QTextBrowser, with pictures and a search.

One window per main window, not modal, so the user can read and work side by side. F1 opens
the page of the current view, at the section named like the view's current tab ("Vagtplan",
"Sikkerhedskopier") when the page has one.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from .guide import INDEX, PAGE_OF_VIEW, guide_dir, page_titles, search

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # (file, heading) of a list entry
PICTURE_MARGIN = 32  # pixels kept free beside a picture scaled to the window's width


class GuideBrowser(QTextBrowser):
    """Renders Markdown; pictures are scaled down to the width of the window, never cut off."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        url = QUrl(name) if isinstance(name, str) else name
        if kind == QTextDocument.ResourceType.ImageResource.value:
            resolved = self.source().resolved(url) if url.isRelative() else url
            image = QImage(resolved.toLocalFile())
            if not image.isNull():
                width = max(200, self.viewport().width() - PICTURE_MARGIN)
                if image.width() > width:
                    image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                return image
        return super().loadResource(kind, url)


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(1000, 720)
        self.folder = guide_dir()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search the guide, for example backup"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the guide"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Pages and search results"))
        self.topics.setWordWrap(True)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.browser = GuideBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Guide page"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.contents_button = QPushButton(self.tr("&Contents"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search_edit, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.topics, 1)
        left_layout.addWidget(self.empty_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.contents_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.browser, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search_edit.textChanged.connect(self.show_hits)
        self.search_edit.returnPressed.connect(self._open_first_hit)
        self.topics.itemActivated.connect(self._open_item)
        self.topics.itemClicked.connect(self._open_item)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.contents_button.clicked.connect(lambda: self.open_page(INDEX))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.show_hits("")

    # --- what is shown ----------------------------------------------------------------------------

    def current_file(self) -> str:
        return self.browser.source().fileName()

    def open_page(self, file: str, heading: str | None = None, highlight: str = "") -> None:
        path = self.folder / file
        if not path.exists():
            path = self.folder / INDEX
        url = QUrl.fromLocalFile(str(path))
        if self.browser.source() != url:
            self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)
        self.go_to_heading(heading)
        self._highlight(highlight)

    def go_to_heading(self, heading: str | None) -> bool:
        """Scroll so that the section with this heading is at the top; the page's top when there is none."""
        bar = self.browser.verticalScrollBar()
        block = self.browser.document().begin()
        while heading and block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip().casefold() == heading.casefold():
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                top = self.browser.document().documentLayout().blockBoundingRect(block).top()
                bar.setValue(int(top))
                return True
            block = block.next()
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        bar.setValue(0)
        return False

    def visible_headings(self) -> list[str]:
        """The headings the user sees in the browser now, top to bottom."""
        layout, top = self.browser.document().documentLayout(), self.browser.verticalScrollBar().value()
        bottom = top + self.browser.viewport().height()
        block, seen = self.browser.document().begin(), []
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if block.blockFormat().headingLevel() > 0 and rect.top() >= top - 2 and rect.bottom() <= bottom + 2:
                seen.append(block.text())
            block = block.next()
        return seen

    def _highlight(self, words: str) -> None:
        selections = []
        marked = QTextCharFormat()
        marked.setBackground(self.palette().highlight().color().lighter(160))
        for word in words.split():
            cursor = self.browser.document().find(word)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor, selection.format = cursor, marked
                selections.append(selection)
                cursor = self.browser.document().find(word, cursor)
        self.browser.setExtraSelections(selections)

    # --- the list on the left: pages, or the search's hits ------------------------------------------

    def show_hits(self, query: str) -> None:
        self.topics.clear()
        self.empty_label.clear()
        if not query.strip():
            for file, title in page_titles(self.folder):
                item = QListWidgetItem(title)
                item.setData(TARGET_ROLE, (file, None))
                self.topics.addItem(item)
            return
        hits = search(query, self.folder)
        for hit in hits:
            section = hit.section
            where = f"{section.page_title} – {section.heading}" if section.heading else section.page_title
            item = QListWidgetItem(f"{where}\n{hit.snippet}")
            item.setData(TARGET_ROLE, (section.file, section.heading or None))
            item.setToolTip(hit.snippet)
            self.topics.addItem(item)
        if not hits:
            self.empty_label.setText(
                self.tr("Nothing in the guide matches “%1”. Try another word.").replace("%1", query)
            )
        else:
            self.empty_label.setText(self.tr("1 place found") if len(hits) == 1 else
                                     self.tr("%1 places found").replace("%1", str(len(hits))))

    def _open_item(self, item: QListWidgetItem) -> None:
        file, heading = item.data(TARGET_ROLE)
        self.open_page(file, heading, self.search_edit.text())

    def _open_first_hit(self) -> None:
        if self.topics.count():
            self.topics.setCurrentRow(0)
            self._open_item(self.topics.item(0))

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def sizeHint(self) -> QSize:
        return QSize(1000, 720)


def view_topic(window) -> tuple[str, str | None]:
    """The guide page of the window's current view, and the section named like its current tab."""
    key: str | None = window.current_page_key() if hasattr(window, "current_page_key") else None
    file = PAGE_OF_VIEW.get(key, INDEX) if key is not None else INDEX
    page = getattr(window, "pages", {}).get(key)
    tabs = page.findChild(QTabWidget) if page is not None else None
    heading = tabs.tabText(tabs.currentIndex()).replace("&", "") if tabs is not None and tabs.count() else None
    return file, heading


def show_help(window: QWidget) -> HelpWindow:
    """Open (or raise) the guide at the page of the current view."""
    help_window = window.findChild(HelpWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if help_window is None:
        help_window = HelpWindow(window)
    file, heading = view_topic(window)
    was_open = help_window.isVisible()
    help_window.show()
    if was_open and QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise (and says so)
        help_window.raise_()
        help_window.activateWindow()
    help_window.open_page(file, heading)
    return help_window
