# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.setMinimumSize(QSize(900, 560))
        self.layout = QVBoxLayout(ConflictsDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ConflictsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.splitter = QSplitter(ConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.conflictsTable = QTableView(self.splitter)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictsTable.setAlternatingRowColors(True)
        self.splitter.addWidget(self.conflictsTable)
        self.detail = QWidget(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detailLayout = QVBoxLayout(self.detail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.messageLabel = QLabel(self.detail)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.detailLayout.addWidget(self.messageLabel)

        self.versions = QHBoxLayout()
        self.versions.setObjectName(u"versions")
        self.shownGroup = QGroupBox(self.detail)
        self.shownGroup.setObjectName(u"shownGroup")
        self.shownLayout = QVBoxLayout(self.shownGroup)
        self.shownLayout.setObjectName(u"shownLayout")
        self.shownText = QPlainTextEdit(self.shownGroup)
        self.shownText.setObjectName(u"shownText")
        self.shownText.setReadOnly(True)

        self.shownLayout.addWidget(self.shownText)

        self.keepShownRadio = QRadioButton(self.shownGroup)
        self.keepShownRadio.setObjectName(u"keepShownRadio")
        self.keepShownRadio.setChecked(True)

        self.shownLayout.addWidget(self.keepShownRadio)


        self.versions.addWidget(self.shownGroup)

        self.otherGroup = QGroupBox(self.detail)
        self.otherGroup.setObjectName(u"otherGroup")
        self.otherLayout = QVBoxLayout(self.otherGroup)
        self.otherLayout.setObjectName(u"otherLayout")
        self.otherText = QPlainTextEdit(self.otherGroup)
        self.otherText.setObjectName(u"otherText")
        self.otherText.setReadOnly(True)

        self.otherLayout.addWidget(self.otherText)

        self.keepOtherRadio = QRadioButton(self.otherGroup)
        self.keepOtherRadio.setObjectName(u"keepOtherRadio")

        self.otherLayout.addWidget(self.keepOtherRadio)


        self.versions.addWidget(self.otherGroup)


        self.detailLayout.addLayout(self.versions)

        self.combinedGroup = QGroupBox(self.detail)
        self.combinedGroup.setObjectName(u"combinedGroup")
        self.combinedLayout = QVBoxLayout(self.combinedGroup)
        self.combinedLayout.setObjectName(u"combinedLayout")
        self.combinedText = QPlainTextEdit(self.combinedGroup)
        self.combinedText.setObjectName(u"combinedText")

        self.combinedLayout.addWidget(self.combinedText)


        self.detailLayout.addWidget(self.combinedGroup)

        self.choices = QHBoxLayout()
        self.choices.setObjectName(u"choices")
        self.keepButton = QPushButton(self.detail)
        self.keepButton.setObjectName(u"keepButton")

        self.choices.addWidget(self.keepButton)

        self.otherButton = QPushButton(self.detail)
        self.otherButton.setObjectName(u"otherButton")

        self.choices.addWidget(self.otherButton)

        self.combineButton = QPushButton(self.detail)
        self.combineButton.setObjectName(u"combineButton")

        self.choices.addWidget(self.combineButton)

        self.restoreButton = QPushButton(self.detail)
        self.restoreButton.setObjectName(u"restoreButton")

        self.choices.addWidget(self.restoreButton)

        self.mergeButton = QPushButton(self.detail)
        self.mergeButton.setObjectName(u"mergeButton")

        self.choices.addWidget(self.mergeButton)

        self.notDuplicatesButton = QPushButton(self.detail)
        self.notDuplicatesButton.setObjectName(u"notDuplicatesButton")

        self.choices.addWidget(self.notDuplicatesButton)

        self.seenButton = QPushButton(self.detail)
        self.seenButton.setObjectName(u"seenButton")

        self.choices.addWidget(self.seenButton)

        self.choicesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choices.addItem(self.choicesSpacer)


        self.detailLayout.addLayout(self.choices)

        self.errorLabel = QLabel(self.detail)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setText(u"")

        self.detailLayout.addWidget(self.errorLabel)

        self.splitter.addWidget(self.detail)

        self.layout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(ConflictsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(ConflictsDialog)
        self.buttons.rejected.connect(ConflictsDialog.reject)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Conflicts", None))
        self.intro.setText(QCoreApplication.translate("ConflictsDialog", u"Two PCs changed the same thing without seeing each other's change. Both versions are kept; the programme shows one of them until you choose. Rows that look as if they were created twice are listed as possible duplicates.", None))
#if QT_CONFIG(accessibility)
        self.conflictsTable.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Conflicts", None))
#endif // QT_CONFIG(accessibility)
        self.shownGroup.setTitle(QCoreApplication.translate("ConflictsDialog", u"Shown now", None))
#if QT_CONFIG(accessibility)
        self.shownText.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Shown now", None))
#endif // QT_CONFIG(accessibility)
        self.keepShownRadio.setText(QCoreApplication.translate("ConflictsDialog", u"Keep &this one", None))
        self.otherGroup.setTitle(QCoreApplication.translate("ConflictsDialog", u"The other version", None))
#if QT_CONFIG(accessibility)
        self.otherText.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"The other version", None))
#endif // QT_CONFIG(accessibility)
        self.keepOtherRadio.setText(QCoreApplication.translate("ConflictsDialog", u"Keep t&his one", None))
        self.combinedGroup.setTitle(QCoreApplication.translate("ConflictsDialog", u"Combined text (edit before saving)", None))
#if QT_CONFIG(accessibility)
        self.combinedText.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Combined text", None))
#endif // QT_CONFIG(accessibility)
        self.keepButton.setText(QCoreApplication.translate("ConflictsDialog", u"&Keep what is shown", None))
        self.otherButton.setText(QCoreApplication.translate("ConflictsDialog", u"&Use the other version", None))
        self.combineButton.setText(QCoreApplication.translate("ConflictsDialog", u"Save the co&mbined text", None))
        self.restoreButton.setText(QCoreApplication.translate("ConflictsDialog", u"&Restore with the change", None))
        self.mergeButton.setText(QCoreApplication.translate("ConflictsDialog", u"M&erge", None))
        self.notDuplicatesButton.setText(QCoreApplication.translate("ConflictsDialog", u"&Not duplicates", None))
        self.seenButton.setText(QCoreApplication.translate("ConflictsDialog", u"&Mark as seen", None))
    # retranslateUi

