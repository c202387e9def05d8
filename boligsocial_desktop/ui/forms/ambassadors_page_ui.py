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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QToolButton,
    QVBoxLayout, QWidget)

from boligsocial_desktop.ui.ambassadors.roster_tab import RosterTab
from boligsocial_desktop.ui.ambassadors.shifts_tab import ShiftsTab
from boligsocial_desktop.ui.ambassadors.welcome_tab import WelcomeTab
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_AmbassadorsPage(object):
    def setupUi(self, AmbassadorsPage):
        if not AmbassadorsPage.objectName():
            AmbassadorsPage.setObjectName(u"AmbassadorsPage")
        self.layout = QVBoxLayout(AmbassadorsPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(24, 16, 24, -1)
        self.title = QLabel(AmbassadorsPage)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.retentionLabel = QLabel(AmbassadorsPage)
        self.retentionLabel.setObjectName(u"retentionLabel")
        self.retentionLabel.setText(u"")
        self.retentionLabel.setWordWrap(True)

        self.layout.addWidget(self.retentionLabel)

        self.tabs = QTabWidget(AmbassadorsPage)
        self.tabs.setObjectName(u"tabs")
        self.rosterTab = RosterTab()
        self.rosterTab.setObjectName(u"rosterTab")
        self.rosterLayout = QVBoxLayout(self.rosterTab)
        self.rosterLayout.setObjectName(u"rosterLayout")
        self.rosterFilters = QHBoxLayout()
        self.rosterFilters.setObjectName(u"rosterFilters")
        self.searchEdit = QLineEdit(self.rosterTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.rosterFilters.addWidget(self.searchEdit)

        self.estateFilterLabel = QLabel(self.rosterTab)
        self.estateFilterLabel.setObjectName(u"estateFilterLabel")

        self.rosterFilters.addWidget(self.estateFilterLabel)

        self.estateFilter = QComboBox(self.rosterTab)
        self.estateFilter.setObjectName(u"estateFilter")

        self.rosterFilters.addWidget(self.estateFilter)

        self.languageFilterLabel = QLabel(self.rosterTab)
        self.languageFilterLabel.setObjectName(u"languageFilterLabel")

        self.rosterFilters.addWidget(self.languageFilterLabel)

        self.languageFilter = QComboBox(self.rosterTab)
        self.languageFilter.setObjectName(u"languageFilter")

        self.rosterFilters.addWidget(self.languageFilter)

        self.statusFilterLabel = QLabel(self.rosterTab)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.rosterFilters.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(self.rosterTab)
        self.statusFilter.setObjectName(u"statusFilter")

        self.rosterFilters.addWidget(self.statusFilter)


        self.rosterLayout.addLayout(self.rosterFilters)

        self.rosterButtons = QHBoxLayout()
        self.rosterButtons.setObjectName(u"rosterButtons")
        self.newAmbassadorButton = QPushButton(self.rosterTab)
        self.newAmbassadorButton.setObjectName(u"newAmbassadorButton")

        self.rosterButtons.addWidget(self.newAmbassadorButton)

        self.editAmbassadorButton = QPushButton(self.rosterTab)
        self.editAmbassadorButton.setObjectName(u"editAmbassadorButton")

        self.rosterButtons.addWidget(self.editAmbassadorButton)

        self.importButton = QPushButton(self.rosterTab)
        self.importButton.setObjectName(u"importButton")

        self.rosterButtons.addWidget(self.importButton)

        self.rosterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rosterButtons.addItem(self.rosterSpacer)

        self.printRosterButton = QPushButton(self.rosterTab)
        self.printRosterButton.setObjectName(u"printRosterButton")

        self.rosterButtons.addWidget(self.printRosterButton)

        self.printPersonalButton = QPushButton(self.rosterTab)
        self.printPersonalButton.setObjectName(u"printPersonalButton")

        self.rosterButtons.addWidget(self.printPersonalButton)

        self.settingsButton = QPushButton(self.rosterTab)
        self.settingsButton.setObjectName(u"settingsButton")

        self.rosterButtons.addWidget(self.settingsButton)


        self.rosterLayout.addLayout(self.rosterButtons)

        self.rosterTable = QTableView(self.rosterTab)
        self.rosterTable.setObjectName(u"rosterTable")
        self.rosterTable.setSortingEnabled(True)
        self.rosterTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rosterTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rosterTable.setAlternatingRowColors(True)
        self.rosterTable.setWordWrap(False)

        self.rosterLayout.addWidget(self.rosterTable)

        self.rosterCountLabel = QLabel(self.rosterTab)
        self.rosterCountLabel.setObjectName(u"rosterCountLabel")
        self.rosterCountLabel.setText(u"")

        self.rosterLayout.addWidget(self.rosterCountLabel)

        self.rosterLayout.setStretch(2, 1)
        self.tabs.addTab(self.rosterTab, "")
        self.shiftsTab = ShiftsTab()
        self.shiftsTab.setObjectName(u"shiftsTab")
        self.shiftsLayout = QVBoxLayout(self.shiftsTab)
        self.shiftsLayout.setObjectName(u"shiftsLayout")
        self.weekBar = QHBoxLayout()
        self.weekBar.setObjectName(u"weekBar")
        self.previousWeekButton = QToolButton(self.shiftsTab)
        self.previousWeekButton.setObjectName(u"previousWeekButton")
        self.previousWeekButton.setText(u"\u25c0")

        self.weekBar.addWidget(self.previousWeekButton)

        self.weekLabel = QLabel(self.shiftsTab)
        self.weekLabel.setObjectName(u"weekLabel")
        self.weekLabel.setText(u"uge")
        self.weekLabel.setMinimumSize(QSize(260, 0))

        self.weekBar.addWidget(self.weekLabel)

        self.nextWeekButton = QToolButton(self.shiftsTab)
        self.nextWeekButton.setObjectName(u"nextWeekButton")
        self.nextWeekButton.setText(u"\u25b6")

        self.weekBar.addWidget(self.nextWeekButton)

        self.thisWeekButton = QPushButton(self.shiftsTab)
        self.thisWeekButton.setObjectName(u"thisWeekButton")

        self.weekBar.addWidget(self.thisWeekButton)

        self.shiftEstateLabel = QLabel(self.shiftsTab)
        self.shiftEstateLabel.setObjectName(u"shiftEstateLabel")

        self.weekBar.addWidget(self.shiftEstateLabel)

        self.shiftEstateFilter = QComboBox(self.shiftsTab)
        self.shiftEstateFilter.setObjectName(u"shiftEstateFilter")

        self.weekBar.addWidget(self.shiftEstateFilter)

        self.weekSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekBar.addItem(self.weekSpacer)

        self.newDutyButton = QPushButton(self.shiftsTab)
        self.newDutyButton.setObjectName(u"newDutyButton")

        self.weekBar.addWidget(self.newDutyButton)

        self.editDutyButton = QPushButton(self.shiftsTab)
        self.editDutyButton.setObjectName(u"editDutyButton")

        self.weekBar.addWidget(self.editDutyButton)

        self.deleteDutyButton = QPushButton(self.shiftsTab)
        self.deleteDutyButton.setObjectName(u"deleteDutyButton")

        self.weekBar.addWidget(self.deleteDutyButton)

        self.printWeekButton = QPushButton(self.shiftsTab)
        self.printWeekButton.setObjectName(u"printWeekButton")

        self.weekBar.addWidget(self.printWeekButton)


        self.shiftsLayout.addLayout(self.weekBar)

        self.warningsLabel = QLabel(self.shiftsTab)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setText(u"")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.shiftsLayout.addWidget(self.warningsLabel)

        self.shiftsSplitter = QSplitter(self.shiftsTab)
        self.shiftsSplitter.setObjectName(u"shiftsSplitter")
        self.shiftsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.shiftsSplitter.setChildrenCollapsible(False)
        self.dutyTable = QTableView(self.shiftsSplitter)
        self.dutyTable.setObjectName(u"dutyTable")
        self.dutyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dutyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dutyTable.setAlternatingRowColors(True)
        self.dutyTable.setWordWrap(False)
        self.shiftsSplitter.addWidget(self.dutyTable)
        self.assignmentGroup = QGroupBox(self.shiftsSplitter)
        self.assignmentGroup.setObjectName(u"assignmentGroup")
        self.assignmentLayout = QVBoxLayout(self.assignmentGroup)
        self.assignmentLayout.setObjectName(u"assignmentLayout")
        self.assignmentTable = QTableView(self.assignmentGroup)
        self.assignmentTable.setObjectName(u"assignmentTable")
        self.assignmentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assignmentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.assignmentTable.setAlternatingRowColors(True)
        self.assignmentTable.setWordWrap(False)

        self.assignmentLayout.addWidget(self.assignmentTable)

        self.assignmentButtons = QHBoxLayout()
        self.assignmentButtons.setObjectName(u"assignmentButtons")
        self.assignButton = QPushButton(self.assignmentGroup)
        self.assignButton.setObjectName(u"assignButton")

        self.assignmentButtons.addWidget(self.assignButton)

        self.confirmButton = QPushButton(self.assignmentGroup)
        self.confirmButton.setObjectName(u"confirmButton")

        self.assignmentButtons.addWidget(self.confirmButton)

        self.cancelButton = QPushButton(self.assignmentGroup)
        self.cancelButton.setObjectName(u"cancelButton")

        self.assignmentButtons.addWidget(self.cancelButton)

        self.doneButton = QPushButton(self.assignmentGroup)
        self.doneButton.setObjectName(u"doneButton")

        self.assignmentButtons.addWidget(self.doneButton)

        self.swapButton = QPushButton(self.assignmentGroup)
        self.swapButton.setObjectName(u"swapButton")

        self.assignmentButtons.addWidget(self.swapButton)

        self.approveSwapButton = QPushButton(self.assignmentGroup)
        self.approveSwapButton.setObjectName(u"approveSwapButton")

        self.assignmentButtons.addWidget(self.approveSwapButton)

        self.rejectSwapButton = QPushButton(self.assignmentGroup)
        self.rejectSwapButton.setObjectName(u"rejectSwapButton")

        self.assignmentButtons.addWidget(self.rejectSwapButton)

        self.removeAssignmentButton = QPushButton(self.assignmentGroup)
        self.removeAssignmentButton.setObjectName(u"removeAssignmentButton")

        self.assignmentButtons.addWidget(self.removeAssignmentButton)

        self.assignmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assignmentButtons.addItem(self.assignmentSpacer)


        self.assignmentLayout.addLayout(self.assignmentButtons)

        self.assignmentLayout.setStretch(0, 1)
        self.shiftsSplitter.addWidget(self.assignmentGroup)

        self.shiftsLayout.addWidget(self.shiftsSplitter)

        self.shiftsLayout.setStretch(2, 1)
        self.tabs.addTab(self.shiftsTab, "")
        self.queueTab = WelcomeTab()
        self.queueTab.setObjectName(u"queueTab")
        self.queueLayout = QVBoxLayout(self.queueTab)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueBar = QHBoxLayout()
        self.queueBar.setObjectName(u"queueBar")
        self.newMoveInButton = QPushButton(self.queueTab)
        self.newMoveInButton.setObjectName(u"newMoveInButton")

        self.queueBar.addWidget(self.newMoveInButton)

        self.queueEstateLabel = QLabel(self.queueTab)
        self.queueEstateLabel.setObjectName(u"queueEstateLabel")

        self.queueBar.addWidget(self.queueEstateLabel)

        self.queueEstateFilter = QComboBox(self.queueTab)
        self.queueEstateFilter.setObjectName(u"queueEstateFilter")

        self.queueBar.addWidget(self.queueEstateFilter)

        self.showClosedCheck = QCheckBox(self.queueTab)
        self.showClosedCheck.setObjectName(u"showClosedCheck")

        self.queueBar.addWidget(self.showClosedCheck)

        self.queueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.queueBar.addItem(self.queueSpacer)

        self.overdueLabel = QLabel(self.queueTab)
        self.overdueLabel.setObjectName(u"overdueLabel")
        self.overdueLabel.setText(u"")
        self.overdueLabel.setTextFormat(Qt.TextFormat.RichText)

        self.queueBar.addWidget(self.overdueLabel)


        self.queueLayout.addLayout(self.queueBar)

        self.queueSplitter = QSplitter(self.queueTab)
        self.queueSplitter.setObjectName(u"queueSplitter")
        self.queueSplitter.setOrientation(Qt.Orientation.Vertical)
        self.queueSplitter.setChildrenCollapsible(False)
        self.queueTable = QTableView(self.queueSplitter)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queueTable.setAlternatingRowColors(True)
        self.queueTable.setWordWrap(False)
        self.queueSplitter.addWidget(self.queueTable)
        self.suggestionGroup = QGroupBox(self.queueSplitter)
        self.suggestionGroup.setObjectName(u"suggestionGroup")
        self.suggestionLayout = QVBoxLayout(self.suggestionGroup)
        self.suggestionLayout.setObjectName(u"suggestionLayout")
        self.suggestionInfo = QLabel(self.suggestionGroup)
        self.suggestionInfo.setObjectName(u"suggestionInfo")
        self.suggestionInfo.setText(u"")
        self.suggestionInfo.setWordWrap(True)

        self.suggestionLayout.addWidget(self.suggestionInfo)

        self.showEveryoneCheck = QCheckBox(self.suggestionGroup)
        self.showEveryoneCheck.setObjectName(u"showEveryoneCheck")

        self.suggestionLayout.addWidget(self.showEveryoneCheck)

        self.suggestionTable = QTableView(self.suggestionGroup)
        self.suggestionTable.setObjectName(u"suggestionTable")
        self.suggestionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestionTable.setAlternatingRowColors(True)
        self.suggestionTable.setWordWrap(False)

        self.suggestionLayout.addWidget(self.suggestionTable)

        self.suggestionButtons = QHBoxLayout()
        self.suggestionButtons.setObjectName(u"suggestionButtons")
        self.assignVisitButton = QPushButton(self.suggestionGroup)
        self.assignVisitButton.setObjectName(u"assignVisitButton")

        self.suggestionButtons.addWidget(self.assignVisitButton)

        self.unassignVisitButton = QPushButton(self.suggestionGroup)
        self.unassignVisitButton.setObjectName(u"unassignVisitButton")

        self.suggestionButtons.addWidget(self.unassignVisitButton)

        self.outcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.suggestionButtons.addItem(self.outcomeSpacer)

        self.outcomeLabel = QLabel(self.suggestionGroup)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.suggestionButtons.addWidget(self.outcomeLabel)

        self.visitDoneButton = QPushButton(self.suggestionGroup)
        self.visitDoneButton.setObjectName(u"visitDoneButton")

        self.suggestionButtons.addWidget(self.visitDoneButton)

        self.notHomeButton = QPushButton(self.suggestionGroup)
        self.notHomeButton.setObjectName(u"notHomeButton")

        self.suggestionButtons.addWidget(self.notHomeButton)

        self.declinedButton = QPushButton(self.suggestionGroup)
        self.declinedButton.setObjectName(u"declinedButton")

        self.suggestionButtons.addWidget(self.declinedButton)

        self.reopenVisitButton = QPushButton(self.suggestionGroup)
        self.reopenVisitButton.setObjectName(u"reopenVisitButton")

        self.suggestionButtons.addWidget(self.reopenVisitButton)


        self.suggestionLayout.addLayout(self.suggestionButtons)

        self.suggestionLayout.setStretch(2, 1)
        self.queueSplitter.addWidget(self.suggestionGroup)

        self.queueLayout.addWidget(self.queueSplitter)

        self.tabs.addTab(self.queueTab, "")

        self.layout.addWidget(self.tabs)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.estateFilterLabel.setBuddy(self.estateFilter)
        self.languageFilterLabel.setBuddy(self.languageFilter)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.shiftEstateLabel.setBuddy(self.shiftEstateFilter)
        self.queueEstateLabel.setBuddy(self.queueEstateFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AmbassadorsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AmbassadorsPage)
        fit_fields(AmbassadorsPage)
    # setupUi

    def retranslateUi(self, AmbassadorsPage):
        self.title.setText(QCoreApplication.translate("AmbassadorsPage", u"<h1>Resident ambassadors</h1>", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AmbassadorsPage", u"Search by name", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Search by name", None))
#endif // QT_CONFIG(accessibility)
        self.estateFilterLabel.setText(QCoreApplication.translate("AmbassadorsPage", u"&Estate:", None))
#if QT_CONFIG(accessibility)
        self.estateFilter.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Estate", None))
#endif // QT_CONFIG(accessibility)
        self.languageFilterLabel.setText(QCoreApplication.translate("AmbassadorsPage", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageFilter.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.statusFilterLabel.setText(QCoreApplication.translate("AmbassadorsPage", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.newAmbassadorButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&New ambassador\u2026", None))
        self.editAmbassadorButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&Open\u2026", None))
        self.importButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&Import list\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("AmbassadorsPage", u"Read ambassadors from a CSV or Excel file; every problem is listed before anything is saved", None))
#endif // QT_CONFIG(tooltip)
        self.printRosterButton.setText(QCoreApplication.translate("AmbassadorsPage", u"Print &list\u2026", None))
#if QT_CONFIG(tooltip)
        self.printRosterButton.setToolTip(QCoreApplication.translate("AmbassadorsPage", u"A PDF of the roster as filtered; phone numbers only for ambassadors who consented to share them", None))
#endif // QT_CONFIG(tooltip)
        self.printPersonalButton.setText(QCoreApplication.translate("AmbassadorsPage", u"Print &personal schedule\u2026", None))
        self.settingsButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&Deadlines\u2026", None))
#if QT_CONFIG(accessibility)
        self.rosterTable.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Ambassadors", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.rosterTab), QCoreApplication.translate("AmbassadorsPage", u"&Ambassadors", None))
#if QT_CONFIG(tooltip)
        self.previousWeekButton.setToolTip(QCoreApplication.translate("AmbassadorsPage", u"Previous week", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousWeekButton.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Previous week", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nextWeekButton.setToolTip(QCoreApplication.translate("AmbassadorsPage", u"Next week", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextWeekButton.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Next week", None))
#endif // QT_CONFIG(accessibility)
        self.thisWeekButton.setText(QCoreApplication.translate("AmbassadorsPage", u"This &week", None))
        self.shiftEstateLabel.setText(QCoreApplication.translate("AmbassadorsPage", u"&Estate:", None))
#if QT_CONFIG(accessibility)
        self.shiftEstateFilter.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Estate", None))
#endif // QT_CONFIG(accessibility)
        self.newDutyButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&New shift\u2026", None))
        self.editDutyButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&Edit shift\u2026", None))
#if QT_CONFIG(accessibility)
        self.editDutyButton.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Edit shift", None))
#endif // QT_CONFIG(accessibility)
        self.deleteDutyButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&Delete shift", None))
        self.printWeekButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&Print week\u2026", None))
#if QT_CONFIG(tooltip)
        self.printWeekButton.setToolTip(QCoreApplication.translate("AmbassadorsPage", u"A PDF of the week's shifts for the notice board; phone numbers only with consent to share", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.dutyTable.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Shifts", None))
#endif // QT_CONFIG(accessibility)
        self.assignmentGroup.setTitle(QCoreApplication.translate("AmbassadorsPage", u"Ambassadors on the selected shift", None))
#if QT_CONFIG(accessibility)
        self.assignmentTable.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Ambassadors on the shift", None))
#endif // QT_CONFIG(accessibility)
        self.assignButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&Add ambassador\u2026", None))
        self.confirmButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&Confirmed", None))
        self.cancelButton.setText(QCoreApplication.translate("AmbassadorsPage", u"Can&celled", None))
        self.doneButton.setText(QCoreApplication.translate("AmbassadorsPage", u"D&one, log hours\u2026", None))
        self.swapButton.setText(QCoreApplication.translate("AmbassadorsPage", u"S&wap with\u2026", None))
        self.approveSwapButton.setText(QCoreApplication.translate("AmbassadorsPage", u"A&pprove swap", None))
        self.rejectSwapButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&Reject swap", None))
        self.removeAssignmentButton.setText(QCoreApplication.translate("AmbassadorsPage", u"Re&move", None))
        self.tabs.setTabText(self.tabs.indexOf(self.shiftsTab), QCoreApplication.translate("AmbassadorsPage", u"&Shift plan", None))
        self.newMoveInButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&Register move-in\u2026", None))
        self.queueEstateLabel.setText(QCoreApplication.translate("AmbassadorsPage", u"&Estate:", None))
#if QT_CONFIG(accessibility)
        self.queueEstateFilter.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Estate", None))
#endif // QT_CONFIG(accessibility)
        self.showClosedCheck.setText(QCoreApplication.translate("AmbassadorsPage", u"Show &finished visits", None))
#if QT_CONFIG(accessibility)
        self.queueTable.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Welcome visits", None))
#endif // QT_CONFIG(accessibility)
        self.suggestionGroup.setTitle(QCoreApplication.translate("AmbassadorsPage", u"Suggested ambassadors", None))
        self.showEveryoneCheck.setText(QCoreApplication.translate("AmbassadorsPage", u"Show &everyone (also other languages and estates)", None))
#if QT_CONFIG(accessibility)
        self.suggestionTable.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Suggested ambassadors", None))
#endif // QT_CONFIG(accessibility)
        self.assignVisitButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&Give the visit to the chosen ambassador", None))
        self.unassignVisitButton.setText(QCoreApplication.translate("AmbassadorsPage", u"Re&lease", None))
        self.outcomeLabel.setText(QCoreApplication.translate("AmbassadorsPage", u"How did the visit go?", None))
        self.visitDoneButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&Done", None))
        self.notHomeButton.setText(QCoreApplication.translate("AmbassadorsPage", u"&Not at home", None))
        self.declinedButton.setText(QCoreApplication.translate("AmbassadorsPage", u"De&clined", None))
        self.reopenVisitButton.setText(QCoreApplication.translate("AmbassadorsPage", u"Re&open visit", None))
#if QT_CONFIG(tooltip)
        self.reopenVisitButton.setToolTip(QCoreApplication.translate("AmbassadorsPage", u"Undo the closing of the visit: it is open again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.reopenVisitButton.setAccessibleName(QCoreApplication.translate("AmbassadorsPage", u"Reopen welcome visit", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.queueTab), QCoreApplication.translate("AmbassadorsPage", u"&Welcome visits", None))
        pass
    # retranslateUi

