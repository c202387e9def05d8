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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from boligsocial_desktop.ui.date_fields import (DateField, TimeField)
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        self.layout = QVBoxLayout(ReportsPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(12, 8, 12, 8)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.title = QLabel(ReportsPage)
        self.title.setObjectName(u"title")

        self.titleRow.addWidget(self.title)

        self.periodSummary = QLabel(ReportsPage)
        self.periodSummary.setObjectName(u"periodSummary")
        self.periodSummary.setText(u"\u2013")
        self.periodSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleRow.addWidget(self.periodSummary)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.planButton = QPushButton(ReportsPage)
        self.planButton.setObjectName(u"planButton")

        self.titleRow.addWidget(self.planButton)

        self.targetsButton = QPushButton(ReportsPage)
        self.targetsButton.setObjectName(u"targetsButton")

        self.titleRow.addWidget(self.targetsButton)


        self.layout.addLayout(self.titleRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.periodKindLabel = QLabel(ReportsPage)
        self.periodKindLabel.setObjectName(u"periodKindLabel")

        self.filterRow.addWidget(self.periodKindLabel)

        self.periodKindCombo = QComboBox(ReportsPage)
        self.periodKindCombo.setObjectName(u"periodKindCombo")

        self.filterRow.addWidget(self.periodKindCombo)

        self.yearSpin = QSpinBox(ReportsPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1990)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.filterRow.addWidget(self.yearSpin)

        self.quarterCombo = QComboBox(ReportsPage)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.filterRow.addWidget(self.quarterCombo)

        self.monthCombo = QComboBox(ReportsPage)
        self.monthCombo.setObjectName(u"monthCombo")

        self.filterRow.addWidget(self.monthCombo)

        self.fromDate = DateField(ReportsPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"dd-MM-yyyy")

        self.filterRow.addWidget(self.fromDate)

        self.toLabel = QLabel(ReportsPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow.addWidget(self.toLabel)

        self.toDate = DateField(ReportsPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"dd-MM-yyyy")

        self.filterRow.addWidget(self.toDate)

        self.grantPeriodCombo = QComboBox(ReportsPage)
        self.grantPeriodCombo.setObjectName(u"grantPeriodCombo")
        self.grantPeriodCombo.setMinimumContentsLength(18)

        self.filterRow.addWidget(self.grantPeriodCombo)

        self.estatesButton = QPushButton(ReportsPage)
        self.estatesButton.setObjectName(u"estatesButton")
        self.estatesButton.setText(u"\u2013")

        self.filterRow.addWidget(self.estatesButton)

        self.focusButton = QPushButton(ReportsPage)
        self.focusButton.setObjectName(u"focusButton")
        self.focusButton.setText(u"\u2013")

        self.filterRow.addWidget(self.focusButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.showButton = QPushButton(ReportsPage)
        self.showButton.setObjectName(u"showButton")
#if QT_CONFIG(shortcut)
        self.showButton.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)

        self.actionRow.addWidget(self.showButton)

        self.hideSmallCheck = QCheckBox(ReportsPage)
        self.hideSmallCheck.setObjectName(u"hideSmallCheck")

        self.actionRow.addWidget(self.hideSmallCheck)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.pdfButton = QPushButton(ReportsPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.actionRow.addWidget(self.pdfButton)

        self.xlsxButton = QPushButton(ReportsPage)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.actionRow.addWidget(self.xlsxButton)

        self.csvButton = QPushButton(ReportsPage)
        self.csvButton.setObjectName(u"csvButton")

        self.actionRow.addWidget(self.csvButton)

        self.rawVisitsButton = QPushButton(ReportsPage)
        self.rawVisitsButton.setObjectName(u"rawVisitsButton")

        self.actionRow.addWidget(self.rawVisitsButton)


        self.layout.addLayout(self.actionRow)

        self.messageLabel = QLabel(ReportsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.messageLabel)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progressBar = QProgressBar(ReportsPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressRow.addWidget(self.progressBar)

        self.progressLabel = QLabel(ReportsPage)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")

        self.progressRow.addWidget(self.progressLabel)


        self.layout.addLayout(self.progressRow)

        self.splitter = QSplitter(ReportsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.chartPane = QWidget(self.splitter)
        self.chartPane.setObjectName(u"chartPane")
        self.chartLayout = QVBoxLayout(self.chartPane)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.chartChoiceRow = QHBoxLayout()
        self.chartChoiceRow.setObjectName(u"chartChoiceRow")
        self.chartLabel = QLabel(self.chartPane)
        self.chartLabel.setObjectName(u"chartLabel")

        self.chartChoiceRow.addWidget(self.chartLabel)

        self.chartCombo = QComboBox(self.chartPane)
        self.chartCombo.setObjectName(u"chartCombo")

        self.chartChoiceRow.addWidget(self.chartCombo)

        self.chartSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chartChoiceRow.addItem(self.chartSpacer)


        self.chartLayout.addLayout(self.chartChoiceRow)

        self.splitter.addWidget(self.chartPane)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewLayout = QHBoxLayout(self.overviewTab)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.overviewTable = QTableView(self.overviewTab)
        self.overviewTable.setObjectName(u"overviewTable")

        self.overviewLayout.addWidget(self.overviewTable)

        self.ambassadorsTable = QTableView(self.overviewTab)
        self.ambassadorsTable.setObjectName(u"ambassadorsTable")

        self.overviewLayout.addWidget(self.ambassadorsTable)

        self.tabs.addTab(self.overviewTab, "")
        self.activitiesTab = QWidget()
        self.activitiesTab.setObjectName(u"activitiesTab")
        self.activitiesLayout = QVBoxLayout(self.activitiesTab)
        self.activitiesLayout.setObjectName(u"activitiesLayout")
        self.activitiesTable = QTableView(self.activitiesTab)
        self.activitiesTable.setObjectName(u"activitiesTable")

        self.activitiesLayout.addWidget(self.activitiesTable)

        self.tabs.addTab(self.activitiesTab, "")
        self.targetsTab = QWidget()
        self.targetsTab.setObjectName(u"targetsTab")
        self.targetsLayout = QVBoxLayout(self.targetsTab)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.targetsTable = QTableView(self.targetsTab)
        self.targetsTable.setObjectName(u"targetsTable")

        self.targetsLayout.addWidget(self.targetsTable)

        self.tabs.addTab(self.targetsTab, "")
        self.ageTab = QWidget()
        self.ageTab.setObjectName(u"ageTab")
        self.ageLayout = QHBoxLayout(self.ageTab)
        self.ageLayout.setObjectName(u"ageLayout")
        self.ageTable = QTableView(self.ageTab)
        self.ageTable.setObjectName(u"ageTable")

        self.ageLayout.addWidget(self.ageTable)

        self.overTimeTable = QTableView(self.ageTab)
        self.overTimeTable.setObjectName(u"overTimeTable")

        self.ageLayout.addWidget(self.overTimeTable)

        self.tabs.addTab(self.ageTab, "")
        self.adviceTab = QWidget()
        self.adviceTab.setObjectName(u"adviceTab")
        self.adviceLayout = QGridLayout(self.adviceTab)
        self.adviceLayout.setObjectName(u"adviceLayout")
        self.visitorsTable = QTableView(self.adviceTab)
        self.visitorsTable.setObjectName(u"visitorsTable")

        self.adviceLayout.addWidget(self.visitorsTable, 0, 0, 1, 1)

        self.adviceTimeTable = QTableView(self.adviceTab)
        self.adviceTimeTable.setObjectName(u"adviceTimeTable")

        self.adviceLayout.addWidget(self.adviceTimeTable, 0, 1, 1, 1)

        self.topicsTable = QTableView(self.adviceTab)
        self.topicsTable.setObjectName(u"topicsTable")

        self.adviceLayout.addWidget(self.topicsTable, 1, 0, 1, 1)

        self.referralsTable = QTableView(self.adviceTab)
        self.referralsTable.setObjectName(u"referralsTable")

        self.adviceLayout.addWidget(self.referralsTable, 1, 1, 1, 1)

        self.tabs.addTab(self.adviceTab, "")
        self.splitter.addWidget(self.tabs)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.periodKindLabel.setBuddy(self.periodKindCombo)
        self.toLabel.setBuddy(self.toDate)
        self.chartLabel.setBuddy(self.chartCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
        fit_fields(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.title.setText(QCoreApplication.translate("ReportsPage", u"<h2>Reports</h2>", None))
        self.planButton.setText(QCoreApplication.translate("ReportsPage", u"&Grant periods and focus areas\u2026", None))
#if QT_CONFIG(tooltip)
        self.planButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Add or rename grant periods and their focus areas, and name the plan", None))
#endif // QT_CONFIG(tooltip)
        self.targetsButton.setText(QCoreApplication.translate("ReportsPage", u"&Targets\u2026", None))
#if QT_CONFIG(tooltip)
        self.targetsButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Set the activities' targets for a grant period", None))
#endif // QT_CONFIG(tooltip)
        self.periodKindLabel.setText(QCoreApplication.translate("ReportsPage", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.quarterCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Quarter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.monthCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Month", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ReportsPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ReportsPage", u"to", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ReportsPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.grantPeriodCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Grant period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.estatesButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Choose the estates the report covers", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.focusButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Choose the focus areas the activity figures cover", None))
#endif // QT_CONFIG(tooltip)
        self.showButton.setText(QCoreApplication.translate("ReportsPage", u"&Update", None))
#if QT_CONFIG(tooltip)
        self.showButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Compute the report again (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.hideSmallCheck.setText(QCoreApplication.translate("ReportsPage", u"&Hide counts under 5 here too", None))
#if QT_CONFIG(tooltip)
        self.hideSmallCheck.setToolTip(QCoreApplication.translate("ReportsPage", u"Files that leave the app always show counts under 5 as \"<5\"", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("ReportsPage", u"Status report as P&DF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("ReportsPage", u"The status report for the steering group, with charts", None))
#endif // QT_CONFIG(tooltip)
        self.xlsxButton.setText(QCoreApplication.translate("ReportsPage", u"&Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.xlsxButton.setToolTip(QCoreApplication.translate("ReportsPage", u"One sheet per section", None))
#endif // QT_CONFIG(tooltip)
        self.csvButton.setText(QCoreApplication.translate("ReportsPage", u"&CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.csvButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Semicolon-separated, opens directly in Danish Excel", None))
#endif // QT_CONFIG(tooltip)
        self.rawVisitsButton.setText(QCoreApplication.translate("ReportsPage", u"Advice &visits as Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.rawVisitsButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Every advice visit of the period, one row each, without names or notes", None))
#endif // QT_CONFIG(tooltip)
        self.chartLabel.setText(QCoreApplication.translate("ReportsPage", u"Cha&rt:", None))
#if QT_CONFIG(accessibility)
        self.overviewTable.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Key figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ambassadorsTable.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Ambassadors and welcome visits", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.overviewTab), QCoreApplication.translate("ReportsPage", u"Key figures", None))
#if QT_CONFIG(accessibility)
        self.activitiesTable.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Activities by focus area", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.activitiesTab), QCoreApplication.translate("ReportsPage", u"Activities", None))
#if QT_CONFIG(accessibility)
        self.targetsTable.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Targets and what was reached", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.targetsTab), QCoreApplication.translate("ReportsPage", u"Targets", None))
#if QT_CONFIG(accessibility)
        self.ageTable.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Attendance by age band and gender", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overTimeTable.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Attendance over time", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.ageTab), QCoreApplication.translate("ReportsPage", u"Age and gender", None))
#if QT_CONFIG(accessibility)
        self.visitorsTable.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Visits and visitors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.adviceTimeTable.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Advice visits over time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.topicsTable.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Advice visits by topic", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.referralsTable.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Advice visits by referral", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.adviceTab), QCoreApplication.translate("ReportsPage", u"Open advice", None))
        pass
    # retranslateUi

