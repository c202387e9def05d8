# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_staff_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_NewStaffDialog(object):
    def setupUi(self, NewStaffDialog):
        if not NewStaffDialog.objectName():
            NewStaffDialog.setObjectName(u"NewStaffDialog")
        NewStaffDialog.setMinimumSize(QSize(420, 0))
        self.layout = QVBoxLayout(NewStaffDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(NewStaffDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(NewStaffDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NewStaffDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.initialsLabel = QLabel(NewStaffDialog)
        self.initialsLabel.setObjectName(u"initialsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.initialsLabel)

        self.initialsEdit = QLineEdit(NewStaffDialog)
        self.initialsEdit.setObjectName(u"initialsEdit")
        self.initialsEdit.setMaxLength(10)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.initialsEdit)

        self.roleLabel = QLabel(NewStaffDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(NewStaffDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.pinLabel = QLabel(NewStaffDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(NewStaffDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pinEdit.setMaxLength(8)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(NewStaffDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(NewStaffDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.initialsLabel.setBuddy(self.initialsEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewStaffDialog)

        QMetaObject.connectSlotsByName(NewStaffDialog)
        fit_fields(NewStaffDialog)
    # setupUi

    def retranslateUi(self, NewStaffDialog):
        NewStaffDialog.setWindowTitle(QCoreApplication.translate("NewStaffDialog", u"Who are you?", None))
        self.intro.setText(QCoreApplication.translate("NewStaffDialog", u"The program does not know you yet. Create yourself as a staff member; you are remembered as this PC's user, so you are only asked once.", None))
        self.nameLabel.setText(QCoreApplication.translate("NewStaffDialog", u"&Name:", None))
        self.initialsLabel.setText(QCoreApplication.translate("NewStaffDialog", u"&Initials:", None))
        self.roleLabel.setText(QCoreApplication.translate("NewStaffDialog", u"&Role:", None))
        self.pinLabel.setText(QCoreApplication.translate("NewStaffDialog", u"P&IN (optional):", None))
    # retranslateUi

