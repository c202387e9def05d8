"""Plakater: a poster for an activity in Danish and the residents' languages, previewed while editing.

Pick an activity on the left, write or fetch the translations, choose template, paper,
languages, picture and QR code, and the preview on the right follows (redrawn on the
background worker a moment after the last key press). Print goes through the system print
dialog; Save as PDF writes the file. A poster with a missing translation shows a red note in
the preview and cannot be printed or saved until the text is there or the language is
deselected.

All database and file work goes through `context.tasks.run`. File names are asked through
`ask_save_path`, `ask_open_path` and `ask_directory`, and summaries shown through `inform`,
so tests can drive the page.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFileDialog, QHeaderView, QListWidgetItem, QMessageBox, QWidget

from ...domain.languages import language_name
from ...errors import AppError, StaleEditError
from ...pdf.poster import PAPERS, PosterContent, PosterOptions, all_templates, make_qr, missing_message
from ...pdf.poster.images import Picture, load_picture
from ...pdf.poster.languages import endonym, poster_languages
from ...pdf.poster.pictograms import PICTOGRAMS
from ...services.flyers import FlyerActivity, FlyerService, PosterSource, normalise, safe_file_name
from ...services.places import EstateInfo, PlacesService
from ...services.validation import MAX_SEARCH_LENGTH
from ..context import AppContext
from ..forms.flyers_page_ui import Ui_FlyersPage
from ..messages import show_error
from ..pdf_preview import print_pdf, render_pages
from ..status_colours import themed
from ..watched_tables import ACTIVITIES, PLACES
from .models import ID_ROLE, ActivityListModel, TitleWithDetailDelegate, TranslationModel

ERROR_STYLE = "color: #b00020;"
NOTICE_STYLE = "color: #1f5f8b;"
PREVIEW_DELAY_MS = 300
AUTOSAVE_DELAY_MS = 800  # texts are saved this long after the last key press, and before leaving
CODE_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class _ListData:
    estates: list[EstateInfo]
    activities: list[FlyerActivity]


@dataclass(frozen=True)
class Preview:
    pdf: bytes
    pages: list[QImage]
    missing: list[tuple[str, str]]
    seconds: float


class FlyersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = FlyerService(context.db)
        self.source: PosterSource | None = None
        self.picture: Picture | None = None
        self.preview: Preview | None = None
        self.last_pdf_path: Path | None = None
        self._busy = False
        self._dirty = False
        self._loading = False
        self._wanted_id: str | None = None
        self._looked_up: dict[str, str] = {}  # Danish texts already looked up in the phrase memory
        self._unsaved = False  # texts typed since the last save
        self._saving = False
        self._save_error: str | None = None  # why the last save was refused (the texts stay in the fields)
        self._after_save: list = []  # (then, refused) waiting for the save in progress

        ui = self.ui = Ui_FlyersPage()
        ui.setupUi(self)
        self.activity_model = ActivityListModel(self)
        ui.activityTable.setModel(self.activity_model)
        header = ui.activityTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((ActivityListModel.TITLE, 120), (ActivityListModel.ESTATE, 110),
                              (ActivityListModel.PERIOD, 160)):
            ui.activityTable.setColumnWidth(column, width)
        header.moveSection(header.visualIndex(ActivityListModel.PERIOD), 1)  # two "Lektiecafé" differ by dates
        ui.activityTable.verticalHeader().hide()
        ui.activityTable.setItemDelegateForColumn(ActivityListModel.TITLE, TitleWithDetailDelegate(ui.activityTable))
        ui.activityTable.verticalHeader().setDefaultSectionSize(2 * ui.activityTable.fontMetrics().lineSpacing() + 8)
        self.translation_model = TranslationModel(self)
        ui.translationTable.setModel(self.translation_model)
        theader = ui.translationTable.horizontalHeader()
        theader.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        theader.setSectionResizeMode(TranslationModel.TRANSLATION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 62), (1, 84), (2, 120)):
            ui.translationTable.setColumnWidth(column, width)
        ui.translationTable.verticalHeader().hide()
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setStretchFactor(2, 3)
        ui.splitter.setSizes([460, 380, 410])

        for template in all_templates().values():
            ui.templateCombo.addItem(template.label, template.name)
        for paper in ("A4", "A5", "A3"):
            ui.paperCombo.addItem(paper, paper)
        ui.pictogramCombo.addItem(self.tr("Automatic (from the title)"), None)
        ui.pictogramCombo.addItem(self.tr("No pictogram"), "")
        labels = {"mad": self.tr("Food and shared meals"), "lektier": self.tr("Homework and reading"),
                  "kaffe": self.tr("Coffee and café"), "sport": self.tr("Sport and exercise"),
                  "familie": self.tr("Family and community"), "snak": self.tr("Talk and advice")}
        for key in PICTOGRAMS:
            ui.pictogramCombo.addItem(labels[key], key)
        ui.qrKindCombo.addItem(self.tr("Sign-up link"), "url")
        ui.qrKindCombo.addItem(self.tr("Phone call"), "tel")
        ui.qrKindCombo.addItem(self.tr("Text message"), "sms")
        ui.qrKindCombo.addItem(self.tr("No QR code"), None)
        for code in poster_languages():
            item = QListWidgetItem(f"{language_name(code)} – {endonym(code)}")
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code == "da" else Qt.CheckState.Unchecked)
            if code == "da":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Danish is always on the poster"))
            ui.languageList.addItem(item)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.render_preview)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(AUTOSAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_texts)

        ui.estateCombo.currentIndexChanged.connect(self._estate_changed)
        ui.searchEdit.setMaxLength(MAX_SEARCH_LENGTH)
        ui.searchEdit.textChanged.connect(self.activity_model.set_filter)
        ui.activityTable.selectionModel().currentRowChanged.connect(self._row_changed)
        ui.activityTable.activated.connect(self._open_texts)  # Enter or double-click: on to its texts
        ui.titleEdit.textEdited.connect(lambda text: self._danish_edited("title", text))
        ui.descriptionEdit.textChanged.connect(
            lambda: self._danish_edited("description", ui.descriptionEdit.toPlainText()))
        self.translation_model.edited.connect(self.schedule_preview)
        self.translation_model.edited.connect(self._texts_edited)
        ui.languageList.itemChanged.connect(self._languages_changed)
        for combo in (ui.templateCombo, ui.paperCombo, ui.pictogramCombo):
            combo.currentIndexChanged.connect(self.schedule_preview)
        ui.perPageCheck.toggled.connect(self.schedule_preview)
        ui.qrKindCombo.currentIndexChanged.connect(self._qr_kind_changed)
        ui.qrEdit.textEdited.connect(self.schedule_preview)
        ui.smsEdit.textEdited.connect(self.schedule_preview)
        ui.pictureButton.clicked.connect(self.choose_picture)
        ui.clearPictureButton.clicked.connect(self.clear_picture)
        ui.logoButton.clicked.connect(self.choose_logo)
        ui.clearLogoButton.clicked.connect(self.clear_logo)
        ui.saveTextsButton.clicked.connect(self.save_texts_now)
        ui.exportButton.clicked.connect(self.export_texts)
        ui.importButton.clicked.connect(self.import_texts)
        ui.printButton.clicked.connect(self.print_poster)
        ui.savePdfButton.clicked.connect(self.save_pdf)
        ui.batchButton.clicked.connect(self.batch)
        context.watch(self, ACTIVITIES | PLACES, self.reload)
        self._set_enabled(False)
        self.reload()

    # --- Loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        service, places = self.service, PlacesService(self.context.db)
        estate_id = self.ui.estateCombo.currentData()
        self.context.tasks.run(lambda: _ListData(places.estates(), service.activities(estate_id)), self._show_list,
                               self._failed)

    def _show_list(self, data: _ListData) -> None:
        combo = self.ui.estateCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All estates"), None)
        for estate in data.estates:
            combo.addItem(estate.name, estate.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        keep = self._wanted_id or (self.source.activity_id if self.source else None)
        self.activity_model.set_rows(data.activities)
        if keep:
            self.select_activity(keep)

    def _estate_changed(self) -> None:
        self.reload()

    def select_activity(self, activity_id: str) -> None:
        row = self.activity_model.row_of(activity_id)
        if row < 0:
            return
        table = self.ui.activityTable
        table.selectionModel().setCurrentIndex(
            self.activity_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(self.activity_model.index(row, 0))

    def _open_texts(self, _index=None) -> None:
        """The chosen activity's poster texts, keyboard in the title."""
        self.ui.tabs.setCurrentWidget(self.ui.textsTab)
        self.ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        activity_id = current.siblingAtColumn(0).data(ID_ROLE)
        if self.source and self.source.activity_id == activity_id:
            return
        self._wanted_id = activity_id
        service = self.service

        def show_next() -> None:
            self.context.tasks.run(lambda: service.source(activity_id), self._show_source, self._failed)

        def stay() -> None:  # the typed texts could not be saved: keep them and their activity on screen
            self._wanted_id = None
            if self.source is not None:
                self.select_activity(self.source.activity_id)

        self.flush_texts(show_next, stay)

    def reload_source(self) -> None:
        """Show the current activity again as saved (after an import)."""
        if self.source is not None:
            service, activity_id = self.service, self.source.activity_id
            self.context.tasks.run(lambda: service.source(activity_id), self._show_source, self._failed)

    def _show_source(self, source: PosterSource) -> None:
        self.source = source
        self._wanted_id = None
        content = source.content
        ui = self.ui
        self._loading = True
        try:
            ui.activityHeading.setText(f"<b>{content.title}</b> · {content.estate}")
            ui.titleEdit.setText(content.title)
            ui.descriptionEdit.setPlainText(content.description)
            ui.whenValue.setText(content.when)
            languages = list(source.languages) or list(source.complete_languages())
            for i in range(ui.languageList.count()):
                item = ui.languageList.item(i)
                code = item.data(CODE_ROLE)
                if code != "da":
                    item.setCheckState(Qt.CheckState.Checked if code in languages else Qt.CheckState.Unchecked)
            self.translation_model.load({"title": content.title, "description": content.description,
                                         "when": content.when}, content.translations, source.suggested,
                                        self.chosen_languages())
            self._looked_up = {"title": normalise(content.title), "description": normalise(content.description)}
            self.translation_model.set_automatic(dict(content.facts.get("when", {})))
            ui.qrKindCombo.setCurrentIndex(ui.qrKindCombo.findData(
                "url" if source.signup_url else "tel" if source.phone else None))
            ui.qrEdit.setText(source.signup_url or source.phone or "")
            ui.logoValue.setText(self.tr("Own logo") if content.logo else self.tr("The estate's name"))
        finally:
            self._loading = False
        self._qr_fields()
        self._set_enabled(True)
        ui.errorLabel.clear()
        self._unsaved, self._save_error = False, None
        ui.saveStateLabel.setText(self.tr("Texts are saved as you type."))
        self.render_preview()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.ui.tabs, self.ui.printButton, self.ui.savePdfButton):
            widget.setEnabled(enabled)

    # --- Editing ------------------------------------------------------------------------------

    def chosen_languages(self) -> list[str]:
        out = []
        for i in range(self.ui.languageList.count()):
            item = self.ui.languageList.item(i)
            code = item.data(CODE_ROLE)
            if code != "da" and item.checkState() == Qt.CheckState.Checked:
                out.append(code)
        return out

    def set_language_checked(self, code: str, checked: bool) -> None:
        for i in range(self.ui.languageList.count()):
            item = self.ui.languageList.item(i)
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _languages_changed(self, _item=None) -> None:
        if self._loading:
            return
        self.translation_model.set_languages(self.chosen_languages())
        self.schedule_preview()

    def _danish_edited(self, name: str, text: str) -> None:
        if self._loading:
            return
        self.translation_model.set_danish(name, text)
        self.schedule_preview()
        self._texts_edited()

    def _texts_edited(self) -> None:
        if self._loading or self.source is None:
            return
        self._unsaved = True
        self.ui.saveStateLabel.setText(self.tr("Not saved yet …"))
        self.save_timer.start()

    def _qr_kind_changed(self) -> None:
        if self._loading or self.source is None:
            return
        kind = self.ui.qrKindCombo.currentData()
        if kind == "url":
            self.ui.qrEdit.setText(self.source.signup_url or "")
        elif kind in ("tel", "sms"):
            self.ui.qrEdit.setText(self.source.phone or "")
        else:
            self.ui.qrEdit.clear()
        self._qr_fields()
        self.schedule_preview()

    def _qr_fields(self) -> None:
        kind = self.ui.qrKindCombo.currentData()
        self.ui.qrEdit.setEnabled(kind is not None)
        self.ui.smsEdit.setEnabled(kind == "sms")

    def content(self) -> PosterContent:
        return FlyerService.with_texts(self.source, self.ui.titleEdit.text(), self.ui.descriptionEdit.toPlainText(),
                                       self.translation_model.translations())

    def options(self) -> PosterOptions:
        """The layout choices; raises ValidationError when the QR content is wrong."""
        ui = self.ui
        kind = ui.qrKindCombo.currentData()
        qr = make_qr(kind, ui.qrEdit.text(), ui.smsEdit.text() or None) if kind else None
        return PosterOptions(languages=tuple(self.chosen_languages()), paper=ui.paperCombo.currentData(),
                             template=ui.templateCombo.currentData(),
                             one_language_per_page=ui.perPageCheck.isChecked(), qr=qr, picture=self.picture,
                             pictogram=ui.pictogramCombo.currentData())

    # --- Preview ------------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        if self.source is not None and not self._loading:
            self.timer.start()

    def preview_dpi(self) -> float:
        width_pt = PAPERS[self.ui.paperCombo.currentData()][0]
        available = max(200, self.ui.previewArea.viewport().width() - 24)
        return max(30.0, min(96.0, available / (width_pt / 72)))

    def render_preview(self) -> None:
        self.timer.stop()
        if self.source is None:
            return
        self._look_up_phrases()
        try:
            content, options = self.content(), self.options()
        except AppError as exc:
            self._show_problem(exc)
            return
        if self._busy:
            self._dirty = True
            return
        self._busy = True
        dpi = self.preview_dpi()

        def work() -> Preview:
            started = time.perf_counter()
            rendered = FlyerService.render(content, options, strict=False)
            pages = render_pages(rendered.pdf, dpi)
            return Preview(rendered.pdf, pages, rendered.report.missing, time.perf_counter() - started)

        self.context.tasks.run(work, self._show_preview, self._preview_failed)

    def _look_up_phrases(self) -> None:
        """Offer earlier translations when the Danish title or description becomes a known text."""
        service = self.service
        for name, text in (("title", self.ui.titleEdit.text()), ("description", self.ui.descriptionEdit.toPlainText())):
            key = normalise(text)
            if key and key != self._looked_up.get(name):
                self._looked_up[name] = key
                self.context.tasks.run(lambda text=text: service.suggestions(text),
                                       lambda found, name=name: self.translation_model.suggest(name, found),
                                       self._failed)

    def _show_preview(self, preview: Preview) -> None:
        self._busy = False
        self.preview = preview
        pages = preview.pages
        gap = 12
        sheet = QPixmap(max(p.width() for p in pages), sum(p.height() for p in pages) + gap * (len(pages) - 1))
        sheet.fill(self.palette().window().color())
        painter = QPainter(sheet)
        y = 0
        for page in pages:
            painter.drawImage(0, y, page)
            y += page.height() + gap
        painter.end()
        self.ui.previewLabel.setPixmap(sheet)
        self.ui.errorLabel.clear()
        count = len(pages)
        self.ui.pageInfo.setText(self.tr("%n page(s)", "", count))
        if preview.missing:
            self.ui.warningLabel.setText(missing_message(preview.missing))
            self.ui.warningLabel.setStyleSheet(themed(ERROR_STYLE))
        else:
            self.ui.warningLabel.clear()
        if self._dirty:
            self._dirty = False
            self.render_preview()

    def _preview_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._dirty = False
        self._show_problem(exc)

    def _show_problem(self, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            show_error(self, exc)
            return
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.setStyleSheet(themed(ERROR_STYLE))

    def _failed(self, exc: BaseException) -> None:
        self._show_problem(exc)

    # --- Output -------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        return safe_file_name(f"Plakat – {self.ui.titleEdit.text().strip() or 'aktivitet'}") + ".pdf"

    def _final_pdf(self, then) -> None:
        """The finished poster (missing translations refused) on the worker, then `then(pdf)` on the UI thread."""
        if self.source is None:
            return
        try:
            content, options = self.content(), self.options()
        except AppError as exc:
            self._show_problem(exc)
            return
        self.context.tasks.run(lambda: FlyerService.render(content, options, strict=True).pdf, then,
                               self._show_problem)

    def print_poster(self) -> None:
        self._final_pdf(lambda pdf: print_pdf(self, pdf, self.suggested_name()))

    def save_pdf(self) -> None:
        path = self.ask_save_path(self.tr("Save poster"), self.suggested_name(), self.tr("PDF files (*.pdf)"))
        if not path:
            return

        def write(pdf: bytes) -> None:
            def save() -> Path:
                Path(path).write_bytes(pdf)
                return Path(path)

            self.context.tasks.run(save, self._saved_pdf, self._show_problem)

        self._final_pdf(write)

    def _saved_pdf(self, path: Path) -> None:
        self.last_pdf_path = path
        self.ui.errorLabel.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self.ui.errorLabel.setStyleSheet(themed(NOTICE_STYLE))

    def save_texts(self, then=None, refused=None) -> None:
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
        title, description = self.ui.titleEdit.text(), self.ui.descriptionEdit.toPlainText()
        translations = self.translation_model.translations()
        self._saving, self._unsaved = True, False

        def done(saved: PosterSource) -> None:
            self._saving, self._save_error = False, None
            if self.source is not None and self.source.activity_id == saved.activity_id:
                self.source = saved  # the newer version; what the user types meanwhile stays in the fields
            if self.ui.errorLabel.styleSheet() == ERROR_STYLE:
                self.ui.errorLabel.clear()
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
            self._show_problem(exc)
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
        def said() -> None:
            self.ui.errorLabel.setText(self.tr("The texts are saved."))
            self.ui.errorLabel.setStyleSheet(themed(NOTICE_STYLE))

        self.save_texts(said)

    def flush_texts(self, then=None, refused=None) -> None:
        """Save typed texts now (before another activity is shown or the page is left)."""
        if self._unsaved and self.source is not None:
            self.save_texts(then, refused)
        elif then:
            then()

    def hideEvent(self, event) -> None:
        if self.window().isVisible():
            self.flush_texts()  # another page is shown: save on the worker as usual
        elif self._unsaved and self.source is not None and not self._saving:
            self._save_while_closing()
        super().hideEvent(event)

    def _save_while_closing(self) -> None:
        """The window closes: the worker stops after this, so the typed texts are saved here and now."""
        source, ui = self.source, self.ui
        self.save_timer.stop()
        try:
            self.source = self.service.save_texts(source.activity_id, source.version, ui.titleEdit.text(),
                                                  ui.descriptionEdit.toPlainText(),
                                                  self.translation_model.translations())
            self._unsaved = False
        except AppError as exc:
            self._show_problem(exc)

    def export_texts(self) -> None:
        if self.source is None:
            return
        name = safe_file_name(f"Oversættelse – {self.source.content.title}") + ".xlsx"
        path = self.ask_save_path(self.tr("Texts for the translator"), name,
                                  self.tr("Excel files (*.xlsx);;CSV files (*.csv)"))
        if not path:
            return
        service, activity_id, languages = self.service, self.source.activity_id, self.chosen_languages()
        self.context.tasks.run(
            lambda: service.export_texts([activity_id], languages, Path(path)),
            lambda count: self.inform(self.tr("Texts for the translator"),
                                      self.tr("%n text(s) saved in %1. Send the file to the translator and import it "
                                              "here when it comes back.", "", count).replace("%1", str(path))),
            self._show_problem)

    def import_texts(self) -> None:
        path = self.ask_open_path(self.tr("Import translations"),
                                  self.tr("Excel or CSV files (*.xlsx *.csv)"))
        if not path:
            return
        service = self.service

        def done(result) -> None:
            lines = [self.tr("%n translation(s) imported", "", result.updated) + " "
                     + self.tr("for %n activity(ies).", "", result.activities)]
            lines += list(result.skipped)
            self.inform(self.tr("Import translations"), "\n".join(lines))
            self.reload_source()

        self.context.tasks.run(lambda: service.import_texts(Path(path)), done, self._show_problem)

    def choose_picture(self) -> None:
        path = self.ask_open_path(self.tr("Choose picture"), self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not path:
            return

        def done(picture: Picture) -> None:
            self.picture = picture
            self.ui.pictureName.setText(Path(path).name)
            self.schedule_preview()

        self.context.tasks.run(lambda: load_picture(path), done, self._show_problem)

    def clear_picture(self) -> None:
        self.picture = None
        self.ui.pictureName.setText(self.tr("No picture"))
        self.schedule_preview()

    def choose_logo(self) -> None:
        if self.source is None:
            return
        path = self.ask_open_path(self.tr("Choose logo"), self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self._set_logo(Path(path))

    def clear_logo(self) -> None:
        if self.source is not None:
            self._set_logo(None)

    def _set_logo(self, path: Path | None) -> None:
        service, source = self.service, self.source

        def work() -> PosterSource:
            service.set_logo(source.estate_id, path)
            return service.source(source.activity_id)

        def done(updated: PosterSource) -> None:
            texts = (self.ui.titleEdit.text(), self.ui.descriptionEdit.toPlainText(),
                     self.translation_model.translations(), self.translation_model.suggested())
            self.source = updated
            self.ui.logoValue.setText(self.tr("Own logo") if updated.content.logo else self.tr("The estate's name"))
            self.translation_model.load({"title": texts[0], "description": texts[1], "when": updated.content.when},
                                        texts[2], texts[3], self.chosen_languages())
            self.render_preview()

        self.context.tasks.run(work, done, self._show_problem)

    def batch(self) -> None:
        ids = self.activity_model.matching_ids()
        if not ids:
            self._show_problem(AppError("Listen er tom. Vælg en afdeling eller ryd søgningen."))
            return
        folder = self.ask_directory(self.tr("Folder for the posters"))
        if not folder:
            return
        ui, service = self.ui, self.service
        paper, template, per_page = (
            ui.paperCombo.currentData(),
            ui.templateCombo.currentData(),
            ui.perPageCheck.isChecked(),
        )
        ui.batchProgress.setValue(0)
        ui.batchProgress.setVisible(True)
        ui.batchButton.setEnabled(False)

        def done(result) -> None:
            ui.batchProgress.setVisible(False)
            ui.batchButton.setEnabled(True)
            lines = [self.tr("%n poster(s) saved in %1.", "", len(result.written)).replace("%1", str(folder))]
            if result.problems:
                lines.append(self.tr("These could not be made:"))
                lines += result.problems[:15]
            self.inform(self.tr("Posters"), "\n".join(lines))

        def failed(exc: BaseException) -> None:
            ui.batchProgress.setVisible(False)
            ui.batchButton.setEnabled(True)
            self._show_problem(exc)

        self.context.tasks.run(
            lambda report: service.batch(ids, Path(folder), paper=paper, template=template,
                                         one_language_per_page=per_page, progress=report),
            done, failed, progress=lambda percent, _text: ui.batchProgress.setValue(percent))

    # --- Seams for tests ------------------------------------------------------------------------

    def _documents(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def ask_save_path(self, title: str, name: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(self._documents()) / name), filters)
        return path or None

    def ask_open_path(self, title: str, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, self._documents(), filters)
        return path or None

    def ask_directory(self, title: str) -> str | None:
        return QFileDialog.getExistingDirectory(self, title, self._documents()) or None

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)
