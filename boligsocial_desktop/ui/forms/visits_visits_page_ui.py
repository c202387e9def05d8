# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visits_page.ui'
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
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QTextBrowser, QToolButton, QVBoxLayout,
    QWidget)

from boligsocial_desktop.ui.date_fields import (DateField, TimeField)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_VisitsPage(object):
    def setupUi(self, VisitsPage):
        if not VisitsPage.objectName():
            VisitsPage.setObjectName(u"VisitsPage")
        self.layout = QVBoxLayout(VisitsPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 8, 16, 8)
        self.title = QLabel(VisitsPage)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.tabs = QTabWidget(VisitsPage)
        self.tabs.setObjectName(u"tabs")
        self.entryTab = QWidget()
        self.entryTab.setObjectName(u"entryTab")
        self.entryLayout = QVBoxLayout(self.entryTab)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryGroup = QGroupBox(self.entryTab)
        self.entryGroup.setObjectName(u"entryGroup")
        self.entryGrid = QGridLayout(self.entryGroup)
        self.entryGrid.setObjectName(u"entryGrid")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.visitedAtLabel = QLabel(self.entryGroup)
        self.visitedAtLabel.setObjectName(u"visitedAtLabel")

        self.topRow.addWidget(self.visitedAtLabel)

        self.visitDateEdit = DateField(self.entryGroup)
        self.visitDateEdit.setObjectName(u"visitDateEdit")

        self.topRow.addWidget(self.visitDateEdit)

        self.visitTimeEdit = TimeField(self.entryGroup)
        self.visitTimeEdit.setObjectName(u"visitTimeEdit")

        self.topRow.addWidget(self.visitTimeEdit)

        self.topSpacer1 = QSpacerItem(6, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer1)

        self.officeLabel = QLabel(self.entryGroup)
        self.officeLabel.setObjectName(u"officeLabel")

        self.topRow.addWidget(self.officeLabel)

        self.officeCombo = QComboBox(self.entryGroup)
        self.officeCombo.setObjectName(u"officeCombo")
        self.officeCombo.setMinimumContentsLength(8)

        self.topRow.addWidget(self.officeCombo)

        self.topSpacer2 = QSpacerItem(6, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer2)

        self.staffLabel = QLabel(self.entryGroup)
        self.staffLabel.setObjectName(u"staffLabel")

        self.topRow.addWidget(self.staffLabel)

        self.staffCombo = QComboBox(self.entryGroup)
        self.staffCombo.setObjectName(u"staffCombo")
        self.staffCombo.setMinimumContentsLength(9)

        self.topRow.addWidget(self.staffCombo)

        self.topSpacer3 = QSpacerItem(6, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer3)

        self.estateLabel = QLabel(self.entryGroup)
        self.estateLabel.setObjectName(u"estateLabel")

        self.topRow.addWidget(self.estateLabel)

        self.estateCombo = QComboBox(self.entryGroup)
        self.estateCombo.setObjectName(u"estateCombo")
        self.estateCombo.setMinimumContentsLength(9)

        self.topRow.addWidget(self.estateCombo)

        self.topSpacer4 = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer4)


        self.entryGrid.addLayout(self.topRow, 0, 0, 1, 3)

        self.topicsColumn = QVBoxLayout()
        self.topicsColumn.setObjectName(u"topicsColumn")
        self.topicsLabel = QLabel(self.entryGroup)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.topicsColumn.addWidget(self.topicsLabel)

        self.topicList = QListWidget(self.entryGroup)
        self.topicList.setObjectName(u"topicList")
        self.topicList.setMinimumSize(QSize(200, 150))
        self.topicList.setMaximumSize(QSize(16777215, 200))

        self.topicsColumn.addWidget(self.topicList)


        self.entryGrid.addLayout(self.topicsColumn, 1, 0, 1, 1)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.languageLabel = QLabel(self.entryGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.entryGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.interpreterCheck = QCheckBox(self.entryGroup)
        self.interpreterCheck.setObjectName(u"interpreterCheck")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.interpreterCheck)

        self.durationLabel = QLabel(self.entryGroup)
        self.durationLabel.setObjectName(u"durationLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(self.entryGroup)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(1440)
        self.durationSpin.setSingleStep(5)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.ageLabel = QLabel(self.entryGroup)
        self.ageLabel.setObjectName(u"ageLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ageLabel)

        self.ageCombo = QComboBox(self.entryGroup)
        self.ageCombo.setObjectName(u"ageCombo")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ageCombo)

        self.genderLabel = QLabel(self.entryGroup)
        self.genderLabel.setObjectName(u"genderLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(self.entryGroup)
        self.genderCombo.setObjectName(u"genderCombo")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.tokenLabel = QLabel(self.entryGroup)
        self.tokenLabel.setObjectName(u"tokenLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tokenLabel)

        self.tokenEdit = QLineEdit(self.entryGroup)
        self.tokenEdit.setObjectName(u"tokenEdit")
        self.tokenEdit.setMaxLength(40)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tokenEdit)


        self.entryGrid.addLayout(self.detailsForm, 1, 1, 1, 1)

        self.referralColumn = QVBoxLayout()
        self.referralColumn.setObjectName(u"referralColumn")
        self.referralsLabel = QLabel(self.entryGroup)
        self.referralsLabel.setObjectName(u"referralsLabel")

        self.referralColumn.addWidget(self.referralsLabel)

        self.referralList = QListWidget(self.entryGroup)
        self.referralList.setObjectName(u"referralList")
        self.referralList.setMinimumSize(QSize(200, 110))
        self.referralList.setMaximumSize(QSize(16777215, 130))

        self.referralColumn.addWidget(self.referralList)

        self.outcomeForm = QFormLayout()
        self.outcomeForm.setObjectName(u"outcomeForm")
        self.outcomeLabel = QLabel(self.entryGroup)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QLineEdit(self.entryGroup)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setMaxLength(200)

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.followUpLabel = QLabel(self.entryGroup)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpRow = QHBoxLayout()
        self.followUpRow.setObjectName(u"followUpRow")
        self.followUpCheck = QCheckBox(self.entryGroup)
        self.followUpCheck.setObjectName(u"followUpCheck")

        self.followUpRow.addWidget(self.followUpCheck)

        self.followUpDate = DateField(self.entryGroup)
        self.followUpDate.setObjectName(u"followUpDate")
        self.followUpDate.setDisplayFormat(u"dd-MM-yyyy")
        self.followUpDate.setCalendarPopup(True)
        self.followUpDate.setEnabled(False)

        self.followUpRow.addWidget(self.followUpDate)

        self.followUpSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpRow.addItem(self.followUpSpacer)


        self.outcomeForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.followUpRow)


        self.referralColumn.addLayout(self.outcomeForm)


        self.entryGrid.addLayout(self.referralColumn, 1, 2, 1, 1)

        self.notesColumn = QVBoxLayout()
        self.notesColumn.setObjectName(u"notesColumn")
        self.notesHeader = QHBoxLayout()
        self.notesHeader.setObjectName(u"notesHeader")
        self.notesLabel = QLabel(self.entryGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesHeader.addWidget(self.notesLabel)

        self.notesSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.notesHeader.addItem(self.notesSpacer)

        self.caseLabel = QLabel(self.entryGroup)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setText(u"")

        self.notesHeader.addWidget(self.caseLabel)

        self.clearCaseButton = QToolButton(self.entryGroup)
        self.clearCaseButton.setObjectName(u"clearCaseButton")
        self.clearCaseButton.setVisible(False)

        self.notesHeader.addWidget(self.clearCaseButton)


        self.notesColumn.addLayout(self.notesHeader)

        self.notesEdit = QPlainTextEdit(self.entryGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 60))

        self.notesColumn.addWidget(self.notesEdit)


        self.entryGrid.addLayout(self.notesColumn, 2, 0, 1, 3)

        self.entryButtons = QHBoxLayout()
        self.entryButtons.setObjectName(u"entryButtons")
        self.messageLabel = QLabel(self.entryGroup)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.entryButtons.addWidget(self.messageLabel)

        self.clearButton = QPushButton(self.entryGroup)
        self.clearButton.setObjectName(u"clearButton")

        self.entryButtons.addWidget(self.clearButton)

        self.saveButton = QPushButton(self.entryGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.entryButtons.addWidget(self.saveButton)

        self.entryButtons.setStretch(0, 1)

        self.entryGrid.addLayout(self.entryButtons, 3, 0, 1, 3)

        self.entryGrid.setColumnStretch(0, 1)
        self.entryGrid.setColumnStretch(1, 1)
        self.entryGrid.setColumnStretch(2, 1)

        self.entryLayout.addWidget(self.entryGroup)

        self.roleHint = QLabel(self.entryTab)
        self.roleHint.setObjectName(u"roleHint")
        self.roleHint.setText(u"")
        self.roleHint.setWordWrap(True)

        self.entryLayout.addWidget(self.roleHint)

        self.recentLabel = QLabel(self.entryTab)
        self.recentLabel.setObjectName(u"recentLabel")

        self.entryLayout.addWidget(self.recentLabel)

        self.recentTable = QTableView(self.entryTab)
        self.recentTable.setObjectName(u"recentTable")
        self.recentTable.setAlternatingRowColors(True)
        self.recentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.entryLayout.addWidget(self.recentTable)

        self.entryLayout.setStretch(3, 1)
        self.tabs.addTab(self.entryTab, "")
        self.followUpTab = QWidget()
        self.followUpTab.setObjectName(u"followUpTab")
        self.followUpLayout = QVBoxLayout(self.followUpTab)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpSummary = QLabel(self.followUpTab)
        self.followUpSummary.setObjectName(u"followUpSummary")
        self.followUpSummary.setText(u"")
        self.followUpSummary.setWordWrap(True)

        self.followUpLayout.addWidget(self.followUpSummary)

        self.followUpTable = QTableView(self.followUpTab)
        self.followUpTable.setObjectName(u"followUpTable")
        self.followUpTable.setAlternatingRowColors(True)
        self.followUpTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.followUpTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.followUpLayout.addWidget(self.followUpTable)

        self.followUpButtons = QHBoxLayout()
        self.followUpButtons.setObjectName(u"followUpButtons")
        self.followUpButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpButtons.addItem(self.followUpButtonsSpacer)

        self.openFollowUpButton = QPushButton(self.followUpTab)
        self.openFollowUpButton.setObjectName(u"openFollowUpButton")

        self.followUpButtons.addWidget(self.openFollowUpButton)

        self.doneButton = QPushButton(self.followUpTab)
        self.doneButton.setObjectName(u"doneButton")

        self.followUpButtons.addWidget(self.doneButton)


        self.followUpLayout.addLayout(self.followUpButtons)

        self.tabs.addTab(self.followUpTab, "")
        self.logTab = QWidget()
        self.logTab.setObjectName(u"logTab")
        self.logLayout = QVBoxLayout(self.logTab)
        self.logLayout.setObjectName(u"logLayout")
        self.filterGrid = QGridLayout()
        self.filterGrid.setObjectName(u"filterGrid")
        self.fromLabel = QLabel(self.logTab)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterGrid.addWidget(self.fromLabel, 0, 0, 1, 1)

        self.fromDate = DateField(self.logTab)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setDisplayFormat(u"dd-MM-yyyy")
        self.fromDate.setCalendarPopup(True)

        self.filterGrid.addWidget(self.fromDate, 0, 1, 1, 1)

        self.toLabel = QLabel(self.logTab)
        self.toLabel.setObjectName(u"toLabel")

        self.filterGrid.addWidget(self.toLabel, 0, 2, 1, 1)

        self.toDate = DateField(self.logTab)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setDisplayFormat(u"dd-MM-yyyy")
        self.toDate.setCalendarPopup(True)

        self.filterGrid.addWidget(self.toDate, 0, 3, 1, 1)

        self.filterEstateLabel = QLabel(self.logTab)
        self.filterEstateLabel.setObjectName(u"filterEstateLabel")

        self.filterGrid.addWidget(self.filterEstateLabel, 0, 4, 1, 1)

        self.filterEstateCombo = QComboBox(self.logTab)
        self.filterEstateCombo.setObjectName(u"filterEstateCombo")
        self.filterEstateCombo.setMinimumContentsLength(10)
        self.filterEstateCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterGrid.addWidget(self.filterEstateCombo, 0, 5, 1, 1)

        self.filterTopicLabel = QLabel(self.logTab)
        self.filterTopicLabel.setObjectName(u"filterTopicLabel")

        self.filterGrid.addWidget(self.filterTopicLabel, 0, 6, 1, 1)

        self.filterTopicCombo = QComboBox(self.logTab)
        self.filterTopicCombo.setObjectName(u"filterTopicCombo")
        self.filterTopicCombo.setMinimumContentsLength(10)
        self.filterTopicCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterGrid.addWidget(self.filterTopicCombo, 0, 7, 1, 1)

        self.filterReferralLabel = QLabel(self.logTab)
        self.filterReferralLabel.setObjectName(u"filterReferralLabel")

        self.filterGrid.addWidget(self.filterReferralLabel, 1, 0, 1, 1)

        self.filterReferralCombo = QComboBox(self.logTab)
        self.filterReferralCombo.setObjectName(u"filterReferralCombo")
        self.filterReferralCombo.setMinimumContentsLength(10)
        self.filterReferralCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterGrid.addWidget(self.filterReferralCombo, 1, 1, 1, 1)

        self.filterStaffLabel = QLabel(self.logTab)
        self.filterStaffLabel.setObjectName(u"filterStaffLabel")

        self.filterGrid.addWidget(self.filterStaffLabel, 1, 2, 1, 1)

        self.filterStaffCombo = QComboBox(self.logTab)
        self.filterStaffCombo.setObjectName(u"filterStaffCombo")
        self.filterStaffCombo.setMinimumContentsLength(10)
        self.filterStaffCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterGrid.addWidget(self.filterStaffCombo, 1, 3, 1, 1)

        self.noteSearchLabel = QLabel(self.logTab)
        self.noteSearchLabel.setObjectName(u"noteSearchLabel")

        self.filterGrid.addWidget(self.noteSearchLabel, 1, 4, 1, 1)

        self.noteSearchEdit = QLineEdit(self.logTab)
        self.noteSearchEdit.setObjectName(u"noteSearchEdit")
        self.noteSearchEdit.setClearButtonEnabled(True)

        self.filterGrid.addWidget(self.noteSearchEdit, 1, 5, 1, 1)

        self.applyFilterButton = QPushButton(self.logTab)
        self.applyFilterButton.setObjectName(u"applyFilterButton")

        self.filterGrid.addWidget(self.applyFilterButton, 1, 7, 1, 1)

        self.filterGrid.setColumnStretch(1, 1)
        self.filterGrid.setColumnStretch(3, 1)
        self.filterGrid.setColumnStretch(5, 1)
        self.filterGrid.setColumnStretch(7, 1)

        self.logLayout.addLayout(self.filterGrid)

        self.logSplitter = QSplitter(self.logTab)
        self.logSplitter.setObjectName(u"logSplitter")
        self.logSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.logTable = QTableView(self.logSplitter)
        self.logTable.setObjectName(u"logTable")
        self.logTable.setAlternatingRowColors(True)
        self.logTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.logTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.logTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.logSplitter.addWidget(self.logTable)
        self.statsBrowser = QTextBrowser(self.logSplitter)
        self.statsBrowser.setObjectName(u"statsBrowser")
        self.logSplitter.addWidget(self.statsBrowser)

        self.logLayout.addWidget(self.logSplitter)

        self.logBottomRow = QHBoxLayout()
        self.logBottomRow.setObjectName(u"logBottomRow")
        self.logCountLabel = QLabel(self.logTab)
        self.logCountLabel.setObjectName(u"logCountLabel")
        self.logCountLabel.setText(u"")

        self.logBottomRow.addWidget(self.logCountLabel)

        self.logBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logBottomRow.addItem(self.logBottomSpacer)

        self.importButton = QPushButton(self.logTab)
        self.importButton.setObjectName(u"importButton")

        self.logBottomRow.addWidget(self.importButton)


        self.logLayout.addLayout(self.logBottomRow)

        self.logLayout.setStretch(1, 1)
        self.tabs.addTab(self.logTab, "")
        self.casesTab = QWidget()
        self.casesTab.setObjectName(u"casesTab")
        self.casesLayout = QVBoxLayout(self.casesTab)
        self.casesLayout.setObjectName(u"casesLayout")
        self.casesIntro = QLabel(self.casesTab)
        self.casesIntro.setObjectName(u"casesIntro")
        self.casesIntro.setWordWrap(True)

        self.casesLayout.addWidget(self.casesIntro)

        self.caseSearchRow = QHBoxLayout()
        self.caseSearchRow.setObjectName(u"caseSearchRow")
        self.caseSearchLabel = QLabel(self.casesTab)
        self.caseSearchLabel.setObjectName(u"caseSearchLabel")

        self.caseSearchRow.addWidget(self.caseSearchLabel)

        self.caseSearchEdit = QLineEdit(self.casesTab)
        self.caseSearchEdit.setObjectName(u"caseSearchEdit")
        self.caseSearchEdit.setClearButtonEnabled(True)

        self.caseSearchRow.addWidget(self.caseSearchEdit)

        self.caseSearchButton = QPushButton(self.casesTab)
        self.caseSearchButton.setObjectName(u"caseSearchButton")

        self.caseSearchRow.addWidget(self.caseSearchButton)

        self.caseSearchSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.caseSearchRow.addItem(self.caseSearchSpacer)

        self.newCaseButton = QPushButton(self.casesTab)
        self.newCaseButton.setObjectName(u"newCaseButton")

        self.caseSearchRow.addWidget(self.newCaseButton)


        self.casesLayout.addLayout(self.caseSearchRow)

        self.caseTable = QTableView(self.casesTab)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setAlternatingRowColors(True)
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.casesLayout.addWidget(self.caseTable)

        self.caseButtons = QHBoxLayout()
        self.caseButtons.setObjectName(u"caseButtons")
        self.showCaseButton = QPushButton(self.casesTab)
        self.showCaseButton.setObjectName(u"showCaseButton")

        self.caseButtons.addWidget(self.showCaseButton)

        self.visitForCaseButton = QPushButton(self.casesTab)
        self.visitForCaseButton.setObjectName(u"visitForCaseButton")

        self.caseButtons.addWidget(self.visitForCaseButton)

        self.caseButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.caseButtons.addItem(self.caseButtonsSpacer)

        self.exportCaseButton = QPushButton(self.casesTab)
        self.exportCaseButton.setObjectName(u"exportCaseButton")

        self.caseButtons.addWidget(self.exportCaseButton)

        self.eraseCaseButton = QPushButton(self.casesTab)
        self.eraseCaseButton.setObjectName(u"eraseCaseButton")

        self.caseButtons.addWidget(self.eraseCaseButton)


        self.casesLayout.addLayout(self.caseButtons)

        self.caseDetail = QTextBrowser(self.casesTab)
        self.caseDetail.setObjectName(u"caseDetail")

        self.casesLayout.addWidget(self.caseDetail)

        self.casesLayout.setStretch(2, 3)
        self.casesLayout.setStretch(4, 2)
        self.tabs.addTab(self.casesTab, "")
        self.retentionTab = QWidget()
        self.retentionTab.setObjectName(u"retentionTab")
        self.retentionLayout = QVBoxLayout(self.retentionTab)
        self.retentionLayout.setObjectName(u"retentionLayout")
        self.policyGroup = QGroupBox(self.retentionTab)
        self.policyGroup.setObjectName(u"policyGroup")
        self.policyForm = QFormLayout(self.policyGroup)
        self.policyForm.setObjectName(u"policyForm")
        self.policyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.notesMonthsLabel = QLabel(self.policyGroup)
        self.notesMonthsLabel.setObjectName(u"notesMonthsLabel")

        self.policyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesMonthsLabel)

        self.notesMonthsSpin = QSpinBox(self.policyGroup)
        self.notesMonthsSpin.setObjectName(u"notesMonthsSpin")
        self.notesMonthsSpin.setMinimum(1)
        self.notesMonthsSpin.setMaximum(120)

        self.policyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesMonthsSpin)

        self.casesMonthsLabel = QLabel(self.policyGroup)
        self.casesMonthsLabel.setObjectName(u"casesMonthsLabel")

        self.policyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.casesMonthsLabel)

        self.casesMonthsSpin = QSpinBox(self.policyGroup)
        self.casesMonthsSpin.setObjectName(u"casesMonthsSpin")
        self.casesMonthsSpin.setMinimum(1)
        self.casesMonthsSpin.setMaximum(120)

        self.policyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.casesMonthsSpin)

        self.tokensMonthsLabel = QLabel(self.policyGroup)
        self.tokensMonthsLabel.setObjectName(u"tokensMonthsLabel")

        self.policyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tokensMonthsLabel)

        self.tokensMonthsSpin = QSpinBox(self.policyGroup)
        self.tokensMonthsSpin.setObjectName(u"tokensMonthsSpin")
        self.tokensMonthsSpin.setMinimum(0)
        self.tokensMonthsSpin.setMaximum(120)

        self.policyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tokensMonthsSpin)

        self.policyHint = QLabel(self.policyGroup)
        self.policyHint.setObjectName(u"policyHint")
        self.policyHint.setWordWrap(True)

        self.policyForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.policyHint)

        self.savePolicyButton = QPushButton(self.policyGroup)
        self.savePolicyButton.setObjectName(u"savePolicyButton")

        self.policyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.savePolicyButton)


        self.retentionLayout.addWidget(self.policyGroup)

        self.lastRunLabel = QLabel(self.retentionTab)
        self.lastRunLabel.setObjectName(u"lastRunLabel")
        self.lastRunLabel.setText(u"")
        self.lastRunLabel.setWordWrap(True)

        self.retentionLayout.addWidget(self.lastRunLabel)

        self.purgeButtons = QHBoxLayout()
        self.purgeButtons.setObjectName(u"purgeButtons")
        self.previewPurgeButton = QPushButton(self.retentionTab)
        self.previewPurgeButton.setObjectName(u"previewPurgeButton")

        self.purgeButtons.addWidget(self.previewPurgeButton)

        self.runPurgeButton = QPushButton(self.retentionTab)
        self.runPurgeButton.setObjectName(u"runPurgeButton")

        self.purgeButtons.addWidget(self.runPurgeButton)

        self.purgeSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.purgeButtons.addItem(self.purgeSpacer)


        self.retentionLayout.addLayout(self.purgeButtons)

        self.purgeList = QPlainTextEdit(self.retentionTab)
        self.purgeList.setObjectName(u"purgeList")
        self.purgeList.setReadOnly(True)

        self.retentionLayout.addWidget(self.purgeList)

        self.retentionLayout.setStretch(3, 1)
        self.tabs.addTab(self.retentionTab, "")
        self.auditTab = QWidget()
        self.auditTab.setObjectName(u"auditTab")
        self.auditLayout = QVBoxLayout(self.auditTab)
        self.auditLayout.setObjectName(u"auditLayout")
        self.auditIntro = QLabel(self.auditTab)
        self.auditIntro.setObjectName(u"auditIntro")
        self.auditIntro.setWordWrap(True)

        self.auditLayout.addWidget(self.auditIntro)

        self.auditTable = QTableView(self.auditTab)
        self.auditTable.setObjectName(u"auditTable")
        self.auditTable.setAlternatingRowColors(True)
        self.auditTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.auditLayout.addWidget(self.auditTable)

        self.auditButtons = QHBoxLayout()
        self.auditButtons.setObjectName(u"auditButtons")
        self.auditSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.auditButtons.addItem(self.auditSpacer)

        self.refreshAuditButton = QPushButton(self.auditTab)
        self.refreshAuditButton.setObjectName(u"refreshAuditButton")

        self.auditButtons.addWidget(self.refreshAuditButton)

        self.exportAuditButton = QPushButton(self.auditTab)
        self.exportAuditButton.setObjectName(u"exportAuditButton")

        self.auditButtons.addWidget(self.exportAuditButton)


        self.auditLayout.addLayout(self.auditButtons)

        self.tabs.addTab(self.auditTab, "")

        self.layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.visitedAtLabel.setBuddy(self.visitDateEdit)
        self.officeLabel.setBuddy(self.officeCombo)
        self.staffLabel.setBuddy(self.staffCombo)
        self.estateLabel.setBuddy(self.estateCombo)
        self.topicsLabel.setBuddy(self.topicList)
        self.languageLabel.setBuddy(self.languageCombo)
        self.durationLabel.setBuddy(self.durationSpin)
        self.ageLabel.setBuddy(self.ageCombo)
        self.genderLabel.setBuddy(self.genderCombo)
        self.tokenLabel.setBuddy(self.tokenEdit)
        self.referralsLabel.setBuddy(self.referralList)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
        self.followUpLabel.setBuddy(self.followUpCheck)
        self.notesLabel.setBuddy(self.notesEdit)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.filterEstateLabel.setBuddy(self.filterEstateCombo)
        self.filterTopicLabel.setBuddy(self.filterTopicCombo)
        self.filterReferralLabel.setBuddy(self.filterReferralCombo)
        self.filterStaffLabel.setBuddy(self.filterStaffCombo)
        self.noteSearchLabel.setBuddy(self.noteSearchEdit)
        self.caseSearchLabel.setBuddy(self.caseSearchEdit)
        self.notesMonthsLabel.setBuddy(self.notesMonthsSpin)
        self.casesMonthsLabel.setBuddy(self.casesMonthsSpin)
        self.tokensMonthsLabel.setBuddy(self.tokensMonthsSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.visitDateEdit, self.visitTimeEdit)
        QWidget.setTabOrder(self.visitTimeEdit, self.officeCombo)
        QWidget.setTabOrder(self.officeCombo, self.staffCombo)
        QWidget.setTabOrder(self.staffCombo, self.estateCombo)
        QWidget.setTabOrder(self.estateCombo, self.topicList)
        QWidget.setTabOrder(self.topicList, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.interpreterCheck)
        QWidget.setTabOrder(self.interpreterCheck, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.ageCombo)
        QWidget.setTabOrder(self.ageCombo, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.tokenEdit)
        QWidget.setTabOrder(self.tokenEdit, self.referralList)
        QWidget.setTabOrder(self.referralList, self.outcomeEdit)
        QWidget.setTabOrder(self.outcomeEdit, self.followUpCheck)
        QWidget.setTabOrder(self.followUpCheck, self.followUpDate)
        QWidget.setTabOrder(self.followUpDate, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.clearCaseButton)
        QWidget.setTabOrder(self.clearCaseButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.recentTable)

        self.retranslateUi(VisitsPage)

        self.saveButton.setDefault(False)


        QMetaObject.connectSlotsByName(VisitsPage)
        fit_fields(VisitsPage)
    # setupUi

    def retranslateUi(self, VisitsPage):
        self.title.setText(QCoreApplication.translate("VisitsPage", u"<h1>Open advice</h1>", None))
        self.entryGroup.setTitle(QCoreApplication.translate("VisitsPage", u"Log a walk-in visit", None))
        self.visitedAtLabel.setText(QCoreApplication.translate("VisitsPage", u"&Date and time:", None))
