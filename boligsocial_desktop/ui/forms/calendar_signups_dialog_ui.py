# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signups_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_SignupsDialog(object):
    def setupUi(self, SignupsDialog):
        if not SignupsDialog.objectName():
            SignupsDialog.setObjectName(u"SignupsDialog")
        SignupsDialog.setMinimumSize(QSize(940, 600))
        self.layout = QVBoxLayout(SignupsDialog)
        self.layout.setObjectName(u"layout")
        self.headingLabel = QLabel(SignupsDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"\u2013")
        self.headingLabel.setWordWrap(True)

        self.layout.addWidget(self.headingLabel)

        self.tabs = QTabWidget(SignupsDialog)
        self.tabs.setObjectName(u"tabs")
        self.signupsTab = QWidget()
        self.signupsTab.setObjectName(u"signupsTab")
        self.signupsColumns = QHBoxLayout(self.signupsTab)
        self.signupsColumns.setObjectName(u"signupsColumns")
        self.listsColumn = QVBoxLayout()
        self.listsColumn.setObjectName(u"listsColumn")
        self.signedUpLabel = QLabel(self.signupsTab)
        self.signedUpLabel.setObjectName(u"signedUpLabel")

        self.listsColumn.addWidget(self.signedUpLabel)

        self.signedUpTable = QTableWidget(self.signupsTab)
        self.signedUpTable.setObjectName(u"signedUpTable")
        self.signedUpTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signedUpTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signedUpTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.listsColumn.addWidget(self.signedUpTable)

        self.waitingLabel = QLabel(self.signupsTab)
        self.waitingLabel.setObjectName(u"waitingLabel")

        self.listsColumn.addWidget(self.waitingLabel)

        self.waitingTable = QTableWidget(self.signupsTab)
        self.waitingTable.setObjectName(u"waitingTable")
        self.waitingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waitingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waitingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waitingTable.setMaximumSize(QSize(16777215, 150))

        self.listsColumn.addWidget(self.waitingTable)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.cancelSignupButton = QPushButton(self.signupsTab)
        self.cancelSignupButton.setObjectName(u"cancelSignupButton")

        self.listButtons.addWidget(self.cancelSignupButton)

        self.importButton = QPushButton(self.signupsTab)
        self.importButton.setObjectName(u"importButton")

        self.listButtons.addWidget(self.importButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listSpacer)

        self.capacityLabel = QLabel(self.signupsTab)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.listButtons.addWidget(self.capacityLabel)

        self.capacitySpin = QSpinBox(self.signupsTab)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(0)
        self.capacitySpin.setMaximum(1000)

        self.listButtons.addWidget(self.capacitySpin)

        self.capacityButton = QPushButton(self.signupsTab)
        self.capacityButton.setObjectName(u"capacityButton")

        self.listButtons.addWidget(self.capacityButton)


        self.listsColumn.addLayout(self.listButtons)


        self.signupsColumns.addLayout(self.listsColumn)

        self.newBox = QGroupBox(self.signupsTab)
        self.newBox.setObjectName(u"newBox")
        self.newBox.setMaximumSize(QSize(360, 16777215))
        self.newForm = QFormLayout(self.newBox)
        self.newForm.setObjectName(u"newForm")
        self.nameLabel = QLabel(self.newBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.newForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.newBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(40)

        self.newForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.householdLabel = QLabel(self.newBox)
        self.householdLabel.setObjectName(u"householdLabel")

        self.newForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdEdit = QLineEdit(self.newBox)
        self.householdEdit.setObjectName(u"householdEdit")
        self.householdEdit.setMaxLength(60)

        self.newForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.householdEdit)

        self.ageLabel = QLabel(self.newBox)
        self.ageLabel.setObjectName(u"ageLabel")

        self.newForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ageLabel)

        self.ageCombo = QComboBox(self.newBox)
        self.ageCombo.setObjectName(u"ageCombo")

        self.newForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ageCombo)

        self.genderLabel = QLabel(self.newBox)
        self.genderLabel.setObjectName(u"genderLabel")

        self.newForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(self.newBox)
        self.genderCombo.setObjectName(u"genderCombo")

        self.newForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.languageLabel = QLabel(self.newBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.newForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageEdit = QLineEdit(self.newBox)
        self.languageEdit.setObjectName(u"languageEdit")

        self.newForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languageEdit)

        self.consentLabel = QLabel(self.newBox)
        self.consentLabel.setObjectName(u"consentLabel")

        self.newForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentCombo = QComboBox(self.newBox)
        self.consentCombo.setObjectName(u"consentCombo")

        self.newForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.consentCombo)

        self.phoneLabel = QLabel(self.newBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.newForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.newBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.newForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.newBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.newForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.newBox)
        self.emailEdit.setObjectName(u"emailEdit")

        self.newForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.signUpButton = QPushButton(self.newBox)
        self.signUpButton.setObjectName(u"signUpButton")

        self.newForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.signUpButton)

        self.deadlineLabel = QLabel(self.newBox)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.newForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineRow = QHBoxLayout()
        self.deadlineRow.setObjectName(u"deadlineRow")
        self.deadlineSpin = QSpinBox(self.newBox)
        self.deadlineSpin.setObjectName(u"deadlineSpin")
        self.deadlineSpin.setMinimum(1)
        self.deadlineSpin.setMaximum(120)

        self.deadlineRow.addWidget(self.deadlineSpin)

        self.deadlineButton = QPushButton(self.newBox)
        self.deadlineButton.setObjectName(u"deadlineButton")

        self.deadlineRow.addWidget(self.deadlineButton)


        self.newForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.deadlineRow)

        self.privacyLabel = QLabel(self.newBox)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setWordWrap(True)

        self.newForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.privacyLabel)


        self.signupsColumns.addWidget(self.newBox)

        self.tabs.addTab(self.signupsTab, "")
        self.ticksTab = QWidget()
        self.ticksTab.setObjectName(u"ticksTab")
        self.ticksColumn = QVBoxLayout(self.ticksTab)
        self.ticksColumn.setObjectName(u"ticksColumn")
        self.sessionRow = QHBoxLayout()
        self.sessionRow.setObjectName(u"sessionRow")
        self.sessionLabel = QLabel(self.ticksTab)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.sessionRow.addWidget(self.sessionLabel)

        self.sessionCombo = QComboBox(self.ticksTab)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setMinimumSize(QSize(260, 0))

        self.sessionRow.addWidget(self.sessionCombo)

        self.filterEdit = QLineEdit(self.ticksTab)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.sessionRow.addWidget(self.filterEdit)


        self.ticksColumn.addLayout(self.sessionRow)

        self.tickList = QListWidget(self.ticksTab)
        self.tickList.setObjectName(u"tickList")

        self.ticksColumn.addWidget(self.tickList)

        self.extrasRow = QHBoxLayout()
        self.extrasRow.setObjectName(u"extrasRow")
        self.extrasLabel = QLabel(self.ticksTab)
        self.extrasLabel.setObjectName(u"extrasLabel")

        self.extrasRow.addWidget(self.extrasLabel)

        self.extraBandCombo = QComboBox(self.ticksTab)
        self.extraBandCombo.setObjectName(u"extraBandCombo")

        self.extrasRow.addWidget(self.extraBandCombo)

        self.extraGenderCombo = QComboBox(self.ticksTab)
        self.extraGenderCombo.setObjectName(u"extraGenderCombo")

        self.extrasRow.addWidget(self.extraGenderCombo)

        self.extraSpin = QSpinBox(self.ticksTab)
        self.extraSpin.setObjectName(u"extraSpin")
        self.extraSpin.setMaximum(500)

        self.extrasRow.addWidget(self.extraSpin)

        self.extraButton = QPushButton(self.ticksTab)
        self.extraButton.setObjectName(u"extraButton")

        self.extrasRow.addWidget(self.extraButton)

        self.extrasSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.extrasRow.addItem(self.extrasSpacer)

        self.tickTotalLabel = QLabel(self.ticksTab)
        self.tickTotalLabel.setObjectName(u"tickTotalLabel")
        self.tickTotalLabel.setText(u"\u2013")

        self.extrasRow.addWidget(self.tickTotalLabel)


        self.ticksColumn.addLayout(self.extrasRow)

        self.tabs.addTab(self.ticksTab, "")

        self.layout.addWidget(self.tabs)

        self.messageLabel = QLabel(SignupsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.printSheetButton = QPushButton(SignupsDialog)
        self.printSheetButton.setObjectName(u"printSheetButton")

        self.buttonRow.addWidget(self.printSheetButton)

        self.printMonthButton = QPushButton(SignupsDialog)
        self.printMonthButton.setObjectName(u"printMonthButton")

        self.buttonRow.addWidget(self.printMonthButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(SignupsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.nameLabel.setBuddy(self.nameEdit)
        self.householdLabel.setBuddy(self.householdEdit)
        self.ageLabel.setBuddy(self.ageCombo)
        self.genderLabel.setBuddy(self.genderCombo)
        self.languageLabel.setBuddy(self.languageEdit)
        self.consentLabel.setBuddy(self.consentCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.deadlineLabel.setBuddy(self.deadlineSpin)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.extrasLabel.setBuddy(self.extraBandCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignupsDialog)

        QMetaObject.connectSlotsByName(SignupsDialog)
        fit_fields(SignupsDialog)
    # setupUi

    def retranslateUi(self, SignupsDialog):
        SignupsDialog.setWindowTitle(QCoreApplication.translate("SignupsDialog", u"Sign-ups", None))
        self.signedUpLabel.setText(QCoreApplication.translate("SignupsDialog", u"Signed up", None))
#if QT_CONFIG(accessibility)
        self.signedUpTable.setAccessibleName(QCoreApplication.translate("SignupsDialog", u"Signed up", None))
#endif // QT_CONFIG(accessibility)
        self.waitingLabel.setText(QCoreApplication.translate("SignupsDialog", u"Waiting list", None))
#if QT_CONFIG(accessibility)
        self.waitingTable.setAccessibleName(QCoreApplication.translate("SignupsDialog", u"Waiting list", None))
#endif // QT_CONFIG(accessibility)
        self.cancelSignupButton.setText(QCoreApplication.translate("SignupsDialog", u"Ca&ncel sign-up", None))
        self.importButton.setText(QCoreApplication.translate("SignupsDialog", u"Import a &list\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("SignupsDialog", u"A CSV or Excel list with the columns of the template (boligsocial-desktop participants template)", None))
#endif // QT_CONFIG(tooltip)
        self.capacityLabel.setText(QCoreApplication.translate("SignupsDialog", u"Seats:", None))
        self.capacitySpin.setSpecialValueText(QCoreApplication.translate("SignupsDialog", u"Room's capacity", None))
#if QT_CONFIG(accessibility)
        self.capacitySpin.setAccessibleName(QCoreApplication.translate("SignupsDialog", u"Seats", None))
#endif // QT_CONFIG(accessibility)
        self.capacityButton.setText(QCoreApplication.translate("SignupsDialog", u"Save s&eats", None))
        self.newBox.setTitle(QCoreApplication.translate("SignupsDialog", u"New participant", None))
        self.nameLabel.setText(QCoreApplication.translate("SignupsDialog", u"&First name and initial", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SignupsDialog", u"e.g. Amira H.", None))
        self.householdLabel.setText(QCoreApplication.translate("SignupsDialog", u"&Household or flat", None))
        self.householdEdit.setPlaceholderText(QCoreApplication.translate("SignupsDialog", u"for children, e.g. flat 12, 2nd right", None))
        self.ageLabel.setText(QCoreApplication.translate("SignupsDialog", u"&Age band", None))
        self.genderLabel.setText(QCoreApplication.translate("SignupsDialog", u"Gen&der", None))
        self.languageLabel.setText(QCoreApplication.translate("SignupsDialog", u"&Language", None))
        self.languageEdit.setPlaceholderText(QCoreApplication.translate("SignupsDialog", u"e.g. Somali", None))
        self.consentLabel.setText(QCoreApplication.translate("SignupsDialog", u"C&onsent to contact", None))
        self.phoneLabel.setText(QCoreApplication.translate("SignupsDialog", u"&Phone", None))
        self.emailLabel.setText(QCoreApplication.translate("SignupsDialog", u"E-&mail", None))
        self.signUpButton.setText(QCoreApplication.translate("SignupsDialog", u"&Sign up", None))
        self.deadlineLabel.setText(QCoreApplication.translate("SignupsDialog", u"Deletion deadline:", None))
        self.deadlineSpin.setSuffix(QCoreApplication.translate("SignupsDialog", u" months after the end", None))
#if QT_CONFIG(accessibility)
        self.deadlineSpin.setAccessibleName(QCoreApplication.translate("SignupsDialog", u"Months after the activity ends before names are deleted", None))
#endif // QT_CONFIG(accessibility)
        self.deadlineButton.setText(QCoreApplication.translate("SignupsDialog", u"Save deadline", None))
#if QT_CONFIG(tooltip)
        self.deadlineButton.setToolTip(QCoreApplication.translate("SignupsDialog", u"For the whole office; administrators only", None))
#endif // QT_CONFIG(tooltip)
        self.privacyLabel.setText(QCoreApplication.translate("SignupsDialog", u"Only first name and initial. Phone and e-mail only with consent. Names are deleted after the office's deadline when the activity has ended; the counts stay.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.signupsTab), QCoreApplication.translate("SignupsDialog", u"Si&gn-ups", None))
        self.sessionLabel.setText(QCoreApplication.translate("SignupsDialog", u"Sessi&on:", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("SignupsDialog", u"Type to filter names \u2026", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("SignupsDialog", u"Filter names", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tickList.setAccessibleName(QCoreApplication.translate("SignupsDialog", u"Who came", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.tickList.setToolTip(QCoreApplication.translate("SignupsDialog", u"Type to filter, Space ticks, Esc clears the filter", None))
#endif // QT_CONFIG(tooltip)
        self.extrasLabel.setText(QCoreApplication.translate("SignupsDialog", u"E&xtra, not signed up:", None))
#if QT_CONFIG(accessibility)
        self.extraBandCombo.setAccessibleName(QCoreApplication.translate("SignupsDialog", u"Age band of the extras", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.extraGenderCombo.setAccessibleName(QCoreApplication.translate("SignupsDialog", u"Gender of the extras", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.extraSpin.setAccessibleName(QCoreApplication.translate("SignupsDialog", u"Number of extras", None))
#endif // QT_CONFIG(accessibility)
        self.extraButton.setText(QCoreApplication.translate("SignupsDialog", u"Save e&xtras", None))
        self.tabs.setTabText(self.tabs.indexOf(self.ticksTab), QCoreApplication.translate("SignupsDialog", u"&Tick-off", None))
        self.printSheetButton.setText(QCoreApplication.translate("SignupsDialog", u"Print sign-up s&heet\u2026", None))
        self.printMonthButton.setText(QCoreApplication.translate("SignupsDialog", u"Print the month's tick &list\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("SignupsDialog", u"C&lose", None))
    # retranslateUi

