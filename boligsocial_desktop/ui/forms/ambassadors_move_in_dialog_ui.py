# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'move_in_dialog.ui'
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
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

from boligsocial_desktop.ui.date_fields import (DateField, TimeField)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_MoveInDialog(object):
    def setupUi(self, MoveInDialog):
        if not MoveInDialog.objectName():
            MoveInDialog.setObjectName(u"MoveInDialog")
        MoveInDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(MoveInDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.estateLabel = QLabel(MoveInDialog)
        self.estateLabel.setObjectName(u"estateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.estateLabel)

        self.estateCombo = QComboBox(MoveInDialog)
        self.estateCombo.setObjectName(u"estateCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.estateCombo)

        self.addressLabel = QLabel(MoveInDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(MoveInDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)
        self.addressEdit.setPlaceholderText(u"S\u00f8parken 12, st. th.")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.dateLabel = QLabel(MoveInDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(MoveInDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.languagesLabel = QLabel(MoveInDialog)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languageList = QListWidget(MoveInDialog)
        self.languageList.setObjectName(u"languageList")
        self.languageList.setMinimumSize(QSize(0, 160))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageList)

        self.noteLabel = QLabel(MoveInDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(MoveInDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(500)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.form)

        self.dueLabel = QLabel(MoveInDialog)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setText(u"")
        self.dueLabel.setWordWrap(True)

        self.layout.addWidget(self.dueLabel)

        self.errorLabel = QLabel(MoveInDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(MoveInDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.estateLabel.setBuddy(self.estateCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.languagesLabel.setBuddy(self.languageList)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoveInDialog)

        QMetaObject.connectSlotsByName(MoveInDialog)
        fit_fields(MoveInDialog)
    # setupUi

    def retranslateUi(self, MoveInDialog):
        MoveInDialog.setWindowTitle(QCoreApplication.translate("MoveInDialog", u"Register move-in", None))
        self.estateLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Estate:", None))
        self.addressLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Address:", None))
        self.dateLabel.setText(QCoreApplication.translate("MoveInDialog", u"&Moving in on:", None))
        self.languagesLabel.setText(QCoreApplication.translate("MoveInDialog", u"Household &languages:", None))
#if QT_CONFIG(accessibility)
        self.languageList.setAccessibleName(QCoreApplication.translate("MoveInDialog", u"Household languages", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("MoveInDialog", u"N&ote:", None))
    # retranslateUi

