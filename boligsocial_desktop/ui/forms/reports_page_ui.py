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
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QVBoxLayout, QWidget)

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

        self.layout.addWidget(self.splitter)


        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
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
        self.showButton.setText(QCoreApplication.translate("ReportsPage", u"&Update", None))
#if QT_CONFIG(tooltip)
        self.showButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Compute the report again (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.hideSmallCheck.setText(QCoreApplication.translate("ReportsPage", u"&Hide counts under 5 here too", None))
#if QT_CONFIG(tooltip)
        self.hideSmallCheck.setToolTip(QCoreApplication.translate("ReportsPage", u"Files that leave the app always show counts under 5 as \"<5\"", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

