"""The import page shared by the ambassador list and the visit log.

The import runs on the background worker with a progress bar (a 20,000-row sheet takes
seconds); the dialog then shows the same Danish summary the command line prints
(`services.importing.summary`). When the file's only problem is rows that already exist or
stand twice in the file, the user is asked, in Danish and with the rows listed, whether to
import them as well, skip them, or cancel; the import then runs again with that choice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from ..errors import AppError
from ..services.importing import (
    DuplicatePolicy,
    ImportRefused,
    ImportResult,
    duplicate_question,
    summary_text,
)
from ..services.importing.pipeline import Progress
from .forms.import_dialog_ui import Ui_ImportDialog
from .messages import show_error

RunImport = Callable[[DuplicatePolicy, Progress], ImportResult]


def ask_import_file(parent: QWidget, title: str) -> Path | None:
    """The file to import (CSV, text or Excel), from the Documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getOpenFileName(
        parent, title, folder,
        QCoreApplication.translate("ImportDialog", "Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)"))
    return Path(chosen) if chosen else None


class ImportDialog(QDialog):
    """Runs one import (`run(policy, report)`) and shows its progress and summary; `imported` is emitted
    with the result when something was saved."""

    imported = Signal(object)

    def __init__(self, tasks, run: RunImport, path: Path, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.tasks = tasks
        self.run_import = run
        self.outcome: ImportResult | None = None
        self.refusal: ImportRefused | None = None
        self.ui.fileLabel.setText(self.tr("File: %1").replace("%1", str(path)))
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)

    @property
    def running(self) -> bool:
        return not self.ui.buttons.isEnabled()

    def reject(self) -> None:
        if not self.running:  # Esc while the import runs would hide it without stopping it
            super().reject()

    @classmethod
    def replace(cls, old: ImportDialog | None, *args) -> ImportDialog:
        """A new import page in place of the page's last one (which is deleted)."""
        if old is not None:
            old.deleteLater()
        return cls(*args)

    @property
    def summary(self) -> str:
        return self.ui.summaryView.toPlainText()

    def start(self, policy: DuplicatePolicy = DuplicatePolicy.REFUSE) -> None:
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.show()
        self.ui.statusLabel.setText(self.tr("Reading the file …"))
        self.ui.summaryView.clear()
        self.ui.buttons.setEnabled(False)
        run = self.run_import
        self.tasks.run(lambda report: run(policy, report), self._done, self._failed, progress=self._progress)

    def _progress(self, percent: int, text: str) -> None:
        self.ui.progressBar.setValue(percent)
        self.ui.statusLabel.setText(text)

    def _finished(self, text: str, status: str) -> None:
        self.ui.progressBar.hide()
        self.ui.statusLabel.setText(status)
        self.ui.summaryView.setPlainText(text)
        self.ui.buttons.setEnabled(True)

    def _done(self, result: ImportResult) -> None:
        self.outcome = result
        self._finished(summary_text(result), self.tr("The import is done."))
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportRefused):
            self.refusal = exc
            if exc.result.only_duplicates:
                choice = self.ask_duplicates(exc.result)
                if choice is not None:
                    self.start(choice)
                    return
            self._finished(summary_text(exc.result), self.tr("Nothing was imported."))
        elif isinstance(exc, AppError):
            self._finished(exc.message, self.tr("Nothing was imported."))
        else:
            self._finished("", self.tr("Nothing was imported."))
            show_error(self, exc)

    def ask_duplicates(self, result: ImportResult) -> DuplicatePolicy | None:
        """Ask whether rows that already exist are imported as well or skipped; None: cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Rows that already exist"), duplicate_question(result),
                          QMessageBox.StandardButton.NoButton, self)
        both = box.addButton(self.tr("&Import them as well"), QMessageBox.ButtonRole.AcceptRole)
        skip = box.addButton(self.tr("&Skip them"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(skip)
        box.setEscapeButton(cancel)
        self.question_box = box  # tests answer it
        box.exec()
        clicked = box.clickedButton()
        if clicked is both:
            return DuplicatePolicy.ALLOW
        return DuplicatePolicy.SKIP if clicked is skip else None
