# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QProgressBar, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_FlyersPage(object):
    def setupUi(self, FlyersPage):
        if not FlyersPage.objectName():
            FlyersPage.setObjectName(u"FlyersPage")
        self.pageLayout = QVBoxLayout(FlyersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(8, 8, 8, 8)
        self.splitter = QSplitter(FlyersPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listTitle = QLabel(self.listPanel)
        self.listTitle.setObjectName(u"listTitle")

        self.listLayout.addWidget(self.listTitle)

        self.estateCombo = QComboBox(self.listPanel)
        self.estateCombo.setObjectName(u"estateCombo")

        self.listLayout.addWidget(self.estateCombo)

        self.searchEdit = QLineEdit(self.listPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.searchEdit)

        self.activityTable = QTableView(self.listPanel)
        self.activityTable.setObjectName(u"activityTable")
        self.activityTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activityTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activityTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activityTable.setAlternatingRowColors(True)
        self.activityTable.setWordWrap(False)

        self.listLayout.addWidget(self.activityTable)

        self.batchButton = QPushButton(self.listPanel)
        self.batchButton.setObjectName(u"batchButton")

        self.listLayout.addWidget(self.batchButton)

        self.batchProgress = QProgressBar(self.listPanel)
        self.batchProgress.setObjectName(u"batchProgress")
        self.batchProgress.setVisible(False)
        self.batchProgress.setValue(0)

        self.listLayout.addWidget(self.batchProgress)

        self.splitter.addWidget(self.listPanel)
        self.editorPanel = QWidget(self.splitter)
        self.editorPanel.setObjectName(u"editorPanel")
        self.editorLayout = QVBoxLayout(self.editorPanel)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.activityHeading = QLabel(self.editorPanel)
        self.activityHeading.setObjectName(u"activityHeading")
        self.activityHeading.setWordWrap(True)

        self.editorLayout.addWidget(self.activityHeading)

        self.tabs = QTabWidget(self.editorPanel)
        self.tabs.setObjectName(u"tabs")
        self.textsTab = QWidget()
        self.textsTab.setObjectName(u"textsTab")
        self.textsLayout = QVBoxLayout(self.textsTab)
        self.textsLayout.setObjectName(u"textsLayout")
        self.danishForm = QFormLayout()
        self.danishForm.setObjectName(u"danishForm")
        self.titleLabel = QLabel(self.textsTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.danishForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.textsTab)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(160)

        self.danishForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionLabel = QLabel(self.textsTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.danishForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.textsTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.danishForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.whenLabel = QLabel(self.textsTab)
        self.whenLabel.setObjectName(u"whenLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.whenLabel.sizePolicy().hasHeightForWidth())
        self.whenLabel.setSizePolicy(sizePolicy)

        self.danishForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenValue = QLabel(self.textsTab)
        self.whenValue.setObjectName(u"whenValue")
        sizePolicy.setHeightForWidth(self.whenValue.sizePolicy().hasHeightForWidth())
        self.whenValue.setSizePolicy(sizePolicy)
        self.whenValue.setText(u"")
        self.whenValue.setWordWrap(True)

        self.danishForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.whenValue)


        self.textsLayout.addLayout(self.danishForm)

        self.translationsLabel = QLabel(self.textsTab)
        self.translationsLabel.setObjectName(u"translationsLabel")
        self.translationsLabel.setWordWrap(True)

        self.textsLayout.addWidget(self.translationsLabel)

        self.translationTable = QTableView(self.textsTab)
        self.translationTable.setObjectName(u"translationTable")
        self.translationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.translationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.translationTable.setWordWrap(True)

        self.textsLayout.addWidget(self.translationTable)

        self.textButtons = QHBoxLayout()
        self.textButtons.setObjectName(u"textButtons")
        self.saveTextsButton = QPushButton(self.textsTab)
        self.saveTextsButton.setObjectName(u"saveTextsButton")

        self.textButtons.addWidget(self.saveTextsButton)

        self.exportButton = QPushButton(self.textsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.textButtons.addWidget(self.exportButton)

        self.importButton = QPushButton(self.textsTab)
        self.importButton.setObjectName(u"importButton")

        self.textButtons.addWidget(self.importButton)

        self.textButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.textButtons.addItem(self.textButtonsSpacer)


        self.textsLayout.addLayout(self.textButtons)

        self.saveStateLabel = QLabel(self.textsTab)
        self.saveStateLabel.setObjectName(u"saveStateLabel")
        self.saveStateLabel.setText(u"")
        self.saveStateLabel.setWordWrap(True)

        self.textsLayout.addWidget(self.saveStateLabel)

        self.textsLayout.setStretch(2, 1)
        self.tabs.addTab(self.textsTab, "")
        self.layoutTab = QWidget()
        self.layoutTab.setObjectName(u"layoutTab")
        self.layoutForm = QFormLayout(self.layoutTab)
        self.layoutForm.setObjectName(u"layoutForm")
        self.templateLabel = QLabel(self.layoutTab)
        self.templateLabel.setObjectName(u"templateLabel")

        self.layoutForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(self.layoutTab)
        self.templateCombo.setObjectName(u"templateCombo")

        self.layoutForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.paperLabel = QLabel(self.layoutTab)
        self.paperLabel.setObjectName(u"paperLabel")

        self.layoutForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.layoutTab)
        self.paperCombo.setObjectName(u"paperCombo")

        self.layoutForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.perPageCheck = QCheckBox(self.layoutTab)
        self.perPageCheck.setObjectName(u"perPageCheck")

        self.layoutForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.perPageCheck)

        self.languagesLabel = QLabel(self.layoutTab)
        self.languagesLabel.setObjectName(u"languagesLabel")
        self.languagesLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.layoutForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languageList = QListWidget(self.layoutTab)
        self.languageList.setObjectName(u"languageList")
        self.languageList.setMinimumSize(QSize(0, 150))

        self.layoutForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageList)

        self.pictogramLabel = QLabel(self.layoutTab)
        self.pictogramLabel.setObjectName(u"pictogramLabel")

        self.layoutForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pictogramLabel)

        self.pictogramCombo = QComboBox(self.layoutTab)
        self.pictogramCombo.setObjectName(u"pictogramCombo")

        self.layoutForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pictogramCombo)

        self.pictureLabel = QLabel(self.layoutTab)
        self.pictureLabel.setObjectName(u"pictureLabel")

        self.layoutForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pictureLabel)

        self.pictureRow = QHBoxLayout()
        self.pictureRow.setObjectName(u"pictureRow")
        self.pictureName = QLabel(self.layoutTab)
        self.pictureName.setObjectName(u"pictureName")

        self.pictureRow.addWidget(self.pictureName)

        self.pictureSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pictureRow.addItem(self.pictureSpacer)

        self.pictureButton = QPushButton(self.layoutTab)
        self.pictureButton.setObjectName(u"pictureButton")

        self.pictureRow.addWidget(self.pictureButton)

        self.clearPictureButton = QPushButton(self.layoutTab)
        self.clearPictureButton.setObjectName(u"clearPictureButton")

        self.pictureRow.addWidget(self.clearPictureButton)


        self.layoutForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.pictureRow)

        self.qrLabel = QLabel(self.layoutTab)
        self.qrLabel.setObjectName(u"qrLabel")

        self.layoutForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.qrLabel)

        self.qrKindCombo = QComboBox(self.layoutTab)
        self.qrKindCombo.setObjectName(u"qrKindCombo")

        self.layoutForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.qrKindCombo)

        self.qrTargetLabel = QLabel(self.layoutTab)
        self.qrTargetLabel.setObjectName(u"qrTargetLabel")

        self.layoutForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.qrTargetLabel)

        self.qrEdit = QLineEdit(self.layoutTab)
        self.qrEdit.setObjectName(u"qrEdit")

        self.layoutForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.qrEdit)

        self.smsLabel = QLabel(self.layoutTab)
        self.smsLabel.setObjectName(u"smsLabel")

        self.layoutForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.smsLabel)

        self.smsEdit = QLineEdit(self.layoutTab)
        self.smsEdit.setObjectName(u"smsEdit")

        self.layoutForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.smsEdit)

        self.logoLabel = QLabel(self.layoutTab)
        self.logoLabel.setObjectName(u"logoLabel")

        self.layoutForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoValue = QLabel(self.layoutTab)
        self.logoValue.setObjectName(u"logoValue")
        self.logoValue.setText(u"")

        self.logoRow.addWidget(self.logoValue)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoRow.addItem(self.logoSpacer)

        self.logoButton = QPushButton(self.layoutTab)
        self.logoButton.setObjectName(u"logoButton")

        self.logoRow.addWidget(self.logoButton)

        self.clearLogoButton = QPushButton(self.layoutTab)
        self.clearLogoButton.setObjectName(u"clearLogoButton")

        self.logoRow.addWidget(self.clearLogoButton)


        self.layoutForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.tabs.addTab(self.layoutTab, "")

        self.editorLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(self.editorPanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.errorLabel)

        self.splitter.addWidget(self.editorPanel)
        self.previewPanel = QWidget(self.splitter)
        self.previewPanel.setObjectName(u"previewPanel")
        self.previewLayout = QVBoxLayout(self.previewPanel)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewArea = QScrollArea(self.previewPanel)
        self.previewArea.setObjectName(u"previewArea")
        self.previewArea.setWidgetResizable(True)
        self.previewLabel = QLabel()
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setText(u"")
        self.previewLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.previewArea.setWidget(self.previewLabel)

        self.previewLayout.addWidget(self.previewArea)

        self.warningLabel = QLabel(self.previewPanel)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.warningLabel)

        self.outputButtons = QHBoxLayout()
        self.outputButtons.setObjectName(u"outputButtons")
        self.pageInfo = QLabel(self.previewPanel)
        self.pageInfo.setObjectName(u"pageInfo")
        self.pageInfo.setText(u"")

        self.outputButtons.addWidget(self.pageInfo)

        self.outputSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outputButtons.addItem(self.outputSpacer)

        self.printButton = QPushButton(self.previewPanel)
        self.printButton.setObjectName(u"printButton")

        self.outputButtons.addWidget(self.printButton)

        self.savePdfButton = QPushButton(self.previewPanel)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.outputButtons.addWidget(self.savePdfButton)


        self.previewLayout.addLayout(self.outputButtons)

        self.splitter.addWidget(self.previewPanel)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.templateLabel.setBuddy(self.templateCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.languagesLabel.setBuddy(self.languageList)
        self.pictogramLabel.setBuddy(self.pictogramCombo)
        self.qrLabel.setBuddy(self.qrKindCombo)
        self.qrTargetLabel.setBuddy(self.qrEdit)
        self.smsLabel.setBuddy(self.smsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FlyersPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FlyersPage)
        fit_fields(FlyersPage)
    # setupUi

    def retranslateUi(self, FlyersPage):
        self.listTitle.setText(QCoreApplication.translate("FlyersPage", u"<b>Activities</b>", None))
#if QT_CONFIG(tooltip)
        self.estateCombo.setToolTip(QCoreApplication.translate("FlyersPage", u"Show the activities of one estate", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("FlyersPage", u"Search activities by title", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("FlyersPage", u"Search by title", None))
#if QT_CONFIG(accessibility)
        self.activityTable.setAccessibleName(QCoreApplication.translate("FlyersPage", u"Activities", None))
#endif // QT_CONFIG(accessibility)
        self.batchButton.setText(QCoreApplication.translate("FlyersPage", u"Posters for &all shown\u2026", None))
#if QT_CONFIG(tooltip)
        self.batchButton.setToolTip(QCoreApplication.translate("FlyersPage", u"Save a poster as PDF for every activity in the list, in the languages that are translated", None))
#endif // QT_CONFIG(tooltip)
        self.activityHeading.setText(QCoreApplication.translate("FlyersPage", u"Choose an activity in the list.", None))
        self.titleLabel.setText(QCoreApplication.translate("FlyersPage", u"T&itle:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("FlyersPage", u"&Description:", None))
        self.whenLabel.setText(QCoreApplication.translate("FlyersPage", u"When:", None))
#if QT_CONFIG(tooltip)
        self.whenValue.setToolTip(QCoreApplication.translate("FlyersPage", u"From the calendar; change the dates there", None))
#endif // QT_CONFIG(tooltip)
        self.translationsLabel.setText(QCoreApplication.translate("FlyersPage", u"Translations (double-click to write; italics are suggestions from earlier translations):", None))
        self.saveTextsButton.setText(QCoreApplication.translate("FlyersPage", u"&Save texts", None))
        self.exportButton.setText(QCoreApplication.translate("FlyersPage", u"&Export for translator\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("FlyersPage", u"An Excel file with the Danish texts and a column for each chosen language", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("FlyersPage", u"I&mport translations\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.textsTab), QCoreApplication.translate("FlyersPage", u"&Texts", None))
        self.templateLabel.setText(QCoreApplication.translate("FlyersPage", u"Te&mplate:", None))
        self.paperLabel.setText(QCoreApplication.translate("FlyersPage", u"&Paper:", None))
        self.perPageCheck.setText(QCoreApplication.translate("FlyersPage", u"One language per &page", None))
        self.languagesLabel.setText(QCoreApplication.translate("FlyersPage", u"Lan&guages:", None))
        self.pictogramLabel.setText(QCoreApplication.translate("FlyersPage", u"Pict&ogram:", None))
        self.pictureLabel.setText(QCoreApplication.translate("FlyersPage", u"Picture:", None))
        self.pictureName.setText(QCoreApplication.translate("FlyersPage", u"No picture", None))
        self.pictureButton.setText(QCoreApplication.translate("FlyersPage", u"C&hoose\u2026", None))
        self.clearPictureButton.setText(QCoreApplication.translate("FlyersPage", u"Remove", None))
        self.qrLabel.setText(QCoreApplication.translate("FlyersPage", u"&QR code:", None))
        self.qrTargetLabel.setText(QCoreApplication.translate("FlyersPage", u"Lin&k or number:", None))
        self.smsLabel.setText(QCoreApplication.translate("FlyersPage", u"Te&xt message:", None))
        self.smsEdit.setPlaceholderText(QCoreApplication.translate("FlyersPage", u"e.g. SIGN UP 2 adults", None))
        self.logoLabel.setText(QCoreApplication.translate("FlyersPage", u"Estate logo:", None))
        self.logoButton.setText(QCoreApplication.translate("FlyersPage", u"Choose &logo\u2026", None))
        self.clearLogoButton.setText(QCoreApplication.translate("FlyersPage", u"Remove logo", None))
        self.tabs.setTabText(self.tabs.indexOf(self.layoutTab), QCoreApplication.translate("FlyersPage", u"&Layout", None))
        self.printButton.setText(QCoreApplication.translate("FlyersPage", u"&Print\u2026", None))
        self.savePdfButton.setText(QCoreApplication.translate("FlyersPage", u"Save as P&DF\u2026", None))
        pass
    # retranslateUi

