"""The coordinator's path on the Plakater page: choose, translate, preview, print, save."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from flyer_helpers import (
    ARABIC,
    ARABIC_DESCRIPTION,
    DANISH_TITLE,
    SOMALI,
    SOMALI_DESCRIPTION,
    TURKISH,
    TURKISH_DESCRIPTION,
    assert_text_on_page,
    decode_qr,
    make_dinner,
    need_tool,
)
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from boligsocial_desktop.services.flyers import FlyerService
from boligsocial_desktop.ui.flyers.models import TranslationModel
from boligsocial_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, app_context):
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_page(qtbot, window):
    navigation = window.ui.navigation
    item = navigation.findItems("Plakater", Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=navigation.visualItemRect(item).center())
    assert window.current_page_key() == "flyers"
    return window.pages["flyers"]


def click_activity(qtbot, page, title):
    table = page.activity_list.ui.activityTable
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(row, 0)).center())
    qtbot.waitUntil(lambda: page.source is not None and page.source.content.title == title)


def check_language(qtbot, page, name):
    languages = page.layout_tab.ui.languageList
    item = next(languages.item(i) for i in range(languages.count()) if languages.item(i).text().startswith(name + " "))
    languages.setCurrentItem(item)
    languages.setFocus()
    qtbot.keyClick(languages, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked


def type_text(qtbot, widget, text):
    """Type like a keyboard with the language's layout: QTest.keyClicks only knows Latin-1 keys."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if ord(char) < 128:
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_translation(qtbot, page, lang, field, text):
    table = page.texts.ui.translationTable
    model = page.texts.translation_model
    index = model.index(model.row_for(lang, field), TranslationModel.TRANSLATION)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert editor is not table
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # the delegate commits on the next turn
    assert model.index(index.row(), TranslationModel.TRANSLATION).data(Qt.ItemDataRole.EditRole) == text


class FakePrintDialog:
    """Stands in for the system print dialog: the user picks "print to PDF file" and presses Print."""

    DialogCode = QPrintDialog.DialogCode
    target: Path

    def __init__(self, printer: QPrinter, parent=None):
        self.printer = printer
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))

    def setWindowTitle(self, title):
        self.title = title

    def exec(self):
        return QPrintDialog.DialogCode.Accepted


def test_coordinator_makes_a_four_language_poster_previews_prints_and_saves_it(qtbot, window, app_context, db,
                                                                               tmp_path, monkeypatch, qtmodeltester):
    dinner = make_dinner(db, translations=None)
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    qtmodeltester.check(page.activity_list.activity_model)
    assert page.texts.ui.whenValue.text() == "Hver tirsdag kl. 17.30–19.30, 5. jan. – 22. jun. 2027"

    # Languages: the activity's own (da, ar, so, tr) are ticked; untick and tick Turkish by keyboard.
    page.tabs.setCurrentIndex(1)
    assert page.chosen_languages() == ["ar", "so", "tr"]
    page.layout_tab.set_language_checked("tr", False)
    check_language(qtbot, page, "tyrkisk")
    first_preview = page.preview
    assert first_preview is not None
    assert "arabisk: titel og beskrivelse" in page.preview_panel.ui.warningLabel.text()  # shown, not silently left out

    # Translations typed into the table; the preview follows a moment after typing.
    page.tabs.setCurrentIndex(0)
    qtmodeltester.check(page.texts.translation_model)
    for lang, title, description in (("ar", ARABIC, ARABIC_DESCRIPTION), ("so", SOMALI, SOMALI_DESCRIPTION),
                                     ("tr", TURKISH, TURKISH_DESCRIPTION)):
        type_translation(qtbot, page, lang, "title", title)
        type_translation(qtbot, page, lang, "description", description)
    qtbot.waitUntil(lambda: page.preview is not first_preview and not page.preview.missing, timeout=3000)
    assert page.preview_panel.ui.warningLabel.text() == ""
    # What the user sees, whatever fonts the PC has: one whole A4 page, upright, as wide as the
    # preview area (no sideways scrolling), and the page count under it.
    assert page.preview_panel.ui.pageInfo.text() == "1 side"
    preview = page.preview_panel.ui.previewLabel.pixmap()
    assert not preview.isNull() and len(page.preview.pages) == 1
    assert abs(preview.height() / preview.width() - 297 / 210) < 0.03
    assert preview.width() <= page.preview_panel.ui.previewArea.viewport().width()
    assert_text_on_page(page.preview.pdf, ARABIC_DESCRIPTION)

    # Save the texts: they land on the activity.
    qtbot.mouseClick(page.texts.ui.saveTextsButton, Qt.MouseButton.LeftButton)
    assert page.messages.text() == "Teksterne er gemt."
    saved = FlyerService(db).source(dinner.id).saved
    assert saved["title"] == {"ar": ARABIC, "so": SOMALI, "tr": TURKISH}
    assert saved["description"]["ar"] == ARABIC_DESCRIPTION

    # Print through the (faked) system dialog to a PDF file.
    printed = tmp_path / "udskrift.pdf"
    FakePrintDialog.target = printed
    monkeypatch.setattr("boligsocial_desktop.ui.pdf_preview.QPrintDialog", FakePrintDialog)
    qtbot.mouseClick(page.preview_panel.ui.printButton, Qt.MouseButton.LeftButton)
    assert printed.exists() and printed.stat().st_size > 10_000
    subprocess.run([need_tool("pdftoppm"), "-png", "-r", "70", str(printed), str(tmp_path / "udskrift")], check=True)
    pngs = sorted(tmp_path.glob("udskrift*.png"))
    assert len(pngs) == 1
    # the printed page carries a QR code that still scans
    subprocess.run([need_tool("pdftoppm"), "-png", "-r", "150", str(printed), str(tmp_path / "skarp")], check=True)
    assert decode_qr(sorted(tmp_path.glob("skarp*.png"))[0]) == ["https://soeparken.dk/spisning"]

    # Save as PDF: the file has every language's text.
    target = tmp_path / "plakat.pdf"
    monkeypatch.setattr(page.files, "ask_save_path", lambda *args: str(target))
    qtbot.mouseClick(page.preview_panel.ui.savePdfButton, Qt.MouseButton.LeftButton)
    assert page.preview_panel.last_pdf_path == target
    for text in (DANISH_TITLE, ARABIC, ARABIC_DESCRIPTION, SOMALI_DESCRIPTION, TURKISH_DESCRIPTION):
        assert_text_on_page(target.read_bytes(), text)


