# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_bar.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QPushButton, QSizePolicy,
    QWidget)

class Ui_ReportExportBar(object):
    def setupUi(self, exportBar):
        if not exportBar.objectName():
            exportBar.setObjectName(u"exportBar")
        self.exportRow = QHBoxLayout(exportBar)
        self.exportRow.setObjectName(u"exportRow")
        self.exportRow.setContentsMargins(0, 0, 0, 0)
        self.pdfButton = QPushButton(exportBar)
        self.pdfButton.setObjectName(u"pdfButton")

        self.exportRow.addWidget(self.pdfButton)

        self.xlsxButton = QPushButton(exportBar)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.exportRow.addWidget(self.xlsxButton)

        self.csvButton = QPushButton(exportBar)
        self.csvButton.setObjectName(u"csvButton")

        self.exportRow.addWidget(self.csvButton)

        self.rawVisitsButton = QPushButton(exportBar)
        self.rawVisitsButton.setObjectName(u"rawVisitsButton")

        self.exportRow.addWidget(self.rawVisitsButton)


        self.retranslateUi(exportBar)

        QMetaObject.connectSlotsByName(exportBar)
    # setupUi

    def retranslateUi(self, exportBar):
        self.pdfButton.setText(QCoreApplication.translate("ReportExportBar", u"Status report as P&DF\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("ReportExportBar", u"The status report for the steering group, with charts", None))
#endif // QT_CONFIG(tooltip)
        self.xlsxButton.setText(QCoreApplication.translate("ReportExportBar", u"&Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.xlsxButton.setToolTip(QCoreApplication.translate("ReportExportBar", u"One sheet per section", None))
#endif // QT_CONFIG(tooltip)
        self.csvButton.setText(QCoreApplication.translate("ReportExportBar", u"&CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.csvButton.setToolTip(QCoreApplication.translate("ReportExportBar", u"Semicolon-separated, opens directly in Danish Excel", None))
#endif // QT_CONFIG(tooltip)
        self.rawVisitsButton.setText(QCoreApplication.translate("ReportExportBar", u"Advice &visits as Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.rawVisitsButton.setToolTip(QCoreApplication.translate("ReportExportBar", u"Every advice visit of the period, one row each, without names or notes", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

