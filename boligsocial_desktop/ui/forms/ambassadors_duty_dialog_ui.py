# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duty_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from boligsocial_desktop.ui.date_fields import (DateField, TimeField)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_DutyDialog(object):
    def setupUi(self, DutyDialog):
        if not DutyDialog.objectName():
            DutyDialog.setObjectName(u"DutyDialog")
        DutyDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(DutyDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(DutyDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(DutyDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.estateLabel = QLabel(DutyDialog)
        self.estateLabel.setObjectName(u"estateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.estateLabel)

        self.estateCombo = QComboBox(DutyDialog)
        self.estateCombo.setObjectName(u"estateCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.estateCombo)

        self.dateLabel = QLabel(DutyDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(DutyDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.startLabel = QLabel(DutyDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = TimeField(DutyDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"HH:mm")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(DutyDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = TimeField(DutyDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setDisplayFormat(u"HH:mm")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.neededLabel = QLabel(DutyDialog)
        self.neededLabel.setObjectName(u"neededLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.neededLabel)

        self.neededSpin = QSpinBox(DutyDialog)
        self.neededSpin.setObjectName(u"neededSpin")
        self.neededSpin.setMinimum(1)
        self.neededSpin.setMaximum(50)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.neededSpin)

        self.sessionLabel = QLabel(DutyDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(DutyDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.descriptionLabel = QLabel(DutyDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(DutyDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaxLength(500)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(DutyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(DutyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.estateLabel.setBuddy(self.estateCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.neededLabel.setBuddy(self.neededSpin)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DutyDialog)

        QMetaObject.connectSlotsByName(DutyDialog)
        fit_fields(DutyDialog)
    # setupUi

    def retranslateUi(self, DutyDialog):
        DutyDialog.setWindowTitle(QCoreApplication.translate("DutyDialog", u"New shift", None))
        self.kindLabel.setText(QCoreApplication.translate("DutyDialog", u"&Kind:", None))
        self.estateLabel.setText(QCoreApplication.translate("DutyDialog", u"&Estate:", None))
        self.dateLabel.setText(QCoreApplication.translate("DutyDialog", u"&Date:", None))
        self.startLabel.setText(QCoreApplication.translate("DutyDialog", u"&From:", None))
        self.endLabel.setText(QCoreApplication.translate("DutyDialog", u"&To:", None))
        self.neededLabel.setText(QCoreApplication.translate("DutyDialog", u"Ambassadors &needed:", None))
        self.sessionLabel.setText(QCoreApplication.translate("DutyDialog", u"Calendar &activity:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("DutyDialog", u"De&scription:", None))
    # retranslateUi