def test_print_is_refused_while_a_translation_is_missing(qtbot, window, db, tmp_path, monkeypatch):
    make_dinner(db, translations={"title": {"ar": ARABIC}})
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    printed = []
    monkeypatch.setattr("boligsocial_desktop.ui.flyers.preview_panel.print_pdf", lambda *a: printed.append(a))
    qtbot.mouseClick(page.preview_panel.ui.printButton, Qt.MouseButton.LeftButton)
    assert printed == []
    assert page.messages.text().startswith("Plakaten mangler oversættelser (arabisk: beskrivelse; somali")
    # deselecting the untranslated languages lets it print
    for code in ("ar", "so", "tr"):
        page.layout_tab.set_language_checked(code, False)
    qtbot.mouseClick(page.preview_panel.ui.printButton, Qt.MouseButton.LeftButton)
    assert len(printed) == 1 and printed[0][1].startswith(b"%PDF")


def test_typing_the_title_refreshes_the_preview_after_a_pause(qtbot, window, db):
    make_dinner(db)
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    before = page.preview
    page.texts.ui.titleEdit.setFocus()
    page.texts.ui.titleEdit.selectAll()
    qtbot.keyClicks(page.texts.ui.titleEdit, "Fællesspisning for alle")
    assert page.preview is before  # not while typing
    assert page.preview_panel.timer.isActive()
    qtbot.waitUntil(lambda: page.preview is not before, timeout=2000)
    assert_text_on_page(page.preview.pdf, "Fællesspisning for alle")


def test_a_known_danish_title_brings_its_earlier_translation(qtbot, window, db):
    dinner = make_dinner(db, translations=None)
    dinner.service.remember("Sommerfest i Søparken", "ar", "حفلة صيفية في Søparken")
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    model = page.texts.translation_model
    cell = lambda: model.index(model.row_for("ar", "title"), TranslationModel.TRANSLATION)  # noqa: E731
    assert cell().data() == "– mangler –"
    page.texts.ui.titleEdit.setFocus()
    page.texts.ui.titleEdit.selectAll()
    qtbot.keyClicks(page.texts.ui.titleEdit, "Sommerfest i Søparken")
    qtbot.waitUntil(lambda: cell().data() == "حفلة صيفية في Søparken", timeout=2000)
    assert cell().data(Qt.ItemDataRole.FontRole).italic()
    assert ("title", "ar") in model.suggested()


