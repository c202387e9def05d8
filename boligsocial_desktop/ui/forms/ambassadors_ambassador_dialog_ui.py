# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ambassador_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

from boligsocial_desktop.ui.date_fields import (DateField, TimeField)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_AmbassadorDialog(object):
    def setupUi(self, AmbassadorDialog):
        if not AmbassadorDialog.objectName():
            AmbassadorDialog.setObjectName(u"AmbassadorDialog")
        AmbassadorDialog.setMinimumSize(QSize(720, 0))
        self.layout = QVBoxLayout(AmbassadorDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.personGroup = QGroupBox(AmbassadorDialog)
        self.personGroup.setObjectName(u"personGroup")
        self.personForm = QFormLayout(self.personGroup)
        self.personForm.setObjectName(u"personForm")
        self.personForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.personGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.personGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.estateLabel = QLabel(self.personGroup)
        self.estateLabel.setObjectName(u"estateLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.estateLabel)

        self.estateCombo = QComboBox(self.personGroup)
        self.estateCombo.setObjectName(u"estateCombo")

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.estateCombo)

        self.statusLabel = QLabel(self.personGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.personGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.startDateLabel = QLabel(self.personGroup)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = DateField(self.personGroup)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.startDateEdit.setCalendarPopup(True)

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.stopDateLabel = QLabel(self.personGroup)
        self.stopDateLabel.setObjectName(u"stopDateLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stopDateLabel)

        self.stopDateEdit = DateField(self.personGroup)
        self.stopDateEdit.setObjectName(u"stopDateEdit")
        self.stopDateEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.stopDateEdit.setCalendarPopup(True)

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stopDateEdit)

        self.trainingCourseLabel = QLabel(self.personGroup)
        self.trainingCourseLabel.setObjectName(u"trainingCourseLabel")

        self.personForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.trainingCourseLabel)

        self.trainingCourseEdit = QLineEdit(self.personGroup)
        self.trainingCourseEdit.setObjectName(u"trainingCourseEdit")
        self.trainingCourseEdit.setMaxLength(160)

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.trainingCourseEdit)

        self.trainingDateLabel = QLabel(self.personGroup)
        self.trainingDateLabel.setObjectName(u"trainingDateLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.trainingDateLabel)

        self.trainingDateEdit = DateField(self.personGroup)
        self.trainingDateEdit.setObjectName(u"trainingDateEdit")
        self.trainingDateEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.trainingDateEdit.setCalendarPopup(True)

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.trainingDateEdit)


        self.leftColumn.addWidget(self.personGroup)

        self.languageGroup = QGroupBox(AmbassadorDialog)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageLayout = QVBoxLayout(self.languageGroup)
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageList = QListWidget(self.languageGroup)
        self.languageList.setObjectName(u"languageList")
        self.languageList.setMinimumSize(QSize(0, 90))

        self.languageLayout.addWidget(self.languageList)

        self.languageAddRow = QHBoxLayout()
        self.languageAddRow.setObjectName(u"languageAddRow")
        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setEditable(True)
        self.languageCombo.setMinimumSize(QSize(180, 0))

        self.languageAddRow.addWidget(self.languageCombo)

        self.levelCombo = QComboBox(self.languageGroup)
        self.levelCombo.setObjectName(u"levelCombo")

        self.languageAddRow.addWidget(self.levelCombo)

        self.addLanguageButton = QPushButton(self.languageGroup)
        self.addLanguageButton.setObjectName(u"addLanguageButton")

        self.languageAddRow.addWidget(self.addLanguageButton)

        self.removeLanguageButton = QPushButton(self.languageGroup)
        self.removeLanguageButton.setObjectName(u"removeLanguageButton")

        self.languageAddRow.addWidget(self.removeLanguageButton)


        self.languageLayout.addLayout(self.languageAddRow)


        self.leftColumn.addWidget(self.languageGroup)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.contactGroup = QGroupBox(AmbassadorDialog)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactForm = QFormLayout(self.contactGroup)
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.consentScopeLabel = QLabel(self.contactGroup)
        self.consentScopeLabel.setObjectName(u"consentScopeLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consentScopeLabel)

        self.consentScopeCombo = QComboBox(self.contactGroup)
        self.consentScopeCombo.setObjectName(u"consentScopeCombo")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consentScopeCombo)

        self.consentDateLabel = QLabel(self.contactGroup)
        self.consentDateLabel.setObjectName(u"consentDateLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consentDateLabel)

        self.consentDateEdit = DateField(self.contactGroup)
        self.consentDateEdit.setObjectName(u"consentDateEdit")
        self.consentDateEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.consentDateEdit.setCalendarPopup(True)

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consentDateEdit)

        self.consentHint = QLabel(self.contactGroup)
        self.consentHint.setObjectName(u"consentHint")
        self.consentHint.setText(u"")
        self.consentHint.setWordWrap(True)

        self.contactForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.consentHint)

        self.addressLabel = QLabel(self.contactGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.contactGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.contactGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.contactGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)
        self.phoneEdit.setPlaceholderText(u"43 59 10 00")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.contactGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.contactGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.contactForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.rightColumn.addWidget(self.contactGroup)

        self.notesGroup = QGroupBox(AmbassadorDialog)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)


        self.rightColumn.addWidget(self.notesGroup)

        self.hoursLabel = QLabel(AmbassadorDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")
        self.hoursLabel.setText(u"")

        self.rightColumn.addWidget(self.hoursLabel)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.layout.addLayout(self.columns)

        self.errorLabel = QLabel(AmbassadorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(AmbassadorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.estateLabel.setBuddy(self.estateCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.stopDateLabel.setBuddy(self.stopDateEdit)
        self.trainingCourseLabel.setBuddy(self.trainingCourseEdit)
        self.trainingDateLabel.setBuddy(self.trainingDateEdit)
        self.consentScopeLabel.setBuddy(self.consentScopeCombo)
        self.consentDateLabel.setBuddy(self.consentDateEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AmbassadorDialog)

        QMetaObject.connectSlotsByName(AmbassadorDialog)
        fit_fields(AmbassadorDialog)
    # setupUi

    def retranslateUi(self, AmbassadorDialog):
        AmbassadorDialog.setWindowTitle(QCoreApplication.translate("AmbassadorDialog", u"Ambassador", None))
        self.personGroup.setTitle(QCoreApplication.translate("AmbassadorDialog", u"Ambassador", None))
        self.nameLabel.setText(QCoreApplication.translate("AmbassadorDialog", u"&Name:", None))
        self.estateLabel.setText(QCoreApplication.translate("AmbassadorDialog", u"&Estate:", None))
        self.statusLabel.setText(QCoreApplication.translate("AmbassadorDialog", u"S&tatus:", None))
        self.startDateLabel.setText(QCoreApplication.translate("AmbassadorDialog", u"Start &date:", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("AmbassadorDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.stopDateLabel.setText(QCoreApplication.translate("AmbassadorDialog", u"St&opped:", None))
#if QT_CONFIG(accessibility)
        self.stopDateEdit.setAccessibleName(QCoreApplication.translate("AmbassadorDialog", u"Stopped", None))
#endif // QT_CONFIG(accessibility)
        self.trainingCourseLabel.setText(QCoreApplication.translate("AmbassadorDialog", u"&Training course:", None))
        self.trainingCourseEdit.setPlaceholderText(QCoreApplication.translate("AmbassadorDialog", u"e.g. Ambassador course, autumn 2025", None))
        self.trainingDateLabel.setText(QCoreApplication.translate("AmbassadorDialog", u"Trained o&n:", None))
#if QT_CONFIG(accessibility)
        self.trainingDateEdit.setAccessibleName(QCoreApplication.translate("AmbassadorDialog", u"Trained on", None))
#endif // QT_CONFIG(accessibility)
        self.languageGroup.setTitle(QCoreApplication.translate("AmbassadorDialog", u"Languages", None))
#if QT_CONFIG(accessibility)
        self.languageList.setAccessibleName(QCoreApplication.translate("AmbassadorDialog", u"Languages spoken", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("AmbassadorDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.levelCombo.setAccessibleName(QCoreApplication.translate("AmbassadorDialog", u"Level", None))
#endif // QT_CONFIG(accessibility)
        self.addLanguageButton.setText(QCoreApplication.translate("AmbassadorDialog", u"&Add", None))
        self.removeLanguageButton.setText(QCoreApplication.translate("AmbassadorDialog", u"Remo&ve", None))
        self.contactGroup.setTitle(QCoreApplication.translate("AmbassadorDialog", u"Contact data and consent", None))
        self.consentScopeLabel.setText(QCoreApplication.translate("AmbassadorDialog", u"Co&nsent:", None))
        self.consentDateLabel.setText(QCoreApplication.translate("AmbassadorDialog", u"Consent &given on:", None))
#if QT_CONFIG(accessibility)
        self.consentDateEdit.setAccessibleName(QCoreApplication.translate("AmbassadorDialog", u"Consent given on", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("AmbassadorDialog", u"Add&ress:", None))
        self.phoneLabel.setText(QCoreApplication.translate("AmbassadorDialog", u"&Phone:", None))
        self.emailLabel.setText(QCoreApplication.translate("AmbassadorDialog", u"E-&mail:", None))
        self.notesGroup.setTitle(QCoreApplication.translate("AmbassadorDialog", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("AmbassadorDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("AmbassadorDialog", u"No CPR numbers or health information", None))
    # retranslateUi

