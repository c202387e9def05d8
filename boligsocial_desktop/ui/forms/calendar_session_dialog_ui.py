# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from boligsocial_desktop.ui.date_fields import (DateField, TimeField)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(SessionDialog)
        self.layout.setObjectName(u"layout")
        self.headingLabel = QLabel(SessionDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"\u2013")
        self.headingLabel.setWordWrap(True)

        self.layout.addWidget(self.headingLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(SessionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(SessionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.startLabel = QLabel(SessionDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startTimeEdit = TimeField(SessionDialog)
        self.startTimeEdit.setObjectName(u"startTimeEdit")
        self.startTimeEdit.setDisplayFormat(u"HH:mm")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startTimeEdit)

        self.endLabel = QLabel(SessionDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endTimeEdit = TimeField(SessionDialog)
        self.endTimeEdit.setObjectName(u"endTimeEdit")
        self.endTimeEdit.setDisplayFormat(u"HH:mm")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endTimeEdit)

        self.roomLabel = QLabel(SessionDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomCombo = QComboBox(SessionDialog)
        self.roomCombo.setObjectName(u"roomCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roomCombo)

        self.reasonLabel = QLabel(SessionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(SessionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(SessionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.moveButton = QPushButton(SessionDialog)
        self.moveButton.setObjectName(u"moveButton")

        self.buttonRow.addWidget(self.moveButton)

        self.cancelSessionButton = QPushButton(SessionDialog)
        self.cancelSessionButton.setObjectName(u"cancelSessionButton")

        self.buttonRow.addWidget(self.cancelSessionButton)

        self.reinstateButton = QPushButton(SessionDialog)
        self.reinstateButton.setObjectName(u"reinstateButton")

        self.buttonRow.addWidget(self.reinstateButton)

        self.attendanceButton = QPushButton(SessionDialog)
        self.attendanceButton.setObjectName(u"attendanceButton")

        self.buttonRow.addWidget(self.attendanceButton)

        self.signupsButton = QPushButton(SessionDialog)
        self.signupsButton.setObjectName(u"signupsButton")

        self.buttonRow.addWidget(self.signupsButton)

        self.editActivityButton = QPushButton(SessionDialog)
        self.editActivityButton.setObjectName(u"editActivityButton")

        self.buttonRow.addWidget(self.editActivityButton)

        self.activityButton = QPushButton(SessionDialog)
        self.activityButton.setObjectName(u"activityButton")

        self.buttonRow.addWidget(self.activityButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(SessionDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startLabel.setBuddy(self.startTimeEdit)
        self.endLabel.setBuddy(self.endTimeEdit)
        self.roomLabel.setBuddy(self.roomCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
        fit_fields(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Session", None))
        self.dateLabel.setText(QCoreApplication.translate("SessionDialog", u"&Date:", None))
        self.startLabel.setText(QCoreApplication.translate("SessionDialog", u"&Starts at:", None))
        self.endLabel.setText(QCoreApplication.translate("SessionDialog", u"&Ends at:", None))
        self.roomLabel.setText(QCoreApplication.translate("SessionDialog", u"&Room:", None))
        self.reasonLabel.setText(QCoreApplication.translate("SessionDialog", u"Cancellation &reason:", None))
        self.moveButton.setText(QCoreApplication.translate("SessionDialog", u"Save &move", None))
        self.cancelSessionButton.setText(QCoreApplication.translate("SessionDialog", u"&Cancel session", None))
        self.reinstateButton.setText(QCoreApplication.translate("SessionDialog", u"Re&instate", None))
        self.attendanceButton.setText(QCoreApplication.translate("SessionDialog", u"&Attendance\u2026", None))
        self.signupsButton.setText(QCoreApplication.translate("SessionDialog", u"Sign-&ups\u2026", None))
        self.editActivityButton.setText(QCoreApplication.translate("SessionDialog", u"&Edit activity\u2026", None))
        self.activityButton.setText(QCoreApplication.translate("SessionDialog", u"Copy to next &season\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("SessionDialog", u"C&lose", None))
    # retranslateUi

