"""The poster page's Layout tab: template, paper, languages, pictogram, picture, QR code and the estate's logo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ...domain.languages import language_name
from ...pdf.poster import PosterOptions, all_templates, make_qr
from ...pdf.poster.images import Picture, load_picture
from ...pdf.poster.languages import endonym, poster_languages
from ...pdf.poster.pictograms import PICTOGRAMS
from ...services.flyers import FlyerService, PosterSource
from ..context import AppContext
from ..forms.flyers_layout_tab_ui import Ui_PosterLayoutTab
from .file_questions import FileQuestions
from .message_line import MessageLine

CODE_ROLE = Qt.ItemDataRole.UserRole + 2


class PosterLayoutTab(QWidget):
    changed = Signal()  # a layout choice changed: the preview follows
    languages_changed = Signal()  # a language was ticked or unticked
    logo_changed = Signal(object)  # the activity's PosterSource with the estate's new logo

    def __init__(self, context: AppContext, files: FileQuestions, messages: MessageLine,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = FlyerService(context.db)
        self.files = files
        self.messages = messages
        self.source: PosterSource | None = None  # the activity shown: its sign-up link, phone and estate
        self.picture: Picture | None = None
        self._loading = False
        ui = self.ui = Ui_PosterLayoutTab()
        ui.setupUi(self)
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

        ui.languageList.itemChanged.connect(self._languages_changed)
        for combo in (ui.templateCombo, ui.paperCombo, ui.pictogramCombo):
            combo.currentIndexChanged.connect(self._changed)
        ui.perPageCheck.toggled.connect(self._changed)
        ui.qrKindCombo.currentIndexChanged.connect(self._qr_kind_changed)
        ui.qrEdit.textEdited.connect(self._changed)
        ui.smsEdit.textEdited.connect(self._changed)
        ui.pictureButton.clicked.connect(self.choose_picture)
        ui.clearPictureButton.clicked.connect(self.clear_picture)
        ui.logoButton.clicked.connect(self.choose_logo)
        ui.clearLogoButton.clicked.connect(self.clear_logo)

    def show_source(self, source: PosterSource) -> None:
        """The activity's languages (its own, else those fully translated), QR code and logo."""
        self.source = source
        ui = self.ui
        self._loading = True
        try:
            languages = list(source.languages) or list(source.complete_languages())
            for i in range(ui.languageList.count()):
                item = ui.languageList.item(i)
                code = item.data(CODE_ROLE)
                if code != "da":
                    item.setCheckState(Qt.CheckState.Checked if code in languages else Qt.CheckState.Unchecked)
            ui.qrKindCombo.setCurrentIndex(ui.qrKindCombo.findData(
                "url" if source.signup_url else "tel" if source.phone else None))
            ui.qrEdit.setText(source.signup_url or source.phone or "")
            self._show_logo(source)
        finally:
            self._loading = False
        self._qr_fields()

    def _show_logo(self, source: PosterSource) -> None:
        self.ui.logoValue.setText(self.tr("Own logo") if source.content.logo else self.tr("The estate's name"))

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

    def _changed(self, *_args: object) -> None:
        self.changed.emit()

    def _languages_changed(self, _item: QListWidgetItem | None = None) -> None:
        if not self._loading:
            self.languages_changed.emit()

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
        self.changed.emit()

    def _qr_fields(self) -> None:
        kind = self.ui.qrKindCombo.currentData()
        self.ui.qrEdit.setEnabled(kind is not None)
        self.ui.smsEdit.setEnabled(kind == "sms")

    def options(self) -> PosterOptions:
        """The layout choices; raises ValidationError when the QR content is wrong."""
        ui = self.ui
        kind = ui.qrKindCombo.currentData()
        qr = make_qr(kind, ui.qrEdit.text(), ui.smsEdit.text() or None) if kind else None
        return PosterOptions(languages=tuple(self.chosen_languages()), paper=ui.paperCombo.currentData(),
                             template=ui.templateCombo.currentData(),
                             one_language_per_page=ui.perPageCheck.isChecked(), qr=qr, picture=self.picture,
                             pictogram=ui.pictogramCombo.currentData())

    def batch_options(self) -> dict[str, Any]:
        """The choices "Posters for all shown" uses (each poster keeps its own languages)."""
        ui = self.ui
        return {"paper": ui.paperCombo.currentData(), "template": ui.templateCombo.currentData(),
                "one_language_per_page": ui.perPageCheck.isChecked()}

    def choose_picture(self) -> None:
        path = self.files.ask_open_path(self.tr("Choose picture"), self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not path:
            return

        def done(picture: Picture) -> None:
            self.picture = picture
            self.ui.pictureName.setText(Path(path).name)
            self.changed.emit()

        self.context.tasks.run(lambda: load_picture(path), done, self.messages.show_problem)

    def clear_picture(self) -> None:
        self.picture = None
        self.ui.pictureName.setText(self.tr("No picture"))
        self.changed.emit()

    def choose_logo(self) -> None:
        if self.source is None:
            return
        path = self.files.ask_open_path(self.tr("Choose logo"), self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self._set_logo(Path(path))

    def clear_logo(self) -> None:
        if self.source is not None:
            self._set_logo(None)

    def _set_logo(self, path: Path | None) -> None:
        service, source = self.service, self.source
        if source is None:
            return

        def work() -> PosterSource:
            service.set_logo(source.estate_id, path)
            return service.source(source.activity_id)

        def done(updated: PosterSource) -> None:
            self.source = updated
            self._show_logo(updated)
            self.logo_changed.emit(updated)

        self.context.tasks.run(work, done, self.messages.show_problem)
