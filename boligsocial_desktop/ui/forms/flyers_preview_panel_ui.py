# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preview_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PosterPreviewPanel(object):
    def setupUi(self, previewPanel):
        if not previewPanel.objectName():
            previewPanel.setObjectName(u"previewPanel")
        self.previewLayout = QVBoxLayout(previewPanel)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewArea = QScrollArea(previewPanel)
        self.previewArea.setObjectName(u"previewArea")
        self.previewArea.setWidgetResizable(True)
        self.previewLabel = QLabel()
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setText(u"")
        self.previewLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.previewArea.setWidget(self.previewLabel)

        self.previewLayout.addWidget(self.previewArea)

        self.warningLabel = QLabel(previewPanel)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.warningLabel)

        self.outputButtons = QHBoxLayout()
        self.outputButtons.setObjectName(u"outputButtons")
        self.pageInfo = QLabel(previewPanel)
        self.pageInfo.setObjectName(u"pageInfo")
        self.pageInfo.setText(u"")

        self.outputButtons.addWidget(self.pageInfo)

        self.outputSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outputButtons.addItem(self.outputSpacer)

        self.printButton = QPushButton(previewPanel)
        self.printButton.setObjectName(u"printButton")

        self.outputButtons.addWidget(self.printButton)

        self.savePdfButton = QPushButton(previewPanel)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.outputButtons.addWidget(self.savePdfButton)


        self.previewLayout.addLayout(self.outputButtons)


        self.retranslateUi(previewPanel)

        QMetaObject.connectSlotsByName(previewPanel)
    # setupUi

    def retranslateUi(self, previewPanel):
        self.printButton.setText(QCoreApplication.translate("PosterPreviewPanel", u"&Print\u2026", None))
        self.savePdfButton.setText(QCoreApplication.translate("PosterPreviewPanel", u"Save as P&DF\u2026", None))
        pass
    # retranslateUi

