"""Hjælp → Brugervejledning and F1: the Danish guide inside the program, at the page of the current view."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTabWidget

from boligsocial_desktop.ui.help.guide import INDEX, PAGE_OF_VIEW, guide_dir, search, sections
from boligsocial_desktop.ui.help.window import HelpWindow
from boligsocial_desktop.ui.main_window import MainWindow


def make_window(qtbot, app_context) -> MainWindow:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press_f1(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.findChild(HelpWindow)
    qtbot.addWidget(help_window)
    qtbot.waitExposed(help_window)
    return help_window


def pictures_shown(help_window) -> list[str]:
    """The pictures of the page in the browser that loaded (a missing file shows as nothing)."""
    document, browser = help_window.browser.document(), help_window.browser
    names = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", (guide_dir() / help_window.current_file()).read_text("utf-8"))
    return [name for name in names
            if document.resource(QTextDocument.ResourceType.ImageResource.value, browser.source().resolved(QUrl(name)))
            is not None]


def test_f1_opens_the_guide_page_of_the_view_and_tab(qtbot, app_context):
    window = make_window(qtbot, app_context)
    window.show_page("ambassadors")
    tabs = window.pages["ambassadors"].findChild(QTabWidget)
    tabs.setCurrentIndex(1)  # Vagtplan
    help_window = press_f1(qtbot, window)
    assert help_window.isVisible() and help_window.windowTitle() == "Brugervejledning"
    assert help_window.current_file() == "beboerambassadoerer.md"
    assert "Vagtplan" in help_window.visible_headings()
    assert pictures_shown(help_window) == ["billeder/beboerambassadoerer.png"]
    picture = help_window.browser.document().resource(
        QTextDocument.ResourceType.ImageResource.value,
        help_window.browser.source().resolved(QUrl("billeder/beboerambassadoerer.png")))
    assert picture.width() <= help_window.browser.viewport().width()  # scaled to the window, not cut off

    window.show_page("calendar")  # F1 again follows the view, in the same window
    assert press_f1(qtbot, window) is help_window
    assert help_window.current_file() == "kalender.md" and help_window.visible_headings()[0] == "Kalender"


def test_help_menu_opens_the_guide_and_its_search_finds_sections(qtbot, app_context):
    window = make_window(qtbot, app_context)
    window.show_page("settings")
    window.ui.menuHelp.actions()[0].trigger()
    help_window = window.findChild(HelpWindow)
    qtbot.addWidget(help_window)
    assert help_window.current_file() == "indstillinger.md"
    help_window.search_edit.setFocus()
    qtbot.keyClicks(help_window.search_edit, "gendan kopi")
    first = help_window.topics.item(0)
    assert first.text().startswith("Indstillinger – Sikkerhedskopier")
    assert help_window.empty_label.text().endswith("fundet")
    qtbot.keyClick(help_window.search_edit, Qt.Key.Key_Return)
    assert "Sikkerhedskopier" in help_window.visible_headings()
    assert help_window.browser.extraSelections()  # the words are marked on the page
    help_window.search_edit.clear()
    qtbot.keyClicks(help_window.search_edit, "xyzzy")
    assert (
        help_window.topics.count() == 0 and "Intet i vejledningen passer på »xyzzy«" in help_window.empty_label.text()
    )
    qtbot.mouseClick(help_window.contents_button, Qt.MouseButton.LeftButton)
    assert help_window.current_file() == INDEX


def test_links_between_pages_open_in_the_help_window(qtbot, app_context):
    window = make_window(qtbot, app_context)
    help_window = press_f1(qtbot, window)
    help_window.open_page(INDEX)
    help_window.browser.setSource(help_window.browser.source().resolved(QUrl("plakater.md")))
    assert help_window.current_file() == "plakater.md"
    assert help_window.browser.document().toPlainText().startswith("Plakater")
    qtbot.mouseClick(help_window.back_button, Qt.MouseButton.LeftButton)
    assert help_window.current_file() == INDEX


def test_every_guide_page_is_complete():
    folder = guide_dir()
    for view, file in PAGE_OF_VIEW.items():
        assert (folder / file).exists(), view
    for path in folder.glob("*.md"):
        text = path.read_text("utf-8")
        lowered = text.casefold()
        for unfinished in ("under opbygning", "todo", "kommer senere", "fixme", "lorem"):
            assert unfinished not in lowered, f"{path.name}: {unfinished}"
        for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text):
            if not target.startswith("http"):
                assert (folder / target).exists(), f"{path.name} links to {target}, which is missing"
        assert len(text) > 800, f"{path.name} is too short to be a page of the guide"
    assert {s.file for s in sections()} == {p.name for p in folder.glob("*.md")}


def test_guide_search_is_by_words_in_one_section():
    hits = search("Enter gem")
    assert hits and all("enter" in f"{h.section.heading} {h.section.text}".casefold() for h in hits)
    assert search("aaben raadgivning")  # å typed as aa
    assert search("   ") == []


def test_every_tab_of_every_view_has_its_section_in_the_guide(qtbot, app_context):
    window = make_window(qtbot, app_context)
    by_file: dict[str, set[str]] = {}
    for section in sections():
        by_file.setdefault(section.file, set()).add(section.heading.casefold())
    missing = []
    for spec in window.specs:
        tabs = window.page(spec.key).findChild(QTabWidget)
        for index in range(tabs.count() if tabs is not None else 0):
            name = tabs.tabText(index).replace("&", "")
            if name.casefold() not in by_file[PAGE_OF_VIEW[spec.key]]:
                missing.append(f"{PAGE_OF_VIEW[spec.key]}: {name}")
    assert missing == []
