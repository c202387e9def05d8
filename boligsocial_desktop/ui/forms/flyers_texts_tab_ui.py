# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'texts_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_PosterTextsTab(object):
    def setupUi(self, textsTab):
        if not textsTab.objectName():
            textsTab.setObjectName(u"textsTab")
        self.textsLayout = QVBoxLayout(textsTab)
        self.textsLayout.setObjectName(u"textsLayout")
        self.danishForm = QFormLayout()
        self.danishForm.setObjectName(u"danishForm")
        self.titleLabel = QLabel(textsTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.danishForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(textsTab)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(160)

        self.danishForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionLabel = QLabel(textsTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.danishForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(textsTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.danishForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.whenLabel = QLabel(textsTab)
        self.whenLabel.setObjectName(u"whenLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.whenLabel.sizePolicy().hasHeightForWidth())
        self.whenLabel.setSizePolicy(sizePolicy)

        self.danishForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenValue = QLabel(textsTab)
        self.whenValue.setObjectName(u"whenValue")
        sizePolicy.setHeightForWidth(self.whenValue.sizePolicy().hasHeightForWidth())
        self.whenValue.setSizePolicy(sizePolicy)
        self.whenValue.setText(u"")
        self.whenValue.setWordWrap(True)

        self.danishForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.whenValue)


        self.textsLayout.addLayout(self.danishForm)

        self.translationsLabel = QLabel(textsTab)
        self.translationsLabel.setObjectName(u"translationsLabel")
        self.translationsLabel.setWordWrap(True)

        self.textsLayout.addWidget(self.translationsLabel)

        self.translationTable = QTableView(textsTab)
        self.translationTable.setObjectName(u"translationTable")
        self.translationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.translationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.translationTable.setWordWrap(True)

        self.textsLayout.addWidget(self.translationTable)

        self.textButtons = QHBoxLayout()
        self.textButtons.setObjectName(u"textButtons")
        self.saveTextsButton = QPushButton(textsTab)
        self.saveTextsButton.setObjectName(u"saveTextsButton")

        self.textButtons.addWidget(self.saveTextsButton)

        self.exportButton = QPushButton(textsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.textButtons.addWidget(self.exportButton)

        self.importButton = QPushButton(textsTab)
        self.importButton.setObjectName(u"importButton")

        self.textButtons.addWidget(self.importButton)

        self.textButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.textButtons.addItem(self.textButtonsSpacer)


        self.textsLayout.addLayout(self.textButtons)

        self.saveStateLabel = QLabel(textsTab)
        self.saveStateLabel.setObjectName(u"saveStateLabel")
        self.saveStateLabel.setText(u"")
        self.saveStateLabel.setWordWrap(True)

        self.textsLayout.addWidget(self.saveStateLabel)

        self.textsLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(textsTab)

        QMetaObject.connectSlotsByName(textsTab)
    # setupUi

    def retranslateUi(self, textsTab):
        textsTab.setWindowTitle(QCoreApplication.translate("PosterTextsTab", u"&Texts", None))
        self.titleLabel.setText(QCoreApplication.translate("PosterTextsTab", u"T&itle:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("PosterTextsTab", u"&Description:", None))
        self.whenLabel.setText(QCoreApplication.translate("PosterTextsTab", u"When:", None))
#if QT_CONFIG(tooltip)
        self.whenValue.setToolTip(QCoreApplication.translate("PosterTextsTab", u"From the calendar; change the dates there", None))
#endif // QT_CONFIG(tooltip)
        self.translationsLabel.setText(QCoreApplication.translate("PosterTextsTab", u"Translations (double-click to write; italics are suggestions from earlier translations):", None))
        self.saveTextsButton.setText(QCoreApplication.translate("PosterTextsTab", u"&Save texts", None))
        self.exportButton.setText(QCoreApplication.translate("PosterTextsTab", u"&Export for translator\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("PosterTextsTab", u"An Excel file with the Danish texts and a column for each chosen language", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("PosterTextsTab", u"I&mport translations\u2026", None))
    # retranslateUi

