# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_up_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_FollowUpTab(object):
    def setupUi(self, FollowUpTab):
        if not FollowUpTab.objectName():
            FollowUpTab.setObjectName(u"FollowUpTab")
        self.followUpLayout = QVBoxLayout(FollowUpTab)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpSummary = QLabel(FollowUpTab)
        self.followUpSummary.setObjectName(u"followUpSummary")
        self.followUpSummary.setText(u"")
        self.followUpSummary.setWordWrap(True)

        self.followUpLayout.addWidget(self.followUpSummary)

        self.followUpTable = QTableView(FollowUpTab)
        self.followUpTable.setObjectName(u"followUpTable")
        self.followUpTable.setAlternatingRowColors(True)
        self.followUpTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.followUpTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.followUpLayout.addWidget(self.followUpTable)

        self.followUpButtons = QHBoxLayout()
        self.followUpButtons.setObjectName(u"followUpButtons")
        self.followUpButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpButtons.addItem(self.followUpButtonsSpacer)

        self.openFollowUpButton = QPushButton(FollowUpTab)
        self.openFollowUpButton.setObjectName(u"openFollowUpButton")

        self.followUpButtons.addWidget(self.openFollowUpButton)

        self.doneButton = QPushButton(FollowUpTab)
        self.doneButton.setObjectName(u"doneButton")

        self.followUpButtons.addWidget(self.doneButton)


        self.followUpLayout.addLayout(self.followUpButtons)


        self.retranslateUi(FollowUpTab)

        QMetaObject.connectSlotsByName(FollowUpTab)
    # setupUi

    def retranslateUi(self, FollowUpTab):
        FollowUpTab.setWindowTitle(QCoreApplication.translate("FollowUpTab", u"&Follow-ups", None))
#if QT_CONFIG(accessibility)
        self.followUpTable.setAccessibleName(QCoreApplication.translate("FollowUpTab", u"Open follow-ups", None))
#endif // QT_CONFIG(accessibility)
        self.openFollowUpButton.setText(QCoreApplication.translate("FollowUpTab", u"Show &visit", None))
        self.doneButton.setText(QCoreApplication.translate("FollowUpTab", u"&Mark as done", None))
    # retranslateUi

