"""The poster page's Texts tab: the Danish title and description, the translations, saved as you type.

Texts are saved AUTOSAVE_DELAY_MS after the last key press, before another activity is shown
(`flush_texts`), when another page is shown, and while the window closes (`save_while_closing`,
on the UI thread because the worker stops). A save refused because the activity changed elsewhere is
tried again on the newer version when nobody else changed these texts; otherwise the typed texts stay
on screen with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ...errors import AppError, StaleEditError
from ...pdf.poster import PosterContent
from ...services.flyers import FlyerService, ImportResult, PosterSource, normalise, safe_file_name
from ..context import AppContext
from ..forms.flyers_texts_tab_ui import Ui_PosterTextsTab
from .file_questions import FileQuestions
from .message_line import MessageLine
from .models import TranslationModel

AUTOSAVE_DELAY_MS = 800  # texts are saved this long after the last key press, and before leaving

Then = Callable[[], None] | None


class PosterTextsTab(QWidget):
    edited = Signal()  # a text changed: the preview follows
    imported = Signal()  # translations were imported: show the activity again as saved

    def __init__(self, context: AppContext, files: FileQuestions, messages: MessageLine,
                 chosen_languages: Callable[[], list[str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = FlyerService(context.db)
        self.files = files
        self.messages = messages
        self.chosen_languages = chosen_languages
        self.source: PosterSource | None = None
        self._loading = False
        self._looked_up: dict[str, str] = {}  # Danish texts already looked up in the phrase memory
        self._unsaved = False  # texts typed since the last save
        self._saving = False
        self._save_error: str | None = None  # why the last save was refused (the texts stay in the fields)
        self._after_save: list[tuple[Then, Then]] = []  # (then, refused) waiting for the save in progress
        self._refuse: Callable[[BaseException], None] = messages.show_problem

        ui = self.ui = Ui_PosterTextsTab()
        ui.setupUi(self)
        self.translation_model = TranslationModel(self)
        ui.translationTable.setModel(self.translation_model)
        header = ui.translationTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TranslationModel.TRANSLATION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 62), (1, 84), (2, 120)):
            ui.translationTable.setColumnWidth(column, width)
        ui.translationTable.verticalHeader().hide()

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(AUTOSAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_texts)
        ui.titleEdit.textEdited.connect(lambda text: self._danish_edited("title", text))
        ui.descriptionEdit.textChanged.connect(
            lambda: self._danish_edited("description", ui.descriptionEdit.toPlainText()))
        self.translation_model.edited.connect(self.edited)
        self.translation_model.edited.connect(self._texts_edited)
        ui.saveTextsButton.clicked.connect(self.save_texts_now)
        ui.exportButton.clicked.connect(self.export_texts)
        ui.importButton.clicked.connect(self.import_texts)

    # --- Showing ------------------------------------------------------------------------------

    def show_source(self, source: PosterSource) -> None:
        self.source = source
        content = source.content
        ui = self.ui
        self._loading = True
        try:
            ui.titleEdit.setText(content.title)
            ui.descriptionEdit.setPlainText(content.description)
            ui.whenValue.setText(content.when)
            self.translation_model.load({"title": content.title, "description": content.description,
                                         "when": content.when}, content.translations, source.suggested,
                                        self.chosen_languages())
            self._looked_up = {"title": normalise(content.title), "description": normalise(content.description)}
            self.translation_model.set_automatic(dict(content.facts.get("when", {})))
        finally:
            self._loading = False
        self._unsaved, self._save_error = False, None
        ui.saveStateLabel.setText(self.tr("Texts are saved as you type."))

    def replace_source(self, updated: PosterSource) -> None:
        """A newer version of the activity (the estate's logo changed); the typed texts stay."""
        model = self.translation_model
        texts = (self.title(), self.description(), model.translations(), model.suggested())
        self.source = updated
        model.load({"title": texts[0], "description": texts[1], "when": updated.content.when},
                   texts[2], texts[3], self.chosen_languages())

    def busy(self) -> bool:
        """Texts typed and not saved yet, or a save under way."""
        return self._unsaved or self._saving

    def set_languages(self, languages: list[str]) -> None:
        self.translation_model.set_languages(languages)

    def title(self) -> str:
        return self.ui.titleEdit.text()

    def description(self) -> str:
        return self.ui.descriptionEdit.toPlainText()

    def content(self) -> PosterContent | None:
        """The poster's texts as typed, or None before an activity is chosen."""
        if self.source is None:
            return None
        return FlyerService.with_texts(self.source, self.title(), self.description(),
                                       self.translation_model.translations())

    def look_up_phrases(self) -> None:
        """Offer earlier translations when the Danish title or description becomes a known text."""
        service = self.service
        for name, text in (("title", self.title()), ("description", self.description())):
            key = normalise(text)
            if key and key != self._looked_up.get(name):
                self._looked_up[name] = key
                self.context.tasks.run(partial(service.suggestions, text),
                                       partial(self.translation_model.suggest, name), self.messages.show_problem)

    # --- Editing and saving -------------------------------------------------------------------

    def _danish_edited(self, name: str, text: str) -> None:
        if self._loading:
            return
        self.translation_model.set_danish(name, text)
        self.edited.emit()
        self._texts_edited()

    def _texts_edited(self) -> None:
        if self._loading or self.source is None:
            return
        self._unsaved = True
        self.ui.saveStateLabel.setText(self.tr("Not saved yet …"))
        self.save_timer.start()

    def save_texts(self, then: Then = None, refused: Then = None) -> None:
        """Save the texts as typed (the fields stay as they are); then `then()`, or `refused()` on an error."""
        self.save_timer.stop()
        if then or refused:
            self._after_save.append((then, refused))
        if self._saving:
            return  # `done` saves again if more was typed, then calls the waiting callbacks
        source = self.source
        if source is None:
            self._run_after_save(True)
            return
        service = self.service
        title, description = self.title(), self.description()
        translations = self.translation_model.translations()
        self._saving, self._unsaved = True, False

        def done(saved: PosterSource) -> None:
            self._saving, self._save_error = False, None
            if self.source is not None and self.source.activity_id == saved.activity_id:
                self.source = saved  # the newer version; what the user types meanwhile stays in the fields
            self.messages.clear_problem()
            if self._unsaved:
                self.save_texts()
                return
            self.ui.saveStateLabel.setText(self.tr("Saved"))
            self._run_after_save(True)

        def failed(exc: BaseException) -> None:
            self._saving, self._unsaved = False, True
            if isinstance(exc, StaleEditError) and self.source is source:
                # Changed elsewhere (another PC, the calendar): go on from the newer version when nobody
                # else changed these texts; otherwise say so and keep the typed texts on screen.
                self.context.tasks.run(lambda: service.source(source.activity_id),
                                       lambda fresh: self._retry_on(fresh, source, exc), lambda _e: refuse(exc))
                return
            refuse(exc)

        def refuse(exc: BaseException) -> None:
            self._save_error = getattr(exc, "message", str(exc))
            self.ui.saveStateLabel.setText(self.tr("Not saved"))
            self.messages.show_problem(exc)
            self._run_after_save(False)

        self._refuse = refuse
        self.context.tasks.run(lambda: service.save_texts(source.activity_id, source.version, title, description,
                                                          translations), done, failed)

    def _retry_on(self, fresh: PosterSource, old: PosterSource, exc: BaseException) -> None:
        same_texts = (fresh.content.title, fresh.content.description, fresh.saved) == (
            old.content.title, old.content.description, old.saved)
        if same_texts and self.source is old:
            self.source = fresh
            self.save_texts()
        else:
            self._refuse(exc)

    def _run_after_save(self, saved: bool) -> None:
        waiting, self._after_save = self._after_save, []
        for then, refused in waiting:
            call = then if saved else refused
            if call:
                call()

    def save_texts_now(self) -> None:
        """The "Gem tekster" button: save at once and say so."""
        self.save_texts(lambda: self.messages.show_notice(self.tr("The texts are saved.")))

    def flush_texts(self, then: Then = None, refused: Then = None) -> None:
        """Save typed texts now (before another activity is shown or the page is left)."""
        if self._unsaved and self.source is not None:
            self.save_texts(then, refused)
        elif then:
            then()

    def save_while_closing(self) -> None:
        """The window closes: the worker stops after this, so the typed texts are saved here and now."""
        source = self.source
        if not self._unsaved or source is None or self._saving:
            return
        self.save_timer.stop()
        try:
            self.source = self.service.save_texts(source.activity_id, source.version, self.title(),
                                                  self.description(), self.translation_model.translations())
            self._unsaved = False
        except AppError as exc:
            self.messages.show_problem(exc)

    # --- The translator's file ----------------------------------------------------------------

    def export_texts(self) -> None:
        if self.source is None:
            return
        name = safe_file_name(f"Oversættelse – {self.source.content.title}") + ".xlsx"
        path = self.files.ask_save_path(self.tr("Texts for the translator"), name,
                                        self.tr("Excel files (*.xlsx);;CSV files (*.csv)"))
        if not path:
            return
        service, activity_id, languages = self.service, self.source.activity_id, self.chosen_languages()
        self.context.tasks.run(
            lambda: service.export_texts([activity_id], languages, Path(path)),
            lambda count: self.files.inform(
                self.tr("Texts for the translator"),
                self.tr("%n text(s) saved in %1. Send the file to the translator and import it "
                        "here when it comes back.", "", count).replace("%1", str(path))),
            self.messages.show_problem)

    def import_texts(self) -> None:
        path = self.files.ask_open_path(self.tr("Import translations"),
                                        self.tr("Excel or CSV files (*.xlsx *.csv)"))
        if not path:
            return
        service = self.service

        def done(result: ImportResult) -> None:
            lines = [self.tr("%n translation(s) imported", "", result.updated) + " "
                     + self.tr("for %n activity(ies).", "", result.activities)]
            lines += list(result.skipped)
            self.files.inform(self.tr("Import translations"), "\n".join(lines))
            self.imported.emit()

        self.context.tasks.run(lambda: service.import_texts(Path(path)), done, self.messages.show_problem)
