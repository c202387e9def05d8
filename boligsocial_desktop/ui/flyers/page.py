"""Plakater: a poster for an activity in Danish and the residents' languages, previewed while editing.

Pick an activity in the list on the left (activity_list), write or fetch the translations (texts_tab,
saved as you type), choose template, paper, languages, picture and QR code (layout_tab), and the
preview on the right follows (preview_panel, redrawn on the background worker a moment after the last
key press). This page only puts the panels side by side and passes the chosen activity between them.

All database and file work goes through `context.tasks.run`. File names are asked and summaries shown
through `files` (FileQuestions), so tests can drive the page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ...pdf.poster import PosterContent, PosterOptions
from ...services.flyers import FlyerService, PosterSource
from ..context import AppContext
from ..watched_tables import ACTIVITIES, PLACES
from .activity_list import ActivityListPanel
from .file_questions import FileQuestions
from .layout_tab import PosterLayoutTab
from .message_line import MessageLine
from .preview_panel import PosterPreviewPanel, Preview
from .texts_tab import PosterTextsTab


class FlyersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("FlyersPage")
        self.context = context
        self.service = FlyerService(context.db)
        self.files = FileQuestions(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter)
        # Built in the order the keyboard visits them: list, editor (heading, tabs, messages), preview.
        self.messages = MessageLine()
        self.activity_list = ActivityListPanel(context, self.files, self.messages, self._batch_options,
                                               self.splitter)
        editor = QWidget(self.splitter)
        editor.setObjectName("editorPanel")
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Choose an activity in the list."), editor)
        self.heading.setObjectName("activityHeading")
        self.heading.setWordWrap(True)
        editor_layout.addWidget(self.heading)
        self.tabs = QTabWidget(editor)
        self.tabs.setObjectName("tabs")
        editor_layout.addWidget(self.tabs)
        self.texts = PosterTextsTab(context, self.files, self.messages, self.chosen_languages, self.tabs)
        self.layout_tab = PosterLayoutTab(context, self.files, self.messages, self.tabs)
        for tab in (self.texts, self.layout_tab):
            self.tabs.addTab(tab, tab.windowTitle())
        self.messages.setParent(editor)
        editor_layout.addWidget(self.messages)
        self.preview_panel = PosterPreviewPanel(context, self.files, self.messages, self._draft, self.texts.title,
                                                self.texts.look_up_phrases, self.splitter)
        for index, stretch in enumerate((2, 3, 3)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setSizes([460, 380, 410])

        self.activity_list.chosen.connect(self._activity_chosen)
        self.activity_list.opened.connect(self.open_texts)
        self.texts.edited.connect(self.schedule_preview)
        self.texts.imported.connect(self.reload_source)
        self.layout_tab.changed.connect(self.schedule_preview)
        self.layout_tab.languages_changed.connect(self._languages_changed)
        self.layout_tab.logo_changed.connect(self._logo_changed)
        context.watch(self, ACTIVITIES | PLACES, self._shown_activity_may_have_changed)
        self._set_enabled(False)
        self.reload()

    # --- What the panels share ----------------------------------------------------------------

    @property
    def source(self) -> PosterSource | None:
        """The activity shown, as last saved."""
        return self.texts.source

    @property
    def preview(self) -> Preview | None:
        return self.preview_panel.preview

    def chosen_languages(self) -> list[str]:
        return self.layout_tab.chosen_languages()

    def _batch_options(self) -> dict:
        return self.layout_tab.batch_options()

    def _draft(self) -> tuple[PosterContent, PosterOptions] | None:
        content = self.texts.content()
        return None if content is None else (content, self.layout_tab.options())

    # --- Choosing an activity -----------------------------------------------------------------

    def reload(self) -> None:
        self.activity_list.reload()

    def select_activity(self, activity_id: str) -> None:
        self.activity_list.select_activity(activity_id)

    def open_texts(self) -> None:
        """The chosen activity's poster texts, keyboard in the title."""
        self.tabs.setCurrentWidget(self.texts)
        self.texts.ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activity_chosen(self, activity_id: str) -> None:
        service = self.service

        def show_next() -> None:
            self.context.tasks.run(lambda: service.source(activity_id), self._show_source, self.messages.show_problem)

        # the typed texts could not be saved: they and their activity stay on screen
        self.texts.flush_texts(show_next, self.activity_list.keep_shown)

    def reload_source(self) -> None:
        """Show the current activity again as saved (after an import)."""
        if self.source is not None:
            service, activity_id = self.service, self.source.activity_id
            self.context.tasks.run(lambda: service.source(activity_id), self._show_source, self.messages.show_problem)

    def _shown_activity_may_have_changed(self) -> None:
        """A save (the calendar, another PC) may have changed the shown activity: its dates, place or texts."""
        if self.source is not None:
            service, activity_id = self.service, self.source.activity_id
            self.context.tasks.run(lambda: service.source(activity_id), self._show_if_changed, lambda _exc: None)

    def _show_if_changed(self, fresh: PosterSource) -> None:
        """Show the newer version unless texts are being typed or saved (that save meets the change itself)."""
        shown = self.source
        if shown is None or fresh.activity_id != shown.activity_id or fresh == shown or self.texts.busy():
            return
        self._show_source(fresh)

    def _show_source(self, source: PosterSource) -> None:
        self.activity_list.shown_id, self.activity_list.wanted_id = source.activity_id, None
        self.heading.setText(f"<b>{source.content.title}</b> · {source.content.estate}")
        self.layout_tab.show_source(source)  # first: the texts tab shows the languages ticked there
        self.texts.show_source(source)
        self._set_enabled(True)
        self.messages.clear()
        self.render_preview()

    def _set_enabled(self, enabled: bool) -> None:
        self.tabs.setEnabled(enabled)
        self.preview_panel.set_output_enabled(enabled)

    def _languages_changed(self) -> None:
        self.texts.set_languages(self.chosen_languages())
        self.schedule_preview()

    def _logo_changed(self, updated: PosterSource) -> None:
        self.texts.replace_source(updated)
        self.render_preview()

    # --- Preview ------------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        if self.source is not None:
            self.preview_panel.schedule_preview()

    def render_preview(self) -> None:
        self.preview_panel.render_preview()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.window().isVisible():
            self.texts.flush_texts()  # another page is shown: save on the worker as usual
        else:
            self.texts.save_while_closing()
        super().hideEvent(event)
