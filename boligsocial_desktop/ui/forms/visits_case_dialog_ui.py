# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from boligsocial_desktop.ui.date_fields import (DateField, TimeField)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(CaseDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(CaseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.consentGroup = QGroupBox(CaseDialog)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentForm = QFormLayout(self.consentGroup)
        self.consentForm.setObjectName(u"consentForm")
        self.consentKindLabel = QLabel(self.consentGroup)
        self.consentKindLabel.setObjectName(u"consentKindLabel")

        self.consentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consentKindLabel)

        self.consentKindCombo = QComboBox(self.consentGroup)
        self.consentKindCombo.setObjectName(u"consentKindCombo")

        self.consentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consentKindCombo)

        self.consentDateLabel = QLabel(self.consentGroup)
        self.consentDateLabel.setObjectName(u"consentDateLabel")

        self.consentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consentDateLabel)

        self.consentDateEdit = DateField(self.consentGroup)
        self.consentDateEdit.setObjectName(u"consentDateEdit")
        self.consentDateEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.consentDateEdit.setCalendarPopup(True)

        self.consentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consentDateEdit)

        self.consentScopeLabel = QLabel(self.consentGroup)
        self.consentScopeLabel.setObjectName(u"consentScopeLabel")

        self.consentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consentScopeLabel)

        self.consentScopeEdit = QLineEdit(self.consentGroup)
        self.consentScopeEdit.setObjectName(u"consentScopeEdit")
        self.consentScopeEdit.setMaxLength(200)

        self.consentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consentScopeEdit)


        self.layout.addWidget(self.consentGroup)

        self.personGroup = QGroupBox(CaseDialog)
        self.personGroup.setObjectName(u"personGroup")
        self.personForm = QFormLayout(self.personGroup)
        self.personForm.setObjectName(u"personForm")
        self.nameLabel = QLabel(self.personGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.personGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phoneLabel = QLabel(self.personGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.personGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.personGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.personGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.layout.addWidget(self.personGroup)

        self.errorLabel = QLabel(CaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(CaseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.consentKindLabel.setBuddy(self.consentKindCombo)
        self.consentDateLabel.setBuddy(self.consentDateEdit)
        self.consentScopeLabel.setBuddy(self.consentScopeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.consentKindCombo, self.consentDateEdit)
        QWidget.setTabOrder(self.consentDateEdit, self.consentScopeEdit)
        QWidget.setTabOrder(self.consentScopeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.buttons)

        self.retranslateUi(CaseDialog)

        QMetaObject.connectSlotsByName(CaseDialog)
        fit_fields(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"New named case", None))
        self.intro.setText(QCoreApplication.translate("CaseDialog", u"Record the resident's consent first. Only then may the name and contact details be stored. Never write a CPR number.", None))
        self.consentGroup.setTitle(QCoreApplication.translate("CaseDialog", u"Consent", None))
        self.consentKindLabel.setText(QCoreApplication.translate("CaseDialog", u"&Given:", None))
        self.consentDateLabel.setText(QCoreApplication.translate("CaseDialog", u"&Date:", None))
        self.consentScopeLabel.setText(QCoreApplication.translate("CaseDialog", u"&Covers:", None))
        self.consentScopeEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"e.g. store name and phone for follow-up on debt", None))
        self.personGroup.setTitle(QCoreApplication.translate("CaseDialog", u"Resident", None))
        self.nameLabel.setText(QCoreApplication.translate("CaseDialog", u"&Name:", None))
        self.phoneLabel.setText(QCoreApplication.translate("CaseDialog", u"&Phone:", None))
        self.emailLabel.setText(QCoreApplication.translate("CaseDialog", u"&Email:", None))
    # retranslateUi

