"""The import page, driven like a coordinator: choose a file with a pasted row and a row already in the
roster, read the Danish question, answer it, and see the summary the command line prints."""

from __future__ import annotations

import threading

import pytest
from ambassador_helpers import TODAY, person
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from boligsocial_desktop.services.ambassadors import AmbassadorService
from boligsocial_desktop.services.ambassadors.importer import import_ambassadors
from boligsocial_desktop.services.importing import DuplicatePolicy, ImportRefused, summary_text
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.models import Ambassador
from boligsocial_desktop.ui.ambassadors import AmbassadorsPage
from boligsocial_desktop.ui.import_dialog import ImportDialog
from boligsocial_desktop.ui.tasks import TaskRunner


@pytest.fixture
def page(qtbot, app_context):
    places = PlacesService(app_context.db)
    soeparken = places.create_estate("Søparken")
    places.create_estate("Ellemarken")
    AmbassadorService(app_context.db, today=TODAY).create(
        person("Hodan Ali", soeparken.id, phone="22 33 44 55", scope="gemme"))
    widget = AmbassadorsPage(app_context, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def cp850_list(path):
    rows = [["Navn", "Afdeling", "Telefon", "Samtykke", "Samtykkedato", "Løbenr."],
            ["Hodan Ali", "Søparken", "22334455", "gemme", "10-01-2026", "1"],  # already in the roster
            ["Søren Ærø", "Ellemarken", "", "", "", "2"],
            ["Søren Ærø", "Ellemarken", "", "", "", "3"]]  # pasted twice
    path.write_bytes("\r\n".join(";".join(r) for r in rows).encode("cp850"))
    return path


def names(db) -> list[str]:
    with db.reading() as session:
        return sorted(session.scalars(select(Ambassador.name).where(Ambassador.deleted_at.is_(None))))


def answer_question(qtbot, button_text: str, seen: list[str]) -> None:
    """Click `button_text` in the question box once it is open (the box runs its own event loop)."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.windowTitle() + "\n" + box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("answer, expected", [
    ("Spring dem over", ["Hodan Ali", "Søren Ærø"]),
    ("Indlæs dem alligevel", ["Hodan Ali", "Hodan Ali", "Søren Ærø", "Søren Ærø"]),
    ("Annuller", ["Hodan Ali"]),
])
def test_duplicates_are_asked_about_in_danish_and_the_answer_decides(qtbot, page, app_context, tmp_path,
                                                                     answer, expected):
    path = cp850_list(tmp_path / "ambassadører.csv")
    page.roster.ask_import_path = lambda: path
    assert page.ui.importButton.text().replace("&", "") == "Indlæs liste …"
    seen: list[str] = []
    answer_question(qtbot, answer, seen)
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    dialog = page.roster.import_dialog
    qtbot.waitUntil(lambda: bool(dialog.summary))

    question = seen[0]
    assert question.startswith("Rækker, der allerede findes\n2 rækker i ambassadører.csv findes allerede")
    assert "Række 2, kolonne A »Navn«: Hodan Ali, telefon 22 33 44 55 findes allerede (ambassadøren Hodan Ali " \
           "i Søparken" in question
    assert "Række 4, kolonne A »Navn«: Søren Ærø står også i række 3." in question
    assert names(app_context.db) == expected
    assert dialog.windowTitle() == "Indlæs ambassadører"
    if answer == "Annuller":
        assert dialog.ui.statusLabel.text() == "Intet er indlæst."
        assert dialog.summary.startswith("Filen ambassadører.csv er ikke indlæst: 2 rækker findes allerede")
        return
    # the page shows what the command line prints for the same file and choice
    policy = DuplicatePolicy.SKIP if answer == "Spring dem over" else DuplicatePolicy.ALLOW
    assert dialog.summary == summary_text(dialog.outcome)
    assert dialog.ui.statusLabel.text() == "Indlæsningen er færdig."
    assert "Kolonner, der ikke bruges: Løbenr." in dialog.summary
    with pytest.raises(ImportRefused):  # and running it again now finds every row stored
        import_ambassadors(app_context.db, path, today=TODAY, duplicates=DuplicatePolicy.REFUSE)
    assert dialog.outcome.duplicate_policy is policy
    assert page.roster.model.rowCount() == len(expected)  # the roster was reloaded


def test_every_problem_is_shown_on_the_page_and_nothing_is_saved(qtbot, page, app_context, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("navn;afdeling;telefon;Telefn\nOmar Yusuf;Nordparken;12;x\n;Søparken;;\n", encoding="utf-8")
    page.roster.ask_import_path = lambda: path
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    dialog = page.roster.import_dialog
    lines = dialog.summary.splitlines()
    assert lines[0].startswith("Filen liste.csv er ikke indlæst, fordi den har 4 fejl.")
    assert [line.split(":")[0] for line in lines[1:]] == [
        "Række 1, kolonne D »Telefn«", "Række 2, kolonne B »afdeling«", "Række 2, kolonne C »telefon«",
        "Række 3, kolonne A »navn«"]
    assert names(app_context.db) == ["Hodan Ali"]


def test_the_import_runs_off_the_ui_thread_with_progress(qtbot, tmp_path):
    runner = TaskRunner()
    threads: list[threading.Thread] = []
    progress: list[int] = []

    def run(policy, report):
        threads.append(threading.current_thread())
        report(40, "Tjekker række 200 …")
        from boligsocial_desktop.services.importing import ImportResult

        return ImportResult("ambassadører", "liste.csv", imported=3, rows=3)

    dialog = ImportDialog(runner, run, tmp_path / "liste.csv", "Indlæs ambassadører")
    qtbot.addWidget(dialog)
    dialog.ui.progressBar.valueChanged.connect(progress.append)
    try:
        dialog.open()
        dialog.start()
        assert not dialog.ui.buttons.isEnabled()  # no closing while it runs
        qtbot.waitUntil(lambda: dialog.outcome is not None)
    finally:
        runner.shutdown()
    assert threads and threads[0] is not threading.main_thread()
    assert 40 in progress
    assert dialog.summary == "3 ambassadører indlæst fra liste.csv."
    assert dialog.ui.buttons.isEnabled() and dialog.ui.progressBar.isHidden()
