# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'figures.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QHeaderView,
    QSizePolicy, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ReportFigures(object):
    def setupUi(self, figures):
        if not figures.objectName():
            figures.setObjectName(u"figures")
        self.figuresLayout = QVBoxLayout(figures)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(figures)
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

        self.figuresLayout.addWidget(self.tabs)


        self.retranslateUi(figures)

        QMetaObject.connectSlotsByName(figures)
    # setupUi

    def retranslateUi(self, figures):
#if QT_CONFIG(accessibility)
        self.overviewTable.setAccessibleName(QCoreApplication.translate("ReportFigures", u"Key figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ambassadorsTable.setAccessibleName(QCoreApplication.translate("ReportFigures", u"Ambassadors and welcome visits", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.overviewTab), QCoreApplication.translate("ReportFigures", u"Key figures", None))
#if QT_CONFIG(accessibility)
        self.activitiesTable.setAccessibleName(QCoreApplication.translate("ReportFigures", u"Activities by focus area", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.activitiesTab), QCoreApplication.translate("ReportFigures", u"Activities", None))
#if QT_CONFIG(accessibility)
        self.targetsTable.setAccessibleName(QCoreApplication.translate("ReportFigures", u"Targets and what was reached", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.targetsTab), QCoreApplication.translate("ReportFigures", u"Targets", None))
#if QT_CONFIG(accessibility)
        self.ageTable.setAccessibleName(QCoreApplication.translate("ReportFigures", u"Attendance by age band and gender", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overTimeTable.setAccessibleName(QCoreApplication.translate("ReportFigures", u"Attendance over time", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.ageTab), QCoreApplication.translate("ReportFigures", u"Age and gender", None))
#if QT_CONFIG(accessibility)
        self.visitorsTable.setAccessibleName(QCoreApplication.translate("ReportFigures", u"Visits and visitors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.adviceTimeTable.setAccessibleName(QCoreApplication.translate("ReportFigures", u"Advice visits over time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.topicsTable.setAccessibleName(QCoreApplication.translate("ReportFigures", u"Advice visits by topic", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.referralsTable.setAccessibleName(QCoreApplication.translate("ReportFigures", u"Advice visits by referral", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.adviceTab), QCoreApplication.translate("ReportFigures", u"Open advice", None))
        pass
    # retranslateUi

