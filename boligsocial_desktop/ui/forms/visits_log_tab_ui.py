# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'log_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

from boligsocial_desktop.ui.date_fields import DateField
from boligsocial_desktop.ui.form_fields import fit_fields

class Ui_LogTab(object):
    def setupUi(self, LogTab):
        if not LogTab.objectName():
            LogTab.setObjectName(u"LogTab")
        self.logLayout = QVBoxLayout(LogTab)
        self.logLayout.setObjectName(u"logLayout")
        self.filterGrid = QGridLayout()
        self.filterGrid.setObjectName(u"filterGrid")
        self.fromLabel = QLabel(LogTab)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterGrid.addWidget(self.fromLabel, 0, 0, 1, 1)

        self.fromDate = DateField(LogTab)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setDisplayFormat(u"dd-MM-yyyy")
        self.fromDate.setCalendarPopup(True)

        self.filterGrid.addWidget(self.fromDate, 0, 1, 1, 1)

        self.toLabel = QLabel(LogTab)
        self.toLabel.setObjectName(u"toLabel")

        self.filterGrid.addWidget(self.toLabel, 0, 2, 1, 1)

        self.toDate = DateField(LogTab)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setDisplayFormat(u"dd-MM-yyyy")
        self.toDate.setCalendarPopup(True)

        self.filterGrid.addWidget(self.toDate, 0, 3, 1, 1)

        self.filterEstateLabel = QLabel(LogTab)
        self.filterEstateLabel.setObjectName(u"filterEstateLabel")

        self.filterGrid.addWidget(self.filterEstateLabel, 0, 4, 1, 1)

        self.filterEstateCombo = QComboBox(LogTab)
        self.filterEstateCombo.setObjectName(u"filterEstateCombo")
        self.filterEstateCombo.setMinimumContentsLength(10)
        self.filterEstateCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterGrid.addWidget(self.filterEstateCombo, 0, 5, 1, 1)

        self.filterTopicLabel = QLabel(LogTab)
        self.filterTopicLabel.setObjectName(u"filterTopicLabel")

        self.filterGrid.addWidget(self.filterTopicLabel, 0, 6, 1, 1)

        self.filterTopicCombo = QComboBox(LogTab)
        self.filterTopicCombo.setObjectName(u"filterTopicCombo")
        self.filterTopicCombo.setMinimumContentsLength(10)
        self.filterTopicCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterGrid.addWidget(self.filterTopicCombo, 0, 7, 1, 1)

        self.filterReferralLabel = QLabel(LogTab)
        self.filterReferralLabel.setObjectName(u"filterReferralLabel")

        self.filterGrid.addWidget(self.filterReferralLabel, 1, 0, 1, 1)

        self.filterReferralCombo = QComboBox(LogTab)
        self.filterReferralCombo.setObjectName(u"filterReferralCombo")
        self.filterReferralCombo.setMinimumContentsLength(10)
        self.filterReferralCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterGrid.addWidget(self.filterReferralCombo, 1, 1, 1, 1)

        self.filterStaffLabel = QLabel(LogTab)
        self.filterStaffLabel.setObjectName(u"filterStaffLabel")

        self.filterGrid.addWidget(self.filterStaffLabel, 1, 2, 1, 1)

        self.filterStaffCombo = QComboBox(LogTab)
        self.filterStaffCombo.setObjectName(u"filterStaffCombo")
        self.filterStaffCombo.setMinimumContentsLength(10)
        self.filterStaffCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterGrid.addWidget(self.filterStaffCombo, 1, 3, 1, 1)

        self.noteSearchLabel = QLabel(LogTab)
        self.noteSearchLabel.setObjectName(u"noteSearchLabel")

        self.filterGrid.addWidget(self.noteSearchLabel, 1, 4, 1, 1)

        self.noteSearchEdit = QLineEdit(LogTab)
        self.noteSearchEdit.setObjectName(u"noteSearchEdit")
        self.noteSearchEdit.setClearButtonEnabled(True)

        self.filterGrid.addWidget(self.noteSearchEdit, 1, 5, 1, 1)

        self.applyFilterButton = QPushButton(LogTab)
        self.applyFilterButton.setObjectName(u"applyFilterButton")

        self.filterGrid.addWidget(self.applyFilterButton, 1, 7, 1, 1)

        self.filterGrid.setColumnStretch(1, 1)
        self.filterGrid.setColumnStretch(3, 1)
        self.filterGrid.setColumnStretch(5, 1)
        self.filterGrid.setColumnStretch(7, 1)

        self.logLayout.addLayout(self.filterGrid)

        self.logSplitter = QSplitter(LogTab)
        self.logSplitter.setObjectName(u"logSplitter")
        self.logSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.logTable = QTableView(self.logSplitter)
        self.logTable.setObjectName(u"logTable")
        self.logTable.setAlternatingRowColors(True)
        self.logTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.logTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.logTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.logSplitter.addWidget(self.logTable)
        self.statsBrowser = QTextBrowser(self.logSplitter)
        self.statsBrowser.setObjectName(u"statsBrowser")
        self.logSplitter.addWidget(self.statsBrowser)

        self.logLayout.addWidget(self.logSplitter)

        self.logBottomRow = QHBoxLayout()
        self.logBottomRow.setObjectName(u"logBottomRow")
        self.logCountLabel = QLabel(LogTab)
        self.logCountLabel.setObjectName(u"logCountLabel")
        self.logCountLabel.setText(u"")

        self.logBottomRow.addWidget(self.logCountLabel)

        self.logBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logBottomRow.addItem(self.logBottomSpacer)

        self.importButton = QPushButton(LogTab)
        self.importButton.setObjectName(u"importButton")

        self.logBottomRow.addWidget(self.importButton)


        self.logLayout.addLayout(self.logBottomRow)

        self.logLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.filterEstateLabel.setBuddy(self.filterEstateCombo)
        self.filterTopicLabel.setBuddy(self.filterTopicCombo)
        self.filterReferralLabel.setBuddy(self.filterReferralCombo)
        self.filterStaffLabel.setBuddy(self.filterStaffCombo)
        self.noteSearchLabel.setBuddy(self.noteSearchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LogTab)

        QMetaObject.connectSlotsByName(LogTab)
        fit_fields(LogTab)
    # setupUi

    def retranslateUi(self, LogTab):
        LogTab.setWindowTitle(QCoreApplication.translate("LogTab", u"&Log and statistics", None))
        self.fromLabel.setText(QCoreApplication.translate("LogTab", u"F&rom:", None))
        self.toLabel.setText(QCoreApplication.translate("LogTab", u"T&o:", None))
        self.filterEstateLabel.setText(QCoreApplication.translate("LogTab", u"&Estate:", None))
        self.filterTopicLabel.setText(QCoreApplication.translate("LogTab", u"&Topic:", None))
        self.filterReferralLabel.setText(QCoreApplication.translate("LogTab", u"Re&ferral:", None))
        self.filterStaffLabel.setText(QCoreApplication.translate("LogTab", u"&Staff:", None))
        self.noteSearchLabel.setText(QCoreApplication.translate("LogTab", u"Text in &notes:", None))
        self.applyFilterButton.setText(QCoreApplication.translate("LogTab", u"Sho&w", None))
#if QT_CONFIG(accessibility)
        self.logTable.setAccessibleName(QCoreApplication.translate("LogTab", u"Visit log", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statsBrowser.setAccessibleName(QCoreApplication.translate("LogTab", u"Statistics for the filtered visits", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("LogTab", u"&Import visits\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("LogTab", u"Read an existing visit log from a CSV or Excel file; every problem is listed before anything is saved", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