#if QT_CONFIG(accessibility)
        self.visitDateEdit.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Date of the visit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.visitTimeEdit.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Time of the visit", None))
#endif // QT_CONFIG(accessibility)
        self.officeLabel.setText(QCoreApplication.translate("VisitsPage", u"&Office:", None))
#if QT_CONFIG(accessibility)
        self.officeCombo.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Office", None))
#endif // QT_CONFIG(accessibility)
        self.staffLabel.setText(QCoreApplication.translate("VisitsPage", u"&Staff member:", None))
#if QT_CONFIG(accessibility)
        self.staffCombo.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Staff member", None))
#endif // QT_CONFIG(accessibility)
        self.estateLabel.setText(QCoreApplication.translate("VisitsPage", u"Resident's &estate:", None))
#if QT_CONFIG(accessibility)
        self.estateCombo.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Resident's estate", None))
#endif // QT_CONFIG(accessibility)
        self.topicsLabel.setText(QCoreApplication.translate("VisitsPage", u"&Topics (Space ticks):", None))
#if QT_CONFIG(accessibility)
        self.topicList.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Topics", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("VisitsPage", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.interpreterCheck.setText(QCoreApplication.translate("VisitsPage", u"&Interpreter used", None))
        self.durationLabel.setText(QCoreApplication.translate("VisitsPage", u"Dura&tion:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("VisitsPage", u" min", None))
        self.durationSpin.setSpecialValueText(QCoreApplication.translate("VisitsPage", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.ageLabel.setText(QCoreApplication.translate("VisitsPage", u"&Age band:", None))
#if QT_CONFIG(accessibility)
        self.ageCombo.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Age band", None))
#endif // QT_CONFIG(accessibility)
        self.genderLabel.setText(QCoreApplication.translate("VisitsPage", u"&Gender:", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.tokenLabel.setText(QCoreApplication.translate("VisitsPage", u"Repeat &code:", None))
        self.tokenEdit.setPlaceholderText(QCoreApplication.translate("VisitsPage", u"e.g. initials + birth year", None))
#if QT_CONFIG(tooltip)
        self.tokenEdit.setToolTip(QCoreApplication.translate("VisitsPage", u"Optional. Stored only as a keyed code, so the office can count repeat visits without names.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tokenEdit.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Repeat code", None))
#endif // QT_CONFIG(accessibility)
        self.referralsLabel.setText(QCoreApplication.translate("VisitsPage", u"&Referred to:", None))
#if QT_CONFIG(accessibility)
        self.referralList.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Referred to", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("VisitsPage", u"O&utcome:", None))
#if QT_CONFIG(accessibility)
        self.outcomeEdit.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeEdit.setPlaceholderText(QCoreApplication.translate("VisitsPage", u"e.g. helped with the application", None))
        self.followUpLabel.setText(QCoreApplication.translate("VisitsPage", u"&Follow-up:", None))
        self.followUpCheck.setText(QCoreApplication.translate("VisitsPage", u"by", None))
#if QT_CONFIG(accessibility)
        self.followUpCheck.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Follow-up needed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.followUpDate.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Follow-up due date", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("VisitsPage", u"&Notes (advisers only; Shift+Enter for a new line):", None))
        self.clearCaseButton.setText(QCoreApplication.translate("VisitsPage", u"Remove case link", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.clearButton.setText(QCoreApplication.translate("VisitsPage", u"C&lear form", None))
        self.saveButton.setText(QCoreApplication.translate("VisitsPage", u"Save visit (Enter)", None))
        self.recentLabel.setText(QCoreApplication.translate("VisitsPage", u"<b>Latest visits</b> (Enter opens a visit, Delete deletes it)", None))
#if QT_CONFIG(accessibility)
        self.recentTable.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Latest visits", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.entryTab), QCoreApplication.translate("VisitsPage", u"&New visit", None))
#if QT_CONFIG(accessibility)
        self.followUpTable.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Open follow-ups", None))
#endif // QT_CONFIG(accessibility)
        self.openFollowUpButton.setText(QCoreApplication.translate("VisitsPage", u"Show &visit", None))
        self.doneButton.setText(QCoreApplication.translate("VisitsPage", u"&Mark as done", None))
        self.tabs.setTabText(self.tabs.indexOf(self.followUpTab), QCoreApplication.translate("VisitsPage", u"&Follow-ups", None))
        self.fromLabel.setText(QCoreApplication.translate("VisitsPage", u"F&rom:", None))
        self.toLabel.setText(QCoreApplication.translate("VisitsPage", u"T&o:", None))
        self.filterEstateLabel.setText(QCoreApplication.translate("VisitsPage", u"&Estate:", None))
        self.filterTopicLabel.setText(QCoreApplication.translate("VisitsPage", u"&Topic:", None))
        self.filterReferralLabel.setText(QCoreApplication.translate("VisitsPage", u"Re&ferral:", None))
        self.filterStaffLabel.setText(QCoreApplication.translate("VisitsPage", u"&Staff:", None))
        self.noteSearchLabel.setText(QCoreApplication.translate("VisitsPage", u"Text in &notes:", None))
        self.applyFilterButton.setText(QCoreApplication.translate("VisitsPage", u"Sho&w", None))
#if QT_CONFIG(accessibility)
        self.logTable.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Visit log", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statsBrowser.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Statistics for the filtered visits", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("VisitsPage", u"&Import visits\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("VisitsPage", u"Read an existing visit log from a CSV or Excel file; every problem is listed before anything is saved", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.logTab), QCoreApplication.translate("VisitsPage", u"&Log and statistics", None))
        self.casesIntro.setText(QCoreApplication.translate("VisitsPage", u"A named case may only be created when the resident has given consent. Record how (oral or written), when and what it covers. Names and contact details are deleted when the office's deadline has passed; you can also export or erase a case at the resident's request.", None))
        self.caseSearchLabel.setText(QCoreApplication.translate("VisitsPage", u"Sea&rch name:", None))
        self.caseSearchButton.setText(QCoreApplication.translate("VisitsPage", u"&Search", None))
        self.newCaseButton.setText(QCoreApplication.translate("VisitsPage", u"&New case with consent\u2026", None))
#if QT_CONFIG(accessibility)
        self.caseTable.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Named cases", None))
#endif // QT_CONFIG(accessibility)
        self.showCaseButton.setText(QCoreApplication.translate("VisitsPage", u"Sho&w case", None))
        self.visitForCaseButton.setText(QCoreApplication.translate("VisitsPage", u"&Log visit on case", None))
        self.exportCaseButton.setText(QCoreApplication.translate("VisitsPage", u"E&xport (JSON)\u2026", None))
        self.eraseCaseButton.setText(QCoreApplication.translate("VisitsPage", u"&Erase completely\u2026", None))
#if QT_CONFIG(accessibility)
        self.caseDetail.setAccessibleName(QCoreApplication.translate("VisitsPage", u"The chosen case", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.casesTab), QCoreApplication.translate("VisitsPage", u"Named &cases", None))
        self.policyGroup.setTitle(QCoreApplication.translate("VisitsPage", u"Deadlines, in months after the last visit", None))
        self.notesMonthsLabel.setText(QCoreApplication.translate("VisitsPage", u"&Notes are deleted after:", None))
        self.notesMonthsSpin.setSuffix(QCoreApplication.translate("VisitsPage", u" months", None))
        self.casesMonthsLabel.setText(QCoreApplication.translate("VisitsPage", u"Named &cases (name, contact) are deleted after:", None))
        self.casesMonthsSpin.setSuffix(QCoreApplication.translate("VisitsPage", u" months", None))
        self.tokensMonthsLabel.setText(QCoreApplication.translate("VisitsPage", u"Repeat c&odes are deleted after:", None))
        self.tokensMonthsSpin.setSuffix(QCoreApplication.translate("VisitsPage", u" months", None))
        self.tokensMonthsSpin.setSpecialValueText(QCoreApplication.translate("VisitsPage", u"never", None))
        self.policyHint.setText(QCoreApplication.translate("VisitsPage", u"Anonymous visits (date, estate, topics, referral) are kept for the statistics.", None))
        self.savePolicyButton.setText(QCoreApplication.translate("VisitsPage", u"&Save deadlines", None))
        self.previewPurgeButton.setText(QCoreApplication.translate("VisitsPage", u"Show what is &due", None))
        self.runPurgeButton.setText(QCoreApplication.translate("VisitsPage", u"Delete what is due &now\u2026", None))
#if QT_CONFIG(accessibility)
        self.purgeList.setAccessibleName(QCoreApplication.translate("VisitsPage", u"What is due for deletion", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.retentionTab), QCoreApplication.translate("VisitsPage", u"&Deletion deadlines", None))
        self.auditIntro.setText(QCoreApplication.translate("VisitsPage", u"Every read of a note or a named case, every export and every deletion, newest first.", None))
#if QT_CONFIG(accessibility)
        self.auditTable.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Audit log", None))
#endif // QT_CONFIG(accessibility)
        self.refreshAuditButton.setText(QCoreApplication.translate("VisitsPage", u"&Refresh", None))
        self.exportAuditButton.setText(QCoreApplication.translate("VisitsPage", u"E&xport (CSV)\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.auditTab), QCoreApplication.translate("VisitsPage", u"&Audit log", None))
        pass
    # retranslateUi

