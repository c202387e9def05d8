"""The dialog after an unexpected error (or after a crash last time): a copyable report in Danish."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from ..forms.maintenance_crash_dialog_ui import Ui_CrashDialog


class CrashDialog(QDialog):
    """accept() = go on working, reject() = close the program."""

    def __init__(self, report: str, can_continue: bool = True, *, previous_crash: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self.report = report
        self.ui.reportText.setPlainText(report)
        self.ui.copyButton.clicked.connect(self.copy_report)
        self.ui.continueButton.clicked.connect(self.accept)
        self.ui.quitButton.clicked.connect(self.reject)
        if previous_crash:
            self.setWindowTitle(self.tr("The program stopped unexpectedly"))
            self.ui.intro.setText(self.tr("<b>Boligsocial Desktop stopped unexpectedly last time.</b> "
                                          "Everything that was saved before the stop is kept."))
            self.ui.continueButton.setText(self.tr("&OK"))
            self.ui.quitButton.hide()
        elif can_continue:
            self.ui.advice.setText(self.tr("You can go on working. If the error comes again, close the program "
                                           "and start it again."))
        else:
            self.ui.advice.setText(self.tr("The program must close now to protect your data. Start it again "
                                           "afterwards."))
            self.ui.continueButton.hide()
            self.ui.quitButton.setDefault(True)
        self.ui.continueButton.setFocus() if self.ui.continueButton.isVisibleTo(self) else self.ui.quitButton.setFocus()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.ui.copiedLabel.setText(self.tr("Copied."))
