# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_tab.ui'
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
    QSpacerItem, QSpinBox, QTableView, QToolButton,
    QVBoxLayout, QWidget)

from boligsocial_desktop.ui.date_fields import (DateField, TimeField)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_EntryTab(object):
    def setupUi(self, EntryTab):
        if not EntryTab.objectName():
            EntryTab.setObjectName(u"EntryTab")
        self.entryLayout = QVBoxLayout(EntryTab)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryGroup = QGroupBox(EntryTab)
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

        self.roleHint = QLabel(EntryTab)
        self.roleHint.setObjectName(u"roleHint")
        self.roleHint.setText(u"")
        self.roleHint.setWordWrap(True)

        self.entryLayout.addWidget(self.roleHint)

        self.recentLabel = QLabel(EntryTab)
        self.recentLabel.setObjectName(u"recentLabel")

        self.entryLayout.addWidget(self.recentLabel)

        self.recentTable = QTableView(EntryTab)
        self.recentTable.setObjectName(u"recentTable")
        self.recentTable.setAlternatingRowColors(True)
        self.recentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.entryLayout.addWidget(self.recentTable)

        self.entryLayout.setStretch(3, 1)
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

        self.retranslateUi(EntryTab)

        self.saveButton.setDefault(False)


        QMetaObject.connectSlotsByName(EntryTab)
        fit_fields(EntryTab)
    # setupUi

    def retranslateUi(self, EntryTab):
        EntryTab.setWindowTitle(QCoreApplication.translate("EntryTab", u"&New visit", None))
        self.entryGroup.setTitle(QCoreApplication.translate("EntryTab", u"Log a walk-in visit", None))
        self.visitedAtLabel.setText(QCoreApplication.translate("EntryTab", u"&Date and time:", None))
#if QT_CONFIG(accessibility)
        self.visitDateEdit.setAccessibleName(QCoreApplication.translate("EntryTab", u"Date of the visit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.visitTimeEdit.setAccessibleName(QCoreApplication.translate("EntryTab", u"Time of the visit", None))
#endif // QT_CONFIG(accessibility)
        self.officeLabel.setText(QCoreApplication.translate("EntryTab", u"&Office:", None))
#if QT_CONFIG(accessibility)
        self.officeCombo.setAccessibleName(QCoreApplication.translate("EntryTab", u"Office", None))
#endif // QT_CONFIG(accessibility)
        self.staffLabel.setText(QCoreApplication.translate("EntryTab", u"&Staff member:", None))
#if QT_CONFIG(accessibility)
        self.staffCombo.setAccessibleName(QCoreApplication.translate("EntryTab", u"Staff member", None))
#endif // QT_CONFIG(accessibility)
        self.estateLabel.setText(QCoreApplication.translate("EntryTab", u"Resident's &estate:", None))
#if QT_CONFIG(accessibility)
        self.estateCombo.setAccessibleName(QCoreApplication.translate("EntryTab", u"Resident's estate", None))
#endif // QT_CONFIG(accessibility)
        self.topicsLabel.setText(QCoreApplication.translate("EntryTab", u"&Topics (Space ticks):", None))
#if QT_CONFIG(accessibility)
        self.topicList.setAccessibleName(QCoreApplication.translate("EntryTab", u"Topics", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("EntryTab", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("EntryTab", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.interpreterCheck.setText(QCoreApplication.translate("EntryTab", u"&Interpreter used", None))
        self.durationLabel.setText(QCoreApplication.translate("EntryTab", u"Dura&tion:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("EntryTab", u" min", None))
        self.durationSpin.setSpecialValueText(QCoreApplication.translate("EntryTab", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("EntryTab", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.ageLabel.setText(QCoreApplication.translate("EntryTab", u"&Age band:", None))
#if QT_CONFIG(accessibility)
        self.ageCombo.setAccessibleName(QCoreApplication.translate("EntryTab", u"Age band", None))
#endif // QT_CONFIG(accessibility)
        self.genderLabel.setText(QCoreApplication.translate("EntryTab", u"&Gender:", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("EntryTab", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.tokenLabel.setText(QCoreApplication.translate("EntryTab", u"Repeat &code:", None))
        self.tokenEdit.setPlaceholderText(QCoreApplication.translate("EntryTab", u"e.g. initials + birth year", None))
#if QT_CONFIG(tooltip)
        self.tokenEdit.setToolTip(QCoreApplication.translate("EntryTab", u"Optional. Stored only as a keyed code, so the office can count repeat visits without names.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tokenEdit.setAccessibleName(QCoreApplication.translate("EntryTab", u"Repeat code", None))
#endif // QT_CONFIG(accessibility)
        self.referralsLabel.setText(QCoreApplication.translate("EntryTab", u"&Referred to:", None))
#if QT_CONFIG(accessibility)
        self.referralList.setAccessibleName(QCoreApplication.translate("EntryTab", u"Referred to", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("EntryTab", u"O&utcome:", None))
#if QT_CONFIG(accessibility)
        self.outcomeEdit.setAccessibleName(QCoreApplication.translate("EntryTab", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeEdit.setPlaceholderText(QCoreApplication.translate("EntryTab", u"e.g. helped with the application", None))
        self.followUpLabel.setText(QCoreApplication.translate("EntryTab", u"&Follow-up:", None))
        self.followUpCheck.setText(QCoreApplication.translate("EntryTab", u"by", None))
#if QT_CONFIG(accessibility)
        self.followUpCheck.setAccessibleName(QCoreApplication.translate("EntryTab", u"Follow-up needed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.followUpDate.setAccessibleName(QCoreApplication.translate("EntryTab", u"Follow-up due date", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("EntryTab", u"&Notes (advisers only; Shift+Enter for a new line):", None))
        self.clearCaseButton.setText(QCoreApplication.translate("EntryTab", u"Remove case link", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("EntryTab", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.clearButton.setText(QCoreApplication.translate("EntryTab", u"C&lear form", None))
        self.saveButton.setText(QCoreApplication.translate("EntryTab", u"Save visit (Enter)", None))
        self.recentLabel.setText(QCoreApplication.translate("EntryTab", u"<b>Latest visits</b> (Enter opens a visit, Delete deletes it)", None))
#if QT_CONFIG(accessibility)
        self.recentTable.setAccessibleName(QCoreApplication.translate("EntryTab", u"Latest visits", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

