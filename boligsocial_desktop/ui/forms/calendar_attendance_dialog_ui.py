# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendance_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QDoubleSpinBox, QFormLayout,
    QGridLayout, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QToolButton, QVBoxLayout, QWidget)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_AttendanceDialog(object):
    def setupUi(self, AttendanceDialog):
        if not AttendanceDialog.objectName():
            AttendanceDialog.setObjectName(u"AttendanceDialog")
        AttendanceDialog.setMinimumSize(QSize(820, 520))
        self.layout = QVBoxLayout(AttendanceDialog)
        self.layout.setObjectName(u"layout")
        self.weekRow = QHBoxLayout()
        self.weekRow.setObjectName(u"weekRow")
        self.previousWeekButton = QToolButton(AttendanceDialog)
        self.previousWeekButton.setObjectName(u"previousWeekButton")
        self.previousWeekButton.setText(u"\u25c0")

        self.weekRow.addWidget(self.previousWeekButton)

        self.weekLabel = QLabel(AttendanceDialog)
        self.weekLabel.setObjectName(u"weekLabel")
        self.weekLabel.setText(u"\u2013")

        self.weekRow.addWidget(self.weekLabel)

        self.nextWeekButton = QToolButton(AttendanceDialog)
        self.nextWeekButton.setObjectName(u"nextWeekButton")
        self.nextWeekButton.setText(u"\u25b6")

        self.weekRow.addWidget(self.nextWeekButton)

        self.weekSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekRow.addItem(self.weekSpacer)


        self.layout.addLayout(self.weekRow)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.sessionList = QListWidget(AttendanceDialog)
        self.sessionList.setObjectName(u"sessionList")
        self.sessionList.setMinimumSize(QSize(320, 0))

        self.columns.addWidget(self.sessionList)

        self.entryColumn = QVBoxLayout()
        self.entryColumn.setObjectName(u"entryColumn")
        self.sessionHeading = QLabel(AttendanceDialog)
        self.sessionHeading.setObjectName(u"sessionHeading")
        self.sessionHeading.setText(u"\u2013")
        self.sessionHeading.setWordWrap(True)

        self.entryColumn.addWidget(self.sessionHeading)

        self.countsGrid = QGridLayout()
        self.countsGrid.setObjectName(u"countsGrid")
        self.femaleHeader = QLabel(AttendanceDialog)
        self.femaleHeader.setObjectName(u"femaleHeader")

        self.countsGrid.addWidget(self.femaleHeader, 0, 1, 1, 1)

        self.maleHeader = QLabel(AttendanceDialog)
        self.maleHeader.setObjectName(u"maleHeader")

        self.countsGrid.addWidget(self.maleHeader, 0, 2, 1, 1)

        self.band0_5Label = QLabel(AttendanceDialog)
        self.band0_5Label.setObjectName(u"band0_5Label")
        self.band0_5Label.setText(u"0\u20135 \u00e5r")

        self.countsGrid.addWidget(self.band0_5Label, 1, 0, 1, 1)

        self.female0_5Spin = QSpinBox(AttendanceDialog)
        self.female0_5Spin.setObjectName(u"female0_5Spin")
        self.female0_5Spin.setMaximum(1000)

        self.countsGrid.addWidget(self.female0_5Spin, 1, 1, 1, 1)

        self.male0_5Spin = QSpinBox(AttendanceDialog)
        self.male0_5Spin.setObjectName(u"male0_5Spin")
        self.male0_5Spin.setMaximum(1000)

        self.countsGrid.addWidget(self.male0_5Spin, 1, 2, 1, 1)

        self.band6_12Label = QLabel(AttendanceDialog)
        self.band6_12Label.setObjectName(u"band6_12Label")
        self.band6_12Label.setText(u"6\u201312 \u00e5r")

        self.countsGrid.addWidget(self.band6_12Label, 2, 0, 1, 1)

        self.female6_12Spin = QSpinBox(AttendanceDialog)
        self.female6_12Spin.setObjectName(u"female6_12Spin")
        self.female6_12Spin.setMaximum(1000)

        self.countsGrid.addWidget(self.female6_12Spin, 2, 1, 1, 1)

        self.male6_12Spin = QSpinBox(AttendanceDialog)
        self.male6_12Spin.setObjectName(u"male6_12Spin")
        self.male6_12Spin.setMaximum(1000)

        self.countsGrid.addWidget(self.male6_12Spin, 2, 2, 1, 1)

        self.band13_17Label = QLabel(AttendanceDialog)
        self.band13_17Label.setObjectName(u"band13_17Label")
        self.band13_17Label.setText(u"13\u201317 \u00e5r")

        self.countsGrid.addWidget(self.band13_17Label, 3, 0, 1, 1)

        self.female13_17Spin = QSpinBox(AttendanceDialog)
        self.female13_17Spin.setObjectName(u"female13_17Spin")
        self.female13_17Spin.setMaximum(1000)

        self.countsGrid.addWidget(self.female13_17Spin, 3, 1, 1, 1)

        self.male13_17Spin = QSpinBox(AttendanceDialog)
        self.male13_17Spin.setObjectName(u"male13_17Spin")
        self.male13_17Spin.setMaximum(1000)

        self.countsGrid.addWidget(self.male13_17Spin, 3, 2, 1, 1)

        self.band18_24Label = QLabel(AttendanceDialog)
        self.band18_24Label.setObjectName(u"band18_24Label")
        self.band18_24Label.setText(u"18\u201324 \u00e5r")

        self.countsGrid.addWidget(self.band18_24Label, 4, 0, 1, 1)

        self.female18_24Spin = QSpinBox(AttendanceDialog)
        self.female18_24Spin.setObjectName(u"female18_24Spin")
        self.female18_24Spin.setMaximum(1000)

        self.countsGrid.addWidget(self.female18_24Spin, 4, 1, 1, 1)

        self.male18_24Spin = QSpinBox(AttendanceDialog)
        self.male18_24Spin.setObjectName(u"male18_24Spin")
        self.male18_24Spin.setMaximum(1000)

        self.countsGrid.addWidget(self.male18_24Spin, 4, 2, 1, 1)

        self.band25_64Label = QLabel(AttendanceDialog)
        self.band25_64Label.setObjectName(u"band25_64Label")
        self.band25_64Label.setText(u"25\u201364 \u00e5r")

        self.countsGrid.addWidget(self.band25_64Label, 5, 0, 1, 1)

        self.female25_64Spin = QSpinBox(AttendanceDialog)
        self.female25_64Spin.setObjectName(u"female25_64Spin")
        self.female25_64Spin.setMaximum(1000)

        self.countsGrid.addWidget(self.female25_64Spin, 5, 1, 1, 1)

        self.male25_64Spin = QSpinBox(AttendanceDialog)
        self.male25_64Spin.setObjectName(u"male25_64Spin")
        self.male25_64Spin.setMaximum(1000)

        self.countsGrid.addWidget(self.male25_64Spin, 5, 2, 1, 1)

        self.band65Label = QLabel(AttendanceDialog)
        self.band65Label.setObjectName(u"band65Label")
        self.band65Label.setText(u"65+ \u00e5r")

        self.countsGrid.addWidget(self.band65Label, 6, 0, 1, 1)

        self.female65Spin = QSpinBox(AttendanceDialog)
        self.female65Spin.setObjectName(u"female65Spin")
        self.female65Spin.setMaximum(1000)

        self.countsGrid.addWidget(self.female65Spin, 6, 1, 1, 1)

        self.male65Spin = QSpinBox(AttendanceDialog)
        self.male65Spin.setObjectName(u"male65Spin")
        self.male65Spin.setMaximum(1000)

        self.countsGrid.addWidget(self.male65Spin, 6, 2, 1, 1)


        self.entryColumn.addLayout(self.countsGrid)

        self.totalLabel = QLabel(AttendanceDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"\u2013")

        self.entryColumn.addWidget(self.totalLabel)

        self.extraForm = QFormLayout()
        self.extraForm.setObjectName(u"extraForm")
        self.newLabel = QLabel(AttendanceDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.extraForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newSpin = QSpinBox(AttendanceDialog)
        self.newSpin.setObjectName(u"newSpin")
        self.newSpin.setMaximum(1000)

        self.extraForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newSpin)

        self.returningLabel = QLabel(AttendanceDialog)
        self.returningLabel.setObjectName(u"returningLabel")

        self.extraForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.returningLabel)

        self.returningSpin = QSpinBox(AttendanceDialog)
        self.returningSpin.setObjectName(u"returningSpin")
        self.returningSpin.setMaximum(1000)

        self.extraForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.returningSpin)

        self.volunteersLabel = QLabel(AttendanceDialog)
        self.volunteersLabel.setObjectName(u"volunteersLabel")

        self.extraForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.volunteersLabel)

        self.volunteersSpin = QSpinBox(AttendanceDialog)
        self.volunteersSpin.setObjectName(u"volunteersSpin")
        self.volunteersSpin.setMaximum(200)

        self.extraForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.volunteersSpin)

        self.hoursLabel = QLabel(AttendanceDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.extraForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursSpin = QDoubleSpinBox(AttendanceDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setMaximum(2000.000000000000000)
        self.hoursSpin.setDecimals(1)

        self.extraForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hoursSpin)


        self.entryColumn.addLayout(self.extraForm)

        self.entrySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.entryColumn.addItem(self.entrySpacer)


        self.columns.addLayout(self.entryColumn)


        self.layout.addLayout(self.columns)

        self.errorLabel = QLabel(AttendanceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(AttendanceDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(AttendanceDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.newLabel.setBuddy(self.newSpin)
        self.returningLabel.setBuddy(self.returningSpin)
        self.volunteersLabel.setBuddy(self.volunteersSpin)
        self.hoursLabel.setBuddy(self.hoursSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AttendanceDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(AttendanceDialog)
        fit_fields(AttendanceDialog)
    # setupUi

    def retranslateUi(self, AttendanceDialog):
        AttendanceDialog.setWindowTitle(QCoreApplication.translate("AttendanceDialog", u"Attendance", None))
#if QT_CONFIG(accessibility)
        self.previousWeekButton.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Previous week", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nextWeekButton.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Next week", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sessionList.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Sessions of the week", None))
#endif // QT_CONFIG(accessibility)
        self.femaleHeader.setText(QCoreApplication.translate("AttendanceDialog", u"Girls/women", None))
        self.maleHeader.setText(QCoreApplication.translate("AttendanceDialog", u"Boys/men", None))
#if QT_CONFIG(accessibility)
        self.female0_5Spin.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Girls/women 0\u20135", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.male0_5Spin.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Boys/men 0\u20135", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.female6_12Spin.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Girls/women 6\u201312", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.male6_12Spin.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Boys/men 6\u201312", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.female13_17Spin.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Girls/women 13\u201317", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.male13_17Spin.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Boys/men 13\u201317", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.female18_24Spin.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Girls/women 18\u201324", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.male18_24Spin.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Boys/men 18\u201324", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.female25_64Spin.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Girls/women 25\u201364", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.male25_64Spin.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Boys/men 25\u201364", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.female65Spin.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Girls/women 65+", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.male65Spin.setAccessibleName(QCoreApplication.translate("AttendanceDialog", u"Boys/men 65+", None))
#endif // QT_CONFIG(accessibility)
        self.newLabel.setText(QCoreApplication.translate("AttendanceDialog", u"Ne&w participants:", None))
        self.returningLabel.setText(QCoreApplication.translate("AttendanceDialog", u"&Returning:", None))
        self.volunteersLabel.setText(QCoreApplication.translate("AttendanceDialog", u"&Volunteers present:", None))
        self.hoursLabel.setText(QCoreApplication.translate("AttendanceDialog", u"Volunteer &hours:", None))
        self.saveButton.setText(QCoreApplication.translate("AttendanceDialog", u"&Save and next", None))
        self.closeButton.setText(QCoreApplication.translate("AttendanceDialog", u"C&lose", None))
    # retranslateUi