def test_bad_qr_content_and_bad_picture_show_danish_messages(qtbot, window, db, tmp_path, monkeypatch):
    make_dinner(db)
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    page.tabs.setCurrentIndex(1)
    page.layout_tab.ui.qrEdit.setFocus()
    page.layout_tab.ui.qrEdit.selectAll()
    qtbot.keyClicks(page.layout_tab.ui.qrEdit, "ikke en adresse")
    qtbot.waitUntil(lambda: "er ikke en webadresse" in page.messages.text(), timeout=2000)
    page.layout_tab.ui.qrKindCombo.setCurrentIndex(page.layout_tab.ui.qrKindCombo.findData(None))
    qtbot.waitUntil(lambda: page.messages.text() == "", timeout=2000)
    bad = tmp_path / "billede.png"
    bad.write_text("ikke et billede")
    monkeypatch.setattr(page.files, "ask_open_path", lambda *args: str(bad))
    qtbot.mouseClick(page.layout_tab.ui.pictureButton, Qt.MouseButton.LeftButton)
    assert "er ikke et billede, programmet kan læse" in page.messages.text()
    assert page.layout_tab.picture is None


def test_picture_logo_template_and_pages(qtbot, window, db, tmp_path, monkeypatch):
    from PIL import Image

    dinner = make_dinner(db)
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    photo = tmp_path / "foto.jpg"
    Image.new("RGB", (1600, 1000), (30, 140, 90)).save(photo)
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (400, 160), (200, 30, 30, 255)).save(logo)
    answers = iter([str(photo), str(logo)])
    monkeypatch.setattr(page.files, "ask_open_path", lambda *args: next(answers))
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.layout_tab.ui.pictureButton, Qt.MouseButton.LeftButton)
    assert page.layout_tab.ui.pictureName.text() == "foto.jpg"
    qtbot.mouseClick(page.layout_tab.ui.logoButton, Qt.MouseButton.LeftButton)
    assert page.layout_tab.ui.logoValue.text() == "Eget logo"
    assert FlyerService(db).logo(dinner.estate_id) is not None
    page.layout_tab.ui.templateCombo.setCurrentIndex(page.layout_tab.ui.templateCombo.findData("foto"))
    page.layout_tab.ui.perPageCheck.setChecked(True)
    page.layout_tab.ui.paperCombo.setCurrentIndex(page.layout_tab.ui.paperCombo.findData("A5"))
    page.render_preview()
    assert page.preview_panel.ui.pageInfo.text() == "4 sider"
    assert page.preview.pdf.count(b"/Subtype /Image") >= 2


def test_export_import_and_batch_from_the_page(qtbot, window, db, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    make_dinner(db, translations={"title": {"ar": ARABIC}, "description": {"ar": ARABIC_DESCRIPTION}})
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    messages = []
    monkeypatch.setattr(page.files, "inform", lambda title, text: messages.append(text))
    sheet_path = tmp_path / "oversaettelse.xlsx"
    monkeypatch.setattr(page.files, "ask_save_path", lambda *args: str(sheet_path))
    qtbot.mouseClick(page.texts.ui.exportButton, Qt.MouseButton.LeftButton)
    assert messages[-1].startswith("3 tekster gemt i")
    book = load_workbook(sheet_path)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    somali = header.index("so – somali") + 1
    sheet.cell(2, somali, SOMALI)
    sheet.cell(3, somali, SOMALI_DESCRIPTION)
    book.save(sheet_path)
    monkeypatch.setattr(page.files, "ask_open_path", lambda *args: str(sheet_path))
    qtbot.mouseClick(page.texts.ui.importButton, Qt.MouseButton.LeftButton)
    assert messages[-1].startswith("2 oversættelser indlæst til 1 aktivitet.")
    model = page.texts.translation_model
    assert model.index(model.row_for("so", "title"), TranslationModel.TRANSLATION).data() == SOMALI
    folder = tmp_path / "plakater"
    monkeypatch.setattr(page.files, "ask_directory", lambda *args: str(folder))
    qtbot.mouseClick(page.activity_list.ui.batchButton, Qt.MouseButton.LeftButton)
    assert messages[-1].startswith("1 plakat gemt i")
    assert [p.name for p in folder.iterdir()] == ["Plakat – Fællesspisning i Søparken.pdf"]
    assert not page.activity_list.ui.batchProgress.isVisible()
