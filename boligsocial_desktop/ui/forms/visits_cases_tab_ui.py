# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cases_tab.ui'
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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_CasesTab(object):
    def setupUi(self, CasesTab):
        if not CasesTab.objectName():
            CasesTab.setObjectName(u"CasesTab")
        self.casesLayout = QVBoxLayout(CasesTab)
        self.casesLayout.setObjectName(u"casesLayout")
        self.casesIntro = QLabel(CasesTab)
        self.casesIntro.setObjectName(u"casesIntro")
        self.casesIntro.setWordWrap(True)

        self.casesLayout.addWidget(self.casesIntro)

        self.caseSearchRow = QHBoxLayout()
        self.caseSearchRow.setObjectName(u"caseSearchRow")
        self.caseSearchLabel = QLabel(CasesTab)
        self.caseSearchLabel.setObjectName(u"caseSearchLabel")

        self.caseSearchRow.addWidget(self.caseSearchLabel)

        self.caseSearchEdit = QLineEdit(CasesTab)
        self.caseSearchEdit.setObjectName(u"caseSearchEdit")
        self.caseSearchEdit.setClearButtonEnabled(True)

        self.caseSearchRow.addWidget(self.caseSearchEdit)

        self.caseSearchButton = QPushButton(CasesTab)
        self.caseSearchButton.setObjectName(u"caseSearchButton")

        self.caseSearchRow.addWidget(self.caseSearchButton)

        self.caseSearchSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.caseSearchRow.addItem(self.caseSearchSpacer)

        self.newCaseButton = QPushButton(CasesTab)
        self.newCaseButton.setObjectName(u"newCaseButton")

        self.caseSearchRow.addWidget(self.newCaseButton)


        self.casesLayout.addLayout(self.caseSearchRow)

        self.caseTable = QTableView(CasesTab)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setAlternatingRowColors(True)
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.casesLayout.addWidget(self.caseTable)

        self.caseButtons = QHBoxLayout()
        self.caseButtons.setObjectName(u"caseButtons")
        self.showCaseButton = QPushButton(CasesTab)
        self.showCaseButton.setObjectName(u"showCaseButton")

        self.caseButtons.addWidget(self.showCaseButton)

        self.visitForCaseButton = QPushButton(CasesTab)
        self.visitForCaseButton.setObjectName(u"visitForCaseButton")

        self.caseButtons.addWidget(self.visitForCaseButton)

        self.caseButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.caseButtons.addItem(self.caseButtonsSpacer)

        self.exportCaseButton = QPushButton(CasesTab)
        self.exportCaseButton.setObjectName(u"exportCaseButton")

        self.caseButtons.addWidget(self.exportCaseButton)

        self.eraseCaseButton = QPushButton(CasesTab)
        self.eraseCaseButton.setObjectName(u"eraseCaseButton")

        self.caseButtons.addWidget(self.eraseCaseButton)


        self.casesLayout.addLayout(self.caseButtons)

        self.caseDetail = QTextBrowser(CasesTab)
        self.caseDetail.setObjectName(u"caseDetail")

        self.casesLayout.addWidget(self.caseDetail)

        self.casesLayout.setStretch(2, 3)
        self.casesLayout.setStretch(4, 2)
#if QT_CONFIG(shortcut)
        self.caseSearchLabel.setBuddy(self.caseSearchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CasesTab)

        QMetaObject.connectSlotsByName(CasesTab)
    # setupUi

    def retranslateUi(self, CasesTab):
        CasesTab.setWindowTitle(QCoreApplication.translate("CasesTab", u"Named &cases", None))
        self.casesIntro.setText(QCoreApplication.translate("CasesTab", u"A named case may only be created when the resident has given consent. Record how (oral or written), when and what it covers. Names and contact details are deleted when the office's deadline has passed; you can also export or erase a case at the resident's request.", None))
        self.caseSearchLabel.setText(QCoreApplication.translate("CasesTab", u"Sea&rch name:", None))
        self.caseSearchButton.setText(QCoreApplication.translate("CasesTab", u"&Search", None))
        self.newCaseButton.setText(QCoreApplication.translate("CasesTab", u"&New case with consent\u2026", None))
#if QT_CONFIG(accessibility)
        self.caseTable.setAccessibleName(QCoreApplication.translate("CasesTab", u"Named cases", None))
#endif // QT_CONFIG(accessibility)
        self.showCaseButton.setText(QCoreApplication.translate("CasesTab", u"Sho&w case", None))
        self.visitForCaseButton.setText(QCoreApplication.translate("CasesTab", u"&Log visit on case", None))
        self.exportCaseButton.setText(QCoreApplication.translate("CasesTab", u"E&xport (JSON)\u2026", None))
        self.eraseCaseButton.setText(QCoreApplication.translate("CasesTab", u"&Erase completely\u2026", None))
#if QT_CONFIG(accessibility)
        self.caseDetail.setAccessibleName(QCoreApplication.translate("CasesTab", u"The chosen case", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

