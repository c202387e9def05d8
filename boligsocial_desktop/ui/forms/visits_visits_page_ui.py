# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visits_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_VisitsPage(object):
    def setupUi(self, VisitsPage):
        if not VisitsPage.objectName():
            VisitsPage.setObjectName(u"VisitsPage")
        self.layout = QVBoxLayout(VisitsPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(16, 8, 16, 8)
        self.title = QLabel(VisitsPage)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.tabs = QTabWidget(VisitsPage)
        self.tabs.setObjectName(u"tabs")

        self.layout.addWidget(self.tabs)


        self.retranslateUi(VisitsPage)

        QMetaObject.connectSlotsByName(VisitsPage)
    # setupUi

    def retranslateUi(self, VisitsPage):
        self.title.setText(QCoreApplication.translate("VisitsPage", u"<h1>Open advice</h1>", None))
        pass
    # retranslateUi

