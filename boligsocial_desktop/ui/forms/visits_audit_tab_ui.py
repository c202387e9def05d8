# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_tab.ui'
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

class Ui_AuditTab(object):
    def setupUi(self, AuditTab):
        if not AuditTab.objectName():
            AuditTab.setObjectName(u"AuditTab")
        self.auditLayout = QVBoxLayout(AuditTab)
        self.auditLayout.setObjectName(u"auditLayout")
        self.auditIntro = QLabel(AuditTab)
        self.auditIntro.setObjectName(u"auditIntro")
        self.auditIntro.setWordWrap(True)

        self.auditLayout.addWidget(self.auditIntro)

        self.auditTable = QTableView(AuditTab)
        self.auditTable.setObjectName(u"auditTable")
        self.auditTable.setAlternatingRowColors(True)
        self.auditTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.auditLayout.addWidget(self.auditTable)

        self.auditButtons = QHBoxLayout()
        self.auditButtons.setObjectName(u"auditButtons")
        self.auditSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.auditButtons.addItem(self.auditSpacer)

        self.refreshAuditButton = QPushButton(AuditTab)
        self.refreshAuditButton.setObjectName(u"refreshAuditButton")

        self.auditButtons.addWidget(self.refreshAuditButton)

        self.exportAuditButton = QPushButton(AuditTab)
        self.exportAuditButton.setObjectName(u"exportAuditButton")

        self.auditButtons.addWidget(self.exportAuditButton)


        self.auditLayout.addLayout(self.auditButtons)


        self.retranslateUi(AuditTab)

        QMetaObject.connectSlotsByName(AuditTab)
    # setupUi

    def retranslateUi(self, AuditTab):
        AuditTab.setWindowTitle(QCoreApplication.translate("AuditTab", u"&Audit log", None))
        self.auditIntro.setText(QCoreApplication.translate("AuditTab", u"Every read of a note or a named case, every export and every deletion, newest first.", None))
#if QT_CONFIG(accessibility)
        self.auditTable.setAccessibleName(QCoreApplication.translate("AuditTab", u"Audit log", None))
#endif // QT_CONFIG(accessibility)
        self.refreshAuditButton.setText(QCoreApplication.translate("AuditTab", u"&Refresh", None))
        self.exportAuditButton.setText(QCoreApplication.translate("AuditTab", u"E&xport (CSV)\u2026", None))
    # retranslateUi

