# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from boligsocial_desktop.ui.date_fields import (DateField, TimeField)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.setMinimumSize(QSize(900, 600))
        self.layout = QVBoxLayout(ActivityDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(ActivityDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ActivityDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(160)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.roomLabel = QLabel(ActivityDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomCombo = QComboBox(ActivityDialog)
        self.roomCombo.setObjectName(u"roomCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roomCombo)

        self.recurrenceLabel = QLabel(ActivityDialog)
        self.recurrenceLabel.setObjectName(u"recurrenceLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recurrenceLabel)

        self.recurrenceCombo = QComboBox(ActivityDialog)
        self.recurrenceCombo.setObjectName(u"recurrenceCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recurrenceCombo)

        self.startDateLabel = QLabel(ActivityDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = DateField(ActivityDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)
        self.startDateEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endDateLabel = QLabel(ActivityDialog)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateEdit = DateField(ActivityDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)
        self.endDateEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.startTimeLabel = QLabel(ActivityDialog)
        self.startTimeLabel.setObjectName(u"startTimeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startTimeLabel)

        self.startTimeEdit = TimeField(ActivityDialog)
        self.startTimeEdit.setObjectName(u"startTimeEdit")
        self.startTimeEdit.setDisplayFormat(u"HH:mm")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.startTimeEdit)

        self.endTimeLabel = QLabel(ActivityDialog)
        self.endTimeLabel.setObjectName(u"endTimeLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.endTimeLabel)

        self.endTimeEdit = TimeField(ActivityDialog)
        self.endTimeEdit.setObjectName(u"endTimeEdit")
        self.endTimeEdit.setDisplayFormat(u"HH:mm")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.endTimeEdit)

        self.focusLabel = QLabel(ActivityDialog)
        self.focusLabel.setObjectName(u"focusLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.focusLabel)

        self.focusCombo = QComboBox(ActivityDialog)
        self.focusCombo.setObjectName(u"focusCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.focusCombo)

        self.targetLabel = QLabel(ActivityDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetCombo = QComboBox(ActivityDialog)
        self.targetCombo.setObjectName(u"targetCombo")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.targetCombo)

        self.headcountLabel = QLabel(ActivityDialog)
        self.headcountLabel.setObjectName(u"headcountLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.headcountLabel)

        self.headcountSpin = QSpinBox(ActivityDialog)
        self.headcountSpin.setObjectName(u"headcountSpin")
        self.headcountSpin.setMaximum(2000)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.headcountSpin)

        self.priceLabel = QLabel(ActivityDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceSpin = QDoubleSpinBox(ActivityDialog)
        self.priceSpin.setObjectName(u"priceSpin")
        self.priceSpin.setMaximum(10000.000000000000000)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.priceSpin)

        self.contactLabel = QLabel(ActivityDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(ActivityDialog)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaxLength(200)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.signupLabel = QLabel(ActivityDialog)
        self.signupLabel.setObjectName(u"signupLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.signupLabel)

        self.signupEdit = QLineEdit(ActivityDialog)
        self.signupEdit.setObjectName(u"signupEdit")
        self.signupEdit.setMaxLength(300)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.signupEdit)

        self.descriptionLabel = QLabel(ActivityDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ActivityDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.skipHolidaysCheck = QCheckBox(ActivityDialog)
        self.skipHolidaysCheck.setObjectName(u"skipHolidaysCheck")
        self.skipHolidaysCheck.setChecked(True)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.skipHolidaysCheck)

        self.skipClosingCheck = QCheckBox(ActivityDialog)
        self.skipClosingCheck.setObjectName(u"skipClosingCheck")
        self.skipClosingCheck.setChecked(True)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.skipClosingCheck)


        self.columns.addLayout(self.form)

        self.previewColumn = QVBoxLayout()
        self.previewColumn.setObjectName(u"previewColumn")
        self.patternLabel = QLabel(ActivityDialog)
        self.patternLabel.setObjectName(u"patternLabel")
        self.patternLabel.setText(u"\u2013")
        self.patternLabel.setWordWrap(True)

        self.previewColumn.addWidget(self.patternLabel)

        self.datesList = QListWidget(ActivityDialog)
        self.datesList.setObjectName(u"datesList")
        self.datesList.setMinimumSize(QSize(380, 0))

        self.previewColumn.addWidget(self.datesList)

        self.summaryLabel = QLabel(ActivityDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.previewColumn.addWidget(self.summaryLabel)

        self.skipClashesButton = QPushButton(ActivityDialog)
        self.skipClashesButton.setObjectName(u"skipClashesButton")

        self.previewColumn.addWidget(self.skipClashesButton)


        self.columns.addLayout(self.previewColumn)


        self.layout.addLayout(self.columns)

        self.errorLabel = QLabel(ActivityDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(ActivityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.roomLabel.setBuddy(self.roomCombo)
        self.recurrenceLabel.setBuddy(self.recurrenceCombo)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.startTimeLabel.setBuddy(self.startTimeEdit)
        self.endTimeLabel.setBuddy(self.endTimeEdit)
        self.focusLabel.setBuddy(self.focusCombo)
        self.targetLabel.setBuddy(self.targetCombo)
        self.headcountLabel.setBuddy(self.headcountSpin)
        self.priceLabel.setBuddy(self.priceSpin)
        self.contactLabel.setBuddy(self.contactEdit)
        self.signupLabel.setBuddy(self.signupEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityDialog)

        QMetaObject.connectSlotsByName(ActivityDialog)
        fit_fields(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"Activity", None))
        self.titleLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Title:", None))
        self.roomLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Room:", None))
        self.recurrenceLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Repeats:", None))
        self.startDateLabel.setText(QCoreApplication.translate("ActivityDialog", u"&From date:", None))
        self.endDateLabel.setText(QCoreApplication.translate("ActivityDialog", u"To &date:", None))
        self.startTimeLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Starts at:", None))
        self.endTimeLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Ends at:", None))
        self.focusLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Focus area:", None))
        self.targetLabel.setText(QCoreApplication.translate("ActivityDialog", u"Tar&get group:", None))
        self.headcountLabel.setText(QCoreApplication.translate("ActivityDialog", u"E&xpected participants:", None))
        self.headcountSpin.setSpecialValueText(QCoreApplication.translate("ActivityDialog", u"Not set", None))
        self.priceLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Price (kr.):", None))
        self.priceSpin.setSpecialValueText(QCoreApplication.translate("ActivityDialog", u"Free", None))
        self.contactLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Contact:", None))
        self.signupLabel.setText(QCoreApplication.translate("ActivityDialog", u"Sign-&up link:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ActivityDialog", u"Descri&ption:", None))
        self.skipHolidaysCheck.setText(QCoreApplication.translate("ActivityDialog", u"Skip public &holidays", None))
        self.skipClosingCheck.setText(QCoreApplication.translate("ActivityDialog", u"Skip &closing periods (e.g. summer holiday)", None))
#if QT_CONFIG(accessibility)
        self.datesList.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Dates of the series", None))
#endif // QT_CONFIG(accessibility)
        self.skipClashesButton.setText(QCoreApplication.translate("ActivityDialog", u"S&kip the dates that clash", None))
    # retranslateUi

