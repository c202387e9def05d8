# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'placeholder_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PlaceholderPage(object):
    def setupUi(self, PlaceholderPage):
        if not PlaceholderPage.objectName():
            PlaceholderPage.setObjectName(u"PlaceholderPage")
        self.layout = QVBoxLayout(PlaceholderPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(32, 24, 32, -1)
        self.title = QLabel(PlaceholderPage)
        self.title.setObjectName(u"title")
        self.title.setText(u"Title")

        self.layout.addWidget(self.title)

        self.description = QLabel(PlaceholderPage)
        self.description.setObjectName(u"description")
        self.description.setText(u"Description")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.RichText)
        self.description.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.layout.addWidget(self.description)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)


        self.retranslateUi(PlaceholderPage)

        QMetaObject.connectSlotsByName(PlaceholderPage)
    # setupUi

    def retranslateUi(self, PlaceholderPage):
        pass
    # retranslateUi

