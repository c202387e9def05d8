# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'choices_bar.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QWidget)

from boligsocial_desktop.ui.date_fields import DateField
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_ReportChoicesBar(object):
    def setupUi(self, choicesBar):
        if not choicesBar.objectName():
            choicesBar.setObjectName(u"choicesBar")
        self.filterRow = QHBoxLayout(choicesBar)
        self.filterRow.setObjectName(u"filterRow")
        self.filterRow.setContentsMargins(0, 0, 0, 0)
        self.periodKindLabel = QLabel(choicesBar)
        self.periodKindLabel.setObjectName(u"periodKindLabel")

        self.filterRow.addWidget(self.periodKindLabel)

        self.periodKindCombo = QComboBox(choicesBar)
        self.periodKindCombo.setObjectName(u"periodKindCombo")

        self.filterRow.addWidget(self.periodKindCombo)

        self.yearSpin = QSpinBox(choicesBar)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1990)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.filterRow.addWidget(self.yearSpin)

        self.quarterCombo = QComboBox(choicesBar)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.filterRow.addWidget(self.quarterCombo)

        self.monthCombo = QComboBox(choicesBar)
        self.monthCombo.setObjectName(u"monthCombo")

        self.filterRow.addWidget(self.monthCombo)

        self.fromDate = DateField(choicesBar)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"dd-MM-yyyy")

        self.filterRow.addWidget(self.fromDate)

        self.toLabel = QLabel(choicesBar)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow.addWidget(self.toLabel)

        self.toDate = DateField(choicesBar)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"dd-MM-yyyy")

        self.filterRow.addWidget(self.toDate)

        self.grantPeriodCombo = QComboBox(choicesBar)
        self.grantPeriodCombo.setObjectName(u"grantPeriodCombo")
        self.grantPeriodCombo.setMinimumContentsLength(18)

        self.filterRow.addWidget(self.grantPeriodCombo)

        self.estatesButton = QPushButton(choicesBar)
        self.estatesButton.setObjectName(u"estatesButton")
        self.estatesButton.setText(u"\u2013")

        self.filterRow.addWidget(self.estatesButton)

        self.focusButton = QPushButton(choicesBar)
        self.focusButton.setObjectName(u"focusButton")
        self.focusButton.setText(u"\u2013")

        self.filterRow.addWidget(self.focusButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

#if QT_CONFIG(shortcut)
        self.periodKindLabel.setBuddy(self.periodKindCombo)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(choicesBar)

        QMetaObject.connectSlotsByName(choicesBar)
        fit_fields(choicesBar)
    # setupUi

    def retranslateUi(self, choicesBar):
        self.periodKindLabel.setText(QCoreApplication.translate("ReportChoicesBar", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("ReportChoicesBar", u"Year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.quarterCombo.setAccessibleName(QCoreApplication.translate("ReportChoicesBar", u"Quarter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.monthCombo.setAccessibleName(QCoreApplication.translate("ReportChoicesBar", u"Month", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ReportChoicesBar", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ReportChoicesBar", u"to", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ReportChoicesBar", u"To date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.grantPeriodCombo.setAccessibleName(QCoreApplication.translate("ReportChoicesBar", u"Grant period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.estatesButton.setToolTip(QCoreApplication.translate("ReportChoicesBar", u"Choose the estates the report covers", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.focusButton.setToolTip(QCoreApplication.translate("ReportChoicesBar", u"Choose the focus areas the activity figures cover", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

