# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QToolButton, QVBoxLayout, QWidget)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_CalendarPage(object):
    def setupUi(self, CalendarPage):
        if not CalendarPage.objectName():
            CalendarPage.setObjectName(u"CalendarPage")
        self.layout = QVBoxLayout(CalendarPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(12, 8, 12, 8)
        self.navigationRow = QHBoxLayout()
        self.navigationRow.setObjectName(u"navigationRow")
        self.previousButton = QToolButton(CalendarPage)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setText(u"\u25c0")

        self.navigationRow.addWidget(self.previousButton)

        self.todayButton = QPushButton(CalendarPage)
        self.todayButton.setObjectName(u"todayButton")

        self.navigationRow.addWidget(self.todayButton)

        self.nextButton = QToolButton(CalendarPage)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setText(u"\u25b6")

        self.navigationRow.addWidget(self.nextButton)

        self.periodLabel = QLabel(CalendarPage)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setText(u"\u2013")
        self.periodLabel.setMinimumSize(QSize(260, 0))

        self.navigationRow.addWidget(self.periodLabel)

        self.navigationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigationRow.addItem(self.navigationSpacer)

        self.monthButton = QPushButton(CalendarPage)
        self.monthButton.setObjectName(u"monthButton")
        self.monthButton.setCheckable(True)
        self.monthButton.setAutoExclusive(True)

        self.navigationRow.addWidget(self.monthButton)

        self.weekButton = QPushButton(CalendarPage)
        self.weekButton.setObjectName(u"weekButton")
        self.weekButton.setCheckable(True)
        self.weekButton.setAutoExclusive(True)

        self.navigationRow.addWidget(self.weekButton)

        self.dayButton = QPushButton(CalendarPage)
        self.dayButton.setObjectName(u"dayButton")
        self.dayButton.setCheckable(True)
        self.dayButton.setAutoExclusive(True)

        self.navigationRow.addWidget(self.dayButton)


        self.layout.addLayout(self.navigationRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.estateLabel = QLabel(CalendarPage)
        self.estateLabel.setObjectName(u"estateLabel")

        self.filterRow.addWidget(self.estateLabel)

        self.estateCombo = QComboBox(CalendarPage)
        self.estateCombo.setObjectName(u"estateCombo")
        self.estateCombo.setMinimumContentsLength(14)

        self.filterRow.addWidget(self.estateCombo)

        self.houseLabel = QLabel(CalendarPage)
        self.houseLabel.setObjectName(u"houseLabel")

        self.filterRow.addWidget(self.houseLabel)

        self.houseCombo = QComboBox(CalendarPage)
        self.houseCombo.setObjectName(u"houseCombo")
        self.houseCombo.setMinimumContentsLength(14)

        self.filterRow.addWidget(self.houseCombo)

        self.roomLabel = QLabel(CalendarPage)
        self.roomLabel.setObjectName(u"roomLabel")

        self.filterRow.addWidget(self.roomLabel)

        self.roomCombo = QComboBox(CalendarPage)
        self.roomCombo.setObjectName(u"roomCombo")
        self.roomCombo.setMinimumContentsLength(12)

        self.filterRow.addWidget(self.roomCombo)

        self.focusLabel = QLabel(CalendarPage)
        self.focusLabel.setObjectName(u"focusLabel")

        self.filterRow.addWidget(self.focusLabel)

        self.focusCombo = QComboBox(CalendarPage)
        self.focusCombo.setObjectName(u"focusCombo")
        self.focusCombo.setMinimumContentsLength(16)

        self.filterRow.addWidget(self.focusCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.views = QStackedWidget(CalendarPage)
        self.views.setObjectName(u"views")

        self.layout.addWidget(self.views)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.newActivityButton = QPushButton(CalendarPage)
        self.newActivityButton.setObjectName(u"newActivityButton")

        self.actionRow.addWidget(self.newActivityButton)

        self.attendanceButton = QPushButton(CalendarPage)
        self.attendanceButton.setObjectName(u"attendanceButton")

        self.actionRow.addWidget(self.attendanceButton)

        self.programmeButton = QPushButton(CalendarPage)
        self.programmeButton.setObjectName(u"programmeButton")

        self.actionRow.addWidget(self.programmeButton)

        self.icsButton = QPushButton(CalendarPage)
        self.icsButton.setObjectName(u"icsButton")

        self.actionRow.addWidget(self.icsButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.hintLabel = QLabel(CalendarPage)
        self.hintLabel.setObjectName(u"hintLabel")

        self.actionRow.addWidget(self.hintLabel)


        self.layout.addLayout(self.actionRow)

#if QT_CONFIG(shortcut)
        self.estateLabel.setBuddy(self.estateCombo)
        self.houseLabel.setBuddy(self.houseCombo)
        self.roomLabel.setBuddy(self.roomCombo)
        self.focusLabel.setBuddy(self.focusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalendarPage)

        QMetaObject.connectSlotsByName(CalendarPage)
        fit_fields(CalendarPage)
    # setupUi

    def retranslateUi(self, CalendarPage):
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("CalendarPage", u"Previous period (Page Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Previous period", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("CalendarPage", u"Today", None))
#if QT_CONFIG(tooltip)
        self.todayButton.setToolTip(QCoreApplication.translate("CalendarPage", u"Go to today (T)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("CalendarPage", u"Next period (Page Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Next period", None))
#endif // QT_CONFIG(accessibility)
        self.monthButton.setText(QCoreApplication.translate("CalendarPage", u"&Month", None))
        self.weekButton.setText(QCoreApplication.translate("CalendarPage", u"&Week", None))
        self.dayButton.setText(QCoreApplication.translate("CalendarPage", u"&Day", None))
        self.estateLabel.setText(QCoreApplication.translate("CalendarPage", u"&Estate:", None))
        self.houseLabel.setText(QCoreApplication.translate("CalendarPage", u"&House:", None))
        self.roomLabel.setText(QCoreApplication.translate("CalendarPage", u"R&oom:", None))
        self.focusLabel.setText(QCoreApplication.translate("CalendarPage", u"&Focus area:", None))
        self.newActivityButton.setText(QCoreApplication.translate("CalendarPage", u"&New activity\u2026", None))
#if QT_CONFIG(shortcut)
        self.newActivityButton.setShortcut(QCoreApplication.translate("CalendarPage", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.attendanceButton.setText(QCoreApplication.translate("CalendarPage", u"&Attendance\u2026", None))
#if QT_CONFIG(tooltip)
        self.attendanceButton.setToolTip(QCoreApplication.translate("CalendarPage", u"Record headcounts for the week just passed", None))
#endif // QT_CONFIG(tooltip)
        self.programmeButton.setText(QCoreApplication.translate("CalendarPage", u"Month &programme\u2026", None))
        self.icsButton.setText(QCoreApplication.translate("CalendarPage", u"Export to &Outlook\u2026", None))
#if QT_CONFIG(tooltip)
        self.icsButton.setToolTip(QCoreApplication.translate("CalendarPage", u"Save the house's calendar as an .ics file that Outlook and phones can import", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("CalendarPage", u"Double-click to open \u00b7 drag a session to move it \u00b7 T = today", None))
        pass
    # retranslateUi

