# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'place_dialog.ui'
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

class Ui_PlaceDialog(object):
    def setupUi(self, PlaceDialog):
        if not PlaceDialog.objectName():
            PlaceDialog.setObjectName(u"PlaceDialog")
        PlaceDialog.setMinimumSize(QSize(420, 0))
        self.layout = QVBoxLayout(PlaceDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(PlaceDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PlaceDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(PlaceDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(PlaceDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.capacityLabel = QLabel(PlaceDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(PlaceDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(2000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.opensLabel = QLabel(PlaceDialog)
        self.opensLabel.setObjectName(u"opensLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.opensLabel)

        self.opensEdit = TimeField(PlaceDialog)
        self.opensEdit.setObjectName(u"opensEdit")
        self.opensEdit.setDisplayFormat(u"HH:mm")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.opensEdit)

        self.closesLabel = QLabel(PlaceDialog)
        self.closesLabel.setObjectName(u"closesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.closesLabel)

        self.closesEdit = TimeField(PlaceDialog)
        self.closesEdit.setObjectName(u"closesEdit")
        self.closesEdit.setDisplayFormat(u"HH:mm")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.closesEdit)

        self.estateLabel = QLabel(PlaceDialog)
        self.estateLabel.setObjectName(u"estateLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.estateLabel)

        self.estateCombo = QComboBox(PlaceDialog)
        self.estateCombo.setObjectName(u"estateCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.estateCombo)

        self.fromLabel = QLabel(PlaceDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = DateField(PlaceDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(PlaceDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = DateField(PlaceDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.toEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(PlaceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(PlaceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.opensLabel.setBuddy(self.opensEdit)
        self.closesLabel.setBuddy(self.closesEdit)
        self.estateLabel.setBuddy(self.estateCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlaceDialog)

        QMetaObject.connectSlotsByName(PlaceDialog)
        fit_fields(PlaceDialog)
    # setupUi

    def retranslateUi(self, PlaceDialog):
        self.nameLabel.setText(QCoreApplication.translate("PlaceDialog", u"&Name:", None))
        self.addressLabel.setText(QCoreApplication.translate("PlaceDialog", u"&Address:", None))
        self.capacityLabel.setText(QCoreApplication.translate("PlaceDialog", u"&Capacity (people):", None))
        self.opensLabel.setText(QCoreApplication.translate("PlaceDialog", u"&Opens at:", None))
        self.closesLabel.setText(QCoreApplication.translate("PlaceDialog", u"C&loses at:", None))
        self.estateLabel.setText(QCoreApplication.translate("PlaceDialog", u"&Estate:", None))
        self.fromLabel.setText(QCoreApplication.translate("PlaceDialog", u"&From:", None))
        self.toLabel.setText(QCoreApplication.translate("PlaceDialog", u"&To:", None))
        pass
    # retranslateUi

