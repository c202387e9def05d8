# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_ProgrammeDialog(object):
    def setupUi(self, ProgrammeDialog):
        if not ProgrammeDialog.objectName():
            ProgrammeDialog.setObjectName(u"ProgrammeDialog")
        ProgrammeDialog.setMinimumSize(QSize(560, 440))
        self.layout = QVBoxLayout(ProgrammeDialog)
        self.layout.setObjectName(u"layout")
        self.choiceRow = QHBoxLayout()
        self.choiceRow.setObjectName(u"choiceRow")
        self.scopeLabel = QLabel(ProgrammeDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.choiceRow.addWidget(self.scopeLabel)

        self.scopeCombo = QComboBox(ProgrammeDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setMinimumContentsLength(22)

        self.choiceRow.addWidget(self.scopeCombo)

        self.monthLabel = QLabel(ProgrammeDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.choiceRow.addWidget(self.monthLabel)

        self.monthEdit = QDateEdit(ProgrammeDialog)
        self.monthEdit.setObjectName(u"monthEdit")
        self.monthEdit.setDisplayFormat(u"MM-yyyy")

        self.choiceRow.addWidget(self.monthEdit)

        self.paperLabel = QLabel(ProgrammeDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.choiceRow.addWidget(self.paperLabel)

        self.paperCombo = QComboBox(ProgrammeDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.choiceRow.addWidget(self.paperCombo)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceRow.addItem(self.choiceSpacer)


        self.layout.addLayout(self.choiceRow)

        self.previewArea = QScrollArea(ProgrammeDialog)
        self.previewArea.setObjectName(u"previewArea")
        self.previewArea.setWidgetResizable(True)
        self.previewLabel = QLabel()
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setText(u"")
        self.previewLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.previewArea.setWidget(self.previewLabel)

        self.layout.addWidget(self.previewArea)

        self.errorLabel = QLabel(ProgrammeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.printButton = QPushButton(ProgrammeDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.saveButton = QPushButton(ProgrammeDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(ProgrammeDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.monthLabel.setBuddy(self.monthEdit)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgrammeDialog)

        QMetaObject.connectSlotsByName(ProgrammeDialog)
        fit_fields(ProgrammeDialog)
    # setupUi

    def retranslateUi(self, ProgrammeDialog):
        ProgrammeDialog.setWindowTitle(QCoreApplication.translate("ProgrammeDialog", u"Month programme", None))
        self.scopeLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&For:", None))
        self.monthLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&Month:", None))
        self.paperLabel.setText(QCoreApplication.translate("ProgrammeDialog", u"&Paper:", None))
        self.printButton.setText(QCoreApplication.translate("ProgrammeDialog", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("ProgrammeDialog", u"&Save as PDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ProgrammeDialog", u"C&lose", None))
    # retranslateUi

